namespace Depgraph.Cli.Infrastructure;

/// <summary>CSV output meant for spreadsheets: RFC 4180 quoting and formula-injection neutralisation.</summary>
/// <remarks>
/// <para>A field is quoted when it contains a comma, a quote or a line break (inner quotes doubled). A field that a
/// spreadsheet would run as a formula — one starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage
/// return (OWASP "CSV injection") — gets a leading apostrophe, so <c>=cmd|' /C calc'!A1</c> is shown as text. Numbers
/// written by the commands do not go through <see cref="Field"/> and are never altered.</para>
/// <para>The neo4j-admin import files (<c>depgraph export neo4j</c>) are exempt: they are read by neo4j-admin, not a
/// spreadsheet, and must round-trip byte for byte.</para>
/// </remarks>
public static class Csv
{
    /// <summary>The characters that make a spreadsheet read a cell as a formula.</summary>
    public const string FormulaPrefixes = "=+-@\t\r";

    /// <summary>Quotes a field when needed and neutralises a formula prefix.</summary>
    /// <param name="s">The text (an id, a label, a list of ids).</param>
    /// <returns>The field as written to the CSV line.</returns>
    public static string Field(string s)
    {
        if (s.Length > 0 && FormulaPrefixes.Contains(s[0], StringComparison.Ordinal)) s = "'" + s;
        return s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
