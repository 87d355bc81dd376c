using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Reach;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;
using Depgraph.Reporting.Tests.Charts;

namespace Depgraph.Reporting.Tests.Report;

/// <summary>Issue 10 item 3: every chart's input computed without the whole report, drawn exactly as the report draws it.</summary>
[Collection(ChartCollection.Name)]
public class ReportChartsBuilderForChartTests
{
    private static readonly ReportOptions Options = new() { Runs = 300, Seed = 7 };

    private static ReportModel Model(GraphDataset d) => ReportBuilder.Build(d, Options);

    [Fact]
    public void Every_chart_of_ForChart_is_byte_identical_to_the_report_chart()
    {
        var d = ReportTestData.Small();
        var graph = d.ToCompactGraph();
        var report = ReportCharts.Render(ReportCharts.Create(ReportBuilder.Build(d, graph, Options)));
        Assert.True(report.Count >= 6, string.Join(", ", report.Select(c => c.Name)));
        Assert.Equal(report.Select(c => c.Name), ReportCharts.Names.Where(n => report.Any(c => c.Name == n))); // the report's order is the list's
        foreach (string name in ReportCharts.Names)
        {
            var one = ReportCharts.Render(ReportCharts.Create(ReportChartsBuilder.ForChart(name, d, graph, Options), Options.Language));
            RenderedChart? expected = report.SingleOrDefault(c => c.Name == name);
            if (expected is null)
            {
                Assert.Empty(one); // the report leaves it out, so does ForChart
                continue;
            }

            RenderedChart actual = Assert.Single(one);
            Assert.Equal(name, actual.Name);
            Assert.True(expected.Png.AsSpan().SequenceEqual(actual.Png), $"{name}.png differs");
            Assert.Equal(expected.Svg, actual.Svg);
            Assert.Equal(expected.Caption, actual.Caption);
            Assert.Equal(expected.RestsOnAssumption, actual.RestsOnAssumption);
        }
    }

    [Fact]
    public void ForChart_computes_only_what_the_chart_needs()
    {
        var d = ReportTestData.Small();
        var graph = d.ToCompactGraph();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        // no simulation runs for the coverage, so a cancelled token does not stop it; the cascade chart needs the Monte Carlo
        var coverage = ReportChartsBuilder.ForChart("coverage", d, graph, Options, null, cancelled.Token);
        Assert.NotEmpty(coverage.Coverage);
        Assert.Null(coverage.Cascade);
        Assert.Empty(coverage.Impacts);
        Assert.ThrowsAny<OperationCanceledException>(() => ReportChartsBuilder.ForChart("cascade", d, graph, Options, null, cancelled.Token));
    }

    [Fact]
    public void Chart_names_are_checked_against_the_one_list()
    {
        Assert.Equal(ReportCharts.Descriptions.Select(x => x.Name), ReportCharts.Names);
        Assert.Equal(ReportCharts.Names.Count, ReportCharts.Names.Distinct().Count());
        Assert.Equal("reach-time", ReportCharts.CheckName(" Reach-Time "));
        var e = Assert.Throws<ArgumentException>(() => ReportCharts.CheckName("pie"));
        foreach (string n in ReportCharts.Names) Assert.Contains(n, e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => ReportChartsBuilder.ForChart("pie", ReportTestData.Small(), ReportTestData.Small().ToCompactGraph()));
        Assert.All(ReportCharts.Descriptions, x => Assert.False(string.IsNullOrWhiteSpace(x.Description.Japanese) || string.IsNullOrWhiteSpace(x.Description.English)));
    }

    [Fact]
    public void The_cascade_chart_from_a_Monte_Carlo_result_equals_the_report_chart()
    {
        var d = ReportTestData.Small();
        var graph = d.ToCompactGraph();
        var dep = graph.Select(EdgeLayer.Dependency);
        var mc = IndependentCascade.Run(dep, [dep.IndexOf("sector.electricity")], new CascadeOptions { Runs = Options.Runs, Seed = Options.Seed });
        CascadeChartData fromResult = ReportChartsBuilder.Cascade(mc, dep, null, ReportChartsBuilder.NodeRefs(d, graph));
        CascadeChartData report = Model(d).Charts.Cascade!;
        Assert.Equal(report.Origin, fromResult.Origin);
        Assert.Equal(report.Sectors, fromResult.Sectors);
        Assert.Equal((report.Runs, report.IsAssumption), (fromResult.Runs, fromResult.IsAssumption));
        Assert.True(fromResult.IsAssumption);

        // decided from the provenance of the edges simulated: survey answers are not assumptions
        var surveyed = Surveyed(d);
        var sdep = surveyed.ToCompactGraph().Select(EdgeLayer.Dependency);
        var smc = IndependentCascade.Run(sdep, [sdep.IndexOf("sector.electricity")], new CascadeOptions { Runs = 50 });
        Assert.False(ReportChartsBuilder.Cascade(smc, sdep).IsAssumption);
    }

