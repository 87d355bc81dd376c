namespace Depgraph.Analysis.Uncertainty;

/// <summary>How an uncertain parameter is sampled between its low and high values.</summary>
public enum RangeDistribution
{
    /// <summary>Uniform on [low, high] (the default).</summary>
    Uniform,

    /// <summary>Triangular on [low, high] with its mode at the central (written) value.</summary>
    Triangular,
}
