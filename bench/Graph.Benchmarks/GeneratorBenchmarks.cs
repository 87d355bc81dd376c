using BenchmarkDotNet.Attributes;
using Depgraph.Loader.Synthetic;

namespace Depgraph.Benchmarks;

/// <summary>
/// The synthetic generator writing to <see cref="TextWriter.Null"/> (PRNG, duplicate set and formatting, no I/O),
/// at the bench sizes S, M and L (N nodes, 5N edges).
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    [Params(1_000, 100_000, 1_000_000)]
    public int Nodes { get; set; }

    [Benchmark]
    public SyntheticGraphSummary Generate() =>
        SyntheticGraphGenerator.Generate(new SyntheticGraphOptions { Nodes = Nodes, Edges = 5 * Nodes, Seed = 1 }, TextWriter.Null, TextWriter.Null);
}
