namespace Depgraph.Reporting.Charts;

/// <summary>The font and language a chart is actually drawn with, as resolved by <see cref="ChartFonts.Resolve"/>.</summary>
/// <param name="Family">
/// The font family name set on every label: <see cref="ChartFonts.ShippedFamily"/> by default, the family of a chosen
/// font file or an installed family.
/// </param>
/// <param name="Language">The language actually used: <see cref="Language.English"/> when Japanese was asked for but the font cannot draw it.</param>
/// <param name="Requested">The language the caller asked for.</param>
/// <param name="Warning">
/// One line saying what went wrong, or <see langword="null"/>: a chosen font that was not found (and the font used
/// instead), a chosen font without Japanese glyphs (labels in English), or <see cref="ChartFonts.Warning"/> when no
/// Japanese font is available at all.
/// </param>
public sealed record ChartFontChoice(string Family, Language Language, Language Requested, string? Warning)
{
    /// <summary>Whether the requested language could not be honoured.</summary>
    public bool FellBack => Language != Requested;
}
