using Depgraph.Core.Model;
using Depgraph.Loader.Interchange;

namespace Depgraph.Loader.Tests.Interchange;

public class Neo4jCsvReaderTests
{
    [Fact]
    public void RoundTrip_NastyFixture_IsExact()
    {
        using var tmp = new ExternalTools.TempDir();
        var ds = InterchangeFixtures.Nasty();
        Neo4jExporter.Write(ds, tmp.Path);
        var r = Neo4jCsvReader.Read(tmp.Path);
        Assert.True(r.Success, string.Join("\n", r.Issues));
        Assert.Empty(r.Issues);
        DatasetComparer.AssertEqual(ds, r.Value!);
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
        Neo4jExporter.Write(ds, tmp.Path);
        DatasetComparer.AssertEqual(ds, Neo4jCsvReader.Read(tmp.Path).GetValueOrThrow());
    }

    [Fact]
    public void RoundTrip_ArrayItemsWithTheDelimiter_ComeBackWithTheSubstitute()
    {
        using var tmp = new ExternalTools.TempDir();
        var ds = new GraphDataset("d", [new Node("a", NodeKind.Sector, "a|b", "", new Provenance([new Evidence("q|1", 3, "d|oc")], null), scope: ["x|y", "z"])], []);
        Neo4jExporter.Write(ds, tmp.Path);
        var back = Neo4jCsvReader.Read(tmp.Path).GetValueOrThrow();
        DatasetComparer.AssertEqual(ds, back, s => s.Replace('|', '¦'));
        Assert.Equal("a|b", back.Nodes[0].NameJa); // scalars are exact
    }

    private static string Write(ExternalTools.TempDir tmp, string file, string text)
    {
        File.WriteAllText(tmp.File(file), text);
        return tmp.File(file);
    }

    private const string NodeHeader = "id:ID(Org),name_ja,kind,:LABEL\n";
    private const string RelHeader = ":START_ID(Org),:END_ID(Org),:TYPE,delay_hours:double,probability:double\n";

    [Fact]
    public void Defects_AreReportedWithFileLineAndCode()
    {
        using var tmp = new ExternalTools.TempDir();
        var nodes = Write(tmp, "nodes_Member.csv", NodeHeader + "\"a\",\"A\",\"member\",\"Org|Member\"\n\"b\",\"B\",\"planet\",\"Org|Member\"\n\"a\",\"A2\",,\"Org|Member\"\n\"c\",\"multi\nline\",\"member\"\n");
        var rels = Write(tmp, "rels_SHARES_WITH.csv", RelHeader
            + "\"a\",\"c\",\"SHARES_WITH\",1,1.5\n"
            + "\"a\",\"zz\",\"SHARES_WITH\",1,1\n"
            + "\"a\",\"a\",\"SHARES_WITH\",-1,1\n"
            + "\"a\",\"a\",\"SHARES_WITH\",1,1\n"
            + "\"c\",\"a\",\"LIKES\",1,1\n");
        var r = Neo4jCsvReader.Read(tmp.Path);
        Assert.False(r.Success);
        var got = r.Issues.Select(i => (Path.GetFileName(i.File), i.Line, i.Code)).ToList();
        Assert.Equal(
        [
            ("nodes_Member.csv", 3, IssueCodes.UnknownKind),
            ("nodes_Member.csv", 5, IssueCodes.BadRow),
            ("rels_SHARES_WITH.csv", 2, IssueCodes.BadProbability),
            ("rels_SHARES_WITH.csv", 4, IssueCodes.BadWeight),
            ("rels_SHARES_WITH.csv", 6, IssueCodes.UnknownType),
            ("nodes_Member.csv", 4, IssueCodes.DuplicateId),
            ("rels_SHARES_WITH.csv", 3, IssueCodes.DanglingReference),
            ("rels_SHARES_WITH.csv", 5, IssueCodes.SelfLoop),
        ], got);
        Assert.Contains(nodes, r.Issues.Select(i => i.File));
        Assert.Contains(rels, r.Issues.Select(i => i.File));
    }

    [Fact]
    public void UnclosedQuote_IsASyntaxIssue_AndMissingFolder_IsFileNotFound()
    {
        using var tmp = new ExternalTools.TempDir();
        Write(tmp, "nodes_Member.csv", NodeHeader + "\"a\",\"A\",\"member\",\"Org|Member\"\n\"b,\"B\n");
        var r = Neo4jCsvReader.Read(tmp.Path);
        var issue = Assert.Single(r.Issues);
        Assert.Equal((IssueCodes.Syntax, 3), (issue.Code, issue.Line));

        Assert.Equal(IssueCodes.FileNotFound, Assert.Single(Neo4jCsvReader.Read(tmp.File("nope")).Issues).Code);
        using var empty = new ExternalTools.TempDir();
        Assert.Equal(IssueCodes.FileNotFound, Assert.Single(Neo4jCsvReader.Read(empty.Path).Issues).Code);
        Write(empty, "nodes_Member.csv", "name_ja,kind\n");
        Assert.Equal(IssueCodes.BadHeader, Assert.Single(Neo4jCsvReader.Read(empty.Path).Issues).Code);
    }
}
