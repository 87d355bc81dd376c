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
}
