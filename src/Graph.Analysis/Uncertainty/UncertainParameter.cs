using Depgraph.Core.Model;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>
/// One varied input of an uncertainty or sensitivity analysis: one or more edge ranges that move together
/// (the same cumulative probability <c>u</c> is applied to each, through its own range), resolved to the edge ids
/// of one graph.
/// </summary>
/// <param name="Name">Display name: the group name, or the single range's <see cref="ParameterRange.Name"/>.</param>
/// <param name="Parameter">The edge attribute varied.</param>
/// <param name="Ranges">The ranges (one unless grouped), in input order.</param>
/// <param name="EdgeIds">Edge ids in the resolved graph.</param>
/// <param name="RangeOfEdge">For each entry of <paramref name="EdgeIds"/>, the index of its range in <paramref name="Ranges"/>.</param>
/// <param name="CentralUnit">The cumulative probability of the first range's central value (where it sits when not varied).</param>
public sealed record UncertainParameter(string Name, EdgeParameter Parameter, IReadOnlyList<ParameterRange> Ranges,
    int[] EdgeIds, int[] RangeOfEdge, double CentralUnit)
{
    /// <summary>The first range (the only one unless grouped).</summary>
    public ParameterRange Range => Ranges[0];

    /// <summary>Value of range <paramref name="rangeIndex"/> at cumulative probability <paramref name="u"/>.</summary>
    public double ValueAt(int rangeIndex, double u) => Ranges[rangeIndex].Distribution.Quantile(u);

    /// <summary>The edge named as in the input: source, target, type.</summary>
    public (string Source, string Target, string Type) Edge => (Range.Source, Range.Target, Range.Kind.Token());
}
