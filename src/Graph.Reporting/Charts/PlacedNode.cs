namespace Depgraph.Reporting.Charts;

/// <summary>A node of a <see cref="NetworkLayout"/>: the input node (or an aggregate) with its position.</summary>
/// <param name="Id">The node id; aggregates have ids starting with <see cref="NetworkLayout.AggregatePrefix"/>.</param>
/// <param name="Layer">Layer index.</param>
/// <param name="Name">Display name (for aggregates, the name is filled in by the chart: 「その他 N 組織」).</param>
/// <param name="Members">Members (for aggregates, the sum of the aggregated nodes).</param>
/// <param name="IsSpof">Single point of failure.</param>
/// <param name="AggregatedCount">0 for a real node; for an aggregate, how many nodes it stands for.</param>
/// <param name="X">Horizontal position in [0, 1].</param>
/// <param name="Y">Vertical position: −<paramref name="Layer"/>.</param>
public sealed record PlacedNode(string Id, int Layer, LocalizedName Name, long Members, bool IsSpof, int AggregatedCount, double X, double Y)
{
    /// <summary>Whether this node stands for several aggregated nodes.</summary>
    public bool IsAggregate => AggregatedCount > 0;
}
