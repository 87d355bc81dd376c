using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>ScoreOrder gives the order of the LINQ query it replaces in the cascade output (many ties, broken by id).</summary>
public class ScoreOrderTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5_000)]
    public void Positive_descending_equals_OrderByDescending_ThenBy_id(int n)
    {
        var rng = new Random(n + 7);
        var b = new CompactGraphBuilder();
        for (int v = 0; v < n; v++) b.AddNode((rng.Next(4) == 0 ? "金融" : "m") + rng.Next(1_000_000).ToString("D7") + "-" + v, NodeKind.Member);
        var g = b.Build();
        // probabilities of a 1,000-run cascade: many exact ties, zeros left out
        var p = Enumerable.Range(0, n).Select(_ => rng.Next(3) == 0 ? 0 : rng.Next(1, 40) / 1000.0).ToArray();
        var expected = Enumerable.Range(0, n).Where(v => p[v] > 0).OrderByDescending(v => p[v]).ThenBy(g.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(expected, ScoreOrder.PositiveDescending(g, p));
    }
}
