using Depgraph.Analysis.Paths;
using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Reach;

/// <summary>Who receives an alert from a set of sources, after how many hand-overs, how soon, and how many members that covers.</summary>
public static class ReachAnalysis
{
    /// <summary>Name of the unit that counts plain member vertices (no counts by unit recorded).</summary>
    public const string PlainMemberUnit = "member";

    /// <summary>
    /// Reach from <paramref name="sources"/>: every vertex an alert can get to, with its fewest hops and its
    /// earliest arrival, filtered by <paramref name="options"/>, and the member-weighted coverage.
    /// </summary>
    /// <remarks>
    /// <para><b>Definition.</b> A vertex is reached when some path leads to it from a source and (MaxHops null or its
    /// minimum hop count ≤ MaxHops) and (WithinHours null or its earliest arrival ≤ WithinHours). Minimum hops
    /// (<see cref="BreadthFirst.Hops"/>) and earliest arrival (<see cref="ShortestPaths.Dijkstra"/>) are computed
    /// independently and may come from different paths (see <see cref="ReachOptions"/>). Sources are reached with
    /// 0 hops at hour 0.</para>
    /// <para><b>Coverage.</b> Each reached vertex contributes <see cref="CompactGraph.MemberWeight"/> members; by unit,
    /// its <see cref="CompactGraph.Members"/> counts, and a plain member vertex (no counts) counts 1 in unit
    /// <c>member</c>. When the graph records no units at all, <c>ByUnit</c> is the single unit <c>member</c>
    /// (possibly with total 0).</para>
    /// <para><b>Conditional edges.</b> With <see cref="ReachOptions.ConditionalEdges"/>, a reached vertex that the sources reach
    /// only across such an edge is flagged <see cref="ReachedNode.Conditional"/>; its members count in
    /// <see cref="MemberCoverage.ConditionalMembers"/> and <see cref="UnitCoverage.Conditional"/>, never as reached for certain.
    /// Outside recipients (external vertices) are counted the same way in <see cref="ReachResult.OutsideRecipients"/>.</para>
    /// <para><b>Method.</b> One breadth-first search and one Dijkstra run (a second breadth-first search that skips the
    /// conditional edges when there are any), then sorting: O((n + m) log n).</para>
    /// <para><b>Example.</b> On <c>nisc->m:1, m->c:2, nisc->c:5</c> from nisc with <c>WithinHours = 3</c>: nisc (0 h, 0 hops),
    /// m (1 h, 1 hop), c (3 h, 1 hop: one hop via the direct 5 h edge, earliest arrival via m).</para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A source is not a vertex, or the options are out of range.</exception>
    /// <exception cref="ArgumentException">An edge weight is negative or NaN.</exception>
    public static ReachResult Run(CompactGraph g, IReadOnlyList<int> sources, ReachOptions options)
    {
        Preconditions.NotNull(options, nameof(options)).Validate();
        var src = GraphGuards.Sources(g, sources);
        var hops = BreadthFirst.Hops(g, src, options.MaxHops ?? int.MaxValue);
        var tree = ShortestPaths.Dijkstra(g, src);
        int n = g.NodeCount;
        var certain = CertainlyReachable(g, src, options.ConditionalEdges);
        var isReached = new bool[n];
        var isConditional = new bool[n];
        var reached = new List<ReachedNode>();
        var notReached = new List<int>();
        for (int v = 0; v < n; v++)
        {
            double t = tree.Distance(v);
            bool ok = hops[v] >= 0 && t < double.PositiveInfinity && (options.WithinHours is not double h || t <= h);
            if (ok)
            {
                isReached[v] = true;
                isConditional[v] = certain is not null && !certain[v];
                reached.Add(new ReachedNode(v, hops[v], t, isConditional[v]));
            }
            else notReached.Add(v);
        }
        reached.Sort((a, b) =>
        {
            int c = a.ArrivalHours.CompareTo(b.ArrivalHours);
            if (c != 0) return c;
            c = a.Hops.CompareTo(b.Hops);
            return c != 0 ? c : string.CompareOrdinal(g.Id(a.Vertex), g.Id(b.Vertex));
        });
        notReached.Sort((a, b) => string.CompareOrdinal(g.Id(a), g.Id(b)));
        return new ReachResult(src, reached.ToArray(), notReached.ToArray(), Coverage(g, isReached, isConditional), Outside(g, isReached, isConditional));
    }

