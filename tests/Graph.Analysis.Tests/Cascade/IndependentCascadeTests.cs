using Depgraph.Analysis.Cascade;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Cascade;

public class IndependentCascadeTests
{
    private static CascadeOptions Opts(int runs, int seed = 42, int threads = 2) =>
        new() { Runs = runs, Seed = seed, MaxDegreeOfParallelism = threads };

    [Fact]
    public void Probability_one_edges_fail_exactly_the_reachable_set()
    {
        var g = TestGraphs.Random(60, 120, 5);
        var certain = PropagationTestGraphs.Parse(string.Join(",", Enumerable.Range(0, g.EdgeCount)
            .Select(e => $"{g.Id(g.Source(e))}->{g.Id(g.Target(e))}:1:1")) + ",59");
        int s = certain.V("0");
        var reach = PropagationOracles.Reachable(certain, [s]);
        var r = IndependentCascade.Run(certain, [s], Opts(50));
        Assert.All(r.FailedCountsPerRun, c => Assert.Equal(reach.Count, c));
        for (int v = 0; v < certain.NodeCount; v++) Assert.Equal(reach.Contains(v) ? 1.0 : 0.0, r.FailureProbability[v]);
        Assert.Equal(reach.Count, r.MeanFailed);
        Assert.Equal(0, r.StdevFailed);
    }

    [Fact]
    public void Probability_zero_edges_fail_only_the_sources()
    {
        var g = PropagationTestGraphs.Parse("a->b:1:0, b->c:1:0, a->c:1:0, d->a:1:0");
        var r = IndependentCascade.Run(g, [g.V("a"), g.V("d")], Opts(100));
        Assert.All(r.FailedCountsPerRun, c => Assert.Equal(2, c));
        Assert.Equal([1.0, 0, 0, 1], r.FailureProbability);
        Assert.Equal(2, r.Percentiles["p95"]);
    }

    [Fact]
    public void Two_edge_path_matches_the_analytic_expectation()
    {
        // a -> b -> c, p = 0.5 each: P(b) = 0.5, P(c) = 0.25, E[failed] = 1.75, Var = 0.6875.
        const int runs = 40_000;
        var g = PropagationTestGraphs.Parse("a->b:1:0.5, b->c:1:0.5");
        var r = IndependentCascade.Run(g, [g.V("a")], Opts(runs));
        double se(double p) => Math.Sqrt(p * (1 - p) / runs);
        // 5 standard errors; the seed is fixed, so this cannot flake, and a biased generator or a model error fails it.
        Assert.InRange(r.FailureProbability[g.V("b")], 0.5 - 5 * se(0.5), 0.5 + 5 * se(0.5));
        Assert.InRange(r.FailureProbability[g.V("c")], 0.25 - 5 * se(0.25), 0.25 + 5 * se(0.25));
        double seMean = Math.Sqrt(0.6875 / runs);
        Assert.InRange(r.MeanFailed, 1.75 - 5 * seMean, 1.75 + 5 * seMean);
        Assert.InRange(r.StdevFailed, Math.Sqrt(0.6875) - 0.02, Math.Sqrt(0.6875) + 0.02);
        Assert.Equal(1.0, r.FailureProbability[g.V("a")]);
        // P(1) = 0.5, P(2) = 0.25, P(3) = 0.25 (p75 sits on a boundary, so it is 2 or 3 depending on the sample)
        Assert.Equal((1, 1, 1, 3), (r.Percentiles["p5"], r.Percentiles["p25"], r.Percentiles["p50"], r.Percentiles["p95"]));
        Assert.Contains(r.Percentiles["p75"], new[] { 2.0, 3.0 });
    }

    [Fact]
    public void Summary_statistics_follow_from_the_per_run_counts()
    {
        var g = TestGraphs.Random(200, 800, 9); // probabilities in [0, 1]
        var r = IndependentCascade.Run(g, [0, 1], Opts(777));
        var counts = r.FailedCountsPerRun;
        Assert.Equal(777, counts.Length);
        Assert.Equal(counts.Average(), r.MeanFailed, 12);
        double mean = counts.Average();
        Assert.Equal(Math.Sqrt(counts.Sum(c => (c - mean) * (c - mean)) / 776), r.StdevFailed, 9);
        var sorted = counts.Order().ToArray();
        foreach (var p in new[] { 5, 25, 50, 75, 95 })
            Assert.Equal(sorted[(int)Math.Ceiling(p / 100.0 * 777) - 1], r.Percentiles["p" + p]);
        Assert.Equal(["p5", "p25", "p50", "p75", "p95"], r.Percentiles.Keys);
        Assert.Equal(counts.Sum(), r.FailureProbability.Sum() * 777, 6);
        Assert.Equal(777, r.Runs);
        Assert.Equal(42, r.Seed);
    }

