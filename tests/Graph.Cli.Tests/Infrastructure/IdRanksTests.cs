using Depgraph.Analysis.Resilience;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>IdRanks orders vertices exactly as IdOrder does (the spof JSON's idom map and cut-off lists depend on it).</summary>
public class IdRanksTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(257)]
    [InlineData(IdRanks.ParallelFrom + 1_001)] // the two halves sorted side by side and merged
    public void Order_and_sort_equal_IdOrder(int n)
    {
        var rng = new Random(n);
        var b = new CompactGraphBuilder();
        var used = new HashSet<string>(StringComparer.Ordinal);
        string[] stems = ["m", "M", "ceptoar.", "金融", "𠮷", "a-b", "Z", "é"];
        while (used.Count < n)
        {
            var id = stems[rng.Next(stems.Length)] + rng.Next(0, 5 * n + 10).ToString(rng.Next(2) == 0 ? "D7" : "D");
            if (used.Add(id)) b.AddNode(id, NodeKind.Member);
        }
        var g = b.Build();
        var ranks = IdRanks.Of(g);
        Assert.Equal(IdOrder.Vertices(g), ranks.Order.ToArray());

        var some = Enumerable.Range(0, n).Where(_ => rng.Next(3) == 0).OrderBy(_ => rng.Next()).ToList();
        Assert.Equal(IdOrder.Sort(g, some), ranks.Sort(some));
        Assert.Empty(ranks.Sort([]));
    }
}
