using System.Collections.Immutable;
using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Summary;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Summary;

public class ResultBasisTests
{
    private static CompactGraph Graph(params Basis[] bases)
    {
        var b = new CompactGraphBuilder();
        for (int i = 0; i <= bases.Length; i++) b.AddNode("v" + i, NodeKind.Sector, "v" + i);
        for (int i = 0; i < bases.Length; i++) b.SetParameterBasis(b.AddEdge(i, i + 1), bases[i]);
        return b.Build();
    }

    [Fact]
    public void Counts_each_basis_and_the_weakest_decides()
    {
        var g = Graph(Basis.Evidence, Basis.Survey, Basis.Survey, Basis.Assumption);
        var all = ResultBasis.OfAllEdges(g);
        Assert.Equal(new ResultBasis(1, 2, 0, 0, 1), all);
        Assert.True(all.RestsOnAssumption);
        Assert.Equal(Basis.Assumption, all.Weakest);
        Assert.Equal("evidence 1, survey 2, assumption 1", all.Describe());

        var firm = ResultBasis.Of(g, [0, 1, 2]);
        Assert.False(firm.RestsOnAssumption);
        Assert.Equal(Basis.Survey, firm.Weakest);
    }

    [Fact]
    public void A_result_that_used_no_edge_rests_on_nothing_assumed()
    {
        var g = Graph(Basis.Assumption);
        Assert.Equal(ResultBasis.Nothing, ResultBasis.Of(g, []));
        Assert.False(ResultBasis.Nothing.RestsOnAssumption);
    }

    [Fact]
    public void A_result_takes_its_basis_from_the_numbers_it_reads()
    {
        // a surveyed strength beside an assumed probability and assumed hours, then one edge surveyed throughout
        var b = new CompactGraphBuilder();
        for (int i = 0; i < 3; i++) b.AddNode("v" + i, NodeKind.Sector, "v" + i);
        b.SetParameterBases(b.AddEdge(0, 1, EdgeKind.DependsOn), new ParameterBases(Hours: Basis.Assumption, Probability: Basis.Assumption, Strength: Basis.Survey));
        b.SetParameterBases(b.AddEdge(1, 2, EdgeKind.DependsOn), ParameterBases.All(Basis.Survey));
        var g = b.Build();
        Assert.Equal(new ParameterBases(Basis.Assumption, Basis.Assumption, Basis.Survey), g.ParameterBases(0));
        Assert.Equal(Basis.Assumption, g.ParameterBasis(0));

        Assert.True(ResultBasis.OfAllEdges(g, IndependentCascade.ParametersRead).RestsOnAssumption);
        Assert.Equal(new ResultBasis(0, 2, 0, 0, 0), ResultBasis.OfAllEdges(g, [EdgeParameter.Strength]));
        Assert.True(ResultBasis.OfAllEdges(g, LinearThresholdCascade.ParametersRead).RestsOnAssumption); // it reads the hours too
        Assert.Equal(ResultBasis.OfAllEdges(g), ResultBasis.OfAllEdges(g, []));
        // Select (here reversing depends_on into the direction failures travel) keeps the bases of every number
        var d = g.Select(EdgeLayer.Dependency);
        Assert.NotSame(g, d);
        Assert.Equal(g.ParameterBases(0), d.ParameterBases(d.FindEdge(1, 0)));
    }
}
