using System.Globalization;
using System.Text;

namespace Depgraph.Cli.Tests;

public class RiskCommandTests
{
    /// <summary>A seeded random generic graph of 200 nodes: a hub feeding 20 nodes, and 400 random edges with p in [0.05, 0.6].</summary>
    private static readonly string Dir = MakeGraph();

    private static string MakeGraph()
    {
        var rng = new Random(3);
        var nodes = new StringBuilder("id,kind,label\nhub,government,Hub\n");
        for (int i = 0; i < 199; i++) nodes.Append(CultureInfo.InvariantCulture, $"n{i:000},member,N{i}\n");
        var edges = new StringBuilder("source,target,type,weight,probability\n");
        for (int i = 0; i < 20; i++) edges.Append(CultureInfo.InvariantCulture, $"hub,n{i:000},shares_with,1,0.9\n");
        var seen = new HashSet<(int, int)>();
        while (seen.Count < 400)
        {
            int s = rng.Next(199), t = rng.Next(199);
            if (s == t || !seen.Add((s, t))) continue;
            edges.Append(CultureInfo.InvariantCulture, $"n{s:000},n{t:000},supplies,2,{0.05 + rng.Next(56) / 100.0:0.00}\n");
        }
        return CliRunner.WriteCsv(nodes.ToString(), edges.ToString());
    }

    private static CliRunner.Result Run(params string[] args) =>
        CliRunner.Run(["risk", .. args, "--nodes", Path.Combine(Dir, "nodes.csv"), "--edges", Path.Combine(Dir, "edges.csv")]);