    [Fact]
    public void Identical_for_any_number_of_threads_and_seed_sensitive()
    {
        var g = TestGraphs.Random(500, 2500, 3);
        var one = IndependentCascade.Run(g, [0], Opts(600, threads: 1));
        foreach (int threads in (int[])[2, 4])
        {
            var other = IndependentCascade.Run(g, [0], Opts(600, threads: threads));
            Assert.Equal(one.FailedCountsPerRun, other.FailedCountsPerRun);
            Assert.Equal(one.FailureProbability, other.FailureProbability);
            Assert.Equal(one.MeanFailed, other.MeanFailed);
            Assert.Equal(one.StdevFailed, other.StdevFailed);
            Assert.Equal(one.Percentiles, other.Percentiles);
        }
        Assert.Equal(one.FailedCountsPerRun, IndependentCascade.Run(g, [0], Opts(600, threads: 1)).FailedCountsPerRun);
        Assert.NotEqual(one.FailedCountsPerRun, IndependentCascade.Run(g, [0], Opts(600, seed: 43, threads: 1)).FailedCountsPerRun);
        // a prefix of the runs does not depend on how many runs follow
        Assert.Equal(one.FailedCountsPerRun.Take(100), IndependentCascade.Run(g, [0], Opts(100, threads: 3)).FailedCountsPerRun);
    }

    [Fact]
    public void Progress_is_reported_at_most_about_100_times_in_increasing_order()
    {
        var g = TestGraphs.Random(100, 300, 1);
        var seen = new List<CascadeProgress>();
        var progress = new SyncProgress(p => { lock (seen) seen.Add(p); });
        IndependentCascade.Run(g, [0], Opts(5000, threads: 2), progress);
        Assert.InRange(seen.Count, 10, 101);
        Assert.Equal(5000, seen[^1].CompletedRuns);
        Assert.Equal(1.0, seen[^1].Fraction);
        Assert.All(seen, p => Assert.Equal(5000, p.TotalRuns));
        Assert.True(seen.Zip(seen.Skip(1)).All(x => x.First.CompletedRuns < x.Second.CompletedRuns));
    }

    [Fact]
    public void Cancellation_throws_promptly()
    {
        var g = TestGraphs.Random(1000, 5000, 2);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => IndependentCascade.Run(g, [0], Opts(1000), ct: cts.Token));

        using var mid = new CancellationTokenSource();
        int reports = 0;
        var progress = new SyncProgress(p => { if (Interlocked.Increment(ref reports) == 2) mid.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            IndependentCascade.Run(TestGraphs.Path(3), [0], Opts(CascadeOptions.MaxRuns, threads: 2), progress, mid.Token));
        Assert.InRange(reports, 2, 5); // stopped a few hundred thousand runs into ten million
    }

    [Theory]
    [InlineData(0, 0.5, 1, "Runs")]
    [InlineData(10_000_001, 0.5, 1, "Runs")]
    [InlineData(10, 0.0, 1, "Threshold")]
    [InlineData(10, 1.5, 1, "Threshold")]
    [InlineData(10, double.NaN, 1, "Threshold")]
    [InlineData(10, 0.5, 0, "MaxDegreeOfParallelism")]
    public void Options_are_validated_with_clear_messages(int runs, double threshold, int threads, string name)
    {
        var o = new CascadeOptions { Runs = runs, Threshold = threshold, MaxDegreeOfParallelism = threads };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => o.Validate());
        Assert.Equal(name, ex.ParamName);
        Assert.Contains(name + " must be", ex.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => IndependentCascade.Run(TestGraphs.Path(2), [0], o));
    }

    [Fact]
    public void Defaults_and_guards()
    {
        var o = new CascadeOptions();
        Assert.Equal((1000, 42, 0.5, Environment.ProcessorCount), (o.Runs, o.Seed, o.Threshold, o.MaxDegreeOfParallelism));
        Assert.Same(o, o.Validate());
        Assert.Throws<ArgumentException>(() => IndependentCascade.Run(TestGraphs.Parse("a->b:1:1.5"), [0], Opts(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => IndependentCascade.Run(TestGraphs.Path(2), [2], Opts(1)));
        Assert.Throws<ArgumentNullException>(() => IndependentCascade.Run(TestGraphs.Path(2), [0], (CascadeOptions)null!));
        var empty = IndependentCascade.Run(CompactGraph.Empty, [], Opts(3));
        Assert.Equal([0, 0, 0], empty.FailedCountsPerRun);
    }

    [Fact]
    public void A_million_vertex_path_and_star_do_not_overflow()
    {
        const int n = 1_000_000;
        Assert.Equal(n, IndependentCascade.Run(TestGraphs.Path(n), [0], Opts(2)).FailedCountsPerRun[1]);
        Assert.Equal(n, IndependentCascade.Run(TestGraphs.Star(n), [0], Opts(2)).FailedCountsPerRun[0]);
    }

    /// <summary>An IProgress that calls back synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(Action<CascadeProgress> report) : IProgress<CascadeProgress>
    {
        public void Report(CascadeProgress value) => report(value);
    }
}
