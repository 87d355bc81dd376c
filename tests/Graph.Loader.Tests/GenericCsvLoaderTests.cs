using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests;

public class GenericCsvLoaderTests
{
    private static string Csv(string name) => TestPaths.Fixture("csv", name);

    [Fact]
    public void Valid_pair_loads_with_labels_defaults_and_lines()
    {
        var r = GenericCsvLoader.LoadDataset(Csv("nodes.csv"), Csv("edges.csv"));
        Assert.Empty(r.Issues);
        var ds = r.GetValueOrThrow();
        Assert.False(ds.IsCurated);
        Assert.Equal(["nisc", "mic", "c1", "m1"], ds.Nodes.Select(n => n.Id));
        Assert.Equal("情報通信ISAC, 電気通信", ds.Find("c1")!.NameJa);
        Assert.Equal("", ds.Find("m1")!.NameJa);
        Assert.Equal(NodeKind.Ministry, ds.Find("mic")!.Kind);
        Assert.Equal(3, ds.Find("mic")!.Line);
        Assert.Same(Provenance.None, ds.Find("mic")!.Provenance);

        var e = ds.Edges;
        Assert.Equal(4, e.Length);
        Assert.Equal((EdgeKind.SharesWith, InfoFlow.None, 1.0, 0.95), (e[0].Kind, e[0].Flow, e[0].DelayHours, e[0].Probability));
        // empty weight and probability default to 1; the flow qualifier is read
        Assert.Equal((EdgeKind.SharesWith, InfoFlow.Provide, 1.0, 1.0), (e[1].Kind, e[1].Flow, e[1].DelayHours, e[1].Probability));
        Assert.Equal((EdgeKind.Supplies, 2.5, 0.5, 5), (e[3].Kind, e[3].DelayHours, e[3].Probability, e[3].Line));
        Assert.Equal(Csv("edges.csv"), e[3].File);
    }

    [Fact]
    public void Bom_crlf_quotes_and_trailing_blank_line_give_the_same_graph()
    {
        var plain = GenericCsvLoader.LoadDataset(Csv("nodes.csv"), Csv("edges.csv")).GetValueOrThrow();
        var odd = GenericCsvLoader.LoadDataset(Csv("nodes_bom_crlf.csv"), Csv("edges_bom_crlf.csv"));
        Assert.Empty(odd.Issues);
        var v = odd.GetValueOrThrow();
        Assert.Equal(plain.Nodes.Select(n => (n.Id, n.Kind, n.NameJa, n.Line)), v.Nodes.Select(n => (n.Id, n.Kind, n.NameJa, n.Line)));
        Assert.Equal(plain.Edges.Select(x => (x.Source, x.Target, x.Kind, x.Flow, x.DelayHours, x.Probability, x.Line)),
            v.Edges.Select(x => (x.Source, x.Target, x.Kind, x.Flow, x.DelayHours, x.Probability, x.Line)));
        AssertSameGraph(plain.ToCompactGraph(), GenericCsvLoader.LoadCompact(Csv("nodes_bom_crlf.csv"), Csv("edges_bom_crlf.csv")).GetValueOrThrow());
    }

