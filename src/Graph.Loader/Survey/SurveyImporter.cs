using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Depgraph.Core.Model;
using Depgraph.Loader.Ranges;

namespace Depgraph.Loader.Survey;

/// <summary>
/// Merges survey answers into a dataset's dependency matrix and writes the result as a new dataset folder.
/// </summary>
/// <remarks>
/// <para>A sector answer sets strength (and hours, when given) of its cell; operator answers are aggregated per sector and
/// supplier (respondents, share affected, median and range of strength and hours) and set the cell when no sector answer
/// does; the range (the answer's own, else the operators' minimum and maximum) is kept in <c>survey/ranges.csv</c> for the
/// uncertainty analysis. Every answered cell gets <c>basis=survey</c> and its reference
/// <c>survey:&lt;sector&gt;:&lt;file&gt;:&lt;sheet&gt;:&lt;row&gt;</c> as reason. The transmission probability is asked but
/// optional: an answered probability (with its range) rests on the survey; left blank, the row keeps its previous
/// probability <em>and that probability's basis</em>, written in the <c>probability_basis</c> column (likewise unanswered
/// hours in <c>time_to_impact_hours_basis</c>), so an independent cascade that reads the still-assumed probability stays
/// labelled 仮定 (<see cref="Core.Model.Edge.ParameterBases"/>). A new dependency gets the dataset's
/// <c>dependency_defaults</c> (assumed), a removed one probability 0. When a column is added, unanswered rows keep their
/// line byte for byte with an empty cell appended.</para>
/// <para>The new folder is a copy of the dataset folder with the new <c>dependencies.csv</c> and a <c>survey/</c> folder
/// (<c>import.json</c>, <c>answers.csv</c>, <c>operators.csv</c>, <c>ranges.csv</c>); it is filled under a temporary name
/// beside the target and renamed when complete. An existing non-empty folder is never replaced.</para>
/// </remarks>
public static class SurveyImporter
{
    /// <summary>The folder inside the new dataset that keeps the answers and the change summary.</summary>
    public const string SurveyFolder = "survey";

