namespace Depgraph.Core.Model;

/// <summary>A number of member organisations in one unit, e.g. 1,741 市区町村.</summary>
/// <param name="Unit">The unit as the source writes it: 社, 団体, 機関, 都道府県, 市区町村, 水道事業体, グループ, 社・団体 …</param>
/// <param name="Count">The count (non-negative).</param>
public readonly record struct MemberCount(string Unit, long Count)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Count:N0} {Unit}";
}
