using System.Text;
using Depgraph.Loader.Survey;

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
        var table = CliRunner.Run("cascade", "--data", dir, "--from", "sector.electricity", "--runs", "50", "--lang", "ja", "--format", "table");
        Assert.Equal(0, table.ExitCode);
        Assert.DoesNotContain("仮定", table.Out);
        var summary = CliRunner.Run("summary", "--data", dir, "--format", "json");
        Assert.Contains("\"survey\"", summary.Out);
    }

    /// <summary>Imports answers to every row of the shipped matrix with its current values: strength and hours, and the probability when asked.</summary>
    private static string Answered(bool withProbability)
    {
        var a = CliRunner.TempDir();
        var csv = new StringBuilder("dependant_sector,supplier_sector,strength,hours_to_impact,probability\n");
        foreach (var row in DependencyTable.Read(Path.Combine(CliRunner.Dataset, "dependencies.csv")))
            csv.Append($"{row.Dependant},{row.Supplier},{row.Strength},{row.Hours},{(withProbability ? row.Probability : "")}\n");
        File.WriteAllText(Path.Combine(a, "all.csv"), csv.ToString(), new UTF8Encoding(true));
        var outDir = Path.Combine(CliRunner.TempDir(), "new");
        var r = CliRunner.Run("survey", "import", a, "--data", CliRunner.Dataset, "--out", outDir, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal(withProbability ? 0 : 1, File.ReadLines(Path.Combine(outDir, "dependencies.csv")).Take(1).Count(l => l.Contains(",probability_basis", StringComparison.Ordinal)));
        return outDir;
    }

    [Fact]
    public void Strength_answered_without_probability_leaves_the_independent_cascade_assumed_and_the_threshold_cascade_surveyed()
    {
        var dir = Answered(withProbability: false);
        var ic = CliRunner.Run("cascade", "--data", dir, "--from", "sector.electricity", "--runs", "50", "--format", "json");
        Assert.Equal(0, ic.ExitCode);
        Assert.True(ic.Json.TryGetProperty("basis", out _), "the independent cascade reads the still-assumed probabilities: " + ic.Out);
        var table = CliRunner.Run("cascade", "--data", dir, "--from", "sector.electricity", "--runs", "50", "--lang", "ja", "--format", "table");
        Assert.Contains("仮定", table.Out);
        var lt = CliRunner.Run("cascade", "--data", dir, "--from", "sector.electricity", "--model", "threshold", "--format", "json");
        Assert.Equal(0, lt.ExitCode);
        Assert.False(lt.Json.TryGetProperty("basis", out _), "the threshold cascade reads the surveyed strengths and hours: " + lt.Out);
        var ltTable = CliRunner.Run("cascade", "--data", dir, "--from", "sector.electricity", "--model", "threshold", "--lang", "ja", "--format", "table");
        Assert.DoesNotContain("仮定", ltTable.Out);
    }

    [Fact]
    public void Probability_answered_makes_the_independent_cascade_a_survey_result()
    {
        var dir = Answered(withProbability: true);
        var ic = CliRunner.Run("cascade", "--data", dir, "--from", "sector.electricity", "--runs", "50", "--format", "json");
        Assert.Equal(0, ic.ExitCode);
        Assert.False(ic.Json.TryGetProperty("basis", out _), ic.Out);
        var table = CliRunner.Run("cascade", "--data", dir, "--from", "sector.electricity", "--runs", "50", "--lang", "ja", "--format", "table");
        Assert.DoesNotContain("仮定", table.Out);
        // the same numbers as the shipped (assumed) matrix: only the label changed
        var shipped = CliRunner.Run("cascade", "--from", "sector.electricity", "--runs", "50", "--format", "json");
        Assert.Equal(shipped.Json.GetProperty("nodes").ToString(), ic.Json.GetProperty("nodes").ToString());
    }
}
