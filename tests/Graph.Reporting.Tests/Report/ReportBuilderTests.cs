using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Propagation;
using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

public sealed class ReportBuilderTests
{
    private static readonly ReportLabels ShippedLabels = ReportLabels.Load(RepoPaths.Dataset);

    private static readonly GraphDataset Small = ReportTestData.Small();
    private static readonly ReportModel Model = ReportBuilder.Build(Small, new ReportOptions { Runs = 2000, Seed = 7, Labels = ShippedLabels });

    private static CompactGraph Info => Small.ToCompactGraph().Select(EdgeLayer.Information);

    private static CompactGraph Dep => Small.ToCompactGraph().Select(EdgeLayer.Dependency);

    [Fact]
    public void Named_members_counted_in_an_aggregate_weigh_nothing_and_loose_ones_count_one()
    {
        CompactGraph g = Small.ToCompactGraph();
        Assert.Equal(0, g.MemberWeight(g.IndexOf("member.t.sg")));
        Assert.Equal(1, g.MemberWeight(g.IndexOf("member.loose")));
        Assert.Equal(29, g.MemberWeight(g.IndexOf("members.t")));
        Assert.Equal(0, g.MemberWeight(g.IndexOf("external.bank")));
        Assert.Equal(24 + 29 + 1226 + 279 + 1, Model.Overview.MemberTotal);
        Assert.Equal(Small.Nodes.Length, Model.Overview.NodeCount); // the report counts the dataset, not a graph of its own
        Assert.Equal(Small.Edges.Length, Model.Overview.EdgeCount);
    }

    [Fact]
    public void Overview_follows_the_dataset_summary()
    {
        OverviewSection o = Model.Overview;
        Assert.Equal(4, o.SectorCount);
        Assert.Equal(4, o.CeptoarCount);
        Assert.True(o.HasSectors);
        Assert.Equal(["ceptoar.e", "ceptoar.t", "ceptoar.bank", "ceptoar.sec"], o.Hubs.Select(h => h.Hub.Id));
        HubRow bank = o.Hubs.Single(h => h.Hub.Id == "ceptoar.bank");
        Assert.Equal("sector.finance", bank.Sector!.Id);
        Assert.Equal(1226, bank.MemberTotal);
        Assert.Equal([new MemberCount("社・団体", 8)], bank.External);
        Assert.Equal(279 + 1, o.Hubs.Single(h => h.Hub.Id == "ceptoar.sec").MemberTotal); // the loose member counts 1, as in reach
        Assert.Contains(new MemberCount("社", 24 + 28 + 1226 + 272), o.MembersByUnit);
    }

    [Fact]
    public void Reach_equals_ReachAnalysis_and_the_hand_computed_milestones()
    {
        ReachResult expected = ReachAnalysis.Run(Info, [Info.IndexOf("nisc")], ReachOptions.Default);
        ReachSection r = Model.Reach;
        Assert.Equal(expected.Reached.Count, r.ReachedCount);
        Assert.Equal(expected.Coverage.ReachedMembers, r.ReachedMembers);
        Assert.Equal(expected.Coverage.TotalMembers, r.TotalMembers);
        Assert.Equal(ReachAnalysis.ArrivalCurve(expected, Info), r.Curve);
        Assert.Equal(1559, r.TotalMembers);
        Assert.Equal(1559, r.ReachedMembers);
        Assert.Equal([0L, 29 + 24 + 279, 1558], r.Milestones.Select(m => m.Members));
        Assert.Equal([1.0, 4, 24], r.Milestones.Select(m => m.Hours));
        Assert.Equal(33, r.LastMemberHours);
        // units over member nodes only: the outside recipients' 社・団体 is not a member unit
        Assert.DoesNotContain(r.ByUnit, u => u.Unit == "社・団体");
        Assert.Equal(new UnitCoverage("社", 1550, 1550), r.ByUnit.Single(u => u.Unit == "社"));
        Assert.Equal(["sector.electricity", "sector.finance", "sector.info_comm", "sector.water"], r.NotReached.Select(n => n.Id));
        Assert.Equal([("sector", 4)], r.NotReachedByKind);
        Assert.True(r.DelaysAreAssumed);
    }

