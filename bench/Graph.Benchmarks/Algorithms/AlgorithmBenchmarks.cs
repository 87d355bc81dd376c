using BenchmarkDotNet.Attributes;
using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Paths;
using Depgraph.Analysis.Propagation;
using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;

namespace Depgraph.Benchmarks.Algorithms;

/// <summary>
/// The hot analysis algorithms on the synthetic graphs of sizes S and M (N nodes, 5N edges, seed 1), from the hub
/// <c>nisc</c>. The side-by-side comparison with igraph and networkx is <c>bench/run.sh</c>; these are for
/// profiling one algorithm at a time.
/// </summary>
[MemoryDiagnoser]
public class AlgorithmBenchmarks
{
    private CompactGraph _g = null!;
    private int _hub;
    private int _far1;
    private int _far2;

    [Params(1_000, 100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _g = SyntheticInput.Create(Nodes, 5 * Nodes).Build();
        _hub = _g.IndexOf("nisc");
        // a far pair: the member with the largest hop count from the hub, reached from the first member with an out-edge
        var hops = BreadthFirst.Hops(_g, [_hub]);
        _far2 = Enumerable.Range(0, _g.NodeCount).MaxBy(v => hops[v]);
        _far1 = Enumerable.Range(0, _g.NodeCount).First(v => _g.OutDegree(v) > 0 && _g.Kind(v) == Depgraph.Core.Model.NodeKind.Member);
    }

    [Benchmark] public int[] BfsAll() => BreadthFirst.Hops(_g, [_hub]);
    [Benchmark] public int[] Bfs3Hops() => BreadthFirst.Hops(_g, [_hub], 3);
    [Benchmark] public object Dijkstra() => ShortestPaths.Dijkstra(_g, [_hub]);
    [Benchmark] public object ArticulationPointsFind() => ArticulationPoints.Find(_g);
    [Benchmark] public object BridgesFind() => Bridges.Find(_g);
    [Benchmark] public object DominatorsCompute() => Dominators.Compute(_g, _hub);
    [Benchmark] public object KShortest10() => KShortestPaths.Find(_g, _far1, _far2, 10);
    [Benchmark] public object Cascade1000() => IndependentCascade.Run(_g, [_hub], new CascadeOptions { Runs = 1000, Seed = 1 });
}
