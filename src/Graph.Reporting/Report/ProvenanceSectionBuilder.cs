using Depgraph.Analysis.Summary;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>Appendix A of the report: the basis of nodes and edges, the assumptions grouped by reason, and the sources.</summary>
internal static class ProvenanceSectionBuilder
{
    public static ProvenanceSection Build(GraphDataset dataset, DatasetSummary summary, ReportLabels labels)
    {
        bool has = dataset.Nodes.Any(x => !x.Provenance.IsEmpty) || dataset.Edges.Any(x => !x.Provenance.IsEmpty);
        var items = new List<AssumptionItem>();
        foreach (Node x in dataset.Nodes.Where(x => x.Provenance.IsAssumption))
        {
            items.Add(new AssumptionItem(false, x.Id, x.Kind.Token(), x.Provenance.Basis, x.Provenance.Assumption!, x.Provenance.AssumptionJa));
        }

        foreach (Edge x in dataset.Edges.Where(x => x.Provenance.IsAssumption))
        {
            string type = x.Kind.Token() + (x.Flow == InfoFlow.None ? string.Empty : ":" + x.Flow.Token());
            // Every arrow points the way information or a failure travels: a dependency is written supplier → dependant.
            string subject = x.Kind == EdgeKind.DependsOn ? $"{x.Target} → {x.Source}" : $"{x.Source} → {x.Target}";
            items.Add(new AssumptionItem(true, subject, type, x.Provenance.Basis, x.Provenance.Assumption!, x.Provenance.AssumptionJa));
        }

        var groups = items
            .GroupBy(i => (i.Reason, i.ReasonJa))
            .Select(g => new AssumptionGroup(g.Key.Reason, g.Count(i => !i.IsEdge), g.Count(i => i.IsEdge), g.Key.ReasonJa))
            .OrderByDescending(g => g.Total)
            .ThenBy(g => g.Reason, StringComparer.Ordinal)
            .ThenBy(g => g.ReasonJa, StringComparer.Ordinal)
            .ToList();
        var sources = dataset.Sources
            .Select(s => labels.Sources.TryGetValue(s.FileName, out SourceInfo? known) ? known : new SourceInfo(s.FileName, s.Title, s.Publisher, null, null))
            .ToList();
        return new ProvenanceSection(has, summary.NodeBasis, summary.EdgeBasis, groups, items, sources);
    }
}
