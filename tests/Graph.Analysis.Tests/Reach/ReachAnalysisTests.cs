using Depgraph.Analysis.Paths;
using Depgraph.Analysis.Reach;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Reach;

public class ReachAnalysisTests
{
    [Fact]
    public void Documented_example()
    {
        var g = TestGraphs.Parse("nisc->m:1, m->c:2, nisc->c:5, x");
        var r = ReachAnalysis.Run(g, [g.V("nisc")], new ReachOptions { WithinHours = 3 });
        Assert.Equal(
            [new ReachedNode(g.V("nisc"), 0, 0), new ReachedNode(g.V("m"), 1, 1), new ReachedNode(g.V("c"), 1, 3)],
            r.Reached);
        Assert.Equal([g.V("x")], r.NotReached);
        Assert.Equal([g.V("nisc")], r.Sources);
    }

    [Fact]
    public void Hop_and_time_limits_apply_independently()
    {
        // c: 1 hop but 10 h directly, 2 h over three hops. With MaxHops 1 and WithinHours 3 it is reached
        // (min hops 1 ≤ 1, earliest arrival 2 ≤ 3) although no single path meets both.
        var g = TestGraphs.Parse("s->c:10, s->a:1, a->b:0.5, b->c:0.5, s->d:4");
        var r = ReachAnalysis.Run(g, [g.V("s")], new ReachOptions { MaxHops = 1, WithinHours = 3 });
        Assert.Equal(["s", "a", "c"], g.Ids(r.Reached.Select(x => x.Vertex)));
        Assert.Equal(new ReachedNode(g.V("c"), 1, 2), r.Reached[2]);
        Assert.Equal(["b", "d"], g.Ids(r.NotReached));

        var hopsOnly = ReachAnalysis.Run(g, [g.V("s")], new ReachOptions { MaxHops = 1 });
        Assert.Equal(["s", "a", "c", "d"], g.Ids(hopsOnly.Reached.Select(x => x.Vertex)));
        var timeOnly = ReachAnalysis.Run(g, [g.V("s")], new ReachOptions { WithinHours = 1.5 });
        Assert.Equal(["s", "a", "b"], g.Ids(timeOnly.Reached.Select(x => x.Vertex)));
        var exact = ReachAnalysis.Run(g, [g.V("s")], new ReachOptions { WithinHours = 4 });
        Assert.Contains(exact.Reached, x => x.Vertex == g.V("d")); // arrival exactly at the limit counts
    }

    [Fact]
    public void Reached_sorted_by_arrival_then_hops_then_id_and_not_reached_by_id()
    {
        var g = TestGraphs.Parse("s->z:1, s->y:1, s->b:0.5, b->x:0.5, q, p");
        var r = ReachAnalysis.Run(g, [g.V("s")], ReachOptions.Default);
        Assert.Equal(["s", "b", "y", "z", "x"], g.Ids(r.Reached.Select(x => x.Vertex)));
        Assert.Equal(["p", "q"], g.Ids(r.NotReached));
    }

    [Fact]
    public void Coverage_by_unit_counts_member_weights()
    {
        var b = new CompactGraphBuilder();
        int nisc = b.AddNode("nisc", NodeKind.Government);
        int cep = b.AddNode("ceptoar", NodeKind.Ceptoar);
        int banks = b.AddNode("banks", NodeKind.Member, members: [new MemberCount("社", 100), new MemberCount("団体", 5)]);
        int cities = b.AddNode("cities", NodeKind.Member, members: [new MemberCount("市区町村", 1741)]);
        int op = b.AddNode("op", NodeKind.Member);
        int far = b.AddNode("far", NodeKind.Member, members: [new MemberCount("社", 20)]);
        b.AddEdge(nisc, cep);
        b.AddEdge(cep, banks);
        b.AddEdge(cep, op);
        b.AddEdge(nisc, cities, weight: 48);
        b.AddEdge(banks, far);
        var g = b.Build();
        var r = ReachAnalysis.Run(g, [nisc], new ReachOptions { WithinHours = 24 });
        var c = r.Coverage;
        Assert.Equal(126, c.ReachedMembers);
        Assert.Equal(1867, c.TotalMembers);
        Assert.Equal(126.0 / 1867, c.Share);
        Assert.Equal(
            [new UnitCoverage("市区町村", 0, 1741), new UnitCoverage("社", 120, 120), new UnitCoverage("団体", 5, 5), new UnitCoverage("member", 1, 1)],
            c.ByUnit);

        var curve = ReachAnalysis.ArrivalCurve(ReachAnalysis.Run(g, [nisc], ReachOptions.Default), g);
        Assert.Equal(
            [new ArrivalPoint(0, 0, 0), new ArrivalPoint(2, 106, 106.0 / 1867), new ArrivalPoint(3, 126, 126.0 / 1867), new ArrivalPoint(48, 1867, 1)],
            curve);
    }

