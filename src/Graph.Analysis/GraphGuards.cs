using Depgraph.Core;
using Depgraph.Core.Compact;

namespace Depgraph.Analysis;

/// <summary>Argument checks shared by the reach, propagation and cascade algorithms.</summary>
public static class GraphGuards
{
    /// <summary>Checks the graph and the source list; returns the distinct sources in input order.</summary>
    public static int[] Sources(CompactGraph g, IReadOnlyList<int> sources, string name = "sources")
    {
        Preconditions.NotNull(g, "graph");
        Preconditions.NotNull(sources, name);
        var seen = new HashSet<int>();
        var result = new List<int>(sources.Count);
        for (int i = 0; i < sources.Count; i++)
        {
            int s = sources[i];
            if ((uint)s >= (uint)g.NodeCount)
                throw new ArgumentOutOfRangeException(name, s, $"{name}[{i}] = {s} is not a vertex index in [0, {g.NodeCount}).");
            if (seen.Add(s)) result.Add(s);
        }
        return [.. result];
    }

    /// <summary>Throws unless every edge weight is a non-negative number (+∞ allowed: the edge is never usable).</summary>
    public static void NonNegativeWeights(CompactGraph g)
    {
        var w = g.RawWeights;
        for (int e = 0; e < w.Length; e++)
            if (!(w[e] >= 0))
                throw new ArgumentException(
                    $"Edge {g.Id(g.Source(e))} -> {g.Id(g.Target(e))} has weight {w[e]}; delays must be non-negative hours.", "graph");
    }

    /// <summary>Throws unless every edge probability is in [0, 1].</summary>
    public static void Probabilities(CompactGraph g)
    {
        var p = g.RawProbabilities;
        for (int e = 0; e < p.Length; e++)
            if (!(p[e] >= 0 && p[e] <= 1))
                throw new ArgumentException(
                    $"Edge {g.Id(g.Source(e))} -> {g.Id(g.Target(e))} has probability {p[e]}; probabilities must be in [0, 1].", "graph");
    }

    /// <summary>Throws unless every edge strength is finite and non-negative.</summary>
    public static void Strengths(CompactGraph g)
    {
        for (int e = 0; e < g.EdgeCount; e++)
        {
            double s = g.Strength(e);
            if (!(s >= 0) || double.IsInfinity(s))
                throw new ArgumentException(
                    $"Edge {g.Id(g.Source(e))} -> {g.Id(g.Target(e))} has strength {s}; strengths must be finite and non-negative.", "graph");
        }
    }

    /// <summary>Vertex of an input id, or an <see cref="ArgumentException"/> naming the id.</summary>
    public static int Vertex(CompactGraph g, string id, string name)
    {
        Preconditions.NotNull(g, "graph");
        Preconditions.NotNull(id, name);
        return g.TryGetIndex(id, out var v) ? v : throw new ArgumentException($"Unknown node id '{id}'.", name);
    }
}
