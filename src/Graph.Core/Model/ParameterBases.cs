namespace Depgraph.Core.Model;

/// <summary>
/// What each of an edge's three numbers rests on: its hours (delay or time to impact), its probability (of delivery
/// or transmission) and its strength (share of supply). They can differ: a survey answer that gives a dependency's
/// strength leaves its transmission probability as assumed as it was, so an independent cascade (which reads the
/// probability) is still an assumption while a linear-threshold cascade (which reads the strength) rests on the survey.
/// </summary>
/// <remarks>Immutable; the default value is every number resting on <see cref="Basis.Evidence"/>.</remarks>
/// <param name="Hours">What the hours rest on.</param>
/// <param name="Probability">What the probability rests on.</param>
/// <param name="Strength">What the strength rests on.</param>
public readonly record struct ParameterBases(Basis Hours, Basis Probability, Basis Strength)
{
    /// <summary>Every number resting on <paramref name="basis"/>.</summary>
    public static ParameterBases All(Basis basis) => new(basis, basis, basis);

    /// <summary>The weakest of the three (see <see cref="BasisExtensions.Weaker"/>): what the edge's numbers rest on taken together.</summary>
    public Basis Weakest => Hours.Weaker(Probability).Weaker(Strength);

    /// <summary>True when all three rest on the same basis.</summary>
    public bool IsUniform => Hours == Probability && Probability == Strength;
}
