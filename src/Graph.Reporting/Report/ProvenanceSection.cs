namespace Depgraph.Reporting.Report;

/// <summary>Appendix A: how many facts rest on evidence and how many on assumptions, and every assumption used.</summary>
/// <param name="HasProvenance">False for a generic graph (no provenance recorded).</param>
/// <param name="NodeBasis">Nodes per basis (<c>evidence</c>, <c>evidence+assumption</c>, <c>assumption</c>, <c>none</c>), ordinal order.</param>
/// <param name="EdgeBasis">Edges per basis.</param>
/// <param name="Groups">Assumptions grouped by reason, most used first, then reason (ordinal).</param>
/// <param name="Items">Every fact resting on an assumption: nodes first, then edges, in dataset order.</param>
/// <param name="Sources">The source documents.</param>
public sealed record ProvenanceSection(
    bool HasProvenance,
    IReadOnlyList<(string Basis, int Count)> NodeBasis,
    IReadOnlyList<(string Basis, int Count)> EdgeBasis,
    IReadOnlyList<AssumptionGroup> Groups,
    IReadOnlyList<AssumptionItem> Items,
    IReadOnlyList<SourceInfo> Sources);
