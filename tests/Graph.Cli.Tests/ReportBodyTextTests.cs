namespace Depgraph.Cli.Tests;

/// <summary>
/// Issue 11 item 10: the Japanese report's body is Japanese; layer ids such as <c>shares_with:provide</c> and
/// <c>depends_on</c> appear only in the appendices, where a reader reproducing the run needs them.
/// </summary>
[Collection("Report (ScottPlot global font state)")]
public class ReportBodyTextTests
{
    [Fact]
    public void Layer_ids_stay_out_of_the_japanese_body_and_in_appendix_b()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "r");
        var r = CliRunner.Run("report", "--out", dir, "--runs", "500");
        Assert.True(r.ExitCode == 0, r.Err);
        var md = File.ReadAllText(Path.Combine(dir, "report.md"));
        int appendix = md.IndexOf("## 付録A", StringComparison.Ordinal);
        Assert.True(appendix > 0);
        var body = md[..appendix];
        foreach (var id in new[] { "shares_with", "depends_on", "supplies", "member_of" })
            Assert.DoesNotContain(id, body, StringComparison.Ordinal);
        Assert.Contains("shares_with:provide", md[appendix..], StringComparison.Ordinal);
        Assert.Contains("情報提供の流れ（NISC→所管省庁→CEPTOAR→構成員の情報提供リンク）", body, StringComparison.Ordinal);
        // 3.1 ranks by members; organisations below the top 15 that cut off outside recipients are named, not hidden
        Assert.Contains("水道CEPTOAR構成員(連絡拠点)（条件付きで 1,189 事業体）", body, StringComparison.Ordinal);
        // 4.1 says what each cell of the dependency matrix rests on
        Assert.Contains("相互依存性調査の回答に基づく組は 0、仮定の組は 55", body, StringComparison.Ordinal);
    }
}
