using System.Text.Json;

namespace Depgraph.Cli.Tests;

public class CompareCommandTests
{
    private static JsonElement Scenario(CliRunner.Result r, int i = 0)
    {
        Assert.True(r.ExitCode == 0, r.Err);
        return r.Json.GetProperty("scenarios")[i];
    }

    private static string[] Strings(JsonElement e) => e.EnumerateArray().Select(x => x.GetString()!).ToArray();

    [Fact]
    public void Removing_METI_loses_the_credit_and_oil_ceptoars_and_their_members()
    {
        var s = Scenario(CliRunner.Run("compare", "--scenario", ScenarioFiles.Meti, "--format", "json"));
        var lost = Strings(s.GetProperty("reach").GetProperty("lost"));
        Assert.Subset(lost.ToHashSet(), new HashSet<string> { "ceptoar.credit", "ceptoar.oil", "members.credit", "members.oil" });
        Assert.Empty(s.GetProperty("reach").GetProperty("gained").EnumerateArray());
        var red = s.GetProperty("redundancy").EnumerateArray().ToDictionary(x => x.GetProperty("id").GetString()!, x => (x.GetProperty("base").GetInt32(), x.GetProperty("scenario").GetInt32()));
        Assert.Equal((1, 0), red["ceptoar.credit"]);
        Assert.Equal((1, 0), red["ceptoar.oil"]);
        var change = Assert.Single(s.GetProperty("changes").EnumerateArray());
        Assert.EndsWith("meti-unavailable.yaml:3", change.GetProperty("provenance").GetString());
    }

    [Fact]
    public void A_second_route_to_water_raises_its_disjoint_routes_from_1_to_2()
    {
        var s = Scenario(CliRunner.Run("compare", "--scenario", ScenarioFiles.Water, "--format", "json"));
        var water = s.GetProperty("redundancy").EnumerateArray().Single(x => x.GetProperty("id").GetString() == "ceptoar.water");
        Assert.Equal((1, 2), (water.GetProperty("base").GetInt32(), water.GetProperty("scenario").GetInt32()));
        Assert.Empty(s.GetProperty("reach").GetProperty("lost").EnumerateArray());
    }

    [Fact]
    public void Scaling_dependency_probabilities_shows_in_the_cascade_with_an_interval_of_the_difference()
    {
        var s = Scenario(CliRunner.Run("compare", "--scenario", ScenarioFiles.Water, "--cascade-from", "sector.electricity", "--runs", "2000", "--format", "json"));
        var cascade = s.GetProperty("cascade").EnumerateArray().ToList();
        Assert.NotEmpty(cascade);
        var credit = cascade.Single(c => c.GetProperty("id").GetString() == "sector.credit");
        Assert.True(credit.GetProperty("difference").GetDouble() < 0);
        var ci = credit.GetProperty("ci95").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.True(ci[0] <= credit.GetProperty("difference").GetDouble() && credit.GetProperty("difference").GetDouble() <= ci[1]);
    }

    [Fact]
    public void An_empty_scenario_gives_zero_differences_everywhere()
    {
        var s = Scenario(CliRunner.Run("compare", "--scenario", ScenarioFiles.Empty, "--cascade-from", "sector.electricity", "--runs", "500", "--format", "json"));
        foreach (var list in new[] { s.GetProperty("reach").GetProperty("lost"), s.GetProperty("reach").GetProperty("gained"), s.GetProperty("reach").GetProperty("arrivalChanged"),
                     s.GetProperty("redundancy"), s.GetProperty("articulationPoints").GetProperty("added"), s.GetProperty("articulationPoints").GetProperty("removed"), s.GetProperty("nodeImpact") })
            Assert.Empty(list.EnumerateArray());
        var cascade = s.GetProperty("cascade").EnumerateArray().ToList();
        Assert.NotEmpty(cascade);
        Assert.All(cascade, c =>
        {
            Assert.Equal(0, c.GetProperty("difference").GetDouble());
            Assert.Equal([0.0, 0.0], c.GetProperty("ci95").EnumerateArray().Select(x => x.GetDouble()));
        });
    }

    public static TheoryData<string[]> EveryCommand => new()
    {
        new[] { "reach", "--from", "nisc", "--format", "json" },
        new[] { "reach", "--from", "nisc", "--format", "table", "--to", "sector:金融" },
        new[] { "spof", "--format", "json", "--to", "kind:ceptoar" },
        new[] { "spof", "--format", "table" },
        new[] { "paths", "--from", "sector.electricity", "--to", "sector.finance", "--format", "json" },
        new[] { "cascade", "--from", "sector.electricity", "--runs", "300", "--format", "json" },
        new[] { "cascade", "--from", "sector.electricity", "--threshold", "0.3", "--format", "csv" },
    };

    [Theory]
    [MemberData(nameof(EveryCommand))]
    public void An_empty_scenario_gives_byte_identical_output(string[] args)
    {
        var baseRun = CliRunner.Run(args);
        var scen = CliRunner.Run([.. args, "--scenario", ScenarioFiles.Empty]);
        Assert.True(baseRun.ExitCode == 0, baseRun.Err);
        Assert.True(scen.ExitCode == 0, scen.Err);
        Assert.Equal(baseRun.Out, scen.Out);
        Assert.Contains("no changes", scen.Err);
    }

