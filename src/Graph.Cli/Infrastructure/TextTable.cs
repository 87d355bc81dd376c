using System.Globalization;
using System.Text;

namespace Depgraph.Cli.Infrastructure;

/// <summary>A plain aligned text table that measures East Asian wide characters as two columns.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];
    private readonly bool[] _right = new bool[headers.Length];

    /// <summary>Right-aligns the given columns (numbers).</summary>
    public TextTable AlignRight(params int[] columns)
    {
        foreach (var c in columns) _right[c] = true;
        return this;
    }

    /// <summary>Adds a row. Text is made safe for a terminal (<see cref="Safe"/>).</summary>
    public void Add(params object?[] cells) =>
        _rows.Add(cells.Select(c => c switch
        {
            null => "",
            double d => d.ToString("0.###", CultureInfo.InvariantCulture),
            long l => l.ToString("N0", CultureInfo.InvariantCulture),
            int i => i.ToString("N0", CultureInfo.InvariantCulture),
            _ => Safe(c.ToString() ?? ""),
        }).ToArray());

    /// <summary>
    /// Text safe to write to a terminal: ANSI/VT escape sequences (ESC [ … final byte, ESC ] … BEL or ESC \, and
    /// two-byte ESC sequences) are removed, and every other control character (C0 including TAB, CR and LF, DEL, C1)
    /// and bidirectional override becomes U+FFFD, so a label cannot move the cursor, recolour, retitle or ring the
    /// terminal, or break the table's lines.
    /// </summary>
    /// <param name="s">Text from the input (an id, a label).</param>
    /// <returns>The text without control characters.</returns>
    public static string Safe(string s)
    {
        int k = 0;
        while (k < s.Length && !Unsafe(s[k])) k++;
        if (k == s.Length) return s;
        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, k);
        for (int i = k; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '\u001B' && i + 1 < s.Length)
            {
                char n = s[i + 1];
                if (n == '[') // CSI: parameters and intermediates, then a final byte @..~
                {
                    int j = i + 2;
                    while (j < s.Length && s[j] is >= '\u0020' and <= '\u003F') j++;
                    i = j < s.Length && s[j] is >= '@' and <= '~' ? j : j - 1;
                    continue;
                }
                if (n is ']' or 'P' or '_' or '^' or 'X') // OSC, DCS, APC, PM, SOS: up to BEL or ST (ESC \)
                {
                    int j = i + 2;
                    while (j < s.Length && s[j] != '\u0007' && !(s[j] == '\u001B' && j + 1 < s.Length && s[j + 1] == '\\')) j++;
                    i = j < s.Length && s[j] == '\u001B' ? j + 1 : j;
                    continue;
                }
                if (n is >= '\u0020' and <= '\u007E') { i++; continue; } // two-byte sequence
            }
            sb.Append(Unsafe(c) ? '\uFFFD' : c);
        }
        return sb.ToString();
    }

    private static bool Unsafe(char c) =>
        c < '\u0020' || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    /// <summary>Number of rows.</summary>
    public int Count => _rows.Count;

    /// <summary>Writes the table.</summary>
    public void Write(TextWriter w, string indent = "")
    {
        headers = [.. headers.Select(Safe)];
        var widths = headers.Select(Width).ToArray();
        foreach (var r in _rows)
            for (int i = 0; i < r.Length && i < widths.Length; i++) widths[i] = Math.Max(widths[i], Width(r[i]));
        void Line(string[] cells)
        {
            var sb = new StringBuilder(indent);
            for (int i = 0; i < widths.Length; i++)
            {
                var c = i < cells.Length ? cells[i] : "";
                var pad = new string(' ', widths[i] - Width(c));
                sb.Append(_right[i] ? pad + c : (i == widths.Length - 1 ? c : c + pad));
                if (i < widths.Length - 1) sb.Append("  ");
            }
            w.WriteLine(sb.ToString().TrimEnd());
        }
        Line(headers);
        w.WriteLine(indent + string.Join("  ", widths.Select(x => new string('-', x))));
        foreach (var r in _rows) Line(r);
    }

    /// <summary>Display width: East Asian wide and full-width characters count two columns.</summary>
    public static int Width(string s)
    {
        int w = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            int c = rune.Value;
            bool wide = c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
                or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6
                or >= 0x1F300 and <= 0x1FAFF or >= 0x20000 and <= 0x3FFFD;
            w += wide ? 2 : 1;
        }
        return w;
    }
}
