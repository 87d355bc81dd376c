namespace Depgraph.Cli.Tests;

/// <summary><c>depgraph sensitivity</c> on the shipped dataset (small samples: these test the contract, not the estimator).</summary>
public class SensitivityCommandTests
{
    private static CliRunner.Result Run(params string[] args) =>
        CliRunner.Run(["sensitivity", "--data", CliRunner.Dataset, "--runs", "128", .. args, .. args.Contains("--samples") ? Array.Empty<string>() : ["--samples", "64"]]);

    [Fact]
    public void Json_follows_the_contract()
    {
        var r = Run("--from", "sector.info_comm", "--to", "sector.finance,sector.medical", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var j = r.Json;
        Assert.Equal(["sector.info_comm"], j.GetProperty("from").EnumerateArray().Select(x => x.GetString()!).ToArray());
        Assert.Equal("sobol", j.GetProperty("method").GetString());
        Assert.Equal(64, j.GetProperty("samples").GetInt32());
        Assert.Equal(119, j.GetProperty("parameters").GetInt32());
        var outputs = j.GetProperty("outputs").EnumerateArray().ToList();
        Assert.Equal(["sector.finance", "sector.medical"], outputs.Select(o => o.GetProperty("id").GetString()!).Order(StringComparer.Ordinal).ToArray());
        foreach (var o in outputs)
        {
            double central = o.GetProperty("central").GetDouble();
            var iv = o.GetProperty("interval90").EnumerateArray().Select(x => x.GetDouble()).ToArray();
            Assert.True(iv[0] <= iv[1] && central is >= 0 and <= 1);
            var drivers = o.GetProperty("drivers").EnumerateArray().ToList();
            Assert.Equal(119, drivers.Count);
            var d = drivers[0];
            Assert.Equal(["source", "target", "type"], d.GetProperty("edge").EnumerateObject().Select(p => p.Name).ToArray());
            Assert.Equal("depends_on", d.GetProperty("edge").GetProperty("type").GetString());
            Assert.Equal("probability", d.GetProperty("parameter").GetString());
            foreach (var name in new[] { "firstOrder", "total", "ci95Total", "swing" }) Assert.True(d.TryGetProperty(name, out _), name);
            var totals = drivers.Select(x => x.GetProperty("total").GetDouble()).ToArray();
            Assert.Equal(totals.OrderByDescending(x => x), totals);
        }
        Assert.True(j.GetProperty("assumptionsWorthSurveying").GetArrayLength() > 0);
        Assert.StartsWith("assumption", j.GetProperty("basis").GetString());
    }

    [Fact]
    public void Same_seed_gives_the_same_bytes()
    {
        var a = Run("--from", "sector.electricity", "--to", "sector.finance", "--format", "json", "--top", "5");
        var b = Run("--from", "sector.electricity", "--to", "sector.finance", "--format", "json", "--top", "5");
        Assert.Equal(a.Out, b.Out);
    }

    [Fact]
    public void Morris_table_and_csv()
    {
        var m = Run("--from", "sector.info_comm", "--to", "sector.finance", "--method", "morris", "--samples", "8", "--format", "json");
        Assert.True(m.ExitCode == 0, m.Err);
        Assert.True(m.Json.GetProperty("outputs")[0].GetProperty("drivers")[0].TryGetProperty("muStar", out _));
        var t = Run("--from", "sector.info_comm", "--to", "sector.finance", "--format", "table", "--lang", "en");
        Assert.Contains("90% interval", t.Out);
        Assert.Contains("assumptions most worth surveying", t.Out);
        var c = Run("--from", "sector.info_comm", "--to", "sector.finance", "--format", "csv", "--top", "3");
        var lines = c.Out.TrimEnd('\n').Split('\n');
        Assert.StartsWith("id,name,central,interval90_low", lines[0]);
        Assert.Equal(4, lines.Length);
    }

    [Fact]
    public void Table_shows_the_95_percent_half_width_of_the_json_standard_error()
    {
        // JSON (and CSV) carry the binomial standard error; the table prints ±1.96·SE and must say it is a 95 % half-width.
        var j = Run("--from", "sector.info_comm", "--to", "sector.finance", "--format", "json");
        var t = Run("--from", "sector.info_comm", "--to", "sector.finance", "--format", "table", "--lang", "en");
        var ja = Run("--from", "sector.info_comm", "--to", "sector.finance", "--format", "table");
        Assert.True(j.ExitCode == 0 && t.ExitCode == 0 && ja.ExitCode == 0, j.Err + t.Err + ja.Err);
        double se = j.Json.GetProperty("outputs")[0].GetProperty("monteCarloError").GetDouble();
        Assert.True(se > 0, "the check needs a non-zero error");
        string half = (1.96 * se).ToString("0.000", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"MC error (95%) ±{half}", t.Out);
        Assert.Contains($"MC誤差(95%) ±{half}", ja.Out);
    }

    [Fact]
    public void Bad_method_is_a_usage_error()
    {
        var r = Run("--from", "sector.info_comm", "--method", "fast");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("sobol or morris", r.Err);
    }
}
