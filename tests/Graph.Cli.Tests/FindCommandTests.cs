namespace Depgraph.Cli.Tests;

public class FindCommandTests
{
    [Fact]
    public void Find_is_case_and_width_insensitive_and_reports_kind_names_and_sector()
    {
        var wide = CliRunner.Run("find", "ＣＥＰＴＯＡＲ", "--kind", "ceptoar", "--format", "json");
        var narrow = CliRunner.Run("find", "ceptoar", "--kind", "ceptoar", "--format", "json");
        Assert.True(wide.ExitCode == 0, wide.Err);
        Assert.Equal(narrow.Out, wide.Out);
        var matches = wide.Json.GetProperty("matches").EnumerateArray().ToList();
        Assert.Equal(21, matches.Count);
        var banks = matches.Single(m => m.GetProperty("id").GetString() == "ceptoar.banks");
        Assert.Equal(("ceptoar", "銀行等CEPTOAR", "sector.finance"), (banks.GetProperty("kind").GetString(), banks.GetProperty("nameJa").GetString(), banks.GetProperty("sector").GetString()));
    }

    [Theory]
    [InlineData("演習", "exercise")]
    [InlineData("燃料", "resource")]
    public void Exercises_and_shared_resources_are_findable(string text, string kind)
    {
        var r = CliRunner.Run("find", text, "--format", "json");
        Assert.Contains(r.Json.GetProperty("matches").EnumerateArray(), m => m.GetProperty("kind").GetString() == kind);
    }

    [Theory]
    [InlineData("ｾﾌﾟﾀｰ訓練", "セプター訓練", "exercise", "exercise.ceptoar_drill")]
    [InlineData("ＣＬＯＵＤ", "cloud", "resource", "resource.cloud")]
    [InlineData("Ｅ－ＭＡＩＬ", "e-mail", "channel", "email")]
    public void Exercises_shared_resources_and_channels_are_found_width_insensitively(string wide, string narrow, string kind, string id)
    {
        var w = CliRunner.Run("find", wide, "--kind", kind, "--format", "json");
        var n = CliRunner.Run("find", narrow, "--kind", kind, "--format", "json");
        Assert.True(w.ExitCode == 0, w.Err);
        Assert.Equal(n.Out, w.Out);
        var matches = w.Json.GetProperty("matches").EnumerateArray().ToList();
        Assert.All(matches, m => Assert.Equal(kind, m.GetProperty("kind").GetString()));
        Assert.Contains(matches, m => m.GetProperty("id").GetString() == id);
    }

    [Fact]
    public void Channels_are_listed_after_nodes_with_their_names_and_no_sector()
    {
        var r = CliRunner.Run("find", "メール", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var matches = r.Json.GetProperty("matches").EnumerateArray().ToList();
        var email = matches.Single(m => m.GetProperty("id").GetString() == "email");
        Assert.Equal(("channel", "メール", "e-mail", System.Text.Json.JsonValueKind.Null),
            (email.GetProperty("kind").GetString(), email.GetProperty("nameJa").GetString(), email.GetProperty("nameEn").GetString(), email.GetProperty("sector").ValueKind));
        Assert.Equal(matches.Count - 1, matches.FindLastIndex(m => m.GetProperty("kind").GetString() != "channel") + matches.Count(m => m.GetProperty("kind").GetString() == "channel"));
        // a node kind excludes channels; --kind channel excludes nodes
        Assert.DoesNotContain(CliRunner.Run("find", "メール", "--kind", "ceptoar", "--format", "json").Json.GetProperty("matches").EnumerateArray(),
            m => m.GetProperty("kind").GetString() == "channel");
        var csv = CliRunner.Run("find", "e-mail", "--kind", "channel", "--format", "csv");
        Assert.Equal(["id,kind,nameJa,nameEn,sector", "email,channel,メール,e-mail,"], csv.Out.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
        var table = CliRunner.Run("find", "メール", "--kind", "channel", "--format", "table", "--lang", "en");
        Assert.Contains("email", table.Out);
        Assert.EndsWith("match(es)", table.Out.TrimEnd());
        var bad = CliRunner.Run("find", "x", "--kind", "nosuch");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("channel", bad.Err);
    }

    [Fact]
    public void Names_and_selectors_are_accepted_where_ids_are()
    {
        var byName = CliRunner.Run("reach", "--from", "内閣官房 内閣サイバーセキュリティセンター", "--format", "json");
        var byId = CliRunner.Run("reach", "--from", "nisc", "--format", "json");
        Assert.True(byName.ExitCode == 0, byName.Err);
        Assert.Equal(byId.Out, byName.Out);
        var r = CliRunner.Run("reach", "--from", "nisc", "--to", "sector:金融", "--format", "json");
        var t = r.Json.GetProperty("targets");
        Assert.Equal("sector:金融", t.GetProperty("selector").GetString());
        Assert.Equal(t.GetProperty("count").GetInt32(), t.GetProperty("reached").GetInt32());
        Assert.True(t.GetProperty("allReachedHours").GetDouble() > 0);
        var sameAsId = CliRunner.Run("reach", "--from", "nisc", "--to", "sector:sector.finance", "--format", "json");
        Assert.Equal(r.Json.GetProperty("targets").GetProperty("count").GetInt32(), sameAsId.Json.GetProperty("targets").GetProperty("count").GetInt32());
    }

    [Fact]
    public void An_ambiguous_or_unknown_name_is_a_usage_error_listing_candidates()
    {
        var r = CliRunner.Run("reach", "--from", "存在しない組織");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--from", r.Err);
    }

    [Fact]
    public void Spof_names_who_is_cut_off()
    {
        var r = CliRunner.Run("spof", "--format", "json");
        var meti = r.Json.GetProperty("nodeImpact").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "ministry.meti");
        var cut = meti.GetProperty("cutOff");
        Assert.Equal(["ceptoar.credit", "ceptoar.oil"], cut.GetProperty("ceptoars").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("members.credit", cut.GetProperty("memberGroups").EnumerateArray().Select(x => x.GetString()));
        var table = CliRunner.Run("spof", "--format", "table", "--top", "30");
        Assert.Contains("切り離される組織", table.Out);
    }
}