    [Fact]
    public void Spof_equals_ResilienceAnalysis()
    {
        int root = Info.IndexOf("nisc");
        IReadOnlyList<NodeImpactEntry> impact = Depgraph.Analysis.Resilience.NodeImpact.Compute(Info, root);
        SpofSection s = Model.Spof;
        Assert.Equal(impact.Count, s.NodeImpactCount);
        Assert.Equal(impact.Select(e => (Info.Id(e.Vertex), e.ReachLost, e.MembersLost)), s.NodeImpact.Select(e => (e.Node.Id, e.ReachLost, e.MembersLost)));
        Assert.Equal(("ministry.a", 3, 1226L), (s.NodeImpact[0].Node.Id, s.NodeImpact[0].ReachLost, s.NodeImpact[0].MembersLost));
        IReadOnlyList<LinkImpactEntry> links = LinkImpact.Compute(Info, root);
        Assert.Equal(links.Count, s.LinkImpactCount);
        Assert.Equal(links.Take(15).Select(e => (Info.Id(e.Source), Info.Id(e.Target), e.MembersLost)), s.LinkImpact.Select(e => (e.From.Id, e.To.Id, e.MembersLost)));
        Assert.Equal(ArticulationPoints.Find(Info).Select(Info.Id).Order(StringComparer.Ordinal), s.ArticulationPoints.Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Bridges.Find(Info).Count, s.Bridges.Count);
    }

    [Fact]
    public void Redundancy_equals_VertexDisjointPaths_per_ceptoar()
    {
        int root = Info.IndexOf("nisc");
        string[] hubs = ["ceptoar.bank", "ceptoar.e", "ceptoar.sec", "ceptoar.t"];
        var expected = VertexDisjointPaths.CountAll(Info, root, hubs.Select(Info.IndexOf).ToArray());
        Assert.Equal(expected.Select(t => (Info.Id(t.Target), t.Paths)).OrderBy(t => t.Item2).ThenBy(t => t.Item1, StringComparer.Ordinal),
            Model.Spof.Redundancy.Select(r => (r.Target.Id, r.DisjointPaths)));
        Assert.Equal([("ceptoar.bank", 1), ("ceptoar.e", 1), ("ceptoar.t", 1), ("ceptoar.sec", 2)], Model.Spof.Redundancy.Select(r => (r.Target.Id, r.DisjointPaths)));
        Assert.Equal(HubKind.Ceptoar, Model.Spof.HubLabel);
    }

    [Fact]
    public void Cascade_probabilities_equal_IndependentCascade_with_Wilson_intervals()
    {
        PropagationSection p = Model.Propagation;
        Assert.True(p.Available);
        Assert.True(p.IsAssumption);
        Assert.Equal(["sector.electricity", "sector.info_comm"], p.Outcomes.Select(o => o.Origin.Id));
        foreach (CascadeOutcome o in p.Outcomes)
        {
            MonteCarloCascadeResult mc = IndependentCascade.Run(Dep, [Dep.IndexOf(o.Origin.Id)], new CascadeOptions { Runs = 2000, Seed = 7, MaxDegreeOfParallelism = 1 });
            Assert.Equal(mc.MeanFailed, o.MeanFailed);
            Assert.Equal(4, o.Sectors.Count);
            foreach (SectorProbability s in o.Sectors)
            {
                double expected = mc.FailureProbability[Dep.IndexOf(s.Sector.Id)];
                Assert.Equal(expected, s.Probability);
                Assert.Equal(expected * 2000, s.Failures, 6);
                (double low, double high) = WilsonInterval.Compute(s.Failures, 2000);
                Assert.Equal((low, high), (s.Low, s.High));
                Assert.InRange(s.Probability, s.Low, s.High);
            }

            Assert.Equal(1.0, o.Sectors.Single(s => s.Sector.Id == o.Origin.Id).Probability);
        }

        // The chart shows the first outage without its origin, with the same numbers.
        CascadeChartData chart = Model.Charts.Cascade!;
        Assert.Equal("電力", chart.Origin.Japanese);
        Assert.True(chart.IsAssumption);
        Assert.Equal(p.Outcomes[0].Sectors.Where(s => s.Sector.Id != "sector.electricity").Select(s => s.Probability), chart.Sectors.Select(s => s.Probability));
    }

