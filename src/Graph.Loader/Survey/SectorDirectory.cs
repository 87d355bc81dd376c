using Depgraph.Core.Model;

namespace Depgraph.Loader.Survey;

/// <summary>
/// The sectors and shared resources a questionnaire may name, and how a cell names them: by id
/// (<c>sector.electricity</c>), Japanese name (電力), English name (Electricity, any case) or <c>name (id)</c>,
/// after NFKC normalisation (full-width and half-width forms are the same).
/// </summary>
public sealed class SectorDirectory
{
    private readonly Dictionary<string, string> _byKey = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Node> _nodes;

    /// <summary>Builds the directory of <paramref name="dataset"/>'s sector and resource nodes.</summary>
    public SectorDirectory(GraphDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        _nodes = [.. dataset.Nodes.Where(n => n.Kind is NodeKind.Sector or NodeKind.Resource)];
        var ambiguous = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var n in _nodes) _byKey[n.Id] = n.Id;
        foreach (var n in _nodes)
        {
            foreach (var name in new[] { n.NameJa, n.NameEn })
            {
                var k = SurveyText.Normalize(name);
                if (k.Length == 0 || _byKey.ContainsKey(k) && _byKey[k] == n.Id) continue;
                if (_byKey.ContainsKey(k)) ambiguous.Add(k);
                else _byKey[k] = n.Id;
            }
        }
        foreach (var k in ambiguous) _byKey.Remove(k);
    }

    /// <summary>The sector nodes, in dataset order.</summary>
    public IEnumerable<Node> Sectors => _nodes.Where(n => n.Kind == NodeKind.Sector);

    /// <summary>Sectors then shared resources, in dataset order.</summary>
    public IEnumerable<Node> All => Sectors.Concat(_nodes.Where(n => n.Kind == NodeKind.Resource));

    /// <summary>The node of an id.</summary>
    public Node? Node(string id) => _nodes.Find(n => n.Id == id);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> _cache = new(StringComparer.Ordinal);

    /// <summary>Resolves a cell to a sector or resource id; null when it names none.</summary>
    public string? Resolve(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        // answers repeat the same few names thousands of times: normalise each distinct text once
        if (_cache.TryGetValue(cell, out var hit)) return hit;
        var id = ResolveUncached(cell);
        if (_cache.Count < 10_000) _cache[cell] = id;
        return id;
    }

    private string? ResolveUncached(string cell)
    {
        var k = SurveyText.Normalize(cell);
        if (k.Length == 0) return null;
        if (_byKey.TryGetValue(k, out var id)) return id;
        int open = k.LastIndexOf('(');
        if (open > 0 && k.EndsWith(')') && _byKey.TryGetValue(k[(open + 1)..^1].Trim(), out id)) return id;
        return null;
    }

    /// <summary>How a questionnaire writes a sector: its name in <paramref name="lang"/> when that resolves back to it, else its id.</summary>
    public string Display(string id, Language lang)
    {
        var n = Node(id);
        if (n is null) return id;
        var name = n.Name(lang);
        return Resolve(name) == id ? name : id;
    }
}
