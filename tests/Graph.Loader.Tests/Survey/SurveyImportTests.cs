using System.Text;
using Depgraph.Core.Model;
using Depgraph.Loader.Survey;
using Depgraph.Loader.Tests.Interchange;

namespace Depgraph.Loader.Tests.Survey;

public class SurveyImportTests
{
    private static int RowOf(string book, string supplierId)
    {
        // rows of the sector sheet follow dependencies.csv order for the dependant
        var sector = Path.GetFileName(book)["survey-".Length..^".xlsx".Length];
        var rows = DependencyTable.Read(Path.Combine(SurveyTestKit.DatasetFolder, "dependencies.csv")).Where(r => r.Dependant == sector).ToList();
        return rows.FindIndex(r => r.Supplier == supplierId) + 2;
    }

    [Fact]
    public void Round_trip_export_fill_with_openpyxl_import_gives_exactly_the_filled_values()
    {
        using var tmp = new TestPaths.TempDir();
        SurveyTestKit.Export(tmp.File("q"), new QuestionnaireOptions(Sectors: ["sector.finance", "sector.medical"]));
        Directory.CreateDirectory(tmp.File("a"));
        var fin = tmp.File("q/survey-sector.finance.xlsx");
        int e = RowOf(fin, "sector.electricity"), ic = RowOf(fin, "sector.info_comm"), w = RowOf(fin, "sector.water");
        SurveyTestKit.Fill(fin, tmp.File("a/survey-sector.finance.xlsx"), new()
        {
            ["分野"] = new()
            {
                [$"C{e}"] = 0.45, [$"D{e}"] = 0.3, [$"E{e}"] = 0.6, [$"F{e}"] = 2.5, [$"G{e}"] = "全銀協 山田", [$"H{e}"] = "2026-01-15", [$"I{e}"] = "非常用発電は3時間",
                [$"C{ic}"] = 0.35, // confirms the assumed value
                [$"C{w}"] = 0, [$"F{w}"] = 48, // says: no dependency on water
                ["B20"] = "ガス", ["C20"] = 0.05, ["F20"] = 12, // a new row in the blank rows
            },
            ["事業者"] = new()
            {
                ["A2"] = "A銀行", ["B2"] = "金融", ["C2"] = "クラウドサービス", ["D2"] = 0.2, ["E2"] = 1, ["F2"] = "あり",
                ["A3"] = "B銀行", ["B3"] = "金融", ["C3"] = "クラウドサービス", ["D3"] = 0.4, ["E3"] = 3, ["F3"] = "なし", ["G3"] = "2026-01-20",
                ["A4"] = "C銀行", ["B4"] = "sector.finance", ["C4"] = "resource.cloud", ["D4"] = 0.0,
            },
        });
        var med = tmp.File("q/survey-sector.medical.xlsx");
        int mi = RowOf(med, "sector.info_comm");
        SurveyTestKit.Fill(med, tmp.File("a/survey-sector.medical.xlsx"), new() { ["分野"] = new() { [$"C{mi}"] = 0.5 } });

        var answers = SurveyAnswerReader.Read([tmp.File("a")], SurveyTestKit.Sectors);
        Assert.False(answers.HasErrors, string.Join("\n", answers.Issues));
        var s = answers.Sectors.ToDictionary(a => (a.Dependant, a.Supplier));
        Assert.Equal(5, s.Count);
        var elec = s[("sector.finance", "sector.electricity")];
        Assert.Equal((0.45, 0.3, 0.6, 2.5), (elec.Strength, elec.Low!.Value, elec.High!.Value, elec.Hours!.Value));
        Assert.Equal(("全銀協 山田", "2026-01-15", "非常用発電は3時間"), (elec.Respondent, elec.Date, elec.Note));
        Assert.Equal($"survey:sector.finance:survey-sector.finance.xlsx:分野:{e}", elec.Reference);
        Assert.Equal(0.35, s[("sector.finance", "sector.info_comm")].Strength);
        Assert.Equal((0.0, 48.0), (s[("sector.finance", "sector.water")].Strength, s[("sector.finance", "sector.water")].Hours!.Value));
        Assert.Equal((0.05, 12.0), (s[("sector.finance", "sector.gas")].Strength, s[("sector.finance", "sector.gas")].Hours!.Value));
        Assert.Equal(0.5, s[("sector.medical", "sector.info_comm")].Strength);
        Assert.Equal(3, answers.Operators.Count);
        Assert.Equal(("A銀行", "sector.finance", "resource.cloud", 0.2, 1.0, true), (answers.Operators[0].Operator, answers.Operators[0].Sector, answers.Operators[0].Supplier, answers.Operators[0].Strength, answers.Operators[0].Hours!.Value, answers.Operators[0].Substitute!.Value));
        Assert.Equal(("2026-01-20", false), (answers.Operators[1].Date, answers.Operators[1].Substitute!.Value));
        Assert.Null(answers.Operators[2].Hours);

        var result = SurveyImporter.Merge(SurveyTestKit.Dataset, SurveyTestKit.DatasetFolder, answers);
        var changes = result.Changes.ToDictionary(c => (c.Dependant, c.Supplier));
        Assert.Equal(DependencyChangeKind.Strengthened, changes[("sector.finance", "sector.electricity")].Kind);
        Assert.Equal(DependencyChangeKind.Confirmed, changes[("sector.finance", "sector.info_comm")].Kind);
        Assert.Equal(DependencyChangeKind.Removed, changes[("sector.finance", "sector.water")].Kind);
        Assert.Equal(DependencyChangeKind.Added, changes[("sector.finance", "sector.gas")].Kind);
        var cloud = changes[("sector.finance", "resource.cloud")];
        Assert.Equal((3, 0.2, 0.0, 0.4, 2.0 / 3), (cloud.Respondents, cloud.After, cloud.Low!.Value, cloud.High!.Value, cloud.ShareAffected!.Value));
        Assert.Equal("survey:sector.finance:survey-sector.finance.xlsx:事業者:2-4", cloud.Reference);

        // the new dataset loads, and its depends_on edges carry exactly the answers
        SurveyImporter.Write(result, SurveyTestKit.DatasetFolder, tmp.File("new"));
        var ds = GraphInput.LoadDataset(tmp.File("new")).GetValueOrThrow();
        var edges = ds.Edges.Where(x => x.Kind == Core.Model.EdgeKind.DependsOn).ToDictionary(x => (x.Source, x.Target));
        Assert.Equal((0.45, 2.5), (edges[("sector.finance", "sector.electricity")].Strength, edges[("sector.finance", "sector.electricity")].DelayHours));
        Assert.Equal("survey", edges[("sector.finance", "sector.electricity")].Attributes["basis"]);
        Assert.False(edges.ContainsKey(("sector.finance", "sector.water")));
        Assert.Equal(0.05, edges[("sector.finance", "sector.gas")].Strength);
        Assert.Equal(0.5, edges[("sector.medical", "sector.info_comm")].Strength);
        Assert.Equal(0.2, edges[("sector.finance", "resource.cloud")].Strength);
        var ranges = File.ReadAllLines(tmp.File("new/survey/ranges.csv"));
        Assert.Contains("sector.finance,sector.electricity,0.45,0.3,0.6,2.5,,,0,,survey:sector.finance:survey-sector.finance.xlsx:分野:" + e, ranges);
        Assert.Contains(ranges, l => l.StartsWith("sector.finance,resource.cloud,0.2,0,0.4,2,1,3,3,0.6666666666666666,", StringComparison.Ordinal));
        // rows nobody answered are copied byte for byte (with an empty cell for each basis column the answers added)
        var oldLines = File.ReadAllLines(Path.Combine(SurveyTestKit.DatasetFolder, "dependencies.csv"));
        var newLines = File.ReadAllLines(tmp.File("new/dependencies.csv"));
        Assert.Equal(oldLines.Length, newLines.Length); // every answered cell is already a row of the full matrix
        Assert.Equal(oldLines[0] + ",probability_basis,time_to_impact_hours_basis", newLines[0]);
        Assert.Equal(6, oldLines.Skip(1).Zip(newLines.Skip(1)).Count(p => p.First + ",," != p.Second));
    }

