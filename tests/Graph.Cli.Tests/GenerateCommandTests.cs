namespace Depgraph.Cli.Tests;

public class GenerateCommandTests
{
    [Fact]
    public void Generate_is_deterministic_and_loadable()
    {
        string a = CliRunner.TempDir(), b = CliRunner.TempDir();
        Assert.Equal(0, CliRunner.Run("generate", "--nodes", "500", "--edges", "2000", "--seed", "3", "--out", a).ExitCode);
        Assert.Equal(0, CliRunner.Run("generate", "--nodes", "500", "--edges", "2000", "--seed", "3", "--out", b).ExitCode);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "edges.csv")), File.ReadAllBytes(Path.Combine(b, "edges.csv")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "nodes.csv")), File.ReadAllBytes(Path.Combine(b, "nodes.csv")));
        var v = CliRunner.Run("validate", a, "--format", "json");
        Assert.True(v.ExitCode == 0, v.Out);
        Assert.Equal(500, v.Json.GetProperty("nodes").GetInt32());
        Assert.Equal(2000, v.Json.GetProperty("edges").GetInt32());
    }
}
