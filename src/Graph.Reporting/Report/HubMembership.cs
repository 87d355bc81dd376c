using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>Which vertices are the report's hubs (CEPTOARs, or CEPTOARs and ISACs on a generic graph), their members and sector.</summary>
internal static class HubMembership
{
    /// <summary>True for a hub of <paramref name="hubKind"/>.</summary>
    public static bool IsHub(NodeKind kind, HubKind hubKind) =>
        kind == NodeKind.Ceptoar || (hubKind == HubKind.MemberHub && kind == NodeKind.Isac);

    /// <summary>Member vertices a hub sends to (information layer) or that are member_of it, distinct, ascending.</summary>
    public static IEnumerable<int> Members(CompactGraph graph, CompactGraph info, int hub)
    {
        var set = new SortedSet<int>();
        foreach (int m in info.OutNeighbors(hub))
        {
            if (graph.Kind(m) == NodeKind.Member)
            {
                set.Add(m);
            }
        }

        foreach (int e in graph.InEdges(hub))
        {
            if (graph.EdgeKindOf(e) == EdgeKind.MemberOf && graph.Kind(graph.Source(e)) == NodeKind.Member)
            {
                set.Add(graph.Source(e));
            }
        }

        return set;
    }

    /// <summary>The sector a hub belongs_to, else the sector (smallest id) with an edge into it; -1 when none.</summary>
    public static int SectorOf(CompactGraph graph, int hub)
    {
        for (int e = graph.OutStart(hub); e < graph.OutEnd(hub); e++)
        {
            if (graph.EdgeKindOf(e) == EdgeKind.BelongsTo && graph.Kind(graph.Target(e)) == NodeKind.Sector)
            {
                return graph.Target(e);
            }
        }

        int best = -1;
        foreach (int s in graph.InNeighbors(hub))
        {
            if (graph.Kind(s) == NodeKind.Sector && (best < 0 || string.CompareOrdinal(graph.Id(s), graph.Id(best)) < 0))
            {
                best = s;
            }
        }

        return best;
    }
}
