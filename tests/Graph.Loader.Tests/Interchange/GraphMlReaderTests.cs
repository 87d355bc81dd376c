using Depgraph.Core.Model;
using Depgraph.Loader.Interchange;

namespace Depgraph.Loader.Tests.Interchange;

public class GraphMlReaderTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "Interchange", name);

    [Fact]
    public void RoundTrip_NastyFixture_IsExact()
    {
        using var tmp = new ExternalTools.TempDir();
        var ds = InterchangeFixtures.Nasty();
        GraphMlWriter.Write(ds, tmp.File("g.graphml"));
        var r = GraphMlReader.Read(tmp.File("g.graphml"));
        Assert.True(r.Success, string.Join("\n", r.Issues));
        Assert.Empty(r.Issues);
        var back = r.Value!;
        DatasetComparer.AssertEqual(ds, back);
        Assert.Equal(ds.Name, back.Name);
        Assert.Equal(ds.Sources.AsEnumerable(), back.Sources.AsEnumerable());
        Assert.Equal(ds.Nodes.Select(n => n.Id), back.Nodes.Select(n => n.Id));
        Assert.All(back.Nodes, n => Assert.True(n.Line > 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void RoundTrip_RandomDatasets_AreExact(int seed)
    {
        using var tmp = new ExternalTools.TempDir();
        var ds = InterchangeFixtures.Random(seed, 80, 200);
        GraphMlWriter.Write(ds, tmp.File("g.graphml"));
        var back = GraphMlReader.Read(tmp.File("g.graphml")).GetValueOrThrow();
        DatasetComparer.AssertEqual(ds, back);
    }

    [Fact]
    public void Comparer_DetectsADifference()
    {
        var ds = InterchangeFixtures.Nasty();
        var changed = ds.Edges.SetItem(3, new Edge(ds.Edges[3].Source, ds.Edges[3].Target, ds.Edges[3].Kind, ds.Edges[3].Provenance,
            ds.Edges[3].DelayHours, 0.3, ds.Edges[3].Strength, ds.Edges[3].Flow, ds.Edges[3].Channels, ds.Edges[3].Attributes));
        var other = new GraphDataset(ds.Name, ds.Nodes, changed);
        var d = DatasetComparer.Differences(ds, other);
        Assert.Single(d);
        Assert.Contains("probability", d[0]);
        Assert.NotEmpty(DatasetComparer.Differences(ds, new GraphDataset(ds.Name, ds.Nodes[1..], ds.Edges)));
    }

    [Fact]
    public void GenericGraphMl_FromOtherTools_IsRead_WithDefaultsAndFallbacks()
    {
        var r = GraphMlReader.Read(Fixture("generic_yed.graphml"));
        Assert.False(r.HasErrors, string.Join("\n", r.Issues));
        var ds = r.Value!;
        Assert.Equal("G", ds.Name);
        Assert.Equal(["n0", "n1", "n2"], ds.Nodes.Select(n => n.Id));
        Assert.Equal(NodeKind.Member, ds.Nodes[0].Kind);          // no kind ⇒ member
        Assert.Equal(NodeKind.Ceptoar, ds.Nodes[1].Kind);
        Assert.Equal(NodeKind.Sector, ds.Nodes[2].Kind);           // case-insensitive; the <port> before it is skipped
        Assert.Equal("red", ds.Nodes[1].Attributes["color"]);
        Assert.Equal("undeclared", ds.Edges[0].Attributes["d9"]);
        Assert.Equal("事業者 \"A\"", ds.Nodes[0].NameJa);           // label ⇒ name
        Assert.Equal("blue", ds.Nodes[0].Attributes["color"]);     // unknown key ⇒ attribute; key default applies
        Assert.Equal(EdgeKind.SharesWith, ds.Edges[0].Kind);       // no type ⇒ shares_with
        Assert.Equal(2.5, ds.Edges[0].DelayHours);                 // weight ⇒ delay
        Assert.Equal(0.25, ds.Edges[0].Probability);
        Assert.Equal(EdgeKind.DependsOn, ds.Edges[1].Kind);
        Assert.Equal(1, ds.Edges[1].Probability);
        var warning = Assert.Single(r.Issues);
        Assert.Equal(IssueCodes.Syntax, warning.Code);
        Assert.Equal(IssueSeverity.Warning, warning.Severity);
        Assert.Equal(17, warning.Line);
    }

    [Theory]
    [InlineData("dtd_internal_entity.graphml", IssueCodes.DtdRefused, 2)]
    [InlineData("dtd_external_entity.graphml", IssueCodes.DtdRefused, 2)]
    [InlineData("syntax_unclosed.graphml", IssueCodes.Syntax, 7)]
    [InlineData("edge_dangling_target.graphml", IssueCodes.DanglingReference, 9)]
    [InlineData("node_duplicate_id.graphml", IssueCodes.DuplicateId, 9)]
    [InlineData("node_unknown_kind.graphml", IssueCodes.UnknownKind, 8)]
    [InlineData("edge_unknown_type.graphml", IssueCodes.UnknownType, 10)]
    [InlineData("edge_negative_weight.graphml", IssueCodes.BadWeight, 10)]
    [InlineData("edge_bad_probability.graphml", IssueCodes.BadProbability, 10)]
    [InlineData("edge_self_loop.graphml", IssueCodes.SelfLoop, 9)]
    public void DefectFile_GivesTheExactIssueCodeAndLine(string file, string code, int line)
    {
        var r = GraphMlReader.Read(Fixture(file));
        Assert.False(r.Success);
        Assert.Null(r.Value);
        var issue = Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal(code, issue.Code);
        Assert.Equal(line, issue.Line);
        Assert.Equal(Fixture(file), issue.File);
    }

    [Fact]
    public void MissingFile_IsFileNotFound()
    {
        var r = GraphMlReader.Read(Fixture("no_such_file.graphml"));
        Assert.Equal(IssueCodes.FileNotFound, Assert.Single(r.Issues).Code);
    }
}
