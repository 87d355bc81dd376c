using System.Xml;
using System.Xml.Linq;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

public sealed class HtmlReportWriterTests
{
    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    private static readonly XNamespace X = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Html_is_well_formed_xml_with_every_image_embedded()
    {
        foreach (ReportModel model in new[] { MarkdownReportWriterTests.Ja, MarkdownReportWriterTests.En })
        {
            string html = HtmlReportWriter.Write(model, MarkdownReportWriterTests.FakeCharts(model));
            Assert.StartsWith("<!DOCTYPE html>\n", html, StringComparison.Ordinal);
            XDocument doc = Parse(html);
            Assert.Equal(model == MarkdownReportWriterTests.Ja ? "ja" : "en", doc.Root!.Attribute("lang")!.Value);
            var images = doc.Descendants(X + "img").ToList();
            Assert.Equal(7, images.Count);
            Assert.All(images, img => Assert.StartsWith("data:image/png;base64,", img.Attribute("src")!.Value, StringComparison.Ordinal));
            Assert.All(images, img => Assert.False(string.IsNullOrWhiteSpace(img.Attribute("alt")?.Value)));
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/1999/xhtml", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
            Assert.Equal(9, doc.Descendants(X + "h2").Count() + doc.Descendants(X + "h1").Count());
            Assert.Contains("@page", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Headings_and_the_assumption_label_match_the_markdown()
    {
        ReportModel m = MarkdownReportWriterTests.Ja;
        XDocument doc = Parse(HtmlReportWriter.Write(m, MarkdownReportWriterTests.FakeCharts(m)));
        Assert.Equal(
            ["重要インフラ情報共有体制の分析報告", "1. 概要", "2. 情報の到達範囲と速さ", "3. 単一障害点", "4. 障害の波及（仮定に基づく）", "5. 分析手法と出典", "6. 用語と手法", "付録A. 出典の区分と仮定の一覧", "付録B. 実行条件"],
            doc.Descendants().Where(e => e.Name == X + "h1" || e.Name == X + "h2").Select(e => e.Value));

        // Every figure and table inside section 4 is preceded, within its sub-section, by the assumption label.
        var body = doc.Root!.Element(X + "body")!.Elements().ToList();
        int start = body.FindIndex(e => e.Name == X + "h2" && e.Value.StartsWith("4.", StringComparison.Ordinal));
        int end = body.FindIndex(e => e.Name == X + "h2" && e.Value.StartsWith("5.", StringComparison.Ordinal));
        int checkedBlocks = 0;
        for (int i = start; i < end; i++)
        {
            if (body[i].Name != X + "table" && body[i].Name != X + "figure")
            {
                continue;
            }

            int sub = Enumerable.Range(start, i - start).Last(j => body[j].Name == X + "h3" || body[j].Name == X + "h2");
            Assert.Contains(body.Skip(sub).Take(i - sub), e => e.Name == X + "p" && (string?)e.Attribute("class") == "assumption" && e.Value.StartsWith("【仮定】", StringComparison.Ordinal));
            checkedBlocks++;
        }

        Assert.Equal(4, checkedBlocks);
        Assert.Equal(2, doc.Descendants(X + "figcaption").Count(f => f.Value.EndsWith("（仮定）", StringComparison.Ordinal)));
    }

    [Fact]
    public void Text_is_escaped_and_the_full_assumption_list_is_collapsible()
    {
        var ds = ReportTestData.Small();
        var odd = new Depgraph.Core.Model.GraphDataset(ds.Name,
            [.. ds.Nodes.Select(n => n.Id == "ceptoar.bank" ? new Depgraph.Core.Model.Node(n.Id, n.Kind, "銀行<b>&\"等'", n.NameEn, n.Provenance) : n)], ds.Edges, ds.Sources, true);
        string html = HtmlReportWriter.Write(ReportBuilder.Build(odd, new Depgraph.Reporting.Report.ReportOptions { Runs = 10 }), []);
        XDocument doc = Parse(html);
        Assert.Contains(doc.Descendants(X + "td"), td => td.Value == "銀行<b>&\"等'");
        XElement details = Assert.Single(doc.Descendants(X + "details"));
        Assert.Equal(ds.Nodes.Count(n => n.Provenance.IsAssumption) + ds.Edges.Count(e => e.Provenance.IsAssumption), details.Descendants(X + "tbody").Single().Elements(X + "tr").Count());
        Assert.DoesNotContain('\r', html);
    }
}
