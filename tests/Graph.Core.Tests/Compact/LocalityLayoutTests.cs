using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Core.Tests.Compact;

public class LocalityLayoutTests
{
    private static CompactGraph Graph(string notation)
    {
        var b = new CompactGraphBuilder();
        foreach (var item in notation.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = item.Split("->");
            int u = b.AddNode(parts[0], NodeKind.Member), v = parts.Length > 1 ? b.AddNode(parts[1], NodeKind.Member) : -1;
            if (v >= 0) b.AddEdge(u, v, EdgeKind.SharesWith, b.EdgeCount + 0.5, 1);
        }
        return b.Build();
    }

    [Fact]
    public void Small_graphs_get_none_unless_forced()
    {
        var g = Graph("a->b, b->c");
        Assert.Null(LocalityLayout.For(g));
        using (LocalityLayout.OverrideThreshold(0)) Assert.NotNull(LocalityLayout.For(g));
        Assert.Null(LocalityLayout.For(g));
        Assert.Throws<ArgumentNullException>(() => LocalityLayout.For(null!));
    }

    [Fact]
    public void Breadth_first_from_the_largest_degree_then_the_rest_in_index_order()
    {
        // c has the largest degree (3): c, then its out-neighbours d, a, then in-neighbour b; x and y are apart
        var g = Graph("a->b, b->c, c->d, c->a, x->y");
        var l = LocalityLayout.Build(g);
        Assert.Equal(new[] { "c", "d", "a", "b", "x", "y" }, l.OldOf.Select(g.Id));
        for (int v = 0; v < g.NodeCount; v++) Assert.Equal(v, l.OldOf[l.NewOf[v]]);
    }

    [Fact]
    public void Arcs_are_the_graphs_edges_renumbered_in_edge_order()
    {
        var g = Graph("a->b, a->b, b->b, b->a, c->a, d, a->c");
        var l = LocalityLayout.Build(g);
        for (int x = 0; x < g.NodeCount; x++)
        {
            int v = l.OldOf[x];
            var arcs = Enumerable.Range(l.OutOffsets[x], l.OutOffsets[x + 1] - l.OutOffsets[x]).ToArray();
            Assert.Equal(Enumerable.Range(g.OutStart(v), g.OutDegree(v)), arcs.Select(i => l.OutEdges[i]));
            Assert.Equal(g.OutNeighbors(v).ToArray(), arcs.Select(i => l.OldOf[l.OutTargets[i]]));
            Assert.Equal(arcs.Select(i => g.Weight(l.OutEdges[i])), arcs.Select(i => l.OutWeights[i]));
            var ins = Enumerable.Range(l.InOffsets[x], l.InOffsets[x + 1] - l.InOffsets[x]).Select(i => l.OldOf[l.InSources[i]]);
            Assert.Equal(g.InNeighbors(v).ToArray(), ins);
        }
    }

    [Fact]
    public void The_empty_graph()
    {
        var l = LocalityLayout.Build(CompactGraph.Empty);
        Assert.Empty(l.OldOf);
        Assert.Equal([0], l.OutOffsets);
        Assert.Empty(l.OutWeights);
    }
}
