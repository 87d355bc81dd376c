namespace Depgraph.Reporting.Charts;

/// <summary>Options shared by every chart method. All properties have safe defaults; <see cref="Default"/> is used when a method gets <see langword="null"/>.</summary>
public sealed record ChartOptions
{
    /// <summary>The options every chart uses when given none.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>
    /// A font to use instead of the shipped one (<see cref="ChartFonts.ShippedFamily"/>): a font file
    /// (<c>.ttf</c>, <c>.otf</c>, <c>.ttc</c>) or an installed family name, as <c>depgraph report --font FILE|NAME</c>.
    /// If it is not found the shipped font is used, with a warning; if it has no Japanese glyphs, Japanese charts are
    /// labelled in English, with a warning.
    /// </summary>
    public string? FontFamily { get; init; }

    /// <summary>
    /// Behave as if no Japanese font were installed (English labels and <see cref="ChartFonts.Warning"/>).
    /// For tests and for machines whose output must not depend on installed fonts.
    /// </summary>
    public bool SimulateMissingJapaneseFont { get; init; }

    /// <summary>
    /// How many bars (or nodes per aggregated layer) to show before the rest is aggregated into
    /// one 「その他」/"other" entry; <see langword="null"/> uses each chart's own default.
    /// Must be at least 1.
    /// </summary>
    public int? TopN { get; init; }

    internal int TopNOr(int chartDefault)
    {
        if (TopN is int n)
        {
            if (n < 1)
            {
                throw new ArgumentOutOfRangeException(nameof(TopN), n, "ChartOptions.TopN must be at least 1.");
            }

            return n;
        }

        return chartDefault;
    }
}
