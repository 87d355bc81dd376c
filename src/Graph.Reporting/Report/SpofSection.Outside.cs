namespace Depgraph.Reporting.Report;

public sealed partial record SpofSection
{
    /// <summary>
    /// Organisations below the top N (which is ranked by members lost) whose failure still cuts off outside recipients,
    /// e.g. 水道CEPTOAR構成員 (no members of its own beyond the contact points, 1,189 事業体 relayed): named apart so a
    /// ranking by members does not hide them.
    /// </summary>
    public IReadOnlyList<ImpactRow> OutsideBeyondTop { get; init; } = [];
}
