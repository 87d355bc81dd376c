using System.Collections.Concurrent;
using ScottPlot;
using SkiaSharp;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// The fonts charts are drawn with: by default the Japanese font shipped with depgraph (IPAexGothic,
/// <c>fonts/ipaexg.ttf</c> beside <c>Depgraph.Reporting.dll</c>), loaded from its file once per process, so every
/// machine draws byte-identical charts whatever fonts it has installed; a user-chosen font file or installed family
/// instead (<see cref="ChartOptions.FontFamily"/>, <c>depgraph report --font FILE|NAME</c>).
/// </summary>
/// <remarks>
/// <para>
/// The shipped file is registered with ScottPlot under <see cref="ShippedFamily"/> by a font resolver placed
/// <em>before</em> ScottPlot's system-font resolver, so an installed copy of the same family (perhaps another
/// version) never replaces it. It has one weight: bold labels (chart titles) are drawn in the regular weight rather
/// than with fontconfig's synthetic bold, which depends on the machine's configuration.
/// </para>
/// <para>
/// Font files chosen by the user are registered the same way under their family name. The system-font detection
/// (<see cref="JapaneseCandidates"/>, then any installed family that draws <see cref="ProbeText"/>) and the English
/// fallback are used only when a chosen font cannot be found or the shipped file is missing; then
/// <see cref="ChartFontChoice.Warning"/> says what happened. No font situation throws: with no font at all the
/// charts are still written (with English labels, <see cref="Warning"/>).
/// </para>
/// <example>
/// <code>
/// ChartFontChoice font = ChartFonts.Resolve(Language.Japanese);              // IPAexGothic, shipped
/// ChartFontChoice mine = ChartFonts.Resolve(Language.Japanese, new ChartOptions { FontFamily = "/path/NotoSansJP-Regular.ttf" });
/// if (mine.Warning is not null) Console.Error.WriteLine(mine.Warning);
/// </code>
/// </example>
/// </remarks>
public static partial class ChartFonts
{
    /// <summary>The family name of the shipped font (IPAexGothic 004.01, IPA Font License v1.0).</summary>
    public const string ShippedFamily = "IPAexGothic";

    /// <summary>The file name of the shipped font, in the <see cref="ShippedFontFolder"/> folder beside the binary.</summary>
    public const string ShippedFileName = "ipaexg.ttf";

    /// <summary>The folder, beside <c>Depgraph.Reporting.dll</c>, that holds the shipped font and its licence.</summary>
    public const string ShippedFontFolder = "fonts";

    /// <summary>
    /// The one-line warning given when Japanese was requested but no Japanese font is available (the shipped file is
    /// missing and none is installed, or <see cref="ChartOptions.SimulateMissingJapaneseFont"/>): labels are in English.
    /// </summary>
    public const string Warning = "no Japanese font available (the font shipped with depgraph, fonts/ipaexg.ttf beside the binary, is missing and none is installed); chart labels are in English";

    /// <summary>Added to the warning when not even a Latin font exists (the shipped file is missing and nothing is installed).</summary>
    public const string NoFontAtAll = "no font is installed at all, so the charts are written without text (reinstall depgraph with its fonts folder, or pass --font FILE)";

    /// <summary>Characters a font must be able to draw to count as Japanese (kanji, hiragana, katakana, full-width brackets).</summary>
    public const string ProbeText = "日本語の情報共有セプター分野（仮定）";

    /// <summary>
    /// Families SVG viewers are told to use, in order, after the chart's own font: common Japanese system fonts on
    /// Windows, macOS and Linux, so a viewer without the shipped font still shows Japanese (then <c>sans-serif</c>).
    /// </summary>
    public static IReadOnlyList<string> SvgFallbackFamilies { get; } = ["Yu Gothic", "Meiryo", "Hiragino Sans", "Noto Sans CJK JP"];

    /// <summary>Installed Japanese font families tried in order when the shipped font is missing.</summary>
    public static IReadOnlyList<string> JapaneseCandidates { get; } =
    [
        "IPAexGothic", "IPAGothic", "IPAPGothic", "TakaoGothic", "TakaoPGothic", "VL Gothic", "VL PGothic",
        "Yu Gothic", "Meiryo", "Hiragino Sans", "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP",
    ];

    /// <summary>Latin font families tried, in order, for English charts when no Japanese font exists.</summary>
    public static IReadOnlyList<string> LatinCandidates { get; } =
        ["DejaVu Sans", "Liberation Sans", "Arial", "Helvetica", "Noto Sans"];

    /// <summary>A family name given to ScottPlot when no font exists at all (text is then not drawn, but nothing fails).</summary>
    private const string NoFontPlaceholder = "sans-serif";

    private static readonly FileFonts s_files = new();
    private static readonly Lazy<string?> s_shipped = new(LoadShippedFont);
    private static readonly Lazy<string?> s_japanese = new(() => s_shipped.Value ?? FindJapaneseFont(JapaneseCandidates));
    private static readonly Lazy<string> s_latin = new(FindLatinFont);

