using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

public class IdOrderTests
{
    // vertex 0 = "b", 1 = "a", 2 = "c", 3 = "B": index order differs from id order, and ordinal puts "B" before "a"
    private static readonly CompactGraph G = TestGraphs.Parse("b->a, a->c, c->B");

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>(() => IdOrder.Sort(null!, [0]));
        Assert.Throws<ArgumentNullException>(() => IdOrder.Sort(G, null!));
        Assert.Throws<ArgumentNullException>(() => IdOrder.SortPairs(G, null!, undirected: true));
        Assert.Throws<ArgumentNullException>(() => IdOrder.Vertices(null!));
    }

    [Fact]
    public void Sort_orders_vertices_by_ordinal_id_not_by_index()
    {
        Assert.Equal(["B", "a", "b", "c"], IdOrder.Sort(G, [0, 1, 2, 3]).Select(G.Id));
        Assert.Equal(["B", "a", "b", "c"], IdOrder.Vertices(G).Select(G.Id));
        Assert.Empty(IdOrder.Sort(G, []));
        Assert.True(IdOrder.Compare(G, 1, 0) < 0);
    }

    [Fact]
    public void Undirected_pairs_put_the_smaller_id_first_directed_pairs_keep_their_direction()
    {
        var pairs = new[] { (0, 1), (2, 3), (0, 2) };
        Assert.Equal([("B", "c"), ("a", "b"), ("b", "c")], IdOrder.SortPairs(G, pairs, undirected: true).Select(p => (G.Id(p.A), G.Id(p.B))));
        Assert.Equal([("b", "a"), ("b", "c"), ("c", "B")], IdOrder.SortPairs(G, pairs, undirected: false).Select(p => (G.Id(p.A), G.Id(p.B))));
    }

    /// <summary>Unique ids in a given number of ascending runs (blocks of sorted ids, blocks shuffled), or shuffled.</summary>
    private static CompactGraph Ids(int n, int runs, int seed)
    {
        var rng = new Random(seed);
        string[] stems = ["m", "M", "ceptoar.", "金融", "𠮷", "a-b", "Z", "é", ""];
        var used = new HashSet<string>(StringComparer.Ordinal);
        while (used.Count < n) used.Add(stems[rng.Next(stems.Length)] + rng.Next(0, 5 * n + 10).ToString(rng.Next(2) == 0 ? "D7" : "D", System.Globalization.CultureInfo.InvariantCulture));
        var ids = used.Order(StringComparer.Ordinal).ToArray();
        string[] laid;
        if (runs <= 0) laid = ids.OrderBy(_ => rng.Next()).ToArray();
        else
        {
            // cut the sorted ids into `runs` blocks and lay them out from the last to the first: exactly `runs` runs
            var cuts = Enumerable.Range(1, n - 1).OrderBy(_ => rng.Next()).Take(runs - 1).Order().Prepend(0).Append(n).ToArray();
            laid = Enumerable.Range(0, runs).Reverse().SelectMany(b => ids[cuts[b]..cuts[b + 1]]).ToArray();
        }
        var b = new CompactGraphBuilder();
        foreach (var id in laid) b.AddNode(id, Depgraph.Core.Model.NodeKind.Member);
        return b.Build();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(300, 1)]
    [InlineData(300, 2)]
    [InlineData(300, 3)]
    [InlineData(1000, IdOrder.MaxRuns)] // merged run by run
    [InlineData(1000, IdOrder.MaxRuns + 1)] // sorted
    [InlineData(1000, 0)] // shuffled
    [InlineData(IdOrder.ParallelFrom + 1_001, 0)] // the two halves sorted side by side and merged
    [InlineData(IdOrder.ParallelFrom + 1_001, 5)]
    public void Vertices_is_the_ordinal_sort_however_the_ids_come(int n, int runs)
    {
        var g = Ids(n, runs, seed: n + runs);
        var expected = Enumerable.Range(0, n).OrderBy(g.Id, StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, IdOrder.Vertices(g));
        Assert.Equal(expected, IdOrder.Vertices(g)); // kept, and a copy each time
        var r = IdOrder.Ranks(g);
        Assert.All(Enumerable.Range(0, n), i => Assert.Equal(i, r.Rank[r.Order[i]]));
    }

    [Fact]
    public void Sorts_by_rank_equal_sorts_by_comparing_ids()
    {
        var rng = new Random(3);
        var g = Ids(2000, 0, seed: 3);
        var some = Enumerable.Range(0, 2000).Where(_ => rng.Next(3) == 0).ToArray();
        var pairs = Enumerable.Range(0, 3000).Select(_ => (rng.Next(2000), rng.Next(2000))).ToArray();
        // a new graph has no ranking yet: the sorts compare ids (and do not make one)
        Assert.Null(IdOrder.Known(g));
        var byString = (IdOrder.Sort(g, some), IdOrder.SortPairs(g, pairs, true), IdOrder.SortPairs(g, pairs, false));
        Assert.Null(IdOrder.Known(g));
        IdOrder.Vertices(g); // the ranking is now known: sorts use ranks
        Assert.NotNull(IdOrder.Known(g));
        var byRank = (IdOrder.Sort(g, some), IdOrder.SortPairs(g, pairs, true), IdOrder.SortPairs(g, pairs, false));
        Assert.Equal(byString.Item1, byRank.Item1);
        Assert.Equal(byString.Item2, byRank.Item2);
        Assert.Equal(byString.Item3, byRank.Item3);
        Assert.Equal(some.OrderBy(g.Id, StringComparer.Ordinal), byRank.Item1);
    }
}
