using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Comparison;

/// <summary>What <see cref="ScenarioComparison.Run"/> compares.</summary>
/// <remarks>Validated by <see cref="Validate"/>: at least one source, runs in 1..10,000,000.</remarks>
public sealed record ComparisonParameters
{
    /// <summary>Ids the information flow starts from (reach, and the first one for dominators and redundancy).</summary>
    public required IReadOnlyList<string> Sources { get; init; }
    /// <summary>The information layer (default <c>shares_with:provide</c>).</summary>
    public EdgeLayer InformationLayer { get; init; } = EdgeLayer.Information;
    /// <summary>Kind of the redundancy targets (default CEPTOAR): disjoint routes source → each.</summary>
    public NodeKind RedundancyKind { get; init; } = NodeKind.Ceptoar;
    /// <summary>Ids the cascade starts from; empty (default) runs no cascade.</summary>
    public IReadOnlyList<string> CascadeSources { get; init; } = [];
    /// <summary>The dependency layer of the cascade (default <c>depends_on,supplies</c>).</summary>
    public EdgeLayer DependencyLayer { get; init; } = EdgeLayer.Dependency;
    /// <summary>Monte Carlo runs (default 1000).</summary>
    public int Runs { get; init; } = 1000;
    /// <summary>Seed (default 42).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Checks the values.</summary>
    /// <exception cref="ArgumentException">No source, or runs out of range.</exception>
    public ComparisonParameters Validate()
    {
        if (Sources is null || Sources.Count == 0) throw new ArgumentException("Give at least one source id.", nameof(Sources));
        if (Runs is < 1 or > 10_000_000) throw new ArgumentOutOfRangeException(nameof(Runs), Runs, "Runs must be in 1..10,000,000.");
        return this;
    }
}
