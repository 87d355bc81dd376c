namespace Depgraph.Loader.Synthetic;

/// <summary>
/// What <see cref="SyntheticGraphGenerator"/> makes: exactly <see cref="Nodes"/> nodes and <see cref="Edges"/>
/// edges, from <see cref="Seed"/> (same options ⇒ byte-identical files).
/// </summary>
/// <remarks>
/// The graph always holds the fixed hierarchy (1 government hub, <see cref="SyntheticGraphGenerator.MinistryCount"/>
/// ministries, <see cref="SyntheticGraphGenerator.SectorCount"/> sectors, <see cref="SyntheticGraphGenerator.CeptoarCount"/>
/// CEPTOARs and <see cref="SyntheticGraphGenerator.IsacCount"/> ISACs); the rest of the nodes are members. The edge
/// count must at least cover the hierarchy and one membership per connected member
/// (<see cref="SyntheticGraphGenerator.MinimumEdges(int)"/>).
/// </remarks>
public sealed record SyntheticGraphOptions
{
    /// <summary>Total number of nodes, at least <see cref="SyntheticGraphGenerator.MinNodes"/>.</summary>
    public int Nodes { get; init; } = 1_000;
    /// <summary>Total number of edges, in [<see cref="SyntheticGraphGenerator.MinimumEdges(int)"/>, <see cref="SyntheticGraphGenerator.MaximumEdges(int)"/>].</summary>
    public int Edges { get; init; } = 5_000;
    /// <summary>Seed of the pseudo-random stream; any value.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> with a clear message when the counts cannot be met.</summary>
    public SyntheticGraphOptions Validate()
    {
        if (Nodes < SyntheticGraphGenerator.MinNodes)
            throw new ArgumentOutOfRangeException(nameof(Nodes), Nodes,
                $"Nodes must be at least {SyntheticGraphGenerator.MinNodes} (the fixed hierarchy has {SyntheticGraphGenerator.StructuralNodeCount} nodes).");
        long min = SyntheticGraphGenerator.MinimumEdges(Nodes), max = SyntheticGraphGenerator.MaximumEdges(Nodes);
        if (Edges < min || Edges > max)
            throw new ArgumentOutOfRangeException(nameof(Edges), Edges,
                $"Edges must be in [{min}, {max}] for {Nodes} nodes: the hierarchy and memberships need {min}; more than {max} would make the supplier graph too dense to draw without duplicates.");
        return this;
    }
}