    /// <summary>Merges <paramref name="answers"/> into the matrix of the dataset folder <paramref name="datasetFolder"/>.</summary>
    public static SurveyImportResult Merge(GraphDataset dataset, string datasetFolder, SurveyAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(answers);
        var matrix = DependencyTable.Read(Path.Combine(datasetFolder, DatasetLoader.DependenciesFile), out var extraHeader);
        var aggregates = Aggregate(answers.Operators);
        if (answers.HasErrors) return new SurveyImportResult(answers, matrix, [], aggregates, []) { ExtraHeader = extraHeader };
        var sectorBy = answers.Sectors.ToDictionary(a => (a.Dependant, a.Supplier));
        var aggBy = aggregates.ToDictionary(a => (a.Sector, a.Supplier));
        var keys = new List<(string, string)>();
        var index = new Dictionary<(string, string), int>();
        for (int i = 0; i < matrix.Count; i++) index.TryAdd((matrix[i].Dependant, matrix[i].Supplier), i);
        foreach (var k in sectorBy.Keys.Concat(aggBy.Keys)) if (!keys.Contains(k)) keys.Add(k);
        keys.Sort((a, b) => Order(a).CompareTo(Order(b)));
        int Order((string, string) k) => index.TryGetValue(k, out var i) ? i : int.MaxValue;

        var rows = new List<DependencyRow>(matrix);
        var changes = new List<DependencyChange>();
        var header = new List<string>(extraHeader);
        foreach (var key in keys)
        {
            sectorBy.TryGetValue(key, out var s);
            aggBy.TryGetValue(key, out var a);
            var old = index.TryGetValue(key, out var at) ? matrix[at] : null;
            double strength = s?.Strength ?? a!.Median;
            double? low = s?.Low ?? a?.Min, high = s?.High ?? a?.Max;
            if (s is not null && s.Low is null && s.High is null && a is null) { low = null; high = null; }
            double? answeredHours = s?.Hours ?? a?.HoursMedian;
            double? hours = answeredHours ?? old?.HoursValue;
            var reference = s?.Reference ?? a!.Source.Reference(key.Item1);
            // The probability: the answer's when given; 0 for a removed dependency; else the previous one, which keeps its
            // previous basis (an assumed probability stays assumed: the survey answered the strength, not the probability).
            bool keepProbability = s?.Probability is null && strength != 0 && old is not null
                && double.TryParse(old.Probability, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p > 0;
            string probability = s?.Probability is { } ap ? SurveyText.Number(ap) : strength == 0 ? "0" : keepProbability ? old!.Probability : "";
            bool keepHours = answeredHours is null && old?.HoursValue is not null;
            string probabilityBasis = keepProbability ? KeptBasis(old!, ParameterBasisColumns.Probability, old!.Probability) : "";
            string hoursBasis = keepHours ? KeptBasis(old!, ParameterBasisColumns.Hours, old!.Hours) : "";
            // A surveyed value keeps no assumed range: only the survey's own ranges go to the range columns; a kept
            // (still assumed) probability or hours keeps its range.
            var extraCells = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var col in header) extraCells[col] = "";
            bool surveyRange = false;
            if (low is { } lo && high is { } hi && lo < hi && Ensure("strength_low", "strength_high"))
            {
                extraCells["strength_low"] = SurveyText.Number(lo);
                extraCells["strength_high"] = SurveyText.Number(hi);
                surveyRange = true;
            }
            if (s is { Probability: not null, ProbabilityLow: { } pl, ProbabilityHigh: { } ph } && pl < ph && Ensure("probability_low", "probability_high"))
            {
                extraCells["probability_low"] = SurveyText.Number(pl);
                extraCells["probability_high"] = SurveyText.Number(ph);
                surveyRange = true;
            }
            bool keptRange = false;
            if (keepProbability) keptRange |= Keep(old!, extraCells, "probability_low", "probability_high");
            if (keepHours) keptRange |= Keep(old!, extraCells, "time_to_impact_hours_low", "time_to_impact_hours_high");
            if (surveyRange)
            {
                if (header.Contains("range_reason")) extraCells["range_reason"] = "survey: range of the answers";
                if (header.Contains("range_reason_ja")) extraCells["range_reason_ja"] = "調査：回答の範囲";
            }
            else if (keptRange) Keep(old!, extraCells, "range_reason", "range_reason_ja", "distribution");
            if (probabilityBasis == "assumption" && Ensure(ParameterBasisColumns.Probability)) extraCells[ParameterBasisColumns.Probability] = probabilityBasis;
            if (hoursBasis == "assumption" && Ensure(ParameterBasisColumns.Hours)) extraCells[ParameterBasisColumns.Hours] = hoursBasis;
            var row = new DependencyRow(key.Item1, key.Item2, SurveyText.Number(strength), probability,
                hours is { } h ? SurveyText.Number(h) : "", "survey", reference)
            { Extra = extraCells };
            if (old is not null) rows[at] = row; else rows.Add(row);
            double before = old?.StrengthValue ?? 0;
            var kind = (before > 0, strength > 0) switch
            {
                (false, true) => DependencyChangeKind.Added,
                (true, false) => DependencyChangeKind.Removed,
                _ when strength > before => DependencyChangeKind.Strengthened,
                _ when strength < before => DependencyChangeKind.Weakened,
                _ when hours != old?.HoursValue && strength > 0 => DependencyChangeKind.Retimed,
                _ => DependencyChangeKind.Confirmed,
            };
            changes.Add(new DependencyChange(key.Item1, key.Item2, before, strength, old?.HoursValue, hours, low, high,
                old?.Basis ?? "none", kind, reference, a?.Respondents ?? 0, a?.ShareAffected)
            {
                ProbabilityBefore = old is null || old.Probability.Length == 0 ? null : old.Probability,
                ProbabilityAfter = probability.Length == 0 ? null : probability,
                ProbabilityBasis = probability.Length == 0 ? "assumption" : probabilityBasis.Length > 0 ? probabilityBasis : "survey",
                HoursBasis = hours is null ? "assumption" : hoursBasis.Length > 0 ? hoursBasis : "survey",
            });
        }
        if (header.Count > extraHeader.Count)
        {
            // new columns: an unanswered row keeps its line byte for byte, with an empty cell for each new column
            var pad = new string(',', header.Count - extraHeader.Count);
            for (int i = 0; i < rows.Count; i++)
                if (rows[i].Line is { } line) rows[i] = rows[i] with { Line = line + pad };
        }

        // Adds the columns the dataset's dependencies.csv lacks; true when they are there.
        bool Ensure(params string[] columns)
        {
            foreach (var c in columns)
                if (!header.Contains(c)) header.Add(c);
            return true;
        }
        var warnings = new List<SurveyIssue>();
        foreach (var g in rows.GroupBy(r => r.Dependant))
        {
            double sum = g.Sum(r => r.StrengthValue);
            if (sum > 1 + 1e-9 && changes.Any(c => c.Dependant == g.Key))
                warnings.Add(new SurveyIssue(DatasetLoader.DependenciesFile, "", 0, -1, "strength", SurveyIssueCodes.StrengthSum,
                    $"the strengths of {g.Key} add up to {sum:0.##} (> 1); the linear-threshold cascade reads them as shares of supply. Check the answers or rescale.",
                    IssueSeverity.Warning));
        }
        return new SurveyImportResult(answers, rows, changes, aggregates, warnings) { ExtraHeader = header };
    }

