using Depgraph.Analysis.Comparison;
using Depgraph.Analysis.Resilience;

namespace Depgraph.Analysis.Tests.Comparison;

public class CutOffSetsTests
{
    [Fact]
    public void Lost_is_the_strict_dominator_subtree()
    {
        var g = TestGraphs.Parse("r->a, a->b, a->c, r->c");
        var sets = new CutOffSets(g, Dominators.Compute(g, g.IndexOf("r")));
        Assert.Equal(["b"], sets.Lost(g.IndexOf("a")).ToArray().Select(g.Id));
        Assert.True(sets.Lost(g.IndexOf("c")).IsEmpty);
        Assert.Equal(new ImpactCounts(1, 1, 0), sets.Counts(g.IndexOf("a")));
        Assert.Equal(new ImpactCounts(0, 0, 0), sets.Counts(g.IndexOf("r")));
    }
}
