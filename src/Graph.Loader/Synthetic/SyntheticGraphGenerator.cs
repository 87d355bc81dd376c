using System.Text;
using Depgraph.Core;
using Depgraph.Core.IO;
using Depgraph.Core.Randomness;

namespace Depgraph.Loader.Synthetic;

/// <summary>
/// Writes a synthetic information-sharing and dependency graph of exactly N nodes and M edges as the
/// generic CSV pair (<c>nodes.csv</c>: <c>id,kind,label</c>; <c>edges.csv</c>: <c>source,target,type,weight,probability</c>),
/// shaped like the real system, for scale and speed work.
/// </summary>
/// <remarks>
/// <para><b>Shape.</b></para>
/// <list type="number">
/// <item>A fixed hierarchy of <see cref="StructuralNodeCount"/> nodes: the hub <c>nisc</c> (government) →
/// <see cref="MinistryCount"/> ministries (<c>ministry-00</c>…) → <see cref="SectorCount"/> sectors (<c>sector-00</c>…;
/// sector s is overseen by ministry s mod 5) → <see cref="CeptoarCount"/> CEPTOARs (<c>ceptoar-00</c>…; CEPTOAR c
/// belongs to sector c mod 15) and <see cref="IsacCount"/> ISACs (<c>isac-00</c>…; ISAC i is fed by sector (4i+1) mod 15),
/// every link a downward <c>shares_with</c> edge (a tree of 45 edges).</item>
/// <item>The other nodes are members (<c>m0000001</c>…, kind <c>member</c>, at least 7 digits). 1% of them (rounded down)
/// are isolated (no edge at all). Each connected member belongs to one of the 25 hubs drawn from a Zipf law
/// (P(rank r) ∝ 1/r, the hub ranks shuffled by the seed), so group sizes are heavy-tailed; 2% of the connected members
/// (rounded down) belong to a second, different hub. Each membership is a hub → member <c>shares_with</c> edge.</item>
/// <item>The remaining edges are member → member <c>supplies</c> edges (source → target: a failure of the source passes
/// to the target), drawn by a Simon–Yule preferential-attachment process: the source is a uniformly drawn connected member
/// with probability 0.25 and otherwise a copy of an earlier edge's source (so out-degrees follow a power law, exponent ≈ 2.3);
/// the target is uniform with probability 0.6 and otherwise a copy of an earlier edge's target (a milder tail).
/// Self-loops and duplicate (source, target) pairs are redrawn (after 32 failed draws both ends become uniform), so the
/// graph is simple: no self-loops and no parallel edges.</item>
/// </list>
/// <para><b>Attributes</b> (only +, × and rounding, so the values are the same on every platform):
/// <c>shares_with</c> weight (delay, hours) = 0.5 + 23.5·u³ for u uniform in [0,1) (range 0.5–24 h, median ≈ 3.4 h, mean ≈ 6.4 h),
/// probability uniform on {0.80, 0.81, …, 1.00}; <c>supplies</c> weight (time to impact, hours) = 1 + 71·u³ (1–72 h),
/// probability uniform on {0.05, 0.06, …, 0.30}. All numbers are written with two decimals.</para>
/// <para><b>Order and determinism.</b> Nodes are written hierarchy first, then members by number. Edges: the hierarchy tree,
/// then memberships by member number, then supplies edges in drawing order. The pseudo-random stream is xoshiro256**
/// seeded by SplitMix64 (not <see cref="System.Random"/>), lines end in <c>\n</c> and no culture is involved: the same
/// options give byte-identical files on every machine.</para>
/// <para><b>Cost.</b> O(N + M) time and memory: the member roles and degrees (about 13 bytes per node) and, for the supplies
/// edges, two endpoint-history arrays and an open-addressing set of pairs (about 8 + 16·(load ≤ ½) bytes per edge, ≈ 170 MB
/// for 5 M edges). 1 M nodes / 5 M edges take a few seconds, dominated by formatting 200 MB of text.</para>
/// <para><b>Example.</b> <c>Generate(new() { Nodes = 146, Edges = 600, Seed = 7 }, nodes, edges)</c> writes the 46 hierarchy
/// nodes and 100 members (1 isolated, 1 dual), 45 tree edges, 100 membership edges and 455 supplies edges.</para>
/// <para>References: H. A. Simon, "On a class of skew distribution functions", Biometrika 42(3/4), 1955,
/// https://doi.org/10.2307/2333389; A.-L. Barabási, R. Albert, "Emergence of scaling in random networks", Science 286, 1999,
/// https://doi.org/10.1126/science.286.5439.509.</para>
/// </remarks>
public static class SyntheticGraphGenerator
{
    /// <summary>Ministries under the hub.</summary>
    public const int MinistryCount = 5;
    /// <summary>Sectors, each overseen by one ministry.</summary>
    public const int SectorCount = 15;
    /// <summary>CEPTOAR hubs.</summary>
    public const int CeptoarCount = 21;
    /// <summary>ISAC hubs.</summary>
    public const int IsacCount = 4;
    /// <summary>Hubs that members belong to (CEPTOARs and ISACs).</summary>
    public const int HubCount = CeptoarCount + IsacCount;
    /// <summary>Nodes of the fixed hierarchy: the government hub, ministries, sectors, CEPTOARs, ISACs.</summary>
    public const int StructuralNodeCount = 1 + MinistryCount + SectorCount + HubCount;
    /// <summary>Edges of the fixed hierarchy tree.</summary>
    public const int StructuralEdgeCount = MinistryCount + SectorCount + HubCount;
    /// <summary>Smallest accepted node count.</summary>
    public const int MinNodes = StructuralNodeCount + 4;
    /// <summary>Id of the government hub every alert starts from.</summary>
    public const string HubId = "nisc";

