using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Depgraph.Loader.Synthetic;

namespace Depgraph.Loader.Tests.Synthetic;

public class SyntheticGraphGeneratorTests
{
    private sealed record Parsed(string NodesText, string EdgesText, string[][] Nodes, string[][] Edges, SyntheticGraphSummary Summary);

    private static Parsed Make(int nodes, int edges, long seed)
    {
        var nw = new StringWriter(CultureInfo.InvariantCulture);
        var ew = new StringWriter(CultureInfo.InvariantCulture);
        var summary = SyntheticGraphGenerator.Generate(new SyntheticGraphOptions { Nodes = nodes, Edges = edges, Seed = seed }, nw, ew);
        string nt = nw.ToString(), et = ew.ToString();
        return new Parsed(nt, et, Rows(nt), Rows(et), summary);
    }

    private static string[][] Rows(string text)
    {
        Assert.EndsWith("\n", text);
        Assert.DoesNotContain("\r", text);
        return text[..^1].Split('\n').Select(l => l.Split(',')).ToArray();
    }

    [Fact]
    public void Same_seed_gives_identical_bytes_and_different_seed_differs()
    {
        var a = Make(3_000, 15_000, 42);
        var b = Make(3_000, 15_000, 42);
        var c = Make(3_000, 15_000, 43);
        Assert.Equal(a.NodesText, b.NodesText);
        Assert.Equal(a.EdgesText, b.EdgesText);
        Assert.NotEqual(a.EdgesText, c.EdgesText);
        Assert.Equal(a.NodesText, c.NodesText); // node ids and labels depend on N only
    }