    [Fact]
    public void Paths_and_threshold_cascade_equal_the_algorithms()
    {
        PropagationSection p = Model.Propagation;
        var expected = KShortestPaths.Find(Dep, Dep.IndexOf("sector.electricity"), Dep.IndexOf("sector.finance"), 5);
        Assert.Equal(expected.Select(x => (string.Join(">", x.Nodes.Select(Dep.Id)), x.Hours)), p.Paths.Select(x => (string.Join(">", x.Nodes.Select(n => n.Id)), x.Hours)));
        // electricity → finance direct (3 h), via info_comm (3 + 0.5 h), via water → info_comm (1 + 24 + 0.5 h)
        Assert.Equal([3.0, 3.5, 25.5], p.Paths.Select(x => x.Hours));
        var threshold = LinearThresholdCascade.Run(Dep, [Dep.IndexOf("sector.electricity")], 0.5);
        Assert.Equal(threshold.Failed.Skip(1).Select(f => Dep.Id(f.Vertex)), p.ThresholdFailed.Select(f => f.Sector.Id));
    }

    [Fact]
    public void Dependency_matrix_has_the_strengths_row_dependant_column_supplier()
    {
        DependencyMatrix m = Model.Charts.Dependency!;
        Assert.Equal(["電力", "情報通信", "金融", "水道"], m.Sectors.Select(s => s.Japanese));
        Assert.Equal(0.4, m.Strength[1, 0]); // 情報通信 depends on 電力
        Assert.Equal(0.35, m.Strength[2, 1]); // 金融 depends on 情報通信
        Assert.Equal(0.0, m.Strength[0, 2]);
        Assert.True(double.IsNaN(m.Strength[3, 3]));
        Assert.True(m.IsAssumption);
        Assert.Equal(6, Model.Propagation.DependencyEdgeCount);

        ReportModel surveyed = ReportBuilder.Build(ReportTestData.Small(dependenciesAssumed: false), new ReportOptions { Runs = 10 });
        Assert.False(surveyed.Charts.Dependency!.IsAssumption);
        Assert.False(surveyed.Propagation.IsAssumption);
    }

    [Fact]
    public void Chart_inputs_are_the_analysis_results()
    {
        ReportChartData c = Model.Charts;
        Assert.Equal(Model.Overview.Hubs.Select(h => (h.Hub.Id, h.MemberTotal)), c.Coverage.Select(r => (Small.Nodes.Single(n => n.NameJa == r.Ceptoar.Japanese).Id, r.Members)));
        Assert.Equal("金融", c.Coverage.Single(r => r.Ceptoar.Japanese == "証券CEPTOAR").Sector.Japanese);
        Assert.Equal(Model.Reach.TotalMembers, c.Reach!.TotalMembers);
        Assert.Equal(Model.Reach.Milestones[1].Share, c.Reach.ShareAt(4), 12);
        Assert.Equal(Model.Spof.NodeImpactCount, c.Impacts.Count);
        Assert.Equal(Model.Spof.NodeImpact[0].MembersLost, c.Impacts[0].MembersLost);
        Assert.Equal(Model.Spof.Redundancy.Select(r => r.DisjointPaths), c.Redundancy.Select(r => r.DisjointRoutes));

        NetworkDiagram net = c.Network;
        Assert.Equal(0, net.Nodes.Single(n => n.Id == "nisc").Layer);
        Assert.Equal(1559, net.Nodes.Single(n => n.Id == "nisc").Members);
        Assert.Equal([1, 1], net.Nodes.Where(n => n.Id.StartsWith("ministry.", StringComparison.Ordinal)).Select(n => n.Layer));
        Assert.Equal(4, net.Nodes.Count(n => n.Layer == 2));
        Assert.DoesNotContain(net.Nodes, n => n.Id == "member.t.sg"); // weight 0: counted in members.t
        Assert.Contains(new NetworkEdge("ministry.a", "ceptoar.bank"), net.Edges);
        Assert.Contains(new NetworkEdge("nisc", "ceptoar.sec"), net.Edges);
        Assert.Contains(new NetworkEdge("ceptoar.bank", "members.bank"), net.Edges);
        Assert.True(net.Nodes.Single(n => n.Id == "ministry.a").IsSpof);
        Assert.False(net.Nodes.Single(n => n.Id == "members.sec").IsSpof);
        Assert.Equal(1226 + 280, net.Nodes.Single(n => n.Id == "ministry.a").Members);
        Assert.Equal(new LocalizedName("銀行等CEPTOAR", "Banks"), net.Nodes.Single(n => n.Id == "ceptoar.bank").Name);
        Assert.Equal("Bank members", net.Nodes.Single(n => n.Id == "members.bank").Name.English);
    }

