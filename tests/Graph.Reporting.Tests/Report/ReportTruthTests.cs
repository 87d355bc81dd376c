using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

/// <summary>Issue 11: every sentence and figure of the report is true (each test failed before its fix).</summary>
public sealed class ReportTruthTests
{
    private static readonly ReportModel Ja = MarkdownReportWriterTests.Ja;
    private static readonly ReportModel En = MarkdownReportWriterTests.En;

    private static string Md(ReportModel m) => MarkdownReportWriter.Write(m, MarkdownReportWriterTests.FakeCharts(m));

    // Item 2: a single point of failure cuts off someone the source reaches; the source itself is never one.
    [Fact]
    public void Network_marks_only_nodes_whose_failure_cuts_off_someone_the_source_reaches()
    {
        NetworkDiagram net = Ja.Charts.Network;
        Assert.False(net.Nodes.Single(n => n.Id == "nisc").IsSpof);
        var cutting = Ja.Spof.NodeImpact.Where(i => i.ReachLost > 0).Select(i => i.Node.Id).ToHashSet();
        Assert.All(net.Nodes.Where(n => n.IsSpof), n => Assert.Contains(n.Id, cutting));
        Assert.Contains("起点自身は含まない", Md(Ja), StringComparison.Ordinal);
        Assert.Contains("関節点は向きを無視した結びつきの切れ目であり、単一障害点", Md(Ja), StringComparison.Ordinal);
    }

    // Item 5: a single direct route has no organisation on the way; a single indirect route has one.
    [Fact]
    public void Single_routes_say_what_is_true_for_direct_and_indirect_routes()
    {
        RedundancyRow direct = Ja.Spof.Redundancy.Single(r => r.Target.Id == "ceptoar.e");
        Assert.Equal((1, true), (direct.DisjointPaths, direct.Direct));
        Assert.False(Ja.Spof.Redundancy.Single(r => r.Target.Id == "ceptoar.bank").Direct);
        string md = Md(Ja);
        Assert.DoesNotContain("直接の1本のみの場合を含む", md, StringComparison.Ordinal);
        Assert.Contains("直接届く 1 件（電力CEPTOAR）は途中に組織がなく", md, StringComparison.Ordinal);
        Assert.Contains("他の組織を経由する 2 件（", md, StringComparison.Ordinal);
        Assert.Contains("reached directly from", Md(En), StringComparison.Ordinal);
    }

    // Item 6: the reach-time figure rests on assumed delays and says so, in its caption and its title.
    [Fact]
    public void Reach_time_figure_carries_the_assumption_label()
    {
        Assert.True(Ja.Reach.DelaysAreAssumed);
        Assert.True(Ja.Charts.Reach!.IsAssumption);
        ReportChart chart = ReportCharts.Create(Ja).Single(c => c.Name == "reach-time");
        Assert.True(chart.RestsOnAssumption);
        Assert.EndsWith(ChartLabels.Get("common.assumption", Language.Japanese), chart.Plot.Axes.Title.Label.Text, StringComparison.Ordinal);
        Assert.Contains("> **【仮定】** 到達時間と図2は", Md(Ja), StringComparison.Ordinal);
    }

    // Item 7: one arrow direction everywhere: supplier → dependant, the way a failure travels (as in section 4).
    [Fact]
    public void Appendix_writes_dependencies_supplier_to_dependant()
    {
        // ReportTestData: sector.water depends_on sector.electricity (a failure of electricity reaches water).
        var items = Ja.Provenance.Items.Where(i => i.Type == EdgeKind.DependsOn.Token()).Select(i => i.Subject).ToList();
        Assert.Contains("sector.electricity → sector.water", items);
        Assert.DoesNotContain("sector.water → sector.electricity", items);
    }

    // Item 3: impact counts members and outside recipients, each in its own column, in the table and the chart.
    [Fact]
    public void Impact_counts_outside_recipients_apart_from_members()
    {
        // ReportTestData: members.bank (1,226 社) relays to external.bank (8 社・団体).
        ImpactRow bank = Ja.Spof.NodeImpact.Single(r => r.Node.Id == "ceptoar.bank");
        Assert.Equal((1226L, 8L), (bank.MembersLost, bank.OutsideRecipientsLost));
        ImpactRow relay = Ja.Spof.NodeImpact.Single(r => r.Node.Id == "members.bank");
        Assert.Equal((0L, 8L), (relay.MembersLost, relay.OutsideRecipientsLost));
        Assert.Equal([new MemberCount("社・団体", 8)], relay.OutsideByUnit);
        string md = Md(Ja);
        Assert.Contains("| 届かなくなる構成員（延べ組織数） | 届かなくなる構成員以外の情報展開先 |", md, StringComparison.Ordinal);
        Assert.Contains("| 1,226 社 | 8 社・団体 |", md, StringComparison.Ordinal);
        Assert.Contains("| Members cut off (total over units) | Outside recipients cut off |", Md(En), StringComparison.Ordinal);
        Assert.Contains(Ja.Charts.Impacts, b => b.OutsideRecipientsLost == 8 && b.MembersLost == 0);
    }

