using System.Diagnostics;
using System.Text.Json;
using Depgraph.Loader.Survey;

namespace Depgraph.Cli.Tests;

/// <summary><c>--format xlsx --out FILE</c>: every workbook opened by Debian's openpyxl, an independent reader.</summary>
public class XlsxOutputTests
{
    private static JsonElement Open(string path)
    {
        Assert.True(File.Exists("/usr/bin/python3"), "/usr/bin/python3 is missing: apt-get install -y python3-openpyxl (test.sh does this).");
        var psi = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("""
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print(json.dumps({ws.title: [list(r) for r in ws.iter_rows(values_only=True)] for ws in wb.worksheets}, ensure_ascii=False, default=str))
            """);
        psi.ArgumentList.Add(path);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEnd();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, "openpyxl could not open the workbook (apt-get install -y python3-openpyxl): " + stderr);
        return JsonDocument.Parse(stdout).RootElement;
    }

    private static (string[] Header, List<JsonElement> Rows) Table(JsonElement sheet)
    {
        var rows = sheet.EnumerateArray().ToList();
        int h = rows.FindIndex(r => r.GetArrayLength() > 1 && r[1].ValueKind == JsonValueKind.String && r[0].ValueKind == JsonValueKind.String);
        return ([.. rows[h].EnumerateArray().Select(c => c.ToString())], rows.Skip(h + 1).ToList());
    }

    [Theory]
    [InlineData("summary", new[] { "種別", "エッジ種別", "構成員", "分野とセプター" })]
    [InlineData("reach --from nisc", new[] { "到達", "構成員カバー率", "未到達" })]
    [InlineData("spof --to kind:ceptoar", new[] { "関節点", "橋", "ノード障害の影響", "リンク障害の影響", "経路の冗長性" })]
    [InlineData("paths --from sector.electricity --to sector.finance --k 5", new[] { "経路" })]
    [InlineData("cascade --from sector.electricity --runs 200", new[] { "障害確率", "障害ノード数" })]
    [InlineData("cascade --from sector.electricity --threshold 0.3", new[] { "障害の順序" })]
    [InlineData("cascade --from sector.electricity --uncertainty --samples 20 --runs 128", new[] { "障害確率の幅", "仮定の幅" })]
    [InlineData("cascade --from sector.electricity --precision 0.05", new[] { "障害確率", "障害ノード数" })]
    [InlineData("reach --from nisc --uncertainty --samples 20 --to sector:金融", new[] { "到達時間の幅" })]
    public void Every_table_command_writes_a_workbook_with_one_sheet_per_table(string command, string[] sheets)
    {
        var path = Path.Combine(CliRunner.TempDir(), "out.xlsx");
        var r = CliRunner.Run([.. command.Split(' '), "--format", "xlsx", "--out", path]);
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("", r.Out);
        var book = Open(path);
        Assert.Equal(sheets, book.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void English_workbooks_translate_unit_names()
    {
        var path = Path.Combine(CliRunner.TempDir(), "summary-en.xlsx");
        Assert.Equal(0, CliRunner.Run("summary", "--format", "xlsx", "--out", path, "--lang", "en").ExitCode);
        var units = Open(path).GetProperty("members").ToString();
        Assert.Contains("municipalities (市区町村)", units);
        Assert.Contains("prefectures (都道府県)", units);
        var reach = Path.Combine(CliRunner.TempDir(), "reach-en.xlsx");
        Assert.Equal(0, CliRunner.Run("reach", "--from", "nisc", "--format", "xlsx", "--out", reach, "--lang", "en").ExitCode);
        Assert.Contains("municipalities (市区町村)", Open(reach).ToString());
    }

    [Fact]
    public void Reach_sheet_has_japanese_names_beside_ids_units_and_a_basis_note()
    {
        var path = Path.Combine(CliRunner.TempDir(), "reach.xlsx");
        Assert.Equal(0, CliRunner.Run("reach", "--from", "nisc", "--format", "xlsx", "--out", path).ExitCode);
        var sheet = Open(path).GetProperty("到達");
        var (header, rows) = Table(sheet);
        Assert.Equal(["名称", "id", "ホップ", "到達(時間)", "構成員(数)"], header);
        Assert.Equal("内閣官房 内閣サイバーセキュリティセンター", rows[0][0].GetString());
        Assert.Equal("nisc", rows[0][1].GetString());
        Assert.Equal(JsonValueKind.Number, rows[1][3].ValueKind);
        Assert.Contains("根拠", sheet.ToString());
    }

    [Fact]
    public void Spof_node_impact_sheet_has_outside_recipients_in_their_own_column()
    {
        var path = Path.Combine(CliRunner.TempDir(), "spof.xlsx");
        Assert.Equal(0, CliRunner.Run("spof", "--format", "xlsx", "--out", path).ExitCode);
        var (header, rows) = Table(Open(path).GetProperty("ノード障害の影響"));
        Assert.Equal(["組織", "id", "到達不能ノード(数)", "失われる構成員(数)", "失われる構成員以外の情報展開先(延べ数)"], header);
        var water = rows.Single(r => r[1].GetString() == "members.water");
        Assert.Equal(0, water[3].GetInt64());
        Assert.Equal(1189, water[4].GetInt64());
    }

    [Fact]
    public void Cascade_on_the_assumed_matrix_says_so_and_on_a_surveyed_matrix_does_not()
    {
        var assumed = Path.Combine(CliRunner.TempDir(), "a.xlsx");
        Assert.Equal(0, CliRunner.Run("cascade", "--from", "sector.electricity", "--runs", "100", "--format", "xlsx", "--out", assumed).ExitCode);
        Assert.Contains("仮定", Open(assumed).GetProperty("障害確率").ToString());

        // every sector of the shipped matrix answered in a survey CSV, probabilities included (the independent cascade
        // reads them): the dependency layer rests on the survey only
        var answers = CliRunner.TempDir();
        var rows = DependencyTable.Read(Path.Combine(CliRunner.Dataset, "dependencies.csv"));
        File.WriteAllLines(Path.Combine(answers, "all.csv"), [SurveyLayout.SectorCsvHeader,
            .. rows.Select(x => $"{x.Dependant},{x.Supplier},{x.Strength},,,{x.Hours},,,,{x.Probability},,")]);
        var surveyed = Path.Combine(CliRunner.TempDir(), "surveyed");
        var imp = CliRunner.Run("survey", "import", answers, "--data", CliRunner.Dataset, "--out", surveyed, "--format", "json");
        Assert.True(imp.ExitCode == 0, imp.Err);
        Assert.Equal(rows.Count, imp.Json.GetProperty("confirmed").GetInt32() + imp.Json.GetProperty("changes").GetArrayLength());
        var book = Path.Combine(CliRunner.TempDir(), "s.xlsx");
        Assert.Equal(0, CliRunner.Run("cascade", "--data", surveyed, "--from", "sector.electricity", "--runs", "100", "--format", "xlsx", "--out", book).ExitCode);
        var text = Open(book).GetProperty("障害確率").ToString();
        Assert.Contains("調査", text);
        Assert.DoesNotContain("仮定", text);
    }

    [Fact]
    public void Xlsx_needs_out_and_out_needs_xlsx()
    {
        Assert.Equal(2, CliRunner.Run("summary", "--format", "xlsx").ExitCode);
        Assert.Equal(2, CliRunner.Run("summary", "--format", "json", "--out", Path.Combine(CliRunner.TempDir(), "x.xlsx")).ExitCode);
    }

    [Fact]
    public void Compare_writes_its_differences_with_names_and_the_scenario_changes_with_provenance()
    {
        var path = Path.Combine(CliRunner.TempDir(), "compare.xlsx");
        var scenario = Path.Combine(CliRunner.RepoRoot, "docs", "scenarios", "meti-unavailable.yaml");
        var r = CliRunner.Run("compare", "--scenario", scenario, "--format", "xlsx", "--out", path);
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("", r.Out);
        var book = Open(path);
        Assert.Equal(["差分", "変更内容"], book.EnumerateObject().Select(p => p.Name));
        var (header, rows) = Table(book.GetProperty("差分"));
        Assert.Equal(["シナリオ", "項目", "名称", "id", "現状", "シナリオ", "差", "95%区間 下限", "95%区間 上限"], header);
        Assert.Contains(rows, row => row[1].GetString() == "届かなくなる" && row[2].GetString() == "石油CEPTOAR" && row[3].GetString() == "ceptoar.oil");
        var (_, changes) = Table(book.GetProperty("変更内容"));
        var change = Assert.Single(changes);
        Assert.StartsWith("scenario:", change[4].GetString(), StringComparison.Ordinal);
    }
}
