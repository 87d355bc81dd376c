using System.Text.Json;
using Depgraph.Core.Model;
using Depgraph.Loader.Interchange;

namespace Depgraph.Loader.Tests.Interchange;

/// <summary>
/// The curated dataset (data/ceptoar-fy2024) through every interchange format: its load.cypher passes Neo4j's parser,
/// and Neo4j CSV and GraphML read back to the same nodes and edges; networkx reads the GraphML with the same counts.
/// </summary>
public class CuratedExportTests
{
    private static readonly Lazy<GraphDataset> Dataset = new(() =>
        GraphInput.LoadDataset(Path.Combine(ExternalTools.RepoRoot, "data", GraphInput.DefaultDatasetName)).GetValueOrThrow());

    /// <summary>The curated dataset, loaded once.</summary>
    internal static GraphDataset Curated => Dataset.Value;

    [Fact]
    public void CuratedDataset_IsTheOneTheReadmeAnswersAreAbout()
    {
        var ds = Curated;
        Assert.Equal(155, ds.Nodes.Length);
        Assert.Equal(521, ds.Edges.Length);
        Assert.Equal(21, ds.Nodes.Count(n => n.Kind == NodeKind.Ceptoar));
        Assert.Single(ds.Nodes, n => n.Kind == NodeKind.Government);
    }

    [Fact]
    public void LoadCypher_OfTheCuratedDataset_PassesNeo4jsParser_WithOneStatementPerLabelAndType()
    {
        var ds = Curated;
        using var tmp = new ExternalTools.TempDir();
        Neo4jExporter.Write(ds, tmp.Path);
        var r = ExternalTools.LintCypher(tmp.File("load.cypher"));
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var result = Assert.Single(doc.RootElement.EnumerateArray());
        var errors = result.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("severity").GetString() == "error").Select(d => d.ToString()).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        // every label and type has fewer than 500 rows: the constraint plus one UNWIND batch per label and per type present
        Assert.All(ds.Nodes.GroupBy(n => n.Kind), g => Assert.True(g.Count() <= Neo4jExporter.MaxBatchSize));
        Assert.All(ds.Edges.GroupBy(e => e.Kind), g => Assert.True(g.Count() <= Neo4jExporter.MaxBatchSize));
        var expected = 1 + ds.Nodes.Select(n => n.Kind).Distinct().Count() + ds.Edges.Select(e => e.Kind).Distinct().Count();
        Assert.Equal(expected, result.GetProperty("statements").GetInt32());
    }

    [Fact]
    public void Neo4jCsv_OfTheCuratedDataset_ReadsBackToTheSameNodesAndEdges()
    {
        var ds = Curated;
        using var tmp = new ExternalTools.TempDir();
        Neo4jExporter.Write(ds, tmp.Path);
        var back = Neo4jCsvReader.Read(tmp.Path);
        Assert.True(back.Issues.Count == 0, string.Join("\n", back.Issues));
        // an array item holding the array delimiter '|' is written with '¦' (docs/neo4j.md); everything else is exact
        DatasetComparer.AssertEqual(ds, back.Value!, s => s.Replace('|', '¦'));
    }

    [Fact]
    public void GraphMl_OfTheCuratedDataset_ReadsBackToTheSameNodesAndEdges()
    {
        var ds = Curated;
        using var tmp = new ExternalTools.TempDir();
        GraphMlWriter.Write(ds, tmp.File("g.graphml"));
        var back = GraphMlReader.Read(tmp.File("g.graphml"));
        Assert.True(back.Issues.Count == 0, string.Join("\n", back.Issues));
        DatasetComparer.AssertEqual(ds, back.Value!);
    }

    private const string NetworkxCounts = """
        import json, sys, collections
        import networkx as nx
        g = nx.read_graphml(sys.argv[1])
        print(json.dumps({
            'directed': g.is_directed(), 'multigraph': g.is_multigraph(),
            'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),
            'kinds': collections.Counter(d['kind'] for _, d in g.nodes(data=True)),
            'types': collections.Counter(d['type'] for _, _, d in g.edges(data=True)),
            'members_total': sum(d.get('members_total', 0) for _, d in g.nodes(data=True)),
            'nisc_out_provide': sum(1 for _, _, d in g.out_edges('nisc', data=True) if d.get('flow') == 'provide'),
        }, ensure_ascii=False))
        """;

    [Fact]
    public void GraphMl_OfTheCuratedDataset_LoadsInNetworkx_WithTheSameCounts()
    {
        var ds = Curated;
        using var tmp = new ExternalTools.TempDir();
        GraphMlWriter.Write(ds, tmp.File("g.graphml"));
        var r = ExternalTools.Python(NetworkxCounts, tmp.File("g.graphml"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var j = doc.RootElement;
        Assert.True(j.GetProperty("directed").GetBoolean());
        Assert.True(j.GetProperty("multigraph").GetBoolean());
        Assert.Equal(ds.Nodes.Length, j.GetProperty("nodes").GetInt32());
        Assert.Equal(ds.Edges.Length, j.GetProperty("edges").GetInt32());
        Assert.Equal(
            ds.Nodes.GroupBy(n => n.Kind.Token()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"),
            j.GetProperty("kinds").EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={p.Value.GetInt32()}"));
        Assert.Equal(
            ds.Edges.GroupBy(e => e.Kind.Token()).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}={g.Count()}"),
            j.GetProperty("types").EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={p.Value.GetInt32()}"));
        Assert.Equal(ds.Nodes.Sum(n => n.TotalMembers), j.GetProperty("members_total").GetInt64());
        var nisc = ds.Nodes.Single(n => n.Kind == NodeKind.Government).Id;
        Assert.Equal(ds.Edges.Count(e => e.Source == nisc && e.Flow == InfoFlow.Provide), j.GetProperty("nisc_out_provide").GetInt32());
    }
}
