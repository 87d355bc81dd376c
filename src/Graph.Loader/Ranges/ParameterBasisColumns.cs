namespace Depgraph.Loader.Ranges;

/// <summary>The optional per-parameter basis columns of <c>dependencies.csv</c> (docs/survey.md): written by the survey import when a row's
/// strength is surveyed but its probability or hours are kept from before, read by the loader into <see cref="Core.Model.Edge.ParameterBases"/>.</summary>
public static class ParameterBasisColumns
{
    /// <summary><c>probability_basis</c>: what the probability rests on when it differs from the row's basis.</summary>
    public const string Probability = "probability_basis";

    /// <summary><c>time_to_impact_hours_basis</c>: what the hours rest on when they differ from the row's basis.</summary>
    public const string Hours = "time_to_impact_hours_basis";
}
