using Depgraph.Analysis.Uncertainty;

namespace Depgraph.Reporting.Charts;

/// <summary>One assumption's influence on one result, as the tornado and Sobol charts draw it.</summary>
/// <param name="Name">The assumption (e.g. 「金融 → 情報通信 の依存確率」).</param>
/// <param name="FirstOrder">Sobol first-order index S1 (share of variance from this assumption alone).</param>
/// <param name="Total">Sobol total index ST (including interactions).</param>
/// <param name="AtLow">The result with this assumption at the low end of its range, the others central.</param>
/// <param name="AtHigh">The result with it at the high end.</param>
public sealed record SensitivityDriver(LocalizedName Name, double FirstOrder, double Total, double AtLow, double AtHigh)
{
    /// <summary>Bootstrap 95 % interval of <see cref="FirstOrder"/>; null when not estimated (the Sobol chart then draws no whisker).</summary>
    public Interval? Ci95FirstOrder { get; init; }

    /// <summary>Bootstrap 95 % interval of <see cref="Total"/>; null when not estimated.</summary>
    public Interval? Ci95Total { get; init; }
}
