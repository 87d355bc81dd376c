using Depgraph.Analysis.Paths;

namespace Depgraph.Analysis.Tests.Paths;

public class DelayScanTests
{
    private static readonly double[] Specials =
        [0, -0.0, 0.5, 1, 72, 1e-300, double.Epsilon, double.MaxValue, double.PositiveInfinity, -1, double.NaN, double.NegativeInfinity];

    [Fact]
    public void The_vectorised_scan_equals_a_plain_loop()
    {
        var rng = new Random(12);
        for (int trial = 0; trial < 2_000; trial++)
        {
            int length = trial % 41;
            var w = new double[length];
            for (int i = 0; i < length; i++)
                w[i] = rng.Next(4) == 0 ? Specials[rng.Next(trial % 3 == 0 ? Specials.Length : 9)] : Math.Round(rng.NextDouble() * 24, 2);
            var s = DelayScan.Of(w);
            Assert.Equal(w.All(x => x >= 0), s.Valid);
            Assert.Equal(w.Any(x => x == 0), s.HasZero);
            if (!s.Valid) continue;
            Assert.Equal(w.Where(x => x > 0).DefaultIfEmpty(double.PositiveInfinity).Min(), s.MinPositive);
            Assert.Equal(w.Where(x => x < double.PositiveInfinity).DefaultIfEmpty(0).Max(), s.MaxFinite);
        }
    }

    [Fact]
    public void An_invalid_delay_is_still_reported_by_the_guard()
    {
        var g = TestGraphs.Parse("a->b:1, b->c:-2");
        Assert.Contains("non-negative", Assert.Throws<ArgumentException>(() => ShortestPaths.Dijkstra(g, [0])).Message);
        var nan = TestGraphs.Parse("a->b:1");
        nan.RawWeights[0] = double.NaN;
        Assert.Throws<ArgumentException>(() => ShortestPaths.Dijkstra(nan, [0]));
    }
}
