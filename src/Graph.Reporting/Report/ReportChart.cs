using Depgraph.Reporting.Charts;
using ScottPlot;

namespace Depgraph.Reporting.Report;

/// <summary>One chart of a report, drawn but not yet rendered.</summary>
/// <param name="Name">File stem under <c>charts/</c>, e.g. <c>coverage</c>.</param>
/// <param name="Plot">The plot.</param>
/// <param name="Size">Printed size.</param>
/// <param name="Caption">The figure caption in both languages.</param>
/// <param name="RestsOnAssumption">True when the chart shows the assumed dependency matrix or results derived from it.</param>
public sealed record ReportChart(string Name, Plot Plot, ChartSize Size, LocalizedName Caption, bool RestsOnAssumption);
