using Depgraph.Analysis.Comparison;
using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>Section 3 of the report: single points of failure, ranked impact, bridges and route redundancy.</summary>
internal static class SpofSectionBuilder
{
    public static SpofSection Build(CompactGraph info, int root, string layer, ResilienceResult res, int topN, HubKind hubKind, Func<int, NodeRef> nodeRef, IReadOnlySet<string>? conditional = null)
    {
        IReadOnlyList<NodeImpactEntry> nodeImpact = res.NodeImpact ?? [];
        IReadOnlyList<LinkImpactEntry> linkImpact = res.LinkImpact ?? [];
        var lost = nodeImpact.ToDictionary(e => e.Vertex, e => e.MembersLost);
        // the result lists are by id (IdOrder); a stable sort by impact keeps that order among ties
        var aps = res.ArticulationPoints
            .OrderByDescending(v => lost.GetValueOrDefault(v))
            .Select(nodeRef)
            .ToList();
        var bridges = res.Bridges
            .Select(b => (nodeRef(b.A), nodeRef(b.B)))
            .ToList();
        var redundancy = (res.Redundancy ?? [])
            .OrderBy(t => t.Paths)
            .ThenBy(t => info.Id(t.Target), StringComparer.Ordinal)
            .Select(t => new RedundancyRow(nodeRef(t.Target), t.Paths, info.OutNeighbors(root).Contains(t.Target)))
            .ToList();
        CutOffSets? cut = res.Dominators is { } tree ? new CutOffSets(info, tree) : null;
        // below the top N (ranked by members) an organisation can still cut off many outside recipients: name those apart
        // outside recipients reached only under a condition are listed apart from the certain ones
        bool IsConditional(int x) => conditional is { Count: > 0 } && conditional.Contains(info.Id(x));
        bool IsCertain(int x) => !IsConditional(x);
        ImpactRow Row(NodeImpactEntry e) => new(nodeRef(e.Vertex), e.ReachLost, e.MembersLost, ByUnit(info, cut, e.Vertex, self: false, NodeKind.Member),
            e.OutsideRecipientsLost, ByUnit(info, cut, e.Vertex, self: false, NodeKind.External, IsCertain))
        { ConditionalOutsideByUnit = ByUnit(info, cut, e.Vertex, self: false, NodeKind.External, IsConditional) };
        var outsideBeyond = nodeImpact.Skip(topN).Where(e => e.OutsideRecipientsLost > 0).Select(Row).ToList();
        return new SpofSection(
            nodeRef(root),
            layer,
            nodeImpact.Take(topN).Select(Row).ToList(),
            nodeImpact.Count,
            linkImpact.Take(topN).Select(e => new LinkImpactRow(nodeRef(e.Source), nodeRef(e.Target), e.ReachLost, e.MembersLost,
                ByUnit(info, cut, e.Target, self: true, NodeKind.Member), e.OutsideRecipientsLost, ByUnit(info, cut, e.Target, self: true, NodeKind.External, IsCertain))
            { ConditionalOutsideByUnit = ByUnit(info, cut, e.Target, self: true, NodeKind.External, IsConditional) }).ToList(),
            linkImpact.Count,
            aps,
            bridges,
            res.StrongComponentCount,
            res.StrongArticulationPoints.Count,
            res.StrongBridges.Count,
            redundancy,
            hubKind)
        { OutsideBeyondTop = outsideBeyond };
    }

    /// <summary>
    /// The counts by unit of the <paramref name="kind"/> vertices cut off with <paramref name="v"/> (its dominator subtree;
    /// <paramref name="self"/> includes <paramref name="v"/>, as when the link into it fails), units in first-seen
    /// preorder, only those <paramref name="include"/> accepts (all when null); members use <see cref="CompactGraph.MemberWeight"/> (named members already counted in an aggregate count 0).
    /// </summary>
    private static IReadOnlyList<MemberCount> ByUnit(CompactGraph g, CutOffSets? cut, int v, bool self, NodeKind kind, Func<int, bool>? include = null)
    {
        if (cut is null || !g.HasMemberUnits) return [];
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        var order = new List<string>();
        void Add(int x)
        {
            if (g.Kind(x) != kind || (include is not null && !include(x))) return;
            long weight = kind == NodeKind.Member ? g.MemberWeight(x) : g.OutsideRecipientWeight(x);
            if (weight == 0) return;
            var units = g.Members(x);
            if (units.Length == 0) { Put("", weight); return; }
            foreach (var u in units) Put(u.Unit, u.Count);
        }
        void Put(string unit, long count)
        {
            if (!sums.ContainsKey(unit)) { sums[unit] = 0; order.Add(unit); }
            sums[unit] += count;
        }
        if (self) Add(v);
        foreach (int x in cut.Lost(v)) Add(x);
        return order.Select(u => new MemberCount(u, sums[u])).ToList();
    }
}
