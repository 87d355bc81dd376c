using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// The sector × sector dependency matrix and what each cell's value rests on, computed once for the report's section
/// 4 and its heatmap (and for notebooks and <c>depgraph chart dependency</c>).
/// </summary>
/// <remarks>
/// <para>A cell (row i, column j) adds the strengths of every <c>depends_on</c> edge from sector i to sector j and every
/// <c>supplies</c> edge from j to i. Its basis is the weakest basis (<see cref="BasisExtensions.Weaker"/>) of the
/// parameters of the edges with a non-zero strength: one assumed edge makes the cell assumed, a cell of survey answers
/// only is a survey cell. The matrix rests on an assumption when any dependency edge's parameters are assumed.</para>
/// <para>Cost: one pass over the dataset's edges, O(m + s²) for s sectors.</para>
/// </remarks>
/// <param name="Sectors">The sector vertices, in the graph's order (rows and columns of the matrix).</param>
/// <param name="Matrix">The heatmap's input (with each cell's basis); null without sectors or without a dependency between two of them.</param>
/// <param name="Cells">The non-zero cells with their basis, dependant then supplier order.</param>
/// <param name="CellCount">Cells with a dependency edge between two different sectors.</param>
/// <param name="IsAssumption">True when any dependency edge's numbers are assumed.</param>
public sealed record SectorDependencies(IReadOnlyList<int> Sectors, DependencyMatrix? Matrix, IReadOnlyList<DependencyCell> Cells, int CellCount, bool IsAssumption)
{
    /// <summary>Computes the matrix.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="graph">Its compact graph (all edges).</param>
    /// <param name="labels">The dataset's chart names, or null.</param>
    /// <param name="nodeRef">Names of a vertex; null for <see cref="ReportChartsBuilder.NodeRefs"/> of the dataset.</param>
    /// <returns>The matrix and its cells.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="graph"/> is null.</exception>
    public static SectorDependencies Compute(GraphDataset dataset, CompactGraph graph, ReportLabels? labels = null, Func<int, NodeRef>? nodeRef = null)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        Preconditions.NotNull(graph, nameof(graph));
        nodeRef ??= ReportChartsBuilder.NodeRefs(dataset, graph);
        var sectors = Enumerable.Range(0, graph.NodeCount).Where(v => graph.Kind(v) == NodeKind.Sector).ToList();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < sectors.Count; i++)
        {
            column[graph.Id(sectors[i])] = i;
        }

        int n = sectors.Count;
        var strength = new double[n, n];
        var bases = new Basis?[n, n];
        int cells = 0;
        bool isAssumption = false;
        foreach (Edge e in dataset.Edges)
        {
            if (e.Kind is not (EdgeKind.DependsOn or EdgeKind.Supplies))
            {
                continue;
            }

            isAssumption |= e.ParameterBasis == Basis.Assumption;
            (string dependant, string supplier) = e.Kind == EdgeKind.DependsOn ? (e.Source, e.Target) : (e.Target, e.Source);
            if (column.TryGetValue(dependant, out int i) && column.TryGetValue(supplier, out int j) && i != j)
            {
                cells += strength[i, j] == 0 ? 1 : 0;
                strength[i, j] += e.Strength;
                if (e.Strength != 0)
                {
                    bases[i, j] = bases[i, j] is { } seen ? seen.Weaker(e.ParameterBasis) : e.ParameterBasis;
                }
            }
        }

        var cellList = new List<DependencyCell>();
        for (int i = 0; i < n; i++)
        {
            strength[i, i] = double.NaN;
            for (int j = 0; j < n; j++)
            {
                if (bases[i, j] is { } b)
                {
                    cellList.Add(new DependencyCell(nodeRef(sectors[i]), nodeRef(sectors[j]), b));
                }
            }
        }

        DependencyMatrix? matrix = n > 0 && cells > 0
            ? new DependencyMatrix(sectors.Select(s => ChartNames.Sector(nodeRef(s), labels)).ToList(), strength, isAssumption) { Bases = bases }
            : null;
        return new SectorDependencies(sectors, matrix, cellList, cells, isAssumption);
    }
}
