namespace Depgraph.Analysis.Paths;

/// <summary>
/// What Dijkstra knows about one vertex: earliest arrival in hours, hops of the chosen path and the vertex before it.
/// 16 bytes, so a label is read and improved in one cache line.
/// </summary>
internal struct ArrivalLabel
{
    /// <summary>Hours; +∞ while unreached.</summary>
    public double Hours;
    /// <summary>Hops of the chosen path; -1 while unreached (any real path has at least 0).</summary>
    public int Hops;
    /// <summary>The vertex before this one on the chosen path; -1 for a source or while unreached.</summary>
    public int Pred;

    /// <summary>The label of a vertex not reached (yet).</summary>
    public static readonly ArrivalLabel Unreached = new() { Hours = double.PositiveInfinity, Hops = -1, Pred = -1 };
}
