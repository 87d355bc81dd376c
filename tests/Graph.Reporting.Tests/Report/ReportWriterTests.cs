using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;
using Depgraph.Reporting.Tests.Charts;

namespace Depgraph.Reporting.Tests.Report;

[Collection(ChartCollection.Name)]
public sealed class ReportWriterTests
{
    private static readonly ReportModel Model = ReportBuilder.Build(ReportTestData.Small(), new ReportOptions { Runs = 300 });

    private static string NewDir() => Path.Combine(ChartTestKit.TempDir(), "report");

    [Fact]
    public void Writes_markdown_html_and_every_chart_at_its_size()
    {
        ChartTestKit.RequireJapaneseFont();
        string dir = NewDir();
        ReportWriteResult r = ReportWriter.Write(Model, dir);
        var expected = new List<string> { "report.html", "report.md" };
        // the small dataset has no ranged assumptions, so no tornado and no Sobol chart (PropagationUncertaintyTests draws them)
        expected.AddRange(ReportCharts.Names.Where(n => n is not ("tornado" or "sobol")).SelectMany(n => new[] { $"charts/{n}.png", $"charts/{n}.svg" }));
        expected.Sort(StringComparer.Ordinal);
        Assert.Equal(expected, r.Files);
        Assert.Equal(Path.GetFullPath(dir), r.Folder);
        Assert.Null(r.Warning);
        Assert.Equal(Language.Japanese, r.Language);
        var sizes = new Dictionary<string, ChartSize>
        {
            ["coverage"] = ChartSize.PaperTall, ["reach-time"] = ChartSize.Paper, ["redundancy"] = ChartSize.PaperTall,
            ["node-impact"] = ChartSize.PaperTall, // the small dataset has outside recipients: two bars per organisation, the taller page
            ["network"] = ChartSize.Slide, ["dependency"] = ChartSize.Square, ["cascade"] = ChartSize.Paper,
        };
        foreach ((string name, ChartSize size) in sizes)
        {
            Assert.Equal((size.PixelWidth, size.PixelHeight), ChartTestKit.PngSize(File.ReadAllBytes(Path.Combine(dir, "charts", name + ".png"))));
            ChartTestKit.ParseSvg(File.ReadAllText(Path.Combine(dir, "charts", name + ".svg")));
        }

        Assert.Contains("CEPTOAR別の構成員数", ChartTestKit.AllSvgText(File.ReadAllText(Path.Combine(dir, "charts", "coverage.svg"))), StringComparison.Ordinal);
        Assert.Contains("（仮定）", ChartTestKit.AllSvgText(File.ReadAllText(Path.Combine(dir, "charts", "dependency.svg"))), StringComparison.Ordinal);
        Assert.Contains("（仮定）", ChartTestKit.AllSvgText(File.ReadAllText(Path.Combine(dir, "charts", "cascade.svg"))), StringComparison.Ordinal);
        string md = File.ReadAllText(Path.Combine(dir, "report.md"));
        Assert.Contains("![図1 CEPTOAR別の構成員数（分野別）](charts/coverage.png)", md, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.GetFileSystemEntries(Path.GetDirectoryName(Path.GetFullPath(dir))!), e => Path.GetFileName(e).StartsWith('.'));

        string html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains(Convert.ToBase64String(File.ReadAllBytes(Path.Combine(dir, "charts", "network.png"))), html, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_model_gives_byte_identical_files_without_paths_or_dates()
    {
        string a = NewDir(), b = NewDir();
        ReportWriteResult ra = ReportWriter.Write(Model, a);
        ReportWriter.Write(ReportBuilder.Build(ReportTestData.Small(), new ReportOptions { Runs = 300, MaxDegreeOfParallelism = 1 }), b);
        foreach (string f in ra.Files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(a, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(b, f))), f + " differs");
        }

        foreach (string f in ra.Files.Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
        {
            string text = File.ReadAllText(Path.Combine(a, f));
            Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), text, StringComparison.Ordinal);
            Assert.DoesNotContain(DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
            Assert.DoesNotMatch("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-", text);
        }
    }

