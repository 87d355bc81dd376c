namespace Depgraph.Reporting.Report;

/// <summary>Facts that rest on the same stated assumption.</summary>
/// <param name="Reason">The assumption as written in the dataset (English).</param>
/// <param name="Nodes">Nodes resting on it.</param>
/// <param name="Edges">Edges resting on it.</param>
/// <param name="ReasonJa">The same reason in Japanese, when the dataset gives it.</param>
public sealed record AssumptionGroup(string Reason, int Nodes, int Edges, string? ReasonJa = null)
{
    /// <summary>The reason in the report's language: Japanese when the dataset gives it, else the English one.</summary>
    public string ReasonIn(bool japanese) => japanese ? ReasonJa ?? Reason : Reason;

    /// <summary>Nodes + edges.</summary>
    public int Total => Nodes + Edges;
}
