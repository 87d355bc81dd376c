using Depgraph.Analysis.Cascade;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Tests.Cascade;

public class BitParallelCascadeTests
{
    private static CascadeOptions Opts(int runs, int seed = 42, int threads = 2) =>
        new() { Runs = runs, Seed = seed, MaxDegreeOfParallelism = threads };

    /// <summary>|estimate − exact| within 5 binomial standard errors (the seed is fixed, so this cannot flake; a
    /// biased coin or a wrong propagation rule fails it).</summary>
    private static void Near(double exact, double estimate, int runs)
    {
        double se = Math.Sqrt(Math.Max(0, exact * (1 - exact)) / runs);
        Assert.InRange(estimate, exact - 5 * se - 1e-9, exact + 5 * se + 1e-9);
    }

    [Fact]
    public void Probability_one_edges_fail_exactly_the_reachable_set()
    {
        var g = TestGraphs.Random(60, 120, 5);
        var certain = PropagationTestGraphs.Parse(string.Join(",", Enumerable.Range(0, g.EdgeCount)
            .Select(e => $"{g.Id(g.Source(e))}->{g.Id(g.Target(e))}:1:1")) + ",59");
        int s = certain.V("0");
        var reach = PropagationOracles.Reachable(certain, [s]);
        var r = BitParallelCascade.Run(certain, [s], Opts(150));
        Assert.All(r.FailedCountsPerRun, c => Assert.Equal(reach.Count, c));
        for (int v = 0; v < certain.NodeCount; v++) Assert.Equal(reach.Contains(v) ? 1.0 : 0.0, r.FailureProbability[v]);
        Assert.Equal(0, r.StdevFailed);
    }

    [Fact]
    public void Probability_zero_edges_fail_only_the_sources()
    {
        var g = PropagationTestGraphs.Parse("a->b:1:0, b->c:1:0, a->c:1:0, d->a:1:0");
        var r = BitParallelCascade.Run(g, [g.V("a"), g.V("d"), g.V("a")], Opts(100));
        Assert.All(r.FailedCountsPerRun, c => Assert.Equal(2, c));
        Assert.Equal([1.0, 0, 0, 1], r.FailureProbability);
        Assert.Equal([g.V("a"), g.V("d")], r.Sources);
    }

    [Fact]
    public void A_chain_fails_its_end_with_the_product_and_parallel_routes_with_the_union()
    {
        const int runs = 40_000;
        // chain a → b → c: P(c) = 0.3 · 0.6; routes a → x → t (0.3) and a → y → t (0.4): P(t) = 1 − 0.7 · 0.6;
        // two parallel edges s → u (0.2, 0.5): P(u) = 1 − 0.8 · 0.5
        var g = PropagationTestGraphs.Parse("a->b:1:0.3, b->c:1:0.6, a->x:1:0.3, x->t:1:1, a->y:1:0.4, y->t:1:1, s->u:1:0.2, s->u:1:0.5");
        var r = BitParallelCascade.Run(g, [g.V("a"), g.V("s")], Opts(runs));
        Near(0.3, r.FailureProbability[g.V("b")], runs);
        Near(0.18, r.FailureProbability[g.V("c")], runs);
        Near(0.58, r.FailureProbability[g.V("t")], runs);
        Near(0.6, r.FailureProbability[g.V("u")], runs);
        Assert.Equal(1.0, r.FailureProbability[g.V("a")]);
        Assert.All(r.FailedCountsPerRun, c => Assert.InRange(c, 2, 8));
    }

    [Fact]
    public void Failure_probabilities_match_exact_enumeration_of_live_edge_worlds()
    {
        // independent oracle: every one of the 2^m live/dead assignments, weighted by its probability
        for (int seed = 1; seed <= 12; seed++)
        {
            var g = TestGraphs.Random(7, 10, seed);
            var exact = Exact(g, [0]);
            const int runs = 20_000;
            var r = BitParallelCascade.Run(g, [0], Opts(runs, seed: seed));
            for (int v = 0; v < g.NodeCount; v++) Near(exact[v], r.FailureProbability[v], runs);
        }
    }

