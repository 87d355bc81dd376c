using System.Text.Json;

namespace Depgraph.Cli.Tests;

public class TimingsTests
{
    [Theory]
    [InlineData("reach", "--from", "hub")]
    [InlineData("spof")]
    [InlineData("paths", "--from", "hub", "--to", "m1")]
    [InlineData("cascade", "--from", "hub", "--runs", "10")]
    public void Timings_is_one_json_line_on_stderr_and_leaves_stdout_alone(params string[] args)
    {
        var plain = SmallGraph.Run([.. args, "--format", "json"]);
        var timed = SmallGraph.Run([.. args, "--format", "json", "--timings"]);
        Assert.True(timed.ExitCode == 0, timed.Err);
        Assert.Equal(plain.Out, timed.Out);
        Assert.DoesNotContain("timings", plain.Err);
        var line = Assert.Single(timed.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("\"timings\""));
        var t = JsonDocument.Parse(line).RootElement.GetProperty("timings");
        Assert.Equal(["load", "analysis", "write"], t.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.All(t.EnumerateObject(), p => Assert.True(p.Value.GetDouble() >= 0));
    }

    [Theory]
    [InlineData("compare", "--scenario", "SCENARIO")]
    [InlineData("sensitivity", "--from", "sector.electricity", "--to", "sector.finance", "--samples", "64", "--runs", "64", "--method", "morris")]
    public void Timings_on_the_dataset_commands(params string[] args)
    {
        var scenario = Path.Combine(CliRunner.TempDir(), "s.yaml");
        File.WriteAllText(scenario, "name: 経産省なし\nremove_nodes: [ministry.meti]\n");
        args = [.. args.Select(a => a == "SCENARIO" ? scenario : a), "--data", CliRunner.Dataset, "--format", "json"];
        var plain = CliRunner.Run(args);
        var timed = CliRunner.Run([.. args, "--timings"]);
        Assert.True(timed.ExitCode == 0, timed.Err);
        Assert.Equal(plain.Out, timed.Out);
        var line = Assert.Single(timed.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries), l => l.Contains("\"timings\""));
        var t = JsonDocument.Parse(line).RootElement.GetProperty("timings");
        Assert.Equal(["load", "analysis", "write"], t.EnumerateObject().Select(p => p.Name).ToArray());
    }
}
