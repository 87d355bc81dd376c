using Depgraph.Core.Model;

namespace Depgraph.Cli.Tests;

/// <summary>Reads the examples section of a help text.</summary>
public static class HelpExamples
{
    /// <summary>The command lines listed under the examples heading (<c>Examples:</c> / <c>使用例:</c>).</summary>
    public static IReadOnlyList<string> Parse(string help, Language language)
    {
        var lines = help.ReplaceLineEndings("\n").Split('\n');
        int start = Array.IndexOf(lines, language.Pick("使用例:", "Examples:"));
        Assert.True(start >= 0, "no examples section in\n" + help);
        return [.. lines.Skip(start + 1).TakeWhile(l => l.StartsWith("  depgraph ", StringComparison.Ordinal)).Select(l => l.Trim())];
    }
}

/// <summary>Every example shown in any command's help runs as shown against the shipped dataset.</summary>
[Collection("Report (ScottPlot global font state)")]
public class HelpExamplesTests
{
    [Fact]
    public void Every_example_in_help_runs_in_process_and_exits_0()
    {
        var examples = new List<string>();
        foreach (string path in new[] { "" }.Concat(HelpTests.CommandPaths()))
        {
            string[] cmd = path.Length == 0 ? [] : path.Split(' ');
            foreach (var lang in Languages.All)
            {
                var help = CliRunner.Run([.. cmd, "--help", "--lang", lang.Code()]);
                Assert.True(help.ExitCode == 0, help.Err);
                var shown = HelpExamples.Parse(help.Out, lang);
                Assert.NotEmpty(shown);
                examples.AddRange(shown.Where(e => !examples.Contains(e)));
            }
        }

        Assert.True(examples.Count >= 16, string.Join('\n', examples));
        string temp = CliRunner.TempDir();
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal); // --out NAME → its temp path, for later examples that read it
        var failures = new List<string>();
        var commandNames = HelpTests.CommandPaths().SelectMany(p => p.Split(' ')).ToHashSet(StringComparer.Ordinal);
        foreach (string example in examples)
        {
            Assert.DoesNotContain('"', example);
            var tokens = example.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
            int first = tokens.TakeWhile(commandNames.Contains).Count(); // the command path is never a file
            for (int i = first; i < tokens.Length; i++)
            {
                if (i > 0 && tokens[i - 1] == "--out")
                {
                    if (!outputs.TryGetValue(tokens[i], out string? target)) outputs[tokens[i]] = target = Path.Combine(temp, tokens[i]);
                    tokens[i] = target;
                }
                else if (outputs.TryGetValue(tokens[i], out string? written)) tokens[i] = written;
                else if (tokens[i].Contains('/', StringComparison.Ordinal) && Path.Exists(Path.Combine(CliRunner.RepoRoot, tokens[i]))) tokens[i] = Path.Combine(CliRunner.RepoRoot, tokens[i]);
            }

            var r = CliRunner.Run(tokens);
            if (r.ExitCode != 0) failures.Add($"{example} → exit {r.ExitCode}: {r.Err}");
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
        Assert.True(File.Exists(Path.Combine(outputs["report"], "report.html")));
    }
}
