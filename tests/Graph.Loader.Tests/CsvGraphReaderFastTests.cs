using System.Globalization;
using System.Text;
using Depgraph.Core.Compact;

namespace Depgraph.Loader.Tests;

/// <summary>
/// The fast path of the compact load (<c>CsvGraphReader.Fast.cs</c>) must build exactly the graph the full reader
/// builds, on one core and on several, and decline (so the full reader reports) whatever it does not handle.
/// </summary>
public class CsvGraphReaderFastTests
{
    private const string NodesHeader = "id,kind,label";
    private const string EdgesHeader = "source,target,type,weight,probability";

    private static LoadResult<CompactGraph> Full(string n, string e) => GenericCsvLoader.LoadCompactWithThreshold(n, e, long.MaxValue, fastPath: false);

    /// <summary>Loads a pair on the full reader, and on the fast path on one core and on all; asserts all three agree bit for bit.</summary>
    private static LoadResult<CompactGraph> AssertAllAgree(string n, string e)
    {
        var full = Full(n, e);
        foreach (long threshold in new[] { long.MaxValue, 1L })
        {
            var fast = GenericCsvLoader.LoadCompactWithThreshold(n, e, threshold);
            Assert.Equal(full.Issues, fast.Issues);
            Assert.Equal(full.Value is null, fast.Value is null);
            if (full.Value is { } a) AssertIdentical(a, fast.Value!);
        }
        return full;
    }

    private static void AssertIdentical(CompactGraph a, CompactGraph b)
    {
        GenericCsvLoaderTests.AssertSameGraph(a, b);
        for (int e = 0; e < a.EdgeCount; e++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(a.Weight(e)), BitConverter.DoubleToInt64Bits(b.Weight(e)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(a.Probability(e)), BitConverter.DoubleToInt64Bits(b.Probability(e)));
        }
        Assert.Equal(a.RawIn.EdgeIds, b.RawIn.EdgeIds);
        for (int v = 0; v < a.NodeCount; v++) Assert.Equal(v, b.IndexOf(a.Id(v)));
    }

    private static (string Nodes, string Edges) Write(TestPaths.TempDir dir, string nodes, string edges, Encoding? encoding = null)
    {
        encoding ??= new UTF8Encoding(false);
        File.WriteAllBytes(dir.File("nodes.csv"), encoding.GetPreamble().Concat(encoding.GetBytes(nodes)).ToArray());
        File.WriteAllBytes(dir.File("edges.csv"), encoding.GetPreamble().Concat(encoding.GetBytes(edges)).ToArray());
        return (dir.File("nodes.csv"), dir.File("edges.csv"));
    }

    private const string Nodes = NodesHeader + "\na,member,Alpha\n b ,ceptoar, Beta \nc,GOVERNMENT,\n日本,member,日本語ラベル\n";

    [Theory]
    [InlineData("a,b,supplies,1,1\nb,c,shares_with:provide,0.25,0.5\n")]                      // plain
    [InlineData("a,b,supplies,1,1\r\nb,c,shares_with:report,,\r\n")]                          // CRLF, empty numbers
    [InlineData("a,b,supplies,1,1\n\n   \nb,c,depends_on,2.5,1\n")]                             // blank lines
    [InlineData(" a , b ,supplies, 1.5 , 0.75 \n日本,a,SUPPLIES,1e3,.5\nc,日本,supplies,1.,0\n")] // spaces, case, exponent, forms of a point
    [InlineData("a,b,supplies,1,1")]                                                         // no final line break
    [InlineData("a,b,supplies,123456789012345,0.1\na,c,supplies,1234567890123456,0.3\na,b,supplies,0.000000000000001,0.2\n")] // 15 and 16 digits
    [InlineData("a,b,supplies,-0,1\na,c,supplies,+2,1\n")]                                    // signs: the general parser
    [InlineData("a,\"b\",supplies,1,1\n")]                                                    // a quote: declined
    [InlineData("a,b,supplies,1,1\rb,c,supplies,1,1\n")]                                     // a lone carriage return: declined
    [InlineData("a,b,supplies,1,1\na,x,supplies,1,1\na,a,supplies,1,1\n")]                  // dangling, self-loop: declined, reported
    [InlineData("a,b,supplies,1\n")]                                                         // wrong field count
    [InlineData("a,b,supplies,1,1,\n")]                                                      // one comma too many
    [InlineData("a,b,nonsense,1,1\n")]                                                        // unknown type
    [InlineData("a,b,supplies,abc,2\n")]                                                      // bad numbers
    public void An_edges_file_gives_what_the_full_reader_gives(string rows)
    {
        using var dir = new TestPaths.TempDir();
        var (n, e) = Write(dir, Nodes, EdgesHeader + "\n" + rows);
        AssertAllAgree(n, e);
    }