    private const double UniformSourceProbability = 0.25;
    private const double UniformTargetProbability = 0.6;
    private const int MaxRedraws = 32;

    /// <summary>Member nodes for <paramref name="nodes"/> nodes.</summary>
    public static int MemberCount(int nodes) => nodes - StructuralNodeCount;
    /// <summary>Isolated members (1%, rounded down).</summary>
    public static int IsolatedCount(int nodes) => MemberCount(nodes) / 100;
    /// <summary>Members belonging to two hubs (2% of the connected members, rounded down).</summary>
    public static int DualCount(int nodes) => (MemberCount(nodes) - IsolatedCount(nodes)) / 50;

    /// <summary>The fewest edges possible for <paramref name="nodes"/> nodes: the hierarchy tree plus every membership.</summary>
    public static long MinimumEdges(int nodes)
    {
        if (nodes < MinNodes) return StructuralEdgeCount;
        int connected = MemberCount(nodes) - IsolatedCount(nodes);
        return StructuralEdgeCount + connected + (long)DualCount(nodes);
    }

    /// <summary>The most edges accepted for <paramref name="nodes"/> nodes: the minimum plus a quarter of all ordered member pairs (capped at <see cref="int.MaxValue"/>).</summary>
    public static long MaximumEdges(int nodes)
    {
        if (nodes < MinNodes) return StructuralEdgeCount;
        long connected = MemberCount(nodes) - IsolatedCount(nodes);
        return Math.Min(int.MaxValue, MinimumEdges(nodes) + connected * (connected - 1) / 4);
    }

    /// <summary>
    /// Writes the graph to a folder as <c>nodes.csv</c> and <c>edges.csv</c> (UTF-8 without BOM), creating the folder if needed.
    /// Each file is written to a temporary file beside it and moved into place only when both are complete, so an
    /// interrupted run leaves no half-written <c>nodes.csv</c> or <c>edges.csv</c>. Existing ones are replaced only when
    /// depgraph wrote them and they are unchanged (<see cref="OutputManifest"/>); a user's own files are never overwritten.
    /// </summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The counts cannot be met (see <see cref="SyntheticGraphOptions.Validate"/>).</exception>
    public static SyntheticGraphSummary GenerateToFolder(SyntheticGraphOptions options, string directory)
    {
        Preconditions.NotNull(options, nameof(options)).Validate();
        Preconditions.NotNullOrEmpty(directory, nameof(directory));
        Directory.CreateDirectory(directory);
        string tag = Guid.NewGuid().ToString("N");
        string nodesPath = Path.Combine(directory, "nodes.csv"), edgesPath = Path.Combine(directory, "edges.csv");
        string nodesTmp = Path.Combine(directory, $".nodes.csv.{tag}.tmp"), edgesTmp = Path.Combine(directory, $".edges.csv.{tag}.tmp");
        var refused = new[] { "nodes.csv", "edges.csv" }.Select(n => OutputManifest.WhyNotOverwritable(directory, n)).OfType<string>().ToList();
        if (refused.Count > 0)
            throw new IOException($"will not write into '{directory}': {string.Join("; ", refused)}. Give a new or empty folder, or one depgraph generated before.");
        try
        {
            SyntheticGraphSummary summary;
            using (var nodes = OpenWriter(nodesTmp))
            using (var edges = OpenWriter(edgesTmp))
            {
                summary = Generate(options, nodes, edges);
            }
            File.Move(nodesTmp, nodesPath, overwrite: true);
            File.Move(edgesTmp, edgesPath, overwrite: true);
            OutputManifest.Record(directory, ["nodes.csv", "edges.csv"]);
            return summary;
        }
        finally
        {
            TryDelete(nodesTmp);
            TryDelete(edgesTmp);
        }
    }

