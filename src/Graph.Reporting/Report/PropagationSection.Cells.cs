using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>One non-zero cell of the dependency matrix and what its value rests on.</summary>
/// <param name="Dependant">The dependant sector.</param>
/// <param name="Supplier">The supplier sector.</param>
/// <param name="Basis">What the cell's value rests on, from the provenance of its edges: the weakest of them
/// (an assumed edge makes the cell assumed).</param>
public sealed record DependencyCell(NodeRef Dependant, NodeRef Supplier, Basis Basis);

public sealed partial record PropagationSection
{
    /// <summary>The non-zero cells of the dependency matrix with their basis (survey answers, assumptions …), dependant then supplier order.</summary>
    public IReadOnlyList<DependencyCell> Cells { get; init; } = [];
}
