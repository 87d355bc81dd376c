using System.Text.Json;
using Depgraph.Core.Model;
using Depgraph.Loader.Survey;
using Depgraph.Loader.Tests.Interchange;
using Xunit.Abstractions;

namespace Depgraph.Loader.Tests.Survey;

public class QuestionnaireExporterTests(ITestOutputHelper output)
{
    [Fact]
    public void Every_exported_workbook_opens_in_openpyxl_with_its_sheets_validation_and_protection()
    {
        using var tmp = new TestPaths.TempDir();
        var files = SurveyTestKit.Export(tmp.Path, new QuestionnaireOptions(Deadline: "2026-01-31", Contact: "NISC 重要インフラ担当"));
        Assert.Equal(15, files.Count);
        var matrix = DependencyTable.Read(Path.Combine(SurveyTestKit.DatasetFolder, "dependencies.csv"));
        var r = SurveyTestKit.Python("""
            import json, sys, os, openpyxl
            out = {}
            for path in sys.argv[1:]:
                wb = openpyxl.load_workbook(path)
                info = {'sheets': wb.sheetnames, 'states': [wb[s].sheet_state for s in wb.sheetnames]}
                for name in ['分野', '事業者']:
                    ws = wb[name]
                    rows = list(ws.iter_rows(values_only=True))
                    info[name] = {
                        'freeze': ws.freeze_panes, 'protected': bool(ws.protection.sheet),
                        'header': list(rows[0]), 'filled': sum(1 for r in rows[1:] if r[1] not in (None, '')),
                        'validations': sorted(dv.type for dv in ws.data_validations.dataValidation),
                        'headerLocked': ws['A1'].protection.locked,
                        'formulas': sum(1 for row in ws.iter_rows() for c in row if c.data_type == 'f'),
                    }
                ws = wb['分野']
                info['answerUnlocked'] = ws['C2'].protection.locked is False
                info['widthA'] = ws.column_dimensions['A'].width
                info['intro'] = [[c for c in r] for r in wb['説明'].iter_rows(values_only=True)]
                out[os.path.basename(path)] = info
            print(json.dumps(out, ensure_ascii=False))
            """, [.. files.Select(f => Path.Combine(tmp.Path, f))]);
        using var doc = JsonDocument.Parse(r.Stdout);
        foreach (var f in files)
        {
            var info = doc.RootElement.GetProperty(f);
            var sector = f["survey-".Length..^".xlsx".Length];
            Assert.Equal(["説明", "分野", "事業者", "一覧"], info.GetProperty("sheets").EnumerateArray().Select(e => e.GetString()!));
            Assert.Equal("hidden", info.GetProperty("states")[3].GetString());
            var sec = info.GetProperty("分野");
            Assert.Equal("A2", sec.GetProperty("freeze").GetString());
            Assert.True(sec.GetProperty("protected").GetBoolean());
            Assert.True(sec.GetProperty("headerLocked").GetBoolean());
            Assert.True(info.GetProperty("answerUnlocked").GetBoolean());
            Assert.Equal(0, sec.GetProperty("formulas").GetInt32());
            Assert.Equal("依存する分野 (dependant_sector)", sec.GetProperty("header")[0].GetString());
            Assert.Equal(matrix.Count(m => m.Dependant == sector), sec.GetProperty("filled").GetInt32());
            Assert.Contains("list", sec.GetProperty("validations").EnumerateArray().Select(e => e.GetString()));
            Assert.Contains("decimal", sec.GetProperty("validations").EnumerateArray().Select(e => e.GetString()));
            var ops = info.GetProperty("事業者");
            Assert.Equal(SurveyLayout.OperatorColumns.Select(c => c.Header(Language.Japanese)), ops.GetProperty("header").EnumerateArray().Select(e => e.GetString()!));
            Assert.True(ops.GetProperty("protected").GetBoolean());
            Assert.True(info.GetProperty("widthA").GetDouble() >= 14, "column A fits a Japanese header");
            Assert.Contains("2026-01-31", info.GetProperty("intro").ToString());
        }
        output.WriteLine($"openpyxl opened {files.Count} workbooks: 説明, 分野 (frozen, protected, drop-downs), 事業者, 一覧 (hidden)");
    }

