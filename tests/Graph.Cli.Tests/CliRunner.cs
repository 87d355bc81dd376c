using System.Text.Json;

namespace Depgraph.Cli.Tests;

/// <summary>Runs the CLI in-process with output captured.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Err)
    {
        public JsonElement Json => JsonDocument.Parse(Out).RootElement;
    }

    public static Result Run(params string[] args) => RunWith(isErrorTerminal: false, args);

    /// <summary>Runs with standard error a terminal (progress is written only then).</summary>
    public static Result RunOnTerminal(params string[] args) => RunWith(isErrorTerminal: true, args);

    private static Result RunWith(bool isErrorTerminal, string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        int code = Depgraph.Cli.Cli.Run(args, o, e, isTerminal: false, isErrorTerminal: isErrorTerminal);
        return new Result(code, o.ToString(), e.ToString());
    }

    public static string RepoRoot { get; } = FindRoot();

    private static string FindRoot()
    {
        var d = new DirectoryInfo(AppContext.BaseDirectory);
        while (d is not null && !File.Exists(Path.Combine(d.FullName, "Dependency.sln"))) d = d.Parent;
        return d?.FullName ?? throw new InvalidOperationException("Dependency.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Dataset => Path.Combine(RepoRoot, "data", "ceptoar-fy2024");

    public static string TempDir()
    {
        var p = Path.Combine(Path.GetTempPath(), "depgraph-cli-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(p);
        return p;
    }

    /// <summary>Writes a generic CSV pair and returns the folder.</summary>
    public static string WriteCsv(string nodes, string edges)
    {
        var dir = TempDir();
        File.WriteAllText(Path.Combine(dir, "nodes.csv"), nodes);
        File.WriteAllText(Path.Combine(dir, "edges.csv"), edges);
        return dir;
    }
}
