using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Cascade;

/// <summary>Deterministic failure propagation: a dependant fails once enough of what it depends on has failed.</summary>
public static class LinearThresholdCascade
{
    /// <summary>The edge numbers the model reads: the strength (who fails) and the hours (when). A result's basis is decided from these (<see cref="Summary.ResultBasis"/>).</summary>
    public static IReadOnlyList<EdgeParameter> ParametersRead { get; } = [EdgeParameter.Strength, EdgeParameter.Weight];

    /// <summary>
    /// Runs the linear threshold model in continuous time from <paramref name="sources"/> and lists every vertex
    /// that fails, when, and after how many steps.
    /// </summary>
    /// <remarks>
    /// <para><b>Definition.</b> Sources fail at hour 0. A failed vertex <c>u</c> passes its failure along each
    /// out-edge <c>e = u → v</c>, arriving at <c>t(u) + Weight(e)</c>. A vertex <c>v</c> fails at the first time at
    /// which (sum of <see cref="CompactGraph.Strength"/> over its in-edges whose failures have arrived) / (sum of
    /// Strength over <em>all</em> its in-edges) ≥ <paramref name="threshold"/> (an exactly equal share fails).
    /// A vertex whose in-edges have total strength 0 never fails unless it is a source. Its step is 1 + the largest
    /// step among the suppliers whose failures had arrived by then (all arrivals at the same instant count).</para>
    /// <para><b>Method.</b> Event-driven simulation: arrivals in a heap keyed by (time, edge id); all arrivals at one
    /// instant are applied, then every touched vertex is tested; zero-delay edges are handled as further rounds at
    /// the same instant. Strength sums are accumulated in that fixed order, so the result is deterministic.
    /// O((n + m) log m) time, O(n + m) memory.</para>
    /// <para><b>Example.</b> Power → hospital (strength 1, 2 h), water → hospital (strength 1, 5 h), threshold 0.5,
    /// source power: the hospital fails at hour 2, step 1 (half of its supply strength is gone).</para>
    /// <para>Reference: D. J. Watts, A simple model of global cascades on random networks, PNAS 99(9) (2002)
    /// 5766–5771, doi:10.1073/pnas.082090499.</para>
    /// </remarks>
    /// <param name="g">The dependency graph, edges pointing from supplier to dependant.</param>
    /// <param name="sources">Vertices that fail first (duplicates ignored; may be empty).</param>
    /// <param name="threshold">Share in (0, 1].</param>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A source is not a vertex, or the threshold is outside (0, 1].</exception>
    /// <exception cref="ArgumentException">An edge weight is negative or NaN, or a strength negative or not finite.</exception>
    public static ThresholdCascadeResult Run(CompactGraph g, IReadOnlyList<int> sources, double threshold)
    {
        Preconditions.NotNull(g, nameof(g));
        if (!(threshold > 0 && threshold <= 1))
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "threshold must be in (0, 1]: the share of incoming dependency strength that must fail.");
        var src = GraphGuards.Sources(g, sources);
        GraphGuards.NonNegativeWeights(g);
        GraphGuards.Strengths(g);

        int n = g.NodeCount;
        var totalIn = new double[n];
        for (int e = 0; e < g.EdgeCount; e++) totalIn[g.Target(e)] += g.Strength(e);
        var arrived = new double[n];
        var maxStep = new int[n];
        var step = new int[n];
        var time = new double[n];
        var failed = new bool[n];
        var touchedMark = new int[n];
        var touched = new List<int>();
        var events = new PriorityQueue<int, (double Time, int Edge)>();
        var order = new List<FailedNode>();
        var (offsets, targets) = g.RawOut;
        var w = g.RawWeights;
        Array.Fill(maxStep, -1);

        void Fail(int v, double t, int s)
        {
            failed[v] = true;
            time[v] = t;
            step[v] = s;
            order.Add(new FailedNode(v, s, t));
            for (int e = offsets[v], end = offsets[v + 1]; e < end; e++)
                if (!failed[targets[e]] && w[e] < double.PositiveInfinity) events.Enqueue(e, (t + w[e], e));
        }

        foreach (int s in src.OrderBy(g.Id, StringComparer.Ordinal)) if (!failed[s]) Fail(s, 0, 0);
        int round = 0;
        while (events.TryPeek(out _, out var head))
        {
            double t = head.Time;
            round++;
            touched.Clear();
            while (events.TryPeek(out int e, out var key) && key.Time == t)
            {
                events.Dequeue();
                int v = targets[e];
                if (failed[v]) continue;
                arrived[v] += g.Strength(e);
                int su = step[g.Source(e)];
                if (su > maxStep[v]) maxStep[v] = su;
                if (touchedMark[v] != round)
                {
                    touchedMark[v] = round;
                    touched.Add(v);
                }
            }
            touched.Sort();
            foreach (int v in touched)
                if (totalIn[v] > 0 && arrived[v] / totalIn[v] >= threshold)
                    Fail(v, t, maxStep[v] + 1);
        }

        int sourceCount = src.Length;
        var rest = order.Skip(sourceCount).ToList();
        rest.Sort((a, b) =>
        {
            int c = a.Hours.CompareTo(b.Hours);
            if (c != 0) return c;
            c = a.Step.CompareTo(b.Step);
            return c != 0 ? c : string.CompareOrdinal(g.Id(a.Vertex), g.Id(b.Vertex));
        });
        return new ThresholdCascadeResult(src, threshold, [.. order.Take(sourceCount), .. rest]);
    }
}