    [Fact]
    public void Without_units_coverage_counts_member_vertices()
    {
        var g = TestGraphs.Parse("a->b, b->c, d");
        var r = ReachAnalysis.Run(g, [g.V("b")], ReachOptions.Default);
        Assert.Equal(new UnitCoverage("member", 2, 4), Assert.Single(r.Coverage.ByUnit));
        Assert.Equal(0.5, r.Coverage.Share);
        var empty = ReachAnalysis.Run(CompactGraph.Empty, [], ReachOptions.Default);
        Assert.Empty(empty.Reached);
        Assert.Equal(new UnitCoverage("member", 0, 0), Assert.Single(empty.Coverage.ByUnit));
        Assert.Equal(0, empty.Coverage.Share);
        Assert.Empty(ReachAnalysis.ArrivalCurve(empty, CompactGraph.Empty));
    }

    [Theory]
    [InlineData(-1, null)]
    [InlineData(null, -0.5)]
    [InlineData(null, double.NaN)]
    [InlineData(null, double.PositiveInfinity)]
    public void Options_are_validated(int? hops, double? hours)
    {
        var o = new ReachOptions { MaxHops = hops, WithinHours = hours };
        Assert.Throws<ArgumentOutOfRangeException>(() => o.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReachAnalysis.Run(TestGraphs.Path(2), [0], o));
    }

    [Fact]
    public void One_line_extensions_match_the_algorithm()
    {
        var g = TestGraphs.Parse("a->b:2, b->c:3");
        Assert.Equal(ReachAnalysis.Run(g, [0], ReachOptions.Default).Reached, g.Reach("a").Reached);
        Assert.Equal(2, g.Reach(0, new ReachOptions { WithinHours = 2 }).Reached.Count);
        Assert.Equal(5.0, g.ShortestPathsFrom(0).Distance(2));
        Assert.Equal([0, 1, -1], g.HopsFrom(0, 1));
        Assert.Contains("'nope'", Assert.Throws<ArgumentException>(() => g.Reach("nope")).Message);
    }

    [Theory]
    [InlineData(21)]
    [InlineData(22)]
    public void Random_graphs_agree_with_the_definition(int seed)
    {
        var g = TestGraphs.Random(80, 200, seed);
        var rng = new Random(seed);
        for (int trial = 0; trial < 5; trial++)
        {
            int s = rng.Next(g.NodeCount);
            var opts = new ReachOptions { MaxHops = rng.Next(5), WithinHours = rng.Next(30) };
            var r = ReachAnalysis.Run(g, [s], opts);
            var hops = PropagationOracles.HopsByRelaxation(g, [s]);
            var tree = ShortestPaths.Dijkstra(g, [s]);
            var expected = Enumerable.Range(0, g.NodeCount)
                .Where(v => hops[v] >= 0 && hops[v] <= opts.MaxHops && tree.Distance(v) <= opts.WithinHours).ToHashSet();
            Assert.Equal(expected.Order(), r.Reached.Select(x => x.Vertex).Order());
            Assert.Equal(g.NodeCount, r.Reached.Count + r.NotReached.Count);
            Assert.All(r.Reached, x => Assert.Equal(hops[x.Vertex], x.Hops));
            Assert.Equal(r.Reached.Count, r.Coverage.ReachedMembers);
        }
    }
}