    // Item 17: a total over different units says so and shows its parts.
    [Fact]
    public void Totals_over_different_units_show_their_parts()
    {
        string md = Md(Ja);
        Assert.Contains("279（272 社、7 機関）", md, StringComparison.Ordinal);
        Assert.Contains("| 構成員の延べ組織数（上の単位の数の和） |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| 構成員の合計 |", md, StringComparison.Ordinal);
        Assert.Contains("279 (272 companies (社), 7 bodies (機関))", Md(En), StringComparison.Ordinal);
    }

    // Item 4: §2.1 lists only organisations the provision flow is addressed to; the others are "not part of this flow",
    // decided from the links of the layer, not from a list of names or kinds.
    [Fact]
    public void Not_reached_lists_only_organisations_the_flow_is_addressed_to()
    {
        var model = ReportBuilder.Build(ReportTestData.WithNodesOutsideTheFlow(), new ReportOptions { Runs = 100 });
        Assert.Equal(["member.isac_only"], model.Reach.NotReachedAddressed.Select(n => n.Id));
        Assert.Contains(("secretariat", 1), model.Reach.NotInFlowByKind);
        Assert.Contains(("isac", 1), model.Reach.NotInFlowByKind);
        Assert.Contains(("sector", 4), model.Reach.NotInFlowByKind);
        string md = Md(model);
        Assert.Contains("この流れが宛先とする（情報提供のリンクが向かう）のに届かない組織：ISACだけの会員。", md, StringComparison.Ordinal);
        Assert.DoesNotContain("銀行協会（secretariat.bank）", md, StringComparison.Ordinal);
        Assert.Contains("| 事務局 | 0 | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("この情報提供の流れの宛先として記録されていない", md, StringComparison.Ordinal);
        Assert.Contains("この流れが宛先とする組織（情報提供のリンクが向かう組織）には、すべて情報が届く。", Md(Ja), StringComparison.Ordinal);
    }

    // Item 8: every printed cascade probability's 95 % half-width is below its last printed digit; the caption says
    // the runs and the half-width.
    [Fact]
    public void Cascade_probabilities_print_only_the_digits_their_interval_supports()
    {
        foreach (ReportModel m in new[] { Ja, ReportBuilder.Build(ReportTestData.Small(), new ReportOptions { Runs = 20_000 }) })
        {
            string md = Md(m);
            string table = md[md.IndexOf("### 4.2", StringComparison.Ordinal)..md.IndexOf("### 4.3", StringComparison.Ordinal)];
            var halfWidths = m.Propagation.Outcomes.SelectMany(o => o.Sectors.Where(s => s.Sector.Id != o.Origin.Id)).Select(s => (s.High - s.Low) / 2 * 100).ToList();
            double worst = halfWidths.Max();
            string rows = string.Join("\n", table.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)));
            var printed = System.Text.RegularExpressions.Regex.Matches(rows, @"(\d+(?:\.(\d+))?)%").Select(x => x.Groups[1].Value).ToList();
            Assert.NotEmpty(printed);
            foreach (string value in printed)
            {
                int decimals = value.Contains('.', StringComparison.Ordinal) ? value.Length - value.IndexOf('.', StringComparison.Ordinal) - 1 : 0;
                double lastDigit = decimals > 0 ? Math.Pow(10, -decimals) : value.EndsWith('0') ? 10 : 1; // whole tens when rounded to tens
                Assert.True(lastDigit > worst, $"{value}% printed, but a half-width of {worst:0.00} points");
            }

            Assert.Contains($"{m.Options.Runs:N0} 回試行", table, StringComparison.Ordinal);
            Assert.Contains($"95%区間の半幅は最大 {PrintedPrecision.HalfWidth(worst)} ポイント", table, StringComparison.Ordinal);
        }
    }
}
