using Depgraph.Core.Model;

namespace Depgraph.Reporting.Charts;

/// <summary>Input of <see cref="DependencyHeatmapChart"/>: how strongly each sector depends on each other sector.</summary>
/// <param name="Sectors">The sectors, in display order (rows top to bottom, columns left to right).</param>
/// <param name="Strength">
/// <c>Strength[i, j]</c>: how strongly sector <c>i</c> (the dependant, a row) depends on sector <c>j</c>
/// (the supplier, a column); finite and ≥ 0, or <see cref="double.NaN"/> for "no data". Square, one row per sector.
/// </param>
/// <param name="IsAssumption">
/// True while the values are assumptions rather than survey results: the title gets 「（仮定）」/"(assumption)"
/// and a footnote says so.
/// </param>
/// <param name="Note">An optional footnote (e.g. the source); shown after the assumption note.</param>
public sealed record DependencyMatrix(IReadOnlyList<LocalizedName> Sectors, double[,] Strength, bool IsAssumption, string? Note = null)
{
    /// <summary>
    /// What each cell's value rests on (same shape as <see cref="Strength"/>; null for a cell without a value), from the
    /// provenance of its edges (<see cref="Report.SectorDependencies"/>). The heatmap frames survey cells (solid orange)
    /// and evidence cells (dashed green); assumed cells are left unframed. Null: no cell is framed.
    /// </summary>
    public Basis?[,]? Bases { get; init; }
}
