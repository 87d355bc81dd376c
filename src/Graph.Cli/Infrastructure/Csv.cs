namespace Depgraph.Cli.Infrastructure;

/// <summary>RFC 4180 field quoting for CSV output.</summary>
public static class Csv
{
    /// <summary>Quotes a field when it contains a comma, quote or line break.</summary>
    public static string Field(string s) =>
        s.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
