namespace Depgraph.Cli.Tests;

public class ReachCommandTests
{
    [Fact]
    public void Reach_json_follows_the_contract_on_a_known_graph()
    {
        var r = SmallGraph.Run("reach", "--from", "hub", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var j = r.Json;
        Assert.Equal(["layer", "sources", "reachedCount", "reached", "conditionalCount", "notReached", "memberCoverage", "outsideRecipients"], j.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(0, j.GetProperty("conditionalCount").GetInt32());
        Assert.All(j.GetProperty("reached").EnumerateArray(), x => Assert.False(x.GetProperty("conditional").GetBoolean()));
        Assert.Equal("all", j.GetProperty("layer").GetString());
        Assert.Equal(6, j.GetProperty("reachedCount").GetInt32());
        var reached = j.GetProperty("reached").EnumerateArray()
            .Select(x => (x.GetProperty("id").GetString(), x.GetProperty("hops").GetInt32(), x.GetProperty("arrivalHours").GetDouble())).ToList();
        Assert.Equal([("hub", 0, 0.0), ("a", 1, 1.0), ("b", 1, 2.0), ("m1", 2, 2.0), ("m2", 2, 3.0), ("m3", 3, 4.0)], reached);
        Assert.Equal(["iso"], j.GetProperty("notReached").EnumerateArray().Select(x => x.GetString()!).ToArray());
        var cov = j.GetProperty("memberCoverage");
        Assert.Equal(3, cov.GetProperty("reachedMembers").GetInt64());
        Assert.Equal(4, cov.GetProperty("totalMembers").GetInt64());
    }

    [Fact]
    public void Hops_and_within_limit_the_reach()
    {
        var hops = SmallGraph.Run("reach", "--from", "hub", "--hops", "1", "--format", "json").Json;
        Assert.Equal(3, hops.GetProperty("reachedCount").GetInt32());
        var within = SmallGraph.Run("reach", "--from", "hub", "--within", "2", "--format", "json").Json;
        Assert.Equal(["hub", "a", "b", "m1"], within.GetProperty("reached").EnumerateArray().Select(x => x.GetProperty("id").GetString()!).ToArray());
    }

    [Fact]
    public void Unknown_source_is_a_usage_error_naming_the_id()
    {
        var r = SmallGraph.Run("reach", "--from", "nobody");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'nobody'", r.Err);
    }

    [Fact]
    public void Missing_required_option_is_a_usage_error()
    {
        var r = SmallGraph.Run("reach");
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void Reach_from_NISC_on_the_dataset_uses_the_information_layer_and_reaches_every_ceptoar()
    {
        var r = CliRunner.Run("reach", "--from", "nisc", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("shares_with:provide", r.Json.GetProperty("layer").GetString());
        var ids = r.Json.GetProperty("reached").EnumerateArray().Select(x => x.GetProperty("id").GetString()!).ToHashSet();
        Assert.Equal(21, ids.Count(i => i.StartsWith("ceptoar.", StringComparison.Ordinal)));
        Assert.True(r.Json.GetProperty("memberCoverage").GetProperty("share").GetDouble() > 0.99);
    }

    [Fact]
    public void Reach_csv_and_table_formats()
    {
        var csv = SmallGraph.Run("reach", "--from", "hub", "--format", "csv");
        Assert.StartsWith("id,name,hops,arrivalHours,conditional\nhub,Hub,0,0,false\n", csv.Out.Replace("\r", ""));
        var table = CliRunner.Run("reach", "--from", "nisc", "--format", "table");
        Assert.Contains("内閣", table.Out);
    }
}

public class ReachCoverageOnDatasetTests
{
    /// <summary>水道's 8 contact points relay to the 1,189 事業体 only 「内容に応じ」: reached conditionally, never counted as certain.</summary>
    [Fact]
    public void The_water_utilities_are_reached_only_conditionally()
    {
        var r = CliRunner.Run("reach", "--from", "nisc", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var j = r.Json;
        Assert.Equal(ShippedDataset.ReachedFromNisc, j.GetProperty("reachedCount").GetInt32());
        var conditional = j.GetProperty("reached").EnumerateArray().Where(x => x.GetProperty("conditional").GetBoolean()).Select(x => x.GetProperty("id").GetString()).ToList();
        Assert.Equal(["external.water"], conditional);
        Assert.Equal(1, j.GetProperty("conditionalCount").GetInt32());
        var utilities = j.GetProperty("outsideRecipients").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "事業体");
        Assert.Equal(0, utilities.GetProperty("reached").GetInt64());
        Assert.Equal(ShippedDataset.WaterUtilities, utilities.GetProperty("conditional").GetInt64());
        Assert.Equal(ShippedDataset.WaterUtilities, utilities.GetProperty("total").GetInt64());
        Assert.Equal(ShippedDataset.MemberTotal, j.GetProperty("memberCoverage").GetProperty("reachedMembers").GetInt64());
        var table = CliRunner.Run("reach", "--from", "nisc", "--format", "table").Out;
        Assert.Contains($"事業体: 0 (ほかに条件付き {ShippedDataset.N(ShippedDataset.WaterUtilities)}) / {ShippedDataset.N(ShippedDataset.WaterUtilities)}", table);
        var summary = CliRunner.Run("summary", "--format", "table").Out;
        Assert.Contains($"(うち条件付き {ShippedDataset.N(ShippedDataset.WaterUtilities)} 事業体)", summary);
    }

    [Fact]
    public void Coverage_counts_members_only_and_matches_the_summary_total()
    {
        var summary = CliRunner.Run("summary", "--format", "json").Json;
        var reach = CliRunner.Run("reach", "--from", "nisc", "--format", "json").Json.GetProperty("memberCoverage");
        Assert.Equal(summary.GetProperty("membersTotal").GetInt64(), reach.GetProperty("totalMembers").GetInt64());
        var units = reach.GetProperty("byUnit").EnumerateArray().Select(u => u.GetProperty("unit").GetString()).ToList();
        Assert.DoesNotContain("社・団体", units); // external recipients are not members
        Assert.DoesNotContain("member", units);
        Assert.Equal(reach.GetProperty("totalMembers").GetInt64(), reach.GetProperty("byUnit").EnumerateArray().Sum(u => u.GetProperty("total").GetInt64()));
    }

    [Fact]
    public void English_table_translates_unit_names()
    {
        var r = CliRunner.Run("reach", "--from", "nisc", "--format", "table", "--lang", "en");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Contains($"  municipalities (市区町村): {ShippedDataset.N(ShippedDataset.Municipalities)} / {ShippedDataset.N(ShippedDataset.Municipalities)}", r.Out);
        Assert.DoesNotContain("  市区町村:", r.Out);
    }

    [Fact]
    public void All_local_governments_are_reached_from_NISC()
    {
        var reach = CliRunner.Run("reach", "--from", "nisc", "--format", "json").Json.GetProperty("memberCoverage");
        var units = reach.GetProperty("byUnit").EnumerateArray().ToDictionary(u => u.GetProperty("unit").GetString()!, u => u.GetProperty("reached").GetInt64());
        Assert.Equal(ShippedDataset.Prefectures, units["都道府県"]);
        Assert.Equal(ShippedDataset.Municipalities, units["市区町村"]);
    }
}
