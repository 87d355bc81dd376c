namespace Depgraph.Cli.Tests;

/// <summary><c>reach --uncertainty</c>: arrival-hour intervals over the assumed channel delays.</summary>
public class ReachUncertaintyCommandTests
{
    [Fact]
    public void Dataset_channels_vary_as_groups_and_the_targets_get_an_interval()
    {
        var r = CliRunner.Run("reach", "--from", "nisc", "--uncertainty", "--samples", "60", "--to", "sector:金融", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var j = r.Json;
        var ps = j.GetProperty("parameters").EnumerateArray().ToList();
        Assert.True(ps.Count is > 3 and < 20, $"one parameter per channel set, got {ps.Count}");
        Assert.All(ps, p => Assert.StartsWith("channels:", p.GetProperty("name").GetString(), StringComparison.Ordinal));
        Assert.Contains(ps, p => p.GetProperty("edges").GetInt32() > 1);
        var t = j.GetProperty("targets");
        double central = t.GetProperty("allReachedHours").GetDouble();
        var iv = t.GetProperty("interval90").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.True(iv[0] < central && central < iv[1], t.ToString());
        foreach (var n in j.GetProperty("reached").EnumerateArray())
        {
            var x = n.GetProperty("interval90").EnumerateArray().Select(v => v.GetDouble()).ToArray();
            Assert.True(x[0] <= x[1], n.ToString());
        }
        Assert.Equal("assumption", j.GetProperty("basis").GetString());
        var table = CliRunner.Run("reach", "--from", "nisc", "--uncertainty", "--samples", "60", "--to", "sector:金融", "--format", "table", "--lang", "ja");
        Assert.Contains("宛先 sector:金融: 全て到達するまで", table.Out);
    }

    [Fact]
    public void A_csv_graph_with_weight_ranges_gives_the_sum_interval_and_same_seed_same_bytes()
    {
        var dir = CliRunner.WriteCsv("id,kind,label\ns,member,S\na,member,A\nt,member,T\n",
            "source,target,type,weight,probability,weight_low,weight_high\ns,a,shares_with,2,1,1,3\na,t,shares_with,4,1,2,6\n");
        string[] args = ["reach", "--from", "s", "--uncertainty", "--samples", "400", "--to", "t", "--nodes", Path.Combine(dir, "nodes.csv"), "--edges", Path.Combine(dir, "edges.csv"), "--format", "json"];
        var r = CliRunner.Run(args);
        Assert.True(r.ExitCode == 0, r.Err);
        var iv = r.Json.GetProperty("targets").GetProperty("interval90").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(6.0, r.Json.GetProperty("targets").GetProperty("allReachedHours").GetDouble());
        Assert.InRange(iv[0], 3.75, 4.05);   // 5 % of U[1,3] + U[2,6]: (s − 3)²/16 = 0.05 → 3.894
        Assert.InRange(iv[1], 7.95, 8.25);   // 95 % by symmetry: 8.106
        Assert.Equal("input", r.Json.GetProperty("basis").GetString());
        Assert.Equal(r.Out, CliRunner.Run(args).Out);
    }

    [Theory]
    [InlineData("--samples", "10")]
    [InlineData("--uncertainty", "--samples", "1")]
    [InlineData("--uncertainty", "--hops", "2")]
    public void Bad_options_are_usage_errors(params string[] args)
    {
        var r = CliRunner.Run(["reach", "--from", "nisc", .. args]);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Out);
    }
}
