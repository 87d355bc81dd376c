namespace Depgraph.Cli.Tests;

/// <summary><c>cascade --uncertainty</c> and <c>cascade --precision</c> on the shipped dataset and small CSV graphs.</summary>
public class CascadeUncertaintyCommandTests
{
    private static CliRunner.Result Uncertainty(params string[] args) =>
        CliRunner.Run(["cascade", "--from", "sector.electricity", "--uncertainty", "--samples", "40", "--runs", "256", .. args]);

    [Fact]
    public void Json_gives_central_interval_and_monte_carlo_error_per_node_with_the_assumption_label()
    {
        var r = Uncertainty("--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var j = r.Json;
        Assert.Equal("latin_hypercube", j.GetProperty("uncertainty").GetProperty("sampling").GetString());
        Assert.Equal(40, j.GetProperty("uncertainty").GetProperty("samples").GetInt32());
        Assert.Equal(256, j.GetProperty("uncertainty").GetProperty("runs").GetInt32());
        var nodes = j.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal("sector.electricity", nodes[0].GetProperty("id").GetString());
        int open = 0;
        foreach (var n in nodes)
        {
            double c = n.GetProperty("central").GetDouble(), se = n.GetProperty("monteCarloError").GetDouble();
            var iv = n.GetProperty("interval90").EnumerateArray().Select(x => x.GetDouble()).ToArray();
            Assert.True(iv[0] <= iv[1] && c is >= 0 and <= 1, n.ToString());
            Assert.Equal(Math.Sqrt(c * (1 - c) / 256), se, 6);
            if (iv[1] - iv[0] > 0.05) open++;
        }
        Assert.True(open >= 5, "the assumed ranges should open intervals on several sectors");
        var ps = j.GetProperty("parameters").EnumerateArray().ToList();
        Assert.Equal(119, ps.Count);
        Assert.All(ps, p => Assert.Equal("probability", p.GetProperty("parameter").GetString()));
        Assert.StartsWith("assumption", j.GetProperty("basis").GetString());
    }

    [Fact]
    public void Same_seed_same_bytes_and_another_seed_differs()
    {
        var a = Uncertainty("--format", "csv", "--seed", "5");
        var b = Uncertainty("--format", "csv", "--seed", "5");
        var c = Uncertainty("--format", "csv", "--seed", "6");
        Assert.True(a.ExitCode == 0, a.Err);
        Assert.Equal(a.Out, b.Out);
        Assert.NotEqual(a.Out, c.Out);
        Assert.StartsWith("id,name,central,interval90_low,interval90_high,mean,monte_carlo_error\n", a.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Table_is_in_japanese_or_english_and_says_what_was_varied()
    {
        var ja = Uncertainty("--format", "table", "--lang", "ja");
        Assert.True(ja.ExitCode == 0, ja.Err);
        Assert.Contains("90%区間(仮定の幅)", ja.Out);
        Assert.Contains("変動させた仮定: 確率 119 個", ja.Out);
        Assert.Contains("※ 分野間依存関係は仮定", ja.Out);
        var en = Uncertainty("--format", "table", "--lang", "en");
        Assert.Contains("90% interval (assumed ranges)", en.Out);
        Assert.Contains("MC error (95%)", en.Out);
    }

    [Fact]
    public void A_csv_graph_without_ranges_has_no_assumption_label_and_zero_width_intervals()
    {
        var r = SmallGraph.Run("cascade", "--from", "hub", "--uncertainty", "--samples", "10", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.False(r.Json.TryGetProperty("basis", out _));
        Assert.Equal(0, r.Json.GetProperty("parameters").GetArrayLength());
        Assert.All(r.Json.GetProperty("nodes").EnumerateArray(), n =>
        {
            var iv = n.GetProperty("interval90").EnumerateArray().Select(x => x.GetDouble()).ToArray();
            Assert.Equal(iv[0], iv[1]);
        });
    }

    [Fact]
    public void Precision_reports_the_runs_used_and_the_half_width_achieved()
    {
        var r = CliRunner.Run("cascade", "--from", "sector.electricity", "--precision", "0.01", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var p = r.Json.GetProperty("precision");
        int runs = r.Json.GetProperty("runs").GetInt32();
        Assert.Equal(runs, p.GetProperty("runs").GetInt32());
        Assert.Equal(runs, p.GetProperty("batches").EnumerateArray().Last().GetInt32());
        Assert.True(p.GetProperty("reached").GetBoolean());
        Assert.True(p.GetProperty("halfWidth").GetDouble() < 0.01);
        Assert.True(runs > 1000, "0.01 needs more than the first batch on the shipped matrix");
        foreach (var n in r.Json.GetProperty("nodes").EnumerateArray())
        {
            double x = n.GetProperty("failureProbability").GetDouble();
            if (x < 1) Assert.True(1.96 * Math.Sqrt(x * (1 - x) / runs) < 0.01, n.ToString());
        }
        var again = CliRunner.Run("cascade", "--from", "sector.electricity", "--precision", "0.01", "--format", "json");
        Assert.Equal(r.Out, again.Out);
        var csv = CliRunner.Run("cascade", "--from", "sector.electricity", "--precision", "0.01", "--format", "csv", "--lang", "en");
        Assert.Contains($"after {runs:N0} runs", csv.Err);
        var table = CliRunner.Run("cascade", "--from", "sector.electricity", "--precision", "0.01", "--max-runs", "2000", "--format", "table", "--lang", "en");
        Assert.Contains("stopped at the limit of 2,000 runs", table.Out);
    }

    [Theory]
    [InlineData("--samples", "10")]
    [InlineData("--max-runs", "10")]
    [InlineData("--precision", "0")]
    [InlineData("--precision", "0.7")]
    [InlineData("--precision", "0.01", "--runs", "5000", "--max-runs", "1000")]
    [InlineData("--precision", "0.01", "--uncertainty")]
    [InlineData("--uncertainty", "--threshold", "0.5")]
    [InlineData("--precision", "0.01", "--threshold", "0.5")]
    [InlineData("--uncertainty", "--samples", "1")]
    public void Bad_combinations_are_usage_errors_before_anything_runs(params string[] args)
    {
        var r = CliRunner.Run(["cascade", "--from", "sector.electricity", .. args]);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
        Assert.StartsWith("depgraph: --", r.Err, StringComparison.Ordinal);
    }
}
