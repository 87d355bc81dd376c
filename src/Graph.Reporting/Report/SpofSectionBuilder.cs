using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Reporting.Report;

/// <summary>Section 3 of the report: single points of failure, ranked impact, bridges and route redundancy.</summary>
internal static class SpofSectionBuilder
{
    public static SpofSection Build(CompactGraph info, int root, string layer, ResilienceResult res, int topN, HubKind hubKind, Func<int, NodeRef> nodeRef)
    {
        IReadOnlyList<NodeImpactEntry> nodeImpact = res.NodeImpact ?? [];
        IReadOnlyList<LinkImpactEntry> linkImpact = res.LinkImpact ?? [];
        var lost = nodeImpact.ToDictionary(e => e.Vertex, e => e.MembersLost);
        var aps = res.ArticulationPoints
            .OrderByDescending(v => lost.GetValueOrDefault(v))
            .ThenBy(info.Id, StringComparer.Ordinal)
            .Select(nodeRef)
            .ToList();
        var bridges = res.Bridges
            .Select(b => string.CompareOrdinal(info.Id(b.A), info.Id(b.B)) <= 0 ? (b.A, b.B) : (b.B, b.A))
            .OrderBy(b => info.Id(b.Item1), StringComparer.Ordinal)
            .ThenBy(b => info.Id(b.Item2), StringComparer.Ordinal)
            .Select(b => (nodeRef(b.Item1), nodeRef(b.Item2)))
            .ToList();
        var redundancy = (res.Redundancy ?? [])
            .OrderBy(t => t.Paths)
            .ThenBy(t => info.Id(t.Target), StringComparer.Ordinal)
            .Select(t => new RedundancyRow(nodeRef(t.Target), t.Paths, info.OutNeighbors(root).Contains(t.Target)))
            .ToList();
        return new SpofSection(
            nodeRef(root),
            layer,
            nodeImpact.Take(topN).Select(e => new ImpactRow(nodeRef(e.Vertex), e.ReachLost, e.MembersLost)).ToList(),
            nodeImpact.Count,
            linkImpact.Take(topN).Select(e => new LinkImpactRow(nodeRef(e.Source), nodeRef(e.Target), e.ReachLost, e.MembersLost)).ToList(),
            linkImpact.Count,
            aps,
            bridges,
            res.StrongComponentCount,
            res.StrongArticulationPoints.Count,
            res.StrongBridges.Count,
            redundancy,
            hubKind);
    }
}
