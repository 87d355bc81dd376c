using Depgraph.Analysis.Reach;
using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Randomness;

namespace Depgraph.Analysis.Cascade;

/// <summary>The Monte Carlo independent cascade, 64 runs per machine word: the cascade of <c>depgraph cascade</c>.</summary>
public static class BitParallelCascade
{
    /// <summary>
    /// Simulates the independent cascade <see cref="CascadeOptions.Runs"/> times from <paramref name="sources"/>
    /// and summarises how many vertices fail and how often each one does.
    /// </summary>
    /// <remarks>
    /// <para><b>Definition.</b> As <see cref="IndependentCascade"/>: the sources fail at step 0; each vertex u that
    /// has just failed gets one chance, per out-edge e = u → v, to fail v, succeeding with probability
    /// <see cref="CompactGraph.Probability"/>(e) independently of everything else. Equivalently (Kempe et al. 2003),
    /// each edge is live with its probability, independently, and the failed vertices are those reachable from the
    /// sources over live edges.</para>
    /// <para><b>Method.</b> Runs are packed 64 to a machine word: block b holds runs 64b … 64b + 63, each vertex one
    /// bit per run, and the failed bits travel along each edge ANDed with its live mask
    /// (<see cref="BitParallelSpreader"/>). Whether edge e is live in run r is a pure function of (Seed, r / 64, e)
    /// (<see cref="LiveEdgeCoins"/>), so run r is the same whatever thread computes it, whatever the total number of
    /// runs, and in whatever order the edges are examined: the result is bit-for-bit identical for a given seed on any
    /// number of threads. Workers take whole blocks; per-run counts are stored by run index and per-vertex counts
    /// summed as integers. O(Runs/64 · (n + m)) time in the worst case (an edge's coins cost ≈ 7 SplitMix64 outputs
    /// for the 64 runs), O(threads · n) memory.</para>
    /// <para>Same distribution as <see cref="IndependentCascade"/>, different draws: the two give different numbers
    /// for the same seed, within Monte Carlo error of each other.</para>
    /// <para><b>Example.</b> On <c>a->b:1:0.5, b->c:1:0.5</c> from a: b fails with probability 0.5, c with 0.25, and
    /// the expected number of failed vertices is 1.75.</para>
    /// <para>Reference: D. Kempe, J. Kleinberg, É. Tardos, Maximizing the spread of influence through a social network,
    /// KDD 2003, doi:10.1145/956750.956769.</para>
    /// </remarks>
    /// <param name="g">The dependency graph, edges pointing from supplier to dependant.</param>
    /// <param name="sources">Vertices that fail first (duplicates ignored; may be empty).</param>
    /// <param name="options">Runs, seed and threads.</param>
    /// <param name="progress">Told of completed runs at most about 100 times, in increasing order.</param>
    /// <param name="ct">Cancels the simulation.</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A source is not a vertex, or an option is out of range.</exception>
    /// <exception cref="ArgumentException">An edge probability is outside [0, 1].</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static MonteCarloCascadeResult Run(CompactGraph g, IReadOnlyList<int> sources, CascadeOptions options,
        IProgress<CascadeProgress>? progress = null, CancellationToken ct = default) =>
        Run(g, sources, Preconditions.NotNull(options, nameof(options)).ToParameters(), progress, ct);

    /// <summary>As <see cref="Run(CompactGraph, IReadOnlyList{int}, CascadeOptions, IProgress{CascadeProgress}?, CancellationToken)"/>, from validated parameters.</summary>
    /// <param name="g">The dependency graph.</param>
    /// <param name="sources">Vertices that fail first.</param>
    /// <param name="parameters">Validated parameters (<see cref="CascadeOptions.ToParameters"/>).</param>
    /// <param name="progress">Told of completed runs.</param>
    /// <param name="ct">Cancels the simulation.</param>
    /// <returns>The summary.</returns>
    public static MonteCarloCascadeResult Run(CompactGraph g, IReadOnlyList<int> sources, CascadeParameters parameters,
        IProgress<CascadeProgress>? progress = null, CancellationToken ct = default)
    {
        Preconditions.NotNull(parameters, nameof(parameters)).Validate();
        var src = GraphGuards.Sources(g, sources);
        GraphGuards.Probabilities(g);
        ct.ThrowIfCancellationRequested();

        int runs = parameters.Runs, n = g.NodeCount;
        // chunks of 256 runs (four words per vertex), fewer when that would leave a thread idle; the chunk size
        // changes only the speed, never the result (the coins depend on run / 64 and edge alone)
        int words = Math.Clamp(runs / (BitParallelSpreader.BlockSize * parameters.MaxDegreeOfParallelism), 1, BitParallelSpreader.MaxWords);
        int chunk = words * BitParallelSpreader.BlockSize;
        int blocks = (runs + chunk - 1) / chunk;
        int workers = Math.Min(parameters.MaxDegreeOfParallelism, blocks);
        int reportStep = Math.Max(1, (runs + 99) / 100);
        var coins = new LiveEdgeCoins(parameters.Seed);
        var perRun = new int[runs];
        var totals = new long[n];
        int nextBlock = -1, completed = 0, lastReported = 0;
        var progressLock = new object();

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var spreader = new BitParallelSpreader(g, words);
            var counts = new int[n];
            Span<int> block = stackalloc int[chunk];
            while (!ct.IsCancellationRequested)
            {
                int b = Interlocked.Increment(ref nextBlock);
                if (b >= blocks) break;
                int start = b * chunk, count = Math.Min(chunk, runs - start);
                spreader.Spread(src, coins, start, count, block, counts);
                block[..count].CopyTo(perRun.AsSpan(start));
                int done = Interlocked.Add(ref completed, count);
                if (progress is not null && (done / reportStep > (done - count) / reportStep || done == runs))
                    lock (progressLock)
                        if (done > lastReported)
                        {
                            lastReported = done;
                            progress.Report(new CascadeProgress(done, runs));
                        }
            }
            lock (totals)
                for (int v = 0; v < n; v++) totals[v] += counts[v];
        });
        ct.ThrowIfCancellationRequested();
        return MonteCarloCascadeResult.Summarise(parameters.Seed, src, perRun, totals);
    }
}
