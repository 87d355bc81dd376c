using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// The network chart's input: four layers (source, ministries, hubs, member groups), the links between drawn nodes
/// through nodes that are not drawn (sectors, secretariats), and the single-point-of-failure marks.
/// </summary>
/// <remarks>One breadth-first search of at most three hand-overs per drawn node of layers 0–2: O(d · (n + m)) for d drawn nodes.</remarks>
public static class NetworkDiagramBuilder
{
    /// <summary>The network diagram of the information flow from <paramref name="root"/>.</summary>
    /// <param name="graph">All edges.</param>
    /// <param name="info">The information layer of <paramref name="graph"/>.</param>
    /// <param name="root">The source vertex.</param>
    /// <param name="overview">The overview section (its hubs are layer 2).</param>
    /// <param name="reach">The reach section (the source's member count).</param>
    /// <param name="res">The resilience result on <paramref name="info"/> from <paramref name="root"/>.</param>
    /// <param name="hubKind">What the hubs are.</param>
    /// <param name="labels">The dataset's chart names (the source's legend entry), or null.</param>
    /// <param name="nodeRef">The reference of a vertex.</param>
    /// <returns>The diagram's nodes, edges and layer names.</returns>
    public static NetworkDiagram Build(
        CompactGraph graph, CompactGraph info, int root, OverviewSection overview, ReachSection reach, ResilienceResult res, HubKind hubKind,
        ReportLabels? labels, Func<int, NodeRef> nodeRef)
    {
        int n = graph.NodeCount;
        var layer = new int[n];
        Array.Fill(layer, -1);
        layer[root] = 0;
        for (int v = 0; v < n; v++)
        {
            if (v != root && graph.Kind(v) == NodeKind.Ministry)
            {
                layer[v] = 1;
            }
        }

        var hubMembers = new Dictionary<int, long>();
        foreach (HubRow h in overview.Hubs)
        {
            int v = graph.IndexOf(h.Hub.Id);
            if (v == root)
            {
                continue;
            }

            layer[v] = 2;
            hubMembers[v] = h.MemberTotal;
            foreach (int m in HubMembership.Members(graph, info, v))
            {
                if (graph.MemberWeight(m) > 0 && layer[m] < 0)
                {
                    layer[m] = 3;
                }
            }
        }

        // Links: from each node of layers 0–2, the diagram nodes of deeper layers it reaches on the information
        // layer through nodes that are not drawn (e.g. sectors, secretariats), at most three hand-overs away.
        var links = new SortedSet<(int From, int To)>();
        var stamp = new int[n];
        var depth = new int[n];
        var queue = new int[n];
        int epoch = 0;
        for (int u = 0; u < n; u++)
        {
            if (layer[u] is < 0 or > 2)
            {
                continue;
            }

            epoch++;
            int head = 0, tail = 0;
            queue[tail++] = u;
            stamp[u] = epoch;
            depth[u] = 0;
            while (head < tail)
            {
                int x = queue[head++];
                if (depth[x] >= 3)
                {
                    continue;
                }

                foreach (int y in info.OutNeighbors(x))
                {
                    if (stamp[y] == epoch)
                    {
                        continue;
                    }

                    stamp[y] = epoch;
                    depth[y] = depth[x] + 1;
                    if (layer[y] >= 0)
                    {
                        if (layer[y] > layer[u])
                        {
                            links.Add((u, y));
                        }
                    }
                    else
                    {
                        queue[tail++] = y;
                    }
                }
            }
        }

        foreach (int h in hubMembers.Keys)
        {
            foreach (int e in graph.InEdges(h))
            {
                int m = graph.Source(e);
                if (graph.EdgeKindOf(e) == EdgeKind.MemberOf && layer[m] == 3)
                {
                    links.Add((h, m));
                }
            }
        }

        var membersLost = (res.NodeImpact ?? []).ToDictionary(e => e.Vertex, e => e.MembersLost);
        // A single point of failure cuts off at least one organisation or member group the source reaches (dominator
        // analysis); the source itself and articulation points of the undirected view that cut off no one are not marked.
        var spof = new HashSet<int>((res.NodeImpact ?? []).Where(e => e.ReachLost > 0 && e.Vertex != root).Select(e => e.Vertex));
        var markedMembers = spof.Where(v => layer[v] == 3)
            .OrderByDescending(v => membersLost.GetValueOrDefault(v))
            .ThenBy(graph.Id, StringComparer.Ordinal)
            .Take(ReportBuilder.MaxMarkedMemberGroups)
            .ToHashSet();

        var ministryMembers = new Dictionary<int, long>();
        foreach ((int from, int to) in links)
        {
            if (layer[from] == 1 && layer[to] == 2)
            {
                ministryMembers[from] = ministryMembers.GetValueOrDefault(from) + hubMembers.GetValueOrDefault(to);
            }
        }

        var nodes = new List<NetworkNode>();
        for (int v = 0; v < n; v++)
        {
            if (layer[v] < 0)
            {
                continue;
            }

            long members = layer[v] switch
            {
                0 => reach.ReachedMembers,
                1 => ministryMembers.GetValueOrDefault(v),
                2 => hubMembers.GetValueOrDefault(v),
                _ => graph.MemberWeight(v),
            };
            bool isSpof = layer[v] == 3 ? markedMembers.Contains(v) : spof.Contains(v);
            nodes.Add(new NetworkNode(graph.Id(v), layer[v], ChartNames.Network(nodeRef(v)), members, isSpof));
        }

        var edges = links.Select(l => new NetworkEdge(graph.Id(l.From), graph.Id(l.To))).ToList();
        LocalizedName hubs = hubKind == HubKind.Ceptoar ? new("CEPTOAR", "CEPTOARs") : new("CEPTOAR・ISAC", "CEPTOARs and ISACs");
        NodeRef source = nodeRef(root);
        LocalizedName first = source.ToLocalized();
        first = new(labels?.ChartName(source.Id, Language.Japanese) ?? first.Japanese, labels?.ChartName(source.Id, Language.English) ?? first.English);
        return new NetworkDiagram(nodes, edges, [first, new("所管省庁", "Ministries"), hubs, new("構成員", "Members")]);
    }
}
