namespace Depgraph.Analysis.Uncertainty;

/// <summary>How a <see cref="LiveEdgeCascadeModel"/> evaluates a point (the outputs are the same bits either way).</summary>
internal enum CascadeStrategy
{
    /// <summary>Condensed when its cost estimate says it pays, direct otherwise.</summary>
    Auto,

    /// <summary>A bit-parallel sweep of the kept graph per evaluation.</summary>
    Direct,

    /// <summary>A fixpoint on the graph condensed onto the uncertain edges (precomputed reaches over the fixed-live edges).</summary>
    Condensed,
}
