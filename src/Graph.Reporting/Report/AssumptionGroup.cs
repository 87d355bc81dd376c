namespace Depgraph.Reporting.Report;

/// <summary>Facts that rest on the same stated assumption.</summary>
/// <param name="Reason">The assumption as written in the dataset.</param>
/// <param name="Nodes">Nodes resting on it.</param>
/// <param name="Edges">Edges resting on it.</param>
public sealed record AssumptionGroup(string Reason, int Nodes, int Edges)
{
    /// <summary>Nodes + edges.</summary>
    public int Total => Nodes + Edges;
}
