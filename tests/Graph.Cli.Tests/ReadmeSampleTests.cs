using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Loader;

namespace Depgraph.Cli.Tests;

/// <summary>
/// README.md is read, not pasted: its library sample must be the code this class runs, and every
/// <c>$ depgraph …</c> sample block must be what the binary prints (lines in order; "…" skips lines).
/// </summary>
public class ReadmeSampleTests
{
    private static readonly string Readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md")).ReplaceLineEndings("\n");

    /// <summary>The fenced blocks of README.md with their info string.</summary>
    private static List<(string Info, string[] Lines)> Blocks()
    {
        var blocks = new List<(string, string[])>();
        var lines = Readme.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("```", StringComparison.Ordinal)) continue;
            var info = lines[i][3..].Trim();
            int end = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
            blocks.Add((info, lines[(i + 1)..end]));
            i = end;
        }
        return blocks;
    }

    [Fact]
    public void Library_sample_is_the_code_this_test_runs()
    {
        var sample = Blocks().Single(b => b.Info == "csharp" && b.Lines.Any(l => l.Contains("ReachAnalysis.Run", StringComparison.Ordinal))).Lines
            .Where(l => l.Length > 0 && !l.StartsWith("using ", StringComparison.Ordinal)).Select(l => l.Trim()).ToList();
        var body = File.ReadAllLines(Path.Combine(RepoPaths.Root, "tests", "Graph.Cli.Tests", "ReadmeSampleTests.cs")).Select(l => l.Trim().Replace("InRepo(\"data/ceptoar-fy2024\")", "\"data/ceptoar-fy2024\"", StringComparison.Ordinal)).ToList();
        int at = body.IndexOf(sample[0]);
        Assert.True(at >= 0, $"README's library sample starts with '{sample[0]}', which this test does not run");
        Assert.Equal(sample, body.Skip(at).Take(sample.Count).ToList());
    }

    /// <summary>The README's relative path, from the repository root (the tests run elsewhere).</summary>
    private static string InRepo(string relative) => Path.Combine(RepoPaths.Root, relative);

    [Fact]
    public void Library_sample_runs_and_gives_the_answers_the_README_states()
    {
        var dataset = GraphInput.LoadDataset(InRepo("data/ceptoar-fy2024")).GetValueOrThrow();
        var info = dataset.ToCompactGraph().Select(EdgeLayer.Information);
        int nisc = info.IndexOf("nisc");
        var reach = ReachAnalysis.Run(info, [nisc], new ReachOptions { WithinHours = 24 });
        var impact = NodeImpact.Compute(info, nisc);          // who cuts off whom
        var routes = VertexDisjointPaths.Count(info, nisc, info.IndexOf("ceptoar.local_gov"));

        Assert.Equal(ShippedDataset.MemberTotal, reach.Coverage.ReachedMembers);
        Assert.Equal(1.0, reach.Coverage.Share);
        Assert.Equal("ceptoar.local_gov", info.Id(impact[0].Vertex));
        Assert.Equal(ShippedDataset.LocalGovernments, impact[0].MembersLost);
        Assert.Equal(1, routes);
        Assert.Contains($"{ShippedDataset.Prefectures} 都道府県 and {ShippedDataset.N(ShippedDataset.Municipalities)} 市区町村", Readme, StringComparison.Ordinal);
        Assert.Contains($"自治体CEPTOAR's {ShippedDataset.N(ShippedDataset.LocalGovernments)} local governments", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_two_ceptoars_have_two_independent_routes_from_NISC()
    {
        var dataset = GraphInput.LoadDataset(CliRunner.Dataset).GetValueOrThrow();
        var info = dataset.ToCompactGraph().Select(EdgeLayer.Information);
        int nisc = info.IndexOf("nisc");
        var ceptoars = Enumerable.Range(0, info.NodeCount).Where(v => info.Kind(v) == Depgraph.Core.Model.NodeKind.Ceptoar).ToList();
        var routes = VertexDisjointPaths.CountAll(info, nisc, ceptoars);
        Assert.Equal(ShippedDataset.Ceptoars, routes.Count);
        Assert.Equal(ShippedDataset.CeptoarsWithTwoRoutes,
            routes.Where(r => r.Paths == 2).Select(r => info.Id(r.Target)).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(ShippedDataset.Ceptoars - 2, routes.Count(r => r.Paths == 1));
        Assert.Contains($"the other {ShippedDataset.Ceptoars - 2} depend on a single chain", Readme, StringComparison.Ordinal);
    }

    public static TheoryData<string> CommandSamples() =>
        [.. Blocks().Where(b => b.Lines.Length > 0 && b.Lines[0].StartsWith("$ depgraph ", StringComparison.Ordinal)).Select(b => b.Lines[0])];

    [Theory]
    [MemberData(nameof(CommandSamples))]
    public void Command_sample_is_what_the_binary_prints(string commandLine)
    {
        var block = Blocks().First(b => b.Lines.Length > 0 && b.Lines[0] == commandLine).Lines;
        // paths in README commands are relative to the repository root, where a reader runs them
        var args = commandLine["$ depgraph ".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a.Contains('/') && File.Exists(Path.Combine(CliRunner.RepoRoot, a)) ? Path.Combine(CliRunner.RepoRoot, a) : a).ToArray();
        var r = CliRunner.Run(args);
        Assert.True(r.ExitCode == 0, r.Err);
        var output = r.Out.Replace(CliRunner.RepoRoot.TrimEnd('/') + "/", "", StringComparison.Ordinal).ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd()).ToList();
        int at = 0;
        bool skipping = false;
        foreach (var expected in block.Skip(1).Select(l => l.TrimEnd()))
        {
            if (expected.Trim() == "…") { skipping = true; continue; }
            int found = skipping ? output.IndexOf(expected, at) : (at < output.Count && output[at] == expected ? at : -1);
            Assert.True(found >= 0, $"README sample '{commandLine}': line '{expected}' is not printed at that place; the binary prints:\n{r.Out}");
            at = found + 1;
            skipping = false;
        }
    }
}
