using Depgraph.Analysis.Reach;
using Depgraph.Core;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>
/// Earliest arrival (hours) at each output vertex from the sources, as a function of the uncertain edge delays:
/// Dijkstra on the graph with the <see cref="ParameterSpace"/>'s <see cref="EdgeParameter.Weight"/> values
/// substituted. An unreachable output gives +∞.
/// </summary>
/// <remarks>O((n + m) log n) per evaluation. Deterministic. Only weight parameters act on it.</remarks>
public sealed class ArrivalTimeModel : IUncertaintyModel
{
    private readonly int[] _sources;
    private readonly int[] _outputs;

    /// <summary>Builds the model.</summary>
    /// <param name="space">The uncertain parameters, resolved on the graph analysed.</param>
    /// <param name="sources">Where the alert starts (hour 0).</param>
    /// <param name="outputs">Vertices whose arrival hour is an output.</param>
    /// <exception cref="ArgumentException">A weight is negative or NaN.</exception>
    public ArrivalTimeModel(ParameterSpace space, IReadOnlyList<int> sources, IReadOnlyList<int> outputs)
    {
        Preconditions.NotNull(space, nameof(space));
        Preconditions.NotNull(outputs, nameof(outputs));
        _sources = GraphGuards.Sources(space.Graph, sources);
        GraphGuards.NonNegativeWeights(space.Graph);
        foreach (int t in outputs) Preconditions.ValidVertex(t, space.Graph.NodeCount, nameof(outputs));
        Space = space;
        _outputs = [.. outputs];
    }

    /// <summary>The parameters.</summary>
    public ParameterSpace Space { get; }

    /// <inheritdoc/>
    public int ParameterCount => Space.Count;

    /// <inheritdoc/>
    public int OutputCount => _outputs.Length;

    /// <inheritdoc/>
    public IModelEvaluator CreateEvaluator() => new Evaluator(this);

    private sealed class Evaluator(ArrivalTimeModel md) : IModelEvaluator
    {
        private readonly double[] _w = (double[])md.Space.Graph.RawWeights.Clone();
        private readonly double[] _dist = new double[md.Space.Graph.NodeCount];
        private readonly PriorityQueue<int, (double, int)> _heap = new();

        public void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs)
        {
            var g = md.Space.Graph;
            md.Space.Apply(parameters, EdgeParameter.Weight, _w);
            Array.Fill(_dist, double.PositiveInfinity);
            _heap.Clear();
            foreach (int s in md._sources) { _dist[s] = 0; _heap.Enqueue(s, (0, s)); }
            var (offsets, targets) = g.RawOut;
            while (_heap.TryDequeue(out int u, out var key))
            {
                if (key.Item1 > _dist[u]) continue;
                for (int e = offsets[u], end = offsets[u + 1]; e < end; e++)
                {
                    int v = targets[e];
                    double d = key.Item1 + _w[e];
                    if (d < _dist[v]) { _dist[v] = d; _heap.Enqueue(v, (d, v)); }
                }
            }
            for (int o = 0; o < md._outputs.Length; o++) outputs[o] = _dist[md._outputs[o]];
        }
    }
}
