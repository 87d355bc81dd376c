using System.Text.RegularExpressions;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Makes ScottPlot/SkiaSharp SVG output reproducible and portable: clip-path ids come from a
/// process-wide counter (<c>cl_7</c> in one render, <c>cl_12</c> in the next) and are renumbered
/// in order of appearance; <c>font-family</c> lists such as <c>"IPAGothic, , IPAゴシック"</c> (an empty
/// entry makes the CSS value invalid, so viewers ignore it) are cleaned and end in <c>sans-serif</c>.
/// </summary>
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

        return FontFamily().Replace(renumbered, m =>
        {
            var families = m.Groups[1].Value
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Distinct(StringComparer.Ordinal)
                .ToList();
            if (!families.Contains("sans-serif", StringComparer.Ordinal))
            {
                families.Add("sans-serif");
            }

            return $"font-family=\"{string.Join(", ", families)}\"";
        });
    }

    [GeneratedRegex(@"\bcl_[0-9A-Fa-f]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClipId();

    [GeneratedRegex("font-family=\"([^\"]*)\"", RegexOptions.CultureInvariant)]
    private static partial Regex FontFamily();
}
