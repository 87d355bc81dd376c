using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// Every vertex of a graph in the ordinal order of its id, and each vertex's rank in that order, so that output sorted
/// by id (the <c>idom</c> map and the cut-off lists of <c>spof</c>) is sorted by integer ranks instead of string
/// comparisons. A thin view of <see cref="IdOrder"/>'s ranking, so the order is the same as <c>IdOrder.Vertices</c> and
/// <c>IdOrder.Sort</c> give.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> The ranking is <see cref="IdOrder"/>'s, made once per graph and kept with it (after
/// <c>ResilienceAnalysis.Run</c>, which ranks the ids for its own lists, it is already there); a list of k vertices is
/// sorted by rank with <c>IdOrder.SortByRank</c>, O(k log k) integer comparisons.</para>
/// <para><b>Memory.</b> Nothing of n beyond the two int arrays IdOrder keeps with the graph; sorting a list of k
/// vertices takes one int array of k (no strings are compared).</para>
/// </remarks>
internal sealed class IdRanks
{
    /// <summary>Graphs from this many vertices sort their two halves in parallel (<see cref="IdOrder.ParallelFrom"/>).</summary>
    public const int ParallelFrom = IdOrder.ParallelFrom;

    private readonly IdOrder.Ranking _ranking;

    private IdRanks(IdOrder.Ranking ranking) => _ranking = ranking;

    /// <summary>The vertices, by id (ordinal).</summary>
    public ReadOnlySpan<int> Order => _ranking.Order;

    /// <summary>The ranking of <paramref name="g"/>'s ids (<see cref="IdOrder"/>'s, computed on first use).</summary>
    public static IdRanks Of(CompactGraph g) => new(IdOrder.Ranks(g));

    /// <summary>The vertices of <paramref name="vertices"/> sorted by id, as a new array.</summary>
    public int[] Sort(List<int> vertices)
    {
        var sorted = vertices.ToArray();
        IdOrder.SortByRank(sorted, _ranking);
        return sorted;
    }
}
