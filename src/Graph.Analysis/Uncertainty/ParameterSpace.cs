using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>
/// The varied inputs of an analysis on one graph: the <see cref="ParameterRange"/>s resolved to edge ids, each
/// parameter sampled on the unit interval and mapped to its edges' values through their ranges.
/// </summary>
/// <remarks>
/// <para>Samplers work in the unit cube: parameter j takes <c>u_j</c> ∈ [0, 1] and every edge it covers takes
/// <c>range.Quantile(u_j)</c>. Ranges with the same group name (e.g. every edge that uses one assumed channel) form
/// one parameter and move together. A range that matches no edge of the graph (e.g. outside the selected layer) is
/// dropped; <see cref="Unmatched"/> lists them.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class ParameterSpace
{
    private ParameterSpace(CompactGraph graph, IReadOnlyList<UncertainParameter> parameters, IReadOnlyList<ParameterRange> unmatched)
    {
        Graph = graph;
        Parameters = parameters;
        Unmatched = unmatched;
        UnitDistributions = parameters.Select(p => new ParameterDistribution(0, 1, p.CentralUnit)).ToArray();
    }

    /// <summary>The graph the edge ids refer to.</summary>
    public CompactGraph Graph { get; }

    /// <summary>The parameters, in input order of their first range.</summary>
    public IReadOnlyList<UncertainParameter> Parameters { get; }

    /// <summary>Ranges that matched no edge of <see cref="Graph"/>.</summary>
    public IReadOnlyList<ParameterRange> Unmatched { get; }

    /// <summary>Number of parameters.</summary>
    public int Count => Parameters.Count;

    /// <summary>Each parameter as a uniform distribution on [0, 1] with its central point (what the samplers draw).</summary>
    public IReadOnlyList<ParameterDistribution> UnitDistributions { get; }

    /// <summary>The central point in the unit cube.</summary>
    public double[] CentralUnits() => Parameters.Select(p => p.CentralUnit).ToArray();

    /// <summary>
    /// Resolves ranges on <paramref name="graph"/>, a graph selected with <paramref name="layer"/> from the input
    /// (so a stored <c>depends_on</c> edge A → B is found as B → A). With <paramref name="layer"/> null, edges are
    /// matched in their stored direction.
    /// </summary>
    /// <param name="graph">The analysed graph.</param>
    /// <param name="layer">The layer it was selected with, or null.</param>
    /// <param name="ranges">The ranges (validated here).</param>
    /// <param name="only">Keep only ranges of this attribute (e.g. probabilities for the independent cascade).</param>
    /// <param name="groupOf">Group name per range; ranges with equal non-null names form one parameter (default: <see cref="ParameterRange.Group"/>).</param>
    /// <exception cref="ArgumentException">A range is invalid (see <see cref="ParameterRange.Validate"/>).</exception>
    public static ParameterSpace Resolve(CompactGraph graph, EdgeLayer? layer, IEnumerable<ParameterRange> ranges,
        EdgeParameter? only = null, Func<ParameterRange, string?>? groupOf = null)
    {
        Preconditions.NotNull(graph, nameof(graph));
        Preconditions.NotNull(ranges, nameof(ranges));
        var byEnds = new Dictionary<(string, string, EdgeKind), List<int>>();
        for (int e = 0; e < graph.EdgeCount; e++)
        {
            int dir = layer?.Direction(graph.EdgeKindOf(e), graph.FlowOf(e)) ?? 1;
            if (dir == 0) continue;
            string s = graph.Id(graph.Source(e)), t = graph.Id(graph.Target(e));
            var key = dir > 0 ? (s, t, graph.EdgeKindOf(e)) : (t, s, graph.EdgeKindOf(e));
            if (!byEnds.TryGetValue(key, out var list)) byEnds[key] = list = [];
            list.Add(e);
        }
        var order = new List<string>();
        var groups = new Dictionary<string, (List<ParameterRange> Ranges, List<int> Edges, List<int> Of)>(StringComparer.Ordinal);
        var unmatched = new List<ParameterRange>();
        int anonymous = 0;
        foreach (var r in ranges)
        {
            r.Validate();
            if (only is { } o && r.Parameter != o) continue;
            if (!byEnds.TryGetValue((r.Source, r.Target, r.Kind), out var edges)) { unmatched.Add(r); continue; }
            var g = groupOf is null ? r.Group : groupOf(r);
            string key = g is null ? "\0" + (anonymous++).ToString(System.Globalization.CultureInfo.InvariantCulture) : r.Parameter + "\0" + g;
            if (!groups.TryGetValue(key, out var entry))
            {
                groups[key] = entry = ([], [], []);
                order.Add(key);
            }
            entry.Ranges.Add(r);
            foreach (int e in edges)
            {
                entry.Edges.Add(e);
                entry.Of.Add(entry.Ranges.Count - 1);
            }
        }
        var parameters = order.Select(k =>
        {
            var (rs, es, of) = groups[k];
            var first = rs[0].Distribution;
            string name = k[0] == '\0' ? rs[0].Name : k[(k.IndexOf('\0', StringComparison.Ordinal) + 1)..];
            return new UncertainParameter(name, rs[0].Parameter, rs, [.. es], [.. of], CentralUnit(first));
        }).ToArray();
        return new ParameterSpace(graph, parameters, unmatched);
    }

    /// <summary>
    /// Writes the values of the edges of every <paramref name="which"/> parameter at the unit point
    /// <paramref name="unit"/> into <paramref name="edgeValues"/> (indexed by edge id; other entries untouched).
    /// </summary>
    public void Apply(ReadOnlySpan<double> unit, EdgeParameter which, Span<double> edgeValues)
    {
        for (int j = 0; j < Parameters.Count; j++)
        {
            var p = Parameters[j];
            if (p.Parameter != which) continue;
            for (int i = 0; i < p.EdgeIds.Length; i++) edgeValues[p.EdgeIds[i]] = p.ValueAt(p.RangeOfEdge[i], unit[j]);
        }
    }

    /// <summary>The cumulative probability of a distribution's central value.</summary>
    public static double CentralUnit(ParameterDistribution d)
    {
        Preconditions.NotNull(d, nameof(d));
        if (d.High <= d.Low) return 0.5;
        double a = d.Low, b = d.High, c = d.Central, w = b - a;
        if (d.Shape == RangeDistribution.Uniform) return (c - a) / w;
        // triangular CDF at its mode
        return (c - a) / w;
    }
}
