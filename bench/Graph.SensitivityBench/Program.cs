using System.Diagnostics;
using System.Globalization;
using System.Text;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Loader;

// usage: Graph.SensitivityBench DATASET [samples] [runs] [threads]
//   Sobol of every sector to every assumed dependency probability, from each of 情報通信 and 電力, phase by phase.
// usage: Graph.SensitivityBench --graph DIR OUT [parameters] [samples] [runs] [threads]
//   DIR holds a generic nodes.csv/edges.csv (e.g. `depgraph generate --nodes 100000 --edges 500000 --seed 1`). Over the
//   dependency layer (supplies edges): the source is the member with most dependants, the outputs the 20 members it can
//   reach with the most suppliers, and the parameters the first `parameters` edges in breadth-first order from the
//   source that lie on a path to an output, each ranged ×0.5–×1.5 of its written probability (at most 1). Writes OUT/nodes.csv
//   and OUT/edges.csv (with probability_low/probability_high columns) for the CLI, prints its command line, then times
//   the phases in process and checks that 1, 2 and 4 threads give the same bytes (on N = 256).
var inv = CultureInfo.InvariantCulture;
var proc = Process.GetCurrentProcess();
var sw = Stopwatch.StartNew();
TimeSpan cpu0 = proc.TotalProcessorTime;
void Mark(string what)
{
    proc.Refresh();
    var cpu = proc.TotalProcessorTime;
    Console.WriteLine($"| {what} | {sw.Elapsed.TotalSeconds.ToString("F2", inv)} | {(cpu - cpu0).TotalSeconds.ToString("F2", inv)} |");
    sw.Restart();
    cpu0 = cpu;
}
int Arg(int i, int fallback) => args.Length > i ? int.Parse(args[i], inv) : fallback;

if (args.Length > 0 && args[0] == "--graph")
{
    GraphBench(args[1], args[2], Arg(3, 100), Arg(4, SobolOptions.DefaultSamples), Arg(5, 1024), Arg(6, Environment.ProcessorCount));
    return;
}

string data = args.Length > 0 ? args[0] : "data/ceptoar-fy2024";
int samples = Arg(1, SobolOptions.DefaultSamples), runs = Arg(2, 1024), threads = Arg(3, Environment.ProcessorCount);
Console.WriteLine($"samples {samples}, runs {runs}, threads {threads}, cores {Environment.ProcessorCount}");
Header();
var ds = GraphInput.LoadDataset(data).GetValueOrThrow();
var g = ds.ToCompactGraph().Select(EdgeLayer.Dependency);
var space = ParameterSpace.Resolve(g, EdgeLayer.Dependency, DatasetRanges.FromDataset(ds), EdgeParameter.Probability);
Mark($"load ({space.Count} parameters)");
foreach (var from in new[] { "sector.info_comm", "sector.electricity" })
{
    int s = g.IndexOf(from);
    var outputs = Enumerable.Range(0, g.NodeCount).Where(v => g.Kind(v) == Depgraph.Core.Model.NodeKind.Sector && v != s).ToArray();
    Phases(from, space, [s], outputs, samples, runs, threads);
}

static void Header()
{
    Console.WriteLine("| phase | wall s | CPU s |");
    Console.WriteLine("|---|---:|---:|");
}

void Phases(string from, ParameterSpace space, int[] sources, int[] outputs, int samples, int runs, int threads)
{
    var model = new LiveEdgeCascadeModel(space, sources, outputs, runs);
    model.CreateEvaluator();
    Mark($"{from}: model ({outputs.Length} outputs, {model.KeptVertexCount:N0} vertices and {model.KeptEdgeCount:N0} edges on a path to one, {model.UncertainEdgeCount} uncertain, {(model.IsCondensed ? "condensed" : "direct")})");
    UncertaintyIntervals.Run(model, space.UnitDistributions, UncertaintyIntervals.DefaultSamples, 42, threads);
    Mark($"{from}: intervals ({UncertaintyIntervals.DefaultSamples} sets)");
    OneAtATimeSwing.Run(model, space.UnitDistributions, threads);
    Mark($"{from}: swing");
    var r = SobolAnalysis.Run(model, space.UnitDistributions, new SobolOptions { Samples = samples, Bootstrap = 0, MaxDegreeOfParallelism = threads });
    Mark($"{from}: Sobol evaluations ({r.Evaluations:N0})");
    var full = Bytes(SobolAnalysis.Run(model, space.UnitDistributions, new SobolOptions { Samples = samples, MaxDegreeOfParallelism = threads }));
    Mark($"{from}: Sobol evaluations + 200 bootstrap");
    Console.WriteLine($"{from}: Sobol result (N = {samples}, {threads} threads) SHA-256 {Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(full))}");
    CascadeSensitivity.Run(space, sources, outputs, new SensitivityOptions { Samples = samples, Runs = runs, MaxDegreeOfParallelism = threads });
    Mark($"{from}: whole sensitivity (as the command)");
}