    [Fact]
    public void An_empty_scenario_exports_byte_identical_files()
    {
        var dir = CliRunner.TempDir();
        string a = Path.Combine(dir, "a.json"), b = Path.Combine(dir, "b.json");
        Assert.Equal(0, CliRunner.Run("export", "json", "--out", a).ExitCode);
        Assert.Equal(0, CliRunner.Run("export", "json", "--out", b, "--scenario", ScenarioFiles.Empty).ExitCode);
        Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
    }

    [Fact]
    public void A_scenario_changes_the_analysis_and_its_provenance_shows_in_the_export()
    {
        var reach = CliRunner.Run("reach", "--from", "nisc", "--scenario", ScenarioFiles.Meti, "--format", "json");
        Assert.True(reach.ExitCode == 0, reach.Err);
        Assert.Contains("ceptoar.credit", Strings(reach.Json.GetProperty("notReached")));
        Assert.DoesNotContain(reach.Json.GetProperty("reached").EnumerateArray(), n => n.GetProperty("id").GetString() == "ceptoar.credit");
        var file = Path.Combine(CliRunner.TempDir(), "g.json");
        Assert.Equal(0, CliRunner.Run("export", "json", "--out", file, "--scenario", ScenarioFiles.Water).ExitCode);
        Assert.Contains("scenario:" + ScenarioFiles.Water + ":4", File.ReadAllText(file));
    }

    public static TheoryData<string, int, string> BadScenarios => new()
    {
        { "name: x\nremove_nodes: [nisc]\n", 2, "removes-source" },
        { "name: x\nadd_edges:\n  - {source: nisc, target: ceptoar.nowhere, type: shares_with}\n", 3, "dangling-reference" },
        { "name: x\nadd_edges:\n  - {source: nisc, target: ceptoar.water, type: shares_with, probability: 1.2}\n", 3, "bad-probability" },
        { "name: x\nset_edges:\n  - {match: {source: nisc, target: members.banks}, probability: 0.5}\n", 3, "no-match" },
        { "name: x\nremove_edges:\n  - {source: nisc, target: ceptoar.banks}\n", 3, "no-match" },
    };

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public void Bad_scenarios_are_bad_input_with_file_and_line_and_nothing_is_written(string yaml, int line, string code)
    {
        var path = ScenarioFiles.Write(yaml);
        var compare = CliRunner.Run("compare", "--scenario", path, "--format", "json");
        Assert.Equal(1, compare.ExitCode);
        Assert.Contains($"{path}:{line}: error {code}:", compare.Err);
        Assert.Equal("", compare.Out);
        if (code != "removes-source") // export has no source: removing NISC is a valid export scenario
        {
            var outDir = CliRunner.TempDir();
            var export = CliRunner.Run("export", "json", "--out", Path.Combine(outDir, "g.json"), "--scenario", path);
            Assert.Equal(1, export.ExitCode);
            Assert.Empty(Directory.GetFiles(outDir));
        }
        var reach = CliRunner.Run("reach", "--from", "nisc", "--scenario", path);
        Assert.Equal(1, reach.ExitCode);
        Assert.Equal("", reach.Out);
    }

    [Fact]
    public void Two_scenarios_with_the_same_name_are_refused()
    {
        var a = ScenarioFiles.Write("name: 同じ\n", "a.yaml");
        var b = ScenarioFiles.Write("name: 同じ\nremove_nodes: [ministry.meti]\n", "b.yaml");
        var r = CliRunner.Run("compare", "--scenario", a, "--scenario", b);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"{b}:1: error duplicate-scenario-name:", r.Err);
    }

    [Fact]
    public void Several_scenarios_are_compared_side_by_side_in_table_csv_and_json()
    {
        var json = CliRunner.Run("compare", "--scenario", ScenarioFiles.Meti, "--scenario", ScenarioFiles.Water, "--format", "json");
        Assert.Equal(2, json.Json.GetProperty("scenarios").GetArrayLength());
        Assert.Equal("base", json.Json.GetProperty("base").GetProperty("name").GetString());
        Assert.Equal(["nisc"], Strings(json.Json.GetProperty("source")));
        var table = CliRunner.Run("compare", "--scenario", ScenarioFiles.Meti, "--scenario", ScenarioFiles.Water, "--format", "table");
        Assert.Contains("クレジットCEPTOAR (ceptoar.credit)", table.Out);
        Assert.Contains("水道CEPTOAR (ceptoar.water)", table.Out);
        var csv = CliRunner.Run("compare", "--scenario", ScenarioFiles.Meti, "--format", "csv");
        Assert.StartsWith("scenario,section,id,name,base,scenario,difference,ci95Low,ci95High\n", csv.Out.ReplaceLineEndings("\n"));
        Assert.Contains(",lost,ceptoar.oil,石油CEPTOAR,", csv.Out);
    }

    [Fact]
    public void Chart_option_writes_png_and_svg_per_scenario()
    {
        var dir = CliRunner.TempDir();
        var r = CliRunner.Run("compare", "--scenario", ScenarioFiles.Meti, "--scenario", ScenarioFiles.Water, "--chart", Path.Combine(dir, "diff"), "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal(["diff-2.png", "diff-2.svg", "diff.png", "diff.svg"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}
