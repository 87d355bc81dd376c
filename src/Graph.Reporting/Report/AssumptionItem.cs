namespace Depgraph.Reporting.Report;

/// <summary>One fact that rests (at least partly) on an assumption.</summary>
/// <param name="IsEdge">True for an edge, false for a node.</param>
/// <param name="Subject">The node id, or <c>source → target</c> for an edge.</param>
/// <param name="Type">The node kind or edge type token.</param>
/// <param name="Basis"><c>assumption</c> or <c>evidence+assumption</c>.</param>
/// <param name="Reason">The assumption as written (English).</param>
/// <param name="ReasonJa">The same reason in Japanese as the dataset writes it (<c>assumption_ja</c>, <c>reason_ja</c>), or <c>null</c>.</param>
public sealed record AssumptionItem(bool IsEdge, string Subject, string Type, string Basis, string Reason, string? ReasonJa = null)
{
    /// <summary>The reason in the report's language: Japanese when the dataset gives it, else the English one.</summary>
    public string ReasonIn(bool japanese) => japanese ? ReasonJa ?? Reason : Reason;
}
