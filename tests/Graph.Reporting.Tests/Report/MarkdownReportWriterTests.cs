using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

public sealed class MarkdownReportWriterTests
{
    internal static readonly ReportModel Ja = ReportBuilder.Build(ReportTestData.Small(), new ReportOptions { Runs = 500, Labels = ReportLabels.Load(RepoPaths.Dataset) });
    internal static readonly ReportModel En = ReportBuilder.Build(ReportTestData.Small(), new ReportOptions { Runs = 500, Language = Language.English, Labels = ReportLabels.Load(RepoPaths.Dataset) });

    /// <summary>Charts with fake bytes: the writers only embed or link them.</summary>
    internal static IReadOnlyList<RenderedChart> FakeCharts(ReportModel model) =>
        ReportCharts.Names.Select(n => new RenderedChart(n, ChartSize.Paper, [0x89, (byte)'P', (byte)'N', (byte)'G', 1, 2, 3], "<svg/>", new LocalizedName($"図の{n}", $"chart {n}"),
            n is "dependency" or "cascade" && model.Propagation.IsAssumption)).ToList();

    public static TheoryData<string, string> Headings()
    {
        var data = new TheoryData<string, string>();
        foreach ((string ja, string en) in new[]
        {
            ("# 重要インフラ情報共有体制の分析報告", "# Critical-infrastructure information sharing: analysis report"),
            ("## 1. 概要", "## 1. Overview"),
            ("## 2. 情報の到達範囲と速さ", "## 2. Reach: coverage and speed"),
            ("## 3. 単一障害点", "## 3. Single points of failure"),
            ("## 4. 障害の波及（仮定に基づく）", "## 4. Propagation (resting on assumptions)"),
            ("## 5. 分析手法と出典", "## 5. Methods and sources"),
            ("## 6. 用語と手法", "## 6. Terms and methods"),
            ("## 付録A. 出典の区分と仮定の一覧", "## Appendix A. Provenance: evidence and assumptions"),
            ("## 付録B. 実行条件", "## Appendix B. Run parameters"),
            ("### 3.4 経路の冗長性", "### 3.4 Route redundancy"),
        })
        {
            data.Add(ja, en);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Headings))]
    public void Every_section_heading_is_there_in_each_language(string ja, string en)
    {
        string mdJa = MarkdownReportWriter.Write(Ja, FakeCharts(Ja));
        string mdEn = MarkdownReportWriter.Write(En, FakeCharts(En));
        Assert.Contains("\n" + ja + "\n", "\n" + mdJa, StringComparison.Ordinal);
        Assert.Contains("\n" + en + "\n", "\n" + mdEn, StringComparison.Ordinal);
        Assert.DoesNotContain(en.TrimStart('#', ' '), mdJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Numbers_of_the_model_appear_formatted()
    {
        string md = MarkdownReportWriter.Write(Ja, []);
        Assert.Contains("| 到達した構成員 | 1,559 / 1,559（100.0%） |", md, StringComparison.Ordinal);
        Assert.Contains("| 4 時間以内に到達した構成員 | 332（21.3%） |", md, StringComparison.Ordinal);
        Assert.Contains("| 1 | 甲省 | 所管省庁 | 3 | 1,226 社 | 8 社・団体 |", md, StringComparison.Ordinal);
        Assert.Contains("経路が1本のみのCEPTOAR（3 件）：", md, StringComparison.Ordinal);
        Assert.Contains("[10.1145/956750.956769](https://doi.org/10.1145/956750.956769)", md, StringComparison.Ordinal);
        Assert.Contains("2025年6月2日", md, StringComparison.Ordinal);
        Assert.Contains("| 乱数シード | 42 |", md, StringComparison.Ordinal);
        Assert.DoesNotContain("![", md, StringComparison.Ordinal); // no charts given, no figures
    }

    [Fact]
    public void The_assumption_label_stands_before_every_dependency_derived_table_and_chart()
    {
        foreach ((ReportModel model, string label) in new[] { (Ja, "**【仮定】**"), (En, "**\\[ASSUMPTION\\]**") })
        {
            string[] lines = MarkdownReportWriter.Write(model, FakeCharts(model)).Split('\n');
            int section4 = Array.FindIndex(lines, l => l.StartsWith("## 4.", StringComparison.Ordinal));
            int section5 = Array.FindIndex(lines, l => l.StartsWith("## 5.", StringComparison.Ordinal));
            var derived = Enumerable.Range(section4, section5 - section4)
                .Where(i => lines[i].StartsWith("| ---", StringComparison.Ordinal) || lines[i].StartsWith("![", StringComparison.Ordinal))
                .ToList();
            Assert.Equal(4, derived.Count); // heatmap, probability table, cascade chart, path table
            foreach (int i in derived)
            {
                int sub = Enumerable.Range(section4, i - section4 + 1).Last(j => lines[j].StartsWith("##", StringComparison.Ordinal));
                Assert.True(Enumerable.Range(sub, i - sub).Any(j => lines[j].StartsWith("> " + label, StringComparison.Ordinal)),
                    $"no {label} between '{lines[sub]}' and line {i}: {lines[i]}");
            }

            Assert.Contains(lines, l => l.StartsWith("![", StringComparison.Ordinal) && l.Contains("charts/dependency.png", StringComparison.Ordinal) && l.Contains(model == Ja ? "（仮定）" : "(assumption)", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.StartsWith("![", StringComparison.Ordinal) && l.Contains("charts/cascade.png", StringComparison.Ordinal) && l.Contains(model == Ja ? "（仮定）" : "(assumption)", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Without_assumed_dependencies_there_is_no_assumption_label_in_section_4()
    {
        ReportModel surveyed = ReportBuilder.Build(ReportTestData.Small(dependenciesAssumed: false), new ReportOptions { Runs = 100 });
        string md = MarkdownReportWriter.Write(surveyed, FakeCharts(surveyed));
        string s4 = md[md.IndexOf("## 4.", StringComparison.Ordinal)..md.IndexOf("## 5.", StringComparison.Ordinal)];
        Assert.DoesNotContain("【仮定】", s4, StringComparison.Ordinal);
        Assert.Equal(1, md.Split("【仮定】").Length - 1); // only the assumed channel delays of section 2 remain
    }

    [Fact]
    public void Generic_graph_gets_a_note_instead_of_section_4()
    {
        ReportModel m = ReportBuilder.Build(ReportTestData.Generic(500, 1), new ReportOptions { Runs = 20 });
        string md = MarkdownReportWriter.Write(m, FakeCharts(m));
        string s4 = md[md.IndexOf("## 4.", StringComparison.Ordinal)..md.IndexOf("## 5.", StringComparison.Ordinal)];
        Assert.Contains("分析は省略した", s4, StringComparison.Ordinal);
        Assert.DoesNotContain("| ---", s4, StringComparison.Ordinal);
        Assert.Contains("CEPTOAR・ISAC", md, StringComparison.Ordinal);
        Assert.Contains("出典の記録がない", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_cells_escape_pipes_and_the_output_ends_in_one_newline()
    {
        var ds = ReportTestData.Small();
        var odd = new Depgraph.Core.Model.GraphDataset(ds.Name,
            [.. ds.Nodes.Select(n => n.Id == "ceptoar.bank" ? new Depgraph.Core.Model.Node(n.Id, n.Kind, "銀行|等*CEPTOAR", n.NameEn, n.Provenance) : n)], ds.Edges, ds.Sources, true);
        string md = MarkdownReportWriter.Write(ReportBuilder.Build(odd, new ReportOptions { Runs = 10 }), []);
        Assert.Contains("銀行\\|等\\*CEPTOAR", md, StringComparison.Ordinal);
        Assert.EndsWith("\n", md, StringComparison.Ordinal);
        Assert.False(md.EndsWith("\n\n", StringComparison.Ordinal));
        Assert.DoesNotContain('\r', md);
    }
}
