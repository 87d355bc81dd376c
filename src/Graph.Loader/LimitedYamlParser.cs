using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Depgraph.Loader;

/// <summary>
/// A YamlDotNet <see cref="IParser"/> that enforces <see cref="ReaderLimits"/> on the event stream, before any node
/// is built: nesting depth (the representation model builds nested nodes recursively, so 30,000 <c>[</c> overflowed
/// the stack), scalar length, the number of aliases and the number of nodes the aliases stand for (an alias bomb used
/// as mapping keys made the model hash an exponentially large tree). A breach throws a <see cref="YamlException"/>
/// whose message names the limit; the loader reports it as an issue at that line.
/// </summary>
/// <remarks>Counting is O(1) per event: each open collection keeps its size (nodes, aliases expanded); an anchored
/// node records its size when it ends; an alias adds the recorded size of its anchor.</remarks>
internal sealed class LimitedYamlParser(IParser inner, ReaderLimits limits) : IParser
{
    private readonly Stack<(long Size, string? Anchor)> _open = new();
    private readonly Dictionary<string, long> _anchorSize = new(StringComparer.Ordinal);
    private long _aliases;
    private long _aliasNodes;

    /// <inheritdoc/>
    public ParsingEvent? Current => inner.Current;

    /// <inheritdoc/>
    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
        var e = inner.Current!;
        switch (e)
        {
            case MappingStart or SequenceStart:
                if (_open.Count >= limits.MaxYamlDepth)
                    throw Breach(e, "yaml-depth", "lists and mappings nest too deeply");
                _open.Push((0, AnchorOf(e)));
                break;
            case MappingEnd or SequenceEnd:
                if (_open.Count > 0)
                {
                    var (size, anchor) = _open.Pop();
                    Added(size + 1, anchor);
                }
                break;
            case Scalar s:
                if (s.Value.Length > limits.MaxFieldLength)
                    throw Breach(e, "max-field-length", $"a text value is {s.Value.Length:N0} characters long");
                Added(1, AnchorOf(e));
                break;
            case AnchorAlias a:
                if (++_aliases > limits.MaxYamlAliases)
                    throw Breach(e, "yaml-aliases", "the file uses too many aliases (*name)");
                long n = _anchorSize.GetValueOrDefault(a.Value.Value, 1);
                _aliasNodes += n;
                if (_aliasNodes > limits.MaxYamlAliasNodes)
                    throw Breach(e, "yaml-alias-nodes", "the aliases (*name) repeat too many nodes (an alias bomb?)");
                Added(n, null);
                break;
            case DocumentStart:
                _open.Clear();
                break;
        }
        return true;
    }

    private void Added(long size, string? anchor)
    {
        if (anchor is not null) _anchorSize[anchor] = size;
        if (_open.Count > 0)
        {
            var (s, a) = _open.Pop();
            _open.Push((s + size, a));
        }
    }

    private static string? AnchorOf(ParsingEvent e) =>
        e is NodeEvent { Anchor.IsEmpty: false } n ? n.Anchor.Value : null;

    private YamlLimitException Breach(ParsingEvent e, string name, string what) =>
        new(e.Start, e.End, limits.Exceeded(name, what));
}

/// <summary>A <see cref="ReaderLimits"/> breach found by <see cref="LimitedYamlParser"/>.</summary>
internal sealed class YamlLimitException(in Mark start, in Mark end, string message) : YamlException(start, end, message);
