using Depgraph.Analysis.Cascade;
using Depgraph.Core;
using Depgraph.Core.Randomness;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>Variance-based global sensitivity: first-order and total Sobol indices with bootstrap intervals.</summary>
public static class SobolAnalysis
{
    /// <summary>
    /// Estimates, for every output of <paramref name="model"/> and every parameter, the first-order index
    /// S_i = Var(E[Y | X_i]) / Var(Y) and the total index S_Ti = E[Var(Y | X_~i)] / Var(Y), the parameters being
    /// independent with the given distributions.
    /// </summary>
    /// <remarks>
    /// <para><b>Definition.</b> S_i is the share of the output's variance that fixing X_i alone would remove; S_Ti
    /// the share left if everything but X_i were fixed (its effect including interactions). Σ S_i ≤ 1 ≤ Σ S_Ti for a
    /// model with interactions; S_Ti ≈ 0 means the parameter does not matter.</para>
    /// <para><b>Method.</b> Two independent N × k sample matrices A and B (one Latin hypercube of N × 2k points split
    /// in two), and for each i the matrix A_B^(i): A with column i from B. With f evaluated on A, B and every
    /// A_B^(i) (N·(k + 2) evaluations; the points are made row by row and not stored, and a model whose evaluator is an
    /// <see cref="IIncrementalEvaluator"/> evaluates A_B^(i) as a change of one parameter from A): S_i = (1/N) Σ (f(B) − f̄)(f(A_B^(i)) − f(A)) / V (Saltelli et al. 2010, with f(B) centred on the
    /// sample mean f̄, which leaves the expectation unchanged and removes the variance a large mean adds) and
    /// S_Ti = (1/2N) Σ (f(A) − f(A_B^(i)))² / V (Jansen 1999), V the variance of f over A and B. Confidence intervals:
    /// percentile bootstrap over the N rows (the same resampled rows for A, B and every A_B^(i)), resample b drawing
    /// from its own seeded stream. Every sum runs in row order; the result is identical on any number of threads.
    /// O(N·(k + 2)) model evaluations plus O(Bootstrap · N · k · outputs).</para>
    /// <para><b>Example.</b> Y = X1·X2 with X1, X2 uniform on [0, 1]: S_1 = S_2 = 3/7, S_T1 = S_T2 = 4/7.</para>
    /// <para>References: A. Saltelli et al., Variance based sensitivity analysis of model output. Design and
    /// estimator for the total sensitivity index, Comput. Phys. Commun. 181(2) (2010) 259–270,
    /// doi:10.1016/j.cpc.2009.09.018; M. J. W. Jansen, Analysis of variance designs for model output, Comput. Phys.
    /// Commun. 117 (1999) 35–43, doi:10.1016/S0010-4655(98)00154-4; I. M. Sobol', Global sensitivity indices for
    /// nonlinear mathematical models and their Monte Carlo estimates, Math. Comput. Simul. 55 (2001) 271–280,
    /// doi:10.1016/S0378-4754(00)00270-6.</para>
    /// </remarks>
    /// <param name="model">The model; parameter j follows <paramref name="inputs"/>[j].</param>
    /// <param name="inputs">One distribution per parameter.</param>
    /// <param name="options">Samples, seed, bootstrap, threads.</param>
    /// <param name="progress">Told of completed evaluations.</param>
    /// <param name="ct">Cancels.</param>
    /// <exception cref="ArgumentException">The number of distributions differs from the model's parameter count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    public static SobolResult Run(IUncertaintyModel model, IReadOnlyList<ParameterDistribution> inputs, SobolOptions options,
        IProgress<int>? progress = null, CancellationToken ct = default)
    {
        Preconditions.NotNull(model, nameof(model));
        Preconditions.NotNull(inputs, nameof(inputs));
        Preconditions.NotNull(options, nameof(options)).Validate();
        int k = model.ParameterCount, m = model.OutputCount, n = options.Samples;
        if (inputs.Count != k) throw new ArgumentException($"{inputs.Count} distributions for {k} parameters.", nameof(inputs));
        foreach (var d in inputs) d.Validate();

        // outputs of A (rows 0..n-1), B (n..2n-1), A_B^(i) (rows (2+i)n..); the points are made row by row, never stored
        var lhs = LatinHypercube.Sample(n, 2 * k, options.Seed);
        long rows = (long)n * (k + 2);
        if (rows * Math.Max(m, 1) > int.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(options), "Samples × (parameters + 2) × outputs is too large; lower Samples.");
        var y = new double[rows * m];
        ModelRunner.ForEachRow(model, n, k + 2, options.MaxDegreeOfParallelism, (ev, r) =>
        {
            double[] a = new double[k], b = new double[k];
            for (int j = 0; j < k; j++)
            {
                a[j] = inputs[j].Quantile(lhs[(long)r * 2 * k + j]);
                b[j] = inputs[j].Quantile(lhs[(long)r * 2 * k + k + j]);
            }
            Span<double> Row(long row) => y.AsSpan((int)(row * m), m);
            ev.Evaluate(b, Row(n + r));
            ev.Evaluate(a, Row(r));
            for (int i = 0; i < k; i++)
            {
                if (ev is IIncrementalEvaluator inc) inc.EvaluateChange(i, b[i], Row((long)(2 + i) * n + r));
                else
                {
                    double keep = a[i];
                    a[i] = b[i];
                    ev.Evaluate(a, Row((long)(2 + i) * n + r));
                    a[i] = keep;
                }
            }
        }, progress, ct);
        return Estimate(y, n, k, m, options, ct);
    }

    /// <summary>The estimators and the bootstrap on evaluated outputs (row-major, N·(k + 2) rows of m values).</summary>
    /// <remarks>A bootstrap resample is a vector of row multiplicities c (summing to N); every estimator is a ratio of
    /// sums Σ c_r·term_r, computed as fixed-width dot products so the bytes do not depend on the machine's vector size.</remarks>
    private static SobolResult Estimate(double[] y, int n, int k, int m, SobolOptions options, CancellationToken ct)
    {
        int nb = options.Bootstrap;
        var counts = new double[nb][];
        for (int b = 0; b < nb; b++)
        {
            var rng = Xoshiro256StarStar.ForRun(options.Seed, 0x5000_0000 + b);
            var c = counts[b] = new double[n];
            for (int r = 0; r < n; r++) c[(int)(rng.NextUInt64() % (ulong)n)] += 1;
        }
        var ones = new double[n];
        Array.Fill(ones, 1.0);
        // per output: columns f(A), f(B); sums for the variance, full and per resample
        var fa = new double[m][];
        var fb = new double[m][];
        var mean = new double[m];
        var variance = new double[m];
        var bootVar = new double[m * nb];
        for (int o = 0; o < m; o++)
        {
            var a = fa[o] = new double[n];
            var bb = fb[o] = new double[n];
            for (int r = 0; r < n; r++)
            {
                a[r] = y[(long)r * m + o];
                bb[r] = y[((long)n + r) * m + o];
            }
            (mean[o], variance[o]) = MeanVariance(ones, a, bb, n);
            for (int b = 0; b < nb; b++) bootVar[o * nb + b] = MeanVariance(counts[b], a, bb, n).Variance;
        }
        var indices = new SobolIndex[m * k];
        Parallel.For(0, m * k, new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism, CancellationToken = ct }, () => (new double[n], new double[n], new double[nb], new double[nb]), (oi, _, buf) =>
        {
            var (t1, t2, b1, b2) = buf;
            int o = oi / k, i = oi % k;
            double centre = mean[o];
            var a = fa[o];
            var bb = fb[o];
            for (int r = 0; r < n; r++)
            {
                double fab = y[((long)(2 + i) * n + r) * m + o];
                t1[r] = (bb[r] - centre) * (fab - a[r]);
                t2[r] = (a[r] - fab) * (a[r] - fab);
            }
            double v = variance[o];
            double s1 = Ratio(Dot(ones, t1, n) / n, v), st = Ratio(Dot(ones, t2, n) / (2.0 * n), v);
            for (int b = 0; b < nb; b++)
            {
                double vb = bootVar[o * nb + b];
                b1[b] = Ratio(Dot(counts[b], t1, n) / n, vb);
                b2[b] = Ratio(Dot(counts[b], t2, n) / (2.0 * n), vb);
            }
            indices[oi] = new SobolIndex(s1, st, Percentiles(b1, s1), Percentiles(b2, st));
            return buf;
        }, _ => { });
        var outputs = new SobolOutput[m];
        for (int o = 0; o < m; o++)
            outputs[o] = new SobolOutput(mean[o], variance[o], new ArraySegment<SobolIndex>(indices, o * k, k).ToArray());
        return new SobolResult(n, (long)n * (k + 2), options.Seed, outputs);
    }

    private static double Ratio(double x, double v) => v > 1e-300 && double.IsFinite(v) ? x / v : 0;

    /// <summary>Weighted mean and (population) variance of the 2N values f(A) ∪ f(B), weights c on both.</summary>
    private static (double Mean, double Variance) MeanVariance(double[] c, double[] a, double[] b, int n)
    {
        double w = 2 * Sum(c, n);
        double mean = (Dot(c, a, n) + Dot(c, b, n)) / w;
        double ss = 0;
        for (int r = 0; r < n; r++)
        {
            double da = a[r] - mean, db = b[r] - mean;
            ss += c[r] * (da * da + db * db);
        }
        return (mean, ss / w);
    }

    private static double Sum(double[] c, int n)
    {
        double s = 0;
        for (int r = 0; r < n; r++) s += c[r];
        return s;
    }

    /// <summary>Σ x·y with four fixed-order lanes (System.Runtime.Intrinsics.Vector256: the same bytes on every machine).</summary>
    private static double Dot(double[] x, double[] y, int n)
    {
        var acc = System.Runtime.Intrinsics.Vector256<double>.Zero;
        int r = 0;
        for (; r + 4 <= n; r += 4)
            acc += System.Runtime.Intrinsics.Vector256.Create<double>(x.AsSpan(r, 4)) *
                   System.Runtime.Intrinsics.Vector256.Create<double>(y.AsSpan(r, 4));
        double s = (acc[0] + acc[1]) + (acc[2] + acc[3]);
        for (; r < n; r++) s += x[r] * y[r];
        return s;
    }

    private static Interval Percentiles(double[] boot, double point)
    {
        if (boot.Length == 0) return new Interval(point, point);
        var s = (double[])boot.Clone();
        Array.Sort(s);
        return new Interval(Quantile(s, 0.025), Quantile(s, 0.975));
    }

    /// <summary>Linear-interpolation quantile (type 7) of sorted values; NaN when there are none.</summary>
    /// <param name="sorted">Values in ascending order.</param>
    /// <param name="q">The probability, in [0, 1].</param>
    public static double Quantile(double[] sorted, double q)
    {
        if (sorted.Length == 0) return double.NaN;
        double h = (sorted.Length - 1) * q;
        int lo = (int)Math.Floor(h), hi = Math.Min(sorted.Length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
