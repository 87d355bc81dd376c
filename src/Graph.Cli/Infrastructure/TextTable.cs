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

    /// <summary>Adds a row.</summary>
    public void Add(params object?[] cells) =>
        _rows.Add(cells.Select(c => c switch
        {
            null => "",
            double d => d.ToString("0.###", CultureInfo.InvariantCulture),
            long l => l.ToString("N0", CultureInfo.InvariantCulture),
            int i => i.ToString("N0", CultureInfo.InvariantCulture),
            _ => c.ToString() ?? "",
        }).ToArray());

    /// <summary>Number of rows.</summary>
    public int Count => _rows.Count;

    /// <summary>Writes the table.</summary>
    public void Write(TextWriter w, string indent = "")
    {
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
