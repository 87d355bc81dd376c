using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Summary;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>Section 2 of the report: who an alert from the source reaches, how fast, and who it does not reach.</summary>
internal static class ReachSectionBuilder
{
    public static ReachSection Build(ReportContext context)
    {
        CompactGraph info = context.Info;
        int root = context.Root;
        Func<int, NodeRef> nodeRef = context.Ref;
        ReachResult r = ReachAnalysis.Run(info, [root], new ReachOptions { ConditionalEdges = ConditionalEdges.Of(context.Dataset) });
        IReadOnlyList<ArrivalPoint> curve = ReachAnalysis.ArrivalCurve(r, info);
        var isReached = new bool[info.NodeCount];
        double? last = null;
        foreach (ReachedNode n in r.Reached)
        {
            isReached[n.Vertex] = true;
            if (info.MemberWeight(n.Vertex) > 0)
            {
                last = Math.Max(last ?? 0, n.ArrivalHours);
            }
        }

        // Members by unit over member nodes only (recipients outside the membership are not members).
        var order = new List<string>();
        var units = new Dictionary<string, (long Reached, long Total)>(StringComparer.Ordinal);
        void Add(string unit, long count, bool hit)
        {
            if (!units.TryGetValue(unit, out var u))
            {
                order.Add(unit);
            }

            units[unit] = (u.Reached + (hit ? count : 0), u.Total + count);
        }

        for (int v = 0; v < info.NodeCount; v++)
        {
            if (info.Kind(v) != NodeKind.Member)
            {
                continue;
            }

            ReadOnlySpan<MemberCount> ms = info.Members(v);
            if (ms.Length > 0)
            {
                foreach (MemberCount c in ms)
                {
                    Add(c.Unit, c.Count, isReached[v]);
                }
            }
            else if (info.MemberWeight(v) > 0)
            {
                Add(ReachAnalysis.PlainMemberUnit, info.MemberWeight(v), isReached[v]);
            }
        }

        var milestones = ReportBuilder.MilestoneHours.Select(h =>
        {
            long members = curve.LastOrDefault(p => p.Hours <= h)?.Members ?? 0;
            return new ReachMilestone(h, members, r.Coverage.TotalMembers > 0 ? (double)members / r.Coverage.TotalMembers : 0);
        }).ToList();

        var notReachedVertices = r.NotReached.OrderBy(v => (int)info.Kind(v)).ThenBy(info.Id, StringComparer.Ordinal).ToList();
        var notReached = notReachedVertices.Select(nodeRef).ToList();
        var byKind = notReached.GroupBy(n => n.Kind).OrderBy(g => (int)g.Key).Select(g => (g.Key.Token(), g.Count())).ToList();

        // Who the flow is meant to reach is read from the data: a node is addressed when a link of the layer leads to it.
        var addressed = new List<NodeRef>();
        var throughAggregate = new List<NodeRef>();
        var notInFlow = new List<NodeKind>();
        foreach (int v in notReachedVertices)
        {
            if (info.InDegree(v) > 0)
            {
                addressed.Add(nodeRef(v));
            }
            else if (context.Dataset.Find(info.Id(v)) is { } node
                && node.Attributes.TryGetValue(CompactGraph.IncludedInAttribute, out string? aggregate)
                && info.IndexOf(aggregate) is int a && a >= 0 && isReached[a])
            {
                throughAggregate.Add(nodeRef(v));
            }
            else
            {
                notInFlow.Add(info.Kind(v));
            }
        }

        var notInFlowByKind = notInFlow.GroupBy(k => k).OrderBy(g => (int)g.Key).Select(g => (g.Key.Token(), g.Count())).ToList();
        // decided from the provenance of the delays read (the one basis decision), not from where the input came from
        bool delaysAssumed = ResultBasis.OfAllEdges(info, [EdgeParameter.Weight]).RestsOnAssumption;
        return new ReachSection(
            nodeRef(root),
            info.Layer,
            info.NodeCount,
            r.Reached.Count,
            r.Coverage.ReachedMembers,
            r.Coverage.TotalMembers,
            order.Where(u => units[u].Total > 0).Select(u => new UnitCoverage(u, units[u].Reached, units[u].Total)).ToList(),
            milestones,
            last,
            curve,
            byKind,
            notReached,
            delaysAssumed,
            addressed,
            throughAggregate,
            notInFlowByKind)
        {
            Conditional = r.Conditional.Select(n => nodeRef(n.Vertex)).ToList(),
            OutsideByUnit = r.OutsideRecipients ?? [],
        };
    }

}