void GraphBench(string dir, string outDir, int parameters, int samples, int runs, int threads)
{
    Console.WriteLine($"graph {dir}, parameters {parameters}, samples {samples}, runs {runs}, threads {threads}, cores {Environment.ProcessorCount}");
    Header();
    var all = GraphInput.LoadCsvCompact(Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "edges.csv")).GetValueOrThrow();
    var g = all.Select(EdgeLayer.Dependency);
    Mark($"load ({g.NodeCount:N0} nodes, {g.EdgeCount:N0} dependency edges)");
    int source = Enumerable.Range(0, g.NodeCount).OrderByDescending(g.OutDegree).ThenBy(v => g.Id(v), StringComparer.Ordinal).First();
    var order = BreadthFirst(g, source);
    var outputs = order.Skip(1).OrderByDescending(g.InDegree).ThenBy(v => g.Id(v), StringComparer.Ordinal).Take(20)
        .OrderBy(v => g.Id(v), StringComparer.Ordinal).ToArray();
    var toOutput = new bool[g.NodeCount];
    var stack = new Stack<int>(outputs);
    foreach (int o in outputs) toOutput[o] = true;
    while (stack.Count > 0)
        foreach (int u in g.InNeighbors(stack.Pop()))
            if (!toOutput[u]) { toOutput[u] = true; stack.Push(u); }
    var chosen = new List<int>();
    foreach (int u in order)
    {
        for (int e = g.OutStart(u); e < g.OutEnd(u); e++)
            if (toOutput[g.Target(e)] && chosen.Count < parameters) chosen.Add(e);
        if (chosen.Count == parameters) break;
    }
    var ranged = chosen.ToDictionary(e => (g.Id(g.Source(e)), g.Id(g.Target(e))), e => g.Probability(e));
    Directory.CreateDirectory(outDir);
    File.Copy(Path.Combine(dir, "nodes.csv"), Path.Combine(outDir, "nodes.csv"), overwrite: true);
    using (var reader = new StreamReader(Path.Combine(dir, "edges.csv")))
    using (var writer = new StreamWriter(Path.Combine(outDir, "edges.csv"), false, new UTF8Encoding(false)) { NewLine = "\n" })
    {
        writer.WriteLine(reader.ReadLine() + ",probability_low,probability_high");
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split(',');
            if (f[2] == "supplies" && ranged.TryGetValue((f[0], f[1]), out double p))
                writer.WriteLine($"{line},{(p * 0.5).ToString("0.###", inv)},{Math.Min(1, p * 1.5).ToString("0.###", inv)}");
            else writer.WriteLine(line + ",,");
        }
    }
    Mark($"write {outDir} ({chosen.Count} ranged edges)");
    Console.WriteLine($"command: depgraph sensitivity --nodes {outDir}/nodes.csv --edges {outDir}/edges.csv --from {g.Id(source)} --to {string.Join(',', outputs.Select(g.Id))} --format json");
    var ds = GraphInput.LoadCsv(Path.Combine(outDir, "nodes.csv"), Path.Combine(outDir, "edges.csv")).GetValueOrThrow();
    g = ds.ToCompactGraph().Select(EdgeLayer.Dependency);
    var space = ParameterSpace.Resolve(g, EdgeLayer.Dependency, DatasetRanges.FromDataset(ds), EdgeParameter.Probability);
    int s = g.IndexOf(g.Id(source));
    var outs = outputs.Select(o => g.IndexOf(all.Id(o))).ToArray();
    Mark($"load with ranges ({space.Count} parameters)");
    var small = new LiveEdgeCascadeModel(space, [s], outs, runs);
    Mark($"model ({small.KeptVertexCount:N0} vertices and {small.KeptEdgeCount:N0} edges on a path to an output, {small.UncertainEdgeCount} uncertain)");
    small.CreateEvaluator();
    Mark(small.IsCondensed ? "condensation onto the uncertain edges (one reach over the fixed-live edges per start)" : "direct strategy (no condensation)");
    {
        var direct = new LiveEdgeCascadeModel(space, [s], outs, runs, 42, CascadeStrategy.Direct);
        var ev = (IIncrementalEvaluator)direct.CreateEvaluator();
        var y = new double[outs.Length];
        var rng = new Random(1);
        var points = Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, space.Count).Select(_ => rng.NextDouble()).ToArray()).ToList();
        Mark("direct model");
        var directOutputs = new List<double>();
        foreach (var x in points)
        {
            ev.Evaluate(x, y);
            directOutputs.AddRange(y);
        }
        Mark("10 full evaluations, direct sweep");
        for (int i = 0; i < space.Count; i++)
        {
            ev.EvaluateChange(i, rng.NextDouble(), y);
            directOutputs.AddRange(y);
        }
        Mark($"{space.Count} one-parameter changes, direct sweep");
        var cev = (IIncrementalEvaluator)small.CreateEvaluator();
        var condensedOutputs = new List<double>();
        rng = new Random(1);
        points = Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, space.Count).Select(_ => rng.NextDouble()).ToArray()).ToList();
        foreach (var x in points)
        {
            cev.Evaluate(x, y);
            condensedOutputs.AddRange(y);
        }
        for (int i = 0; i < space.Count; i++)
        {
            cev.EvaluateChange(i, rng.NextDouble(), y);
            condensedOutputs.AddRange(y);
        }
        Console.WriteLine($"the model's strategy gives the direct sweep's outputs at these 10 points and {space.Count} changes: {directOutputs.SequenceEqual(condensedOutputs)}");
        Mark("the same with the model's strategy");
    }
    var allOut = new LiveEdgeCascadeModel(space, [s], Enumerable.Range(0, g.NodeCount).ToArray(), runs).Evaluate(space.CentralUnits());
    Console.WriteLine($"expected failures at the central values: {allOut.Sum().ToString("N1", inv)} of {g.NodeCount:N0}; outputs {string.Join(' ', outs.Select(o => allOut[o].ToString("F3", inv)))}");
    Mark("one full evaluation over every vertex");
    {
        var ev = (IIncrementalEvaluator)small.CreateEvaluator();
        var y = new double[outs.Length];
        var rng = new Random(1);
        var points = Enumerable.Range(0, 10).Select(_ => Enumerable.Range(0, space.Count).Select(_ => rng.NextDouble()).ToArray()).ToList();
        foreach (var x in points) ev.Evaluate(x, y);
        Mark("10 full evaluations");
        for (int i = 0; i < space.Count; i++) ev.EvaluateChange(i, rng.NextDouble(), y);
        Mark($"{space.Count} one-parameter changes");
        for (int rep = 0; rep < 100; rep++)
            foreach (var x in points) ev.Evaluate(x, y);
        Mark("1,000 full evaluations");
        for (int rep = 0; rep < 100; rep++)
            for (int i = 0; i < space.Count; i++) ev.EvaluateChange(i, rng.NextDouble(), y);
        Mark($"{100 * space.Count:N0} one-parameter changes");
    }
    var bytes = new[] { 1, 2, 4 }.Select(t => Bytes(SobolAnalysis.Run(small, space.UnitDistributions, new SobolOptions { Samples = 256, Bootstrap = 20, MaxDegreeOfParallelism = t }))).ToList();
    Console.WriteLine($"same bytes on 1, 2 and 4 threads (N = 256): {bytes[0].SequenceEqual(bytes[1]) && bytes[0].SequenceEqual(bytes[2])}");
    foreach (int t in new[] { 1, 2 })
    {
        SobolAnalysis.Run(small, space.UnitDistributions, new SobolOptions { Samples = 1024, Bootstrap = 0, MaxDegreeOfParallelism = t });
        Mark($"Sobol evaluations, N = 1,024, {t} thread(s)");
    }
    Phases(g.Id(s), space, [s], outs, samples, runs, threads);
}

static int[] BreadthFirst(CompactGraph g, int source)
{
    var seen = new bool[g.NodeCount];
    var order = new List<int> { source };
    seen[source] = true;
    for (int head = 0; head < order.Count; head++)
        foreach (int v in g.OutNeighbors(order[head]))
            if (!seen[v]) { seen[v] = true; order.Add(v); }
    return [.. order];
}

static byte[] Bytes(SobolResult r)
{
    using var ms = new MemoryStream();
    using (var w = new BinaryWriter(ms))
        foreach (var o in r.Outputs)
        {
            w.Write(o.Mean);
            w.Write(o.Variance);
            foreach (var ix in o.Indices)
            {
                w.Write(ix.FirstOrder);
                w.Write(ix.Total);
                w.Write(ix.Ci95FirstOrder.Low);
                w.Write(ix.Ci95FirstOrder.High);
                w.Write(ix.Ci95Total.Low);
                w.Write(ix.Ci95Total.High);
            }
        }
    return ms.ToArray();
}
