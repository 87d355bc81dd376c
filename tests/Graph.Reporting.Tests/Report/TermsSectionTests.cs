using Depgraph.Core.Model;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

/// <summary>Issue 11 item 11: section 6 explains each term in plain words with an example computed from the data.</summary>
public sealed class TermsSectionTests
{
    private static readonly ReportModel Ja = MarkdownReportWriterTests.Ja;
    private static readonly ReportModel En = MarkdownReportWriterTests.En;

    private static string Md(ReportModel m) => MarkdownReportWriter.Write(m, MarkdownReportWriterTests.FakeCharts(m));

    private static string Section6(string md)
    {
        int from = md.IndexOf("## 6.", StringComparison.Ordinal), to = md.IndexOf("## 付録A", StringComparison.Ordinal);
        if (to < 0) to = md.IndexOf("## Appendix A", StringComparison.Ordinal);
        Assert.True(from > 0 && to > from, "section 6 sits between section 5 and appendix A");
        return md[from..to];
    }

    [Fact]
    public void Examples_come_from_the_data()
    {
        // ReportTestData.Small: nisc → 甲省 → 銀行等CEPTOAR → its members → their outside recipient is the deepest chain.
        TermsSection t = Ja.Terms!;
        Assert.Equal("external.bank", t.Dominated!.Id);
        Assert.Equal(["members.bank", "ceptoar.bank", "ministry.a"], t.Dominators.Select(n => n.Id));
        // 証券CEPTOAR: directly from NISC and through 甲省
        Assert.Equal(("ceptoar.sec", 2), (t.MostRoutes!.Target.Id, t.MostRoutes.DisjointPaths));
        // every articulation point and bridge example is one the resilience analysis found, never the source
        Assert.Contains(t.ArticulationPoint!, Ja.Spof.ArticulationPoints);
        Assert.NotEqual("nisc", t.ArticulationPoint!.Id);
        Assert.NotEmpty(t.ArticulationCutOff);
        Assert.Contains(Ja.Spof.Bridges, b => (b.A, b.B) == (t.Bridge!.Value.Kept, t.Bridge.Value.Cut) || (b.B, b.A) == (t.Bridge!.Value.Kept, t.Bridge.Value.Cut));
        // the provision links of the small graph have no cycle: every component is one organisation
        Assert.Empty(t.LargestStrongComponent);
        Assert.Equal(Ja.Spof.StrongComponentCount, t.StrongComponentCount);

        string md = Section6(Md(Ja));
        Assert.Contains("| 支配木 |", md, StringComparison.Ordinal);
        Assert.Contains("銀行等 構成員以外へのすべての経路は甲省、銀行等CEPTOAR、銀行等CEPTOAR構成員を通る。", md, StringComparison.Ordinal);
        Assert.Contains("証券CEPTOARへの点素な経路は 2 本あり、途中の組織が 1 つ停止しても届く。", md, StringComparison.Ordinal);
        Assert.Contains("どれも1組織のみからなる", md, StringComparison.Ordinal);
        Assert.Contains($"{Ja.Propagation.Outcomes[0].Origin.Japanese}の停止で、{Ja.Propagation.ThresholdFailed[0].Sector.Japanese}が", md, StringComparison.Ordinal);
        foreach (string term in new[] { "関節点", "橋", "支配木", "点素な経路", "強連結成分", "独立カスケードモデル", "線形閾値モデル", "到達時間" })
            Assert.Contains($"| {term} |", md, StringComparison.Ordinal);
        Assert.Contains("| Dominator tree |", Section6(Md(En)), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_example_the_text_says_so()
    {
        ReportModel m = ReportBuilder.Build(ReportTestData.Generic(500, 1), new ReportOptions { Runs = 20 });
        string md = Section6(Md(m));
        Assert.Contains("この入力には分野間の依存関係がなく、例を示せない。", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Appendix_anchors_are_letters_and_section_6_is_s6()
    {
        string html = HtmlReportWriter.Write(Ja, MarkdownReportWriterTests.FakeCharts(Ja));
        Assert.Contains("<h2 id=\"s6\">6. 用語と手法</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sA\">付録A.", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"sB\">付録B.", html, StringComparison.Ordinal);
        Assert.Equal(ReportDocumentHeadings.Count, ReportDocumentHeadings.Distinct().Count());
    }

    private static IReadOnlyList<string> ReportDocumentHeadings =>
        [.. System.Text.RegularExpressions.Regex.Matches(HtmlReportWriter.Write(Ja, MarkdownReportWriterTests.FakeCharts(Ja)), "id=\"(s[^\"]+)\"").Select(x => x.Groups[1].Value)];
}
