using System.CommandLine;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Tests;

public class HelpTests
{
    private static readonly string[] Documented = ["summary", "validate", "reach", "spof", "paths", "cascade", "risk", "export", "generate", "report"];

    /// <summary>The commands the root command really has (so a new command is checked too).</summary>
    private static IEnumerable<Command> Commands(Language language = Language.English) =>
        Cli.Build(new CliContext(TextWriter.Null, TextWriter.Null, false), language).Subcommands;

    /// <summary>Every command path under the root, subcommands included: <c>report</c>, <c>survey export</c>.</summary>
    public static IEnumerable<string> CommandPaths() =>
        HelpTexts.Walk(Cli.Build(new CliContext(TextWriter.Null, TextWriter.Null, false), Language.English)).Skip(1).Select(HelpTexts.PathOf);

    private static string NoSpace(string s) => string.Concat(s.Where(c => !char.IsWhiteSpace(c)));

    [Fact]
    public void Every_documented_command_exists()
    {
        var names = Commands().Select(c => c.Name).ToHashSet();
        Assert.All(Documented, c => Assert.Contains(c, names));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ja")]
    public void Help_lists_every_command_on_its_own_line_with_its_own_description(string lang)
    {
        var language = Languages.Parse(lang);
        var r = CliRunner.Run("--help", "--lang", lang);
        Assert.True(r.ExitCode == 0, r.Err);
        var lines = r.Out.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var start = lines.FindIndex(l => l.StartsWith(HelpLayout.Heading("Commands:", language), StringComparison.Ordinal));
        Assert.True(start >= 0, r.Out);
        var end = lines.FindIndex(start + 1, l => l.Length == 0);
        var section = lines.Skip(start + 1).Take((end < 0 ? lines.Count : end) - start - 1).ToList();
        foreach (var c in Commands(language))
        {
            int at = section.FindIndex(l => l.StartsWith("  ", StringComparison.Ordinal) && l.TrimStart().Split(' ')[0] == c.Name);
            Assert.True(at >= 0, $"'{c.Name}' has no line of its own under Commands: in\n{r.Out}");
            // the command's block: its line and the wrapped lines that follow, up to the next command's line
            var block = new List<string> { section[at] };
            block.AddRange(section.Skip(at + 1).TakeWhile(l => l.StartsWith("   ", StringComparison.Ordinal)));
            string text = NoSpace(string.Concat(block));
            Assert.True(text.Contains(NoSpace(c.Description!), StringComparison.Ordinal), $"'{c.Name}' block lacks its own description:\n{string.Join('\n', block)}");
            Assert.Equal(language.Pick(HelpTexts.Of(c).Japanese, HelpTexts.Of(c).English), c.Description);
        }
    }

    [Fact]
    public void Descriptions_follow_the_language_and_differ_between_languages()
    {
        var ja = Commands(Language.Japanese).ToDictionary(c => c.Name, c => c.Description);
        var en = Commands(Language.English).ToDictionary(c => c.Name, c => c.Description);
        foreach (var (name, text) in ja)
        {
            Assert.NotEqual(en[name], text);
            Assert.Contains(text!, c => c >= '\u3040' && c <= '\u9fff'); // kana or kanji
        }

        Assert.Equal("Counts by kind, members by unit, sectors and their CEPTOARs, evidence vs assumption, validation status.", en["summary"]);
    }

    [Theory]
    [MemberData(nameof(CommandPathsAndLanguages))]
    public void Each_command_has_its_own_help_in_the_language_with_examples(string path, string lang)
    {
        var r = CliRunner.Run([.. path.Split(' '), "--help", "--lang", lang]);
        Assert.True(r.ExitCode == 0, r.Err);
        string output = r.Out.ReplaceLineEndings("\n");
        Assert.Matches($@"{HelpLayout.Heading("Usage:", Languages.Parse(lang))}\n\s+\S+ {path}\b", output);
        var text = HelpTexts.Commands[path];
        Assert.Contains(NoSpace(Languages.Parse(lang).Pick(text.Japanese, text.English)), NoSpace(output), StringComparison.Ordinal);
        Assert.Equal(text.Examples, HelpExamples.Parse(output, Languages.Parse(lang)));
    }

    public static TheoryData<string, string> CommandPathsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (string p in CommandPaths())
        {
            data.Add(p, "ja");
            data.Add(p, "en");
        }

        return data;
    }

    [Fact]
    public void Every_command_has_one_or_two_examples_of_itself()
    {
        foreach (string path in CommandPaths())
        {
            var examples = HelpTexts.Commands[path].Examples;
            Assert.InRange(examples.Count, 1, 2);
            Assert.All(examples, e => Assert.StartsWith("depgraph " + path + (path.Contains(' ', StringComparison.Ordinal) ? " " : ""), e, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_option_and_argument_has_its_Japanese_help()
    {
        var en = HelpTexts.Walk(Cli.Build(new CliContext(TextWriter.Null, TextWriter.Null, false), Language.English)).ToList();
        var ja = HelpTexts.Walk(Cli.Build(new CliContext(TextWriter.Null, TextWriter.Null, false), Language.Japanese)).ToList();
        var missing = new List<string>();
        for (int i = 0; i < en.Count; i++)
        {
            var enSymbols = en[i].Options.Cast<Symbol>().Concat(en[i].Arguments).ToList();
            var jaSymbols = ja[i].Options.Cast<Symbol>().Concat(ja[i].Arguments).ToList();
            for (int k = 0; k < enSymbols.Count; k++)
            {
                if (string.IsNullOrEmpty(enSymbols[k].Description)) continue;
                string? expected = HelpTexts.OptionJapanese(enSymbols[k].Description!);
                if (expected is null) missing.Add($"{HelpTexts.PathOf(en[i])} {enSymbols[k].Name}: {enSymbols[k].Description}");
                else Assert.Equal(expected, jaSymbols[k].Description);
            }
        }

        Assert.True(missing.Count == 0, "no Japanese help for:\n" + string.Join('\n', missing));
        var r = CliRunner.Run("report", "--help", "--lang", "ja");
        Assert.Contains("報告書のフォルダ（既定 ./report）", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Report folder", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Root_help_is_in_Japanese_with_ja_and_in_English_with_en()
    {
        var ja = CliRunner.Run("--lang", "ja", "--help");
        var en = CliRunner.Run("--help", "--lang", "en");
        Assert.True(ja.ExitCode == 0, ja.Err);
        Assert.Contains("日本の重要インフラの情報共有体制", ja.Out, StringComparison.Ordinal);
        Assert.Contains("使用例:", ja.Out, StringComparison.Ordinal);
        Assert.Contains("Japan's critical-infrastructure information-sharing system", en.Out, StringComparison.Ordinal);
        Assert.Contains("Examples:", en.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("使用例:", en.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_language_is_the_last_valid_lang_else_the_environment()
    {
        Assert.Equal(Language.English, HelpTexts.LanguageOf(["reach", "--lang", "ja", "--lang=en", "--help"]));
        Assert.Equal(Language.Japanese, HelpTexts.LanguageOf(["reach", "--lang:ja", "--help"]));
        Assert.Equal(Languages.FromEnvironment(), HelpTexts.LanguageOf(["reach", "--lang", "xx", "--help"]));
        Assert.Equal(Languages.FromEnvironment(), HelpTexts.LanguageOf(["reach", "--help"]));
    }

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
