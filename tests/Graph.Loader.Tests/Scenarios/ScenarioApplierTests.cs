using Depgraph.Core.Model;
using Depgraph.Loader.Scenarios;

namespace Depgraph.Loader.Tests.Scenarios;

public class ScenarioApplierTests
{
    private static readonly Lazy<GraphDataset> Shipped = new(() =>
        GraphInput.LoadDataset(Path.Combine(TestPaths.RepoRoot, "data", "ceptoar-fy2024")).GetValueOrThrow());

    private static LoadResult<ScenarioApplication> Apply(string yaml, params string[] protect) =>
        ScenarioApplier.Apply(Shipped.Value, ScenarioReader.Parse(yaml, "s.yaml").GetValueOrThrow(), protect);

    [Fact]
    public void Empty_scenario_returns_the_same_dataset()
    {
        var app = Apply("name: 現状\n").GetValueOrThrow();
        Assert.Same(Shipped.Value, app.Dataset);
        Assert.Empty(app.Changes);
    }

    [Fact]
    public void Removing_a_node_removes_its_edges_and_keeps_the_order_of_the_rest()
    {
        var app = Apply("name: x\nremove_nodes: [ministry.meti]\n").GetValueOrThrow();
        var ds = app.Dataset;
        Assert.Null(ds.Find("ministry.meti"));
        Assert.DoesNotContain(ds.Edges, e => e.Source == "ministry.meti" || e.Target == "ministry.meti");
        var kept = Shipped.Value.Edges.Where(e => e.Source != "ministry.meti" && e.Target != "ministry.meti").ToList();
        Assert.Equal(kept, ds.Edges);
        Assert.NotEmpty(ds.Channels);
        Assert.Equal(Shipped.Value.Channels, ds.Channels);
        var c = Assert.Single(app.Changes);
        Assert.Equal(("remove_node", 2), (c.Action, c.Line));
    }

    [Fact]
    public void Added_and_changed_edges_carry_scenario_provenance()
    {
        var app = Apply("""
            name: x
            add_edges:
              - {source: ministry.mlit, target: ceptoar.water, type: shares_with, delay_hours: 2, probability: 0.9, note: proposal}
            set_edges:
              - {match: {type: depends_on, target: sector.finance}, scale_probability: 0.5}
            """).GetValueOrThrow();
        var added = app.Dataset.Edges[^1];
        Assert.Equal(("ministry.mlit", "ceptoar.water", InfoFlow.Provide, 2.0, 0.9), (added.Source, added.Target, added.Flow, added.DelayHours, added.Probability));
        Assert.Equal("scenario:s.yaml:3", added.Attributes[ScenarioApplier.ScenarioAttribute]);
        Assert.Equal("scenario:s.yaml:3", added.Provenance.Scenario);
        Assert.Equal((Basis.Scenario, Basis.Scenario), (added.Provenance.Kind, added.ParameterBasis));
        var before = Shipped.Value.Edges.Where(e => e.Kind == EdgeKind.DependsOn && e.Target == "sector.finance").ToList();
        var after = app.Dataset.Edges.Where(e => e.Kind == EdgeKind.DependsOn && e.Target == "sector.finance").ToList();
        Assert.NotEmpty(after);
        Assert.Equal(before.Select(e => e.Probability * 0.5), after.Select(e => e.Probability));
        Assert.All(after, e => Assert.Equal("scenario:s.yaml:5", e.Provenance.Scenario));
        Assert.All(after, e => Assert.Equal(Basis.Assumption, e.ParameterBasis)); // half an assumed probability is still assumed
        Assert.Equal(before.Select(e => e.Provenance.Evidence.Length), after.Select(e => e.Provenance.Evidence.Length));
    }

    [Theory]
    [InlineData("name: x\nremove_nodes: [nisc]\n", 2, ScenarioIssueCodes.RemovesSource)]
    [InlineData("name: x\nremove_nodes: [ministry.nowhere]\n", 2, IssueCodes.DanglingReference)]
    [InlineData("name: x\nadd_edges:\n  - {source: nisc, target: ceptoar.nowhere, type: shares_with}\n", 3, IssueCodes.DanglingReference)]
    [InlineData("name: x\nremove_edges:\n  - {source: nisc, target: ceptoar.banks, type: shares_with}\n", 3, ScenarioIssueCodes.NoMatch)]
    [InlineData("name: x\nset_edges:\n  - {match: {source: nisc, target: members.banks}, probability: 0.5}\n", 3, ScenarioIssueCodes.NoMatch)]
    [InlineData("name: x\nset_edges:\n  - {match: {type: depends_on, target: sector.finance}, scale_probability: 10}\n", 3, IssueCodes.BadProbability)]
    public void Bad_applications_name_the_line(string yaml, int line, string code)
    {
        var r = Apply(yaml, "nisc");
        Assert.Null(r.Value);
        var issue = Assert.Single(r.Issues);
        Assert.Equal(("s.yaml", line, code), (issue.File, issue.Line, issue.Code));
    }
}
