using Depgraph.Core.Compact;

namespace Depgraph.TestSupport;

/// <summary>Slow, obviously correct reference implementations for tiny graphs.</summary>
public static class PropagationOracles
{
    /// <summary>Fewest hops by repeated relaxation (Bellman–Ford on unit weights), O(n·m).</summary>
    public static int[] HopsByRelaxation(CompactGraph g, IReadOnlyList<int> sources)
    {
        var h = Enumerable.Repeat(int.MaxValue, g.NodeCount).ToArray();
        foreach (var s in sources) h[s] = 0;
        for (int round = 0; round < g.NodeCount; round++)
            for (int e = 0; e < g.EdgeCount; e++)
                if (h[g.Source(e)] != int.MaxValue && h[g.Source(e)] + 1 < h[g.Target(e)])
                    h[g.Target(e)] = h[g.Source(e)] + 1;
        return h.Select(x => x == int.MaxValue ? -1 : x).ToArray();
    }

    /// <summary>Every simple path from source to target (explicit stack), with its cost summed in path order over the cheapest parallel edge.</summary>
    public static List<(int[] Nodes, double Hours)> AllSimplePaths(CompactGraph g, int source, int target)
    {
        var result = new List<(int[], double)>();
        if (source == target) { result.Add(([source], 0)); return result; }
        var path = new List<int> { source };
        var onPath = new bool[g.NodeCount];
        onPath[source] = true;
        var next = new Stack<int>();
        next.Push(0);
        while (next.Count > 0)
        {
            int u = path[^1];
            var outs = g.OutNeighbors(u).ToArray().Distinct().ToArray();
            int i = next.Pop();
            if (i >= outs.Length)
            {
                onPath[u] = false;
                path.RemoveAt(path.Count - 1);
                continue;
            }
            next.Push(i + 1);
            int v = outs[i];
            if (onPath[v]) continue;
            if (v == target)
            {
                var nodes = path.Append(v).ToArray();
                result.Add((nodes, Cost(g, nodes)));
                continue;
            }
            path.Add(v);
            onPath[v] = true;
            next.Push(0);
        }
        return result;
    }

    /// <summary>Cost of a vertex sequence: cheapest parallel edge per step, summed in path order.</summary>
    public static double Cost(CompactGraph g, IReadOnlyList<int> nodes)
    {
        double sum = 0;
        for (int i = 0; i + 1 < nodes.Count; i++)
        {
            double best = double.PositiveInfinity;
            for (int e = g.OutStart(nodes[i]); e < g.OutEnd(nodes[i]); e++)
                if (g.Target(e) == nodes[i + 1]) best = Math.Min(best, g.Weight(e));
            sum += best;
        }
        return sum;
    }

    /// <summary>Vertices reachable from the sources (plain BFS over a HashSet, no shared code with the library).</summary>
    public static HashSet<int> Reachable(CompactGraph g, IEnumerable<int> sources)
    {
        var seen = new HashSet<int>(sources);
        var queue = new Queue<int>(seen);
        while (queue.Count > 0)
            foreach (var v in g.OutNeighbors(queue.Dequeue()).ToArray())
                if (seen.Add(v)) queue.Enqueue(v);
        return seen;
    }
}
