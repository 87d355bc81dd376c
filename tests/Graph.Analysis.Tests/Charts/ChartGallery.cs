using Depgraph.Analysis.Charts;
using ScottPlot;

namespace Depgraph.Analysis.Tests.Charts;

/// <summary>The cookbook: every chart from sample data, with its recommended size. Tests and the preview gallery use these recipes.</summary>
internal static class ChartGallery
{
    public static IEnumerable<(string Name, Func<ChartLanguage, ChartOptions?, Plot> Build, ChartSize Size)> Recipes()
    {
        yield return ("coverage", (l, o) => CeptoarCoverageChart.Create(SampleData.Coverage(), l, o), ChartSize.PaperTall);
    }
}
