using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>One CEPTOAR (or, on a generic graph, one member hub of kind ceptoar or isac) in the overview.</summary>
/// <param name="Sector">The sector it belongs to; null when none is recorded.</param>
/// <param name="Hub">The CEPTOAR or hub.</param>
/// <param name="Members">Its members by unit (empty on a generic graph, which records no units).</param>
/// <param name="MemberTotal">Members over all units (on a generic graph: member nodes attached to it).</param>
/// <param name="External">Recipients outside the membership by unit (構成員以外の情報展開先).</param>
public sealed record HubRow(NodeRef? Sector, NodeRef Hub, IReadOnlyList<MemberCount> Members, long MemberTotal, IReadOnlyList<MemberCount> External)
{
    /// <summary>The part of <see cref="External"/> that receives information only under a condition (e.g. 「内容に応じ」), by unit.</summary>
    public IReadOnlyList<MemberCount> ConditionalExternal { get; init; } = [];
}
