using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// Every vertex of a graph in the ordinal order of its id, and each vertex's rank in that order, so that output sorted
/// by id (the <c>idom</c> map and the cut-off lists of <c>spof</c>) is sorted by integer ranks instead of string
/// comparisons. Ids are unique, so the order is total and the same as <c>IdOrder.Vertices</c> and <c>IdOrder.Sort</c>
/// give.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> The ordinal order of the n ids is <see cref="IdOrder.Vertices"/>'s, made once per graph and
/// kept with it (so after <c>ResilienceAnalysis.Run</c>, which ranks the ids for its own lists, it is a copy); a list of k
/// vertices is then sorted by rank in O(k log k) integer comparisons.</para>
/// <para><b>Memory.</b> Two int arrays of n (order and rank), besides the two IdOrder keeps with the graph; sorting
/// a list of k vertices takes one int array of k (no strings are compared).</para>
/// </remarks>
internal sealed class IdRanks
{
    /// <summary>Graphs from this many vertices sort their two halves in parallel (<see cref="IdOrder.ParallelFrom"/>).</summary>
    public const int ParallelFrom = IdOrder.ParallelFrom;

    private readonly int[] _order;
    private readonly int[] _rank;

    private IdRanks(int[] order)
    {
        _order = order;
        _rank = new int[order.Length];
        for (int i = 0; i < order.Length; i++) _rank[order[i]] = i;
    }

    /// <summary>The vertices, by id (ordinal).</summary>
    public ReadOnlySpan<int> Order => _order;

    /// <summary>Computes the order of <paramref name="g"/>'s ids (<see cref="IdOrder.Vertices"/>).</summary>
    public static IdRanks Of(CompactGraph g) => new(IdOrder.Vertices(g));

    /// <summary>The vertices of <paramref name="vertices"/> sorted by id, as a new array.</summary>
    public int[] Sort(List<int> vertices)
    {
        var ranks = new int[vertices.Count];
        for (int i = 0; i < ranks.Length; i++) ranks[i] = _rank[vertices[i]];
        Array.Sort(ranks);
        for (int i = 0; i < ranks.Length; i++) ranks[i] = _order[ranks[i]];
        return ranks;
    }
}
