using System.Globalization;
using System.Text;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

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

    /// <summary>Asserts whether the fast path itself takes the pair (on one core and on all), so that a test meant for it cannot pass on the full reader alone.</summary>
    private static void AssertFastPathTakes(string n, string e, bool taken)
    {
        foreach (long threshold in new[] { long.MaxValue, 1L })
            Assert.Equal(taken, CsvGraphReader.TryReadFast(n, e, ReaderOptions.Default, threshold) is not null);
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

    // ids around the 8 bytes kept in the id table's slot, sharing those 8 bytes, a NUL, non-ASCII, a supplementary character
    private const string OddIds = NodesHeader + "\na,member,A\na\0,member,NUL\nabcdefgh,member,8\nabcdefghi,member,9\nabcdefghj,member,9b\n"
        + "組織組織組織,member,18 bytes\n😀,member,emoji\n\u3000sp\u00A0,MEMBER,  padded  \n\u0085x\u2028,member,\n";

    [Theory]
    [InlineData("a,a\0,supplies,1,1\nabcdefgh,abcdefghi,supplies,1,1\nabcdefghj,組織組織組織,shares_with,2,0.5\n😀,sp,supplies,1,1\nx,a,supplies,1,1\n", true)] // every odd id, found
    [InlineData("\u3000abcdefghi\u3000,\u00A0a ,supplies,1,1\n\u3000\n\u2029\u00A0 \n", true)]     // Unicode white space trimmed; lines of it are blank
    [InlineData("abcdefghk,a,supplies,1,1\n", false)]                                                   // the first 8 bytes of an id, then another byte: dangling
    [InlineData("a\0\0,a,supplies,1,1\n", false)]                                                      // one NUL more: dangling
    [InlineData("a,abcdefgh, Shares_With:Provide ,1,1\na,sp,ｓｕｐｐｌｉｅｓ,1,1\n", false)]             // a token with spaces and case; a full-width one (unknown)
    [InlineData("a,abcdefgh,supplies,１,1\n", false)]                                                    // a full-width digit: not a number
    [InlineData("a,abcdefgh,supplies,\u00A01.5\u3000,\u20020.25\n", true)]                           // numbers trimmed of Unicode white space
    [InlineData("😀,😀,supplies,1,1\n", false)]                                                          // a self-loop on a supplementary character
    public void Ids_and_fields_compare_and_trim_as_characters_do(string rows, bool fastPath)
    {
        using var dir = new TestPaths.TempDir();
        var (n, e) = Write(dir, OddIds, EdgesHeader + "\n" + rows);
        AssertFastPathTakes(n, e, fastPath);
        AssertAllAgree(n, e);
    }

    [Theory]
    [InlineData("abcdefghi,member,x\nabcdefghi,member,y\n", false)] // a repeated id longer than the slot: declined, reported
    [InlineData("組織組織組織,member,x\n\u3000組織組織組織,member,y\n", false)] // the same id once trimmed: declined, reported
    [InlineData("a\0,member,x\na,member,y\n", true)]              // not repeated: differs only by a NUL, taken
    public void Repeated_ids_are_found_by_their_bytes(string rows, bool fastPath)
    {
        using var dir = new TestPaths.TempDir();
        var (n, e) = Write(dir, NodesHeader + "\n" + rows, EdgesHeader + "\n");
        AssertFastPathTakes(n, e, fastPath);
        AssertAllAgree(n, e);
    }

    [Theory]
    [InlineData(1, 3000, 20000)]
    [InlineData(2, 90_000, 120_000)] // enough ids for the two-thread table
    public void A_clean_random_pair_is_taken_by_the_fast_path_and_builds_the_full_readers_graph(int seed, int n, int m)
    {
        using var dir = new TestPaths.TempDir();
        var (nodes, edges) = WriteClean(dir, n, m, seed);
        Assert.Empty(Full(nodes, edges).Issues);
        foreach (long threshold in new[] { long.MaxValue, 1L })
            Assert.NotNull(CsvGraphReader.TryReadFast(nodes, edges, ReaderOptions.Default, threshold));
        Assert.Equal(m, AssertAllAgree(nodes, edges).GetValueOrThrow().EdgeCount);
    }

    /// <summary>A random pair without quotes (so the fast path takes it): ids of every length class, padded with ASCII and Unicode white space, blank lines, CRLF, tokens in any case, numbers in every form.</summary>
    private static (string Nodes, string Edges) WriteClean(TestPaths.TempDir dir, int n, int m, int seed)
    {
        var rng = new Random(seed);
        string Id(int i) => (i % 6) switch { 0 => $"n{i}", 1 => $"m{i:D7}", 2 => $"member-with-a-long-id-{i}", 3 => $"組織{i}", 4 => $"😀{i}", _ => $"ab{i:D6}" };
        string[] pads = ["", "", "", " ", "\u3000", "\u00A0", "\t"];
        string Pad(string s) => pads[rng.Next(pads.Length)] + s + pads[rng.Next(pads.Length)];
        string[] kinds = [.. EdgeKinds.AllNodeKinds.Select(k => k.Token())];
        string[] types = [.. EdgeKinds.AllEdgeKinds.Select(k => k.Token()), "SHARES_WITH:report", "shares_with:Provide"];
        var nb = new StringBuilder(NodesHeader + "\n");
        for (int i = 0; i < n; i++)
        {
            if (i % 997 == 0) nb.Append(" \u3000\n");
            string kind = kinds[rng.Next(kinds.Length)];
            nb.Append(Pad(Id(i))).Append(',').Append(i % 3 == 0 ? kind.ToUpperInvariant() : kind).Append(',').Append(i % 4 == 0 ? "" : $" ラベル {i} ").Append(i % 11 == 0 ? "\r\n" : "\n");
        }
        var eb = new StringBuilder(EdgesHeader + "\n");
        for (int e = 0; e < m; e++)
        {
            if (e % 1009 == 0) eb.Append("\n");
            int s = rng.Next(n), t = rng.Next(n - 1);
            if (t >= s) t++;
            string w = (e % 5) switch { 0 => "", 1 => (rng.Next(100000) / 100.0).ToString(CultureInfo.InvariantCulture), 2 => rng.NextDouble().ToString("E3", CultureInfo.InvariantCulture), 3 => rng.Next(50).ToString(CultureInfo.InvariantCulture) + ".", _ => "1234567.8901234567" };
            string p = (e % 3) switch { 0 => "", 1 => "0." + rng.Next(1000).ToString("D3", CultureInfo.InvariantCulture), _ => "1" };
            eb.Append(Pad(Id(s))).Append(',').Append(Pad(Id(t))).Append(',').Append(types[rng.Next(types.Length)]).Append(',').Append(Pad(w)).Append(',').Append(p).Append(e % 13 == 0 ? "\r\n" : "\n");
        }
        return Write(dir, nb.ToString(), eb.ToString());
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
