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
        ArgumentOutOfRangeException.ThrowIfLessThan(threads, 1);
        var y = new double[(long)rows * m];
        int blockSize = Math.Clamp(rows / (threads * 32), 1, 256);
        int blocks = (rows + blockSize - 1) / blockSize;
        int workers = Math.Min(threads, blocks), next = -1, done = 0;
        if (blocks == 0) return y;
        Parallel.For(0, workers, new ParallelOptions { MaxDegreeOfParallelism = workers }, _ =>
        {
            var ev = model.CreateEvaluator();
            while (!ct.IsCancellationRequested)
            {
                int b = Interlocked.Increment(ref next);
                if (b >= blocks) break;
                int start = b * blockSize, end = Math.Min(rows, start + blockSize);
                for (int r = start; r < end; r++)
                    ev.Evaluate(points.AsSpan((int)((long)r * k), k), y.AsSpan((int)((long)r * m), m));
                int d = Interlocked.Add(ref done, end - start);
                progress?.Report(d);
            }
        });
        ct.ThrowIfCancellationRequested();
        return y;
    }
}
