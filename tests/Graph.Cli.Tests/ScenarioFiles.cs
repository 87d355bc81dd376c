namespace Depgraph.Cli.Tests;

/// <summary>The example scenarios shipped in docs/scenarios, and scratch scenario files.</summary>
internal static class ScenarioFiles
{
    public static string Example(string name) => Path.Combine(CliRunner.RepoRoot, "docs", "scenarios", name);

    public static string Meti => Example("meti-unavailable.yaml");
    public static string Water => Example("water-second-route.yaml");
    public static string Empty => Example("empty.yaml");

    public static string Write(string yaml, string name = "s.yaml")
    {
        var path = Path.Combine(CliRunner.TempDir(), name);
        File.WriteAllText(path, yaml);
        return path;
    }
}
