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
