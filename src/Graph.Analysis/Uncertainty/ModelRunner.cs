using Depgraph.Core;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>Evaluates a model at many points on several threads; the result depends only on the points.</summary>
public static class ModelRunner
{
    /// <summary>
    /// Evaluates <paramref name="model"/> at <paramref name="rows"/> points (row-major, <c>ParameterCount</c> values
    /// each) and returns the outputs row-major (<c>OutputCount</c> values each). Workers take fixed blocks of rows
    /// and write each row's outputs to its own slot, so the result is identical for any number of threads.
    /// </summary>
    /// <param name="model">The model.</param>
    /// <param name="points">The parameter values.</param>
    /// <param name="rows">Number of points.</param>
    /// <param name="threads">Worker threads, ≥ 1.</param>
    /// <param name="progress">Told of completed rows.</param>
    /// <param name="ct">Cancels.</param>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static double[] Evaluate(IUncertaintyModel model, double[] points, int rows, int threads,
        IProgress<int>? progress = null, CancellationToken ct = default)
    {
        Preconditions.NotNull(model, nameof(model));
        Preconditions.NotNull(points, nameof(points));
        int k = model.ParameterCount, m = model.OutputCount;
        if ((long)rows * k > points.Length) throw new ArgumentException("points holds fewer than rows × ParameterCount values.", nameof(points));
        var y = new double[(long)rows * m];
        ForEachRow(model, rows, 1, threads, (ev, r) =>
            ev.Evaluate(points.AsSpan((int)((long)r * k), k), y.AsSpan((int)((long)r * m), m)), progress, ct);
        return y;
    }

    /// <summary>
    /// Calls <paramref name="body"/> once for every row index in [0, <paramref name="rows"/>), on
    /// <paramref name="threads"/> workers that each own one evaluator and take fixed blocks of rows in turn. The body
    /// must write only what belongs to its row; then the result does not depend on the number of threads.
    /// </summary>
    /// <param name="model">The model whose evaluators the workers use.</param>
    /// <param name="rows">Number of rows.</param>
    /// <param name="evaluationsPerRow">Evaluations one row makes (for <paramref name="progress"/>).</param>
    /// <param name="threads">Worker threads, ≥ 1.</param>
    /// <param name="body">Evaluates one row with the worker's evaluator.</param>
    /// <param name="progress">Told of completed evaluations.</param>
    /// <param name="ct">Cancels.</param>
    internal static void ForEachRow(IUncertaintyModel model, int rows, int evaluationsPerRow, int threads, Action<IModelEvaluator, int> body,
        IProgress<int>? progress, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        int blockSize = Math.Clamp(rows / (threads * 32), 1, 256);
        int blocks = (rows + blockSize - 1) / blockSize;
        int workers = Math.Min(threads, blocks), next = -1, done = 0;
        if (blocks == 0) return;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var ev = model.CreateEvaluator();
            while (!ct.IsCancellationRequested)
            {
                int b = Interlocked.Increment(ref next);
                if (b >= blocks) break;
                int start = b * blockSize, end = Math.Min(rows, start + blockSize);
                for (int r = start; r < end; r++) body(ev, r);
                int d = Interlocked.Add(ref done, (end - start) * evaluationsPerRow);
                progress?.Report(d);
            }
        });
        ct.ThrowIfCancellationRequested();
    }
}
