using System.Collections.Immutable;
using Depgraph.Analysis.Summary;
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
}
