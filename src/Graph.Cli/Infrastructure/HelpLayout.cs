using Depgraph.Core.Model;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// The layout of <c>--help</c> in the help's language: the sections System.CommandLine lays out (description, usage,
/// arguments, options, commands) and our examples, with the headings, the usage placeholders and the option labels
/// in Japanese or English. English is System.CommandLine's own text, written unchanged.
/// </summary>
/// <remarks>
/// <para>System.CommandLine 2.0 writes its headings in the process's UI culture, not in the language <c>--lang</c>
/// asks for, and does not let the layout be replaced, so the help is rendered once in English and laid out here: a
/// heading is a line that is not indented (every row under it is), so headings are recognised by position, never by
/// searching the descriptions. The labels of the first column keep their display width (a full-width character
/// counts two), so the second column stays aligned.</para>
/// </remarks>
internal static class HelpLayout
{
    /// <summary>Section heading in English → Japanese.</summary>
    private static readonly IReadOnlyDictionary<string, string> Headings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["Description:"] = "説明:",
        ["Usage:"] = "使い方:",
        ["Arguments:"] = "引数:",
        ["Options:"] = "オプション:",
        ["Commands:"] = "コマンド:",
        ["Examples:"] = "使用例:",
    };

    /// <summary>The heading of a section (<c>Usage:</c> …) in <paramref name="language"/>.</summary>
    /// <exception cref="ArgumentException">The heading is not one of the help's sections.</exception>
    public static string Heading(string english, Language language) =>
        Headings.TryGetValue(english, out var ja) ? language.Pick(ja, english)
            : throw new ArgumentException($"'{english}' is not a help section heading.", nameof(english));

    /// <summary>Writes <paramref name="englishHelp"/> (System.CommandLine's help and our examples) to <paramref name="output"/> in <paramref name="language"/>.</summary>
    public static void Write(string englishHelp, TextWriter output, Language language)
    {
        if (language == Language.English) { output.Write(englishHelp); return; }
        string? section = null;
        foreach (var line in Lines(englishHelp))
        {
            string text = line.TrimEnd('\r', '\n');
            string end = line[text.Length..];
            if (text.Length > 0 && !char.IsWhiteSpace(text[0]) && Headings.ContainsKey(text))
            {
                section = text;
                output.Write(Heading(text, language) + end);
                continue;
            }
            output.Write(section switch
            {
                "Usage:" => text.Replace("[command]", "[コマンド]", StringComparison.Ordinal).Replace("[options]", "[オプション]", StringComparison.Ordinal),
                "Options:" or "Arguments:" => Labels(text),
                _ => text,
            } + end);
        }
    }

    /// <summary>The Japanese labels of an option or argument row, the first column keeping its display width.</summary>
    private static string Labels(string row) => row
        .Replace(" (REQUIRED)", " (必須)" + new string(' ', " (REQUIRED)".Length - DisplayWidth(" (必須)")), StringComparison.Ordinal)
        .Replace("[default: ", "[既定: ", StringComparison.Ordinal);

    private static int DisplayWidth(string s) => s.Sum(c => c >= '\u1100' ? 2 : 1);

    /// <summary>The lines of <paramref name="text"/>, each with its line ending.</summary>
    private static IEnumerable<string> Lines(string text)
    {
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            yield return text[start..(i + 1)];
            start = i + 1;
        }
        if (start < text.Length) yield return text[start..];
    }
}
