using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;
using ScottPlot;

namespace Depgraph.Reporting.Report;

/// <summary>Draws the charts of a report from <see cref="ReportModel.Charts"/>, each at its recommended size.</summary>
/// <remarks>
/// Charts whose input is missing are left out: the reach curve without members, the dependency heatmap and the
/// cascade without sectors and dependencies, the bar charts without CEPTOARs or impacts. On the curated dataset all
/// nine are drawn. The order is the order of <see cref="Names"/>. A network with more than
/// <see cref="LargeMemberLayer"/> member groups (a generic graph) is drawn with one aggregate per CEPTOAR.
/// </remarks>
public static class ReportCharts
{
    /// <summary>Member groups above which the network chart aggregates every unmarked group into one node per CEPTOAR.</summary>
    public const int LargeMemberLayer = 10 * NetworkChart.DefaultTopN;

    /// <summary>Every chart (file stem) with what it shows, in the order of the report: the one list of chart names.</summary>
    public static IReadOnlyList<(string Name, LocalizedName Description)> Descriptions { get; } =
    [
        ("coverage", new("CEPTOAR別の構成員数（分野別、延べ組織数）", "Members per CEPTOAR, by sector (organisations over all units)")),
        ("reach-time", new("情報提供が構成員に届くまでの時間（累積割合）", "Time for an alert to reach the members (cumulative share)")),
        ("node-impact", new("組織の停止により情報が届かなくなる構成員数と構成員以外の情報展開先（上位）", "Members and outside recipients cut off when one organisation fails (top)")),
        ("redundancy", new("各CEPTOARへの点素な経路の数", "Vertex-disjoint routes to each CEPTOAR")),
        ("network", new("情報共有体制のネットワークと単一障害点", "The information-sharing network and its single points of failure")),
        ("dependency", new("分野間の依存関係の強さ（根拠あり・調査の値を枠で表示）", "Inter-sector dependency strength (evidence and survey values framed)")),
        ("cascade", new("最初の想定障害の後に各分野が機能障害となる確率", "Failure probability per sector after the first simulated outage")),
        ("tornado", new("主要な結果を左右する仮定（一度に一つずつ範囲の両端へ）", "Assumptions that move the headline result (one at a time)")),
        ("sobol", new("主要な結果の Sobol 指数（単独効果と全効果、95%区間）", "Sobol indices of the headline result (first-order and total, 95% intervals)")),
    ];

    /// <summary>Every chart name (file stem), in order.</summary>
    public static IReadOnlyList<string> Names { get; } = Descriptions.Select(d => d.Name).ToList();

