using System.Globalization;
using Depgraph.Core;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>
/// The parameter ranges a loaded dataset carries: edge attributes <c>probability_low/high</c>,
/// <c>weight_low/high</c>, <c>strength_low/high</c>, <c>distribution</c>, <c>range_reason</c> and <c>range_group</c>
/// (edges that move together, e.g. every edge taking one channel's default from <c>defaults.yaml</c>), written by the
/// loader from the optional range columns of <c>dependencies.csv</c> and the generic edges CSV and from the ranges in
/// <c>defaults.yaml</c> (checked there, with file and line).
/// </summary>
public static class DatasetRanges
{
    /// <summary>Every range in <paramref name="dataset"/>, in edge order, then probability, weight, strength.</summary>
    /// <param name="dataset">The loaded dataset.</param>
    /// <param name="assumedOnly">Keep only edges whose numbers are not established (the default): ranges on edges whose
    /// <see cref="Edge.ParameterBasis"/> is <see cref="Basis.Evidence"/> or <see cref="Basis.Survey"/> are ignored, those on
    /// <see cref="Basis.Assumption"/>, <see cref="Basis.Scenario"/> and <see cref="Basis.Input"/> (a user's own file
    /// that writes ranges) are varied.</param>
    /// <exception cref="ArgumentException">An attribute holds an invalid range (only possible for hand-built datasets).</exception>
    public static IReadOnlyList<ParameterRange> FromDataset(GraphDataset dataset, bool assumedOnly = true)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        var list = new List<ParameterRange>();
        foreach (var e in dataset.Edges)
        {
            if (assumedOnly && !IsAssumed(e)) continue;
            var a = e.Attributes;
            var shape = a.TryGetValue("distribution", out var d) && d == "triangular" ? RangeDistribution.Triangular : RangeDistribution.Uniform;
            string reason = a.TryGetValue("range_reason", out var r) ? r : "";
            string? group = a.TryGetValue("range_group", out var gr) ? gr : null;
            Add("probability", EdgeParameter.Probability, e.Probability);
            Add("weight", EdgeParameter.Weight, e.DelayHours);
            Add("strength", EdgeParameter.Strength, e.Strength);

            void Add(string prefix, EdgeParameter parameter, double central)
            {
                if (!a.TryGetValue(prefix + "_low", out var lo) || !a.TryGetValue(prefix + "_high", out var hi)) return;
                double low = double.Parse(lo, CultureInfo.InvariantCulture), high = double.Parse(hi, CultureInfo.InvariantCulture);
                list.Add(new ParameterRange(e.Source, e.Target, e.Kind, parameter,
                    new ParameterDistribution(low, high, Math.Clamp(central, low, high), shape), reason, group).Validate());
            }
        }
        return list;
    }

    /// <summary>True when the edge's numbers are not established by evidence or the survey (<see cref="Edge.ParameterBasis"/>
    /// is <see cref="Basis.Assumption"/>, <see cref="Basis.Scenario"/> or <see cref="Basis.Input"/>), so a range on them is varied.</summary>
    public static bool IsAssumed(Edge edge)
    {
        Preconditions.NotNull(edge, nameof(edge));
        return edge.ParameterBasis is Basis.Assumption or Basis.Scenario or Basis.Input;
    }
}
