// The depgraph side of the benchmark (bench/run.sh). Prints one JSON line per op, in the same shape as
// bench/peers/*.py, with the same canonical answers and hashes (see bench/README.md).
//
// Threads: every op runs on one thread except load (an edges file of 8 MB or more is parsed on all cores) and the
// cascade (runs spread over all cores, CascadeOptions.MaxDegreeOfParallelism default); each JSON line says "threads".
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Paths;
using Depgraph.Analysis.Propagation;
using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Loader;

namespace Depgraph.BenchRunner;

public static class Program
{
    private static readonly string[] AllOps =
        ["load", "reach_all", "reach_3hops", "dijkstra", "articulation_points", "bridges", "dominators", "k_paths", "cascade"];
    private const int K = 10;
    private const int CascadeRuns = 1000;

    private sealed class Options
    {
        public string Dir = "";
        public string Size = "";
        public int Warmup = 1;
        public int Runs = 3;
        public long Seed = 1;
        public HashSet<string> Ops = [.. AllOps];
        public string? Dump;
        public string Hub = "nisc";
        public string Layout = "auto";
    }

    public static int Main(string[] args)
    {
        var o = new Options();
        bool runsGiven = false, warmGiven = false;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            string v = args[i + 1];
            switch (args[i])
            {
                case "--dir": o.Dir = v; break;
                case "--size": o.Size = v; break;
                case "--warmup": o.Warmup = int.Parse(v, CultureInfo.InvariantCulture); warmGiven = true; break;
                case "--runs": o.Runs = int.Parse(v, CultureInfo.InvariantCulture); runsGiven = true; break;
                case "--seed": o.Seed = long.Parse(v, CultureInfo.InvariantCulture); break;
                case "--ops": o.Ops = [.. v.Split(',', StringSplitOptions.RemoveEmptyEntries)]; break;
                case "--dump": o.Dump = v; break;
                case "--hub": o.Hub = v; break;
                case "--layout": o.Layout = v; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        if (o.Dir.Length == 0 || o.Size.Length == 0)
        {
            Console.Error.WriteLine("usage: Graph.BenchRunner --dir DIR --size S|M|L [--warmup W] [--runs R] [--ops a,b] [--seed S] [--hub ID] [--dump DIR] [--layout auto|on|off]");
            return 2;
        }
        // same plan as the peers, except that at L depgraph can afford one warm-up and three runs
        var (w, r) = o.Size switch { "S" => (1, 5), "M" => (1, 3), _ => (1, 3) };
        if (!warmGiven) o.Warmup = w;
        if (!runsGiven) o.Runs = r;

        Emit(new() { ["tool"] = "depgraph", ["size"] = o.Size, ["op"] = "version",
            ["version"] = typeof(CompactGraph).Assembly.GetName().Version?.ToString() ?? "?", ["dotnet"] = Environment.Version.ToString() });

        string nodes = Path.Combine(o.Dir, "nodes.csv"), edges = Path.Combine(o.Dir, "edges.csv");
        var g = Run(o, "load", () => GenericCsvLoader.LoadCompact(nodes, edges).GetValueOrThrow(),
            g => [$"{g.NodeCount} {g.EdgeCount}"]);
        if (g is null) return 1;
        int hub = g.IndexOf(o.Hub);
        if (hub < 0) { Console.Error.WriteLine($"no node {o.Hub} in {nodes}"); return 1; }
        int[] hubs = [hub];
        // --layout on|off forces the algorithms' cache-friendly LocalityLayout on every graph or on none (auto: by size,
        // LocalityLayout.MinVertices). With it on, the layout is built in the first op's warm-up and then shared, as in a
        // process that runs several analyses; its build alone is the op "layout" (not in the default set).
        using var layoutSwitch = o.Layout switch
        {
            "on" => LocalityLayout.OverrideThreshold(0),
            "off" => LocalityLayout.OverrideThreshold(int.MaxValue),
            _ => null,
        };
        if (o.Ops.Contains("layout"))
            Run(o, "layout", () => { var l = LocalityLayout.Build(g); _ = l.OutWeights; return l; }, _ => null);

        if (o.Ops.Contains("reach_all"))
            Run(o, "reach_all", () => BreadthFirst.Hops(g, hubs), h => Ids(g, Enumerable.Range(0, g.NodeCount).Where(v => h[v] >= 0)));
        if (o.Ops.Contains("reach_3hops"))
            Run(o, "reach_3hops", () => BreadthFirst.Neighborhood(g, hubs, 3), h => Ids(g, h.Select(x => x.Vertex)));
        // the canonical answer of every Dijkstra variant: "id hours" of each reached vertex, sorted
        List<string> Arrivals(ShortestPathTree t) => Sorted(Enumerable.Range(0, g.NodeCount).Where(t.IsReachable).Select(v => g.Id(v) + " " + F6(t.Distance(v))));
        if (o.Ops.Contains("dijkstra"))
            Run(o, "dijkstra", () => ShortestPaths.Dijkstra(g, hubs), Arrivals);
        // not in the default set: the queues side by side (same answers): the 4-ary heap alone, and buckets of a given width
        if (o.Ops.Contains("dijkstra_heap"))
            Run(o, "dijkstra_heap", () => ShortestPaths.DijkstraWith(g, hubs, 0), Arrivals);
        foreach (var op in o.Ops.Where(x => x.StartsWith("dijkstra_width=", StringComparison.Ordinal)).ToList())
        {
            double width = double.Parse(op["dijkstra_width=".Length..], CultureInfo.InvariantCulture);
            Run(o, op, () => ShortestPaths.DijkstraWith(g, hubs, width), Arrivals);
        }
        if (o.Ops.Contains("articulation_points"))
            Run(o, "articulation_points", () => ArticulationPoints.Find(g), aps => Ids(g, aps));
        if (o.Ops.Contains("bridges"))
            Run(o, "bridges", () => Bridges.Find(g), bs => Sorted(bs.Select(b => PairLine(g.Id(b.A), g.Id(b.B)))));
        if (o.Ops.Contains("dominators"))
            Run(o, "dominators", () => Dominators.Compute(g, hub), d => Sorted(Enumerable.Range(0, g.NodeCount)
                .Where(v => v != hub && d.IsReachable(v)).Select(v => g.Id(v) + " " + g.Id(d.Idom(v)))));
        if (o.Ops.Contains("k_paths"))
        {
            var pair = File.ReadAllText(Path.Combine(o.Dir, "pair.txt")).Split(' ', '\n', StringSplitOptions.RemoveEmptyEntries);
            int s = g.IndexOf(pair[0]), t = g.IndexOf(pair[1]);
            Run(o, "k_paths", () => KShortestPaths.Find(g, s, t, K), ps => ps.Select(p => p.Hours).Order().Select(F6).ToList());
        }
        // "cascade" is the bit-parallel cascade of `depgraph cascade`; not in the default set: "cascade_scalar", the
        // one-run-at-a-time IndependentCascade (same distribution, other draws), for before/after comparisons
        foreach (var (op, cascade) in new (string, Func<CompactGraph, int[], CascadeOptions, MonteCarloCascadeResult>)[]
            { ("cascade", (g, s, c) => BitParallelCascade.Run(g, s, c)), ("cascade_scalar", (g, s, c) => IndependentCascade.Run(g, s, c)) })
            if (o.Ops.Contains(op))
                Run(o, op, () => cascade(g, hubs, new CascadeOptions { Runs = CascadeRuns, Seed = (int)o.Seed }),
                    _ => null, res => new()
                    {
                        ["mean"] = Math.Round(res.MeanFailed, 3),
                        ["se"] = Math.Round(res.StdevFailed / Math.Sqrt(CascadeRuns), 3),
                        ["runs_done"] = CascadeRuns, ["scaled_to"] = CascadeRuns, ["threads"] = Environment.ProcessorCount,
                        ["note"] = $"parallel on {Environment.ProcessorCount} cores",
                    });

        Emit(new() { ["tool"] = "depgraph", ["size"] = o.Size, ["op"] = "peak_rss",
            ["peak_rss_mb"] = Math.Round(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0, 1) });
        return 0;
    }

    private static T? Run<T>(Options o, string op, Func<T> fn, Func<T, List<string>?> canon, Func<T, Dictionary<string, object?>>? extra = null)
        where T : class => Run(o, op, fn, canon, extra, op is "load" && EdgesBytes(o) >= 8 << 20 || op.StartsWith("cascade", StringComparison.Ordinal) ? Environment.ProcessorCount : 1);

    private static long EdgesBytes(Options o)
    {
        var f = new FileInfo(Path.Combine(o.Dir, "edges.csv"));
        return f.Exists ? f.Length : 0;
    }

    private const double MinTimedSeconds = 0.2;
    private const int MaxRuns = 2000;

    private static T? Run<T>(Options o, string op, Func<T> fn, Func<T, List<string>?> canon, Func<T, Dictionary<string, object?>>? extra, int threads)
        where T : class
    {
        var times = new List<double>();
        var cpus = new List<double>();
        var proc = Process.GetCurrentProcess();
        T? result = null;
        try
        {
            // Ops of a few microseconds (reach_3hops) are timer- and JIT-tier noise in three runs: they repeat until the
            // timed runs add up to MinTimedSeconds (at most MaxRuns), so the median is of steady-state code, as in a
            // notebook or a process that runs many queries. Ops of 0.1 s or more keep the plan's run count.
            double timed = 0, lastRun = 0;
            for (int i = 0; i < o.Warmup + o.Runs || (timed < MinTimedSeconds && i < o.Warmup + MaxRuns); i++)
            {
                // Start each op, and each run after one of 10 ms or more, from a collected heap (not timed): garbage of
                // earlier ops and of the previous run (the last graph, the last cascade's masks) would otherwise count in
                // the peak memory, while the Python peers free theirs at once by reference counting. One run's own
                // allocations still count in full. Runs of microseconds allocate little and are not collected between:
                // a full collection before each would time them on cold caches.
                result = null;
                if (i == 0 || lastRun >= 0.01) GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                proc.Refresh();
                var c0 = proc.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                result = null;
                result = fn();
                double dt = sw.Elapsed.TotalSeconds;
                lastRun = dt;
                proc.Refresh();
                if (i >= o.Warmup) { times.Add(dt); cpus.Add((proc.TotalProcessorTime - c0).TotalSeconds); timed += dt; }
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Emit(new() { ["tool"] = "depgraph", ["size"] = o.Size, ["op"] = op, ["status"] = "error", ["note"] = e.GetType().Name + ": " + e.Message + " at " + (e.StackTrace ?? "").Split('\n')[0].Trim() });
            return null;
        }
        double median = Median(times);
        var lines = canon(result!);
        var obj = new Dictionary<string, object?>
        {
            ["tool"] = "depgraph", ["size"] = o.Size, ["op"] = op, ["median_s"] = Math.Round(median, 6),
            ["cpu_s"] = Math.Round(Median(cpus), 6), ["runs"] = times.Count,
            ["answer_hash"] = lines is null ? null : Hash(lines), ["answer_n"] = lines?.Count, ["threads"] = threads,
        };
        if (extra is not null) foreach (var kv in extra(result!)) obj[kv.Key] = kv.Value;
        Emit(obj);
        if (o.Dump is not null && lines is not null)
        {
            Directory.CreateDirectory(o.Dump);
            // streamed line by line ("\n" endings, as the peers write them): one string of a million answers would
            // count in the process's peak memory, which is the op's own figure
            using var dump = new StreamWriter(Path.Combine(o.Dump, $"depgraph.{op}.txt"), append: false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
            foreach (var l in lines) dump.WriteLine(l);
        }
        return result;
    }

    private static double Median(List<double> xs)
    {
        var s = xs.Order().ToList();
        return s.Count % 2 == 1 ? s[s.Count / 2] : (s[s.Count / 2 - 1] + s[s.Count / 2]) / 2;
    }

    private static string F6(double x) => x.ToString("F6", CultureInfo.InvariantCulture);

    private static string PairLine(string a, string b) => string.CompareOrdinal(a, b) < 0 ? a + " " + b : b + " " + a;

    private static List<string> Ids(CompactGraph g, IEnumerable<int> vs) => Sorted(vs.Select(g.Id));

    private static List<string> Sorted(IEnumerable<string> lines)
    {
        var l = lines.ToList();
        l.Sort(StringComparer.Ordinal);
        return l;
    }

    /// <summary>First 16 hex digits of SHA-256 over the lines, each followed by "\n" (as bench/peers/benchcommon.py).</summary>
    private static string Hash(List<string> lines)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var l in lines) { h.AppendData(Encoding.UTF8.GetBytes(l)); h.AppendData("\n"u8); }
        return Convert.ToHexStringLower(h.GetHashAndReset())[..16];
    }

    private static void Emit(Dictionary<string, object?> obj) => Console.WriteLine(JsonSerializer.Serialize(obj));
}