    [Theory]
    [InlineData("nodes_duplicate_id.csv", "edges.csv", "nodes_duplicate_id.csv", 5, IssueCodes.DuplicateId)]
    [InlineData("nodes_unknown_kind.csv", "edges.csv", "nodes_unknown_kind.csv", 3, IssueCodes.UnknownKind)]
    [InlineData("nodes_bad_header.csv", "edges.csv", "nodes_bad_header.csv", 1, IssueCodes.BadHeader)]
    [InlineData("nodes_empty_id.csv", "edges.csv", "nodes_empty_id.csv", 3, IssueCodes.BadRow)]
    [InlineData("nodes.csv", "edges_missing_target.csv", "edges_missing_target.csv", 4, IssueCodes.DanglingReference)]
    [InlineData("nodes.csv", "edges_empty_target.csv", "edges_empty_target.csv", 4, IssueCodes.BadRow)]
    [InlineData("nodes.csv", "edges_negative_weight.csv", "edges_negative_weight.csv", 5, IssueCodes.BadWeight)]
    [InlineData("nodes.csv", "edges_nan_weight.csv", "edges_nan_weight.csv", 5, IssueCodes.BadWeight)]
    [InlineData("nodes.csv", "edges_bad_probability.csv", "edges_bad_probability.csv", 2, IssueCodes.BadProbability)]
    [InlineData("nodes.csv", "edges_text_probability.csv", "edges_text_probability.csv", 2, IssueCodes.BadProbability)]
    [InlineData("nodes.csv", "edges_self_loop.csv", "edges_self_loop.csv", 5, IssueCodes.SelfLoop)]
    [InlineData("nodes.csv", "edges_unknown_type.csv", "edges_unknown_type.csv", 4, IssueCodes.UnknownType)]
    [InlineData("nodes.csv", "edges_bad_header.csv", "edges_bad_header.csv", 1, IssueCodes.BadHeader)]
    [InlineData("nodes.csv", "edges_wrong_field_count.csv", "edges_wrong_field_count.csv", 4, IssueCodes.BadRow)]
    [InlineData("nodes.csv", "no_such_edges.csv", "no_such_edges.csv", 0, IssueCodes.FileNotFound)]
    [InlineData("no_such_nodes.csv", "edges.csv", "no_such_nodes.csv", 0, IssueCodes.FileNotFound)]
    public void One_defect_gives_exactly_one_issue_with_code_file_and_line(string nodes, string edges, string file, int line, string code)
    {
        var slow = GenericCsvLoader.LoadDataset(Csv(nodes), Csv(edges));
        var issue = Assert.Single(slow.Issues);
        Assert.Equal((Csv(file), line, code, IssueSeverity.Error), (issue.File, issue.Line, issue.Code, issue.Severity));
        Assert.Null(slow.Value);
        Assert.False(slow.Success);
        var fast = GenericCsvLoader.LoadCompact(Csv(nodes), Csv(edges));
        Assert.Equal(slow.Issues, fast.Issues);
        Assert.Null(fast.Value);
    }

    [Fact]
    public void Every_defect_in_one_file_is_reported_in_line_order()
    {
        var r = GenericCsvLoader.LoadDataset(Csv("nodes.csv"), Csv("edges_many_defects.csv"));
        Assert.Equal(
            [(2, IssueCodes.BadWeight), (3, IssueCodes.DanglingReference), (4, IssueCodes.SelfLoop), (5, IssueCodes.UnknownType),
             (6, IssueCodes.BadWeight), (6, IssueCodes.BadProbability), (7, IssueCodes.BadRow)],
            r.Issues.Select(i => (i.Line, i.Code)));
        Assert.All(r.Issues, i => Assert.Equal(Csv("edges_many_defects.csv"), i.File));
        Assert.Equal(r.Issues, GenericCsvLoader.LoadCompact(Csv("nodes.csv"), Csv("edges_many_defects.csv")).Issues);
        var ex = Assert.Throws<InvalidDataException>(() => r.GetValueOrThrow());
        Assert.Contains("edges_many_defects.csv:6: error bad-probability", ex.Message);
    }

    [Fact]
    public void A_quoted_field_over_two_lines_is_an_error_and_keeps_later_line_numbers_right()
    {
        // no field of the generic CSV may hold a line break: a quote left open would otherwise swallow later rows
        var r = GenericCsvLoader.LoadDataset(Csv("nodes.csv"), Csv("edges_multiline_quote.csv"));
        Assert.Equal([(2, IssueCodes.BadRow), (4, IssueCodes.DanglingReference)], r.Issues.Select(i => (i.Line, i.Code)));
        Assert.Contains("runs over 2 lines", r.Issues[0].Message);
    }

    [Fact]
    public void A_broken_nodes_file_does_not_flood_the_edges_with_dangling_references()
    {
        var r = GenericCsvLoader.LoadDataset(Csv("nodes_bad_header.csv"), Csv("edges.csv"));
        Assert.Equal(IssueCodes.BadHeader, Assert.Single(r.Issues).Code);
        // a node with an unknown kind still counts as defined
        var k = GenericCsvLoader.LoadDataset(Csv("nodes_unknown_kind.csv"), Csv("edges.csv"));
        Assert.Equal(IssueCodes.UnknownKind, Assert.Single(k.Issues).Code);
    }

