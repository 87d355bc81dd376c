using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting;

/// <summary>
/// The ja/en glossary of the domain's words that outputs print: member units (社 → companies …). Used by the
/// report, the charts and the CLI tables, so every output translates a word the same way.
/// </summary>
public static class Glossary
{
    private static readonly Dictionary<string, string> UnitsEn = new(StringComparer.Ordinal)
    {
        ["社"] = "companies",
        ["団体"] = "associations",
        ["機関"] = "bodies",
        ["都道府県"] = "prefectures",
        ["市区町村"] = "municipalities",
        ["グループ"] = "group",
        ["水道事業体"] = "water utilities",
        ["地方公共団体"] = "local governments",
        ["社・団体"] = "companies or associations",
        ["社・機関"] = "companies or bodies",
        ["事業体"] = "utilities",
    };

    /// <summary>
    /// A member unit in <paramref name="language"/>: Japanese as recorded (the plain-member unit <c>member</c> as
    /// 構成員); English as the translation with the recorded unit in parentheses (<c>companies (社)</c>), or the unit
    /// itself when the glossary has none.
    /// </summary>
    /// <param name="unit">The unit as recorded in the dataset.</param>
    /// <param name="language">The language.</param>
    /// <returns>The unit's name.</returns>
    public static string Unit(string unit, ChartLanguage language)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit == "member")
        {
            return language == ChartLanguage.Japanese ? "構成員" : "members";
        }

        return language == ChartLanguage.Japanese || !UnitsEn.TryGetValue(unit, out string? en) ? unit : $"{en} ({unit})";
    }
}
