using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Resilience;

/// <summary>
/// The immediate-dominator step stays near-linear: counted steps (<see cref="LengauerTarjan.LastWork"/>), not time,
/// on a graph where climbing the dominator tree from the parent to the semidominator (SNCA's step) is quadratic.
/// </summary>
public class LengauerTarjanWorkTests
{
    /// <summary>
    /// Chain 0 → 1 → … → k, then k → b_i and 1 → b_i for i = 1..L (1 → 2 first, so the search reaches every b_i from
    /// k): each b_i has parent k, semidominator 1 and immediate dominator 1, k − 1 tree steps above its parent.
    /// </summary>
    private static CompactGraph ChainPlusFan(int k, int l)
    {
        var pairs = new List<(int, int)>(k + 2 * l);
        for (int v = 0; v < k; v++) pairs.Add((v, v + 1));
        for (int i = 0; i < l; i++) pairs.Add((k, k + 1 + i));
        for (int i = 0; i < l; i++) pairs.Add((1, k + 1 + i));
        return TestGraphs.FromPairs(k + 1 + l, pairs);
    }

    [Fact]
    public void Chain_plus_fan_takes_linear_steps()
    {
        const int k = 20_000, l = 20_000;
        var g = ChainPlusFan(k, l);
        var (outOff, outTgt) = g.RawOut;
        var (inOff, inSrc, _) = g.RawIn;
        var idom = LengauerTarjan.ImmediateDominators((outOff, outTgt), (inOff, inSrc), 0);
        long work = LengauerTarjan.LastWork;

        Assert.Equal(-1, idom[0]);
        for (int v = 1; v <= k; v++) Assert.Equal(v - 1, idom[v]);
        for (int i = 0; i < l; i++) Assert.Equal(1, idom[k + 1 + i]);
        // The climb takes about k·l = 4·10^8 steps here; eval/link with buckets about 1.4·(n + m).
        long nm = g.NodeCount + (long)g.EdgeCount;
        Assert.True(work <= 4 * nm, $"{work} steps for n + m = {nm}");
    }

    [Fact]
    public void Chain_plus_fan_matches_removal_and_reachability()
    {
        for (int k = 1; k <= 6; k++)
        {
            for (int l = 0; l <= 4; l++)
            {
                var g = ChainPlusFan(k, l);
                int n = g.NodeCount;
                var tree = Dominators.Compute(g, 0);
                Assert.True(LengauerTarjan.LastWork <= 4 * (n + g.EdgeCount));
                for (int v = 1; v < n; v++)
                {
                    // the immediate dominator: the strict dominator of v that every other strict dominator dominates
                    int expected = -1;
                    for (int a = 0; a < n; a++)
                    {
                        if (a == v || BruteForce.Reachable(g, 0, skipVertex: a)[v]) continue;
                        if (expected < 0 || !BruteForce.Reachable(g, 0, skipVertex: expected)[a]) expected = a;
                    }
                    Assert.Equal(expected, tree.Idom(v));
                }
            }
        }
    }
}
