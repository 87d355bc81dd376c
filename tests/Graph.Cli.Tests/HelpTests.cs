namespace Depgraph.Cli.Tests;

public class HelpTests
{
    [Fact]
    public void Help_lists_every_command()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.ExitCode);
        foreach (var c in new[] { "summary", "validate", "reach", "spof", "paths", "cascade", "export", "generate" })
            Assert.Contains(c, r.Out);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }

    [Fact]
    public void Conflicting_inputs_are_a_usage_error()
    {
        var r = CliRunner.Run("summary", "--data", CliRunner.Dataset, "--graphml", "x.graphml");
        Assert.Equal(2, r.ExitCode);
    }
}
