using Depgraph.Core.Model;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

/// <summary>
/// Issue 11 item 20 (last part): recipients reached only under a condition (「内容に応じ」) are marked 「（条件付き）」
/// wherever the report counts or lists outside recipients, and never summed into the certain counts.
/// </summary>
public sealed class ConditionalRecipientsTests
{
    private static readonly ReportModel Ja = ReportBuilder.Build(ReportTestData.WithConditionalRecipients(), new ReportOptions { Runs = 200 });
    private static readonly ReportModel En = ReportBuilder.Build(ReportTestData.WithConditionalRecipients(), new ReportOptions { Runs = 200, Language = Language.English });

    private static string Md(ReportModel m) => MarkdownReportWriter.Write(m, MarkdownReportWriterTests.FakeCharts(m));

    [Fact]
    public void The_model_keeps_conditional_recipients_apart()
    {
        Assert.Equal([new MemberCount("事業体", 1189)], Ja.Overview.ConditionalExternalByUnit);
        Assert.Equal(["external.e"], Ja.Reach.Conditional.Select(n => n.Id));
        var outside = Ja.Reach.OutsideByUnit.ToDictionary(u => u.Unit);
        Assert.Equal((0L, 1189L), (outside["事業体"].Reached, outside["事業体"].Conditional));
        Assert.Equal((8L, 0L), (outside["社・団体"].Reached, outside["社・団体"].Conditional));
        ImpactRow e = Ja.Spof.NodeImpact.Concat(Ja.Spof.OutsideBeyondTop).First(r => r.Node.Id == "ceptoar.e");
        Assert.Empty(e.OutsideByUnit);
        Assert.Equal([new MemberCount("事業体", 1189)], e.ConditionalOutsideByUnit);
        ImpactRow bank = Ja.Spof.NodeImpact.Single(r => r.Node.Id == "ceptoar.bank");
        Assert.Equal([new MemberCount("社・団体", 8)], bank.OutsideByUnit);
        Assert.Empty(bank.ConditionalOutsideByUnit);
    }

    [Fact]
    public void Every_count_of_outside_recipients_marks_the_conditional_part()
    {
        string md = Md(Ja);
        Assert.Contains("| 構成員以外の情報展開先 | 8 社・団体、1,189 事業体（条件付き） |", md, StringComparison.Ordinal);
        Assert.Contains("| 電力CEPTOAR | 24 社 | 1,189 事業体（条件付き） |", md, StringComparison.Ordinal);
        Assert.Contains("| 確実に届く構成員以外の情報展開先 | 8 社・団体 |", md, StringComparison.Ordinal);
        Assert.Contains("| 条件付きでのみ届く構成員以外の情報展開先 | 1,189 事業体 |", md, StringComparison.Ordinal);
        Assert.Contains("（うち 1 件は条件付きでのみ届く：電力 会員事業体）", md, StringComparison.Ordinal);
        // 3.1 and 3.2: the electricity CEPTOAR and the link to it cut off the relay, marked, not summed with certain ones
        Assert.Contains("| 24 社 | 1,189 事業体（条件付き） |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("| 1,189 事業体 |", md.Replace("| 条件付きでのみ届く構成員以外の情報展開先 | 1,189 事業体 |", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("「（条件付き）」を付けた数は", md, StringComparison.Ordinal);
        Assert.DoesNotContain("（条件付き））", md, StringComparison.Ordinal);

        string en = Md(En);
        Assert.Contains("1,189 utilities (事業体, conditional)", en, StringComparison.Ordinal);
        Assert.DoesNotContain(") (conditional)", en, StringComparison.Ordinal);
    }
}
