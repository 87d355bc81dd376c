using System.Globalization;
using System.Text;
using Depgraph.Core.IO;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Survey;

/// <summary>
/// Writes the 相互依存性調査 questionnaires: one workbook (or a pair of CSVs) per dependant sector, with an instructions
/// sheet, the sector table pre-filled with what the graph holds for that sector as dependant (the current values in grey,
/// read-only columns, the answer cells in yellow and blank), an operator table, drop-downs for sectors and scales,
/// frozen and protected headers and column widths that fit Japanese text.
/// </summary>
/// <remarks>
/// The answer cells are left blank on purpose: an unanswered questionnaire imports as "no answer" and changes nothing,
/// so an assumed value never becomes a survey value by default. All files are written into a temporary folder and moved
/// into the output folder when every one is complete; existing files of the same name are refused unless
/// <see cref="QuestionnaireOptions.Overwrite"/> (they may hold answers).
/// </remarks>
public static class QuestionnaireExporter
{
    /// <summary>The file name of a sector's workbook: <c>survey-&lt;id&gt;.xlsx</c>.</summary>
    public static string WorkbookName(string sectorId) => $"survey-{sectorId}.xlsx";

    /// <summary>The file names of a sector's CSV pair.</summary>
    public static (string Sector, string Operators) CsvNames(string sectorId) => ($"survey-{sectorId}.sector.csv", $"survey-{sectorId}.operators.csv");

    /// <summary>Writes the questionnaires of <paramref name="dataset"/> (loaded from <paramref name="datasetFolder"/>) into <paramref name="outDir"/>.</summary>
    /// <returns>The file names written, in ordinal order.</returns>
    /// <exception cref="ArgumentException">An unknown sector id, or an existing file would be replaced.</exception>
    public static IReadOnlyList<string> Export(GraphDataset dataset, string datasetFolder, string outDir, QuestionnaireOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrEmpty(outDir);
        var o = options ?? new QuestionnaireOptions();
        var dir = new SectorDirectory(dataset);
        var matrix = DependencyTable.Read(Path.Combine(datasetFolder, DatasetLoader.DependenciesFile));
        var sectors = (o.Sectors is { Count: > 0 } ids ? ids : [.. dir.Sectors.Select(n => n.Id)]).ToList();
        foreach (var s in sectors)
        {
            if (dir.Node(s) is not { Kind: NodeKind.Sector })
                throw new ArgumentException($"'{s}' is not a sector of the dataset; sectors: {string.Join(", ", dir.Sectors.Select(n => n.Id))}.");
        }
        var names = sectors.SelectMany(s => o.Csv ? new[] { CsvNames(s).Sector, CsvNames(s).Operators } : [WorkbookName(s)]).ToList();
        if (o.Csv) names.Add(InstructionsFile);
        if (!o.Overwrite)
        {
            var existing = names.Where(n => File.Exists(Path.Combine(outDir, n))).ToList();
            if (existing.Count > 0)
                throw new ArgumentException($"{outDir} already holds {string.Join(", ", existing.Take(3))}{(existing.Count > 3 ? $" and {existing.Count - 3} more" : "")}; they may hold answers. Choose another --out folder (or --overwrite).");
        }
        return AtomicFile.WriteFiles(outDir, tmp =>
        {
            foreach (var s in sectors)
            {
                var content = Build(dataset, dir, matrix, s, o);
                if (o.Csv)
                {
                    var (sectorFile, operatorFile) = CsvNames(s);
                    WriteCsv(Path.Combine(tmp, sectorFile), content.Sector, [.. SurveyLayout.SectorColumns.Concat(SurveyLayout.SectorInfoColumns).Select(c => c.Key)]);
                    WriteCsv(Path.Combine(tmp, operatorFile), content.Operators, [.. SurveyLayout.OperatorColumns.Select(c => c.Key)]);
                }
                else
                {
                    using var fs = new FileStream(Path.Combine(tmp, WorkbookName(s)), FileMode.CreateNew);
                    XlsxWorkbook.Write(fs, content.Sheets); // buffers the package in memory itself
                }
            }
            if (o.Csv)
            {
                File.WriteAllText(Path.Combine(tmp, InstructionsFile),
                    string.Join("\n", Instructions(o.Language, "", o).Select(l => l.Item1 + (l.Item2.Length > 0 ? ": " + l.Item2 : ""))) + "\n",
                    new UTF8Encoding(true));
            }
        });
    }

    /// <summary>The instructions file written beside the CSV questionnaires.</summary>
    public const string InstructionsFile = "instructions.txt";

    private sealed record Content(List<XlsxSheet> Sheets, XlsxSheet Sector, XlsxSheet Operators);

