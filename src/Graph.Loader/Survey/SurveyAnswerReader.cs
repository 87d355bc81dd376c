using System.Globalization;
using System.Runtime.CompilerServices;

namespace Depgraph.Loader.Survey;

/// <summary>
/// Reads answered questionnaires — workbooks (.xlsx) and CSVs (UTF-8, UTF-8 with BOM, Shift_JIS) — and validates every
/// row: sectors must be the dataset's, numbers in range, mandatory cells filled, no formulas, no row answered twice.
/// Every problem is listed with file, sheet, row and column; nothing stops at the first.
/// </summary>
/// <remarks>
/// A row is answered when any of its answer cells is filled (sector table: strength … note; operator table: any cell);
/// rows left blank are skipped, so an untouched questionnaire yields no answers. Text cells are trimmed; sector names and
/// numbers are NFKC-normalised (full-width digits are accepted). In a CSV a cell starting with <c>=</c> is a formula and
/// refused; a leading apostrophe (written by the export before <c>= + - @</c>) is removed.
/// </remarks>
public static class SurveyAnswerReader
{
    /// <summary>Reads the files and folders in <paramref name="paths"/> (a folder: its *.xlsx and *.csv, not recursing, Excel's <c>~$</c> lock files skipped).</summary>
    /// <param name="paths">Files or folders.</param>
    /// <param name="sectors">The dataset's sectors and resources.</param>
    /// <param name="encoding">CSV encoding: <c>auto</c>, <c>utf-8</c> or <c>shift_jis</c>.</param>
    /// <param name="limits">Size limits (default <see cref="SurveyLimits.Default"/>).</param>
    public static SurveyAnswers Read(IEnumerable<string> paths, SectorDirectory sectors, string encoding = "auto", SurveyLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(sectors);
        var lim = limits ?? SurveyLimits.Default;
        var run = new Run(sectors);
        // files in order; a folder that holds none is reported where it stands
        var order = new List<(string Path, SurveyIssue? Empty)>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                var files = Directory.GetFiles(p).Where(f =>
                {
                    var n = Path.GetFileName(f);
                    return !n.StartsWith("~$", StringComparison.Ordinal) && !n.StartsWith('.')
                        && (n.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".csv", StringComparison.OrdinalIgnoreCase));
                }).Order(StringComparer.Ordinal).ToList();
                if (files.Count == 0) order.Add((p, new(p, "", 0, -1, "", SurveyIssueCodes.NoTable, "the folder holds no .xlsx or .csv file.")));
                foreach (var f in files) order.Add((f, null));
            }
            else order.Add((p, null));
        }
        // reading and parsing the files is independent: in parallel; validation runs in file order (deterministic)
        var raw = new RawFile?[order.Count];
        Parallel.For(0, order.Count, i => raw[i] = order[i].Empty is null ? ReadRaw(order[i].Path, encoding, lim) : null);
        for (int i = 0; i < order.Count; i++)
        {
            if (order[i].Empty is { } e) run.Issues.Add(e);
            else run.Process(raw[i]!);
        }
        var issues = run.Issues;
        if (issues.Count > lim.MaxIssues)
        {
            int more = issues.Count - lim.MaxIssues;
            issues = [.. issues.Take(lim.MaxIssues), new SurveyIssue("", "", 0, -1, "", IssueCodes.TooManyIssues, $"{more:N0} more problem(s) not listed; fix these and run again.")];
        }
        return new SurveyAnswers(run.Files, run.SectorAnswers, run.OperatorAnswers, issues);
    }

    private sealed record RawFile(string Path, string Encoding, List<RawTable>? Tables, List<SurveyIssue> Issues);

    private static RawFile ReadRaw(string path, string encoding, SurveyLimits limits)
    {
        var issues = new List<SurveyIssue>();
        if (!File.Exists(path))
        {
            issues.Add(new(path, "", 0, -1, "", SurveyIssueCodes.Unreadable, "no such file or folder."));
            return new RawFile(path, "", null, issues);
        }
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
            return new RawFile(path, "xlsx", XlsxTableReader.Read(path, path, limits, issues), issues);
        if (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var t = CsvTableReader.Read(path, path, encoding, limits, issues, out var used);
            return new RawFile(path, used, t is null ? null : [t], issues);
        }
        issues.Add(new(path, "", 0, -1, "", SurveyIssueCodes.Unreadable, "not an .xlsx or .csv file; save the answers as Excel Workbook (.xlsx) or CSV."));
        return new RawFile(path, "", null, issues);
    }

    private sealed class Run(SectorDirectory dir)
    {
        public List<SurveyIssue> Issues { get; } = [];
        public List<SurveyFile> Files { get; } = [];
        public List<SectorAnswer> SectorAnswers { get; } = [];
        public List<OperatorAnswer> OperatorAnswers { get; } = [];
        private readonly Dictionary<(string, string), SurveySource> _sectorSeen = [];
        private readonly Dictionary<(string, string, string), SurveySource> _operatorSeen = [];
        private readonly HashSet<string> _fileNames = new(StringComparer.Ordinal);

        public void Process(RawFile f)
        {
            var display = f.Path;
            Issues.AddRange(f.Issues);
            if (f.Tables is null) return;
            if (!_fileNames.Add(Path.GetFileName(f.Path)))
                Issues.Add(new(display, "", 0, -1, "", SurveyIssueCodes.DuplicateRow, $"another file named {Path.GetFileName(f.Path)} was given; the survey references name files, so rename one."));
            int s0 = SectorAnswers.Count, o0 = OperatorAnswers.Count;
            bool csv = f.Encoding != "xlsx";
            int found = 0;
            foreach (var t in f.Tables) found += ReadTable(t, isCsv: csv) ? 1 : 0;
            if (found == 0 && csv)
                Issues.Add(new(display, "", 1, -1, "", SurveyIssueCodes.BadHeader, $"the first row must be the header '{SurveyLayout.SectorCsvHeader}' (sector answers) or '{SurveyLayout.OperatorCsvHeader}' (operator answers); Japanese headers are accepted too."));
            else if (found == 0)
                Issues.Add(new(display, "", 0, -1, "", SurveyIssueCodes.NoTable, $"no sheet has the questionnaire's header ({SurveyLayout.SectorCsvHeader} or {SurveyLayout.OperatorCsvHeader}); is this a depgraph questionnaire?"));
            Files.Add(new SurveyFile(f.Path, f.Encoding, SectorAnswers.Count - s0, OperatorAnswers.Count - o0));
        }

        /// <summary>Reads one table; false when its first row is not a questionnaire header.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private bool ReadTable(RawTable t, bool isCsv)
        {
            if (t.Rows.Count == 0) return false;
            var header = t.Rows[0];
            var sectorMap = MapHeader(header, SurveyLayout.SectorColumns.Concat(SurveyLayout.SectorInfoColumns));
            var operatorMap = MapHeader(header, SurveyLayout.OperatorColumns);
            bool isSector = sectorMap.ContainsValue("dependant_sector");
            bool isOperator = !isSector && operatorMap.ContainsValue("operator");
            if (!isSector && !isOperator) return false;
            var sheet = isCsv ? (isSector ? SurveyLayout.SectorSheet : SurveyLayout.OperatorSheet) : t.Sheet;
            var map = isSector ? sectorMap : operatorMap;
            var layout = isSector ? SurveyLayout.SectorColumns : SurveyLayout.OperatorColumns;
            bool ok = true;
            foreach (var c in layout.Where(c => c.Mandatory && !map.ContainsValue(c.Key)))
            {
                Issues.Add(new(t.File, sheet, header.Number, -1, c.Key, SurveyIssueCodes.BadHeader, $"the header has no column '{c.Key}' ({c.Ja}); it is mandatory."));
                ok = false;
            }
            for (int i = 0; i < header.Cells.Length; i++)
            {
                var h = header.Cells[i];
                if (h.IsBlank || map.ContainsKey(i)) continue;
                Issues.Add(new(t.File, sheet, header.Number, i, "", SurveyIssueCodes.BadHeader, $"unknown column '{h.Text}' is ignored.", IssueSeverity.Warning));
            }
            foreach (var dup in map.GroupBy(kv => kv.Value).Where(g => g.Count() > 1))
            {
                Issues.Add(new(t.File, sheet, header.Number, dup.Skip(1).First().Key, dup.Key, SurveyIssueCodes.BadHeader, $"column '{dup.Key}' appears twice; keep one."));
                ok = false;
            }
            if (!ok) return true;
            var cols = map.GroupBy(kv => kv.Value).ToDictionary(g => g.Key, g => g.First().Key, StringComparer.Ordinal);
            var file = Path.GetFileName(t.File);
            foreach (var row in t.Rows.Skip(1))
            {
                var cx = new RowContext(this, t.File, sheet, row, cols, isCsv);
                if (isSector) SectorRow(cx, file);
                else OperatorRow(cx, file);
            }
            return true;
        }

        private static Dictionary<int, string> MapHeader(RawRow header, IEnumerable<SurveyColumn> columns)
        {
            var list = columns.ToList();
            var map = new Dictionary<int, string>();
            for (int i = 0; i < header.Cells.Length; i++)
                if (!header.Cells[i].IsBlank && SurveyLayout.Match(header.Cells[i].Text, list) is { } c) map[i] = c.Key;
            return map;
        }

        private void SectorRow(RowContext cx, string file)
        {
            // formulas anywhere in the known columns are refused
            if (!cx.CheckFormulas()) return;
            string[] answerKeys = ["strength", "strength_low", "strength_high", "hours_to_impact", "respondent", "date", "note", "probability", "probability_low", "probability_high"];
            if (answerKeys.All(cx.IsBlank)) return;
            var dependant = cx.Sector("dependant_sector", mandatory: true);
            var supplier = cx.Sector("supplier_sector", mandatory: true);
            if (dependant is not null && dependant == supplier)
            {
                cx.Error("supplier_sector", SurveyIssueCodes.SelfLoop, $"'{cx.Text("supplier_sector")}' is the dependant sector itself; a sector does not depend on itself here.");
                supplier = null;
            }
            var strength = cx.Number("strength", 0, 1, mandatory: true);
            var low = cx.Number("strength_low", 0, 1, mandatory: false);
            var high = cx.Number("strength_high", 0, 1, mandatory: false);
            var hours = cx.Number("hours_to_impact", 0, 8_760, mandatory: false);
            var date = cx.Date("date");
            var probability = cx.Number("probability", 0, 1, mandatory: false);
            var pLow = cx.Number("probability_low", 0, 1, mandatory: false);
            var pHigh = cx.Number("probability_high", 0, 1, mandatory: false);
            if (probability is { } p)
            {
                if (pLow is { } l && l > p) cx.Error("probability_low", SurveyIssueCodes.OutOfRange, $"probability_low {SurveyText.Number(l)} is above probability {SurveyText.Number(p)}; the range must hold the answer (low ≤ probability ≤ high).");
                else if (pHigh is { } h && h < p) cx.Error("probability_high", SurveyIssueCodes.OutOfRange, $"probability_high {SurveyText.Number(h)} is below probability {SurveyText.Number(p)}; the range must hold the answer (low ≤ probability ≤ high).");
            }
            else if (!cx.IsBlank("probability_low") || !cx.IsBlank("probability_high"))
                cx.Error("probability", SurveyIssueCodes.BlankMandatory, "probability is blank but its range is given; type the probability too (low ≤ probability ≤ high).");
            if (strength is { } s)
            {
                if (low is { } l && l > s) { cx.Error("strength_low", SurveyIssueCodes.OutOfRange, $"strength_low {SurveyText.Number(l)} is above strength {SurveyText.Number(s)}; the range must hold the answer (low ≤ strength ≤ high)."); low = null; strength = null; }
                else if (high is { } h && h < s) { cx.Error("strength_high", SurveyIssueCodes.OutOfRange, $"strength_high {SurveyText.Number(h)} is below strength {SurveyText.Number(s)}; the range must hold the answer (low ≤ strength ≤ high)."); strength = null; }
            }
            if (cx.Failed || dependant is null || supplier is null || strength is null) return;
            var source = new SurveySource(file, cx.Sheet, cx.Row.Number.ToString(CultureInfo.InvariantCulture));
            if (_sectorSeen.TryGetValue((dependant, supplier), out var first))
            {
                cx.Error("supplier_sector", SurveyIssueCodes.DuplicateRow, $"{dependant} → {supplier} is already answered in {first.File}, sheet {first.Sheet}, row {first.Rows}; keep one row.");
                return;
            }
            _sectorSeen[(dependant, supplier)] = source;
            SectorAnswers.Add(new SectorAnswer(dependant, supplier, strength.Value, low, high, hours, cx.Text("respondent"), date ?? "", cx.Text("note"), source)
            { Probability = probability, ProbabilityLow = pLow, ProbabilityHigh = pHigh });
        }

        private void OperatorRow(RowContext cx, string file)
        {
            if (!cx.CheckFormulas()) return;
            if (SurveyLayout.OperatorColumns.All(c => cx.IsBlank(c.Key))) return;
            var name = cx.Text("operator");
            if (name.Length == 0) cx.Error("operator", SurveyIssueCodes.BlankMandatory, "the operator's name is blank; every answered row names its operator.");
            var sector = cx.Sector("operator_sector", mandatory: true);
            var supplier = cx.Sector("supplier_sector", mandatory: true);
            if (sector is not null && sector == supplier)
            {
                cx.Error("supplier_sector", SurveyIssueCodes.SelfLoop, $"'{cx.Text("supplier_sector")}' is the operator's own sector; name the sector it depends on.");
                supplier = null;
            }
            var strength = cx.Number("strength", 0, 1, mandatory: true);
            var hours = cx.Number("hours_to_impact", 0, 8_760, mandatory: false);
            var substitute = cx.YesNo("substitute");
            var date = cx.Date("date");
            if (cx.Failed || sector is null || supplier is null || strength is null || name.Length == 0) return;
            var source = new SurveySource(file, cx.Sheet, cx.Row.Number.ToString(CultureInfo.InvariantCulture));
            var key = (sector, SurveyText.Normalize(name), supplier);
            if (_operatorSeen.TryGetValue(key, out var first))
            {
                cx.Error("supplier_sector", SurveyIssueCodes.DuplicateRow, $"{name} ({sector}) → {supplier} is already answered in {first.File}, sheet {first.Sheet}, row {first.Rows}; keep one row.");
                return;
            }
            _operatorSeen[key] = source;
            OperatorAnswers.Add(new OperatorAnswer(name, sector, supplier, strength.Value, hours, substitute, date ?? "", cx.Text("note"), source));
        }

        private sealed class RowContext(Run run, string file, string sheet, RawRow row, Dictionary<string, int> cols, bool isCsv)
        {
            public RawRow Row => row;
            public string Sheet => sheet;
            public bool Failed { get; private set; }

            private RawCell Cell(string key) => cols.TryGetValue(key, out var i) ? row[i] : RawCell.Empty;

            public bool IsBlank(string key) => Cell(key).IsBlank;

            public void Error(string key, string code, string message)
            {
                Failed = true;
                run.Issues.Add(new SurveyIssue(file, sheet, row.Number, cols.TryGetValue(key, out var i) ? i : -1, key, code, message));
            }

            /// <summary>The cell's text, trimmed; the export's apostrophe before = + - @ removed in a CSV.</summary>
            public string Text(string key)
            {
                var t = Cell(key).Text.Trim();
                if (isCsv && t.Length > 1 && t[0] == '\'' && SurveyText.LooksLikeFormula(t[1..])) t = t[1..];
                return t;
            }

            public bool CheckFormulas()
            {
                bool ok = true;
                foreach (var (key, i) in cols)
                {
                    var c = row[i];
                    if (c.IsFormula)
                    {
                        Error(key, SurveyIssueCodes.FormulaRefused, "the cell holds a formula; type the value itself (copy, then Paste Values).");
                        ok = false;
                    }
                    else if (isCsv && c.Text.TrimStart().StartsWith('='))
                    {
                        Error(key, SurveyIssueCodes.FormulaRefused, $"'{Show(c.Text)}' is a formula; type the value itself.");
                        ok = false;
                    }
                    else if (c.IsError)
                    {
                        Error(key, SurveyIssueCodes.BadValue, $"the cell holds the error value {c.Text}; type a value.");
                        ok = false;
                    }
                }
                return ok;
            }

            public string? Sector(string key, bool mandatory)
            {
                var t = Text(key);
                if (t.Length == 0)
                {
                    if (mandatory) Error(key, SurveyIssueCodes.BlankMandatory, $"{key} is blank; pick a sector from the list.");
                    return null;
                }
                var id = run._dir.Resolve(t);
                if (id is null) Error(key, SurveyIssueCodes.UnknownSector, $"'{Show(t)}' is not a sector or shared resource of the dataset; use a name from the list (e.g. 電力, 情報通信) or an id (sector.electricity).");
                return id;
            }

            public double? Number(string key, double min, double max, bool mandatory)
            {
                var c = Cell(key);
                if (c.IsBlank)
                {
                    if (mandatory) Error(key, SurveyIssueCodes.BlankMandatory, $"{key} is blank; an answered row needs it ({min}–{max}).");
                    return null;
                }
                double v;
                if (c.Number is { } n) v = n;
                else if (!SurveyText.TryNumber(Text(key), out v))
                {
                    Error(key, SurveyIssueCodes.BadValue, $"'{Show(c.Text)}' is not a number; type a number such as 0.3.");
                    return null;
                }
                if (v < min || v > max)
                {
                    Error(key, SurveyIssueCodes.OutOfRange, $"{SurveyText.Number(v)} is outside [{SurveyText.Number(min)}, {SurveyText.Number(max)}].");
                    return null;
                }
                return v;
            }

            public bool? YesNo(string key)
            {
                var t = SurveyText.Normalize(Text(key)).ToLowerInvariant();
                if (t.Length == 0) return null;
                if (SurveyLayout.Yes.Contains(t)) return true;
                if (SurveyLayout.No.Contains(t)) return false;
                Error(key, SurveyIssueCodes.BadValue, $"'{Show(t)}' is not yes/no; use あり or なし.");
                return null;
            }

            private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyy年M月d日", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm:ss"];

            public string? Date(string key)
            {
                var c = Cell(key);
                if (c.IsBlank) return null;
                if (c.Number is { } n)
                {
                    if (n is >= 1 and < 2_958_466) return DateTime.FromOADate(n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    Error(key, SurveyIssueCodes.BadValue, $"{SurveyText.Number(n)} is not a date; type YYYY-MM-DD.");
                    return null;
                }
                var t = SurveyText.Normalize(Text(key));
                if (DateTime.TryParseExact(t, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    return d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                Error(key, SurveyIssueCodes.BadValue, $"'{Show(t)}' is not a date; type YYYY-MM-DD (e.g. 2026-01-15).");
                return null;
            }

            private static string Show(string s) => s.Length > 40 ? s[..40] + "…" : s;
        }

        private readonly SectorDirectory _dir = dir;
    }
}
