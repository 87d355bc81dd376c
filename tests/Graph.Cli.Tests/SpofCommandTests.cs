namespace Depgraph.Cli.Tests;

public class SpofCommandTests
{
    [Fact]
    public void Spof_json_follows_the_contract_on_a_known_graph()
    {
        var r = SmallGraph.Run("spof", "--from", "hub", "--to", "m1,m3", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var j = r.Json;
        Assert.Equal(["layer", "articulationPoints", "bridges", "dominatorTree", "nodeImpact", "linkImpact", "strongArticulationPoints", "strongBridges", "redundancy"],
            j.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(["b", "m2"], j.GetProperty("articulationPoints").EnumerateArray().Select(x => x.GetString()!).ToArray());
        Assert.Equal([["b", "m2"], ["m2", "m3"]], j.GetProperty("bridges").EnumerateArray().Select(x => x.EnumerateArray().Select(y => y.GetString()!).ToArray()).ToArray());
        var dt = j.GetProperty("dominatorTree");
        Assert.Equal("hub", dt.GetProperty("root").GetString());
        var idom = dt.GetProperty("idom").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(new Dictionary<string, string?> { ["a"] = "hub", ["b"] = "hub", ["m1"] = "hub", ["m2"] = "b", ["m3"] = "m2" }, idom);
        var impact = j.GetProperty("nodeImpact").EnumerateArray().Select(x => (x.GetProperty("id").GetString(), x.GetProperty("reachLost").GetInt32(), x.GetProperty("membersLost").GetInt64())).ToList();
        Assert.Equal([("b", 2, 2L), ("m2", 1, 1L)], impact);
        var links = j.GetProperty("linkImpact").EnumerateArray().Select(x => (x.GetProperty("source").GetString(), x.GetProperty("target").GetString(), x.GetProperty("reachLost").GetInt32(), x.GetProperty("membersLost").GetInt64())).ToList();
        Assert.Equal([("hub", "b", 3, 2L), ("b", "m2", 2, 2L), ("m2", "m3", 1, 1L), ("hub", "a", 1, 0L)], links);
        Assert.Empty(j.GetProperty("strongArticulationPoints").EnumerateArray());
        Assert.Empty(j.GetProperty("strongBridges").EnumerateArray());
        var red = j.GetProperty("redundancy").EnumerateArray().Select(x => (x.GetProperty("target").GetString(), x.GetProperty("disjointPaths").GetInt32())).ToList();
        Assert.Equal([("m1", 2), ("m3", 1)], red);
    }

    [Fact]
    public void Json_cut_off_lists_are_those_of_CutOffSets_in_id_order()
    {
        // the JSON sorts the lists by rank in one ordinal order of all ids (IdRanks); the table and the report use
        // CutOffSets.Groups' own sorts
        var r = CliRunner.Run("spof", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var g = Depgraph.Loader.GraphInput.LoadDataset(CliRunner.Dataset).GetValueOrThrow().ToCompactGraph().Select(Depgraph.Core.Compact.EdgeLayer.Information);
        var tree = Depgraph.Analysis.Resilience.ResilienceAnalysis.Run(g, g.DefaultSource(), null).Dominators!;
        var sets = new Depgraph.Analysis.Comparison.CutOffSets(g, tree);
        int lists = 0;
        foreach (var e in r.Json.GetProperty("nodeImpact").EnumerateArray())
        {
            var groups = sets.Groups(g.IndexOf(e.GetProperty("id").GetString()!));
            var cut = e.GetProperty("cutOff");
            string[] Ids(string name) => cut.GetProperty(name).EnumerateArray().Select(x => x.GetString()!).ToArray();
            Assert.Equal(groups.Ceptoars.Select(g.Id), Ids("ceptoars"));
            Assert.Equal(groups.MemberGroups.Select(g.Id), Ids("memberGroups"));
            Assert.Equal(groups.OutsideRecipients.Select(g.Id), Ids("outsideRecipients"));
            Assert.Equal(groups.OtherNodes, cut.GetProperty("otherNodes").GetInt32());
            lists += groups.MemberGroups.Count;
        }
        Assert.True(lists > 20, $"only {lists} member groups cut off in all");
    }

    [Fact]
    public void Spof_defaults_to_the_single_government_node()
    {
        var r = SmallGraph.Run("spof", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("hub", r.Json.GetProperty("dominatorTree").GetProperty("root").GetString());
    }

    [Fact]
    public void Spof_on_the_dataset_answers_route_redundancy_to_every_ceptoar()
    {
        var r = CliRunner.Run("spof", "--to", "kind:ceptoar", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("nisc", r.Json.GetProperty("dominatorTree").GetProperty("root").GetString());
        var red = r.Json.GetProperty("redundancy").EnumerateArray().ToList();
        Assert.Equal(21, red.Count);
        Assert.All(red, x => Assert.True(x.GetProperty("disjointPaths").GetInt32() >= 1));
    }
}

public class SpofOutsideRecipientTests
{
    [Fact]
    public void Losing_the_water_contact_points_cuts_off_their_1189_outside_recipients_in_every_format()
    {
        var json = CliRunner.Run("spof", "--format", "json");
        Assert.True(json.ExitCode == 0, json.Err);
        var water = json.Json.GetProperty("nodeImpact").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "members.water");
        Assert.Equal(0, water.GetProperty("membersLost").GetInt64());
        Assert.Equal(1189, water.GetProperty("outsideRecipientsLost").GetInt64());
        var link = json.Json.GetProperty("linkImpact").EnumerateArray()
            .Single(x => x.GetProperty("source").GetString() == "members.water" && x.GetProperty("target").GetString() == "external.water");
        Assert.Equal(1189, link.GetProperty("outsideRecipientsLost").GetInt64());

        var csv = CliRunner.Run("spof", "--format", "csv");
        Assert.StartsWith("id,name,reachLost,membersLost,outsideRecipientsLost", csv.Out);
        Assert.Contains("members.water,水道CEPTOAR構成員(連絡拠点),1,0,1189", csv.Out);

        var table = CliRunner.Run("spof", "--format", "table", "--top", "30");
        Assert.Contains("失われる構成員以外の情報展開先(延べ)", table.Out);
        // issue 11 item 17: members lost adds 社, 機関 … (金融庁 1,739 = 1,732 社 + 7 機関), so the column says it is a mixed total
        Assert.Contains("失われる構成員(延べ組織数)", table.Out);
        Assert.Contains("members lost (total, mixed units)", CliRunner.Run("spof", "--format", "table", "--lang", "en").Out);
        var row = table.Out.Split('\n').Single(l => l.Contains("(members.water)") && l.Contains("1,189"));
        Assert.Matches(@"\s1\s+0\s+1,189\s*$", row);
    }
}

public class SpofDominatorChainTests
{
    [Fact]
    public void Table_names_who_must_not_fail_for_a_target_to_be_reached()
    {
        var r = SmallGraph.Run("spof", "--from", "hub", "--to", "m3", "--format", "table", "--lang", "en");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Contains("M2 ← B", r.Out);
    }

    [Fact]
    public void Local_governments_are_cut_off_only_by_their_ceptoar_on_the_information_layer()
    {
        var r = CliRunner.Run("spof", "--to", "members.local_gov", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var idom = r.Json.GetProperty("dominatorTree").GetProperty("idom");
        Assert.Equal("ceptoar.local_gov", idom.GetProperty("members.local_gov").GetString());
        Assert.Equal("nisc", idom.GetProperty("ceptoar.local_gov").GetString());
        var impact = r.Json.GetProperty("nodeImpact").EnumerateArray().First();
        Assert.Equal("ceptoar.local_gov", impact.GetProperty("id").GetString());
        Assert.Equal(ShippedDataset.LocalGovernments, impact.GetProperty("membersLost").GetInt64());
    }
}