    [Fact]
    public void The_reach_curve_from_a_reach_result_equals_the_report_curve()
    {
        var d = ReportTestData.Small();
        var info = d.ToCompactGraph().Select(EdgeLayer.Information);
        var r = ReachAnalysis.Run(info, [info.IndexOf("nisc")], new ReachOptions { ConditionalEdges = ConditionalEdges.Of(d) });
        ReachCurve curve = ReportChartsBuilder.ReachTime(r, info)!;
        ReachCurve report = Model(d).Charts.Reach!;
        Assert.Equal(report.Points, curve.Points);
        Assert.Equal((report.TotalMembers, report.SameDayHours, report.IsAssumption), (curve.TotalMembers, curve.SameDayHours, curve.IsAssumption));

        // quoted delays only: the curve carries no assumption label
        var quoted = new GraphDataset(d.Name, d.Nodes, [.. d.Edges.Select(e => e.Kind == EdgeKind.SharesWith
            ? new Edge(e.Source, e.Target, e.Kind, new Provenance([new Evidence("quoted", 1, ReportTestData.SourceFile)], null), e.DelayHours, e.Probability, e.Strength, e.Flow)
            : e)], d.Sources, d.IsCurated);
        var qinfo = quoted.ToCompactGraph().Select(EdgeLayer.Information);
        Assert.False(ReportChartsBuilder.ReachTime(ReachAnalysis.Run(qinfo, [qinfo.IndexOf("nisc")], new ReachOptions()), qinfo)!.IsAssumption);
    }

    [Fact]
    public void A_sector_probability_is_the_frequency_with_its_Wilson_interval()
    {
        var mc = new MonteCarloCascadeResult(1000, 1, [0], 1.5, 0.5, new Dictionary<string, double>(), [1, 0.5, 0], [1, 2]);
        var r = new NodeRef("a", NodeKind.Sector, "甲", "A");
        var half = SectorProbability.Of(r, mc, 1);
        Assert.Equal((500L, 0.5), (half.Failures, half.Probability));
        Assert.Equal(WilsonInterval.Compute(500, 1000), (half.Low, half.High));
        var none = SectorProbability.Of(r, mc, 2);
        Assert.Equal((0L, 0.0, 0.0), (none.Failures, none.Low, none.Probability));
        Assert.True(none.High > 0);
        Assert.Throws<ArgumentOutOfRangeException>(() => SectorProbability.Of(r, mc, 3));
    }

    [Fact]
    public void Sector_dependencies_carry_each_cells_basis_once_for_the_heatmap_and_the_report()
    {
        var d = WithOneSurveyedCell();
        var graph = d.ToCompactGraph();
        var deps = SectorDependencies.Compute(d, graph);
        int fin = deps.Sectors.ToList().IndexOf(graph.IndexOf("sector.finance")), ict = deps.Sectors.ToList().IndexOf(graph.IndexOf("sector.info_comm"));
        Basis?[,] bases = deps.Matrix!.Bases!;
        Assert.Equal(Basis.Survey, bases[fin, ict]);
        Assert.Null(bases[fin, fin]);
        Assert.Equal(deps.Cells.Count - 1, deps.Cells.Count(c => c.Basis == Basis.Assumption));
        Assert.Equal(0.35, deps.Matrix.Strength[fin, ict], 12);
        var model = ReportBuilder.Build(d, graph, Options);
        Assert.Equal(model.Propagation.Cells, deps.Cells);
        Assert.Equal(Basis.Survey, model.Charts.Dependency!.Bases![fin, ict]);
    }

    [Fact]
    public void Node_impact_bars_and_coverage_bars_carry_their_parts_where_units_mix()
    {
        var m = Model(ReportTestData.Small());
        // 証券: 272 社 + 7 機関, and the loose member (recorded without a unit) it alone reaches
        var sec = m.Charts.Coverage.Single(c => c.Ceptoar.Japanese == "証券CEPTOAR");
        Assert.Equal("280（272 社、7 機関、1 構成員）", UnitParts.Label(sec.Members, sec.Parts, Language.Japanese));
        var secLost = m.Charts.Impacts.Single(b => b.Name.Japanese == "証券CEPTOAR");
        Assert.Equal("280（272 社、7 機関、1 構成員）", UnitParts.Label(secLost.MembersLost, secLost.Parts, Language.Japanese));
        // 銀行等: 1,226 社 only, no parts
        Assert.Null(m.Charts.Coverage.Single(c => c.Ceptoar.Japanese == "銀行等CEPTOAR").Parts);
        Assert.Null(m.Charts.Impacts.Single(b => b.Name.Japanese == "銀行等CEPTOAR").Parts);
    }

    internal static GraphDataset WithOneSurveyedCell()
    {
        var d = ReportTestData.Small();
        var edges = d.Edges.Select(e => e.Kind == EdgeKind.DependsOn && e.Source == "sector.finance" && e.Target == "sector.info_comm"
            ? new Edge(e.Source, e.Target, e.Kind, Provenance.FromSurvey("survey:sector.finance:answers.xlsx:分野:3"), e.DelayHours, e.Probability, e.Strength)
            : e).ToList();
        return new GraphDataset(d.Name, d.Nodes, [.. edges], d.Sources, d.IsCurated);
    }

    private static GraphDataset Surveyed(GraphDataset d) =>
        new(d.Name, d.Nodes, [.. d.Edges.Select(e => e.Kind == EdgeKind.DependsOn
            ? new Edge(e.Source, e.Target, e.Kind, Provenance.FromSurvey($"survey:{e.Source}:a.xlsx:分野:2"), e.DelayHours, e.Probability, e.Strength)
            : e)], d.Sources, d.IsCurated);
}
