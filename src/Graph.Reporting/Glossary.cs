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

    private static readonly Dictionary<string, string> SingularEn = new(StringComparer.Ordinal)
    {
        ["companies"] = "company",
        ["associations"] = "association",
        ["bodies"] = "body",
        ["prefectures"] = "prefecture",
        ["municipalities"] = "municipality",
        ["water utilities"] = "water utility",
        ["local governments"] = "local government",
        ["companies or associations"] = "company or association",
        ["companies or bodies"] = "company or body",
        ["utilities"] = "utility",
        ["members"] = "member",
    };

    /// <summary>
    /// A count with its unit: 「7 機関」 in Japanese; in English the unit agrees with the number (<c>1 body (機関)</c>,
    /// <c>7 bodies (機関)</c>). Numbers are formatted with thousands separators (invariant culture).
    /// </summary>
    /// <param name="count">The count.</param>
    /// <param name="unit">The unit as recorded in the dataset.</param>
    /// <param name="language">The language.</param>
    /// <returns>The count and unit.</returns>
    public static string Count(long count, string unit, ChartLanguage language)
    {
        string n = count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        if (unit.Length == 0)
        {
            return n;
        }

        string name = Unit(unit, language);
        if (language != ChartLanguage.Japanese && count == 1)
        {
            foreach (var (plural, single) in SingularEn)
            {
                if (name == plural || name.StartsWith(plural + " (", StringComparison.Ordinal))
                {
                    name = single + name[plural.Length..];
                    break;
                }
            }
        }

        return $"{n} {name}";
    }
}
