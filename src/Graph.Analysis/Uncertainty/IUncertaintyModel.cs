namespace Depgraph.Analysis.Uncertainty;

/// <summary>
/// A deterministic function from parameter values to output values, evaluated many times by the samplers
/// (<see cref="SobolAnalysis"/>, <see cref="MorrisScreening"/>, <see cref="OneAtATimeSwing"/>,
/// <see cref="UncertaintyIntervals"/>). Any Monte Carlo inside must use fixed random numbers (common random
/// numbers), so equal inputs give equal outputs whatever thread evaluates them.
/// </summary>
public interface IUncertaintyModel
{
    /// <summary>Number of parameters.</summary>
    int ParameterCount { get; }

    /// <summary>Number of outputs.</summary>
    int OutputCount { get; }

    /// <summary>A new evaluator with its own scratch memory (one per worker thread).</summary>
    IModelEvaluator CreateEvaluator();
}

/// <summary>Evaluates an <see cref="IUncertaintyModel"/>; not thread-safe.</summary>
public interface IModelEvaluator
{
    /// <summary>Writes the outputs for <paramref name="parameters"/> into <paramref name="outputs"/>.</summary>
    void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs);
}

/// <summary>
/// An evaluator that can move one parameter away from the last full evaluation's point more cheaply than a full
/// evaluation (what the Saltelli design of <see cref="SobolAnalysis"/> does k times per row); not thread-safe.
/// </summary>
public interface IIncrementalEvaluator : IModelEvaluator
{
    /// <summary>
    /// Writes the outputs at the point of the last <see cref="IModelEvaluator.Evaluate"/> with parameter
    /// <paramref name="parameter"/> set to <paramref name="value"/>: exactly what a full evaluation of that point would
    /// write. The base point stays the last full evaluation's, whatever was changed before.
    /// </summary>
    /// <param name="parameter">Index of the parameter moved.</param>
    /// <param name="value">Its new value.</param>
    /// <param name="outputs">Receives one value per output.</param>
    /// <exception cref="InvalidOperationException">No full evaluation has been made.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="parameter"/> is not a parameter index.</exception>
    void EvaluateChange(int parameter, double value, Span<double> outputs);
}

/// <summary>An <see cref="IUncertaintyModel"/> from a thread-safe function (test functions, closed forms).</summary>
/// <param name="parameterCount">Number of parameters.</param>
/// <param name="outputCount">Number of outputs.</param>
/// <param name="function">Writes outputs from parameters; must be thread-safe.</param>
public sealed class FunctionModel(int parameterCount, int outputCount, FunctionModel.Body function) : IUncertaintyModel
{
    /// <summary>The function's body.</summary>
    public delegate void Body(ReadOnlySpan<double> parameters, Span<double> outputs);

    /// <inheritdoc/>
    public int ParameterCount { get; } = parameterCount;

    /// <inheritdoc/>
    public int OutputCount { get; } = outputCount;

    /// <inheritdoc/>
    public IModelEvaluator CreateEvaluator() => new Evaluator(function);

    private sealed class Evaluator(Body f) : IModelEvaluator
    {
        public void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs) => f(parameters, outputs);
    }
}