    [Fact]
    public void An_answered_probability_rests_on_the_survey_and_an_unanswered_one_stays_assumed()
    {
        using var tmp = new TestPaths.TempDir();
        SurveyTestKit.Export(tmp.File("q"), new QuestionnaireOptions(Sectors: ["sector.finance"]));
        Directory.CreateDirectory(tmp.File("a"));
        var fin = tmp.File("q/survey-sector.finance.xlsx");
        int e = RowOf(fin, "sector.electricity"), ic = RowOf(fin, "sector.info_comm");
        var before = DependencyTable.Read(Path.Combine(SurveyTestKit.DatasetFolder, "dependencies.csv"))
            .Single(r => r.Dependant == "sector.finance" && r.Supplier == "sector.electricity");
        // electricity: strength only; info_comm: strength, hours and probability with its range (columns J-L)
        SurveyTestKit.Fill(fin, tmp.File("a/survey-sector.finance.xlsx"), new()
        {
            ["分野"] = new()
            {
                [$"C{e}"] = 0.55,
                [$"C{ic}"] = 0.4, [$"F{ic}"] = 1.5, [$"J{ic}"] = 0.85, [$"K{ic}"] = 0.7, [$"L{ic}"] = 0.95,
            },
        });
        var answers = SurveyAnswerReader.Read([tmp.File("a")], SurveyTestKit.Sectors);
        Assert.False(answers.HasErrors, string.Join("\n", answers.Issues));
        var a = answers.Sectors.Single(x => x.Supplier == "sector.info_comm");
        Assert.Equal((0.85, 0.7, 0.95), (a.Probability!.Value, a.ProbabilityLow!.Value, a.ProbabilityHigh!.Value));
        Assert.Null(answers.Sectors.Single(x => x.Supplier == "sector.electricity").Probability);

        var result = SurveyImporter.Merge(SurveyTestKit.Dataset, SurveyTestKit.DatasetFolder, answers);
        var changes = result.Changes.ToDictionary(c => c.Supplier);
        Assert.Equal(("assumption", "assumption", before.Probability), (changes["sector.electricity"].ProbabilityBasis, changes["sector.electricity"].HoursBasis, changes["sector.electricity"].ProbabilityAfter));
        Assert.Equal(("survey", "survey", "0.85"), (changes["sector.info_comm"].ProbabilityBasis, changes["sector.info_comm"].HoursBasis, changes["sector.info_comm"].ProbabilityAfter));
        SurveyImporter.Write(result, SurveyTestKit.DatasetFolder, tmp.File("new"));
        var ds = GraphInput.LoadDataset(tmp.File("new")).GetValueOrThrow();
        var edges = ds.Edges.Where(x => x.Kind == EdgeKind.DependsOn).ToDictionary(x => (x.Source, x.Target));
        var elec = edges[("sector.finance", "sector.electricity")];
        Assert.Equal(Basis.Survey, elec.Provenance.Kind);
        Assert.Equal(new ParameterBases(Hours: Basis.Assumption, Probability: Basis.Assumption, Strength: Basis.Survey), elec.ParameterBases);
        Assert.Equal((0.55, double.Parse(before.Probability, System.Globalization.CultureInfo.InvariantCulture), before.HoursValue!.Value), (elec.Strength, elec.Probability, elec.DelayHours));
        var info = edges[("sector.finance", "sector.info_comm")];
        Assert.Equal(ParameterBases.All(Basis.Survey), info.ParameterBases);
        Assert.Equal((0.4, 0.85, 1.5), (info.Strength, info.Probability, info.DelayHours));
        Assert.Equal(("0.7", "0.95"), (info.Attributes["probability_low"], info.Attributes["probability_high"]));
        // untouched rows keep every number and their assumption
        var other = edges[("sector.finance", "resource.cloud")];
        Assert.Equal(ParameterBases.All(Basis.Assumption), other.ParameterBases);
    }

