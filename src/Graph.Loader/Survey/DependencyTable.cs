using System.Globalization;
using System.Text;

namespace Depgraph.Loader.Survey;

/// <summary>One row of a dataset's <c>dependencies.csv</c>, kept as written (so unchanged rows are rewritten byte for byte).</summary>
/// <param name="Dependant">Dependant id.</param>
/// <param name="Supplier">Supplier id.</param>
/// <param name="Strength">strength as written.</param>
/// <param name="Probability">probability as written.</param>
/// <param name="Hours">time_to_impact_hours as written.</param>
/// <param name="Basis">basis as written (<c>assumption</c> or <c>survey</c>).</param>
/// <param name="Reason">reason as written (for survey rows, the survey reference).</param>
/// <param name="Line">The original CSV line, or null for a new or changed row.</param>
public sealed record DependencyRow(string Dependant, string Supplier, string Strength, string Probability, string Hours, string Basis, string Reason,
    string? Line = null)
{
    /// <summary>The cells of the range columns after the seven base columns (<c>strength_low</c>, … <c>range_reason</c>), by header name.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Equal when every written cell is equal, the range columns included.</summary>
    public bool Equals(DependencyRow? other) =>
        other is not null && Dependant == other.Dependant && Supplier == other.Supplier && Strength == other.Strength
        && Probability == other.Probability && Hours == other.Hours && Basis == other.Basis && Reason == other.Reason
        && Line == other.Line && Extra.Count == other.Extra.Count
        && Extra.All(kv => other.Extra.TryGetValue(kv.Key, out var v) && v == kv.Value);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Dependant, Supplier, Strength, Probability, Hours, Basis, Reason, Line);

    /// <summary>The strength as a number (0 when empty or not a number).</summary>
    public double StrengthValue => double.TryParse(Strength, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    /// <summary>The hours as a number, or null when empty.</summary>
    public double? HoursValue => double.TryParse(Hours, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The CSV line (the original one when unchanged).</summary>
    public string ToCsv() => ToCsv([]);

    /// <summary>The CSV line with the range columns <paramref name="extraHeader"/> (the original line when unchanged).</summary>
    public string ToCsv(IReadOnlyList<string> extraHeader) => Line ?? string.Join(",",
        new[] { Dependant, Supplier, Strength, Probability, Hours, Basis, Reason }
            .Concat(extraHeader.Select(h => Extra.TryGetValue(h, out var v) ? v : "")).Select(Quote));

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}

/// <summary>Reads and writes a dataset's <c>dependencies.csv</c> as rows of text (the loader validates it; this only carries it).</summary>
public static class DependencyTable
{
    /// <summary>Reads the rows of <paramref name="path"/>; an absent file gives no rows.</summary>
    /// <exception cref="InvalidDataException">The header is not <see cref="DatasetLoader.DependenciesHeader"/> or a row is malformed.</exception>
    public static List<DependencyRow> Read(string path) => Read(path, out _);

    /// <summary>Reads the rows of <paramref name="path"/> and the names of its range columns (after the seven base columns).</summary>
    public static List<DependencyRow> Read(string path, out IReadOnlyList<string> extraHeader)
    {
        extraHeader = [];
        if (!File.Exists(path)) return [];
        var text = File.ReadAllText(path, new UTF8Encoding(false, true));
        var issues = new List<SurveyIssue>();
        var table = CsvTableReader.Parse(text, path, SurveyLimits.Default with { MaxRows = 10_000_000 }, issues)
            ?? throw new InvalidDataException(string.Join("; ", issues));
        var lines = text.Split('\n');
        var rows = new List<DependencyRow>();
        string[] extra = [];
        for (int i = 0; i < table.Rows.Count; i++)
        {
            var r = table.Rows[i];
            if (i == 0)
            {
                var names = r.Cells.Select(c => c.Text).ToArray();
                if (names.Length < 7 || string.Join(",", names.Take(7)) != DatasetLoader.DependenciesHeader)
                    throw new InvalidDataException($"{path}:1: the header must start with '{DatasetLoader.DependenciesHeader}'.");
                extra = names[7..];
                extraHeader = extra;
                continue;
            }
            if (r.Cells.Length != 7 + extra.Length) throw new InvalidDataException($"{path}:{r.Number}: expected {7 + extra.Length} fields.");
            var line = r.Number - 1 < lines.Length ? lines[r.Number - 1].TrimEnd('\r') : null;
            // a quoted reason spanning lines is rewritten rather than copied
            var cells = r.Cells.Select(c => c.Text).ToArray();
            var row = new DependencyRow(cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim(), cells[4].Trim(), cells[5].Trim(), cells[6].Trim())
            {
                Extra = extra.Select((h, k) => (h, v: cells[7 + k])).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal),
            };
            rows.Add(line is not null && ParsesTo(line, row, 7 + extra.Length) ? row with { Line = line } : row);
        }
        return rows;
    }

    private static bool ParsesTo(string line, DependencyRow row, int fields)
    {
        var t = CsvTableReader.Parse(line, "", SurveyLimits.Default, []);
        return t is { Rows.Count: 1 } && t.Rows[0].Cells.Length == fields && t.Rows[0].Cells[0].Text.Trim() == row.Dependant
            && t.Rows[0].Cells[6].Text.Trim() == row.Reason;
    }

    /// <summary>Writes the header and the rows (LF line ends, UTF-8 without BOM) to <paramref name="w"/>.</summary>
    public static void Write(TextWriter w, IEnumerable<DependencyRow> rows) => Write(w, rows, []);

    /// <summary>Writes the header with the range columns <paramref name="extraHeader"/> and the rows (LF line ends).</summary>
    public static void Write(TextWriter w, IEnumerable<DependencyRow> rows, IReadOnlyList<string> extraHeader)
    {
        w.Write(DatasetLoader.DependenciesHeader);
        foreach (var h in extraHeader) w.Write("," + h);
        w.Write('\n');
        foreach (var r in rows)
        {
            w.Write(r.ToCsv(extraHeader));
            w.Write('\n');
        }
    }
}
