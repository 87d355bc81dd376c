using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>An organisation (or other node) as the report names it: its input id, kind and names.</summary>
/// <param name="Id">The input id, e.g. <c>ceptoar.bank</c>.</param>
/// <param name="Kind">The node kind.</param>
/// <param name="Japanese">The Japanese name (the label on a generic graph); may be empty.</param>
/// <param name="English">The English name; may be empty.</param>
public sealed record NodeRef(string Id, NodeKind Kind, string Japanese, string English)
{
    /// <summary>The name in <paramref name="language"/>, falling back to the other language, then to the id.</summary>
    /// <param name="language">The report language.</param>
    /// <returns>A non-empty name.</returns>
    public string Name(Language language)
    {
        string first = language == Language.English ? English : Japanese;
        string second = language == Language.English ? Japanese : English;
        return first.Length > 0 ? first : second.Length > 0 ? second : Id;
    }

    /// <summary>Both names, for the chart records (<see cref="LocalizedName"/>).</summary>
    /// <returns>The localized name (never empty: the id when the node has no names).</returns>
    public LocalizedName ToLocalized() => new(Name(Language.Japanese), Name(Language.English));
}