    /// <summary>Checks a chart name (ordinal, case-insensitive) and returns it as listed in <see cref="Names"/>.</summary>
    /// <param name="name">The name given.</param>
    /// <returns>The chart name.</returns>
    /// <exception cref="ArgumentException">The name is not a chart name; the message lists the names.</exception>
    public static string CheckName(string? name) =>
        Names.FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"unknown chart '{name}': the charts are {string.Join(", ", Names)}.", nameof(name));

    /// <summary>Draws the charts.</summary>
    /// <param name="model">The report model.</param>
    /// <param name="options">Chart options (font, simulated missing font); null for defaults. <see cref="ChartOptions.TopN"/> is left to each chart.</param>
    /// <returns>The charts, in the order of <see cref="Names"/>; the caller disposes the plots.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    public static IReadOnlyList<ReportChart> Create(ReportModel model, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        return Create(model.Charts, model.Options.Language, options);
    }

    /// <summary>Draws the charts whose input <paramref name="d"/> holds (all of a report's, or the one of <see cref="ReportChartsBuilder.ForChart"/>).</summary>
    /// <param name="d">The chart inputs.</param>
    /// <param name="lang">The language of the labels (English when the font has no Japanese).</param>
    /// <param name="options">Chart options; null for defaults.</param>
    /// <returns>The charts, in the order of <see cref="Names"/>; the caller disposes the plots.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="d"/> is null.</exception>
    public static IReadOnlyList<ReportChart> Create(ReportChartData d, Language lang, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        var charts = new List<ReportChart>();
        if (d.Coverage.Count > 0)
        {
            charts.Add(new("coverage", CeptoarCoverageChart.Create(d.Coverage, lang, options), ChartSize.PaperTall,
                new("CEPTOAR別の構成員数（分野別）", "Members per CEPTOAR, by sector"), false));
        }

        if (d.Reach is { } curve)
        {
            charts.Add(new("reach-time", ReachTimeChart.Create(curve, lang, options), ChartSize.Paper,
                new("情報提供が構成員に届くまでの時間（累積割合）", "Time for an alert to reach the members (cumulative share)"), curve.IsAssumption));
        }

        if (d.Impacts.Count > 0)
        {
            // two bars per organisation (members and outside recipients) need the taller page, or their value labels touch
            bool twoBars = d.Impacts.Any(i => i.OutsideRecipientsLost > 0);
            charts.Add(new("node-impact", NodeImpactChart.Create(d.Impacts, lang, options), twoBars ? ChartSize.PaperTall : ChartSize.Paper,
                new("組織の停止により情報が届かなくなる構成員数と構成員以外の情報展開先（上位）", "Members and outside recipients cut off when one organisation fails (top)"), false));
        }

        if (d.Redundancy.Count > 0)
        {
            charts.Add(new("redundancy", RedundancyChart.Create(d.Redundancy, lang, options), d.Redundancy.Count > 25 ? new ChartSize(6, 8, 300) : ChartSize.PaperTall,
                new("各CEPTOARへの点素な経路の数", "Vertex-disjoint routes to each CEPTOAR"), false));
        }

        if (d.Network.Nodes.Count > 0)
        {
            // Hundreds of member groups say nothing one by one: draw one aggregate per CEPTOAR (and the marked ones).
            int memberGroups = d.Network.Nodes.Count(n => n.Layer >= 3);
            ChartOptions? networkOptions = memberGroups > LargeMemberLayer && options?.TopN is null ? (options ?? ChartOptions.Default) with { TopN = 1 } : options;
            charts.Add(new("network", NetworkChart.Create(d.Network, lang, networkOptions), ChartSize.Slide,
                new("情報共有体制のネットワークと単一障害点", "The information-sharing network and its single points of failure"), false));
        }

        if (d.Dependency is { } matrix)
        {
            charts.Add(new("dependency", DependencyHeatmapChart.Create(matrix, lang, options), ChartSize.Square,
                new("分野間の依存関係の強さ（行：依存する分野、列：依存される分野）", "Inter-sector dependency strength (row: dependant, column: supplier)"), matrix.IsAssumption));
        }

        if (d.Cascade is { } cascade)
        {
            charts.Add(new("cascade", CascadeChart.Create(cascade, lang, options), ChartSize.Paper,
                new($"{cascade.Origin.Japanese}の停止後に各分野が機能障害となる確率（95%区間）", $"Failure probability per sector after an outage of {cascade.Origin.English} (95% interval)"), cascade.IsAssumption));
        }

        if (d.Tornado is { } tornado)
        {
            charts.Add(new("tornado", TornadoChart.Create(tornado.Result, tornado.Central, tornado.Drivers, lang, options), ChartSize.Paper,
                new($"{tornado.Result.Japanese}を左右する仮定（一度に一つずつ範囲の両端へ）", $"Assumptions that move {tornado.Result.English} (one at a time, to either end of the range)"), true));
        }

        if (d.Sobol is { } sobol)
        {
            string n = sobol.Samples.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), runs = sobol.Runs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            charts.Add(new("sobol", SobolChart.Create(sobol.Result, sobol.Drivers, lang, options), ChartSize.Paper,
                new($"{sobol.Result.Japanese}の Sobol 指数（Saltelli 2010・Jansen 1999 の推定量、基本標本数 {n}、評価ごとに {runs} 回の試行、ブートストラップ {sobol.Bootstrap} 回による95%区間。入力は仮定の範囲）",
                    $"Sobol indices of {sobol.Result.English} (Saltelli 2010 / Jansen 1999 estimators, base sample N = {n}, {runs} runs per evaluation, 95% intervals from {sobol.Bootstrap} bootstrap resamples; the inputs are assumed ranges)"),
                sobol.IsAssumption));
        }

        return charts;
    }

    /// <summary>Renders each chart to PNG and SVG in memory (see <see cref="ChartExport.Render"/>) and disposes its plot.</summary>
    /// <param name="charts">The charts.</param>
    /// <param name="progress">Told "chart NAME" (Japanese "図 NAME") before each.</param>
    /// <param name="language">The language of the progress lines.</param>
    /// <returns>The rendered charts, same order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="charts"/> is null.</exception>
    public static IReadOnlyList<RenderedChart> Render(IReadOnlyList<ReportChart> charts, IProgress<string>? progress = null, Language language = Language.English)
    {
        ArgumentNullException.ThrowIfNull(charts);
        var result = new List<RenderedChart>(charts.Count);
        foreach (ReportChart c in charts)
        {
            progress?.Report(language.Pick($"図 {c.Name}", $"chart {c.Name}"));
            using Plot plot = c.Plot;
            (byte[] png, string svg) = ChartExport.Render(plot, c.Size);
            result.Add(new RenderedChart(c.Name, c.Size, png, svg, c.Caption, c.RestsOnAssumption));
        }

        return result;
    }
}