    /// <summary>The basis of a value kept from <paramref name="old"/>: its basis column when filled, else the row's basis when the cell is written, else assumption (an empty cell takes the dataset's defaults).</summary>
    private static string KeptBasis(DependencyRow old, string column, string cell) =>
        old.Extra.TryGetValue(column, out var b) && b.Length > 0 ? b : cell.Length > 0 ? old.Basis : "assumption";

    // Copies the old row's cells of these columns (when it has them); true when any is filled.
    private static bool Keep(DependencyRow old, Dictionary<string, string> cells, params string[] columns)
    {
        bool any = false;
        foreach (var c in columns)
            if (old.Extra.TryGetValue(c, out var v) && v.Length > 0 && cells.ContainsKey(c)) { cells[c] = v; any = true; }
        return any;
    }

    /// <summary>Aggregates operator answers per (sector, supplier), in order of first appearance.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<OperatorAggregate> Aggregate(IReadOnlyList<OperatorAnswer> operators)
    {
        var list = new List<OperatorAggregate>();
        foreach (var g in operators.GroupBy(o => (o.Sector, o.Supplier)))
        {
            var st = g.Select(o => o.Strength).Order().ToArray();
            var hs = g.Where(o => o.Hours is not null).Select(o => o.Hours!.Value).Order().ToArray();
            var first = g.First().Source;
            var rowsOfFirstFile = g.Where(o => o.Source.File == first.File && o.Source.Sheet == first.Sheet)
                .Select(o => int.Parse(o.Source.Rows, CultureInfo.InvariantCulture)).ToArray();
            var span = rowsOfFirstFile.Length == 1 ? first.Rows : $"{rowsOfFirstFile.Min()}-{rowsOfFirstFile.Max()}";
            list.Add(new OperatorAggregate(g.Key.Sector, g.Key.Supplier, st.Length, st.Count(v => v > 0), Median(st), st[0], st[^1],
                hs.Length == 0 ? null : Median(hs), hs.Length == 0 ? null : hs[0], hs.Length == 0 ? null : hs[^1],
                g.Count(o => o.Substitute == true), first with { Rows = span }));
        }
        return list;
    }

