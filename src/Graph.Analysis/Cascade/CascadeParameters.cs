namespace Depgraph.Analysis.Cascade;

/// <summary>Validated parameters of a cascade simulation (see <see cref="CascadeOptions"/> for meanings and ranges).</summary>
/// <param name="Runs">Monte Carlo runs.</param>
/// <param name="Seed">Random seed.</param>
/// <param name="Threshold">Threshold of the linear threshold model.</param>
/// <param name="MaxDegreeOfParallelism">Worker threads.</param>
public sealed record CascadeParameters(int Runs, int Seed, double Threshold, int MaxDegreeOfParallelism)
{
    /// <summary>Checks the values against <see cref="CascadeOptions"/>'s ranges (a record can be made with any values).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range.</exception>
    internal void Validate() =>
        new CascadeOptions { Runs = Runs, Seed = Seed, Threshold = Threshold, MaxDegreeOfParallelism = MaxDegreeOfParallelism }.Validate();
}
