using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Depgraph.Core.Model;

/// <summary>
/// Codes, parsing and the environment's default of <see cref="Language"/>, and <see cref="Pick"/>: the one helper that
/// chooses between a Japanese and an English sentence. Words used in more than one place live in <see cref="Glossary"/>.
/// </summary>
public static class Languages
{
    /// <summary>Every language, Japanese first.</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.Japanese, Language.English];

    /// <summary>The code used on the command line, in file names and in HTML: <c>ja</c> or <c>en</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The two-letter code.</returns>
    public static string Code(this Language language) => language == Language.English ? "en" : "ja";

    /// <summary>The sentence in <paramref name="language"/>: <paramref name="japanese"/> or <paramref name="english"/>.</summary>
    /// <param name="language">The language.</param>
    /// <param name="japanese">The Japanese text.</param>
    /// <param name="english">The English text.</param>
    /// <returns>One of the two texts.</returns>
    public static T Pick<T>(this Language language, T japanese, T english) => language == Language.English ? english : japanese;

    /// <summary>
    /// Reads a language code: <c>ja</c> or <c>en</c> (case and surrounding spaces ignored). Anything else, including
    /// region forms such as <c>ja-JP</c>, is rejected so a typo never silently gives the other language.
    /// </summary>
    /// <param name="text">The code.</param>
    /// <param name="language">The language, when the code is valid.</param>
    /// <returns>True when <paramref name="text"/> is <c>ja</c> or <c>en</c>.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out Language language)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "ja":
                language = Language.Japanese;
                return true;
            case "en":
                language = Language.English;
                return true;
            default:
                language = Language.Japanese;
                return false;
        }
    }

    /// <summary>Reads a language code like <see cref="TryParse"/>, throwing on anything else.</summary>
    /// <param name="text">The code.</param>
    /// <returns>The language.</returns>
    /// <exception cref="FormatException">The code is not <c>ja</c> or <c>en</c>; the message says what was given.</exception>
    public static Language Parse(string? text) =>
        TryParse(text, out Language language) ? language : throw new FormatException($"the language must be ja or en; got '{text}'");

    /// <summary>
    /// The default language for a culture: <see cref="Language.English"/> when the culture's language is English,
    /// otherwise <see cref="Language.Japanese"/> (Japanese cultures, the invariant culture of <c>LANG=C</c>, and every
    /// other language keep the committee papers' default).
    /// </summary>
    /// <param name="culture">The culture, typically <see cref="CultureInfo.CurrentUICulture"/>.</param>
    /// <returns>The language.</returns>
    public static Language FromCulture(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName == "en" ? Language.English : Language.Japanese;
    }

    /// <summary>
    /// The environment's default language: <see cref="FromCulture"/> of <see cref="CultureInfo.CurrentUICulture"/>, which
    /// .NET takes from <c>LC_ALL</c>, <c>LC_MESSAGES</c> or <c>LANG</c> on Linux and macOS and from the display language on
    /// Windows. <c>LANG=en_US.UTF-8</c> gives English; <c>ja_JP.UTF-8</c>, <c>C.UTF-8</c> or no setting give Japanese.
    /// </summary>
    /// <returns>The language.</returns>
    public static Language FromEnvironment() => FromCulture(CultureInfo.CurrentUICulture);
}
