using Depgraph.Analysis.Summary;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>Section 1 of the report: what the graph holds, and the hubs (CEPTOARs) with their sector and members.</summary>
internal static class OverviewSectionBuilder
{
    public static OverviewSection Build(ReportContext c, DatasetSummary summary)
    {
        CompactGraph graph = c.Graph;
        var hubs = new List<HubRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SectorSummary sector in summary.Sectors)
        {
            foreach (CeptoarSummary h in sector.Ceptoars)
            {
                if (seen.Add(h.Ceptoar.Id))
                {
                    int v = graph.IndexOf(h.Ceptoar.Id);
                    hubs.Add(new HubRow(c.Ref(graph.IndexOf(sector.Sector.Id)), c.Ref(v), h.Members, HubMembership.Members(graph, c.Info, v).Sum(graph.MemberWeight), h.External) { ConditionalExternal = h.ConditionalExternal });
                }
            }
        }

        bool hasSectors = hubs.Count > 0;
        foreach (int v in Enumerable.Range(0, graph.NodeCount).Where(v => HubMembership.IsHub(graph.Kind(v), c.HubKind) && !seen.Contains(graph.Id(v))).OrderBy(graph.Id, StringComparer.Ordinal))
        {
            long total = HubMembership.Members(graph, c.Info, v).Sum(graph.MemberWeight);
            int sector = HubMembership.SectorOf(graph, v);
            hubs.Add(new HubRow(sector >= 0 ? c.Ref(sector) : null, c.Ref(v), [], total, []));
        }

        long memberTotal = 0;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            memberTotal += graph.MemberWeight(v);
        }

        GraphDataset dataset = c.Dataset;
        return new OverviewSection(
            dataset.Name,
            dataset.IsCurated,
            dataset.Nodes.Length,
            dataset.Edges.Length,
            summary.NodesByKind,
            summary.EdgesByType,
            dataset.Nodes.Count(n => n.Kind == NodeKind.Sector),
            dataset.Nodes.Count(n => n.Kind == NodeKind.Ceptoar),
            summary.MembersByUnit,
            summary.ExternalByUnit,
            memberTotal,
            hubs,
            hasSectors)
        { ConditionalExternalByUnit = summary.ConditionalExternalByUnit };
    }
}
