using Depgraph.Core.Compact;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// Hopcroft–Tarjan low-point depth-first search on the simple undirected view of a directed graph, iterative
/// (explicit stack), shared by <see cref="ArticulationPoints"/> and <see cref="Bridges"/>: one search finds both.
/// </summary>
internal static class Biconnectivity
{
    /// <summary>
    /// Articulation points (marked in <paramref name="isCut"/>, when not null) and bridges (appended to
    /// <paramref name="bridges"/> as (min, max), when not null, in no particular order) of the simple undirected view of
    /// <paramref name="g"/>. On a large graph the search runs on its <see cref="LocalityLayout"/> and maps the sets back
    /// (they do not depend on vertex numbers).
    /// </summary>
    public static void Run(CompactGraph g, bool[]? isCut, List<(int A, int B)>? bridges)
    {
        var layout = LocalityLayout.For(g);
        if (layout is null)
        {
            var (outOff, outTgt) = g.RawOut;
            var (inOff, inSrc, _) = g.RawIn;
            Run(outOff, outTgt, inOff, inSrc, isCut, bridges);
            return;
        }
        var oldOf = layout.OldOf;
        var cut = isCut is null ? null : new bool[g.NodeCount];
        var found = bridges is null ? null : new List<(int A, int B)>();
        Run(layout.OutOffsets, layout.OutTargets, layout.InOffsets, layout.InSources, cut, found);
        if (cut is not null)
            for (int x = 0; x < cut.Length; x++) if (cut[x]) isCut![oldOf[x]] = true;
        if (found is not null)
        {
            foreach (var (a, b) in found)
            {
                int u = oldOf[a], v = oldOf[b];
                bridges!.Add(u < v ? (u, v) : (v, u));
            }
        }
    }

    /// <summary>Per-vertex state of the search besides the discovery time: one 12-byte record, so a visit costs one cache miss, not three.</summary>
    private struct Visit
    {
        public int Low;
        public int Parent; // −1 = a root of the search
        public int Next;   // next arc: an out-arc position when ≥ 0, else ~(an in-arc position)
    }

    /// <summary>
    /// Marks articulation points in <paramref name="isCut"/> (when not null) and appends bridges (when not null) as
    /// (min, max), for the graph of forward adjacency (<paramref name="outOff"/>, <paramref name="outTgt"/>) and reverse
    /// adjacency (<paramref name="inOff"/>, <paramref name="inSrc"/>). The search reads each vertex's out-arcs, then its
    /// in-arcs: that is the undirected view without building it, because the view's merging does not change what the
    /// search finds. A self-loop leads back to the vertex itself, and every arc to or from the tree parent is skipped
    /// (so u→v with v→u, or two parallel arcs, are one undirected edge); any other repeated neighbour is already
    /// visited when met again and leaves the low point as it is. The discovery times, read for every arc, are a dense
    /// array of their own; the rest of a vertex's state, read once per visit, one record.
    /// </summary>
    public static void Run(int[] outOff, int[] outTgt, int[] inOff, int[] inSrc, bool[]? isCut, List<(int A, int B)>? bridges)
    {
        int n = outOff.Length - 1;
        var disc = new int[n]; // discovery time, −1 = not visited
        Array.Fill(disc, -1);
        var st = new Visit[n];
        var stack = new int[n];
        int time = 0;
        for (int s = 0; s < n; s++)
        {
            if (disc[s] >= 0) continue;
            int sp = 0, rootChildren = 0;
            disc[s] = time;
            st[s] = new Visit { Low = time, Parent = -1, Next = outOff[s] };
            time++;
            stack[sp++] = s;
            while (sp > 0)
            {
                int v = stack[sp - 1];
                ref Visit sv = ref st[v];
                int w;
                int c = sv.Next;
                if (c >= 0)
                {
                    if (c < outOff[v + 1]) { w = outTgt[c]; sv.Next = c + 1; }
                    else
                    {
                        sv.Next = ~inOff[v];
                        continue;
                    }
                }
                else if (~c < inOff[v + 1]) { w = inSrc[~c]; sv.Next = c - 1; }
                else
                {
                    // v is finished
                    sp--;
                    int p = sv.Parent;
                    if (p < 0) continue;
                    ref Visit up = ref st[p];
                    if (sv.Low < up.Low) up.Low = sv.Low;
                    int dp = disc[p];
                    if (isCut is not null && p != s && sv.Low >= dp) isCut[p] = true;
                    if (bridges is not null && sv.Low > dp) bridges.Add(p < v ? (p, v) : (v, p));
                    continue;
                }
                int dw = disc[w];
                if (dw < 0)
                {
                    disc[w] = time;
                    st[w] = new Visit { Low = time, Parent = v, Next = outOff[w] };
                    time++;
                    stack[sp++] = w;
                    if (v == s) rootChildren++;
                }
                else if (w != sv.Parent && dw < sv.Low)
                {
                    sv.Low = dw;
                }
            }
            if (isCut is not null && rootChildren >= 2) isCut[s] = true;
        }
    }
}