    [Theory]
    [InlineData(NodesHeader + "\na,member,x\na,member,y\n")]          // duplicate id
    [InlineData(NodesHeader + "\na,martian,x\n")]                     // unknown kind
    [InlineData(NodesHeader + "\na,member\n")]                        // wrong field count
    [InlineData(NodesHeader + "\n,member,x\n")]                       // empty id
    [InlineData("id,kind\na,member\n")]                               // bad header
    [InlineData(NodesHeader + "\na,member,\"x, y\"\nb,member,\n")]    // quoted label: declined, read by the full reader
    [InlineData(NodesHeader + "\r\na,member,x\r\n\r\nb,member,y")]    // CRLF, a blank line, no final break
    [InlineData("")]                                                  // empty
    public void A_nodes_file_gives_what_the_full_reader_gives(string nodes)
    {
        using var dir = new TestPaths.TempDir();
        var (n, e) = Write(dir, nodes, EdgesHeader + "\na,b,supplies,1,1\n");
        AssertAllAgree(n, e);
    }

    [Fact]
    public void A_byte_order_mark_on_both_files_is_skipped()
    {
        using var dir = new TestPaths.TempDir();
        var (n, e) = Write(dir, Nodes, EdgesHeader + "\na,b,supplies,1,1\n", new UTF8Encoding(true));
        var g = AssertAllAgree(n, e).GetValueOrThrow();
        Assert.Equal((4, 1, "a"), (g.NodeCount, g.EdgeCount, g.Id(0)));
    }

    [Fact]
    public void Invalid_utf8_is_declined_and_reported_by_the_full_reader()
    {
        using var dir = new TestPaths.TempDir();
        var (n, e) = Write(dir, Nodes, EdgesHeader + "\na,b,supplies,1,1\n");
        File.WriteAllBytes(e, [.. File.ReadAllBytes(e), 0xFF, (byte)'\n']);
        var full = AssertAllAgree(n, e);
        Assert.Equal(IssueCodes.Encoding, Assert.Single(full.Issues).Code);
    }

    [Fact]
    public void Cp932_files_take_the_full_reader()
    {
        var nodes = TestPaths.Fixture("csv", "nodes_shift_jis.csv");
        var edges = TestPaths.Fixture("csv", "edges_shift_jis.csv");
        var options = ReaderOptions.Default with { Encoding = CodePagesEncoding("shift_jis") };
        var full = GenericCsvLoader.LoadCompactWithThreshold(nodes, edges, long.MaxValue, options, fastPath: false);
        var fast = GenericCsvLoader.LoadCompactWithThreshold(nodes, edges, 1, options);
        Assert.Equal(full.Issues, fast.Issues);
        if (full.Value is { } a) AssertIdentical(a, fast.Value!);
    }

    private static Encoding CodePagesEncoding(string name) =>
        ReaderOptions.TryGetEncoding(name, out var e) ? e! : throw new InvalidOperationException(name);

    [Fact]
    public void Limits_are_declined_and_reported_by_the_full_reader()
    {
        using var dir = new TestPaths.TempDir();
        var (n, e) = Write(dir, Nodes, EdgesHeader + "\na,b,supplies,1,1\nb,c,supplies,1,1\n");
        foreach (var limits in new[] { ReaderLimits.Default with { MaxEdges = 1 }, ReaderLimits.Default with { MaxNodes = 2 }, ReaderLimits.Default with { MaxFieldLength = 3 } })
        {
            var options = ReaderOptions.Default with { Limits = limits };
            var full = GenericCsvLoader.LoadCompactWithThreshold(n, e, long.MaxValue, options, fastPath: false);
            Assert.NotEmpty(full.Issues);
            foreach (long threshold in new[] { long.MaxValue, 1L })
                Assert.Equal(full.Issues, GenericCsvLoader.LoadCompactWithThreshold(n, e, threshold, options).Issues);
        }
    }

    [Theory]
    [InlineData(1, 3000, 20000)]
    [InlineData(2, 50, 5000)]
    [InlineData(3, 20000, 60000)]
    public void A_random_pair_builds_the_same_graph_on_every_path(int seed, int n, int m)
    {
        using var dir = new TestPaths.TempDir();
        RandomCsv.Write(dir.File("nodes.csv"), dir.File("edges.csv"), n, m, seed);
        var full = AssertAllAgree(dir.File("nodes.csv"), dir.File("edges.csv"));
        Assert.Equal(m, full.GetValueOrThrow().EdgeCount);
    }

    [Fact]
    public void Plain_decimals_parse_to_the_same_double_as_the_general_parser()
    {
        var rng = new Random(7);
        var samples = new List<string> { "0", "0.0", "1", "1.", ".5", "00012.3400", "9007199254740993", "0.1", "0.3", "123456789012345", "999999999999999", "0.000000000000001", "1.7976931348623157" };
        for (int i = 0; i < 200_000; i++)
        {
            int digits = rng.Next(1, 17), point = rng.Next(-1, digits + 1);
            var sb = new StringBuilder();
            for (int d = 0; d < digits; d++)
            {
                if (d == point) sb.Append('.');
                sb.Append((char)('0' + rng.Next(10)));
            }
            if (point == digits) sb.Append('.');
            samples.Add(sb.ToString());
        }
        foreach (var s in samples)
        {
            bool a = double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double x);
            bool b = Tokens.TryNumberFast(s, out double y);
            Assert.Equal(a, b);
            Assert.True(BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits(y), s);
        }
    }
}
