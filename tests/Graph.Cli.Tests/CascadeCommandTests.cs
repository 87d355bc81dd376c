namespace Depgraph.Cli.Tests;

public class CascadeCommandTests
{
    [Fact]
    public void Independent_cascade_with_certain_edges_fails_everything_reachable()
    {
        var r = SmallGraph.Run("cascade", "--from", "hub", "--runs", "200", "--seed", "7", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var j = r.Json;
        Assert.Equal("independent_cascade", j.GetProperty("model").GetString());
        Assert.Equal(200, j.GetProperty("runs").GetInt32());
        Assert.Equal(7, j.GetProperty("seed").GetInt32());
        Assert.Equal(6.0, j.GetProperty("meanFailed").GetDouble());
        Assert.Equal(0.0, j.GetProperty("stdevFailed").GetDouble());
        Assert.All(j.GetProperty("nodes").EnumerateArray(), n => Assert.Equal(1.0, n.GetProperty("failureProbability").GetDouble()));
        Assert.Equal(6, j.GetProperty("nodes").GetArrayLength());
    }

    [Fact]
    public void Same_seed_gives_byte_identical_output_and_another_seed_differs()
    {
        var a = CliRunner.Run("cascade", "--from", "sector.electricity", "--runs", "2000", "--seed", "5", "--format", "json");
        Assert.True(a.ExitCode == 0, a.Err);
        var b = CliRunner.Run("cascade", "--from", "sector.electricity", "--runs", "2000", "--seed", "5", "--format", "json");
        var c = CliRunner.Run("cascade", "--from", "sector.electricity", "--runs", "2000", "--seed", "6", "--format", "json");
        Assert.Equal(a.Out, b.Out);
        Assert.NotEqual(a.Out, c.Out);
        Assert.StartsWith("depends_on", a.Json.GetProperty("layer").GetString()!, StringComparison.Ordinal);
        Assert.Contains("assumption", a.Json.GetProperty("basis").GetString());
    }

    [Fact]
    public void No_progress_when_standard_error_is_not_a_terminal_even_for_many_runs()
    {
        var r = SmallGraph.Run("cascade", "--from", "hub", "--runs", "10000", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("", r.Err);
    }

    [Fact]
    public void Progress_on_a_terminal_is_in_the_analysts_language_and_ends_with_a_newline()
    {
        var ja = CliRunner.RunOnTerminal(["cascade", "--from", "hub", "--runs", "10000", "--format", "json", "--lang", "ja", .. SmallGraph.Input]);
        Assert.True(ja.ExitCode == 0, ja.Err);
        Assert.Contains("cascade: 10,000 / 10,000 回 (100 %)", ja.Err, StringComparison.Ordinal);
        Assert.EndsWith("\n", ja.Err, StringComparison.Ordinal);
        var en = CliRunner.RunOnTerminal(["cascade", "--from", "hub", "--runs", "10000", "--format", "json", "--lang", "en", .. SmallGraph.Input]);
        Assert.Contains("cascade: 10,000 / 10,000 runs (100 %)", en.Err, StringComparison.Ordinal);
        Assert.EndsWith("\n", en.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Threshold_model_lists_failures_in_order_with_times()
    {
        var r = SmallGraph.Run("cascade", "--from", "hub", "--threshold", "0.5", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var failed = r.Json.GetProperty("failed").EnumerateArray().Select(x => (x.GetProperty("id").GetString(), x.GetProperty("hours").GetDouble())).ToList();
        Assert.Equal([("hub", 0.0), ("a", 1.0), ("b", 2.0), ("m1", 2.0), ("m2", 3.0), ("m3", 4.0)], failed);
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--threshold", "1.5")]
    [InlineData("--model", "magic")]
    public void Invalid_options_are_usage_errors(string option, string value)
    {
        var r = SmallGraph.Run("cascade", "--from", "hub", option, value);
        Assert.Equal(2, r.ExitCode);
    }
}
