using System.CommandLine;

namespace Depgraph.Cli.Tests;

public class HelpTests
{
    private static readonly string[] Documented = ["summary", "validate", "reach", "spof", "paths", "cascade", "risk", "export", "generate", "report"];

    /// <summary>The commands the root command really has (so a new command is checked too).</summary>
    private static IEnumerable<Command> Commands() =>
        Cli.Build(new CliContext(TextWriter.Null, TextWriter.Null, false)).Subcommands;

    [Fact]
    public void Every_documented_command_exists()
    {
        var names = Commands().Select(c => c.Name).ToHashSet();
        Assert.All(Documented, c => Assert.Contains(c, names));
    }

    [Fact]
    public void Help_lists_every_command_on_its_own_line_with_its_description()
    {
        var r = CliRunner.Run("--help");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith("Commands:", StringComparison.Ordinal));
        Assert.True(start >= 0, r.Out);
        var commandLines = lines.Skip(start + 1).Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        foreach (var c in Commands())
        {
            var line = commandLines.SingleOrDefault(l => l.TrimStart().Split(' ')[0] == c.Name);
            Assert.True(line is not null, $"'{c.Name}' has no line of its own under Commands: in\n{r.Out}");
            var first = c.Description!.Split(' ')[0];
            Assert.True(line.Contains(first, StringComparison.Ordinal), $"'{c.Name}' line lacks its description: {line}");
        }
    }

    [Theory]
    [MemberData(nameof(CommandNames))]
    public void Each_command_has_its_own_help(string name)
    {
        var r = CliRunner.Run(name, "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Matches($@"Usage:\n\s+\S+ {name}\b", r.Out.ReplaceLineEndings("\n"));
        Assert.Contains(Commands().Single(c => c.Name == name).Description!, r.Out.Replace("\n  ", " ", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    public static TheoryData<string> CommandNames() => [.. Commands().Select(c => c.Name)];

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }

    [Fact]
    public void Conflicting_inputs_are_a_usage_error()
    {
        var r = CliRunner.Run("summary", "--data", CliRunner.Dataset, "--graphml", "x.graphml");
        Assert.Equal(2, r.ExitCode);
    }
}
