using SkiaSharp;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Finds a font that can draw Japanese, at run time, and decides the language a chart is drawn in.
/// </summary>
/// <remarks>
/// <para>
/// ScottPlot 5 draws Japanese only with a font that has Japanese glyphs: with a Latin font the
/// PNG shows empty boxes (tofu) and SVG viewers may drop the text. This class asks SkiaSharp's
/// <see cref="SKFontManager.Default"/> for each of <see cref="JapaneseCandidates"/> in order
/// (IPAGothic first: Noto Sans CJK renders misaligned tick labels in ScottPlot) and accepts the
/// first that has glyphs for <see cref="ProbeText"/>; if none matches it scans every installed
/// family. When no Japanese font exists, Japanese charts are drawn in English and
/// <see cref="ChartFontChoice.Warning"/> carries <see cref="Warning"/>.
/// </para>
/// <para>Install the font on Debian/Ubuntu with <c>apt-get install -y fonts-ipafont-gothic</c>.</para>
/// <example>
/// <code>
/// ChartFontChoice font = ChartFonts.Resolve(ChartLanguage.Japanese);
/// if (font.Warning is not null) Console.Error.WriteLine(font.Warning);
/// </code>
/// </example>
/// </remarks>
public static class ChartFonts
{
    /// <summary>The one-line warning given when Japanese was requested but no Japanese font is installed.</summary>
    public const string Warning = "no Japanese font found; install fonts-ipafont-gothic (Debian/Ubuntu) for Japanese labels";

    /// <summary>Characters a font must be able to draw to count as Japanese (kanji, hiragana, katakana, full-width brackets).</summary>
    public const string ProbeText = "日本語の情報共有セプター分野（仮定）";

    /// <summary>Japanese font families tried in order of preference.</summary>
    public static IReadOnlyList<string> JapaneseCandidates { get; } =
    [
        "IPAGothic", "IPAPGothic", "IPAexGothic", "TakaoGothic", "TakaoPGothic", "VL Gothic", "VL PGothic",
        "Yu Gothic", "Meiryo", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP",
    ];

    /// <summary>Latin font families tried, in order, for English charts when no Japanese font exists.</summary>
    public static IReadOnlyList<string> LatinCandidates { get; } =
        ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans"];

    private static readonly Lazy<string?> s_japanese = new(() => FindJapaneseFont(JapaneseCandidates));
    private static readonly Lazy<string> s_latin = new(FindLatinFont);

    /// <summary>The first installed family of <see cref="JapaneseCandidates"/> (or any installed family) that can draw <see cref="ProbeText"/>; cached.</summary>
    /// <returns>The family name, or <see langword="null"/> when no Japanese font is installed.</returns>
    public static string? FindJapaneseFont() => s_japanese.Value;

    /// <summary>The first installed family of <paramref name="candidates"/> that can draw <see cref="ProbeText"/>, then any installed family that can.</summary>
    /// <param name="candidates">Family names in order of preference.</param>
    /// <returns>The family name, or <see langword="null"/> when none can draw Japanese.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="candidates"/> is null.</exception>
    public static string? FindJapaneseFont(IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (string family in candidates)
        {
            if (CanDraw(family, ProbeText))
            {
                return family;
            }
        }

        // Deterministic order: installed families sorted ordinally.
        foreach (string family in SKFontManager.Default.GetFontFamilies().Order(StringComparer.Ordinal))
        {
            if (CanDraw(family, ProbeText))
            {
                return family;
            }
        }

        return null;
    }

    /// <summary>Whether the installed family <paramref name="family"/> exists and has a glyph for every character of <paramref name="text"/>.</summary>
    /// <param name="family">A font family name, e.g. "IPAGothic".</param>
    /// <param name="text">The text to check; whitespace is ignored.</param>
    /// <returns><see langword="true"/> when the family is installed and covers the text.</returns>
    public static bool CanDraw(string family, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(family))
        {
            return false;
        }

        using SKTypeface? typeface = SKFontManager.Default.MatchFamily(family);
        if (typeface is null)
        {
            return false;
        }

        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = char.ConvertToUtf32(text, i);
            if (char.IsSurrogatePair(text, i))
            {
                i++;
            }

            if (!char.IsWhiteSpace((char)Math.Min(codePoint, char.MaxValue)) && !typeface.ContainsGlyph(codePoint))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Decides the font and the language a chart is drawn with.</summary>
    /// <param name="requested">The language the caller wants.</param>
    /// <param name="options">Options; <see cref="ChartOptions.FontFamily"/> forces a family, <see cref="ChartOptions.SimulateMissingJapaneseFont"/> forces the English fallback.</param>
    /// <returns>
    /// Japanese with a Japanese font when one is available; otherwise English with a Latin font
    /// (and <see cref="Warning"/> when Japanese was requested).
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requested"/> is not a defined language.</exception>
    public static ChartFontChoice Resolve(ChartLanguage requested, ChartOptions? options = null)
    {
        if (!Enum.IsDefined(requested))
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, "Unknown chart language.");
        }

        options ??= ChartOptions.Default;
        string? japanese = options.SimulateMissingJapaneseFont
            ? null
            : options.FontFamily is { } forced
                ? (CanDraw(forced, ProbeText) ? forced : null)
                : FindJapaneseFont();

        if (japanese is not null)
        {
            return new ChartFontChoice(japanese, requested, requested, null);
        }

        string latin = options.FontFamily is { } f && !options.SimulateMissingJapaneseFont && CanDraw(f, "Ag")
            ? f
            : s_latin.Value;
        return new ChartFontChoice(
            latin,
            ChartLanguage.English,
            requested,
            requested == ChartLanguage.Japanese ? Warning : null);
    }

    private static string FindLatinFont()
    {
        foreach (string family in LatinCandidates)
        {
            if (CanDraw(family, "Ag"))
            {
                return family;
            }
        }

        return ScottPlot.Fonts.Default;
    }
}
