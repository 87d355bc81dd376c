using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Loader.Scenarios;
using Depgraph.Loader.Synthetic;

namespace Depgraph.Loader.Tests.Scenarios;

/// <summary>A scenario applied to the compact graph gives exactly the graph, changes and errors of the dataset path.</summary>
public class CompactScenarioTests
{
    private static readonly Lazy<GraphDataset> Shipped = new(() =>
        GraphInput.LoadDataset(Path.Combine(TestPaths.RepoRoot, "data", "ceptoar-fy2024")).GetValueOrThrow());

    public static TheoryData<string> ShippedScenarios() =>
        [.. Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "docs", "scenarios"), "*.yaml").Order(StringComparer.Ordinal).Select(f => Path.GetFileName(f))];

    [Theory]
    [MemberData(nameof(ShippedScenarios))]
    public void Shipped_scenarios_give_the_same_graph_and_changes_on_the_compact_graph(string file)
    {
        var scenario = ScenarioReader.Read(Path.Combine(TestPaths.RepoRoot, "docs", "scenarios", file)).GetValueOrThrow();
        var viaDataset = ScenarioApplier.Apply(Shipped.Value, scenario, ["nisc"]).GetValueOrThrow();
        var baseGraph = Shipped.Value.ToCompactGraph();
        var viaGraph = ScenarioApplier.Apply(baseGraph, scenario, ["nisc"]).GetValueOrThrow();
        AssertSameGraph(viaDataset.Dataset.ToCompactGraph(), viaGraph.Graph);
        Assert.Equal(viaDataset.Changes.ToArray(), viaGraph.Changes.ToArray());
        if (scenario.IsEmpty) Assert.Same(baseGraph, viaGraph.Graph);
        else Assert.NotEmpty(viaGraph.Changes);
    }

    [Fact]
    public void Every_kind_of_change_gives_the_same_graph_with_bases_and_values_on_both_paths()
    {
        const string yaml = """
            name: all kinds
            remove_nodes: [ministry.meti, ceptoar.credit]
            remove_edges: [{source: nisc, target: ceptoar.water, type: shares_with}]
            add_edges:
              - {source: ministry.mlit, target: ceptoar.water, type: shares_with, flow: provide, delay_hours: 2, probability: 0.9}
              - {source: sector.water, target: sector.finance, type: depends_on, strength: 0.2, probability: 0.4, delay_hours: 5}
            set_edges:
              - {match: {type: depends_on, target: sector.electricity}, scale_probability: 0.5}
              - {match: {type: depends_on, target: sector.electricity}, scale_delay: 2, note: again}
              - {match: {source: sector.finance}, strength: 0.1}
            """;
        var scenario = ScenarioReader.Parse(yaml, "all.yaml").GetValueOrThrow();
        var viaDataset = ScenarioApplier.Apply(Shipped.Value, scenario, ["nisc"]).GetValueOrThrow();
        var viaGraph = ScenarioApplier.Apply(Shipped.Value.ToCompactGraph(), scenario, ["nisc"]).GetValueOrThrow();
        var g = viaGraph.Graph;
        AssertSameGraph(viaDataset.Dataset.ToCompactGraph(), g);
        Assert.Equal(viaDataset.Changes.ToArray(), viaGraph.Changes.ToArray());
        Assert.Equal(-1, g.IndexOf("ministry.meti"));
        // the scaled edges rest on the weaker of their own basis and the scenario; the added edges on the scenario
        var bases = Enumerable.Range(0, g.EdgeCount).Select(g.ParameterBases).ToList();
        Assert.Contains(ParameterBases.All(Basis.Scenario), bases);
        Assert.Contains(ParameterBases.All(Basis.Assumption), bases);
    }

    [Fact]
    public void Errors_are_the_same_on_both_paths()
    {
        const string yaml = """
            name: bad
            remove_nodes: [nisc, ministry.nowhere]
            remove_edges: [{source: nisc, target: sector.water, type: depends_on}]
            set_edges:
              - {match: {type: shares_with, source: nisc}, scale_probability: 3}
            add_edges:
              - {source: ministry.mlit, target: ceptoar.nowhere, type: shares_with}
            """;
        var scenario = ScenarioReader.Parse(yaml, "bad.yaml").GetValueOrThrow();
        var viaDataset = ScenarioApplier.Apply(Shipped.Value, scenario, ["nisc"]);
        var viaGraph = ScenarioApplier.Apply(Shipped.Value.ToCompactGraph(), scenario, ["nisc"]);
        Assert.Null(viaGraph.Value);
        Assert.Equal(5, viaGraph.Issues.Count);
        Assert.Equal(viaDataset.Issues, viaGraph.Issues);
        Assert.All(viaGraph.Issues, i => Assert.Equal("bad.yaml", i.File));
    }

    [Fact]
    public void On_a_generic_csv_graph_the_fast_reader_and_the_dataset_path_give_the_same_scenario_graph()
    {
        using var tmp = new TestPaths.TempDir();
        SyntheticGraphGenerator.GenerateToFolder(new SyntheticGraphOptions { Nodes = 2_000, Edges = 9_000, Seed = 3 }, tmp.Path);
        string nodes = tmp.File("nodes.csv"), edges = tmp.File("edges.csv");
        var ds = GraphInput.LoadCsv(nodes, edges).GetValueOrThrow();
        var fast = GraphInput.LoadCsvCompact(nodes, edges).GetValueOrThrow();
        var scenario = ScenarioReader.Parse("""
            name: bench
            remove_nodes: [ministry-00]
            add_edges:
              - {source: ministry-01, target: ceptoar-00, type: shares_with, delay_hours: 2, probability: 0.9}
            set_edges:
              - {match: {source: nisc}, scale_delay: 0.5}
            """, "bench.yaml").GetValueOrThrow();
        var viaDataset = ScenarioApplier.Apply(ds, scenario, ["nisc"]).GetValueOrThrow();
        var viaGraph = ScenarioApplier.Apply(fast, scenario, ["nisc"]).GetValueOrThrow();
        AssertSameGraph(viaDataset.Dataset.ToCompactGraph(), viaGraph.Graph);
        Assert.Equal(viaDataset.Changes.ToArray(), viaGraph.Changes.ToArray());
        Assert.True(viaGraph.Graph.NodeCount < fast.NodeCount);
    }

    internal static void AssertSameGraph(CompactGraph a, CompactGraph b)
    {
        Assert.Equal(a.NodeCount, b.NodeCount);
        Assert.Equal(a.EdgeCount, b.EdgeCount);
        Assert.Equal(a.Layer, b.Layer);
        Assert.Equal(a.HasMemberUnits, b.HasMemberUnits);
        for (int v = 0; v < a.NodeCount; v++)
        {
            Assert.Equal((a.Id(v), a.Kind(v), a.Label(v), a.Label(v, Language.English), a.MemberWeight(v)),
                (b.Id(v), b.Kind(v), b.Label(v), b.Label(v, Language.English), b.MemberWeight(v)));
            Assert.True(a.Members(v).SequenceEqual(b.Members(v)), a.Id(v));
            Assert.Equal(v, b.IndexOf(a.Id(v)));
        }
        for (int e = 0; e < a.EdgeCount; e++)
        {
            Assert.Equal((a.Source(e), a.Target(e), a.EdgeKindOf(e), a.FlowOf(e)), (b.Source(e), b.Target(e), b.EdgeKindOf(e), b.FlowOf(e)));
            Assert.Equal((a.Weight(e), a.Probability(e), a.Strength(e), a.ParameterBases(e)), (b.Weight(e), b.Probability(e), b.Strength(e), b.ParameterBases(e)));
        }
    }
}