    private static StreamWriter OpenWriter(string path) =>
        new(new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20), new UTF8Encoding(false), 1 << 16);

    private static void TryDelete(string path)
    {
        try { if (File.Exists(path)) File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    /// <summary>Writes the graph's <c>nodes.csv</c> and <c>edges.csv</c> text to two writers (flushed, not closed).</summary>
    /// <exception cref="ArgumentNullException">A null argument.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The counts cannot be met (see <see cref="SyntheticGraphOptions.Validate"/>).</exception>
    public static SyntheticGraphSummary Generate(SyntheticGraphOptions options, TextWriter nodesCsv, TextWriter edgesCsv)
    {
        Preconditions.NotNull(options, nameof(options)).Validate();
        Preconditions.NotNull(nodesCsv, nameof(nodesCsv));
        Preconditions.NotNull(edgesCsv, nameof(edgesCsv));
        int n = options.Nodes, members = MemberCount(n), isolated = IsolatedCount(n), dual = DualCount(n);
        int width = Math.Max(7, members.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        var rng = new Xoshiro256StarStar(unchecked((ulong)options.Seed));

        string[] structural = StructuralIds();
        WriteNodes(nodesCsv, structural, members, width);

        // Roles: a partial Fisher–Yates shuffle picks the isolated members, then the dual ones; the rest of the
        // permutation (dual included) is the pool the supplies process draws uniform members from.
        var perm = new int[members];
        for (int i = 0; i < members; i++) perm[i] = i;
        for (int i = 0; i < isolated + dual; i++)
        {
            int j = i + rng.NextInt(members - i);
            (perm[i], perm[j]) = (perm[j], perm[i]);
        }
        var role = new byte[members]; // 0 plain, 1 isolated, 2 dual
        for (int i = 0; i < isolated; i++) role[perm[i]] = 1;
        for (int i = isolated; i < isolated + dual; i++) role[perm[i]] = 2;

        // Zipf over hub ranks, the rank → hub map shuffled by the seed.
        var rankToHub = new int[HubCount];
        for (int i = 0; i < HubCount; i++) rankToHub[i] = i;
        for (int i = HubCount - 1; i > 0; i--)
        {
            int j = rng.NextInt(i + 1);
            (rankToHub[i], rankToHub[j]) = (rankToHub[j], rankToHub[i]);
        }
        var cumulative = new double[HubCount];
        double total = 0;
        for (int r = 0; r < HubCount; r++) cumulative[r] = total += 1.0 / (r + 1);

        var outDeg = new int[n];
        var inDeg = new int[n];
        var w = new CsvLineBuffer(edgesCsv);
        w.Append("source,target,type,weight,probability");
        w.NewLine();

        // 1. Hierarchy tree.
        int sharesWith = 0;
        const int firstMinistry = 1, firstSector = firstMinistry + MinistryCount, firstHub = firstSector + SectorCount;
        for (int m = 0; m < MinistryCount; m++) TreeEdge(0, firstMinistry + m);
        for (int s = 0; s < SectorCount; s++) TreeEdge(firstMinistry + s % MinistryCount, firstSector + s);
        for (int c = 0; c < CeptoarCount; c++) TreeEdge(firstSector + c % SectorCount, firstHub + c);
        for (int i = 0; i < IsacCount; i++) TreeEdge(firstSector + (4 * i + 1) % SectorCount, firstHub + CeptoarCount + i);

        void TreeEdge(int from, int to)
        {
            w.Append(structural[from]); w.Append(','); w.Append(structural[to]);
            WriteSharesWithTail(w, ref rng);
            outDeg[from]++; inDeg[to]++; sharesWith++;
        }

        // 2. Memberships, by member number.
        for (int k = 0; k < members; k++)
        {
            if (role[k] == 1) continue;
            int h1 = DrawHub(ref rng, cumulative, total, rankToHub);
            MembershipEdge(h1, k);
            if (role[k] == 2)
            {
                int h2;
                do h2 = DrawHub(ref rng, cumulative, total, rankToHub); while (h2 == h1);
                MembershipEdge(h2, k);
            }
        }

        void MembershipEdge(int hub, int member)
        {
            w.Append(structural[firstHub + hub]); w.Append(','); AppendMember(w, member, width);
            WriteSharesWithTail(w, ref rng);
            outDeg[firstHub + hub]++; inDeg[StructuralNodeCount + member]++; sharesWith++;
        }

        // 3. Supplies edges by preferential attachment until the total reaches M.
        int supplies = options.Edges - sharesWith;
        int poolStart = isolated, pool = members - isolated;
        var srcHist = new int[supplies];
        var dstHist = new int[supplies];
        var seen = new PairSet(supplies);
        for (int i = 0; i < supplies; i++)
        {
            int s, t;
            for (int attempt = 0; ; attempt++)
            {
                bool uniform = i == 0 || attempt >= MaxRedraws;
                s = uniform || rng.NextDouble() < UniformSourceProbability ? perm[poolStart + rng.NextInt(pool)] : srcHist[rng.NextInt(i)];
                t = uniform || rng.NextDouble() < UniformTargetProbability ? perm[poolStart + rng.NextInt(pool)] : dstHist[rng.NextInt(i)];
                if (s != t && seen.Add(s, t)) break;
            }
            srcHist[i] = s;
            dstHist[i] = t;
            AppendMember(w, s, width); w.Append(','); AppendMember(w, t, width);
            w.Append(",supplies,");
            w.AppendFixed2(Hundredths(1.0 + 71.0 * Cube(rng.NextDouble())));
            w.Append(',');
            w.AppendFixed2(5 + rng.NextInt(26));
            w.NewLine();
            outDeg[StructuralNodeCount + s]++; inDeg[StructuralNodeCount + t]++;
        }
        w.Flush();
        edgesCsv.Flush();

        int maxOut = 0, maxIn = 0;
        for (int v = 0; v < n; v++) { maxOut = Math.Max(maxOut, outDeg[v]); maxIn = Math.Max(maxIn, inDeg[v]); }
        return new SyntheticGraphSummary(n, options.Edges, members, isolated, dual, sharesWith, supplies, maxOut, maxIn);
    }

    private static string[] StructuralIds()
    {
        var ids = new List<string>(StructuralNodeCount) { HubId };
        for (int i = 0; i < MinistryCount; i++) ids.Add($"ministry-{i:D2}");
        for (int i = 0; i < SectorCount; i++) ids.Add($"sector-{i:D2}");
        for (int i = 0; i < CeptoarCount; i++) ids.Add($"ceptoar-{i:D2}");
        for (int i = 0; i < IsacCount; i++) ids.Add($"isac-{i:D2}");
        return [.. ids];
    }

    private static void WriteNodes(TextWriter writer, string[] structural, int members, int width)
    {
        var w = new CsvLineBuffer(writer);
        w.Append("id,kind,label");
        w.NewLine();
        foreach (var id in structural)
        {
            var (kind, label) = id switch
            {
                HubId => ("government", "NISC"),
                _ when id.StartsWith("ministry-", StringComparison.Ordinal) => ("ministry", "Ministry " + id[9..]),
                _ when id.StartsWith("sector-", StringComparison.Ordinal) => ("sector", "Sector " + id[7..]),
                _ when id.StartsWith("ceptoar-", StringComparison.Ordinal) => ("ceptoar", "CEPTOAR " + id[8..]),
                _ => ("isac", "ISAC " + id[5..]),
            };
            w.Append(id); w.Append(','); w.Append(kind); w.Append(','); w.Append(label); w.NewLine();
        }
        for (int k = 0; k < members; k++)
        {
            AppendMember(w, k, width);
            w.Append(",member,Member ");
            w.AppendPadded(k + 1L, width);
            w.NewLine();
        }
        w.Flush();
        writer.Flush();
    }

    private static void AppendMember(CsvLineBuffer w, int member, int width)
    {
        w.Append('m');
        w.AppendPadded(member + 1L, width);
    }

    private static void WriteSharesWithTail(CsvLineBuffer w, ref Xoshiro256StarStar rng)
    {
        w.Append(",shares_with,");
        w.AppendFixed2(Hundredths(0.5 + 23.5 * Cube(rng.NextDouble())));
        w.Append(',');
        w.AppendFixed2(80 + rng.NextInt(21));
        w.NewLine();
    }

    private static int DrawHub(ref Xoshiro256StarStar rng, double[] cumulative, double total, int[] rankToHub)
    {
        double x = rng.NextDouble() * total;
        int r = 0;
        while (r < cumulative.Length - 1 && x >= cumulative[r]) r++;
        return rankToHub[r];
    }

    private static double Cube(double u) => u * u * u;

    private static int Hundredths(double hours) => (int)Math.Round(hours * 100.0, MidpointRounding.AwayFromZero);

    /// <summary>Open-addressing set of (source, target) pairs, linear probing, load ≤ ½.</summary>
    private sealed class PairSet
    {
        private readonly ulong[] _slots;
        private readonly int _mask;

        public PairSet(int capacity)
        {
            int size = 16;
            while (size < 2L * capacity && size < (1 << 30)) size <<= 1;
            _slots = new ulong[size];
            _mask = size - 1;
        }

        public bool Add(int s, int t)
        {
            ulong key = (((ulong)(uint)s << 32) | (uint)t) + 1; // never 0, the empty mark
            int i = (int)((key * 0x9E3779B97F4A7C15UL) >> 34) & _mask;
            while (true)
            {
                ulong k = _slots[i];
                if (k == 0) { _slots[i] = key; return true; }
                if (k == key) return false;
                i = (i + 1) & _mask;
            }
        }
    }
}