    private static Content Build(GraphDataset ds, SectorDirectory dir, List<DependencyRow> matrix, string sectorId, QuestionnaireOptions o)
    {
        var lang = o.Language;
        var sector = dir.Node(sectorId)!;
        string Show(string id) => dir.Display(id, lang);

        // lists (hidden): sector names and ids, scales
        var lists = new XlsxSheet(SurveyLayout.ListsSheet) { Hidden = true };
        lists.Add(XlsxCell.Of(lang.Pick("分野・共通資源", "Sectors and shared resources"), XlsxStyle.Header), XlsxCell.Of("id", XlsxStyle.Header),
            XlsxCell.Of(lang.Pick("代替手段", "Substitute"), XlsxStyle.Header), XlsxCell.Of("depgraph survey v1", XlsxStyle.Note), XlsxCell.Of(sectorId));
        var all = dir.All.ToList();
        string[] yesNo = lang.Pick<string[]>(["あり", "なし"], ["yes", "no"]);
        for (int i = 0; i < all.Count; i++)
            lists.Add(XlsxCell.Of(Show(all[i].Id)), XlsxCell.Of(all[i].Id), XlsxCell.Of(i < yesNo.Length ? yesNo[i] : ""));
        string sectorList = $"'{SurveyLayout.ListsSheet}'!$A$2:$A${all.Count + 1}";
        string yesNoList = $"'{SurveyLayout.ListsSheet}'!$C$2:$C$3";

        // instructions
        var intro = new XlsxSheet(SurveyLayout.InstructionsSheet);
        intro.Widths.AddRange([28, 100]);
        intro.Add(XlsxCell.Of(lang.Pick($"相互依存性調査 調査票 — {sector.Name(Language.Japanese)}", $"Interdependency survey — {sector.Name(Language.English)}"), XlsxStyle.Title));
        intro.Add();
        foreach (var (k, v) in Instructions(lang, sector.Name(lang), o))
            intro.Add(XlsxCell.Of(k, k.Length > 0 ? XlsxStyle.Header : XlsxStyle.Plain), XlsxCell.Of(v, k is "回答期限" or "問合せ先" or "Deadline" or "Contact" ? XlsxStyle.AnswerText : XlsxStyle.Wrap));

        // sector table
        var sec = new XlsxSheet(SurveyLayout.SectorSheet) { FrozenRows = 1, Protect = true, AutoFilter = false };
        var cols = SurveyLayout.SectorColumns.Concat(SurveyLayout.SectorInfoColumns).ToList();
        sec.Add([.. cols.Select(c => XlsxCell.Of(c.Header(lang), XlsxStyle.Header))]);
        foreach (var c in cols)
        {
            sec.ColumnStyles.Add(c.IsAnswer ? (c.Key is "respondent" or "date" or "note" ? XlsxStyle.AnswerText : XlsxStyle.AnswerNumber) : null);
            sec.Widths.Add(c.Key switch { "current_reason" => 60, "note" => 30, _ => null });
        }
        var rows = matrix.Where(r => r.Dependant == sectorId).ToList();
        foreach (var r in rows)
        {
            var cells = new List<XlsxCell> { XlsxCell.Of(Show(r.Dependant), XlsxStyle.Info), XlsxCell.Of(Show(r.Supplier), XlsxStyle.Info) };
            foreach (var c in SurveyLayout.SectorColumns.Skip(2))
                cells.Add(XlsxCell.Of("", c.Key is "respondent" or "date" or "note" ? XlsxStyle.AnswerText : XlsxStyle.AnswerNumber));
            var supplier = dir.Node(r.Supplier);
            cells.Add(XlsxCell.Of(supplier is null ? r.Supplier : $"{supplier.Name(lang)} ({r.Supplier})", XlsxStyle.Info));
            cells.Add(double.TryParse(r.Strength, NumberStyles.Float, CultureInfo.InvariantCulture, out var st) ? XlsxCell.Of(st, XlsxStyle.InfoNumber) : XlsxCell.Of(r.Strength, XlsxStyle.Info));
            cells.Add(r.HoursValue is { } h ? XlsxCell.Of(h, XlsxStyle.InfoNumber) : XlsxCell.Of(r.Hours, XlsxStyle.Info));
            cells.Add(double.TryParse(r.Probability, NumberStyles.Float, CultureInfo.InvariantCulture, out var pr) ? XlsxCell.Of(pr, XlsxStyle.InfoNumber) : XlsxCell.Of(r.Probability, XlsxStyle.Info));
            cells.Add(XlsxCell.Of(BasisLabel(r.Basis, lang), XlsxStyle.Info));
            cells.Add(XlsxCell.Of(r.Reason, XlsxStyle.Info));
            sec.Add([.. cells]);
        }
        int firstBlank = sec.Rows.Count + 1;
        for (int i = 0; i < o.BlankSectorRows; i++)
        {
            var cells = new List<XlsxCell> { XlsxCell.Of(Show(sectorId), XlsxStyle.Info), XlsxCell.Of("", XlsxStyle.AnswerText) };
            foreach (var c in SurveyLayout.SectorColumns.Skip(2))
                cells.Add(XlsxCell.Of("", c.Key is "respondent" or "date" or "note" ? XlsxStyle.AnswerText : XlsxStyle.AnswerNumber));
            foreach (var _ in SurveyLayout.SectorInfoColumns) cells.Add(XlsxCell.Of("", XlsxStyle.Info));
            sec.Add([.. cells]);
        }
        int last = sec.Rows.Count;
        string C(string key) => SurveyText.ColumnLetters(cols.FindIndex(c => c.Key == key));
        if (o.BlankSectorRows > 0)
            sec.Validations.Add(new($"{C("supplier_sector")}{firstBlank}:{C("supplier_sector")}{last}", sectorList, 0, null,
                lang.Pick("一覧から供給元の分野・共通資源を選んでください。", "Pick the supplier from the list."), lang.Pick("一覧にある分野・共通資源を選んでください。", "Pick a sector or resource from the list.")));
        string strengthPrompt = lang.Pick("0〜1: 0=影響なし 0.1=軽微 0.3=中程度 0.6=重大 1=全面停止", "0-1: 0 none, 0.1 minor, 0.3 moderate, 0.6 severe, 1 total");
        string strengthError = lang.Pick("0以上1以下の数値を入力してください。", "Enter a number from 0 to 1.");
        sec.Validations.Add(new($"{C("strength")}2:{C("strength_high")}{last}", null, 0, 1, strengthPrompt, strengthError));
        sec.Validations.Add(new($"{C("probability")}2:{C("probability_high")}{last}", null, 0, 1,
            lang.Pick("0〜1: 供給元が止まったとき、その影響が実際に貴分野に及ぶ確率(任意)", "0-1: the chance that the supplier's outage reaches your sector (optional)"), strengthError));
        sec.Validations.Add(new($"{C("hours_to_impact")}2:{C("hours_to_impact")}{last}", null, 0, null,
            lang.Pick("供給が止まってから業務に影響が出るまでの時間(時間、0以上)", "Hours from the supplier's outage to an impact (0 or more)"), lang.Pick("0以上の数値(時間)を入力してください。", "Enter hours (0 or more).")));

        // operator table
        var ops = new XlsxSheet(SurveyLayout.OperatorSheet) { FrozenRows = 1, Protect = true };
        ops.Add([.. SurveyLayout.OperatorColumns.Select(c => XlsxCell.Of(c.Header(lang), XlsxStyle.Header))]);
        foreach (var c in SurveyLayout.OperatorColumns)
        {
            ops.ColumnStyles.Add(c.Key is "strength" or "hours_to_impact" ? XlsxStyle.AnswerNumber : XlsxStyle.AnswerText);
            ops.Widths.Add(c.Key switch { "operator" => 30, "note" => 30, "operator_sector" or "supplier_sector" => 22, _ => null });
        }
        int opLast = o.OperatorRows + 1;
        string O(string key) => SurveyText.ColumnLetters(SurveyLayout.OperatorColumns.ToList().FindIndex(c => c.Key == key));
        ops.Validations.Add(new($"{O("operator_sector")}2:{O("supplier_sector")}{opLast}", sectorList, 0, null,
            lang.Pick("一覧から分野・共通資源を選んでください。", "Pick from the list."), lang.Pick("一覧にある分野・共通資源を選んでください。", "Pick a sector or resource from the list.")));
        ops.Validations.Add(new($"{O("strength")}2:{O("strength")}{opLast}", null, 0, 1, strengthPrompt, strengthError));
        ops.Validations.Add(new($"{O("hours_to_impact")}2:{O("hours_to_impact")}{opLast}", null, 0, null,
            lang.Pick("影響が出るまでの時間(時間、0以上)", "Hours to impact (0 or more)"), lang.Pick("0以上の数値(時間)を入力してください。", "Enter hours (0 or more).")));
        ops.Validations.Add(new($"{O("substitute")}2:{O("substitute")}{opLast}", yesNoList, 0, null,
            lang.Pick("代替手段(予備回線、非常用発電など)の有無", "Is a substitute available?"), lang.Pick("「あり」か「なし」を選んでください。", "Pick yes or no.")));

        return new Content([intro, sec, ops, lists], sec, ops);
    }

