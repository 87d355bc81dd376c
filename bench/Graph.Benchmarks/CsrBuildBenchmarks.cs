using BenchmarkDotNet.Attributes;
using Depgraph.Core.Compact;

namespace Depgraph.Benchmarks;

/// <summary>
/// Building the immutable CSR graph (builder appends + counting sort + reverse adjacency) from parsed columns,
/// on the synthetic graphs of the bench sizes S and M (N nodes, 5N edges). L (1 M / 5 M) is left to
/// <c>bench/run.sh L</c>, which times the whole load in-process.
/// </summary>
[MemoryDiagnoser]
public class CsrBuildBenchmarks
{
    private SyntheticInput _input = null!;
    private CompactGraph _graph = null!;

    [Params(1_000, 100_000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _input = SyntheticInput.Create(Nodes, 5 * Nodes);
        _graph = _input.Build();
    }

    [Benchmark(Description = "builder + Build()")]
    public CompactGraph Build() => _input.Build();

    [Benchmark(Description = "out-degree sum via RawOut")]
    public long ScanOut()
    {
        var (offsets, targets) = _graph.RawOut;
        long s = 0;
        for (int v = 0; v + 1 < offsets.Length; v++)
            for (int e = offsets[v]; e < offsets[v + 1]; e++) s += targets[e];
        return s;
    }
}
