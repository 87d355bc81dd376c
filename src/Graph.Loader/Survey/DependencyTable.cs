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
    /// <summary>The strength as a number (0 when empty or not a number).</summary>
    public double StrengthValue => double.TryParse(Strength, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : 0;

    /// <summary>The hours as a number, or null when empty.</summary>
    public double? HoursValue => double.TryParse(Hours, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>The CSV line (the original one when unchanged).</summary>
    public string ToCsv() => Line ?? string.Join(",", new[] { Dependant, Supplier, Strength, Probability, Hours, Basis, Reason }.Select(Quote));

    private static string Quote(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}

/// <summary>Reads and writes a dataset's <c>dependencies.csv</c> as rows of text (the loader validates it; this only carries it).</summary>
public static class DependencyTable
{
    /// <summary>Reads the rows of <paramref name="path"/>; an absent file gives no rows.</summary>
    /// <exception cref="InvalidDataException">The header is not <see cref="DatasetLoader.DependenciesHeader"/> or a row is malformed.</exception>
    public static List<DependencyRow> Read(string path)
    {
        if (!File.Exists(path)) return [];
        var text = File.ReadAllText(path, new UTF8Encoding(false, true));
        var issues = new List<SurveyIssue>();
        var table = CsvTableReader.Parse(text, path, SurveyLimits.Default with { MaxRows = 10_000_000 }, issues)
            ?? throw new InvalidDataException(string.Join("; ", issues));
        var lines = text.Split('\n');
        var rows = new List<DependencyRow>();
        for (int i = 0; i < table.Rows.Count; i++)
        {
            var r = table.Rows[i];
            if (i == 0)
            {
                var header = string.Join(",", r.Cells.Select(c => c.Text));
                if (header != DatasetLoader.DependenciesHeader)
                    throw new InvalidDataException($"{path}:1: the header must be '{DatasetLoader.DependenciesHeader}'.");
                continue;
            }
            if (r.Cells.Length != 7) throw new InvalidDataException($"{path}:{r.Number}: expected 7 fields.");
            var line = r.Number - 1 < lines.Length ? lines[r.Number - 1].TrimEnd('\r') : null;
            // a quoted reason spanning lines is rewritten rather than copied
            var cells = r.Cells.Select(c => c.Text).ToArray();
            var row = new DependencyRow(cells[0].Trim(), cells[1].Trim(), cells[2].Trim(), cells[3].Trim(), cells[4].Trim(), cells[5].Trim(), cells[6].Trim());
            rows.Add(line is not null && ParsesTo(line, row) ? row with { Line = line } : row);
        }
        return rows;
    }

    private static bool ParsesTo(string line, DependencyRow row)
    {
        var t = CsvTableReader.Parse(line, "", SurveyLimits.Default, []);
        return t is { Rows.Count: 1 } && t.Rows[0].Cells.Length == 7 && t.Rows[0].Cells[0].Text.Trim() == row.Dependant
            && t.Rows[0].Cells[6].Text.Trim() == row.Reason;
    }

    /// <summary>Writes the header and the rows (LF line ends, UTF-8 without BOM) to <paramref name="w"/>.</summary>
    public static void Write(TextWriter w, IEnumerable<DependencyRow> rows)
    {
        w.Write(DatasetLoader.DependenciesHeader);
        w.Write('\n');
        foreach (var r in rows)
        {
            w.Write(r.ToCsv());
            w.Write('\n');
        }
    }
}
