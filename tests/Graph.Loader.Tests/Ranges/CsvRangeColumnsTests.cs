using Depgraph.Loader;

namespace Depgraph.Loader.Tests.Ranges;

/// <summary>The optional range columns of a generic edges.csv: read into edge attributes, bad ranges reported with file and line.</summary>
public class CsvRangeColumnsTests
{
    private const string Nodes = "id,kind,label\na,member,A\nb,member,B\nc,member,C\n";

    private static (TestPaths.TempDir Dir, string Nodes, string Edges) Write(string edges)
    {
        var dir = new TestPaths.TempDir();
        var n = Path.Combine(dir.Path, "nodes.csv");
        var e = Path.Combine(dir.Path, "edges.csv");
        File.WriteAllText(n, Nodes);
        File.WriteAllText(e, edges);
        return (dir, n, e);
    }

    [Fact]
    public void Range_columns_become_edge_attributes_and_rows_without_ranges_stay_fixed()
    {
        var (dir, n, e) = Write("""
            source,target,type,weight,probability,probability_low,probability_high,weight_low,weight_high,distribution
            a,b,supplies,2,0.5,0.2,0.8,1,4,triangular
            b,c,supplies,1,0.9,,,,,
            """);
        using var _d = dir;
        var edges = GraphInput.LoadCsv(n, e).GetValueOrThrow().Edges;
        var ab = edges[0].Attributes;
        Assert.Equal(("0.2", "0.8", "1", "4", "triangular"), (ab["probability_low"], ab["probability_high"], ab["weight_low"], ab["weight_high"], ab["distribution"]));
        Assert.Empty(edges[1].Attributes);
        // the compact form reads the same file (ranges are not kept there) with the same numbers
        var g = GraphInput.LoadCsvCompact(n, e).GetValueOrThrow();
        Assert.Equal(2, g.EdgeCount);
    }

    [Theory]
    [InlineData("0.8,0.2,,", IssueCodes.BadValue, "swap")]
    [InlineData("0.2,1.5,,", IssueCodes.BadProbability, "[0, 1]")]
    [InlineData(",,-1,4", IssueCodes.BadWeight, "below 0")]
    [InlineData("0.2,0.8,,,normal", IssueCodes.BadValue, "normal")]
    [InlineData("0.6,0.8,,", IssueCodes.BadValue, "outside its range")]
    public void A_bad_range_is_an_error_with_file_and_line_and_nothing_loads(string cells, string code, string says)
    {
        var parts = cells.Split(',');
        var row = "a,b,supplies,2,0.5," + string.Join(",", parts.Concat(Enumerable.Repeat("", 5 - parts.Length)));
        var (dir, n, e) = Write($"source,target,type,weight,probability,probability_low,probability_high,weight_low,weight_high,distribution\nb,c,supplies,1,1,,,,,\n{row}\n");
        using var _d = dir;
        foreach (var r in new[] { GraphInput.LoadCsv(n, e).Issues, GraphInput.LoadCsvCompact(n, e).Issues })
        {
            var issue = Assert.Single(r, i => i.Severity == IssueSeverity.Error);
            Assert.Equal((e, 3, code), (issue.File, issue.Line, issue.Code));
            Assert.Contains(says, issue.Message);
        }
        Assert.Null(GraphInput.LoadCsv(n, e).Value);
    }

    [Fact]
    public void An_unknown_extra_column_is_a_header_error()
    {
        var (dir, n, e) = Write("source,target,type,weight,probability,probability_lo\na,b,supplies,2,0.5,0.2\n");
        using var _d = dir;
        var issue = Assert.Single(GraphInput.LoadCsv(n, e).Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((e, 1, IssueCodes.BadHeader), (issue.File, issue.Line, issue.Code));
    }
}
