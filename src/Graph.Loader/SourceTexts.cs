using Depgraph.Core.Model;

namespace Depgraph.Loader;

/// <summary>The source documents of a dataset, searched for evidence quotes.</summary>
internal sealed class SourceTexts
{
    private readonly List<(string Name, string Text, int[] LineStarts)> _docs = [];

    public IReadOnlyList<string> Names => [.. _docs.Select(d => d.Name)];

    public int Count => _docs.Count;

    /// <summary>Adds a document; CRLF is read as LF so quotes match whatever the line ending.</summary>
    public void Add(string name, string text)
    {
        text = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++) if (text[i] == '\n') starts.Add(i + 1);
        _docs.Add((name, text, [.. starts]));
    }

    /// <summary>The evidence for a quote: the first document containing it verbatim, and the 1-based line it starts on.</summary>
    public Evidence? Find(string quote)
    {
        quote = quote.Replace("\r\n", "\n", StringComparison.Ordinal);
        foreach (var (name, text, starts) in _docs)
        {
            int at = text.IndexOf(quote, StringComparison.Ordinal);
            if (at < 0) continue;
            int i = Array.BinarySearch(starts, at);
            int line = i >= 0 ? i + 1 : ~i;
            return new Evidence(quote, line, name);
        }
        return null;
    }
}
