using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Resilience;

public class NodeImpactTests
{
    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>(() => NodeImpact.Compute(null!, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => NodeImpact.Compute(TestGraphs.Path(3), 3));
        var other = Dominators.Compute(TestGraphs.Path(4), 0);
        Assert.Throws<ArgumentException>(() => NodeImpact.Compute(TestGraphs.Path(3), other));
    }

    [Fact]
    public void Single_vertex_has_no_entries() => Assert.Empty(NodeImpact.Compute(TestGraphs.Parse("a"), 0));

    [Fact]
    public void Path_ranks_nearest_the_root_first()
    {
        var entries = NodeImpact.Compute(TestGraphs.Path(4), 0);
        Assert.Equal(new[] { new NodeImpactEntry(1, 2, 2), new NodeImpactEntry(2, 1, 1) }, entries);
    }

    [Fact]
    public void Star_and_cycle_leaves_cut_off_nothing()
    {
        Assert.Empty(NodeImpact.Compute(TestGraphs.Star(6), 0));
        Assert.Equal(new[] { 1, 2, 3 }, NodeImpact.Compute(TestGraphs.Cycle(5), 0).Select(e => e.Vertex)); // 1 loses 3, 2 loses 2, …
    }

    [Fact]
    public void Documented_example()
    {
        var g = TestGraphs.Parse("r->a, a->b, a->c, r->c");
        Assert.Equal(new[] { new NodeImpactEntry(g.IndexOf("a"), 1, 1) }, NodeImpact.Compute(g, g.IndexOf("r")));
    }

    [Fact]
    public void Members_weigh_before_reach_then_ids_break_ties()
    {
        // r → hub1 → {m1} ; r → hub2 → {agg (120 members)} ; r → z → {m2}, r → y → {m3}
        var b = new CompactGraphBuilder();
        int r = b.AddNode("r", NodeKind.Government);
        int hub1 = b.AddNode("hub1", NodeKind.Ceptoar), hub2 = b.AddNode("hub2", NodeKind.Ceptoar);
        int z = b.AddNode("z", NodeKind.Ceptoar), y = b.AddNode("y", NodeKind.Ceptoar);
        int m1 = b.AddNode("m1", NodeKind.Member), m2 = b.AddNode("m2", NodeKind.Member), m3 = b.AddNode("m3", NodeKind.Member);
        int m4 = b.AddNode("m4", NodeKind.Member);
        int agg = b.AddNode("agg", NodeKind.Member, members: [new MemberCount("社", 100), new MemberCount("団体", 20)]);
        foreach (var (s, t) in new[] { (r, hub1), (hub1, m1), (hub1, m4), (r, hub2), (hub2, agg), (r, z), (z, m2), (r, y), (y, m3) })
            b.AddEdge(s, t);
        var g = b.Build();
        var entries = NodeImpact.Compute(g, r);
        Assert.Equal(new[]
        {
            new NodeImpactEntry(hub2, 1, 120),
            new NodeImpactEntry(hub1, 2, 2),
            new NodeImpactEntry(y, 1, 1),   // "y" < "z" ordinal
            new NodeImpactEntry(z, 1, 1),
        }, entries);
    }

    [Fact]
    public void Outside_recipients_are_counted_apart_from_the_members()
    {
        // r → hub → {m (12 members), relay (contact points, 8)} ; relay → ext (1,189 事業体) ; hub → ext2 (no counts: not counted)
        var b = new CompactGraphBuilder();
        int r = b.AddNode("r", NodeKind.Government), hub = b.AddNode("hub", NodeKind.Ceptoar);
        int m = b.AddNode("m", NodeKind.Member, members: [new MemberCount("社", 12)]);
        int relay = b.AddNode("relay", NodeKind.Member, members: [new MemberCount("水道事業体", 8)]);
        int ext = b.AddNode("ext", NodeKind.External, members: [new MemberCount("事業体", 1189)]);
        int ext2 = b.AddNode("ext2", NodeKind.External);
        foreach (var (s, t) in new[] { (r, hub), (hub, m), (hub, relay), (relay, ext), (hub, ext2) }) b.AddEdge(s, t);
        var g = b.Build();
        Assert.Equal(1189, g.OutsideRecipientWeight(ext));
        Assert.Equal(0, g.OutsideRecipientWeight(ext2));
        Assert.Equal(0, g.OutsideRecipientWeight(relay));
        Assert.Equal(new[]
        {
            new NodeImpactEntry(hub, 4, 20, 1189),
            new NodeImpactEntry(relay, 1, 0, 1189),
        }, NodeImpact.Compute(g, r));
        Assert.Contains(new LinkImpactEntry(relay, ext, 1, 0, 1189), LinkImpact.Compute(g, r));
        Assert.Contains(new LinkImpactEntry(hub, relay, 2, 8, 1189), LinkImpact.Compute(g, r));
    }

    [Fact]
    public void Outside_recipients_without_units_count_one_each_on_a_generic_graph()
    {
        var b = new CompactGraphBuilder();
        int r = b.AddNode("r", NodeKind.Government), a = b.AddNode("a", NodeKind.Ceptoar);
        int x = b.AddNode("x", NodeKind.External), y = b.AddNode("y", NodeKind.External);
        foreach (var (s, t) in new[] { (r, a), (a, x), (a, y) }) b.AddEdge(s, t);
        var g = b.Build();
        Assert.Equal(new[] { new NodeImpactEntry(a, 2, 0, 2) }, NodeImpact.Compute(g, r));
    }

    [Fact]
    public void Random_graphs_match_removal_and_reachability()
    {
        for (int seed = 0; seed < 300; seed++)
        {
            var g = MemberWeighted(BruteForce.RandomMultigraph(seed, maxN: 10), seed);
            for (int root = 0; root < g.NodeCount; root += 3)
            {
                var reach = BruteForce.Reachable(g, root);
                var expected = new List<NodeImpactEntry>();
                for (int v = 0; v < g.NodeCount; v++)
                {
                    if (v == root || !reach[v]) continue;
                    var after = BruteForce.Reachable(g, root, skipVertex: v);
                    var lost = Enumerable.Range(0, g.NodeCount).Where(w => w != v && reach[w] && !after[w]).ToArray();
                    if (lost.Length > 0) expected.Add(new NodeImpactEntry(v, lost.Length, lost.Sum(g.MemberWeight)));
                }
                var ranked = expected.OrderByDescending(e => e.MembersLost).ThenByDescending(e => e.ReachLost)
                    .ThenBy(e => g.Id(e.Vertex), StringComparer.Ordinal).ToArray();
                Assert.Equal(ranked, NodeImpact.Compute(g, root));
            }
        }
    }

    /// <summary>The same graph with pseudo-random member counts, so that MembersLost differs from ReachLost.</summary>
    internal static CompactGraph MemberWeighted(CompactGraph g, int seed)
    {
        var rng = new Random(seed);
        var b = new CompactGraphBuilder();
        for (int v = 0; v < g.NodeCount; v++)
        {
            int k = rng.Next(4);
            b.AddNode(g.Id(v), k == 0 ? NodeKind.Ceptoar : NodeKind.Member, members: k == 3 ? [new MemberCount("社", rng.Next(2, 50))] : null);
        }
        for (int e = 0; e < g.EdgeCount; e++) b.AddEdge(g.Source(e), g.Target(e));
        return b.Build();
    }
}
