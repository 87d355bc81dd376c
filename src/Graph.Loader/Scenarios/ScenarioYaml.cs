using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Depgraph.Loader.Scenarios;

/// <summary>
/// A minimal YAML tree read from YamlDotNet's event parser with limits: file size, nesting depth and node
/// count are capped, and aliases (<c>*ref</c>, the "billion laughs" vector) are refused outright.
/// </summary>
internal abstract record YNode(int Line);

internal sealed record YScalar(string? Value, bool IsNull, int Line) : YNode(Line);

internal sealed record YMap(List<(YScalar Key, YNode Value)> Entries, int Line) : YNode(Line);

internal sealed record YSeq(List<YNode> Items, int Line) : YNode(Line);

internal static class ScenarioYaml
{
    /// <summary>Largest scenario file read (1 MiB).</summary>
    public const int MaxBytes = 1 << 20;
    /// <summary>Deepest nesting of mappings and sequences.</summary>
    public const int MaxDepth = 16;
    /// <summary>Most YAML nodes in one file.</summary>
    public const int MaxNodes = 200_000;

    /// <summary>
    /// The last line of <paramref name="text"/> as editors number it (line breaks: LF, CR LF, CR). YamlDotNet can place
    /// an error at the end of input one line past the last, and counts U+2028/U+0085 as breaks; lines are clamped to this.
    /// </summary>
    internal static int LastLine(string text)
    {
        int lines = 1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n') lines++;
            else if (text[i] == '\r') { lines++; if (i + 1 < text.Length && text[i + 1] == '\n') i++; }
        }
        return lines;
    }

    /// <summary>Parses <paramref name="text"/>; returns the root (null for an empty file) or an error with its line.</summary>
    public static YNode? Parse(string text, out (int Line, string Message)? error)
    {
        error = null;
        var parser = new Parser(new StringReader(text));
        var stack = new Stack<object>(); // YMap (with a pending key) or YSeq
        var pendingKey = new Stack<YScalar?>();
        YNode? root = null;
        int nodes = 0, documents = 0;
        int last = LastLine(text);
        try
        {
            while (parser.MoveNext())
            {
                var ev = parser.Current!;
                int line = (int)Math.Clamp(ev.Start.Line, 1, last);
                switch (ev)
                {
                    case DocumentStart:
                        if (++documents > 1) { error = (line, "only one YAML document is allowed in a scenario file; remove the '---' separator."); return null; }
                        continue;
                    case StreamStart or StreamEnd or DocumentEnd or Comment:
                        continue;
                    case AnchorAlias:
                        error = (line, "YAML aliases (*name) are not allowed in scenario files; write the value out.");
                        return null;
                }
                if (++nodes > MaxNodes) { error = (line, $"the file has more than {MaxNodes:N0} YAML nodes; split it."); return null; }
                YNode? completed = null;
                switch (ev)
                {
                    case Scalar s:
                        bool isNull = s.Style is ScalarStyle.Plain or ScalarStyle.Any && s.Value is "" or "~" or "null" or "Null" or "NULL";
                        completed = new YScalar(isNull ? null : s.Value, isNull, line);
                        break;
                    case MappingStart:
                        if (stack.Count >= MaxDepth) { error = (line, $"nesting deeper than {MaxDepth} levels; scenario files are flat lists."); return null; }
                        stack.Push(new YMap([], line));
                        pendingKey.Push(null);
                        continue;
                    case SequenceStart:
                        if (stack.Count >= MaxDepth) { error = (line, $"nesting deeper than {MaxDepth} levels; scenario files are flat lists."); return null; }
                        stack.Push(new YSeq([], line));
                        pendingKey.Push(null);
                        continue;
                    case MappingEnd or SequenceEnd:
                        completed = (YNode)stack.Pop();
                        pendingKey.Pop();
                        nodes--; // the start was counted
                        break;
                    default:
                        continue;
                }
                if (stack.Count == 0) { root = completed; continue; }
                switch (stack.Peek())
                {
                    case YSeq seq:
                        seq.Items.Add(completed!);
                        break;
                    case YMap map:
                        var key = pendingKey.Pop();
                        if (key is null)
                        {
                            if (completed is not YScalar k) { error = (completed!.Line, "mapping keys must be plain text."); return null; }
                            pendingKey.Push(k);
                        }
                        else
                        {
                            map.Entries.Add((key, completed!));
                            pendingKey.Push(null);
                        }
                        break;
                }
            }
        }
        catch (YamlException ex)
        {
            var msg = (ex.InnerException as YamlException)?.Message ?? ex.Message;
            int cut = msg.IndexOf("): ", StringComparison.Ordinal);
            if (msg.StartsWith("(Line", StringComparison.Ordinal) && cut > 0) msg = msg[(cut + 3)..];
            error = ((int)Math.Clamp(ex.Start.Line, 1, last), "YAML syntax error: " + msg);
            return null;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            error = (1, "YAML syntax error (an unclosed '[', '{' or quote?): " + ex.Message);
            return null;
        }
        return root;
    }
}