    /// <summary>
    /// Where the shipped font is looked for: <c>fonts/ipaexg.ttf</c> in the folder of <c>Depgraph.Reporting.dll</c>
    /// (the CLI's build output, which the notebooks reference too), else in <see cref="AppContext.BaseDirectory"/>.
    /// </summary>
    public static string ShippedFontPath { get; } = FindShippedFontPath();

    /// <summary>Whether the shipped font file exists and was loaded (loads it on first use; cached).</summary>
    public static bool ShippedFontAvailable => s_shipped.Value is not null;

    /// <summary>
    /// The Japanese font charts use by default: <see cref="ShippedFamily"/> from <see cref="ShippedFontPath"/>, or,
    /// when that file is missing, the first installed family of <see cref="JapaneseCandidates"/> (or any installed
    /// family) that can draw <see cref="ProbeText"/>; cached.
    /// </summary>
    /// <returns>The family name, or <see langword="null"/> when no Japanese font is available.</returns>
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
            if (InstalledFamily(family) is { } installed && CanDraw(installed, ProbeText))
            {
                return installed;
            }
        }

        // Deterministic order: installed families sorted ordinally.
        foreach (string family in SKFontManager.Default.GetFontFamilies().Order(StringComparer.Ordinal))
        {
            if (!string.IsNullOrWhiteSpace(family) && CanDraw(family, ProbeText))
            {
                return family;
            }
        }

        return null;
    }

    /// <summary>
    /// Loads a font file (TrueType or OpenType) and registers it with ScottPlot under its family name, once per
    /// process and path.
    /// </summary>
    /// <param name="path">The font file.</param>
    /// <returns>The family name to use for labels, or <see langword="null"/> when the file does not exist or is not a font.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    public static string? LoadFontFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return s_files.Load(path);
    }

    /// <summary>Whether <paramref name="family"/> (a loaded font file or an installed family) exists and has a glyph for every character of <paramref name="text"/>.</summary>
    /// <param name="family">A font family name, e.g. "IPAexGothic".</param>
    /// <param name="text">The text to check; whitespace is ignored.</param>
    /// <returns><see langword="true"/> when the family is available and covers the text.</returns>
    public static bool CanDraw(string family, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(family))
        {
            return false;
        }

        if (s_files.Typeface(family) is { } loaded)
        {
            return Covers(loaded, text);
        }

        using SKTypeface? typeface = SKFontManager.Default.MatchFamily(family);
        return typeface is not null && Covers(typeface, text);
    }

    /// <summary>Decides the font and the language a chart is drawn with.</summary>
    /// <param name="requested">The language the caller wants.</param>
    /// <param name="options">
    /// Options; <see cref="ChartOptions.FontFamily"/> chooses a font file or installed family instead of the shipped
    /// font, <see cref="ChartOptions.SimulateMissingJapaneseFont"/> forces the English fallback.
    /// </param>
    /// <returns>
    /// The chosen font when it is found (English labels, with a warning, if it cannot draw Japanese); otherwise the
    /// shipped font (or an installed Japanese font) with a warning naming the font that was not found; otherwise
    /// English with a Latin font and <see cref="Warning"/> when Japanese was requested.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="requested"/> is not a defined language.</exception>
    public static ChartFontChoice Resolve(Language requested, ChartOptions? options = null)
    {
        if (!Enum.IsDefined(requested))
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, "Unknown chart language.");
        }

        options ??= ChartOptions.Default;
        if (options.SimulateMissingJapaneseFont)
        {
            return English(requested, null);
        }

        string? notFound = null;
        string? chosenFont = string.IsNullOrWhiteSpace(options.FontFamily) ? DefaultFont : options.FontFamily;
        if (!string.IsNullOrWhiteSpace(chosenFont))
        {
            string chosen = chosenFont.Trim();
            string? family = FindChosenFont(chosen);
            if (family is not null)
            {
                return requested == Language.English || CanDraw(family, ProbeText)
                    ? new ChartFontChoice(family, requested, requested, null)
                    : new ChartFontChoice(family, Language.English, requested, $"font '{chosen}' has no Japanese glyphs; chart labels are in English");
            }

            notFound = $"font '{chosen}' not found (no such font file or installed family)";
        }

        if (FindJapaneseFont() is { } japanese)
        {
            return new ChartFontChoice(japanese, requested, requested, notFound is null ? null : $"{notFound}; charts use {japanese}");
        }

        return English(requested, notFound);
    }

    /// <summary>
    /// The font every chart of this process uses when <see cref="ChartOptions.FontFamily"/> is not set: a font file
    /// or installed family, or <see langword="null"/> (the default) for the shipped font. Process-wide, for notebooks;
    /// set it with <see cref="UseAsScottPlotDefault"/>.
    /// </summary>
    public static string? DefaultFont { get; private set; }

    /// <summary>
    /// Makes <paramref name="font"/> (a font file or installed family; <see langword="null"/> for the shipped font)
    /// the chart font of this process: the depgraph charts' <see cref="DefaultFont"/> and ScottPlot's
    /// <c>Fonts.Default</c>, for plots built directly with ScottPlot. The notebooks do this once, in <c>_setup.csx</c>.
    /// </summary>
    /// <param name="font">A font file or installed family name; <see langword="null"/> for the shipped font.</param>
    /// <returns>The font chosen, with a warning when <paramref name="font"/> was not found.</returns>
    public static ChartFontChoice UseAsScottPlotDefault(string? font = null)
    {
        ChartFontChoice choice = Resolve(Language.Japanese, new ChartOptions { FontFamily = font });
        lock (ChartStyle.FontLock)
        {
            DefaultFont = string.IsNullOrWhiteSpace(font) ? null : font;
            Fonts.Default = choice.Family;
        }

        return choice;
    }

    /// <summary>
    /// The unified ideograph (U+3400–U+9FFF) that a loaded font draws with the same glyph as a CJK or Kangxi radical
    /// (U+2E80–U+2FDF), e.g. U+2EA0 ⺠ → 民, U+2F12 ⼒ → 力: SkiaSharp's SVG writer turns such a glyph back into the
    /// radical. Covers the shipped font and every font file loaded so far.
    /// </summary>
    /// <param name="radical">A character in U+2E80–U+2FDF.</param>
    /// <returns>The ideograph, or <see langword="null"/> when no loaded font shares the radical's glyph with one.</returns>
    internal static char? IdeographSharingGlyphWith(char radical)
    {
        _ = s_shipped.Value;
        return s_files.IdeographSharingGlyphWith(radical);
    }

    /// <summary>The typeface of a loaded font file (shared, never dispose it), or null when <paramref name="family"/> is not one.</summary>
    internal static SKTypeface? LoadedTypeface(string family)
    {
        _ = s_shipped.Value;
        return s_files.Typeface(family);
    }

    private static ChartFontChoice English(Language requested, string? notFound)
    {
        string latin = s_latin.Value;
        string? warning = requested == Language.Japanese ? Warning : null;
        if (notFound is not null)
        {
            warning = warning is null ? $"{notFound}; charts use {latin}" : $"{notFound}; {warning}";
        }

        if (latin == NoFontPlaceholder && !CanDraw(latin, "Ag"))
        {
            warning = (warning is null ? string.Empty : warning + "; ") + NoFontAtAll;
        }

        return new ChartFontChoice(latin, Language.English, requested, warning);
    }

    /// <summary>A chosen font: a loaded file's family, an existing font file, or an installed family; null when none.</summary>
    private static string? FindChosenFont(string chosen)
    {
        _ = s_shipped.Value;
        if (File.Exists(chosen))
        {
            return s_files.Load(chosen);
        }

        if (s_files.Typeface(chosen) is not null)
        {
            return chosen;
        }

        return LooksLikeAPath(chosen) ? null : InstalledFamily(chosen);
    }

    private static bool LooksLikeAPath(string s)
        => s.Contains('/', StringComparison.Ordinal) || s.Contains('\\', StringComparison.Ordinal)
           || new[] { ".ttf", ".otf", ".ttc", ".otc" }.Any(e => s.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The installed family named <paramref name="family"/> (ignoring case, as ScottPlot does), or null.</summary>
    private static string? InstalledFamily(string family)
        => SKFontManager.Default.GetFontFamilies().FirstOrDefault(f => string.Equals(f, family, StringComparison.OrdinalIgnoreCase));

    private static bool Covers(SKTypeface typeface, string text)
    {
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

    private static string FindShippedFontPath()
    {
        string? assemblyDir = Path.GetDirectoryName(typeof(ChartFonts).Assembly.Location);
        foreach (string? dir in new[] { assemblyDir, AppContext.BaseDirectory })
        {
            if (!string.IsNullOrEmpty(dir) && File.Exists(Path.Combine(dir, ShippedFontFolder, ShippedFileName)))
            {
                return Path.GetFullPath(Path.Combine(dir, ShippedFontFolder, ShippedFileName));
            }
        }

        return Path.GetFullPath(Path.Combine(string.IsNullOrEmpty(assemblyDir) ? AppContext.BaseDirectory : assemblyDir, ShippedFontFolder, ShippedFileName));
    }

    private static string? LoadShippedFont()
    {
        string? family = s_files.Load(ShippedFontPath, ShippedFamily);
        return family is not null && CanDraw(family, ProbeText) ? family : null;
    }

    private static string FindLatinFont()
    {
        foreach (string family in LatinCandidates)
        {
            if (InstalledFamily(family) is { } installed && CanDraw(installed, "Ag"))
            {
                return installed;
            }
        }

        string system = SKTypeface.Default.FamilyName;
        if (!string.IsNullOrWhiteSpace(system) && InstalledFamily(system) is { } found)
        {
            return found;
        }

        // No Latin font installed: any installed family that draws Latin, else nothing at all.
        return SKFontManager.Default.GetFontFamilies().Order(StringComparer.Ordinal)
            .FirstOrDefault(f => !string.IsNullOrWhiteSpace(f) && CanDraw(f, "Ag")) ?? NoFontPlaceholder;
    }
}
