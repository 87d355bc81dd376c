using Depgraph.Reporting.Charts;
using ScottPlot;

namespace Depgraph.Reporting.Tests.Charts;

/// <summary>The cookbook: every chart from sample data, with its recommended size. Tests and the preview gallery use these recipes.</summary>
internal static class ChartGallery
{
    public static IEnumerable<(string Name, Func<Language, ChartOptions?, Plot> Build, ChartSize Size)> Recipes()
    {
        yield return ("coverage", (l, o) => CeptoarCoverageChart.Create(SampleData.Coverage(), l, o), ChartSize.PaperTall);
        yield return ("reach-time", (l, o) => ReachTimeChart.Create(SampleData.Reach(), l, o), ChartSize.Paper);
        yield return ("node-impact", (l, o) => NodeImpactChart.Create(SampleData.Impacts(), l, o), ChartSize.Paper);
        yield return ("redundancy", (l, o) => RedundancyChart.Create(SampleData.Redundancy(), l, o), ChartSize.PaperTall);
        yield return ("dependency", (l, o) => DependencyHeatmapChart.Create(SampleData.Dependency(), l, o), ChartSize.Square);
        yield return ("dependency-marked", (l, o) => DependencyHeatmapChart.Create(SampleData.DependencyWithBases(), l, o), ChartSize.Square);
        yield return ("sobol", (l, o) => SobolChart.Create(new LocalizedName("金融の障害確率", "P(finance fails)"), SampleData.SobolDrivers(), l, o), ChartSize.Paper);
        yield return ("cascade", (l, o) => CascadeChart.Create(SampleData.Cascade(), l, o), ChartSize.Paper);
        yield return ("network", (l, o) => NetworkChart.Create(SampleData.Network(), l, o), ChartSize.Slide);
        yield return ("network-large", (l, o) => NetworkChart.Create(SampleData.Network(extraMembers: 3000), l, o), ChartSize.Slide);
    }
}
