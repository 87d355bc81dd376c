using System.Text.RegularExpressions;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Makes ScottPlot/SkiaSharp SVG output reproducible and portable: clip-path ids come from a
/// process-wide counter (<c>cl_7</c> in one render, <c>cl_12</c> in the next) and are renumbered
/// in order of appearance; <c>font-family</c> lists such as <c>"IPAexGothic, , IPAexゴシック"</c> (an empty
/// entry makes the CSS value invalid, so viewers ignore it) are cleaned, go on with the common Japanese system
/// fonts of <see cref="ChartFonts.SvgFallbackFamilies"/> (so a viewer without the chart's font still shows
/// Japanese) and end in <c>sans-serif</c>:
/// <c>"IPAexGothic, IPAexゴシック, Yu Gothic, Meiryo, Hiragino Sans, Noto Sans CJK JP, sans-serif"</c>.
/// </summary>
/// <remarks>
/// SkiaSharp writes SVG text back from glyphs through the font's character map, and fonts such as IPAexGothic map
/// a Kangxi radical and its ideograph to the same glyph, so 「電力」 came out as 「電⼒」 (U+2F12 KANGXI RADICAL
/// POWER) and 「民」 as 「⺠」 (U+2EA0): it looks right but cannot be searched or copied. Kangxi and CJK radicals
/// are therefore mapped back to the unified ideograph the chart's font draws with the same glyph
/// (<see cref="ChartFonts.IdeographSharingGlyphWith"/>), else to their NFKC form, and CJK compatibility ideographs to
/// their NFKC form; chart labels never use either.
/// </remarks>
public static partial class SvgNormalizer
{
    /// <summary>Normalises an SVG document produced by ScottPlot.</summary>
    /// <param name="svg">The SVG text.</param>
    /// <returns>The normalised SVG text.</returns>
    public static string Normalize(string svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string renumbered = ClipId().Replace(svg, m =>
        {
            if (!ids.TryGetValue(m.Value, out string? id))
            {
                id = "clip" + (ids.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids.Add(m.Value, id);
            }

            return id;
        });

        string families = FontFamily().Replace(renumbered, m =>
        {
            var families = m.Groups[1].Value
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Where(f => f != "sans-serif")
                .Concat(ChartFonts.SvgFallbackFamilies)
                .Append("sans-serif")
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();

            return $"font-family=\"{string.Join(", ", families)}\"";
        });
        return UnifyIdeographs(families);
    }

    /// <summary>Replaces Kangxi radicals, CJK radicals and CJK compatibility ideographs by their unified ideograph (NFKC), when there is one.</summary>
    private static string UnifyIdeographs(string text)
    {
        if (!text.Any(IsRadicalOrCompatibility))
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (!IsRadicalOrCompatibility(c))
            {
                sb.Append(c);
                continue;
            }

            string unified = c <= '\u2FDF' && ChartFonts.IdeographSharingGlyphWith(c) is char shared
                ? shared.ToString()
                : c.ToString().Normalize(System.Text.NormalizationForm.FormKC);
            sb.Append(unified.Length == 1 ? unified[0] : c);
        }

        return sb.ToString();

        static bool IsRadicalOrCompatibility(char c) => c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF');
    }

    [GeneratedRegex(@"\bcl_[0-9A-Fa-f]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();

    [GeneratedRegex("font-family=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex FontFamily();
}