    private static double[] Exact(CompactGraph g, int[] sources)
    {
        var p = new double[g.NodeCount];
        for (int world = 0; world < 1 << g.EdgeCount; world++)
        {
            double w = 1;
            for (int e = 0; e < g.EdgeCount; e++) w *= (world >> e & 1) != 0 ? g.Probability(e) : 1 - g.Probability(e);
            var failed = new bool[g.NodeCount];
            var stack = new Stack<int>(sources);
            foreach (int s in sources) failed[s] = true;
            while (stack.Count > 0)
            {
                int u = stack.Pop();
                for (int e = 0; e < g.EdgeCount; e++)
                    if (g.Source(e) == u && (world >> e & 1) != 0 && !failed[g.Target(e)]) { failed[g.Target(e)] = true; stack.Push(g.Target(e)); }
            }
            for (int v = 0; v < g.NodeCount; v++) if (failed[v]) p[v] += w;
        }
        return p;
    }

    [Fact]
    public void Same_distribution_as_the_one_run_at_a_time_cascade_on_random_graphs()
    {
        const int runs = 6000;
        for (int seed = 1; seed <= 8; seed++)
        {
            var g = TestGraphs.Random(150, 150 * (1 + seed % 4), seed);
            int[] sources = seed % 2 == 0 ? [0] : [0, 7, 7];
            var bits = BitParallelCascade.Run(g, sources, Opts(runs, seed: seed));
            var scalar = IndependentCascade.Run(g, sources, Opts(runs, seed: seed));
            for (int v = 0; v < g.NodeCount; v++)
            {
                double a = bits.FailureProbability[v], b = scalar.FailureProbability[v];
                double se = Math.Sqrt((a * (1 - a) + b * (1 - b)) / runs);
                Assert.True(Math.Abs(a - b) <= 5 * se + 1e-12, $"graph {seed}, vertex {v}: {a} vs {b}");
            }
            double seMean = Math.Sqrt((bits.StdevFailed * bits.StdevFailed + scalar.StdevFailed * scalar.StdevFailed) / runs);
            Assert.InRange(bits.MeanFailed - scalar.MeanFailed, -5 * seMean - 1e-9, 5 * seMean + 1e-9);
        }
    }

    [Fact]
    public void Identical_for_any_number_of_threads_prefix_stable_and_seed_sensitive()
    {
        var g = TestGraphs.Random(500, 2500, 3);
        var one = BitParallelCascade.Run(g, [0], Opts(1000, threads: 1));
        foreach (int threads in (int[])[2, 4])
        {
            var other = BitParallelCascade.Run(g, [0], Opts(1000, threads: threads));
            Assert.Equal(one.FailedCountsPerRun, other.FailedCountsPerRun);
            Assert.Equal(one.FailureProbability, other.FailureProbability);
            Assert.Equal(one.MeanFailed, other.MeanFailed);
            Assert.Equal(one.StdevFailed, other.StdevFailed);
            Assert.Equal(one.Percentiles, other.Percentiles);
        }
        Assert.NotEqual(one.FailedCountsPerRun, BitParallelCascade.Run(g, [0], Opts(1000, seed: 43, threads: 1)).FailedCountsPerRun);
        // a prefix of the runs, ending inside a block, does not depend on how many runs follow
        Assert.Equal(one.FailedCountsPerRun.Take(100), BitParallelCascade.Run(g, [0], Opts(100, threads: 3)).FailedCountsPerRun);
        Assert.Equal(one.FailedCountsPerRun.Take(1), BitParallelCascade.Run(g, [0], Opts(1, threads: 1)).FailedCountsPerRun);
    }

    [Fact]
    public void Words_per_vertex_change_the_speed_not_the_runs()
    {
        var g = TestGraphs.Random(300, 1500, 4);
        var coins = new Depgraph.Core.Randomness.LiveEdgeCoins(5);
        int[] Runs(int words, int total)
        {
            var sp = new BitParallelSpreader(g, words);
            var all = new int[total];
            var counts = new int[g.NodeCount];
            for (int start = 0; start < total; start += sp.Runs)
                sp.Spread([0, 3], coins, start, Math.Min(sp.Runs, total - start), all.AsSpan(start), counts);
            return all;
        }
        var one = Runs(1, 700);
        Assert.True(one.Distinct().Count() > 5);
        foreach (int words in (int[])[2, 3, 4]) Assert.Equal(one, Runs(words, 700));
        Assert.Equal(one, BitParallelCascade.Run(g, [0, 3], Opts(700, seed: 5)).FailedCountsPerRun);
    }

