using System.Collections.Immutable;

namespace Depgraph.Core.Model;

/// <summary>A source document shipped with a dataset (its text is what evidence quotes are checked against).</summary>
/// <param name="FileName">File name, e.g. <c>nisc-ceptoar-fy2024.txt</c>.</param>
/// <param name="Title">Title of the document.</param>
/// <param name="Publisher">Publisher, e.g. NISC.</param>
public sealed record SourceDocument(string FileName, string Title, string Publisher);

/// <summary>
/// A loaded graph with all its attributes and provenance: the curated dataset, or a generic graph read from
/// CSV or GraphML. Analyses do not run on this; they run on <see cref="Compact.CompactGraph"/> built from it.
/// </summary>
/// <remarks>Immutable; node and edge order is the order of the input (deterministic).</remarks>
public sealed record GraphDataset
{
    /// <summary>Creates a dataset.</summary>
    public GraphDataset(string name, ImmutableArray<Node> nodes, ImmutableArray<Edge> edges,
        ImmutableArray<SourceDocument> sources = default, bool isCurated = false, ImmutableArray<Channel> channels = default)
    {
        Channels = channels.IsDefault ? ImmutableArray<Channel>.Empty : channels;
        Name = name;
        Nodes = nodes.IsDefault ? ImmutableArray<Node>.Empty : nodes;
        Edges = edges.IsDefault ? ImmutableArray<Edge>.Empty : edges;
        Sources = sources.IsDefault ? ImmutableArray<SourceDocument>.Empty : sources;
        IsCurated = isCurated;
        var map = new Dictionary<string, Node>(Nodes.Length, StringComparer.Ordinal);
        foreach (var n in Nodes) map.TryAdd(n.Id, n);
        _byId = map;
    }

    private readonly Dictionary<string, Node> _byId;

    /// <summary>Dataset name (folder name or file name).</summary>
    public string Name { get; }
    /// <summary>Nodes in input order.</summary>
    public ImmutableArray<Node> Nodes { get; }
    /// <summary>Edges in input order.</summary>
    public ImmutableArray<Edge> Edges { get; }
    /// <summary>Source documents the evidence quotes come from.</summary>
    public ImmutableArray<SourceDocument> Sources { get; }
    /// <summary>The channels edges name (the curated dataset's <c>defaults.yaml</c>), in file order; empty for generic graphs.</summary>
    public ImmutableArray<Channel> Channels { get; }
    /// <summary>True for a curated dataset folder (YAML with provenance); false for generic CSV/GraphML graphs.</summary>
    public bool IsCurated { get; }

    /// <summary>Finds a node by id.</summary>
    public Node? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Builds the compact graph of all edges, in their stored direction.</summary>
    public Compact.CompactGraph ToCompactGraph() => Compact.CompactGraph.FromDataset(this);
}
