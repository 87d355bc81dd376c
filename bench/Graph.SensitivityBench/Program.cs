using System.Diagnostics;
using System.Globalization;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Loader;

// usage: Graph.SensitivityBench DATASET [samples] [runs] [threads]
// Sobol of every sector to every assumed dependency probability, from each of 情報通信 and 電力, phase by phase.
var inv = CultureInfo.InvariantCulture;
string data = args.Length > 0 ? args[0] : "data/ceptoar-fy2024";
int samples = args.Length > 1 ? int.Parse(args[1], inv) : SobolOptions.DefaultSamples;
int runs = args.Length > 2 ? int.Parse(args[2], inv) : 1024;
int threads = args.Length > 3 ? int.Parse(args[3], inv) : Environment.ProcessorCount;
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
Console.WriteLine($"samples {samples}, runs {runs}, threads {threads}, cores {Environment.ProcessorCount}");
Console.WriteLine("| phase | wall s | CPU s |");
Console.WriteLine("|---|---:|---:|");
var ds = GraphInput.LoadDataset(data).GetValueOrThrow();
var g = ds.ToCompactGraph().Select(EdgeLayer.Dependency);
var space = ParameterSpace.Resolve(g, EdgeLayer.Dependency, DatasetRanges.FromDataset(ds), EdgeParameter.Probability);
Mark($"load ({space.Count} parameters)");
foreach (var from in new[] { "sector.info_comm", "sector.electricity" })
{
    int s = g.IndexOf(from);
    var outputs = Enumerable.Range(0, g.NodeCount).Where(v => g.Kind(v) == Depgraph.Core.Model.NodeKind.Sector && v != s).ToArray();
    var model = new LiveEdgeCascadeModel(space, [s], outputs, runs);
    Mark($"{from}: model ({outputs.Length} outputs, {model.KeptVertexCount} vertices and {model.KeptEdgeCount} edges on a path to one)");
    UncertaintyIntervals.Run(model, space.UnitDistributions, UncertaintyIntervals.DefaultSamples, 42, threads);
    Mark($"{from}: intervals ({UncertaintyIntervals.DefaultSamples} sets)");
    OneAtATimeSwing.Run(model, space.UnitDistributions, threads);
    Mark($"{from}: swing");
    var r = SobolAnalysis.Run(model, space.UnitDistributions, new SobolOptions { Samples = samples, Bootstrap = 0, MaxDegreeOfParallelism = threads });
    Mark($"{from}: Sobol evaluations ({r.Evaluations:N0})");
    SobolAnalysis.Run(model, space.UnitDistributions, new SobolOptions { Samples = samples, MaxDegreeOfParallelism = threads });
    Mark($"{from}: Sobol evaluations + 200 bootstrap");
    var sens = CascadeSensitivity.Run(space, [s], outputs, new SensitivityOptions { Samples = samples, Runs = runs, MaxDegreeOfParallelism = threads });
    Mark($"{from}: whole sensitivity (as the command)");
}
