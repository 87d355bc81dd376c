using System.Runtime.CompilerServices;

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

    /// <summary>
    /// The tie rule of the library's Dijkstra (<see cref="ShortestPaths.Search"/>, <see cref="DinitzBuckets.Search"/>),
    /// which relax an arc when <c>offer &lt; label.Hours || (offer == label.Hours &amp;&amp; WinsTie(…))</c>: does an offer
    /// of <paramref name="hours"/> (equal to the label's) and <paramref name="hops"/> from vertex <paramref name="pred"/>
    /// beat <paramref name="label"/>? At equal finite hours fewer hops win, then the smaller predecessor (key (hours,
    /// hops, vertex)); +∞ never wins. The hour comparisons stay in the callers' loops: most arcs are decided there with
    /// one branch, and the JIT lays the loops out as before (a whole-rule helper measured 15–20 % slower at L).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool WinsTie(double hours, int hops, int pred, in ArrivalLabel label) =>
        hours < double.PositiveInfinity && (hops < label.Hops || (hops == label.Hops && pred < label.Pred));
}
