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
        // no lower-case ASCII words (ids, English wording) in the Japanese body up to the methods' citations in section 5;
        // file names the body cites as sources are allowed
        var allowed = new HashSet<string>(StringComparer.Ordinal) { "ceptoar", "depgraph", "dependencies", "csv", "defaults", "yaml", "png", "svg", "charts" };
        var section5 = body.IndexOf("## 5.", StringComparison.Ordinal);
        var prose = string.Join('\n', body[..section5].Split('\n').Where(l => !l.StartsWith("![", StringComparison.Ordinal) && !l.StartsWith("*図", StringComparison.Ordinal)));
        var english = System.Text.RegularExpressions.Regex.Matches(prose, "(?<![A-Za-z])[a-z]{3,}").Select(m => m.Value).Where(w => !allowed.Contains(w)).Distinct().ToList();
        Assert.True(english.Count == 0, "English in the Japanese body: " + string.Join(", ", english));
        // section 3.4: a space between a number and its unit, as everywhere else
        Assert.DoesNotMatch("[^ （」0-9,][0-9,]+ 件", prose);
        // section 4.2: the mean number of failed nodes says what it counts, and the sectors alone are shown too
        Assert.Contains("この数は起点の電力自身（1）、他の分野（平均 ", body, StringComparison.Ordinal);
        Assert.Contains("分野以外の共通資源などのノード（平均 ", body, StringComparison.Ordinal);
        // 4.1 says what each cell of the dependency matrix rests on
        Assert.Contains("相互依存性調査の回答に基づく組は 0、仮定の組は 55", body, StringComparison.Ordinal);
    }
}
