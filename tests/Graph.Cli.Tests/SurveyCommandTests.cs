using System.Text;
using Depgraph.Loader.Survey;

namespace Depgraph.Cli.Tests;

public class SurveyCommandTests
{
    [Fact]
    public void Export_writes_one_workbook_per_sector_and_refuses_to_overwrite_them()
    {
        var dir = CliRunner.TempDir();
        var r = CliRunner.Run("survey", "export", "--out", dir);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(15, Directory.GetFiles(dir, "survey-sector.*.xlsx").Length);
        var again = CliRunner.Run("survey", "export", "--out", dir, "--sector", "sector.gas");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("may hold answers", again.Err);
        var unknown = CliRunner.Run("survey", "export", "--out", CliRunner.TempDir(), "--sector", "sector.space");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("sector.space", unknown.Err);
    }

    [Fact]
    public void Importing_an_untouched_export_reports_no_change_and_writes_an_identical_dataset()
    {
        var q = CliRunner.TempDir();
        Assert.Equal(0, CliRunner.Run("survey", "export", "--out", q, "--format", "csv").ExitCode);
        var outDir = Path.Combine(CliRunner.TempDir(), "new");
        var r = CliRunner.Run("survey", "import", q, "--data", CliRunner.Dataset, "--out", outDir, "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(0, r.Json.GetProperty("rows").GetInt32());
        Assert.Equal(0, r.Json.GetProperty("changes").GetArrayLength());
        Assert.Equal(0, r.Json.GetProperty("errors").GetArrayLength());
        Assert.Equal(File.ReadAllBytes(Path.Combine(CliRunner.Dataset, "dependencies.csv")), File.ReadAllBytes(Path.Combine(outDir, "dependencies.csv")));
        Assert.False(File.Exists(Path.Combine(outDir, "survey", "changes.png")));
    }

    [Fact]
    public void Import_writes_a_dataset_whose_answered_cells_are_survey_based_with_a_change_summary_and_chart()
    {
        var a = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(a, "finance.csv"),
            SurveyLayout.SectorCsvHeader + "\n金融,電力,0.6,0.5,0.7,2,山田,2026-01-15,\n金融,水道,0,,,,,,\n金融,ガス,0.05,,,12,,,\n", new UTF8Encoding(true));
        var outDir = Path.Combine(CliRunner.TempDir(), "new");
        var r = CliRunner.Run("survey", "import", a, "--data", CliRunner.Dataset, "--out", outDir, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var changes = r.Json.GetProperty("changes").EnumerateArray().ToDictionary(c => c.GetProperty("supplier").GetString()!);
        Assert.Equal("strengthened", changes["sector.electricity"].GetProperty("change").GetString());
        Assert.Equal(0.3, changes["sector.electricity"].GetProperty("before").GetDouble());
        Assert.Equal(0.6, changes["sector.electricity"].GetProperty("after").GetDouble());
        Assert.Equal("survey", changes["sector.electricity"].GetProperty("basis").GetString());
        Assert.Equal("survey:sector.finance:finance.csv:分野:2", changes["sector.electricity"].GetProperty("survey").GetString());
        Assert.Equal("removed", changes["sector.water"].GetProperty("change").GetString());
        Assert.Equal("added", changes["sector.gas"].GetProperty("change").GetString());
        Assert.True(File.Exists(Path.Combine(outDir, "survey", "changes.png")));
        Assert.True(File.Exists(Path.Combine(outDir, "survey", "changes.svg")));
        Assert.True(File.Exists(Path.Combine(outDir, "survey", "import.json")));
        // the answered row: its strength range is the answer's, and the probability it kept (not asked) stays an
        // assumption with its assumed range (probability_basis)
        var lines = File.ReadAllLines(Path.Combine(outDir, "dependencies.csv"));
        var header = lines[0].Split(',').ToList();
        var cells = lines.Single(l => l.StartsWith("sector.finance,sector.electricity,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("sector.finance,sector.electricity,0.6,0.60,2,survey,survey:sector.finance:finance.csv:分野:2", string.Join(',', cells.Take(7)));
        Assert.Equal(("0.5", "0.7", "assumption", ""), (cells[header.IndexOf("strength_low")], cells[header.IndexOf("strength_high")],
            cells[header.IndexOf("probability_basis")], cells[header.IndexOf("time_to_impact_hours_basis")]));
        // the new dataset loads and the answered edge rests on the survey
        var summary = CliRunner.Run("summary", "--data", outDir, "--format", "json");
        Assert.Equal(0, summary.ExitCode);
        var table = CliRunner.Run("survey", "import", a, "--data", CliRunner.Dataset, "--out", Path.Combine(CliRunner.TempDir(), "t"), "--format", "table");
        Assert.Contains("強化", table.Out);
        Assert.Contains("調査 (survey:sector.finance:finance.csv:分野:2)", table.Out);
    }

    [Fact]
    public void Bad_answers_exit_1_list_every_problem_and_write_nothing()
    {
        var a = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(a, "bad.csv"),
            SurveyLayout.SectorCsvHeader + "\n金融,宇宙,0.2,,,,,,\n金融,電力,1.2,,,,,,\n金融,水道,,,,3,,,\n金融,ガス,=0.1,,,,,,\n金融,ガス,0.1,,,,,,\n金融,ガス,0.2,,,,,,\n");
        var outDir = Path.Combine(CliRunner.TempDir(), "new");
        var r = CliRunner.Run("survey", "import", a, "--data", CliRunner.Dataset, "--out", outDir, "--format", "table");
        Assert.Equal(1, r.ExitCode);
        var file = Path.Combine(a, "bad.csv");
        Assert.Contains($"{file}:2: error unknown-sector: sheet 分野, row 2, column B (supplier_sector)", r.Err);
        Assert.Contains($"{file}:3: error out-of-range: sheet 分野, row 3, column C (strength)", r.Err);
        Assert.Contains($"{file}:4: error blank-mandatory: sheet 分野, row 4, column C (strength)", r.Err);
        Assert.Contains($"{file}:5: error formula-refused: sheet 分野, row 5, column C (strength)", r.Err);
        Assert.Contains($"{file}:7: error duplicate-row: sheet 分野, row 7, column B (supplier_sector)", r.Err);
        Assert.Contains("5 errors in the input; nothing was written.", r.Err);
        Assert.False(Directory.Exists(outDir));
        Assert.Empty(Directory.GetDirectories(Path.GetDirectoryName(outDir)!));
        var json = CliRunner.Run("survey", "import", a, "--data", CliRunner.Dataset, "--out", outDir, "--format", "json");
        Assert.Equal(1, json.ExitCode);
        Assert.Equal(5, json.Json.GetProperty("errors").GetArrayLength());
        Assert.Equal("B", json.Json.GetProperty("errors")[0].GetProperty("column").GetString());
    }

    [Fact]
    public void Import_refuses_an_existing_folder_with_exit_2()
    {
        var a = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(a, "ok.csv"), SurveyLayout.SectorCsvHeader + "\n金融,電力,0.6,,,,,,\n");
        var user = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(user, "notes.txt"), "mine");
        var r = CliRunner.Run("survey", "import", a, "--data", CliRunner.Dataset, "--out", user);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("never overwrites", r.Err);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(user).Select(Path.GetFileName));
    }
}
