using System.Collections.Immutable;
using System.Globalization;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

/// <summary>Section 4 under uncertainty: intervals instead of single percentages, the assumptions behind each result, what holds regardless, what to survey first, the tornado chart.</summary>
public sealed class PropagationUncertaintyTests
{
    /// <summary>The small report dataset with a range of ±0.2 on every dependency probability.</summary>
    private static GraphDataset Ranged(bool assumed = true)
    {
        var d = ReportTestData.Small(assumed);
        var edges = d.Edges.Select(e => e.Kind != EdgeKind.DependsOn ? e : new Edge(e.Source, e.Target, e.Kind, e.Provenance, e.DelayHours, e.Probability, e.Strength, e.Flow,
            e.Channels, e.Attributes.SetItem("probability_low", Math.Max(0, e.Probability - 0.2).ToString("R", CultureInfo.InvariantCulture))
                .SetItem("probability_high", Math.Min(1, e.Probability + 0.2).ToString("R", CultureInfo.InvariantCulture)), e.Line, e.File, e.ParameterBasis)).ToImmutableArray();
        return new GraphDataset(d.Name, d.Nodes, edges, d.Sources, d.IsCurated);
    }

    private static readonly ReportModel Ja = ReportBuilder.Build(Ranged(), new ReportOptions { Runs = 400 });
    private static readonly ReportModel En = ReportBuilder.Build(Ranged(), new ReportOptions { Runs = 400, Language = Language.English });

    private static string Md(ReportModel m) => MarkdownReportWriter.Write(m, MarkdownReportWriterTests.FakeCharts(m));

    [Fact]
    public void Every_outage_gets_intervals_drivers_and_the_priority_list()
    {
        PropagationUncertainty u = Ja.Propagation.Uncertainty!;
        Assert.Equal(6, u.Parameters);
        Assert.Equal(Ja.Propagation.Outcomes.Count, u.Outcomes.Count);
        foreach (var o in u.Outcomes)
        {
            Assert.True(o.ExpectedSectorsInterval.Low < o.ExpectedSectors && o.ExpectedSectors < o.ExpectedSectorsInterval.High, o.ToString());
            Assert.Equal(6, o.Drivers.Count);
            Assert.Equal(o.Drivers.Select(d => d.Swing).OrderByDescending(x => x), o.Drivers.Select(d => d.Swing));
            Assert.True(o.Drivers[0].Swing > 0.05);
        }
        // after an electricity outage the finance sector depends on electricity directly: that range moves it most
        var top = u.FocusDrivers[0];
        Assert.Equal(("sector.finance", "sector.electricity"), (top.Dependant.Id, top.Supplier.Id));
        Assert.True(top.AtLow < u.FocusCentral && u.FocusCentral < top.AtHigh);
        // the survey list: ranked by the largest total Sobol index over every outage and sector, each above 0, on another sector
        Assert.NotEmpty(u.WorthSurveying);
        Assert.Equal(u.WorthSurveying.Select(w => w.Total).OrderByDescending(x => x), u.WorthSurveying.Select(w => w.Total));
        Assert.All(u.WorthSurveying, w =>
        {
            Assert.True(w.Total > 0 && w.Ci95Total.Low <= w.Total && w.Total <= w.Ci95Total.High, w.ToString());
            Assert.NotEqual(w.Origin.Id, w.Sector.Id);
        });
        Assert.True(u.WorthSurveying[0].Total > 0.2, u.WorthSurveying[0].ToString());
        Assert.Equal(u.WorthSurveying.Count, u.WorthSurveying.Select(w => (w.Driver.Dependant.Id, w.Driver.Supplier.Id)).Distinct().Count());
        Assert.True(u.MonteCarloHalfWidth is > 0 and < 0.05);
    }

    [Fact]
    public void The_text_shows_intervals_the_drivers_the_robust_findings_and_what_to_survey_in_both_languages()
    {
        string ja = Md(Ja), en = Md(En);
        foreach (var s in new[] { "5〜95%区間（ラテン超方格 200 組", "モンテカルロ誤差", "主な仮定：", "### 4.5 仮定に依存しない結果", "### 4.6 調査する価値が最も高い仮定", "下の Sobol 指数の図に示す", "単独効果", "全効果", "図の sobol".Replace(" ", ""), "全効果指数", "基本標本 512 組", "仮定によって50%の上下が入れ替わる分野" })
            Assert.Contains(s, ja, StringComparison.Ordinal);
        foreach (var s in new[] { "5–95% interval when the 6 assumed", "Monte Carlo error", "Main assumptions: ", "### 4.5 Findings that do not depend on any assumption", "### 4.6 Assumptions most worth surveying", "the Sobol indices in the figure below", "first-order", "chart sobol", "Total index", "base sample of 512 sets", "depending on the assumptions" })
            Assert.Contains(s, en, StringComparison.Ordinal);
        Assert.DoesNotContain("95% interval (Wilson)", en, StringComparison.Ordinal);
        Assert.DoesNotContain("振れ幅を用いた", ja, StringComparison.Ordinal); // the stale "the report uses only the swing"
        Assert.DoesNotContain("uses the swing", en, StringComparison.Ordinal);
        // every table cell of 4.2 holds its estimate inside its range
        var cells = System.Text.RegularExpressions.Regex.Matches(ja, @"(\d+(?:\.\d+)?)%（(\d+(?:\.\d+)?)%–(\d+(?:\.\d+)?)%）");
        Assert.NotEmpty(cells);
        foreach (System.Text.RegularExpressions.Match c in cells)
        {
            double p = double.Parse(c.Groups[1].Value, CultureInfo.InvariantCulture), lo = double.Parse(c.Groups[2].Value, CultureInfo.InvariantCulture), hi = double.Parse(c.Groups[3].Value, CultureInfo.InvariantCulture);
            Assert.True(lo <= p && p <= hi, c.Value);
        }
    }

