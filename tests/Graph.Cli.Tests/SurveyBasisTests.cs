namespace Depgraph.Cli.Tests;

/// <summary>Whether cascade and risk carry the assumption label is decided from the provenance of the edges used, not from which folder was loaded.</summary>
public class SurveyBasisTests
{
    private static string SurveyedCopy()
    {
        var dir = CliRunner.TempDir();
        foreach (var d in Directory.GetDirectories(CliRunner.Dataset, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(d.Replace(CliRunner.Dataset, dir));
        foreach (var f in Directory.GetFiles(CliRunner.Dataset, "*", SearchOption.AllDirectories))
            File.Copy(f, f.Replace(CliRunner.Dataset, dir), true);
        var csv = File.ReadAllLines(Path.Combine(dir, "dependencies.csv"));
        for (int i = 1; i < csv.Length; i++)
        {
            // columns 0-5 never hold quotes; the reason (6) and the range columns after it are cleared
            var f = csv[i].Split(',').Take(6).ToList();
            f[5] = "survey";
            csv[i] = string.Join(',', f) + new string(',', csv[0].Split(',').Length - 6);
        }
        File.WriteAllLines(Path.Combine(dir, "dependencies.csv"), csv);
        return dir;
    }

    [Fact]
    public void Cascade_on_the_shipped_matrix_is_labelled_an_assumption()
    {
        var r = CliRunner.Run("cascade", "--from", "sector.electricity", "--runs", "50", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.True(r.Json.TryGetProperty("basis", out _), r.Out);
    }

    [Fact]
    public void Cascade_on_a_surveyed_matrix_is_not_labelled_an_assumption()
    {
        var dir = SurveyedCopy();
        var json = CliRunner.Run("cascade", "--data", dir, "--from", "sector.electricity", "--runs", "50", "--format", "json");
        Assert.Equal(0, json.ExitCode);
        Assert.False(json.Json.TryGetProperty("basis", out _), json.Out);
        var table = CliRunner.Run("cascade", "--data", dir, "--from", "sector.electricity", "--runs", "50", "--lang", "ja");
        Assert.Equal(0, table.ExitCode);
        Assert.DoesNotContain("仮定", table.Out);
        var summary = CliRunner.Run("summary", "--data", dir, "--format", "json");
        Assert.Contains("\"survey\"", summary.Out);
    }
}
