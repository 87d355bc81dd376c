using Depgraph.Core.Model;
using Depgraph.Loader.Interchange;

namespace Depgraph.Loader.Tests.Interchange;

public class DotWriterTests
{
    [Fact]
    public void Write_EscapesQuotesBackslashesAndNewlines()
    {
        var w = new StringWriter();
        DotWriter.Write(InterchangeFixtures.Nasty(), w);
        var dot = w.ToString();
        Assert.StartsWith("digraph depgraph {\n  graph [rankdir=LR, fontname=\"IPAGothic\"", dot);
        Assert.Contains("  \"ceptoar-power\" [label=\"電力 'CEPTOAR' \\\"引用\\\" \\\\ back\\\\slash\\n(ceptoar-power)\", shape=ellipse", dot);
        Assert.Contains("  \"ext/外部;'\\\"id\" [label=", dot);
        Assert.Contains("  \"nisc\" -> \"ceptoar-power\" [label=\"shares_with (provide)\\nemail, phone;fax\"", dot);
        Assert.Contains("  \"members-power\" -> \"res-power\" [label=\"depends_on\", color=\"#d62728\", fontcolor=\"#d62728\", style=dashed];", dot);
        var n = new Node("x", NodeKind.Member, "tab\there\u0001bell", "", Provenance.None);
        var w2 = new StringWriter();
        DotWriter.Write(new GraphDataset("c", [n], []), w2);
        Assert.Contains("label=\"tab here\uFFFDbell\\n(x)\"", w2.ToString());
    }

    [Fact]
    public void Dot_AcceptsTheFile_AndTheSvgShowsTheJapaneseNames()
    {
        using var tmp = new ExternalTools.TempDir();
        var ds = InterchangeFixtures.Nasty();
        DotWriter.Write(ds, tmp.File("g.dot"));
        var r = ExternalTools.Dot("-Tsvg", tmp.File("g.dot"), "-o", tmp.File("g.svg"));
        Assert.True(r.ExitCode == 0, r.Stderr);
        var svg = File.ReadAllText(tmp.File("g.svg"));
        Assert.Contains(InterchangeFixtures.NiscNameJa, svg);
        Assert.Contains("電気事業連合会", svg);
        Assert.Contains("分野横断的演習 /* 2024 */", svg);
        Assert.Contains("back\\slash", svg); // the escaped backslash renders as one backslash
        System.Xml.Linq.XDocument.Parse(svg); // still well-formed XML
        Assert.Equal(ds.Nodes.Length, System.Text.RegularExpressions.Regex.Matches(svg, "class=\"node\"").Count);
        Assert.Equal(ds.Edges.Length, System.Text.RegularExpressions.Regex.Matches(svg, "class=\"edge\"").Count);
    }

    [Fact]
    public void Write_IsDeterministic_AndAtomic()
    {
        using var tmp = new ExternalTools.TempDir();
        DotWriter.Write(InterchangeFixtures.Nasty(), tmp.File("a.dot"));
        DotWriter.Write(InterchangeFixtures.Nasty(), tmp.File("b.dot"));
        Assert.Equal(File.ReadAllBytes(tmp.File("a.dot")), File.ReadAllBytes(tmp.File("b.dot")));
        var bad = new GraphDataset("x", [new Node("a", NodeKind.Member, "a", "", Provenance.None), new Node("b", NodeKind.Member, "bad \uD800", "", Provenance.None)], []);
        Assert.ThrowsAny<ArgumentException>(() => DotWriter.Write(bad, tmp.File("a.dot")));
        Assert.Equal(File.ReadAllBytes(tmp.File("b.dot")), File.ReadAllBytes(tmp.File("a.dot")));
        Assert.Equal(2, Directory.GetFileSystemEntries(tmp.Path).Length);
    }
}
