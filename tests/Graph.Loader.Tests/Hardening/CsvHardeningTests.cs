using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests.Hardening;

/// <summary>Issue 15, generic CSV reader: one fixture file per defect under Fixtures/csv.</summary>
public sealed class CsvHardeningTests
{
    private static string Csv(string name) => TestPaths.Fixture("csv", name);

    private static LoadResult<GraphDataset> Load(string nodes, string edges = "edges.csv", ReaderOptions? options = null) =>
        GenericCsvLoader.LoadDataset(Csv(nodes), Csv(edges), options);

    [Fact]
    public void An_unmatched_quote_is_an_error_not_swallowed_rows()
    {
        foreach (var r in new[] { Load("nodes_unmatched_quote.csv").Issues, GenericCsvLoader.LoadCompact(Csv("nodes_unmatched_quote.csv"), Csv("edges.csv")).Issues })
        {
            var issue = r.First();
            Assert.Equal((IssueCodes.Syntax, 2), (issue.Code, issue.Line));
            Assert.EndsWith("nodes_unmatched_quote.csv", issue.File);
            Assert.Contains("never closed", issue.Message);
        }
    }

    [Fact]
    public void A_file_truncated_inside_a_quoted_field_is_an_error()
    {
        var issue = Load("nodes_truncated_in_quote.csv").Issues.First();
        Assert.Equal((IssueCodes.Syntax, 4), (issue.Code, issue.Line));
    }

    [Fact]
    public void A_stray_quote_inside_an_unquoted_field_is_an_error()
    {
        var issue = Load("nodes_stray_quote.csv").Issues.First();
        Assert.Equal((IssueCodes.BadRow, 3), (issue.Code, issue.Line));
        Assert.Contains("quote inside an unquoted field", issue.Message);
    }

    [Fact]
    public void Shift_jis_is_an_encoding_error_unless_declared_then_reads_correctly()
    {
        var r = Load("nodes_shift_jis.csv", "edges_shift_jis.csv");
        var issue = r.Issues.First();
        Assert.Equal((IssueCodes.Encoding, 2), (issue.Code, issue.Line));
        Assert.DoesNotContain(r.Issues, i => i.Code is IssueCodes.DuplicateId or IssueCodes.SelfLoop);

        Assert.True(ReaderOptions.TryGetEncoding("cp932", out var cp932));
        var options = new ReaderOptions { Encoding = cp932! };
        var ds = Load("nodes_shift_jis.csv", "edges_shift_jis.csv", options).GetValueOrThrow();
        Assert.Equal(["nisc", "総務", "経産", "c1", "m1"], ds.Nodes.Select(n => n.Id));
        Assert.Equal("内閣サイバーセキュリティセンター", ds.Nodes[0].NameJa);
        Assert.Equal(4, ds.Edges.Length);
        var compact = GenericCsvLoader.LoadCompact(Csv("nodes_shift_jis.csv"), Csv("edges_shift_jis.csv"), options).GetValueOrThrow();
        Assert.Equal(5, compact.NodeCount);
        Assert.True(compact.IndexOf("経産") >= 0);
    }

    [Fact]
    public void Invalid_utf8_names_file_and_line()
    {
        var issue = Assert.Single(Load("nodes_invalid_utf8.csv").Issues);
        Assert.Equal((IssueCodes.Encoding, 3), (issue.Code, issue.Line));
        Assert.EndsWith("nodes_invalid_utf8.csv", issue.File);
    }

    [Fact]
    public void A_weight_of_1e308_is_refused_by_both_paths()
    {
        var issue = Assert.Single(Load("nodes.csv", "edges_huge_weight.csv").Issues);
        Assert.Equal((IssueCodes.BadWeight, 2), (issue.Code, issue.Line));
        Assert.Contains("1e9", issue.Message);
        Assert.Equal(issue, Assert.Single(GenericCsvLoader.LoadCompact(Csv("nodes.csv"), Csv("edges_huge_weight.csv")).Issues));
    }

    [Fact]
    public void The_parallel_path_reports_the_same_quote_error()
    {
        using var dir = new TestPaths.TempDir();
        var edges = dir.File("edges.csv");
        File.WriteAllText(edges, "source,target,type,weight,probability\n" + string.Concat(Enumerable.Repeat("nisc,mic,shares_with,1,1\n", 2000)) + "mic,c1,\"shares_with,1,1\n" + string.Concat(Enumerable.Repeat("nisc,mic,shares_with,1,1\n", 2000)));
        var seq = GenericCsvLoader.LoadCompactWithThreshold(Csv("nodes.csv"), edges, long.MaxValue);
        var par = GenericCsvLoader.LoadCompactWithThreshold(Csv("nodes.csv"), edges, 1);
        var issue = Assert.Single(seq.Issues);
        Assert.Equal((IssueCodes.Syntax, 2002), (issue.Code, issue.Line));
        Assert.Equal(seq.Issues, par.Issues);
    }

    [Fact]
    public void Node_and_edge_count_limits()
    {
        var few = new ReaderOptions { Limits = ReaderLimits.Default with { MaxNodes = 2 } };
        var n = Load("nodes.csv", options: few).Issues.First();
        Assert.Equal((IssueCodes.Limit, 4), (n.Code, n.Line));
        Assert.Contains("max-nodes=2", n.Message);
        var fewEdges = new ReaderOptions { Limits = ReaderLimits.Default with { MaxEdges = 2 } };
        var e = Assert.Single(GenericCsvLoader.LoadCompact(Csv("nodes.csv"), Csv("edges.csv"), fewEdges).Issues);
        Assert.Equal((IssueCodes.Limit, 4), (e.Code, e.Line));
    }

    [Fact]
    public void Field_length_and_file_size_limits()
    {
        var shortFields = new ReaderOptions { Limits = ReaderLimits.Default with { MaxFieldLength = 10 } };
        var f = Load("nodes.csv", options: shortFields).Issues.First();
        Assert.Equal((IssueCodes.Limit, 2), (f.Code, f.Line));
        var small = new ReaderOptions { Limits = ReaderLimits.Default with { MaxFileBytes = 10 } };
        var s = Load("nodes.csv", options: small).Issues.First();
        Assert.Equal(IssueCodes.Limit, s.Code);
        Assert.Contains("max-file-bytes=10", s.Message);
    }
}