    [Fact]
    public void Sector_charts_use_short_english_names()
    {
        Assert.Equal(new LocalizedName("政府・行政サービス", "Government services"),
            ChartNames.Sector(new NodeRef("sector.gov_admin", NodeKind.Sector, "政府・行政サービス", "Government and administrative services (incl. local governments)"), ShippedLabels));
        Assert.Equal("Government and administ…", // without the dataset's short names: the generic rule
            ChartNames.Sector(new NodeRef("sector.gov_admin", NodeKind.Sector, "政府・行政サービス", "Government and administrative services (incl. local governments)")).English);
        Assert.Equal("Mining", ChartNames.Sector(new NodeRef("sector.mining", NodeKind.Sector, "鉱業", "Mining (incl. quarries)")).English);
        Assert.Equal("Abcdefghij abcdefghij a…", ChartNames.Sector(new NodeRef("sector.x", NodeKind.Sector, "x", "Abcdefghij abcdefghij abcdefghij")).English);
        Assert.Equal("sector.y", ChartNames.Sector(new NodeRef("sector.y", NodeKind.Sector, "", "")).English);
        Assert.Equal(["Power", "ICT", "Finance", "Water"], Model.Charts.Dependency!.Sectors.Select(s => s.English));
        Assert.Equal("power", Model.Charts.Cascade!.Origin.English);
        ReportModel generic = ReportBuilder.Build(Small, new ReportOptions { Runs = 10, Seed = 7 });
        Assert.Equal(["Electricity", "Information and communi…", "Finance", "Water"], generic.Charts.Dependency!.Sectors.Select(s => s.English));
    }

    [Fact]
    public void Provenance_counts_evidence_and_lists_every_assumption()
    {
        ProvenanceSection p = Model.Provenance;
        Assert.True(p.HasProvenance);
        Assert.Equal(1, p.NodeBasis.Single(b => b.Basis == "assumption").Count);
        Assert.Equal(Small.Nodes.Length - 1, p.NodeBasis.Single(b => b.Basis == "evidence").Count);
        int assumedEdges = Small.Edges.Count(e => e.Provenance.IsAssumption);
        Assert.Equal(assumedEdges, p.Items.Count(i => i.IsEdge));
        Assert.Equal(1 + assumedEdges, p.Items.Count);
        Assert.Equal(p.Items.Count, p.Groups.Sum(g => g.Total));
        Assert.Equal("assumption: interdependency analysis", p.Groups[0].Reason);
        Assert.Equal(6, p.Groups[0].Edges);
        Assert.Contains(p.Items, i => i.Subject == "ministry.a → ceptoar.bank" && i.Type == "shares_with:provide");
        SourceInfo source = Assert.Single(p.Sources);
        Assert.Equal("2025年6月2日", source.Date);
    }

    [Fact]
    public void Run_parameters_name_everything_needed_to_reproduce()
    {
        RunParameters p = Model.Parameters;
        Assert.Equal(("small", "nisc", "shares_with:provide", "depends_on,supplies", 7, 2000), (p.Input, p.Root, p.InformationLayer, p.DependencyLayer, p.Seed, p.Runs));
        Assert.Matches("^[0-9a-f]{16}$", p.Fingerprint);
        Assert.DoesNotContain('+', p.ToolVersion);
        Assert.Equal(p.Fingerprint, ReportBuilder.Build(ReportTestData.Small(), new ReportOptions { Runs = 5 }).Parameters.Fingerprint);
        Assert.NotEqual(p.Fingerprint, ReportBuilder.Build(ReportTestData.Small(dependenciesAssumed: false), new ReportOptions { Runs = 5 }).Parameters.Fingerprint);
    }

    [Fact]
    public void Same_seed_gives_an_equal_model_and_another_seed_other_frequencies()
    {
        ReportModel again = ReportBuilder.Build(ReportTestData.Small(), new ReportOptions { Runs = 2000, Seed = 7, MaxDegreeOfParallelism = 1, Labels = ShippedLabels });
        Assert.Equal(MarkdownReportWriter.Write(Model, []), MarkdownReportWriter.Write(again, []));
        ReportModel other = ReportBuilder.Build(ReportTestData.Small(), new ReportOptions { Runs = 2000, Seed = 8 });
        Assert.NotEqual(Model.Propagation.Outcomes[0].Sectors.Select(s => s.Failures), other.Propagation.Outcomes[0].Sectors.Select(s => s.Failures));
    }

