using System.CommandLine;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Tests.Infrastructure;

public class HelpLayoutTests
{
    private static readonly string[] EnglishHeadings = ["Description:", "Usage:", "Arguments:", "Options:", "Commands:", "Examples:"];

    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string> { "" };
        foreach (var p in HelpTests.CommandPaths()) data.Add(p);
        return data;
    }

    private static string[] Args(string path, string lang) => [.. path.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help", "--lang", lang];

    private static List<string> Headings(string help) =>
        help.ReplaceLineEndings("\n").Split('\n').Where(l => l.Length > 0 && !char.IsWhiteSpace(l[0])).ToList();

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Japanese_help_has_Japanese_headings_and_placeholders(string path)
    {
        var r = CliRunner.Run(Args(path, "ja"));
        Assert.True(r.ExitCode == 0, r.Err);
        var headings = Headings(r.Out);
        Assert.Contains("使い方:", headings);
        Assert.Contains("オプション:", headings);
        Assert.Contains("使用例:", headings);
        Assert.All(headings, h => Assert.DoesNotContain(h, EnglishHeadings));
        Assert.DoesNotContain("[options]", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("(REQUIRED)", r.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("[default:", r.Out, StringComparison.Ordinal);
        // the same sections, in the same order, as the English help
        var en = Headings(CliRunner.Run(Args(path, "en")).Out);
        Assert.Equal(en.Select(h => HelpLayout.Heading(h, Language.Japanese)), headings);
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void English_help_is_System_CommandLine_s_own_layout_with_our_examples(string path)
    {
        var r = CliRunner.Run(Args(path, "en"));
        Assert.True(r.ExitCode == 0, r.Err);
        // rendered straight through System.CommandLine, without the layout
        var raw = new StringWriter();
        var root = Cli.Build(new CliContext(TextWriter.Null, TextWriter.Null, false), Language.English);
        root.Parse(Args(path, "en")).Invoke(new InvocationConfiguration { Output = raw, Error = TextWriter.Null });
        Assert.Equal(raw.ToString(), r.Out);
        Assert.Contains("Usage:", Headings(r.Out));
    }

    [Fact]
    public void Required_and_default_labels_are_translated_and_the_columns_stay_aligned()
    {
        var r = CliRunner.Run("paths", "--help", "--lang", "ja");
        var rows = r.Out.ReplaceLineEndings("\n").Split('\n').SkipWhile(l => l != "オプション:").Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Contains(rows, l => l.Contains("--from <A> (必須)", StringComparison.Ordinal));
        Assert.Contains(rows, l => l.Contains("[既定: 10]", StringComparison.Ordinal));
        // the second column starts at the same display column on every row (a full-width character is two columns wide)
        static int Width(string s) => s.Sum(c => c >= '\u1100' ? 2 : 1);
        var starts = rows.Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^(\s+\S.*?\s{2,})\S")).Select(m => Width(m.Groups[1].Value)).ToList();
        Assert.Equal(rows.Count, starts.Count(w => w > 0));
        Assert.Single(starts.Distinct());
    }

    [Fact]
    public void Headings_are_known_and_follow_the_language()
    {
        Assert.Equal("使用例:", HelpLayout.Heading("Examples:", Language.Japanese));
        Assert.Equal("Examples:", HelpLayout.Heading("Examples:", Language.English));
        Assert.Throws<ArgumentException>(() => HelpLayout.Heading("Nonsense:", Language.Japanese));
    }
}
