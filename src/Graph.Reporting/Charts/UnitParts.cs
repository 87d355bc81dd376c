using System.Text.RegularExpressions;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// Totals over different member units shown with their parts, so a sum of 社 and 機関 is never silent:
/// 「279（272 社、7 機関）」 / "279 (272 companies, 7 bodies)".
/// </summary>
public static partial class UnitParts
{
    /// <summary>True when <paramref name="parts"/> holds counts in more than one unit (the total is then a 延べ組織数).</summary>
    /// <param name="parts">Counts by unit, or null.</param>
    public static bool AreMixed(IReadOnlyList<MemberCount>? parts) =>
        parts is not null && parts.Where(p => p.Count > 0).Select(p => p.Unit).Distinct(StringComparer.Ordinal).Skip(1).Any();

    /// <summary>The total, followed by its parts in parentheses when they mix units (in the given order, zero counts left out).</summary>
    /// <param name="total">The total.</param>
    /// <param name="parts">Counts by unit, or null.</param>
    /// <param name="language">The language of the unit names (<see cref="Glossary.Unit"/>).</param>
    /// <returns>「279（272 社、7 機関）」, or 「279」 when the units do not mix.</returns>
    public static string Label(long total, IReadOnlyList<MemberCount>? parts, Language language)
    {
        string n = ChartStyle.Count(total);
        if (!AreMixed(parts))
        {
            return n;
        }

        var items = parts!.Where(p => p.Count > 0).Select(p => language == Language.Japanese
            ? Glossary.CountOf(p.Count, p.Unit, language)
            : RecordedUnit().Replace(Glossary.CountOf(p.Count, p.Unit, language), string.Empty)); // "272 companies (社)" → "272 companies"
        return language.Pick($"{n}（{string.Join("、", items)}）", $"{n} ({string.Join(", ", items)})");
    }

    /// <summary>The parts when they mix units and add up to <paramref name="total"/>, else null (then only the total is shown).</summary>
    /// <param name="total">The total they must add up to.</param>
    /// <param name="parts">Counts by unit.</param>
    public static IReadOnlyList<MemberCount>? Checked(long total, IReadOnlyList<MemberCount>? parts) =>
        AreMixed(parts) && parts!.Sum(p => p.Count) == total ? parts : null;

    [GeneratedRegex(@" \([^()]*\)$")]
    private static partial Regex RecordedUnit();
}