    [Fact]
    public void A_survey_row_whose_probability_or_hours_are_empty_rests_on_the_assumed_defaults_for_them()
    {
        using var tmp = new TestPaths.TempDir();
        ParameterBasisTests.CopyDir(SurveyTestKit.DatasetFolder, tmp.Path);
        var path = Path.Combine(tmp.Path, "dependencies.csv");
        var lines = File.ReadAllLines(path).ToList();
        var header = lines[0].Split(',').Length;
        lines[0] += ",probability_basis";
        for (int i = 1; i < lines.Count; i++) lines[i] += ",";
        // the seven base columns, the dataset's range columns left empty, then probability_basis
        int Replace(string pair, string cells, string probabilityBasis)
        {
            int i = lines.FindIndex(l => l.StartsWith(pair + ",", StringComparison.Ordinal));
            lines[i] = pair + "," + cells + new string(',', header - 7) + "," + probabilityBasis;
            return i;
        }
        Replace("sector.finance,resource.fuel", "0.2,,,survey,survey:x", "");
        Replace("sector.medical,resource.fuel", "0.2,0.5,3,survey,survey:y", "assumption");
        int bad = Replace("sector.gas,resource.fuel", "0.2,0.5,3,survey,survey:z", "maybe");
        File.WriteAllLines(path, lines);
        var load = GraphInput.LoadDataset(tmp.Path);
        var issue = Assert.Single(load.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((bad + 1, IssueCodes.BadValue), (issue.Line, issue.Code));
        Assert.Contains("probability_basis 'maybe'", issue.Message);
        Replace("sector.gas,resource.fuel", "0.2,0.5,3,survey,survey:z", "");
        File.WriteAllLines(path, lines);
        var edges = GraphInput.LoadDataset(tmp.Path).GetValueOrThrow().Edges.Where(x => x.Kind == EdgeKind.DependsOn).ToDictionary(x => (x.Source, x.Target));
        Assert.Equal(new ParameterBases(Basis.Assumption, Basis.Assumption, Basis.Survey), edges[("sector.finance", "resource.fuel")].ParameterBases);
        Assert.Equal(new ParameterBases(Basis.Survey, Basis.Assumption, Basis.Survey), edges[("sector.medical", "resource.fuel")].ParameterBases);
    }

    [Fact]
    public void Importing_an_untouched_export_changes_nothing()
    {
        using var tmp = new TestPaths.TempDir();
        SurveyTestKit.Export(tmp.File("q"));
        SurveyTestKit.Export(tmp.File("c"), new QuestionnaireOptions(Csv: true));
        var answers = SurveyAnswerReader.Read([tmp.File("q"), tmp.File("c")], SurveyTestKit.Sectors);
        Assert.False(answers.HasErrors, string.Join("\n", answers.Issues));
        Assert.Empty(answers.Issues);
        Assert.Equal(15 + 30, answers.Files.Count);
        Assert.Equal(0, answers.Rows);
        var result = SurveyImporter.Merge(SurveyTestKit.Dataset, SurveyTestKit.DatasetFolder, answers);
        Assert.Empty(result.Changes);
        SurveyImporter.Write(result, SurveyTestKit.DatasetFolder, tmp.File("new"));
        foreach (var f in Directory.GetFiles(SurveyTestKit.DatasetFolder, "*", SearchOption.AllDirectories))
        {
            var rel = Path.GetRelativePath(SurveyTestKit.DatasetFolder, f);
            Assert.True(File.ReadAllBytes(f).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(tmp.File("new"), rel))), $"{rel} changed");
        }
        var diffs = DatasetComparer.Differences(SurveyTestKit.Dataset, GraphInput.LoadDataset(tmp.File("new")).GetValueOrThrow());
        Assert.Empty(diffs);
    }

    private const string JapaneseCsv =
        "依存する分野,供給元の分野,依存の強さ,強さの下限,強さの上限,影響が出るまでの時間,回答者,回答日,備考\r\n" +
        "金融,電力,0.5,0.4,0.6,3,山田 太郎,2026/1/15,\"非常用発電, 3時間\"\r\n" +
        "金融,情報通信,０．４,,,1,,,全角数字\r\n" +
        "医療,水道,0.2,,,24,,,\r\n" +
        "ｶﾞｽ,電力,0.3,,,,,,半角カナ\r\n";

    [Fact]
    public void A_shift_jis_csv_with_japanese_sector_names_imports_like_its_utf8_twin()
    {
        using var tmp = new TestPaths.TempDir();
        foreach (var d in new[] { "sjis", "utf8", "bom" }) Directory.CreateDirectory(tmp.File(d));
        var text = JapaneseCsv.Replace("ｶﾞｽ", "ガス");
        File.WriteAllBytes(tmp.File("sjis/answers.csv"), TextEncodingDetector.StrictShiftJis.GetBytes(text));
        File.WriteAllBytes(tmp.File("utf8/answers.csv"), new UTF8Encoding(false).GetBytes(text));
        File.WriteAllBytes(tmp.File("bom/answers.csv"), new UTF8Encoding(true).GetPreamble().Concat(new UTF8Encoding(false).GetBytes(JapaneseCsv)).ToArray());
        var sjis = SurveyAnswerReader.Read([tmp.File("sjis/answers.csv")], SurveyTestKit.Sectors);
        var utf8 = SurveyAnswerReader.Read([tmp.File("utf8/answers.csv")], SurveyTestKit.Sectors);
        var bom = SurveyAnswerReader.Read([tmp.File("bom/answers.csv")], SurveyTestKit.Sectors);
        Assert.False(sjis.HasErrors, string.Join("\n", sjis.Issues));
        Assert.Equal("shift_jis", sjis.Files[0].Encoding);
        Assert.Equal("utf-8", utf8.Files[0].Encoding);
        Assert.Equal("utf-8-bom", bom.Files[0].Encoding);
        Assert.Equal(4, sjis.Sectors.Count);
        Assert.Equal(utf8.Sectors, sjis.Sectors);
        Assert.Equal(utf8.Sectors, bom.Sectors); // half-width katakana ｶﾞｽ is NFKC-normalised to ガス
        var first = sjis.Sectors[0];
        Assert.Equal(("sector.finance", "sector.electricity", 0.5, "山田 太郎", "2026-01-15", "非常用発電, 3時間"), (first.Dependant, first.Supplier, first.Strength, first.Respondent, first.Date, first.Note));
        Assert.Equal(0.4, sjis.Sectors[1].Strength);
        Assert.Equal("survey:sector.finance:answers.csv:分野:2", first.Reference);
        var a = SurveyImporter.Merge(SurveyTestKit.Dataset, SurveyTestKit.DatasetFolder, sjis);
        var b = SurveyImporter.Merge(SurveyTestKit.Dataset, SurveyTestKit.DatasetFolder, utf8);
        Assert.Equal(a.Matrix, b.Matrix);
        Assert.Equal(a.Changes, b.Changes);
    }

    [Fact]
    public void Bytes_that_are_neither_utf8_nor_shift_jis_are_an_error_never_replaced()
    {
        using var tmp = new TestPaths.TempDir();
        var bytes = new UTF8Encoding(false).GetBytes(SurveyLayout.SectorCsvHeader + "\n金融,電力,0.5,,,,,,").Concat(new byte[] { 0x82, 0xFF, 0x0A }).ToArray();
        File.WriteAllBytes(tmp.File("bad.csv"), bytes);
        var r = SurveyAnswerReader.Read([tmp.File("bad.csv")], SurveyTestKit.Sectors);
        var issue = Assert.Single(r.Issues);
        Assert.Equal(SurveyIssueCodes.BadEncoding, issue.Code);
        Assert.Contains("neither valid UTF-8 nor valid Shift_JIS", issue.Message);
        // told UTF-8, a Shift_JIS file is refused, not decoded with replacement characters
        File.WriteAllBytes(tmp.File("sjis.csv"), TextEncodingDetector.StrictShiftJis.GetBytes(JapaneseCsv));
        var forced = SurveyAnswerReader.Read([tmp.File("sjis.csv")], SurveyTestKit.Sectors, encoding: "utf-8");
        Assert.Equal(SurveyIssueCodes.BadEncoding, Assert.Single(forced.Issues).Code);
        Assert.Equal(4, SurveyAnswerReader.Read([tmp.File("sjis.csv")], SurveyTestKit.Sectors, encoding: "shift_jis").Sectors.Count);
    }

    [Fact]
    public void Bad_answers_are_all_listed_with_file_sheet_row_and_column()
    {
        using var tmp = new TestPaths.TempDir();
        SurveyTestKit.Export(tmp.File("q"), new QuestionnaireOptions(Sectors: ["sector.finance"]));
        var book = tmp.File("q/survey-sector.finance.xlsx");
        int e = RowOf(book, "sector.electricity"), ic = RowOf(book, "sector.info_comm"), w = RowOf(book, "sector.water"), g = RowOf(book, "sector.gas");
        Directory.CreateDirectory(tmp.File("a"));
        SurveyTestKit.Fill(book, tmp.File("a/bad.xlsx"), new()
        {
            ["分野"] = new()
            {
                [$"C{e}"] = 1.5,                         // out of range
                [$"C{ic}"] = "=0.2+0.1",                 // formula
                [$"F{w}"] = 4, [$"G{w}"] = "山田",        // answered, strength blank
                ["B20"] = "宇宙", ["C20"] = 0.1,          // unknown sector
                ["B21"] = "電力", ["C21"] = 0.2,          // duplicate of an answered row below
                ["B22"] = "電力", ["C22"] = 0.3,
                [$"C{g}"] = 0.1, [$"H{g}"] = "2026-13-45", // bad date
            },
            ["事業者"] = new() { ["A2"] = "A銀行", ["B2"] = "金融", ["C2"] = "電力", ["D2"] = 0.2, ["F2"] = "たぶん" },
        });
        var r = SurveyAnswerReader.Read([tmp.File("a/bad.xlsx")], SurveyTestKit.Sectors);
        Assert.True(r.HasErrors);
        var got = r.Issues.Select(i => (i.Sheet, i.Row, i.ColumnLetter, i.Code)).ToList();
        var expected = new List<(string, int, string, string)>
        {
            ("分野", e, "C", SurveyIssueCodes.OutOfRange),
            ("分野", ic, "C", SurveyIssueCodes.FormulaRefused),
            ("分野", w, "C", SurveyIssueCodes.BlankMandatory),
            ("分野", g, "H", SurveyIssueCodes.BadValue),
            ("分野", 20, "B", SurveyIssueCodes.UnknownSector),
            ("分野", 22, "B", SurveyIssueCodes.DuplicateRow),
            ("事業者", 2, "F", SurveyIssueCodes.BadValue),
        };
        Assert.Equal(expected.OrderBy(x => x.Item1).ThenBy(x => x.Item2), got.OrderBy(x => x.Sheet).ThenBy(x => x.Row));
        Assert.All(r.Issues, i => Assert.Equal(tmp.File("a/bad.xlsx"), i.File));
        var text = r.Issues.First(i => i.Code == SurveyIssueCodes.OutOfRange).ToString();
        Assert.Equal($"{tmp.File("a/bad.xlsx")}:{e}: error out-of-range: sheet 分野, row {e}, column C (strength): 1.5 is outside [0, 1].", text);
        // nothing may be written
        var result = SurveyImporter.Merge(SurveyTestKit.Dataset, SurveyTestKit.DatasetFolder, r);
        Assert.Throws<InvalidOperationException>(() => SurveyImporter.Write(result, SurveyTestKit.DatasetFolder, tmp.File("new")));
        Assert.False(Directory.Exists(tmp.File("new")));
    }

    [Fact]
    public void Csv_formulas_blank_mandatory_cells_and_duplicates_are_listed()
    {
        using var tmp = new TestPaths.TempDir();
        File.WriteAllText(tmp.File("ops.csv"),
            SurveyLayout.OperatorCsvHeader + "\n" +
            "A社,金融,電力,0.2,,,,\n" +
            "A社,金融,電力,0.3,,,,\n" +
            "B社,金融,電力,=1/2,,,,\n" +
            ",金融,電力,0.3,,,,\n" +
            "C社,金融,電力,0.3,-1,,,\n" +
            "D社,金融,電力,0.3,,,,'=not a formula\n");
        var r = SurveyAnswerReader.Read([tmp.File("ops.csv")], SurveyTestKit.Sectors);
        Assert.Equal(
            [(3, "C", SurveyIssueCodes.DuplicateRow), (4, "D", SurveyIssueCodes.FormulaRefused), (5, "A", SurveyIssueCodes.BlankMandatory), (6, "E", SurveyIssueCodes.OutOfRange)],
            r.Issues.Select(i => (i.Row, i.ColumnLetter, i.Code)));
        Assert.All(r.Issues, i => Assert.Equal("事業者", i.Sheet));
        Assert.Equal("=not a formula", r.Operators.Single(o => o.Operator == "D社").Note);
    }

    [Fact]
    public void Limits_and_unreadable_files_are_errors()
    {
        using var tmp = new TestPaths.TempDir();
        File.WriteAllText(tmp.File("big.csv"), SurveyLayout.SectorCsvHeader + "\n" + string.Concat(Enumerable.Repeat("金融,電力,0.1,,,,,,\n", 20)));
        var r = SurveyAnswerReader.Read([tmp.File("big.csv")], SurveyTestKit.Sectors, limits: SurveyLimits.Default with { MaxRows = 10 });
        Assert.Equal(SurveyIssueCodes.TooLarge, Assert.Single(r.Issues).Code);
        File.WriteAllText(tmp.File("fake.xlsx"), "not a zip");
        var u = SurveyAnswerReader.Read([tmp.File("fake.xlsx"), tmp.File("missing.xlsx")], SurveyTestKit.Sectors);
        Assert.Equal([SurveyIssueCodes.Unreadable, SurveyIssueCodes.Unreadable], u.Issues.Select(i => i.Code));
        var tiny = SurveyAnswerReader.Read([tmp.File("big.csv")], SurveyTestKit.Sectors, limits: SurveyLimits.Default with { MaxFileBytes = 100 });
        Assert.Equal(SurveyIssueCodes.TooLarge, Assert.Single(tiny.Issues).Code);
    }

    [Fact]
    public void The_import_never_writes_into_an_existing_folder_or_the_dataset()
    {
        using var tmp = new TestPaths.TempDir();
        Directory.CreateDirectory(tmp.File("user"));
        File.WriteAllText(tmp.File("user/keep.txt"), "mine");
        var result = SurveyImporter.Merge(SurveyTestKit.Dataset, SurveyTestKit.DatasetFolder, new SurveyAnswers([], [], [], []));
        Assert.Throws<IOException>(() => SurveyImporter.Write(result, SurveyTestKit.DatasetFolder, tmp.File("user")));
        Assert.Equal("mine", File.ReadAllText(tmp.File("user/keep.txt")));
        Assert.Single(Directory.GetFileSystemEntries(tmp.File("user")));
        Assert.Throws<IOException>(() => SurveyImporter.Write(result, SurveyTestKit.DatasetFolder, Path.Combine(SurveyTestKit.DatasetFolder, "x")));
        Assert.Empty(Directory.GetDirectories(tmp.Path, ".*"));
    }
}