    /// <summary>
    /// Which vertices the sources reach without crossing a conditional edge (breadth-first search that skips them);
    /// null when no edge of <paramref name="g"/> is conditional.
    /// </summary>
    private static bool[]? CertainlyReachable(CompactGraph g, IReadOnlyList<int> src, IReadOnlySet<(string Source, string Target)>? conditional)
    {
        if (conditional is not { Count: > 0 }) return null;
        var skip = new bool[g.EdgeCount];
        bool any = false;
        for (int e = 0; e < g.EdgeCount; e++)
            any |= skip[e] = conditional.Contains((g.Id(g.Source(e)), g.Id(g.Target(e))));
        if (!any) return null;
        var seen = new bool[g.NodeCount];
        var queue = new Queue<int>();
        foreach (int s in src) if (!seen[s]) { seen[s] = true; queue.Enqueue(s); }
        while (queue.Count > 0)
        {
            int u = queue.Dequeue();
            for (int e = g.OutStart(u), end = g.OutEnd(u); e < end; e++)
            {
                int v = g.Target(e);
                if (skip[e] || seen[v]) continue;
                seen[v] = true;
                queue.Enqueue(v);
            }
        }
        return seen;
    }

    /// <summary>Outside recipients (external vertices with counts) by unit: reached for certain, reached only conditionally, total.</summary>
    private static UnitCoverage[] Outside(CompactGraph g, bool[] isReached, bool[] isConditional)
    {
        var units = new SortedDictionary<string, (long Reached, long Conditional, long Total)>(StringComparer.Ordinal);
        for (int v = 0; v < g.NodeCount; v++)
        {
            if (g.Kind(v) != NodeKind.External) continue;
            foreach (var c in g.Members(v))
            {
                units.TryGetValue(c.Unit, out var u);
                bool hit = isReached[v];
                units[c.Unit] = (u.Reached + (hit && !isConditional[v] ? c.Count : 0), u.Conditional + (hit && isConditional[v] ? c.Count : 0), u.Total + c.Count);
            }
        }
        return [.. units.Select(kv => new UnitCoverage(kv.Key, kv.Value.Reached, kv.Value.Total, kv.Value.Conditional))
            .OrderByDescending(u => u.Total).ThenBy(u => u.Unit, StringComparer.Ordinal)];
    }

    /// <summary>
    /// The "time to reach" curve of a reach result: cumulative members reached against hours, one point at hour 0
    /// (the sources) and one at each later arrival time where the count grows; sorted by hours.
    /// </summary>
    /// <param name="r">A result of <see cref="Run"/> on <paramref name="g"/>.</param>
    /// <param name="g">The graph the result was computed on.</param>
    /// <returns>The points; empty when nothing was reached.</returns>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentException">The result refers to vertices <paramref name="g"/> does not have.</exception>
    public static IReadOnlyList<ArrivalPoint> ArrivalCurve(ReachResult r, CompactGraph g)
    {
        Preconditions.NotNull(r, nameof(r));
        Preconditions.NotNull(g, nameof(g));
        var points = new List<ArrivalPoint>();
        long total = r.Coverage.TotalMembers, cumulative = 0;
        int i = 0;
        var nodes = r.Reached;
        while (i < nodes.Count)
        {
            double t = nodes[i].ArrivalHours;
            long before = cumulative;
            for (; i < nodes.Count && nodes[i].ArrivalHours == t; i++)
            {
                int v = nodes[i].Vertex;
                if ((uint)v >= (uint)g.NodeCount) throw new ArgumentException($"Reach result refers to vertex {v}, which the graph does not have.", nameof(r));
                cumulative += g.MemberWeight(v);
            }
            if (points.Count == 0 || cumulative > before)
                points.Add(new ArrivalPoint(t, cumulative, total > 0 ? (double)cumulative / total : 0));
        }
        return points;
    }

    internal static MemberCoverage Coverage(CompactGraph g, bool[] isReached, bool[]? isConditional = null)
    {
        var units = new Dictionary<string, (long Reached, long Total, long Conditional)>(StringComparer.Ordinal);
        if (!g.HasMemberUnits) units[PlainMemberUnit] = (0, 0, 0);
        long reachedMembers = 0, totalMembers = 0, conditionalMembers = 0;
        for (int v = 0; v < g.NodeCount; v++)
        {
            long mw = g.MemberWeight(v);
            bool maybe = isConditional is not null && isConditional[v];
            bool hit = isReached[v] && !maybe;
            totalMembers += mw;
            if (hit) reachedMembers += mw;
            if (maybe) conditionalMembers += mw;
            if (mw == 0) continue; // not a member (external recipients carry counts too, but are not members)
            var ms = g.Members(v);
            if (ms.Length > 0)
                foreach (var c in ms) Add(c.Unit, c.Count);
            else if (mw > 0)
                Add(PlainMemberUnit, mw);

            void Add(string unit, long count)
            {
                units.TryGetValue(unit, out var u);
                units[unit] = (u.Reached + (hit ? count : 0), u.Total + count, u.Conditional + (maybe ? count : 0));
            }
        }
        var byUnit = units.Select(kv => new UnitCoverage(kv.Key, kv.Value.Reached, kv.Value.Total, kv.Value.Conditional))
            .OrderByDescending(u => u.Total).ThenBy(u => u.Unit, StringComparer.Ordinal).ToArray();
        return new MemberCoverage(reachedMembers, totalMembers, totalMembers > 0 ? (double)reachedMembers / totalMembers : 0, byUnit, conditionalMembers);
    }
}
