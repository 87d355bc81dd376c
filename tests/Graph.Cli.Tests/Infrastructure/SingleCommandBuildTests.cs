using System.CommandLine;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>
/// Cli.Run builds only the command that the first argument names; these check that such a root parses and helps every
/// command line of that command exactly as the root with every command does.
/// </summary>
public class SingleCommandBuildTests
{
    private static readonly CliContext Quiet = new(TextWriter.Null, TextWriter.Null, false);

    public static TheoryData<string> Names() =>
        [.. Cli.Build(Quiet, Language.English).Subcommands.Select(c => c.Name)];

    [Fact]
    public void The_first_argument_names_a_command_only_when_it_is_one()
    {
        foreach (var c in Cli.Build(Quiet, Language.English).Subcommands) Assert.Equal(c.Name, Cli.CommandNamedBy([c.Name, "--help"]));
        Assert.Null(Cli.CommandNamedBy([]));
        Assert.Null(Cli.CommandNamedBy(["--help"]));
        Assert.Null(Cli.CommandNamedBy(["Reach"]));
        Assert.Null(Cli.CommandNamedBy(["[diagram]", "reach"]));
        Assert.Null(Cli.CommandNamedBy(["frobnicate"]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void A_root_of_one_command_parses_and_helps_like_the_whole_root(string name)
    {
        string[][] lines =
        [
            [name, "--help"], [name, "-h", "--lang", "ja"], [name], [name, "--bogus"], [name, "--format"], [name, "summary"],
            [name, "--from", "reach", "--format", "json"], [name, "--data", "x", "--nodes", "y"], [name, "export", "--help"],
        ];
        foreach (var lang in new[] { Language.English, Language.Japanese })
        {
            foreach (var args in lines)
            {
                var all = Cli.Build(Quiet, lang, only: null).Parse(args);
                var one = Cli.Build(Quiet, lang, only: name).Parse(args);
                string line = string.Join(' ', args);
                Assert.True(all.Errors.Select(e => e.Message).SequenceEqual(one.Errors.Select(e => e.Message)), line);
                Assert.Equal(all.CommandResult.Command.Name, one.CommandResult.Command.Name);
                Assert.Equal(all.Tokens.Select(t => (t.Value, t.Type)), one.Tokens.Select(t => (t.Value, t.Type)));
                if (HelpTexts.IsHelp(all))
                {
                    Assert.True(HelpTexts.IsHelp(one), line);
                    Assert.Equal(Help(all), Help(one));
                }
            }
        }
    }

    private static string Help(ParseResult parse)
    {
        var o = new StringWriter();
        parse.Invoke(new InvocationConfiguration { Output = o, Error = TextWriter.Null, EnableDefaultExceptionHandler = false });
        return o.ToString();
    }
}
