using Depgraph.Core.Compact;

namespace Depgraph.Loader.Tests;

/// <summary>The parallel edges pass (large files) must give exactly what the sequential pass gives: edges, order, issues.</summary>
public class CsvGraphReaderTests
{
    private static string Csv(string name) => TestPaths.Fixture("csv", name);

    private static (LoadResult<CompactGraph> Sequential, LoadResult<CompactGraph> Parallel) Both(string nodes, string edges) =>
        (GenericCsvLoader.LoadCompactWithThreshold(nodes, edges, long.MaxValue), GenericCsvLoader.LoadCompactWithThreshold(nodes, edges, 0));

    public static TheoryData<string> EdgeFixtures() =>
        [.. Directory.GetFiles(TestPaths.Fixture("csv", "")).Select(f => Path.GetFileName(f)).Where(f => f.StartsWith("edges", StringComparison.Ordinal))];

    [Theory]
    [MemberData(nameof(EdgeFixtures))]
    public void Every_fixture_gives_the_same_issues_on_both_paths(string edges)
    {
        var (seq, par) = Both(Csv("nodes.csv"), Csv(edges));
        Assert.Equal(seq.Issues, par.Issues);
        Assert.Equal(seq.Value is null, par.Value is null);
        if (seq.Value is not null) GenericCsvLoaderTests.AssertSameGraph(seq.Value, par.Value!);
    }

    [Fact]
    public void Many_defects_in_a_large_file_are_reported_in_line_order_on_both_paths()
    {
        using var dir = new TestPaths.TempDir();
        File.WriteAllText(dir.File("nodes.csv"), "id,kind,label\na,member,\nb,member,\nc,member,\n");
        var rows = Enumerable.Range(0, 30_000).Select(i => (i % 23) switch
        {
            0 => $"a,x{i},supplies,1,1",            // dangling target
            1 => "a,a,supplies,1,1",                // self-loop
            2 => "b,c,supplies,-1,2",               // bad weight and bad probability
            3 => "b,c,nonsense,1,1",                // unknown type
            4 => "b,c",                             // wrong field count
            _ => i % 2 == 0 ? "a,b,supplies,0.5,0.25" : "b,c,shares_with:provide,,",
        });
        File.WriteAllText(dir.File("edges.csv"), "source,target,type,weight,probability\n" + string.Join("\n", rows) + "\n\n");
        var (seq, par) = Both(dir.File("nodes.csv"), dir.File("edges.csv"));
        Assert.True(seq.HasErrors);
        Assert.Equal(GenericCsvLoader.MaxIssues + 1, seq.Issues.Count); // capped: proves the cap is applied alike
        Assert.Equal(seq.Issues, par.Issues);
        Assert.Equal(Enumerable.Range(0, seq.Issues.Count - 1).Select(i => seq.Issues[i].Line).Order(), seq.Issues.Take(seq.Issues.Count - 1).Select(i => i.Line));
    }

    [Theory]
    [InlineData(1, 3000, 20000)]
    [InlineData(2, 50, 5000)]
    public void A_valid_random_pair_builds_the_same_graph_on_both_paths(int seed, int n, int m)
    {
        using var dir = new TestPaths.TempDir();
        RandomCsv.Write(dir.File("nodes.csv"), dir.File("edges.csv"), n, m, seed);
        var (seq, par) = Both(dir.File("nodes.csv"), dir.File("edges.csv"));
        Assert.Empty(seq.Issues);
        Assert.Empty(par.Issues);
        GenericCsvLoaderTests.AssertSameGraph(seq.Value!, par.Value!);
        Assert.Equal(m, par.Value!.EdgeCount);
    }

    [Fact]
    public void Empty_bad_header_and_unreadable_edges_files_report_alike()
    {
        using var dir = new TestPaths.TempDir();
        File.WriteAllText(dir.File("nodes.csv"), "id,kind,label\na,member,\nb,member,\n");
        foreach (var content in new[] { "", "src,dst\na,b\n", "source,target,type,weight,probability\na,b,supplies,1,\"never closed\n" })
        {
            File.WriteAllText(dir.File("edges.csv"), content);
            var (seq, par) = Both(dir.File("nodes.csv"), dir.File("edges.csv"));
            Assert.NotEmpty(seq.Issues);
            Assert.Equal(seq.Issues, par.Issues);
        }
    }
}
