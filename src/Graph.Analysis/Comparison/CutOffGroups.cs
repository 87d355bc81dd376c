namespace Depgraph.Analysis.Comparison;

/// <summary>Who is cut off from the source when one vertex fails, grouped by kind; each list by id (<see cref="Resilience.IdOrder"/>).</summary>
/// <param name="Ceptoars">The CEPTOARs cut off.</param>
/// <param name="MemberGroups">The member groups (member nodes) cut off.</param>
/// <param name="OutsideRecipients">The outside recipients (external nodes) cut off.</param>
/// <param name="OtherNodes">How many other vertices are cut off.</param>
public sealed record CutOffGroups(IReadOnlyList<int> Ceptoars, IReadOnlyList<int> MemberGroups, IReadOnlyList<int> OutsideRecipients, int OtherNodes);
