using System.Collections.Immutable;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Core.Tests.Model;

public class BasisTests
{
    private static readonly ImmutableArray<Evidence> Quote = [new Evidence("セプター", 1, "doc.txt")];

    [Fact]
    public void Kind_is_decided_from_provenance_weakest_first()
    {
        Assert.Equal(Basis.Evidence, new Provenance(Quote, null).Kind);
        Assert.Equal(Basis.Assumption, new Provenance(Quote, "reason").Kind);
        Assert.Equal(Basis.Assumption, Provenance.Assumed("reason").Kind);
        Assert.Equal(Basis.Input, Provenance.None.Kind);
        Assert.Equal(Basis.Survey, Provenance.FromSurvey("survey:sector.finance:a.xlsx:分野:3").Kind);
        Assert.Equal(Basis.Scenario, Provenance.FromScenario("scenario:s.yaml:4").Kind);
        Assert.Equal("survey", Provenance.FromSurvey("survey:x").Basis);
        Assert.Equal("scenario", Provenance.FromScenario("scenario:x").Basis);
        Assert.False(Provenance.FromSurvey("survey:x").IsEmpty);
        Assert.False(Provenance.FromSurvey("survey:x").IsAssumption);
    }

    [Fact]
    public void Weaker_orders_evidence_survey_input_scenario_assumption()
    {
        Assert.Equal(Basis.Assumption, Basis.Evidence.Weaker(Basis.Assumption));
        Assert.Equal(Basis.Survey, Basis.Survey.Weaker(Basis.Evidence));
        Assert.Equal(Basis.Scenario, Basis.Scenario.Weaker(Basis.Input));
        foreach (var b in BasisExtensions.All)
        {
            Assert.True(BasisExtensions.TryParse(b.Token(), out var back));
            Assert.Equal(b, back);
        }
    }

    [Fact]
    public void Edge_parameter_basis_defaults_to_provenance_and_can_be_overridden()
    {
        var quoted = new Edge("a", "b", EdgeKind.SharesWith, new Provenance(Quote, null));
        Assert.Equal(Basis.Evidence, quoted.ParameterBasis);
        var defaulted = new Edge("a", "b", EdgeKind.SharesWith, new Provenance(Quote, null), parameterBasis: Basis.Assumption);
        Assert.Equal(Basis.Assumption, defaulted.ParameterBasis);
    }

    [Fact]
    public void Compact_graph_keeps_parameter_basis_through_build_and_layer_selection()
    {
        var nodes = new[] { "a", "b", "c" }.Select(id => new Node(id, NodeKind.Sector, id, id, Provenance.Assumed("x"))).ToImmutableArray();
        var edges = ImmutableArray.Create(
            new Edge("b", "c", EdgeKind.SharesWith, new Provenance(Quote, null), parameterBasis: Basis.Assumption),
            new Edge("a", "b", EdgeKind.DependsOn, Provenance.FromSurvey("survey:s")),
            new Edge("a", "c", EdgeKind.SharesWith, new Provenance(Quote, null)));
        var g = CompactGraph.FromDataset(new GraphDataset("t", nodes, edges));
        Basis Of(CompactGraph h, string s, string t) => h.ParameterBasis(h.FindEdge(h.IndexOf(s), h.IndexOf(t)));
        Assert.Equal(Basis.Assumption, Of(g, "b", "c"));
        Assert.Equal(Basis.Survey, Of(g, "a", "b"));
        Assert.Equal(Basis.Evidence, Of(g, "a", "c"));
        var dep = g.Select(EdgeLayer.Dependency); // depends_on reversed: b -> a
        Assert.Equal(1, dep.EdgeCount);
        Assert.Equal(Basis.Survey, Of(dep, "b", "a"));
    }

    [Fact]
    public void Graph_built_without_bases_is_input()
    {
        var g = TestGraphs.Parse("a->b, b->c");
        Assert.Equal(Basis.Input, g.ParameterBasis(0));
        Assert.Equal(Basis.Input, g.ParameterBasis(1));
    }
}
