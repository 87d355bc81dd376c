using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>
/// The range of one assumed edge value: which edge (as stored in the input, e.g. a <c>depends_on</c> edge from
/// dependant to supplier), which attribute, and its <see cref="ParameterDistribution"/>.
/// </summary>
/// <param name="Source">Source id of the edge as stored.</param>
/// <param name="Target">Target id of the edge as stored.</param>
/// <param name="Kind">Kind of the edge.</param>
/// <param name="Parameter">The attribute that is uncertain.</param>
/// <param name="Distribution">Its range.</param>
/// <param name="Reason">Why the range is what it is (shown with the result).</param>
/// <param name="Group">Ranges with the same group (e.g. every edge that takes one assumed channel's delay) move together as one
/// parameter; null for a range of its own.</param>
public sealed record ParameterRange(string Source, string Target, EdgeKind Kind, EdgeParameter Parameter,
    ParameterDistribution Distribution, string Reason = "", string? Group = null)
{
    /// <summary>Short name, e.g. <c>sector.finance→sector.info_comm depends_on probability</c>.</summary>
    public string Name => $"{Source}→{Target} {Kind.Token()} {Parameter.ToString().ToLowerInvariant()}";

    /// <summary>Checks the range against the parameter's domain; returns this.</summary>
    /// <exception cref="ArgumentException">Low &gt; high, a probability or strength outside [0, 1], or a negative delay.</exception>
    public ParameterRange Validate()
    {
        Distribution.Validate();
        if (Parameter != EdgeParameter.Weight && (Distribution.Low < 0 || Distribution.High > 1))
            throw new ArgumentException($"{Name}: range [{Distribution.Low}, {Distribution.High}] must lie in [0, 1].");
        if (Parameter == EdgeParameter.Weight && Distribution.Low < 0)
            throw new ArgumentException($"{Name}: a delay range cannot start below 0 hours (low {Distribution.Low}).");
        return this;
    }
}