    [Fact]
    public void Text_that_looks_like_a_formula_is_written_as_text_with_a_quote_prefix()
    {
        using var tmp = new TestPaths.TempDir();
        var path = tmp.File("t.xlsx");
        var sheet = new XlsxSheet("t");
        sheet.Add(XlsxCell.Of("=1+1"), XlsxCell.Of("+81 3"), XlsxCell.Of("-x"), XlsxCell.Of("@SUM(A1)"), XlsxCell.Of(0.5));
        XlsxWorkbook.Write(path, [sheet]);
        var r = SurveyTestKit.Python("""
            import sys, openpyxl
            ws = openpyxl.load_workbook(sys.argv[1])['t']
            print('|'.join(f"{c.data_type}:{c.value}:{c.quotePrefix}" for c in ws[1]))
            """, path);
        Assert.Equal("s:=1+1:True|s:+81 3:True|s:-x:True|s:@SUM(A1):True|n:0.5:False", r.Stdout.Trim());
    }

    [Fact]
    public void LibreOffice_converts_an_exported_workbook_or_the_test_says_it_is_not_installed()
    {
        var soffice = SurveyTestKit.Soffice();
        if (soffice is null)
        {
            output.WriteLine("LibreOffice is not installed (apt-get install -y libreoffice-calc-nogui): the conversion check did not run.");
            return;
        }
        using var tmp = new TestPaths.TempDir();
        SurveyTestKit.Export(tmp.Path, new QuestionnaireOptions(Sectors: ["sector.electricity"]));
        var book = tmp.File("survey-sector.electricity.xlsx");
        // sheet 2 (分野) to CSV, UTF-8 (76), comma, quote
        var r = ExternalTools.TryRun(soffice, ["-env:UserInstallation=file://" + tmp.File("profile"), "--headless", "--norestore",
            "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,2", "--outdir", tmp.File("lo"), book]);
        Assert.NotNull(r);
        var csv = Directory.Exists(tmp.File("lo")) ? Directory.GetFiles(tmp.File("lo"), "*.csv").SingleOrDefault() : null;
        Assert.True(csv is not null, $"LibreOffice wrote no CSV: {r!.Stdout} {r.Stderr}");
        var lines = File.ReadAllLines(csv!);
        Assert.StartsWith("依存する分野 (dependant_sector),供給元の分野 (supplier_sector),依存の強さ (strength)", lines[0]);
        Assert.StartsWith("電力,情報通信,,,,,,,,,,,情報通信 (sector.info_comm),0.25,2,0.5,仮定 (assumption)", lines[1]);
        // and the workbook LibreOffice saves back as .xlsx reads as an untouched questionnaire
        var r2 = ExternalTools.TryRun(soffice, ["-env:UserInstallation=file://" + tmp.File("profile"), "--headless", "--norestore",
            "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", tmp.File("lo2"), book]);
        var resaved = tmp.File("lo2/survey-sector.electricity.xlsx");
        Assert.True(File.Exists(resaved), $"LibreOffice wrote no xlsx: {r2?.Stdout} {r2?.Stderr}");
        var answers = SurveyAnswerReader.Read([resaved], SurveyTestKit.Sectors);
        Assert.DoesNotContain(answers.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(0, answers.Rows);
        output.WriteLine($"LibreOffice ({soffice}) converted the workbook to CSV ({lines.Length} lines) and back to .xlsx; the re-saved workbook imports with no answers and no errors.");
    }

    [Fact]
    public void Csv_questionnaires_are_utf8_with_bom_and_the_documented_header()
    {
        using var tmp = new TestPaths.TempDir();
        var files = SurveyTestKit.Export(tmp.Path, new QuestionnaireOptions(Csv: true, Sectors: ["sector.finance"]));
        Assert.Equal(["instructions.txt", "survey-sector.finance.operators.csv", "survey-sector.finance.sector.csv"], files);
        var bytes = File.ReadAllBytes(tmp.File("survey-sector.finance.sector.csv"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = System.Text.Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith(SurveyLayout.SectorCsvHeader + ",supplier_name,current_strength", text);
        Assert.Equal(19, text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length); // header + 14 sectors + 4 resources
        var answers = SurveyAnswerReader.Read([tmp.Path], SurveyTestKit.Sectors);
        Assert.False(answers.HasErrors, string.Join("\n", answers.Issues));
        Assert.Equal(0, answers.Rows);
    }

    [Fact]
    public void Existing_questionnaires_are_not_overwritten()
    {
        using var tmp = new TestPaths.TempDir();
        SurveyTestKit.Export(tmp.Path, new QuestionnaireOptions(Sectors: ["sector.gas"]));
        var before = File.ReadAllBytes(tmp.File("survey-sector.gas.xlsx"));
        var ex = Assert.Throws<ArgumentException>(() => SurveyTestKit.Export(tmp.Path, new QuestionnaireOptions(Sectors: ["sector.gas"])));
        Assert.Contains("may hold answers", ex.Message);
        Assert.Equal(before, File.ReadAllBytes(tmp.File("survey-sector.gas.xlsx")));
    }
}
