using System.Collections.ObjectModel;
using Depgraph.Analysis;
using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Reach;
using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Randomness;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Depgraph.Learning;

/// <summary>
/// A cascade-risk surrogate: a gradient-boosted regression-tree model that predicts, from cheap structural features,
/// the expected number of vertices an independent cascade started at a vertex would fail — so that every vertex of a
/// large graph can be screened without a Monte Carlo simulation from each one.
/// </summary>
/// <remarks>
/// <para><b>What it estimates.</b> For a source <c>v</c>, the expected size σ(v) of an independent cascade (Kempe,
/// Kleinberg, Tardos 2003): <c>v</c> fails, and each newly failed vertex fails each out-neighbour once with the edge's
/// probability. σ(v) is what <see cref="BitParallelCascade"/> estimates from <c>v</c> alone — exact but costing
/// O(runs · (n + m)) per source, far too much for every vertex of a million-vertex graph.</para>
/// <para><b>Method (surrogate modelling).</b> (1) <see cref="NodeFeatures.Compute"/> gives every vertex 25 structural
/// features in near-linear time (degrees, probability sums, expected 1-hop spread, probability-weighted walk counts of 2, 3
/// and up to 6 steps, the 2-hop neighbourhood size, member weight, kind). (2) A sample of
/// <see cref="CascadeRiskOptions.SampleSize"/> sources — the <see cref="CascadeRiskOptions.TopProxyShare"/> with the most
/// probable long walks (so that the few hubs are seen), the rest drawn uniformly with the seed — is simulated with <see cref="CascadeRiskOptions.RunsPerSource"/> runs
/// each — the same coin flips as <c>BitParallelCascade.Run(g, [v], new CascadeOptions { Runs, Seed })</c>, so every
/// simulated value can be reproduced with <c>depgraph cascade --from v --runs R --seed S</c>. (3) The sample is split
/// (seeded) into training and held-out sources; ML.NET's FastTree (gradient-boosted regression trees, Friedman 2001) is
/// fitted on the training sources to ln(1 + σ), one thread and a fixed seed, so the same options give bit-for-bit the same
/// model. (4) The model predicts σ for every vertex (e^ŷ − 1, clamped to [1, n]). The held-out R², mean absolute error
/// and Spearman rank correlation in <see cref="Report"/> are measured on sources the model never saw, with the model
/// that makes the predictions (it is not refitted on the held-out part); <see cref="CascadeRiskReport.HeldOutUniform"/>
/// repeats them on the uniformly drawn held-out sources alone, the honest figure for a typical vertex.</para>
/// <para><b>Cost.</b> Features O(n + m) (plus the 2-hop scan, see <see cref="NodeFeatures.Compute"/>); simulation
/// O(SampleSize · RunsPerSource · (n + m)) in the worst case, on <see cref="CascadeRiskOptions.MaxDegreeOfParallelism"/>
/// threads; training O(trees · training sources · features); prediction O(n · trees · depth). Memory ≈ 100 bytes per
/// vertex besides the graph.</para>
/// <para><b>Limits.</b> A screening tool, not a measurement: the ranking is as good as the held-out Spearman says, and only
/// on graphs like the one trained on. Predictions regress towards typical values, so rare extreme sources (a hub on a
/// graph with few hubs, a source whose cascade goes supercritical) may be under-predicted if the sample missed their like;
/// a poor Spearman in <see cref="CascadeRiskReport.HeldOutUniform"/> or negative R² says the features do not explain cascades on this
/// graph. Confirm the top candidates with <c>depgraph cascade --from ID</c> (Monte Carlo from that source).</para>
/// <para><b>Example.</b> <c>var m = CascadeRiskModel.Train(g, new CascadeRiskOptions { SampleSize = 500, RunsPerSource = 200, Seed = 1 });
/// var top = m.PredictAll()</c> → σ̂ per vertex; <c>m.Report.HeldOutSpearman</c> says whether to trust the order.</para>
/// <para>References: D. Kempe, J. Kleinberg, É. Tardos, Maximizing the spread of influence through a social network, KDD 2003,
/// doi:10.1145/956750.956769. J. H. Friedman, Greedy function approximation: a gradient boosting machine, Annals of
/// Statistics 29(5), 2001, doi:10.1214/aos/1013203451.</para>
/// </remarks>
public sealed class CascadeRiskModel
{
    /// <summary>The learner's name in reports and JSON.</summary>
    public const string ModelName = "fasttree_regression";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly NodeFeatureMatrix _features;
    private readonly int _nodeCount;
    private readonly object _engineLock = new();
    private PredictionEngine<FeatureRow, ScoreRow>? _engine;

