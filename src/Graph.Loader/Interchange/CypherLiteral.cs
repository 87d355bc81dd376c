using System.Globalization;
using System.Text;

namespace Depgraph.Loader.Interchange;

/// <summary>Cypher literals for generated scripts: strings escaped so that any text is safe inside a statement.</summary>
public static class CypherLiteral
{
    /// <summary>
    /// A single-quoted Cypher string literal. Escapes backslash, single and double quote, newline (<c>\n</c>),
    /// carriage return (<c>\r</c>), tab (<c>\t</c>), and every other control or line-separator character as
    /// <c>\uXXXX</c> (C0, DEL, C1, U+2028, U+2029). Everything else, Japanese and emoji included, is kept as is;
    /// semicolons and comment markers (<c>//</c>, <c>/*</c>) need no escape inside a string.
    /// </summary>
    /// <example><c>String("O'Reilly\n")</c> is <c>'O\'Reilly\n'</c>.</example>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string String(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        foreach (var c in value)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '"': sb.Append("\\\""); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029')
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>
    /// A Cypher float literal in shortest round-trip form, always with a decimal point or exponent so Neo4j stores a
    /// float (<c>2.0</c>, not the integer <c>2</c>); non-finite values as <c>toFloat('NaN')</c>, <c>toFloat('Infinity')</c>, <c>toFloat('-Infinity')</c>.
    /// </summary>
    public static string Float(double value)
    {
        if (!double.IsFinite(value)) return $"toFloat('{InterchangeText.Number(value)}')";
        var s = InterchangeText.Number(value);
        return s.Contains('.') || s.Contains('E') ? s : s + ".0";
    }

    /// <summary>A Cypher integer literal.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A list of string literals, <c>['a', 'b']</c>.</summary>
    public static string StringList(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";

    /// <summary>A list of integer literals, <c>[1, 2]</c>.</summary>
    public static string IntegerList(IEnumerable<long> values) => "[" + string.Join(", ", values.Select(Integer)) + "]";
}