    [Fact]
    public void Output_is_pinned_for_a_fixed_seed()
    {
        // Guards against an accidental change of the stream or the format (e.g. someone swapping in System.Random):
        // a change here breaks every published benchmark file, so it must be deliberate.
        var p = Make(146, 600, 7);
        Assert.Equal("nisc,ministry-00,shares_with", string.Join(',', p.Edges[1][..3]));
        var hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(p.NodesText + p.EdgesText)))[..16];
        Assert.Equal(PinnedHash, hash);
    }

    // Computed once from the implementation; see Output_is_pinned_for_a_fixed_seed.
    private const string PinnedHash = "B31B260A3ED53DE9";

    [Theory]
    [InlineData(SyntheticGraphGenerator.MinNodes, 0, 1)]
    [InlineData(146, 600, 7)]
    [InlineData(1_000, 5_000, 1)]
    [InlineData(20_000, 100_000, 99)]
    public void Counts_and_headers_are_exact(int nodes, int extra, long seed)
    {
        int edges = extra == 0 ? (int)SyntheticGraphGenerator.MinimumEdges(nodes) : extra;
        var p = Make(nodes, edges, seed);
        Assert.Equal(["id", "kind", "label"], p.Nodes[0]);
        Assert.Equal(["source", "target", "type", "weight", "probability"], p.Edges[0]);
        Assert.Equal(nodes, p.Nodes.Length - 1);
        Assert.Equal(edges, p.Edges.Length - 1);
        Assert.Equal(nodes, p.Summary.Nodes);
        Assert.Equal(edges, p.Summary.Edges);
        Assert.Equal(edges, p.Summary.SharesWithEdges + p.Summary.SuppliesEdges);
        Assert.Equal(p.Summary.SuppliesEdges, p.Edges.Skip(1).Count(r => r[2] == "supplies"));
        Assert.All(p.Nodes.Skip(1), r => Assert.Equal(3, r.Length));
        Assert.All(p.Edges.Skip(1), r => Assert.Equal(5, r.Length));
    }

    [Fact]
    public void Edges_are_simple_and_every_endpoint_exists_with_valid_attributes()
    {
        var p = Make(5_000, 30_000, 5);
        var ids = new HashSet<string>(p.Nodes.Skip(1).Select(r => r[0]), StringComparer.Ordinal);
        Assert.Equal(5_000, ids.Count); // ids unique
        var kinds = p.Nodes.Skip(1).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var pairs = new HashSet<(string, string)>();
        foreach (var r in p.Edges.Skip(1))
        {
            Assert.NotEqual(r[0], r[1]);
            Assert.Contains(r[0], ids);
            Assert.Contains(r[1], ids);
            Assert.True(pairs.Add((r[0], r[1])), $"duplicate edge {r[0]} -> {r[1]}");
            double w = double.Parse(r[3], CultureInfo.InvariantCulture), pr = double.Parse(r[4], CultureInfo.InvariantCulture);
            Assert.Matches(@"^\d+\.\d\d$", r[3]);
            Assert.Matches(@"^\d\.\d\d$", r[4]);
            if (r[2] == "shares_with")
            {
                Assert.InRange(w, 0.5, 24.0);
                Assert.InRange(pr, 0.8, 1.0);
            }
            else
            {
                Assert.Equal("supplies", r[2]);
                Assert.Equal("member", kinds[r[0]]);
                Assert.Equal("member", kinds[r[1]]);
                Assert.InRange(w, 1.0, 72.0);
                Assert.InRange(pr, 0.05, 0.3);
            }
        }
    }

    [Fact]
    public void Hierarchy_has_the_documented_kinds_and_the_hub_reaches_every_hub_and_connected_member()
    {
        var p = Make(10_000, 40_000, 11);
        var kinds = p.Nodes.Skip(1).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        Assert.Equal("government", kinds["nisc"]);
        Assert.Equal(SyntheticGraphGenerator.MinistryCount, kinds.Values.Count(k => k == "ministry"));
        Assert.Equal(SyntheticGraphGenerator.SectorCount, kinds.Values.Count(k => k == "sector"));
        Assert.Equal(SyntheticGraphGenerator.CeptoarCount, kinds.Values.Count(k => k == "ceptoar"));
        Assert.Equal(SyntheticGraphGenerator.IsacCount, kinds.Values.Count(k => k == "isac"));
        Assert.Equal("member", kinds["m0000001"]);
        Assert.Equal("ceptoar", kinds["ceptoar-20"]);

        // Breadth-first over shares_with edges only: the hub reaches all 25 hubs and every member with an edge.
        var adj = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var touched = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in p.Edges.Skip(1))
        {
            touched.Add(r[0]); touched.Add(r[1]);
            if (r[2] != "shares_with") continue;
            if (!adj.TryGetValue(r[0], out var l)) adj[r[0]] = l = [];
            l.Add(r[1]);
        }
        var seen = new HashSet<string>(StringComparer.Ordinal) { "nisc" };
        var queue = new Queue<string>(["nisc"]);
        while (queue.Count > 0)
            foreach (var t in adj.GetValueOrDefault(queue.Dequeue()) ?? [])
                if (seen.Add(t)) queue.Enqueue(t);
        Assert.All(kinds.Where(kv => kv.Value is "ceptoar" or "isac"), kv => Assert.Contains(kv.Key, seen));
        Assert.Equal(touched.Count, seen.Count);

        int isolated = kinds.Keys.Count(id => !touched.Contains(id));
        Assert.Equal(SyntheticGraphGenerator.IsolatedCount(10_000), isolated);
        Assert.Equal(99, isolated);
        Assert.Equal(p.Summary.IsolatedMembers, isolated);

        // Memberships: every connected member has one or two hubs; exactly DualCount have two.
        var hubsPerMember = p.Edges.Skip(1).Where(r => r[2] == "shares_with" && kinds[r[1]] == "member")
            .GroupBy(r => r[1]).Select(g => g.Count()).ToList();
        Assert.Equal(10_000 - SyntheticGraphGenerator.StructuralNodeCount - isolated, hubsPerMember.Count);
        Assert.All(hubsPerMember, c => Assert.InRange(c, 1, 2));
        Assert.Equal(SyntheticGraphGenerator.DualCount(10_000), hubsPerMember.Count(c => c == 2));
    }

    [Fact]
    public void Degrees_are_heavy_tailed()
    {
        var p = Make(20_000, 100_000, 3);
        var outDeg = p.Edges.Skip(1).Where(r => r[2] == "supplies").GroupBy(r => r[0]).Select(g => g.Count()).ToList();
        double mean = (double)p.Summary.SuppliesEdges / (20_000 - SyntheticGraphGenerator.StructuralNodeCount);
        Assert.True(outDeg.Max() > 50 * mean, $"max supplies out-degree {outDeg.Max()} vs mean {mean:F2}");
        // membership group sizes follow Zipf: the largest hub has several times the mean group
        var group = p.Edges.Skip(1).Where(r => r[2] == "shares_with" && r[1].StartsWith('m')).GroupBy(r => r[0]).Select(g => g.Count()).ToList();
        Assert.True(group.Max() > 4.0 * group.Average(), $"largest group {group.Max()} vs mean {group.Average():F0}");
        Assert.Equal(Math.Max(p.Summary.MaxOutDegree, group.Max()), p.Summary.MaxOutDegree);
    }

    [Theory]
    [InlineData(SyntheticGraphGenerator.MinNodes - 1, 100)]
    [InlineData(1_000, 10)]
    [InlineData(100, 100_000)]
    public void Impossible_counts_are_refused_with_a_clear_message(int nodes, int edges)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() =>
            SyntheticGraphGenerator.Generate(new SyntheticGraphOptions { Nodes = nodes, Edges = edges }, TextWriter.Null, TextWriter.Null));
        Assert.Contains(nodes < SyntheticGraphGenerator.MinNodes ? "Nodes must be at least" : "Edges must be in", ex.Message);
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => SyntheticGraphGenerator.Generate(null!, TextWriter.Null, TextWriter.Null));
        Assert.Throws<ArgumentNullException>(() => SyntheticGraphGenerator.Generate(new SyntheticGraphOptions(), null!, TextWriter.Null));
        Assert.Throws<ArgumentException>(() => SyntheticGraphGenerator.GenerateToFolder(new SyntheticGraphOptions(), ""));
    }

    [Fact]
    public void Member_ids_widen_past_seven_digits_only_when_needed()
    {
        var p = Make(1_000, 5_000, 1);
        Assert.Equal("m0000954", p.Nodes[^1][0]);
        Assert.Equal("Member 0000954", p.Nodes[^1][2]);
    }

    [Fact]
    public void Folder_output_matches_the_writers_and_leaves_no_temporary_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "depgraph-synth-" + Guid.NewGuid().ToString("N"));
        try
        {
            var opts = new SyntheticGraphOptions { Nodes = 2_000, Edges = 9_000, Seed = 8 };
            var s1 = SyntheticGraphGenerator.GenerateToFolder(opts, dir);
            var s2 = SyntheticGraphGenerator.GenerateToFolder(opts, dir); // overwrites in place
            Assert.Equal(s1, s2);
            var p = Make(2_000, 9_000, 8);
            Assert.Equal(Encoding.UTF8.GetBytes(p.NodesText), File.ReadAllBytes(Path.Combine(dir, "nodes.csv")));
            Assert.Equal(Encoding.UTF8.GetBytes(p.EdgesText), File.ReadAllBytes(Path.Combine(dir, "edges.csv")));
            Assert.Equal([".depgraph-manifest", "edges.csv", "nodes.csv"], Directory.GetFiles(dir).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal).ToArray());
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Folder_output_is_not_replaced_when_options_are_invalid()
    {
        var dir = Path.Combine(Path.GetTempPath(), "depgraph-synth-" + Guid.NewGuid().ToString("N"));
        try
        {
            SyntheticGraphGenerator.GenerateToFolder(new SyntheticGraphOptions { Nodes = 500, Edges = 2_000, Seed = 1 }, dir);
            var before = File.ReadAllBytes(Path.Combine(dir, "edges.csv"));
            Assert.Throws<ArgumentOutOfRangeException>(() =>
                SyntheticGraphGenerator.GenerateToFolder(new SyntheticGraphOptions { Nodes = 500, Edges = 1 }, dir));
            Assert.Equal(before, File.ReadAllBytes(Path.Combine(dir, "edges.csv")));
            Assert.Equal(3, Directory.GetFiles(dir).Length); // nodes.csv, edges.csv, .depgraph-manifest
        }
        finally
        {
            if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
        }
    }
}