    [Fact]
    public void Issues_are_capped_and_the_rest_counted()
    {
        using var dir = new TestPaths.TempDir();
        File.WriteAllText(dir.File("nodes.csv"), "id,kind,label\na,member,\n");
        var rows = Enumerable.Range(0, GenericCsvLoader.MaxIssues + 250).Select(i => $"a,b{i},member_of,1,1");
        File.WriteAllText(dir.File("edges.csv"), "source,target,type,weight,probability\n" + string.Join("\n", rows) + "\n");
        foreach (var issues in new[] { GenericCsvLoader.LoadDataset(dir.File("nodes.csv"), dir.File("edges.csv")).Issues,
                                       GenericCsvLoader.LoadCompact(dir.File("nodes.csv"), dir.File("edges.csv")).Issues })
        {
            Assert.Equal(GenericCsvLoader.MaxIssues + 1, issues.Count);
            Assert.Equal(2 + GenericCsvLoader.MaxIssues - 1, issues[^2].Line);
            Assert.Equal(IssueCodes.TooManyIssues, issues[^1].Code);
            Assert.StartsWith("250 more issue(s)", issues[^1].Message);
        }
    }

    [Fact]
    public void Malformed_bytes_and_unterminated_quotes_do_not_throw()
    {
        using var dir = new TestPaths.TempDir();
        File.WriteAllText(dir.File("nodes.csv"), "id,kind,label\na,member,\"never closed\nb,member,x\n");
        File.WriteAllBytes(dir.File("edges.csv"), [0xFF, 0xFE, 0x00, 0x41, 0x0A, 0xC3, 0x28, 0x0A]);
        var r = GenericCsvLoader.LoadDataset(dir.File("nodes.csv"), dir.File("edges.csv"));
        Assert.True(r.HasErrors);
        Assert.All(r.Issues, i => Assert.True(i.Line >= 0));
        Assert.Equal(r.Issues, GenericCsvLoader.LoadCompact(dir.File("nodes.csv"), dir.File("edges.csv")).Issues);
    }

    [Theory]
    [InlineData(1, 0, 0)]
    [InlineData(2, 2, 1)]
    [InlineData(3, 50, 200)]
    [InlineData(4, 400, 3000)]
    [InlineData(5, 1000, 1000)]
    public void Compact_path_builds_the_same_graph_as_the_dataset_path(int seed, int n, int m)
    {
        using var dir = new TestPaths.TempDir();
        RandomCsv.Write(dir.File("nodes.csv"), dir.File("edges.csv"), n, m, seed);
        var ds = GenericCsvLoader.LoadDataset(dir.File("nodes.csv"), dir.File("edges.csv"));
        Assert.Empty(ds.Issues);
        var fast = GenericCsvLoader.LoadCompact(dir.File("nodes.csv"), dir.File("edges.csv"));
        Assert.Empty(fast.Issues);
        AssertSameGraph(ds.GetValueOrThrow().ToCompactGraph(), fast.GetValueOrThrow());
        Assert.Equal(m, fast.Value!.EdgeCount);
        Assert.Equal(n, fast.Value.NodeCount);
        // and the values are what the generator wrote
        var written = RandomCsv.Edges(n, m, seed).ToList();
        var g = fast.Value;
        var read = Enumerable.Range(0, g.EdgeCount)
            .Select(e => (g.Id(g.Source(e)), g.Id(g.Target(e)), g.EdgeKindOf(e), g.Weight(e), g.Probability(e)))
            .OrderBy(x => x, Comparer<(string, string, EdgeKind, double, double)>.Default);
        Assert.Equal(written.Order(), read);
    }

    internal static void AssertSameGraph(CompactGraph a, CompactGraph b)
    {
        Assert.Equal(a.NodeCount, b.NodeCount);
        Assert.Equal(a.EdgeCount, b.EdgeCount);
        for (int v = 0; v < a.NodeCount; v++)
            Assert.Equal((a.Id(v), a.Kind(v), a.Label(v), a.Label(v, Language.English), a.MemberWeight(v)), (b.Id(v), b.Kind(v), b.Label(v), b.Label(v, Language.English), b.MemberWeight(v)));
        for (int e = 0; e < a.EdgeCount; e++)
            Assert.Equal((a.Source(e), a.Target(e), a.EdgeKindOf(e), a.FlowOf(e), a.Weight(e), a.Probability(e), a.Strength(e)),
                         (b.Source(e), b.Target(e), b.EdgeKindOf(e), b.FlowOf(e), b.Weight(e), b.Probability(e), b.Strength(e)));
        Assert.Equal(a.RawOut.Offsets, b.RawOut.Offsets);
    }
}
