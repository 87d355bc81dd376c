using System.Buffers.Binary;
using System.Xml;
using System.Xml.Linq;

namespace Depgraph.Cli.Tests;

/// <summary>The curated report, written once and shared by the tests that only read it.</summary>
public sealed class CuratedReportFixture
{
    public CuratedReportFixture()
    {
        Dir = Path.Combine(CliRunner.TempDir(), "report");
        Result = CliRunner.Run("report", "--out", Dir);
    }

    public string Dir { get; }

    public CliRunner.Result Result { get; }

    public string Read(string file) => File.ReadAllText(Path.Combine(Dir, file));
}

[Collection("Report (ScottPlot global font state)")]
public class ReportCommandTests(CuratedReportFixture curated) : IClassFixture<CuratedReportFixture>
{
    private static readonly string[] Charts = ["coverage", "reach-time", "node-impact", "redundancy", "network", "dependency", "cascade", "tornado"];

    private static (int Width, int Height) PngSize(byte[] png) =>
        ((int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(16, 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(20, 4)));

    [Fact]
    public void Default_report_writes_markdown_html_and_eight_charts_and_lists_them()
    {
        Assert.True(curated.Result.ExitCode == 0, curated.Result.Err);
        var listed = curated.Result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2 + (2 * Charts.Length), listed.Length);
        Assert.All(listed, p => Assert.True(File.Exists(p), p));
        Assert.Contains(Path.Combine(curated.Dir, "report.html"), listed);
        var expected = new Dictionary<string, (int, int)>
        {
            ["coverage"] = (1800, 1500), ["reach-time"] = (1800, 1050), ["node-impact"] = (1800, 1500), ["redundancy"] = (1800, 1500),
            ["network"] = (3000, 1688), ["dependency"] = (1950, 1950), ["cascade"] = (1800, 1050), ["tornado"] = (1800, 1050),
        };
        foreach (string c in Charts)
        {
            Assert.Equal(expected[c], PngSize(File.ReadAllBytes(Path.Combine(curated.Dir, "charts", c + ".png"))));
            XDocument.Parse(curated.Read($"charts/{c}.svg"));
        }

        // standard error is not a terminal: no progress
        Assert.DoesNotContain("depgraph report:", curated.Result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_on_a_terminal_is_one_line_per_step_in_English_with_en()
    {
        string dir = Path.Combine(CliRunner.TempDir(), "report");
        var r = CliRunner.RunOnTerminal("report", "--out", dir, "--runs", "20", "--lang", "en");
        Assert.True(r.ExitCode == 0, r.Err);
        foreach (string step in new[] { "load input", "overview", "reach from nisc on shares_with:provide", "single points of failure", "propagation on depends_on,supplies", "chart network", "write report.md", $"done: {r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} files" })
        {
            Assert.Contains("depgraph report: " + step, r.Err, StringComparison.Ordinal);
        }

        Assert.EndsWith("\n", r.Err, StringComparison.Ordinal);
        Assert.All(r.Err.TrimEnd('\n').Split('\n'), l => Assert.StartsWith("depgraph report: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Progress_on_a_terminal_is_in_Japanese_with_ja()
    {
        string dir = Path.Combine(CliRunner.TempDir(), "report");
        var r = CliRunner.RunOnTerminal("report", "--out", dir, "--runs", "20", "--lang", "ja");
        Assert.True(r.ExitCode == 0, r.Err);
        foreach (string step in new[] { "入力の読み込み", "概要", "nisc からの到達（shares_with:provide）", "単一障害点", "障害の波及（depends_on,supplies）", "図 network", "書き出し：report.md", $"完了：{r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} ファイル" })
        {
            Assert.Contains("depgraph report: " + step, r.Err, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("load input", r.Err, StringComparison.Ordinal);
        Assert.EndsWith("\n", r.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_shows_the_curated_numbers_in_Japanese()
    {
        string md = curated.Read("report.md");
        foreach (string heading in new[] { "# 重要インフラ情報共有体制の分析報告", "## 1. 概要", "## 2. 情報の到達範囲と速さ", "## 3. 単一障害点", "## 4. 障害の波及（仮定に基づく）", "## 5. 分析手法と出典", "## 6. 用語と手法", "## 付録A. 出典の区分と仮定の一覧", "## 付録B. 実行条件" })
        {
            Assert.Contains("\n" + heading + "\n", "\n" + md, StringComparison.Ordinal);
        }

        Assert.Contains($"| 重要インフラ分野 | {ShippedDataset.Sectors} |", md, StringComparison.Ordinal);
        Assert.Contains($"| CEPTOAR | {ShippedDataset.Ceptoars} |", md, StringComparison.Ordinal);
        Assert.Contains($"| 構成員の延べ組織数（上の単位の数の和） | {ShippedDataset.N(ShippedDataset.MemberTotal)} |", md, StringComparison.Ordinal); // named members inside aggregates are not counted twice
        Assert.Contains($"| 政府・行政サービス | 自治体CEPTOAR | {ShippedDataset.Prefectures} 都道府県、{ShippedDataset.N(ShippedDataset.Municipalities)} 市区町村 | — |", md, StringComparison.Ordinal);
        Assert.Contains($"| 到達した構成員 | {ShippedDataset.N(ShippedDataset.MemberTotal)} / {ShippedDataset.N(ShippedDataset.MemberTotal)}（100.0%） |", md, StringComparison.Ordinal);
        Assert.Contains("| 電力 | （起点） |", md, StringComparison.Ordinal);
        Assert.Contains("電力 → 金融", md, StringComparison.Ordinal);
        Assert.Contains("重要インフラにおけるセプターの活動状況について", md, StringComparison.Ordinal);
        Assert.Contains("2025年6月2日", md, StringComparison.Ordinal);
        foreach (string doi in new[] { "10.1007/BF01386390", "10.1145/362248.362272", "10.1145/357062.357071", "10.1287/mnsc.17.11.712", "10.1073/pnas.082090499", "10.1145/956750.956769", "10.1145/321694.321699" })
        {
            Assert.Contains(doi, md, StringComparison.Ordinal);
        }

        Assert.Contains("| 入力 | ceptoar-fy2024 |", md, StringComparison.Ordinal);
        Assert.Contains("| 再実行のコマンド | depgraph report --from nisc --seed 42 --runs 10000 --lang ja |", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_dependency_derived_block_is_labelled_as_an_assumption()
    {
        string md = curated.Read("report.md");
        string s4 = md[md.IndexOf("\n## 4.", StringComparison.Ordinal)..md.IndexOf("\n## 5.", StringComparison.Ordinal)];
        foreach (string sub in s4.Split("\n### ").Skip(1))
        {
            if (sub.StartsWith("4.5 仮定に依存しない結果", StringComparison.Ordinal))
            {
                // the one block of section 4 that states what holds whatever the assumptions are
                Assert.DoesNotContain("> **【仮定】**", sub, StringComparison.Ordinal);
                continue;
            }

            Assert.Contains("> **【仮定】**", sub, StringComparison.Ordinal);
            int label = sub.IndexOf("> **【仮定】**", StringComparison.Ordinal);
            int firstBlock = new[] { sub.IndexOf("| ---", StringComparison.Ordinal), sub.IndexOf("![", StringComparison.Ordinal) }.Where(i => i >= 0).DefaultIfEmpty(int.MaxValue).Min();
            Assert.True(label < firstBlock, "the label must come before the first table or chart of: " + sub[..40]);
        }

        Assert.Contains("（仮定）](charts/dependency.png)", md, StringComparison.Ordinal);
        Assert.Contains("（仮定）](charts/cascade.png)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_is_self_contained_and_well_formed()
    {
        string html = curated.Read("report.html");
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        XDocument doc = XDocument.Load(reader);
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var images = doc.Descendants(x + "img").ToList();
        Assert.Equal(Charts.Length, images.Count);
        foreach (XElement img in images)
        {
            string src = img.Attribute("src")!.Value;
            Assert.StartsWith("data:image/png;base64,", src, StringComparison.Ordinal);
            byte[] png = Convert.FromBase64String(src["data:image/png;base64,".Length..]);
            Assert.Contains(Charts, c => File.ReadAllBytes(Path.Combine(curated.Dir, "charts", c + ".png")).AsSpan().SequenceEqual(png));
        }

        Assert.DoesNotContain("src=\"charts/", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Same_seed_gives_byte_identical_reports_without_paths_or_dates()
    {
        string other = Path.Combine(CliRunner.TempDir(), "again");
        var r = CliRunner.Run("report", "--out", other, "--seed", "42", "--runs", "10000", "--from", "nisc"); // the defaults, given explicitly
        Assert.Equal(0, r.ExitCode);
        var files = Directory.GetFiles(curated.Dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(curated.Dir, f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, Directory.GetFiles(other, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(other, f)).Order(StringComparer.Ordinal));
        Assert.Equal(19, files.Count); // report.md, report.html, 16 charts (8 as PNG and SVG), .depgraph-manifest
        foreach (string f in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(curated.Dir, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(other, f))), f + " differs between two runs");
        }

        foreach (string f in files.Where(f => !f.EndsWith(".png", StringComparison.Ordinal)))
        {
            // Inline base64 images can hold any short string ("/tmp" in the IPAexGothic charts): leave them out.
            string text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(Path.Combine(curated.Dir, f)), "base64,[A-Za-z0-9+/=]+", "base64,");
            Assert.DoesNotContain(CliRunner.RepoRoot, text, StringComparison.Ordinal);
            Assert.DoesNotContain(Path.GetTempPath().TrimEnd('/'), text, StringComparison.Ordinal);
            Assert.DoesNotContain(DateTime.Now.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
        }

        var seed7 = Path.Combine(CliRunner.TempDir(), "seed7");
        Assert.Equal(0, CliRunner.Run("report", "--out", seed7, "--seed", "7", "--runs", "200").ExitCode);
        Assert.NotEqual(curated.Read("report.md"), File.ReadAllText(Path.Combine(seed7, "report.md")));
        Assert.Contains("| 乱数シード | 7 |", File.ReadAllText(Path.Combine(seed7, "report.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void English_report_has_english_headings_and_charts()
    {
        string dir = Path.Combine(CliRunner.TempDir(), "en");
        var r = CliRunner.Run("report", "--out", dir, "--lang", "en", "--runs", "200");
        Assert.True(r.ExitCode == 0, r.Err);
        string md = File.ReadAllText(Path.Combine(dir, "report.md"));
        foreach (string heading in new[] { "# Critical-infrastructure information sharing: analysis report", "## 1. Overview", "## 2. Reach: coverage and speed", "## 3. Single points of failure", "## 4. Propagation (resting on assumptions)", "## 5. Methods and sources", "## Appendix A. Provenance: evidence and assumptions", "## Appendix B. Run parameters" })
        {
            Assert.Contains("\n" + heading + "\n", "\n" + md, StringComparison.Ordinal);
        }

        Assert.Contains("> **\\[ASSUMPTION\\]**", md, StringComparison.Ordinal);
        Assert.Contains("Members per CEPTOAR", File.ReadAllText(Path.Combine(dir, "charts", "coverage.svg")), StringComparison.Ordinal);
        Assert.Contains("lang=\"en\"", File.ReadAllText(Path.Combine(dir, "report.html")), StringComparison.Ordinal);

        // Singular and plural agree with the number (the shipped dataset has 1 strong articulation point, 1 body (機関) …).
        Assert.Contains("1 strong articulation point and", md, StringComparison.Ordinal);
        Assert.Contains("1 body (機関)", md, StringComparison.Ordinal);
        Assert.Empty(System.Text.RegularExpressions.Regex.Matches(md,
            @"(?<![\d,.])1 (organisations|links|strong articulation points|strong bridges|strongly connected components|nodes|edges|facts|pairs|distinct reasons|companies|bodies|associations|utilities|prefectures|municipalities)\b"));
    }

    [Fact]
    public void Unknown_source_is_a_usage_error_and_writes_nothing()
    {
        string dir = Path.Combine(CliRunner.TempDir(), "bad-from");
        var r = CliRunner.Run("report", "--out", dir, "--from", "no.such.node");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no.such.node", r.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(dir)!));
    }

    [Theory]
    [InlineData("--runs", "0")]
    [InlineData("--lang", "fr")]
    public void Bad_option_values_are_usage_errors(string option, string value)
    {
        string dir = Path.Combine(CliRunner.TempDir(), "bad-option");
        Assert.Equal(2, CliRunner.Run("report", "--out", dir, option, value).ExitCode);
        Assert.False(Directory.Exists(dir));
    }

    [Fact]
    public void Bad_input_exits_1_and_writes_nothing()
    {
        string input = CliRunner.WriteCsv("id,kind,label\nhub,government,Hub\na,ceptoar,A\n", "source,target,type,weight,probability\nhub,a,shares_with,-1,2\n");
        string dir = Path.Combine(CliRunner.TempDir(), "bad-input");
        var r = CliRunner.Run("report", "--out", dir, "--nodes", Path.Combine(input, "nodes.csv"), "--edges", Path.Combine(input, "edges.csv"));
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("edges.csv", r.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(dir)!));
    }

    [Fact]
    public void A_folder_with_other_files_is_refused_and_left_alone()
    {
        string dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "keep me");
        var r = CliRunner.Run("report", "--out", dir, "--runs", "10");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("notes.txt", r.Err, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(dir).Select(Path.GetFileName));
    }

    [Fact]
    public void Generic_graph_report_uses_member_hubs_and_notes_the_missing_sector_sections()
    {
        string input = CliRunner.TempDir();
        Assert.Equal(0, CliRunner.Run("generate", "--nodes", "2000", "--edges", "8000", "--seed", "1", "--out", input).ExitCode);
        string dir = Path.Combine(CliRunner.TempDir(), "generic");
        var r = CliRunner.Run("report", "--out", dir, "--nodes", Path.Combine(input, "nodes.csv"), "--edges", Path.Combine(input, "edges.csv"), "--runs", "100");
        Assert.True(r.ExitCode == 0, r.Err);
        string md = File.ReadAllText(Path.Combine(dir, "report.md"));
        Assert.Contains("| CEPTOAR・ISAC（構成員を持つハブ） | 25 |", md, StringComparison.Ordinal);
        Assert.Contains("分析は省略した", md, StringComparison.Ordinal);
        Assert.Contains("| 入力 | nodes.csv + edges.csv", md, StringComparison.Ordinal);
        Assert.Contains("| 情報提供レイヤー（第2・3節） | all |", md, StringComparison.Ordinal);
        Assert.DoesNotContain(input, md, StringComparison.Ordinal);
        Assert.Equal(["coverage", "network", "node-impact", "reach-time", "redundancy"],
            Directory.GetFiles(Path.Combine(dir, "charts"), "*.png").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Help_lists_the_report_command_and_its_options()
    {
        var r = CliRunner.Run("report", "--help");
        Assert.Equal(0, r.ExitCode);
        foreach (string o in new[] { "--data", "--nodes", "--edges", "--graphml", "--out", "--lang", "--from", "--seed", "--runs" })
        {
            Assert.Contains(o, r.Out, StringComparison.Ordinal);
        }

        Assert.Contains("report", CliRunner.Run("--help").Out, StringComparison.Ordinal);
    }
}

[CollectionDefinition("Report (ScottPlot global font state)")]
public sealed class ReportCollection
{
}
