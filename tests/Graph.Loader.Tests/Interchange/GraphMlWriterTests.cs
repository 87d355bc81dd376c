using System.Text.Json;
using Depgraph.Core.IO;
using Depgraph.Core.Model;
using Depgraph.Loader.Interchange;

namespace Depgraph.Loader.Tests.Interchange;

public class GraphMlWriterTests
{
    private const string NetworkxProbe = """
        import json, sys
        import networkx as nx
        g = nx.read_graphml(sys.argv[1])
        c = g.nodes['ceptoar-power']
        m = g.nodes['members-power']
        edges = [d for u, v, d in g.edges(data=True) if u == 'nisc' and v == 'ceptoar-power']
        dep = [d for u, v, d in g.edges(data=True) if d.get('type') == 'depends_on'][0]
        print(json.dumps({
            'directed': g.is_directed(), 'multigraph': g.is_multigraph(),
            'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(), 'graph_id': g.graph.get('sources_json') is not None,
            'nisc_name': g.nodes['nisc']['name_ja'], 'name_ja': c['name_ja'], 'name_en': c['name_en'], 'kind': c['kind'],
            'nasty_id_present': 'ext/外部;\'"id' in g.nodes, 'members_total': m['members_total'], 'members_total_type': type(m['members_total']).__name__,
            'evidence_count': c['evidence_count'], 'assumed': c['assumed'], 'assumption': c['assumption'], 'note': c['attr:note'],
            'quotes': c['evidence_quotes'], 'parallel': len(edges), 'delays': sorted(d['delay_hours'] for d in edges),
            'dep_strength': dep['strength'], 'dep_assumed': dep['assumed'], 'dep_type': type(dep['strength']).__name__,
        }, ensure_ascii=False))
        """;

    [Fact]
    public void Networkx_ReadsTheFile_WithTypedAttributes_AndJapaneseNamesWithQuotes()
    {
        using var tmp = new ExternalTools.TempDir();
        var ds = InterchangeFixtures.Nasty();
        GraphMlWriter.Write(ds, tmp.File("g.graphml"));
        var r = ExternalTools.Python(NetworkxProbe, tmp.File("g.graphml"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        var j = doc.RootElement;
        Assert.True(j.GetProperty("directed").GetBoolean());
        Assert.True(j.GetProperty("multigraph").GetBoolean());
        Assert.Equal(ds.Nodes.Length, j.GetProperty("nodes").GetInt32());
        Assert.Equal(ds.Edges.Length, j.GetProperty("edges").GetInt32());
        Assert.Equal(InterchangeFixtures.NiscNameJa, j.GetProperty("nisc_name").GetString());
        Assert.Equal(InterchangeFixtures.CeptoarNameJa, j.GetProperty("name_ja").GetString());
        Assert.Equal("Line1\nLine2\tTabbed\r\nCRLF", j.GetProperty("name_en").GetString());
        Assert.Equal("ceptoar", j.GetProperty("kind").GetString());
        Assert.True(j.GetProperty("nasty_id_present").GetBoolean());
        Assert.Equal(15, j.GetProperty("members_total").GetInt64());
        Assert.Equal("int", j.GetProperty("members_total_type").GetString());
        Assert.Equal(2, j.GetProperty("evidence_count").GetInt32());
        Assert.True(j.GetProperty("assumed").GetBoolean());
        Assert.Equal("assumed: the 'delay' is \"typical\"", j.GetProperty("assumption").GetString());
        Assert.Equal("emoji 🚀 and ; and // and /* */", j.GetProperty("note").GetString());
        Assert.Equal("電力CEPTOAR */ end\nsecond; quote\nwith newline", j.GetProperty("quotes").GetString());
        Assert.Equal(2, j.GetProperty("parallel").GetInt32());
        Assert.Equal([0.5, 2.0], j.GetProperty("delays").EnumerateArray().Select(x => x.GetDouble()));
        Assert.Equal(0.7, j.GetProperty("dep_strength").GetDouble());
        Assert.Equal("float", j.GetProperty("dep_type").GetString());
        Assert.True(j.GetProperty("dep_assumed").GetBoolean());
    }

    [Fact]
    public void Write_DeclaresTypedKeys_IsDeterministic_Lf_NoBom()
    {
        using var tmp = new ExternalTools.TempDir();
        GraphMlWriter.Write(InterchangeFixtures.Nasty(), tmp.File("a.graphml"));
        GraphMlWriter.Write(InterchangeFixtures.Nasty(), tmp.File("b.graphml"));
        var bytes = File.ReadAllBytes(tmp.File("a.graphml"));
        Assert.Equal(bytes, File.ReadAllBytes(tmp.File("b.graphml")));
        Assert.NotEqual(0xEF, bytes[0]);
        var text = AtomicFile.Utf8.GetString(bytes);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"", text);
        Assert.Contains("<key id=\"d7\" for=\"node\" attr.name=\"members_total\" attr.type=\"long\" />", text);
        Assert.Contains("attr.name=\"delay_hours\" attr.type=\"double\"", text);
        Assert.Contains("for=\"node\" attr.name=\"evidence_count\" attr.type=\"int\"", text);
        Assert.Contains("for=\"edge\" attr.name=\"assumed\" attr.type=\"boolean\"", text);
        Assert.Contains("for=\"node\" attr.name=\"attr:quote'key\" attr.type=\"string\"", text);
        Assert.Contains("<graph id=\"nasty &quot;fixture&quot;; 日本語\" edgedefault=\"directed\">", text);
        Assert.Contains("Line1\nLine2\tTabbed&#xD;\nCRLF", text);
        Assert.DoesNotContain("\r", text);
    }

    [Fact]
    public void Write_FailingMidway_LeavesThePreviousFile()
    {
        using var tmp = new ExternalTools.TempDir();
        var path = tmp.File("g.graphml");
        GraphMlWriter.Write(InterchangeFixtures.Nasty(), path);
        var before = File.ReadAllBytes(path);
        var ok = InterchangeFixtures.Random(2, 300, 300);
        var bad = new Edge(ok.Edges[0].Source, ok.Edges[0].Target, EdgeKind.SharesWith, Provenance.Assumed("lone \uD800 surrogate"));
        Assert.ThrowsAny<ArgumentException>(() => GraphMlWriter.Write(new GraphDataset("x", ok.Nodes, [.. ok.Edges, bad]), path));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFileSystemEntries(tmp.Path));
    }

    [Fact]
    public void Write_ReplacesCharactersXmlCannotCarry()
    {
        using var tmp = new ExternalTools.TempDir();
        var ds = new GraphDataset("c", [new Node("a", NodeKind.Member, "bell\u0007", "", Provenance.None)], []);
        GraphMlWriter.Write(ds, tmp.File("c.graphml"));
        var back = GraphMlReader.Read(tmp.File("c.graphml")).GetValueOrThrow();
        Assert.Equal("bell\uFFFD", back.Nodes[0].NameJa);
    }
}
