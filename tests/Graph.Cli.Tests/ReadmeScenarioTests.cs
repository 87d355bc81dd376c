using System.Text.RegularExpressions;

namespace Depgraph.Cli.Tests;

/// <summary>
/// The README's two what-if answers are the real output of one command each: this test regenerates them and fails
/// when README.md differs. Run with DEPGRAPH_UPDATE_README=1 to rewrite the README blocks instead.
/// </summary>
public class ReadmeScenarioTests
{
    [Theory]
    [InlineData("compare-meti", "docs/scenarios/meti-unavailable.yaml")]
    [InlineData("compare-water", "docs/scenarios/water-second-route.yaml")]
    public void README_what_if_output_is_current(string marker, string scenario)
    {
        var args = new[] { "compare", "--scenario", scenario, "--format", "table" };
        var r = CliRunner.Run(["compare", "--scenario", Path.Combine(CliRunner.RepoRoot, scenario), "--format", "table"]);
        Assert.True(r.ExitCode == 0, r.Err);
        var output = r.Out.ReplaceLineEndings("\n").Replace(CliRunner.RepoRoot.TrimEnd('/') + "/", "", StringComparison.Ordinal);
        var block = $"<!-- readme-sample: {marker} -->\n```\n$ depgraph {string.Join(' ', args)}\n{output}```\n";

        var readme = Path.Combine(CliRunner.RepoRoot, "README.md");
        var text = File.ReadAllText(readme).ReplaceLineEndings("\n");
        var pattern = new Regex($"<!-- readme-sample: {Regex.Escape(marker)} -->\\n```\\n.*?```\\n", RegexOptions.Singleline);
        var m = pattern.Match(text);
        Assert.True(m.Success, $"README.md has no block marked <!-- readme-sample: {marker} -->");
        if (Environment.GetEnvironmentVariable("DEPGRAPH_UPDATE_README") == "1")
        {
            File.WriteAllText(readme, text[..m.Index] + block + text[(m.Index + m.Length)..]);
            return;
        }
        Assert.Equal(block, m.Value);
    }
}