    private CascadeRiskModel(MLContext ml, ITransformer transformer, NodeFeatureMatrix features, CascadeRiskReport report)
    {
        _ml = ml;
        _transformer = transformer;
        _features = features;
        _nodeCount = features.NodeCount;
        Report = report;
    }

    /// <summary>What the model was trained on and its held-out accuracy.</summary>
    public CascadeRiskReport Report { get; }

    /// <summary>The features of every vertex the model reads.</summary>
    public NodeFeatureMatrix Features => _features;

    /// <summary>
    /// Samples sources, simulates their cascades, trains the surrogate and measures it on held-out sources
    /// (see the type's remarks for the method).
    /// </summary>
    /// <param name="g">The graph, edges pointing the way a failure travels (e.g. the dependency layer), at least 10 vertices.</param>
    /// <param name="options">Sample size, runs, seed, held-out share, tree settings.</param>
    /// <param name="progress">Told of each stage, and of simulated sources about 100 times.</param>
    /// <param name="ct">Cancels training.</param>
    /// <returns>The trained model.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">The graph has fewer than 10 vertices, or an edge probability is outside [0, 1].</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static CascadeRiskModel Train(CompactGraph g, CascadeRiskOptions options,
        IProgress<CascadeRiskProgress>? progress = null, CancellationToken ct = default)
    {
        Preconditions.NotNull(g, nameof(g));
        Preconditions.NotNull(options, nameof(options)).Validate();
        if (g.NodeCount < CascadeRiskOptions.MinSampleSize)
            throw new ArgumentException($"The graph has {g.NodeCount} vertices; the cascade-risk model needs at least {CascadeRiskOptions.MinSampleSize} (simulate small graphs directly with BitParallelCascade).", nameof(g));
        GraphGuards.Probabilities(g);
        ct.ThrowIfCancellationRequested();

        progress?.Report(new CascadeRiskProgress("features", 0, 1));
        var features = NodeFeatures.Compute(g, ct);
        progress?.Report(new CascadeRiskProgress("features", 1, 1));

        int n = g.NodeCount, k = Math.Min(options.SampleSize, n);
        var (sample, isTop) = DrawSample(features, k, options);
        int heldOut = Math.Max(2, (int)Math.Round(k * options.TestFraction, MidpointRounding.AwayFromZero));

        var simulated = Simulate(g, sample, options, progress, ct);

        progress?.Report(new CascadeRiskProgress("train", 0, 1));
        var ml = new MLContext(seed: options.Seed);
        var trainRows = new List<FeatureRow>(k - heldOut);
        for (int i = heldOut; i < k; i++)
            trainRows.Add(new FeatureRow { Features = features.RowArray(sample[i]), Label = (float)Math.Log(1 + simulated[i]) });
        var trainer = ml.Regression.Trainers.FastTree(new FastTreeRegressionTrainer.Options
        {
            NumberOfThreads = 1,
            Seed = options.Seed,
            NumberOfTrees = options.NumberOfTrees,
            NumberOfLeaves = options.NumberOfLeaves,
            LearningRate = options.LearningRate,
            MinimumExampleCountPerLeaf = Math.Clamp(trainRows.Count / 20, 1, 10),
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
        });
        ct.ThrowIfCancellationRequested();
        var transformer = trainer.Fit(ml.Data.LoadFromEnumerable(trainRows));
        progress?.Report(new CascadeRiskProgress("train", 1, 1));

        var model = new CascadeRiskModel(ml, transformer, features, null!);
        var predicted = model.PredictMany(sample.AsSpan(0, heldOut).ToArray());
        var actual = simulated.AsSpan(0, heldOut).ToArray();
        var uniform = Enumerable.Range(0, heldOut).Where(i => !isTop[i]).ToArray();
        var report = new CascadeRiskReport(ModelName, n, k, isTop.Count(t => t), k - heldOut, options.RunsPerSource, options.Seed,
            HeldOutMetrics.Measure(actual, predicted),
            HeldOutMetrics.Measure(uniform.Select(i => actual[i]).ToArray(), uniform.Select(i => predicted[i]).ToArray()),
            NodeFeatures.Names,
            Array.AsReadOnly(sample.Select((v, i) => new SimulatedSource(v, simulated[i], i < heldOut, isTop[i])).ToArray()));
        return new CascadeRiskModel(ml, transformer, features, report);
    }

    /// <summary>The predicted expected cascade size from vertex <paramref name="v"/> (failed vertices, the source included).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="v"/> is not a vertex.</exception>
    public double Predict(int v)
    {
        Preconditions.ValidVertex(v, _nodeCount, nameof(v));
        lock (_engineLock)
        {
            _engine ??= _ml.Model.CreatePredictionEngine<FeatureRow, ScoreRow>(_transformer);
            return FromScore(_engine.Predict(new FeatureRow { Features = _features.RowArray(v) }).Score);
        }
    }

    /// <summary>The predicted expected cascade size from every vertex, indexed by vertex.</summary>
    public double[] PredictAll() => PredictMany(Enumerable.Range(0, _nodeCount).ToArray());

    private double[] PredictMany(int[] vertices)
    {
        var scored = _transformer.Transform(_ml.Data.LoadFromEnumerable(vertices.Select(v => new FeatureRow { Features = _features.RowArray(v) })));
        var result = new double[vertices.Length];
        int i = 0;
        foreach (float s in scored.GetColumn<float>(nameof(ScoreRow.Score))) result[i++] = FromScore(s);
        if (i != vertices.Length) throw new InvalidOperationException($"The model scored {i} of {vertices.Length} vertices.");
        return result;
    }

    private double FromScore(float score) => Math.Clamp(Math.Exp(score) - 1, 1, _nodeCount);

    /// <summary>
    /// The top <c>round(k · TopProxyShare)</c> vertices by <c>expected_walks_6</c> (ties by index), the rest uniformly without
    /// replacement from the others (partial Fisher–Yates), then the whole sample shuffled (seeded) into split order.
    /// </summary>
    private static (int[] Sample, bool[] IsTop) DrawSample(NodeFeatureMatrix features, int k, CascadeRiskOptions options)
    {
        int n = features.NodeCount;
        int top = (int)Math.Round(k * options.TopProxyShare, MidpointRounding.AwayFromZero);
        var order = new int[n];
        for (int i = 0; i < n; i++) order[i] = i;
        if (top > 0)
        {
            var keys = new float[n];
            for (int v = 0; v < n; v++) keys[v] = -features[v, NodeFeatures.WalkSumColumn];
            Array.Sort(keys, order); // unstable: restore index order within equal keys below
            int i0 = 0;
            while (i0 < n)
            {
                int j = i0;
                while (j + 1 < n && keys[j + 1] == keys[i0]) j++;
                Array.Sort(order, i0, j - i0 + 1);
                if (j + 1 >= top) break;
                i0 = j + 1;
            }
        }
        var rng = Xoshiro256StarStar.ForRun(options.Seed, -1);
        for (int i = top; i < k; i++)
        {
            int j = i + (int)(rng.NextUInt64() % (ulong)(n - i));
            (order[i], order[j]) = (order[j], order[i]);
        }
        var sample = order.AsSpan(0, k).ToArray();
        var isTop = new bool[k];
        for (int i = 0; i < top; i++) isTop[i] = true;
        var split = Xoshiro256StarStar.ForRun(options.Seed, -2);
        for (int i = k - 1; i > 0; i--)
        {
            int j = (int)(split.NextUInt64() % (ulong)(i + 1));
            (sample[i], sample[j]) = (sample[j], sample[i]);
            (isTop[i], isTop[j]) = (isTop[j], isTop[i]);
        }
        return (sample, isTop);
    }

    private static double[] Simulate(CompactGraph g, int[] sample, CascadeRiskOptions options, IProgress<CascadeRiskProgress>? progress, CancellationToken ct)
    {
        int k = sample.Length, step = Math.Max(1, (k + 99) / 100), done = 0, reported = 0;
        var result = new double[k];
        var gate = new object();
        progress?.Report(new CascadeRiskProgress("simulate", 0, k));
        Parallel.For(0, k, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = ct },
            () => new CascadeSampler(g, options.Seed),
            (i, _, sampler) =>
            {
                result[i] = sampler.MeanFailed(sample[i], options.RunsPerSource, ct);
                int d = Interlocked.Increment(ref done);
                if (progress is not null && (d % step == 0 || d == k))
                    lock (gate)
                        if (d > reported)
                        {
                            reported = d;
                            progress.Report(new CascadeRiskProgress("simulate", d, k));
                        }
                return sampler;
            },
            _ => { });
        return result;
    }

    /// <summary>ML.NET input row.</summary>
    private sealed class FeatureRow
    {
        [VectorType(NodeFeatures.Count)]
        public float[] Features { get; set; } = [];

        public float Label { get; set; }
    }

    /// <summary>ML.NET output row.</summary>
    private sealed class ScoreRow
    {
        public float Score { get; set; }
    }
}
