using Depgraph.Analysis.Comparison;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

/// <summary>
/// Issue 12 item 3: <c>report --scenario</c> adds, after section 6, one section per scenario that puts base and scenario
/// side by side in the report's language, with a <see cref="ScenarioDifferenceChart"/> each.
/// </summary>
[Collection(Depgraph.Reporting.Tests.Charts.ChartCollection.Name)]
public sealed class ScenarioSectionTests
{
    private static readonly GraphDataset Small = ReportTestData.Small();

    /// <summary>甲省 unavailable: 銀行等CEPTOAR is reached only through it; 証券CEPTOAR also directly from NISC.</summary>
    private static ReportScenario WithoutMinistryA()
    {
        var edges = Small.Edges.Where(e => e.Source != "ministry.a" && e.Target != "ministry.a").ToArray();
        var ds = new GraphDataset(Small.Name, [.. Small.Nodes.Where(n => n.Id != "ministry.a")], [.. edges], Small.Sources, isCurated: true);
        return new ReportScenario("甲省が機能しない", "甲省が利用できない場合", "a-unavailable.yaml", ds,
            [new ScenarioEdit(ScenarioEditKind.RemoveNode, 3, "ministry.a", null, null, null, Small.Edges.Length - edges.Length)]);
    }

    /// <summary>The dependency of 金融 on 電力 halved: the cascade from 電力 changes.</summary>
    private static ReportScenario HalvedFinance()
    {
        var edges = Small.Edges.Select(e => e.Kind == EdgeKind.DependsOn && e.Source == "sector.finance" && e.Target == "sector.electricity"
            ? new Edge(e.Source, e.Target, e.Kind, e.Provenance, e.DelayHours, e.Probability * 0.5, e.Strength, e.Flow)
            : e).ToArray();
        var ds = new GraphDataset(Small.Name, Small.Nodes, [.. edges], Small.Sources, isCurated: true);
        return new ReportScenario("金融の依存を半減", "", "half.yaml", ds,
            [new ScenarioEdit(ScenarioEditKind.SetEdge, 4, "sector.finance", "sector.electricity", EdgeKind.DependsOn, null, 1) { ScaleProbability = 0.5 }]);
    }

    private static ReportModel Build(Language lang, params ReportScenario[] scenarios) =>
        ReportBuilder.Build(Small, new ReportOptions { Runs = 2000, Language = lang, Scenarios = scenarios });

    private static string Md(ReportModel m) => MarkdownReportWriter.Write(m, MarkdownReportWriterTests.FakeCharts(m));

    private static string Between(string md, string from, string to)
    {
        int a = md.IndexOf(from, StringComparison.Ordinal), b = md.IndexOf(to, a + 1, StringComparison.Ordinal);
        Assert.True(a > 0 && b > a, $"'{from}' comes before '{to}'");
        return md[a..b];
    }

    [Fact]
    public void A_section_per_scenario_after_section_6_in_japanese_words()
    {
        ReportModel m = Build(Language.Japanese, WithoutMinistryA(), HalvedFinance());
        string md = Md(m);
        Assert.True(md.IndexOf("## 6. 用語と手法", StringComparison.Ordinal) < md.IndexOf("## 7. シナリオとの比較：甲省が機能しない", StringComparison.Ordinal));
        string s7 = Between(md, "## 7. シナリオとの比較", "## 8. シナリオとの比較：金融の依存を半減");
        Assert.Contains("| 3 | 甲省が機能しない（この組織とそのリンク 3 本を除く） |", s7, StringComparison.Ordinal);
        Assert.Contains("| 到達した構成員 | 1,559 | 333 |", s7, StringComparison.Ordinal);
        Assert.Contains("シナリオで届かなくなる組織（4 件）：銀行等CEPTOAR、銀行等 構成員以外、銀行等CEPTOAR構成員、甲省（シナリオで除いた組織）。", s7, StringComparison.Ordinal);
        Assert.Contains("| 証券CEPTOAR | 2 | 1 |", s7, StringComparison.Ordinal);
        Assert.Contains("シナリオは電力の停止後の障害確率を変えない", s7, StringComparison.Ordinal);
        // no ids, no loader wording in the body
        foreach (string word in new[] { "ministry.a", "remove_node", "removed node", "scenario:" })
            Assert.DoesNotContain(word, s7, StringComparison.Ordinal);

        string s8 = Between(md, "## 8. シナリオとの比較", "## 付録A");
        Assert.Contains("| 4 | 金融が電力に依存する関係（1 本）について、伝わる確率を 0.5 倍にする |", s8, StringComparison.Ordinal);
        Assert.Contains("| 差（ポイント） |", s8, StringComparison.Ordinal);
        Assert.Contains("| 金融 |", s8, StringComparison.Ordinal);
        Assert.Contains("--scenario a-unavailable.yaml --scenario half.yaml", md, StringComparison.Ordinal);

        // the comparison behind the text: common random numbers leave the unchanged dependency layer of scenario 1 exactly equal
        Assert.All(m.Scenarios[0].Result.Cascade, c => Assert.Equal(0, c.Difference));
        CascadeDifference finance = Assert.Single(m.Scenarios[1].Result.Cascade, c => c.Id == "sector.finance");
        Assert.True(finance.Difference < 0 && finance.Ci95High < 0, "halving the dependency lowers the failure probability");
        Assert.True(m.Scenarios[1].ChartShowsCascade);
        Assert.False(m.Scenarios[0].ChartShowsCascade);
    }

    [Fact]
    public void English_report_has_the_same_sections()
    {
        string md = Md(Build(Language.English, WithoutMinistryA()));
        Assert.Contains("## 7. Scenario compared with the base: 甲省が機能しない", md, StringComparison.Ordinal);
        Assert.Contains("Ministry A is unavailable (the organisation and its 3 links are removed)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_scenario_says_nothing_differs()
    {
        var empty = new ReportScenario("変更なし", "", "empty.yaml", Small, []);
        ReportModel m = Build(Language.Japanese, empty);
        Assert.True(m.Scenarios[0].Result.IsUnchanged);
        Assert.Contains("基準とシナリオの間に差はない。", Between(Md(m), "## 7.", "## 付録A"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_scenarios_with_one_name_are_refused()
    {
        var a = WithoutMinistryA();
        var e = Assert.Throws<ArgumentException>(() => new ReportOptions { Scenarios = [a, a with { File = "b.yaml" }] }.Validate());
        Assert.Contains("甲省が機能しない", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_figure_mentions_a_95_interval_only_for_cascade_differences()
    {
        ReportModel m = Build(Language.Japanese, WithoutMinistryA(), HalvedFinance());
        var charts = ScenarioCharts.Create(m);
        Assert.Equal(["scenario-1", "scenario-2"], charts.Select(c => c.Name));
        string Svg(ReportChart c) { using var plot = c.Plot; return ChartExport.Render(plot, c.Size).Svg; }
        string exact = Svg(charts[0]), cascade = Svg(charts[1]);
        Assert.DoesNotContain("95%", exact, StringComparison.Ordinal);
        Assert.Contains("95%", cascade, StringComparison.Ordinal);
        Assert.False(charts[0].RestsOnAssumption);
        Assert.True(charts[1].RestsOnAssumption);
    }
}
