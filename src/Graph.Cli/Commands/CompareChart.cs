using Depgraph.Analysis.Comparison;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Loader.Scenarios;
using Depgraph.Reporting.Charts;

namespace Depgraph.Cli.Commands;

/// <summary>The chart of <c>compare --chart</c>: one scenario's differences as diverging bars.</summary>
internal static class CompareChart
{
    public static ChartFiles Write(CompactGraph g, AppliedScenario app, ScenarioComparisonResult r, string path, Language lang)
    {
        LocalizedName Name(string id) => g.IndexOf(id) is int v and >= 0 ? new LocalizedName(g.Label(v, Language.Japanese), g.Label(v, Language.English)) : new LocalizedName(id, id);
        var language = lang;
        ScottPlot.Plot plot;
        if (r.CascadeLayer is not null)
        {
            var rows = r.Cascade.Select(c => new ScenarioDifference(Name(c.Id), c.Difference, c.Ci95Low, c.Ci95High)).ToList();
            plot = ScenarioDifferenceChart.Create(rows,
                new LocalizedName($"{app.Scenario.Name}：障害確率の差（シナリオ − 基準）", $"{app.Scenario.Name}: failure probability, scenario − base"),
                new LocalizedName("障害確率の差", "Difference in failure probability"), language, isAssumption: true);
        }
        else
        {
            var rows = r.NodeImpact.Select(x => new ScenarioDifference(Name(x.Id), (x.Scenario?.Members ?? 0) - (x.Base?.Members ?? 0))).ToList();
            plot = ScenarioDifferenceChart.Create(rows,
                new LocalizedName($"{app.Scenario.Name}：障害時に切り離される構成員数の差", $"{app.Scenario.Name}: members cut off if an organisation fails, scenario − base"),
                new LocalizedName("切り離される構成員数の差（シナリオ − 基準）", "Difference in members cut off (scenario − base)"), language);
        }
        return ChartExport.Save(plot, path, ChartSize.Paper);
    }
}
