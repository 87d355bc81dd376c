using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Cascade;

/// <summary>Monte Carlo simulation of failures spreading by chance along dependency edges.</summary>
public static class IndependentCascade
{
    /// <summary>The edge numbers the model reads: the probability only (delays are ignored). A result's basis is decided from these (<see cref="Summary.ResultBasis"/>).</summary>
    public static IReadOnlyList<EdgeParameter> ParametersRead { get; } = [EdgeParameter.Probability];

    /// <summary>
    /// Simulates the independent cascade model <see cref="CascadeOptions.Runs"/> times from <paramref name="sources"/>
    /// and summarises how many vertices fail and how often each one does.
    /// </summary>
    /// <remarks>
    /// <para><b>Definition.</b> The sources fail at step 0. Each vertex <c>u</c> that has just failed gets one
    /// chance, per out-edge <c>e = u → v</c>, to fail <c>v</c>, succeeding with probability
    /// <see cref="CompactGraph.Probability"/>(e) independently of everything else; the run ends when no new vertex
    /// fails. Delays are ignored (this model asks "whether", the threshold model "when").</para>
    /// <para><b>Method.</b> Each run is a breadth-first search that flips a coin per edge to a not-yet-failed vertex
    /// (probability 1 and 0 edges draw no number). Run <c>r</c> draws from its own xoshiro256** stream seeded
    /// through SplitMix64 from (Seed, r); per-run counts are stored by run index and per-vertex counts are summed as
    /// integers, so the result is bit-for-bit identical for a given seed whatever the number of threads. Workers
    /// take fixed blocks of runs and reuse their arrays (an epoch stamp per run instead of clearing).
    /// O(Runs · (n + m)) time in the worst case, O(threads · n) memory.</para>
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
        int threads = parameters.MaxDegreeOfParallelism;
        int reportStep = Math.Max(1, (runs + 99) / 100);
        int blockSize = Math.Clamp(runs / (threads * 16), 1, Math.Min(256, reportStep));
        int blocks = (runs + blockSize - 1) / blockSize;
        int workers = Math.Min(threads, blocks);
        var perRun = new int[runs];
        var totals = new long[n];
        int nextBlock = -1, completed = 0, lastReported = 0;
        var progressLock = new object();

        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var worker = new Worker(g, src, parameters.Seed);
            while (!ct.IsCancellationRequested)
            {
                int b = Interlocked.Increment(ref nextBlock);
                if (b >= blocks) break;
                int start = b * blockSize, end = Math.Min(runs, start + blockSize);
                for (int r = start; r < end && !ct.IsCancellationRequested; r++) perRun[r] = worker.Run(r);
                if (ct.IsCancellationRequested) break;
                int done = Interlocked.Add(ref completed, end - start);
                if (progress is not null && (done / reportStep > (done - (end - start)) / reportStep || done == runs))
                    lock (progressLock)
                        if (done > lastReported)
                        {
                            lastReported = done;
                            progress.Report(new CascadeProgress(done, runs));
                        }
            }
            lock (totals)
                for (int v = 0; v < n; v++) totals[v] += worker.Counts[v];
        });
        ct.ThrowIfCancellationRequested();

        return MonteCarloCascadeResult.Summarise(parameters.Seed, src, perRun, totals);
    }

    /// <summary>Per-thread state: a reusable spreader and this worker's per-vertex failure counts.</summary>
    private sealed class Worker(CompactGraph g, int[] sources, int seed)
    {
        private readonly CascadeSpreader _spreader = new(g);

        public int[] Counts { get; } = new int[g.NodeCount];

        public int Run(int run) => _spreader.Spread(sources, seed, run, Counts);
    }
}
