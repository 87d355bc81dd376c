namespace Depgraph.Reporting.Report;

/// <summary>One fact that rests (at least partly) on an assumption.</summary>
/// <param name="IsEdge">True for an edge, false for a node.</param>
/// <param name="Subject">The node id, or <c>source → target</c> for an edge.</param>
/// <param name="Type">The node kind or edge type token.</param>
/// <param name="Basis"><c>assumption</c> or <c>evidence+assumption</c>.</param>
/// <param name="Reason">The assumption as written.</param>
public sealed record AssumptionItem(bool IsEdge, string Subject, string Type, string Basis, string Reason);