    [Fact]
    public void Progress_only_on_a_terminal_in_the_analysts_language()
    {
        string[] args = ["risk", "--sample", "100", "--runs", "20", "--seed", "3", "--format", "json", "--nodes", Path.Combine(Dir, "nodes.csv"), "--edges", Path.Combine(Dir, "edges.csv")];
        var redirected = CliRunner.Run(args);
        Assert.True(redirected.ExitCode == 0, redirected.Err);
        Assert.Equal("", redirected.Err);
        var ja = CliRunner.RunOnTerminal([.. args, "--lang", "ja"]);
        Assert.True(ja.ExitCode == 0, ja.Err);
        Assert.Contains("risk: シミュレーション", ja.Err, StringComparison.Ordinal);
        Assert.EndsWith("\n", ja.Err, StringComparison.Ordinal);
        var en = CliRunner.RunOnTerminal([.. args, "--lang", "en"]);
        Assert.Contains("risk: simulate", en.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_has_the_documented_shape_and_ranks_by_prediction_then_id()
    {
        var r = Run("--sample", "100", "--runs", "50", "--seed", "3", "--top", "0", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var j = r.Json;
        Assert.Equal("all", j.GetProperty("layer").GetString());
        Assert.Equal("fasttree_regression", j.GetProperty("model").GetString());
        Assert.Equal(100, j.GetProperty("sample").GetInt32());
        Assert.Equal(10, j.GetProperty("sampleTopProxy").GetInt32());
        Assert.Equal(50, j.GetProperty("runsPerSource").GetInt32());
        Assert.Equal(3, j.GetProperty("seed").GetInt32());
        var held = j.GetProperty("heldOut");
        Assert.Equal(20, held.GetProperty("count").GetInt32());
        foreach (var name in new[] { "r2", "mae", "spearman" }) Assert.True(held.TryGetProperty(name, out _), name);
        Assert.True(held.GetProperty("uniform").GetProperty("count").GetInt32() <= 20);
        Assert.Contains("expected_1hop", j.GetProperty("features").EnumerateArray().Select(x => x.GetString()));
        Assert.Contains("depgraph cascade", j.GetProperty("note").GetString());
        Assert.False(j.TryGetProperty("basis", out _));
        var nodes = j.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(200, nodes.Count);
        Assert.Equal(100, nodes.Count(n => n.TryGetProperty("simulatedFailed", out _)));
        for (int i = 1; i < nodes.Count; i++)
        {
            double a = nodes[i - 1].GetProperty("predictedFailed").GetDouble(), b = nodes[i].GetProperty("predictedFailed").GetDouble();
            Assert.True(a > b || (a == b && string.CompareOrdinal(nodes[i - 1].GetProperty("id").GetString(), nodes[i].GetProperty("id").GetString()) < 0),
                $"row {i} out of order");
        }
        // the hub (always in the top-proxy part of the sample) is simulated and ranked first
        Assert.Equal("hub", nodes[0].GetProperty("id").GetString());
        Assert.True(nodes[0].TryGetProperty("simulatedFailed", out _));
    }

    [Fact]
    public void Simulated_values_are_what_cascade_reports_for_the_same_runs_and_seed()
    {
        var r = Run("--sample", "100", "--runs", "50", "--seed", "3", "--top", "0", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        foreach (var n in r.Json.GetProperty("nodes").EnumerateArray().Where(n => n.TryGetProperty("simulatedFailed", out _)).Take(3))
        {
            var id = n.GetProperty("id").GetString()!;
            var c = CliRunner.Run("cascade", "--from", id, "--runs", "50", "--seed", "3", "--format", "json",
                "--nodes", Path.Combine(Dir, "nodes.csv"), "--edges", Path.Combine(Dir, "edges.csv"));
            Assert.Equal(c.Json.GetProperty("meanFailed").GetDouble(), n.GetProperty("simulatedFailed").GetDouble());
        }
    }

    [Fact]
    public void Same_seed_gives_byte_identical_output_and_another_seed_differs()
    {
        var a = Run("--sample", "80", "--runs", "40", "--seed", "9", "--format", "json");
        var b = Run("--sample", "80", "--runs", "40", "--seed", "9", "--format", "json");
        var c = Run("--sample", "80", "--runs", "40", "--seed", "10", "--format", "json");
        Assert.True(a.ExitCode == 0, a.Err);
        Assert.Equal(a.Out, b.Out);
        Assert.NotEqual(a.Out, c.Out);
        Assert.Equal(20, a.Json.GetProperty("nodes").GetArrayLength());
        var csv1 = Run("--sample", "80", "--runs", "40", "--seed", "9", "--format", "csv", "--top", "5");
        var csv2 = Run("--sample", "80", "--runs", "40", "--seed", "9", "--format", "csv", "--top", "5");
        Assert.Equal(csv1.Out, csv2.Out);
        var lines = csv1.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name,predictedFailed,simulatedFailed", lines[0]);
        Assert.Equal(6, lines.Length);
    }

    [Fact]
    public void Curated_dataset_uses_the_dependency_layer_and_says_it_is_an_assumption()
    {
        var r = CliRunner.Run("risk", "--runs", "50", "--seed", "1", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.StartsWith("depends_on", r.Json.GetProperty("layer").GetString()!, StringComparison.Ordinal);
        Assert.Contains("assumption", r.Json.GetProperty("basis").GetString());
        var table = CliRunner.Run("risk", "--runs", "50", "--seed", "1", "--format", "table", "--lang", "en");
        Assert.True(table.ExitCode == 0, table.Err);
        Assert.Contains("NOTE: assumption", table.Out);
        Assert.Contains("Spearman", table.Out);
        Assert.Contains("depgraph cascade", table.Out);
    }

    [Theory]
    [InlineData("--sample", "5")]
    [InlineData("--runs", "0")]
    [InlineData("--top", "-1")]
    [InlineData("--format", "xml")]
    public void Invalid_options_are_usage_errors(string option, string value)
    {
        var r = Run(option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("depgraph:", r.Err);
    }

    [Fact]
    public void Graph_too_small_to_learn_from_is_a_usage_error()
    {
        var r = SmallGraph.Run("risk", "--format", "json");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("at least 10", r.Err);
        Assert.Equal("", r.Out);
    }
}
