using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// The figures of the scenario sections (<c>report --scenario</c>): one <see cref="ScenarioDifferenceChart"/> per
/// scenario, named <c>scenario-1</c>, <c>scenario-2</c> … in the order of <see cref="ReportModel.Scenarios"/>.
/// </summary>
public static class ScenarioCharts
{
    /// <summary>The chart name of the <paramref name="index"/>-th scenario (0-based): <c>scenario-1</c> for the first.</summary>
    /// <param name="index">The scenario's position.</param>
    /// <returns>The file stem under <c>charts/</c>.</returns>
    public static string Name(int index) => "scenario-" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Draws the scenario charts of <paramref name="model"/> (none without scenarios).</summary>
    /// <param name="model">The report model.</param>
    /// <param name="options">Chart options; null for defaults.</param>
    /// <returns>The charts; the caller disposes the plots.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static IReadOnlyList<ReportChart> Create(ReportModel model, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Language lang = model.Options.Language;
        var charts = new List<ReportChart>();
        for (int i = 0; i < model.Scenarios.Count; i++)
        {
            ScenarioSection s = model.Scenarios[i];
            string name = s.Scenario.Name;
            (LocalizedName title, LocalizedName axis, LocalizedName caption) = s.ChartShowsCascade
                ? (new LocalizedName($"{name}：障害確率の差", $"{name}: failure probability"),
                    new LocalizedName("障害確率の差（シナリオ − 基準）", "Difference in failure probability (scenario − base)"),
                    new LocalizedName($"「{name}」で変わる障害確率（{s.CascadeOrigin!.Japanese}の停止後、シナリオ − 基準）", $"How “{name}” changes failure probabilities after an outage of {s.CascadeOrigin!.English} (scenario − base)"))
                : (new LocalizedName($"{name}：停止時に届かなくなる構成員数の差", $"{name}: members cut off if an organisation fails"),
                    new LocalizedName("届かなくなる構成員数の差（シナリオ − 基準）", "Difference in members cut off (scenario − base)"),
                    new LocalizedName($"「{name}」で変わる、組織の停止により届かなくなる構成員数（シナリオ − 基準）", $"How “{name}” changes the members cut off when one organisation fails (scenario − base)"));
            bool assumption = s.ChartShowsCascade && s.CascadeIsAssumption;
            charts.Add(new ReportChart(Name(i), ScenarioDifferenceChart.Create(s.Chart, title, axis, lang, assumption, options), ChartSize.Paper, caption, assumption));
        }

        return charts;
    }
}