    [Fact]
    public void The_conclusions_that_hold_over_the_ranges_group_every_other_sector_by_its_interval()
    {
        string ja = Md(Ja);
        PropagationUncertainty u = Ja.Propagation.Uncertainty!;
        int straddling = 0;
        foreach (var (o, ou) in Ja.Propagation.Outcomes.Zip(u.Outcomes))
        {
            var others = Enumerable.Range(0, o.Sectors.Count).Where(i => o.Sectors[i].Sector.Id != o.Origin.Id).Select(i => ou.Sectors[i]).ToList();
            int above = others.Count(iv => iv.Low > 0.5), below = others.Count(iv => iv.High < 0.5), either = others.Count - above - below;
            straddling += either;
            string Count(int n) => n == 0 ? "なし" : $"{n}（";
            string line = ja.Split('\n').Single(l => l.Contains($"{o.Origin.Japanese}の停止：50%を上回る分野", StringComparison.Ordinal));
            Assert.Contains($"50%を上回る分野 {Count(above)}", line, StringComparison.Ordinal);
            Assert.Contains($"50%を下回る分野 {Count(below)}", line, StringComparison.Ordinal);
            Assert.Contains($"入れ替わる分野 {Count(either)}", line, StringComparison.Ordinal);
        }
        Assert.True(straddling > 0, "the ±0.2 ranges leave some sector on either side of 50%");
    }

    [Fact]
    public void The_tornado_chart_is_drawn_and_labelled_as_an_assumption()
    {
        var charts = ReportCharts.Create(Ja);
        var tornado = Assert.Single(charts, c => c.Name == "tornado");
        Assert.True(tornado.RestsOnAssumption);
        Assert.Contains("tornado", ReportCharts.Names);
        Assert.Contains("金融", tornado.Caption.Japanese, StringComparison.Ordinal);
        foreach (var c in charts) c.Plot.Dispose();
    }

    [Fact]
    public void The_Sobol_chart_of_the_headline_result_has_every_ranged_assumption_with_bootstrap_intervals()
    {
        SobolData sobol = Ja.Charts.Sobol!;
        Assert.Equal((512, 1024, 200), (sobol.Samples, sobol.Runs, sobol.Bootstrap));
        Assert.Equal(Ja.Propagation.Uncertainty!.Parameters, sobol.Drivers.Count); // all ranged parameters
        Assert.Equal("電力の停止後の金融の障害確率", sobol.Result.Japanese);
        Assert.True(sobol.IsAssumption);
        Assert.All(sobol.Drivers, d => Assert.True(d.Ci95Total is { } ci && ci.Low <= d.Total && d.Total <= ci.High, d.ToString()));
        // finance depends on electricity directly: the largest total index, as the swing says
        var top = sobol.Drivers.MaxBy(d => d.Total)!;
        Assert.StartsWith("電力→金融", top.Name.Japanese, StringComparison.Ordinal);
        Assert.True(top.Total > 0.3, top.ToString());

        var charts = ReportCharts.Create(Ja);
        var chart = Assert.Single(charts, c => c.Name == "sobol");
        Assert.True(chart.RestsOnAssumption);
        foreach (var s in new[] { "Saltelli 2010・Jansen 1999", "基本標本数 512", "1,024 回の試行", "ブートストラップ 200 回", "仮定" })
            Assert.Contains(s, chart.Caption.Japanese, StringComparison.Ordinal);
        foreach (var c in charts) c.Plot.Dispose();
        SobolData? notAssumed = ReportBuilder.Build(Ranged(assumed: false), new ReportOptions { Runs = 100 }).Charts.Sobol; // decided from provenance
        Assert.True(notAssumed is null || !notAssumed.IsAssumption);
    }

    [Fact]
    public void Without_ranges_the_section_keeps_the_wilson_intervals_and_draws_no_tornado()
    {
        ReportModel plain = ReportBuilder.Build(ReportTestData.Small(), new ReportOptions { Runs = 100, Language = Language.English });
        Assert.Null(plain.Propagation.Uncertainty);
        Assert.Null(plain.Charts.Tornado);
        Assert.Null(plain.Charts.Sobol);
        string md = Md(plain);
        Assert.Contains("95% interval (Wilson)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("4.6 Assumptions most worth surveying", md, StringComparison.Ordinal);
    }
}