    private static double Median(double[] sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;

    /// <summary>
    /// Writes the new dataset folder <paramref name="outDir"/>: a copy of <paramref name="datasetFolder"/> with the merged
    /// matrix and the <c>survey/</c> folder; <paramref name="extra"/> may add files (e.g. charts) to the folder before it is
    /// renamed into place. Nothing is written when the result has errors.
    /// </summary>
    /// <exception cref="InvalidOperationException">The result has errors.</exception>
    /// <exception cref="IOException"><paramref name="outDir"/> exists and is not empty, or is the dataset folder.</exception>
    public static void Write(SurveyImportResult result, string datasetFolder, string outDir, Action<string, string>? summaryJson = null,
        Action<string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.HasErrors) throw new InvalidOperationException("the answers have errors; nothing may be written.");
        var target = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar);
        CheckTarget(datasetFolder, target);
        var parent = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(parent);
        var tmp = Path.Combine(parent, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            CopyFolder(Path.GetFullPath(datasetFolder), tmp);
            if (result.MatrixChanged)
                Core.IO.AtomicFile.WriteText(Path.Combine(tmp, DatasetLoader.DependenciesFile), w => DependencyTable.Write(w, result.Matrix, result.ExtraHeader));
            var survey = Path.Combine(tmp, SurveyFolder);
            Directory.CreateDirectory(survey);
            WriteAnswers(result, survey);
            summaryJson?.Invoke(Path.Combine(survey, "import.json"), tmp);
            extra?.Invoke(survey);
            if (Directory.Exists(target)) Directory.Delete(target); // empty (checked); a non-empty folder throws here
            Directory.Move(tmp, target);
        }
        catch
        {
            try { if (Directory.Exists(tmp)) Directory.Delete(tmp, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }

    /// <summary>Throws when <paramref name="target"/> may not be written: it exists and is not empty, or it is (inside) the dataset folder.</summary>
    public static void CheckTarget(string datasetFolder, string target)
    {
        var full = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var data = Path.GetFullPath(datasetFolder).TrimEnd(Path.DirectorySeparatorChar);
        if (full == data || full.StartsWith(data + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new IOException($"--out {target} is (inside) the dataset folder {datasetFolder}; write the new dataset to a new folder.");
        if (File.Exists(full)) throw new IOException($"--out {target} is a file; give a new folder.");
        if (Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw new IOException($"--out {target} already exists and is not empty; the import never overwrites a folder. Give a new folder.");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var f in Directory.GetFiles(from))
        {
            var name = Path.GetFileName(f);
            if (name.StartsWith('.')) continue;
            File.Copy(f, Path.Combine(to, name));
        }
        foreach (var d in Directory.GetDirectories(from))
        {
            var name = Path.GetFileName(d);
            if (name.StartsWith('.') || name == SurveyFolder) continue;
            CopyFolder(d, Path.Combine(to, name));
        }
    }

    private static string F(double? v) => v is { } x ? SurveyText.Number(x) : "";

    private static string Csv(string s) => QuestionnaireExporter.CsvField(s);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteAnswers(SurveyImportResult r, string dir)
    {
        var utf8Bom = new UTF8Encoding(true);
        using (var w = new StreamWriter(Path.Combine(dir, "answers.csv"), false, utf8Bom) { NewLine = "\n" })
        {
            w.WriteLine(SurveyLayout.SectorCsvHeader + ",survey");
            foreach (var a in r.Answers.Sectors)
                w.WriteLine(string.Join(",", a.Dependant, a.Supplier, F(a.Strength), F(a.Low), F(a.High), F(a.Hours), Csv(a.Respondent), a.Date, Csv(a.Note), Csv(a.Reference)));
        }
        using (var w = new StreamWriter(Path.Combine(dir, "operators.csv"), false, utf8Bom) { NewLine = "\n" })
        {
            w.WriteLine(SurveyLayout.OperatorCsvHeader + ",survey");
            foreach (var o in r.Answers.Operators)
                w.WriteLine(string.Join(",", Csv(o.Operator), o.Sector, o.Supplier, F(o.Strength), F(o.Hours),
                    o.Substitute switch { true => "yes", false => "no", _ => "" }, o.Date, Csv(o.Note), Csv(o.Reference)));
        }
        using (var w = new StreamWriter(Path.Combine(dir, "ranges.csv"), false, utf8Bom) { NewLine = "\n" })
        {
            w.WriteLine("dependant,supplier,strength,strength_low,strength_high,hours_to_impact,hours_low,hours_high,respondents,share_affected,survey");
            var agg = r.Aggregates.ToDictionary(a => (a.Sector, a.Supplier));
            foreach (var c in r.Changes)
            {
                agg.TryGetValue((c.Dependant, c.Supplier), out var a);
                w.WriteLine(string.Join(",", c.Dependant, c.Supplier, F(c.After), F(c.Low), F(c.High), F(c.HoursAfter), F(a?.HoursMin), F(a?.HoursMax),
                    c.Respondents.ToString(CultureInfo.InvariantCulture), F(c.ShareAffected), Csv(c.Reference)));
            }
        }
    }
}
