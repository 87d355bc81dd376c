using Depgraph.Core;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Reach;

/// <summary>The edges of a dataset that pass information on only under a condition (<see cref="Edge.Condition"/>).</summary>
public static class ConditionalEdges
{
    /// <summary>(source id, target id) of every edge with a condition, for <see cref="ReachOptions.ConditionalEdges"/>.</summary>
    /// <param name="dataset">The loaded dataset.</param>
    /// <returns>The pairs, ordinal set; empty when no edge is conditional.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <example><code>var options = new ReachOptions { ConditionalEdges = ConditionalEdges.Of(dataset) };</code></example>
    public static IReadOnlySet<(string Source, string Target)> Of(GraphDataset dataset)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        var set = new HashSet<(string, string)>();
        foreach (var e in dataset.Edges)
            if (e.Condition is not null) set.Add((e.Source, e.Target));
        return set;
    }
}
