using Depgraph.Loader.Interchange;

namespace Depgraph.Loader.Tests.Hardening;

/// <summary>Issue 15, GraphML and neo4j-admin CSV readers: one fixture per defect.</summary>
public sealed class InterchangeHardeningTests
{
    private static string GraphMl(string name) => TestPaths.Fixture("Interchange", name);

    [Theory]
    [InlineData("node_foreign_namespace.graphml", IssueCodes.Unsupported, 7, "namespace 'urn:example:other'")]
    [InlineData("root_foreign_namespace.graphml", IssueCodes.Unsupported, 2, "a GraphML file starts with")]
    [InlineData("nested_graph_yed_group.graphml", IssueCodes.Unsupported, 8, "nested <graph>")]
    [InlineData("hyperedge.graphml", IssueCodes.Unsupported, 9, "<hyperedge>")]
    [InlineData("members_negative.graphml", IssueCodes.BadValue, 6, "from 0 to 1,000,000,000")]
    [InlineData("members_overflow.graphml", IssueCodes.BadValue, 6, "from 0 to 1,000,000,000")]
    [InlineData("edge_huge_weight.graphml", IssueCodes.BadWeight, 7, "1e9")]
    public void GraphMl_defect_is_refused_with_code_and_line(string file, string code, int line, string words)
    {
        var r = GraphMlReader.Read(GraphMl(file));
        Assert.False(r.Success);
        var issue = Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((code, line), (issue.Code, issue.Line));
        Assert.Contains(words, issue.Message);
        Assert.Equal(GraphMl(file), issue.File);
    }

    [Fact]
    public void Invalid_bytes_inside_the_xml_declaration_are_a_syntax_error_not_a_crash()
    {
        // found by the 100,000-input GraphML fuzz run: .NET's XmlReader throws ArgumentOutOfRangeException (not an
        // XmlException) from its encoding switch when the declaration holds bytes invalid in UTF-8
        byte[][] bad = [[0xFF], [0xFE, 0xFF], [0xC3], [0xE3, 0x81], [0x82, 0xA0], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80]];
        using var tmp = new TestPaths.TempDir();
        var path = Path.Combine(tmp.Path, "g.graphml");
        foreach (var b in bad)
            for (int k = 1; k <= 8; k++)
                foreach (var encoding in new[] { "", " encoding=\"utf-8\"", " encoding=\"shift_jis\"" })
                {
                    var bytes = new List<byte>(System.Text.Encoding.ASCII.GetBytes("<?xml version=\"1.0"));
                    for (int j = 0; j < k; j++) bytes.AddRange(b);
                    bytes.AddRange(System.Text.Encoding.ASCII.GetBytes("\"" + encoding + "?>\n<gra"));
                    File.WriteAllBytes(path, [.. bytes]);
                    var r = GraphMlReader.Read(path);
                    Assert.False(r.Success);
                    var issue = Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);
                    Assert.Equal(IssueCodes.Syntax, issue.Code);
                    Assert.InRange(issue.Line, 1, 2);
                }
    }

    [Fact]
    public void GraphMl_limits()
    {
        var few = new ReaderOptions { Limits = ReaderLimits.Default with { MaxNodes = 1 } };
        var issue = Assert.Single(GraphMlReader.Read(GraphMl("hyperedge.graphml"), few).Issues, i => i.Code == IssueCodes.Limit);
        Assert.Equal(7, issue.Line);
        var shortFields = new ReaderOptions { Limits = ReaderLimits.Default with { MaxFieldLength = 5 } };
        Assert.Contains(GraphMlReader.Read(GraphMl("members_negative.graphml"), shortFields).Issues, i => i.Code == IssueCodes.Limit && i.Line == 6);
    }

    private static string Neo(string name) => TestPaths.Fixture("neo4j", name);

    [Fact]
    public void Neo4j_valid_fixture_loads() => Assert.True(Neo4jCsvReader.Read(Neo("valid")).Success);

    [Theory]
    [InlineData("unterminated_quote", "nodes_Member.csv", IssueCodes.Syntax, 3)]
    [InlineData("invalid_utf8", "nodes_Member.csv", IssueCodes.Encoding, 3)]
    [InlineData("huge_delay", "rels_SHARES_WITH.csv", IssueCodes.BadWeight, 2)]
    [InlineData("members_negative", "nodes_Member.csv", IssueCodes.BadValue, 2)]
    public void Neo4j_defect_is_refused_with_file_and_line(string @case, string file, string code, int line)
    {
        var r = Neo4jCsvReader.Read(Neo(@case));
        Assert.False(r.Success);
        var issue = r.Issues.First(i => i.Severity == IssueSeverity.Error);
        Assert.Equal((file, code, line), (Path.GetFileName(issue.File), issue.Code, issue.Line));
    }
}
