namespace Depgraph.Analysis.Uncertainty;

/// <summary>The edge attribute an uncertain parameter stands for.</summary>
public enum EdgeParameter
{
    /// <summary>Probability of delivery or transmission, in [0, 1] (independent cascade, reach delivery).</summary>
    Probability,

    /// <summary>Delay or time to impact in hours, ≥ 0 (reach arrival times, threshold timing).</summary>
    Weight,

    /// <summary>Dependency strength, in [0, 1] (linear threshold cascade).</summary>
    Strength,
}
