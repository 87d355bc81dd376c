using Depgraph.Analysis.Reach;

namespace Depgraph.Reporting.Charts;

/// <summary>Input of <see cref="ReachTimeChart"/>: the cumulative members reached over time.</summary>
/// <param name="Points">Points sorted by hours (non-decreasing), with non-decreasing cumulative <see cref="ArrivalPoint.Members"/>, none above <paramref name="TotalMembers"/>.</param>
/// <param name="TotalMembers">All member organisations (the 100 % line), &gt; 0.</param>
/// <param name="SameDayHours">Where the 「当日中」/"same day" mark is drawn (the drill's target), default 24 h.</param>
/// <param name="IsAssumption">True when the arrival times rest on assumed channel delays (the title then says 「（仮定）」).</param>
public sealed record ReachCurve(IReadOnlyList<ArrivalPoint> Points, long TotalMembers, double SameDayHours = 24, bool IsAssumption = false)
{
    /// <summary>The share (0–1) of members reached at <paramref name="hours"/> (step function: the last point at or before it).</summary>
    /// <param name="hours">Hours after the alert.</param>
    /// <returns>The share reached.</returns>
    public double ShareAt(double hours)
    {
        long reached = 0;
        foreach (ArrivalPoint p in Points)
        {
            if (p.Hours > hours)
            {
                break;
            }

            reached = p.Members;
        }

        return TotalMembers > 0 ? (double)reached / TotalMembers : 0;
    }
}
