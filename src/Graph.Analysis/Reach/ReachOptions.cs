namespace Depgraph.Analysis.Reach;

/// <summary>Limits of a reach query (<see cref="ReachAnalysis.Run"/>).</summary>
/// <remarks>
/// The two limits are applied independently: a vertex is reached when its <em>minimum hop count</em> is at most
/// <see cref="MaxHops"/> and its <em>earliest arrival</em> is at most <see cref="WithinHours"/>. The fewest-hop
/// path and the fastest path may differ, so a vertex can qualify although no single path meets both limits
/// (e.g. 2 hops taking 30 h, or 5 hops taking 3 h, with <c>MaxHops = 2, WithinHours = 4</c>). This answers
/// "who is at most K hand-overs away, and who hears within H hours", not a resource-constrained path problem.
/// </remarks>
public sealed record ReachOptions
{
    /// <summary>Keep vertices at most this many hops away (null: no limit).</summary>
    public int? MaxHops { get; init; }

    /// <summary>Keep vertices whose earliest arrival is at most this many hours (null: no limit).</summary>
    public double? WithinHours { get; init; }

    /// <summary>
    /// Edges (source id, target id) that pass information on only under a condition (a dataset's <c>conditional</c>
    /// attribute, e.g. 水道's relay to 1,189 事業体 「内容に応じ」). A vertex every path to which crosses one of them is
    /// reported as <see cref="ReachedNode.Conditional"/> and counted apart; null or empty: every edge is certain.
    /// <see cref="ConditionalEdges.Of"/> collects them from a dataset.
    /// </summary>
    public IReadOnlySet<(string Source, string Target)>? ConditionalEdges { get; init; }

    /// <summary>No limits.</summary>
    public static ReachOptions Default { get; } = new();

    /// <summary>Checks the options and returns them.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="MaxHops"/> is negative, or <see cref="WithinHours"/> is negative, NaN or infinite.</exception>
    public ReachOptions Validate()
    {
        if (MaxHops is int h && h < 0)
            throw new ArgumentOutOfRangeException(nameof(MaxHops), h, "MaxHops must be 0 or more (number of hand-overs).");
        if (WithinHours is double w && (!(w >= 0) || double.IsInfinity(w)))
            throw new ArgumentOutOfRangeException(nameof(WithinHours), w, "WithinHours must be a finite number of hours, 0 or more.");
        return this;
    }
}