    [Fact]
    public void Source_defaults_to_nisc_or_the_single_government_node_and_a_bad_id_throws()
    {
        Assert.Equal("ministry.a", ReportBuilder.Build(Small, new ReportOptions { From = "ministry.a", Runs = 5 }).Reach.Root.Id);
        var ex = Assert.Throws<ArgumentException>(() => ReportBuilder.Build(Small, new ReportOptions { From = "no.such", Runs = 5 }));
        Assert.Contains("no.such", ex.Message, StringComparison.Ordinal);
        var renamed = new GraphDataset("x", [.. Small.Nodes.Select(n => n.Id == "nisc" ? new Node("gov", n.Kind, n.NameJa, n.NameEn, n.Provenance) : n)],
            [.. Small.Edges.Select(e => e.Source == "nisc" ? new Edge("gov", e.Target, e.Kind, e.Provenance, e.DelayHours, e.Probability, e.Strength, e.Flow) : e.Target == "nisc" ? new Edge(e.Source, "gov", e.Kind, e.Provenance, e.DelayHours, e.Probability, e.Strength, e.Flow) : e)],
            isCurated: true);
        Assert.Equal("gov", ReportBuilder.Build(renamed, new ReportOptions { Runs = 5 }).Reach.Root.Id);
        var noGovernment = new GraphDataset("y", [.. renamed.Nodes.Where(n => n.Id != "gov")], [.. renamed.Edges.Where(e => e.Source != "gov" && e.Target != "gov")]);
        Assert.Throws<ArgumentException>(() => ReportBuilder.Build(noGovernment, new ReportOptions { Runs = 5 }));
    }

    [Theory]
    [InlineData(0, 15, 5, 0.5)]
    [InlineData(1000, 0, 5, 0.5)]
    [InlineData(1000, 15, 0, 0.5)]
    [InlineData(1000, 15, 5, 0)]
    [InlineData(1000, 15, 5, 1.5)]
    public void Options_are_validated_up_front(int runs, int top, int paths, double threshold)
    {
        var options = new ReportOptions { Runs = runs, TopN = top, PathCount = paths, Threshold = threshold };
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportBuilder.Build(Small, options));
        Assert.Throws<ArgumentException>(() => new ReportOptions { CascadeOrigins = [] }.Validate());
        Assert.Throws<ArgumentNullException>(() => ReportBuilder.Build(null!, (ReportOptions?)null));
        Assert.Throws<ArgumentException>(() => ReportBuilder.Build(Small, new CompactGraphBuilder().Build())); // not the dataset's graph
    }

    [Fact]
    public void Generic_graph_uses_member_hubs_and_leaves_out_the_sector_sections()
    {
        GraphDataset g = ReportTestData.Generic(2000, 3);
        ReportModel m = ReportBuilder.Build(g, new ReportOptions { Runs = 50 });
        Assert.Equal("all", m.Reach.Layer);
        Assert.Equal(HubKind.MemberHub, m.Spof.HubLabel);
        Assert.Equal(25, m.Overview.Hubs.Count);
        Assert.Equal(25, m.Spof.Redundancy.Count);
        Assert.False(m.Overview.HasSectors);
        Assert.All(m.Overview.Hubs, h => Assert.StartsWith("sector-", h.Sector!.Id, StringComparison.Ordinal));
        Assert.False(m.Propagation.Available);
        Assert.Null(m.Charts.Cascade);
        Assert.Null(m.Charts.Dependency);
        Assert.False(m.Provenance.HasProvenance);
        int isolated = (2000 - 46) / 100;
        int attached = 2000 - 46 - isolated;
        CompactGraph all = g.ToCompactGraph();
        ReachResult reach = ReachAnalysis.Run(all, [all.IndexOf("nisc")], ReachOptions.Default);
        Assert.Equal(2000 - 46, m.Reach.TotalMembers);
        Assert.Equal(reach.Coverage.ReachedMembers, m.Reach.ReachedMembers);
        Assert.InRange(m.Reach.ReachedMembers, attached, 2000 - 46); // isolated members can still be supplied by others
        Assert.Equal(m.Reach.TotalMembers, m.Overview.MemberTotal);
        Assert.Equal(attached, m.Overview.Hubs.Sum(h => h.MemberTotal)); // each attached member has one hub
        Assert.Equal(1 + 5 + 25 + attached, m.Charts.Network.Nodes.Count);
    }
}