    /// <summary>The label of a dependencies.csv basis in a questionnaire.</summary>
    public static string BasisLabel(string basis, Language lang) => (basis, lang == Language.English) switch
    {
        ("assumption", false) => "仮定 (assumption)",
        ("survey", false) => "調査 (survey)",
        ("evidence", false) => "文書 (evidence)",
        (var b, _) => b,
    };

    private static IEnumerable<(string, string)> Instructions(Language lang, string sectorName, QuestionnaireOptions o)
    {
        if (lang == Language.English)
        {
            yield return ("What is asked", $"How much the {sectorName} sector depends on the services of other sectors and shared resources (power, telecommunications, water, fuel, cloud …).");
            yield return ("Sheet 分野 (sector)", "One row per supplier. Fill the yellow cells. Grey cells show the current model value (mostly assumptions) for reference; they are not answers.");
            yield return ("strength", "0 to 1: the share of your operations that stops when the supplier stops. 0 none, 0.1 minor, 0.3 moderate, 0.6 severe, 1 total.");
            yield return ("strength_low / strength_high", "Optional: the range you are confident of (low ≤ strength ≤ high).");
            yield return ("probability", "Optional, 0 to 1: the chance that an outage of the supplier actually reaches your operations (probability_low / probability_high: its range). Left blank, the model keeps its current value, which stays marked as an assumption.");
            yield return ("hours_to_impact", "Hours from the supplier's outage to an impact on your operations (0 or more), e.g. 3 if backup generation lasts 3 hours.");
            yield return ("date", "YYYY-MM-DD, e.g. 2026-01-15.");
            yield return ("Sheet 事業者 (operators)", "Optional answers per operator: one row per operator and supplier. substitute: yes or no.");
            yield return ("Values only", "Type values, not formulas: cells with formulas are refused. Leave rows you do not answer blank; to confirm a current value, type it in the yellow cell.");
            yield return ("Deadline", o.Deadline ?? "");
            yield return ("Contact", o.Contact ?? "");
            yield break;
        }
        yield return ("調査の内容", $"{sectorName}分野の業務が、他の分野や共通資源(電力、情報通信、水道、燃料、クラウドサービスなど)のサービスにどの程度依存しているかを伺います。");
        yield return ("「分野」シート", "供給元ごとに1行です。黄色のセルに回答してください。灰色のセルは現在のモデルの値(多くは仮定)で、参考のために示しています。回答ではありません。");
        yield return ("依存の強さ", "0〜1の数値。その供給元が止まったとき、貴分野の業務のうち止まる割合の目安です。0=影響なし、0.1=軽微、0.3=中程度、0.6=重大、1=全面停止。");
        yield return ("強さの下限・上限", "任意。回答の幅(確からしい範囲)を、下限 ≦ 依存の強さ ≦ 上限 となるように入力してください。");
        yield return ("波及する確率", "任意。0〜1の数値。その供給元が止まったとき、影響が実際に貴分野の業務に及ぶ確率です(確率の下限・上限にはその幅)。空欄の場合は現在のモデルの値を使い、その値は引き続き仮定として扱います。");
        yield return ("影響が出るまでの時間", "供給が止まってから業務に影響が出るまでの時間(時間単位、0以上)。例: 非常用発電で3時間もつ場合は 3。");
        yield return ("回答日", "YYYY-MM-DD の形式で入力してください(例 2026-01-15)。");
        yield return ("「事業者」シート", "任意。事業者ごとの回答です。1事業者・1供給元につき1行。代替手段の有無は「あり」「なし」から選んでください。");
        yield return ("値のみ入力", "数式ではなく値を入力してください(数式のあるセルは受け付けません)。回答しない行は空欄のままにしてください。現在の値を確認する場合も、黄色のセルに値を入力してください。");
        yield return ("回答期限", o.Deadline ?? "");
        yield return ("問合せ先", o.Contact ?? "");
    }

    private static void WriteCsv(string path, XlsxSheet sheet, string[] header)
    {
        using var w = new StreamWriter(path, false, new UTF8Encoding(true)) { NewLine = "\n" };
        w.Write(string.Join(",", header));
        w.Write('\n');
        foreach (var row in sheet.Rows.Skip(1))
        {
            // the workbook's blank rows (for new suppliers) are not needed in CSV
            if (row.Skip(2).All(c => c.Number is null && string.IsNullOrEmpty(c.Text))) continue;
            w.Write(string.Join(",", row.Select(c => CsvField(c.Number is { } n ? SurveyText.Number(n) : c.Text ?? ""))));
            w.Write('\n');
        }
    }

    /// <summary>An RFC 4180 field; text that a spreadsheet would read as a formula is prefixed with an apostrophe.</summary>
    internal static string CsvField(string s)
    {
        if (SurveyText.LooksLikeFormula(s)) s = "'" + s;
        return s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