    [Fact]
    public void The_one_line_extensions_run_this_cascade()
    {
        var g = TestGraphs.Random(100, 400, 6);
        Assert.Equal(BitParallelCascade.Run(g, [0, 5], Opts(300)).FailedCountsPerRun,
            g.IndependentCascade([g.Id(0), g.Id(5)], Opts(300)).FailedCountsPerRun);
        Assert.Equal(BitParallelCascade.Run(g, [3], Opts(300)).FailedCountsPerRun, g.IndependentCascade(3, Opts(300)).FailedCountsPerRun);
        Assert.Throws<ArgumentException>(() => g.IndependentCascade(["no-such-id"]));
    }

    [Fact]
    public void Summary_statistics_follow_from_the_per_run_counts()
    {
        var g = TestGraphs.Random(200, 800, 9);
        var r = BitParallelCascade.Run(g, [0, 1], Opts(777));
        var counts = r.FailedCountsPerRun;
        Assert.Equal(777, counts.Length);
        Assert.Equal(counts.Average(), r.MeanFailed, 12);
        var sorted = counts.Order().ToArray();
        foreach (var p in new[] { 5, 25, 50, 75, 95 })
            Assert.Equal(sorted[(int)Math.Ceiling(p / 100.0 * 777) - 1], r.Percentiles["p" + p]);
        Assert.Equal(counts.Sum(), r.FailureProbability.Sum() * 777, 6);
        Assert.True(counts.Distinct().Count() > 5);
    }

    [Fact]
    public void Progress_cancellation_and_guards()
    {
        var g = TestGraphs.Random(100, 300, 1);
        var seen = new List<CascadeProgress>();
        BitParallelCascade.Run(g, [0], Opts(5000, threads: 2), new SyncProgress(p => { lock (seen) seen.Add(p); }));
        Assert.InRange(seen.Count, 10, 101);
        Assert.Equal(5000, seen[^1].CompletedRuns);
        Assert.True(seen.Zip(seen.Skip(1)).All(x => x.First.CompletedRuns < x.Second.CompletedRuns));

        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => BitParallelCascade.Run(g, [0], Opts(1000), ct: cts.Token));
        using var mid = new CancellationTokenSource();
        int reports = 0;
        var progress = new SyncProgress(p => { if (Interlocked.Increment(ref reports) == 2) mid.Cancel(); });
        Assert.ThrowsAny<OperationCanceledException>(() =>
            BitParallelCascade.Run(TestGraphs.Path(3), [0], Opts(CascadeOptions.MaxRuns, threads: 2), progress, mid.Token));
        Assert.InRange(reports, 2, 5);

        Assert.Throws<ArgumentException>(() => BitParallelCascade.Run(TestGraphs.Parse("a->b:1:1.5"), [0], Opts(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BitParallelCascade.Run(TestGraphs.Path(2), [2], Opts(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => BitParallelCascade.Run(TestGraphs.Path(2), [0], Opts(0)));
        Assert.Throws<ArgumentNullException>(() => BitParallelCascade.Run(TestGraphs.Path(2), [0], (CascadeOptions)null!));
        Assert.Equal([0, 0, 0], BitParallelCascade.Run(CompactGraph.Empty, [], Opts(3)).FailedCountsPerRun);
        var spreader = new BitParallelSpreader(g, 2);
        Assert.Throws<ArgumentException>(() => spreader.Spread([0], new(1), 0, 100, new int[99], null));
        Assert.Throws<ArgumentException>(() => spreader.Spread([0], new(1), 0, 129, new int[200], null));
        Assert.Throws<ArgumentException>(() => spreader.Spread([0], new(1), 32, 10, new int[10], null));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitParallelSpreader(g, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new BitParallelSpreader(g, 0));
    }

    [Fact]
    public void A_million_vertex_path_and_star_do_not_overflow()
    {
        const int n = 1_000_000;
        Assert.All(BitParallelCascade.Run(TestGraphs.Path(n), [0], Opts(70)).FailedCountsPerRun, c => Assert.Equal(n, c));
        Assert.All(BitParallelCascade.Run(TestGraphs.Star(n), [0], Opts(2)).FailedCountsPerRun, c => Assert.Equal(n, c));
    }

    /// <summary>An IProgress that calls back synchronously (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SyncProgress(Action<CascadeProgress> report) : IProgress<CascadeProgress>
    {
        public void Report(CascadeProgress value) => report(value);
    }
}
