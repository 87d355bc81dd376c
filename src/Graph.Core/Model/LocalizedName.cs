namespace Depgraph.Core.Model;

/// <summary>
/// A name in Japanese and English, as carried by the domain model; charts pick the one that
/// matches their <see cref="Model.Language"/>.
/// </summary>
/// <param name="Japanese">The Japanese name, e.g. 「電力」.</param>
/// <param name="English">The English name, e.g. "Electricity".</param>
/// <remarks>
/// A plain <see cref="string"/> converts implicitly into a name that is the same in both
/// languages (handy for sample data and organisation names that have no English form).
/// </remarks>
public readonly record struct LocalizedName(string Japanese, string English)
{
    /// <summary>The name in <paramref name="language"/>; falls back to the other language when empty.</summary>
    /// <param name="language">The language.</param>
    /// <returns>The non-empty name, or the empty string when both are empty.</returns>
    public string For(Language language)
    {
        string ja = Japanese ?? string.Empty;
        string en = English ?? string.Empty;
        return language == Language.English
            ? (en.Length > 0 ? en : ja)
            : (ja.Length > 0 ? ja : en);
    }

    /// <summary>
    /// The name in <paramref name="language"/> as a heading or report column prints it: like <see cref="For"/>, with the
    /// first letter of an English name capitalised (<c>members</c> → <c>Members</c>).
    /// </summary>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public string Title(Language language)
    {
        string s = For(language);
        return language == Language.English && s.Length > 0 && char.IsLower(s[0]) ? char.ToUpperInvariant(s[0]) + s[1..] : s;
    }

    /// <summary>A name that is the same in both languages.</summary>
    /// <param name="name">The name.</param>
    public static implicit operator LocalizedName(string name) => new(name, name);

    /// <summary>The Japanese name (or the English one when there is no Japanese name).</summary>
    /// <returns>The display name.</returns>
    public override string ToString() => For(Language.Japanese);
}
