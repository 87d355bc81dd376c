namespace Depgraph.Cli.Tests;

/// <summary>
/// Issue 12 item 3: <c>report --scenario A.yaml --scenario B.yaml</c> is the base report plus one comparison section per
/// scenario (the base's sections and charts unchanged); a bad scenario is refused with its file and line, nothing written.
/// </summary>
[Collection("Report (ScottPlot global font state)")]
public class ReportScenarioTests
{
    [Fact]
    public void Both_readme_what_ifs_get_a_section_and_the_base_stays_as_it_was()
    {
        string baseDir = Path.Combine(CliRunner.TempDir(), "base"), dir = Path.Combine(CliRunner.TempDir(), "what-if");
        var b = CliRunner.Run("report", "--out", baseDir, "--runs", "500");
        var r = CliRunner.Run("report", "--out", dir, "--runs", "500", "--scenario", ScenarioFiles.Meti, "--scenario", ScenarioFiles.Water);
        Assert.True(b.ExitCode == 0, b.Err);
        Assert.True(r.ExitCode == 0, r.Err);
        string md = File.ReadAllText(Path.Combine(dir, "report.md")), baseMd = File.ReadAllText(Path.Combine(baseDir, "report.md"));

        int s7 = md.IndexOf("## 7. シナリオとの比較：経済産業省が機能しない", StringComparison.Ordinal);
        int s8 = md.IndexOf("## 8. シナリオとの比較：水道に第二経路", StringComparison.Ordinal);
        int appendix = md.IndexOf("## 付録A", StringComparison.Ordinal);
        Assert.True(s7 > 0 && s8 > s7 && appendix > s8);
        // everything before the comparison sections is the base report
        Assert.Equal(baseMd[..baseMd.IndexOf("## 付録A", StringComparison.Ordinal)], md[..s7]);
        string meti = md[s7..s8], water = md[s8..appendix];
        Assert.Contains("| 3 | 経済産業省が機能しない（この組織とそのリンク 23 本を除く） |", meti, StringComparison.Ordinal);
        Assert.Contains("シナリオで届かなくなる組織（6 件）：クレジットCEPTOAR、石油CEPTOAR、", meti, StringComparison.Ordinal);
        Assert.Contains("| 水道CEPTOAR | 1 | 2 |", water, StringComparison.Ordinal);
        Assert.Contains("| 4 | 国土交通省から水道CEPTOARへの情報提供のリンクを加える（遅延 2 時間、到達確率 0.9） |", water, StringComparison.Ordinal);
        Assert.Contains("金融に依存する関係（1 本）について、伝わる確率を 0.5 倍にする", water, StringComparison.Ordinal);
        foreach (string english in new[] { "remove_node", "add_edge", "set_edge", "ministry.", "ceptoar.", "sector.", " edge(s)" })
        {
            Assert.DoesNotContain(english, meti + water, StringComparison.Ordinal);
        }

        Assert.Contains("--scenario", md[appendix..], StringComparison.Ordinal);
        foreach (string chart in new[] { "coverage", "network", "cascade" })
            Assert.Equal(File.ReadAllBytes(Path.Combine(baseDir, "charts", chart + ".png")), File.ReadAllBytes(Path.Combine(dir, "charts", chart + ".png")));
        Assert.True(File.Exists(Path.Combine(dir, "charts", "scenario-1.png")));
        Assert.True(File.Exists(Path.Combine(dir, "charts", "scenario-2.svg")));
    }

    [Fact]
    public void A_scenario_removing_the_source_is_refused_with_its_line_and_nothing_is_written()
    {
        string bad = ScenarioFiles.Write("name: 起点なし\nremove_nodes: [nisc]\n", "no-source.yaml");
        string dir = Path.Combine(CliRunner.TempDir(), "never");
        var r = CliRunner.Run("report", "--out", dir, "--runs", "20", "--scenario", bad);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("no-source.yaml:2", r.Err, StringComparison.Ordinal);
        Assert.False(Directory.Exists(dir));
    }
}
