using System.Text.Json;
using Depgraph.Core.IO;
using Depgraph.Core.Model;
using Depgraph.Loader.Interchange;

namespace Depgraph.Loader.Tests.Interchange;

public class JsonExporterTests
{
    private static JsonDocument Export(GraphDataset ds, out string text)
    {
        using var ms = new MemoryStream();
        JsonExporter.Write(ds, ms);
        text = AtomicFile.Utf8.GetString(ms.ToArray());
        return JsonDocument.Parse(text);
    }

    [Fact]
    public void Write_ProducesTheDocumentedShape()
    {
        using var doc = Export(InterchangeFixtures.Nasty(), out _);
        var root = doc.RootElement;
        Assert.Equal(["dataset", "sources", "nodes", "edges"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("nasty \"fixture\"; 日本語", root.GetProperty("dataset").GetString());
        Assert.Equal(12, root.GetProperty("nodes").GetArrayLength());
        Assert.Equal(13, root.GetProperty("edges").GetArrayLength());

        var c = root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "ceptoar-power");
        Assert.Equal(["id", "kind", "name_ja", "name_en", "scope", "members", "attributes", "provenance"], c.EnumerateObject().Select(p => p.Name));
        Assert.Equal(InterchangeFixtures.CeptoarNameJa, c.GetProperty("name_ja").GetString());
        Assert.Equal("Line1\nLine2\tTabbed\r\nCRLF", c.GetProperty("name_en").GetString());
        var prov = c.GetProperty("provenance");
        Assert.Equal("evidence+assumption", prov.GetProperty("basis").GetString());
        Assert.Equal("second; quote\nwith newline", prov.GetProperty("evidence")[1].GetProperty("quote").GetString());
        Assert.Equal(51, prov.GetProperty("evidence")[1].GetProperty("line").GetInt32());
        Assert.Equal("other.txt", prov.GetProperty("evidence")[1].GetProperty("document").GetString());
        Assert.Equal("v\"al\\ue", c.GetProperty("attributes").GetProperty("quote'key").GetString());

        var m = root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "members-power");
        Assert.Equal(12, m.GetProperty("members")[0].GetProperty("count").GetInt64());
        Assert.Equal("社", m.GetProperty("members")[0].GetProperty("unit").GetString());
        Assert.Equal("12社・3団体", m.GetProperty("members_as_written").GetString());
        var s = root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "secretariat-fepc");
        Assert.Equal("情報通信部\tセキュリティ課", s.GetProperty("department_ja").GetString());
        var r = root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == "res-power");
        Assert.Equal("assumption", r.GetProperty("provenance").GetProperty("basis").GetString());
        Assert.Equal(0, r.GetProperty("provenance").GetProperty("evidence").GetArrayLength());
        var ext = root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("id").GetString() == InterchangeFixtures.NastyId);
        Assert.Equal("none", ext.GetProperty("provenance").GetProperty("basis").GetString());
        Assert.False(ext.GetProperty("provenance").TryGetProperty("assumption", out _));

        var e = root.GetProperty("edges")[3];
        Assert.Equal(["source", "target", "type", "flow", "delay_hours", "probability", "strength", "attributes", "provenance"], e.EnumerateObject().Select(p => p.Name));
        Assert.Equal("report", e.GetProperty("flow").GetString());
        Assert.Equal(1e-5, e.GetProperty("delay_hours").GetDouble());
        Assert.Equal(0.1 + 0.2, e.GetProperty("probability").GetDouble());
        var first = root.GetProperty("edges")[0];
        Assert.Equal(["email", "phone;fax"], first.GetProperty("channels").EnumerateArray().Select(x => x.GetString()));
        var dep = root.GetProperty("edges")[11];
        Assert.Equal("depends_on", dep.GetProperty("type").GetString());
        Assert.False(dep.TryGetProperty("flow", out _));
        Assert.Equal(0.7, dep.GetProperty("strength").GetDouble());
    }

    [Fact]
    public void Write_KeepsJapaneseReadable_UsesLf_NoBom_ShortestNumbers_AndIsDeterministic()
    {
        using var _ = Export(InterchangeFixtures.Nasty(), out var text);
        Assert.Contains("\"name_ja\": \"内閣サイバーセキュリティセンター\"", text);
        Assert.Contains("\"delay_hours\": 1E-05", text);
        Assert.Contains("\"probability\": 0.30000000000000004", text);
        Assert.Contains("\"delay_hours\": 2,", text);
        Assert.DoesNotContain("\r\n", text);
        Assert.EndsWith("}\n", text);
        using var tmp = new ExternalTools.TempDir();
        JsonExporter.Write(InterchangeFixtures.Nasty(), tmp.File("a.json"));
        JsonExporter.Write(InterchangeFixtures.Nasty(), tmp.File("b.json"));
        var a = File.ReadAllBytes(tmp.File("a.json"));
        Assert.Equal(a, File.ReadAllBytes(tmp.File("b.json")));
        Assert.NotEqual(0xEF, a[0]);
        Assert.Equal(AtomicFile.Utf8.GetBytes(text), a);
    }

    [Fact]
    public void Write_NonFiniteNumbers_AreStrings()
    {
        var ds = new GraphDataset("d", [new Node("a", NodeKind.Member, "a", "", Provenance.None), new Node("b", NodeKind.Member, "b", "", Provenance.None)],
            [new Edge("a", "b", EdgeKind.SharesWith, Provenance.None, delayHours: double.PositiveInfinity, probability: double.NaN)]);
        using var doc = Export(ds, out _);
        Assert.Equal("Infinity", doc.RootElement.GetProperty("edges")[0].GetProperty("delay_hours").GetString());
        Assert.Equal("NaN", doc.RootElement.GetProperty("edges")[0].GetProperty("probability").GetString());
    }

    [Fact]
    public void Write_FailingMidway_LeavesThePreviousFile()
    {
        using var tmp = new ExternalTools.TempDir();
        var path = tmp.File("graph.json");
        JsonExporter.Write(InterchangeFixtures.Nasty(), path);
        var before = File.ReadAllBytes(path);
        var ok = InterchangeFixtures.Random(11, 200, 300);
        // an invalid edge type on the last edge: the nodes are already written when it throws
        var bad = new Edge(ok.Edges[0].Source, ok.Edges[0].Target, (EdgeKind)99, Provenance.None);
        Assert.ThrowsAny<Exception>(() => JsonExporter.Write(new GraphDataset("x", ok.Nodes, [.. ok.Edges, bad]), path));
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Single(Directory.GetFileSystemEntries(tmp.Path));
    }
}