    [Fact]
    public void Without_a_Japanese_font_the_charts_fall_back_to_English_and_say_so()
    {
        string dir = NewDir();
        ReportWriteResult r = ReportWriter.Write(Model, dir, new ChartOptions { SimulateMissingJapaneseFont = true });
        Assert.Equal(ChartFonts.Warning, r.Warning);
        Assert.Equal(Language.English, r.Language);
        string coverage = ChartTestKit.AllSvgText(File.ReadAllText(Path.Combine(dir, "charts", "coverage.svg")));
        Assert.Contains("Members per CEPTOAR", coverage, StringComparison.Ordinal);
        Assert.DoesNotContain("構成員数", coverage, StringComparison.Ordinal);
        string md = File.ReadAllText(Path.Combine(dir, "report.md"));
        Assert.Contains("## 1. 概要", md, StringComparison.Ordinal); // the text stays Japanese
        Assert.Contains("| 図のラベル | 英語（日本語フォントが見つからなかったため） |", md, StringComparison.Ordinal);
        Assert.Contains(r.Files, f => f == "charts/cascade.png");
    }

    [Fact]
    public void A_previous_report_is_replaced_but_a_folder_with_other_files_is_not_touched()
    {
        string dir = NewDir();
        ReportWriter.Write(Model, dir);
        Assert.True(File.Exists(Path.Combine(dir, ".depgraph-manifest")));
        ReportWriter.Write(Model, dir); // its own earlier report: replaced

        // a user's own report.md (no manifest): never replaced, whatever its name
        string users = NewDir();
        Directory.CreateDirectory(Path.Combine(users, "charts"));
        File.WriteAllText(Path.Combine(users, "report.md"), "old");
        File.WriteAllText(Path.Combine(users, "charts", "stale.png"), "old");
        Assert.Throws<ArgumentException>(() => ReportWriter.Write(Model, users));
        Assert.Equal("old", File.ReadAllText(Path.Combine(users, "report.md")));
        Assert.True(File.Exists(Path.Combine(users, "charts", "stale.png")));

        // a chart added to an earlier report: refused, nothing touched
        File.WriteAllText(Path.Combine(dir, "charts", "stale.png"), "old");
        Assert.Throws<ArgumentException>(() => ReportWriter.Write(Model, dir));
        Assert.Equal("old", File.ReadAllText(Path.Combine(dir, "charts", "stale.png")));

        string other = NewDir();
        Directory.CreateDirectory(other);
        File.WriteAllText(Path.Combine(other, "thesis.docx"), "keep");
        var ex = Assert.Throws<ArgumentException>(() => ReportWriter.Write(Model, other));
        Assert.Contains("thesis.docx", ex.Message, StringComparison.Ordinal);
        Assert.Equal(["thesis.docx"], Directory.GetFileSystemEntries(other).Select(Path.GetFileName));

        string file = Path.Combine(ChartTestKit.TempDir(), "a-file");
        File.WriteAllText(file, "x");
        Assert.Throws<ArgumentException>(() => ReportWriter.Write(Model, file));
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Fact]
    public void Generic_graph_report_has_the_hub_charts_and_no_sector_charts()
    {
        ReportModel m = ReportBuilder.Build(ReportTestData.Generic(2000, 5), new ReportOptions { Runs = 50 });
        string dir = NewDir();
        ReportWriteResult r = ReportWriter.Write(m, dir);
        Assert.Equal(["coverage", "network", "node-impact", "reach-time", "redundancy"],
            r.Files.Where(f => f.EndsWith(".png", StringComparison.Ordinal)).Select(f => Path.GetFileNameWithoutExtension(f)));
        string network = ChartTestKit.AllSvgText(File.ReadAllText(Path.Combine(dir, "charts", "network.svg")));
        Assert.Contains("その他", network, StringComparison.Ordinal); // the member layer is aggregated
        Assert.True(ChartTestKit.TextElements(File.ReadAllText(Path.Combine(dir, "charts", "network.svg"))).Count < 200);
    }
}
