using System.Collections.Immutable;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Scenarios;

/// <summary>
/// A what-if scenario read from a YAML file (see <c>docs/scenarios.md</c>): organisations that are unavailable,
/// links removed, links added, and parameters overridden or scaled. Apply it to a dataset with
/// <see cref="ScenarioApplier.Apply(GraphDataset, Scenario, IEnumerable{string})"/>.
/// </summary>
/// <remarks>Immutable. Every change keeps the 1-based line it was written on, so errors and provenance
/// (<c>scenario:&lt;file&gt;:&lt;line&gt;</c>) can point at it.</remarks>
/// <param name="Name">The scenario's name (unique among the scenarios compared).</param>
/// <param name="Description">Free text; empty when not given.</param>
/// <param name="File">The file as the user named it.</param>
/// <param name="NameLine">The line of <c>name:</c> (1 when absent).</param>
/// <param name="RemoveNodes">Ids of nodes that are unavailable.</param>
/// <param name="RemoveEdges">Edges to remove (every edge that matches).</param>
/// <param name="AddEdges">Edges to add.</param>
/// <param name="SetEdges">Parameter changes on every matching edge.</param>
public sealed record Scenario(
    string Name, string Description, string File, int NameLine,
    ImmutableArray<ScenarioNodeRemoval> RemoveNodes,
    ImmutableArray<ScenarioEdgeMatch> RemoveEdges,
    ImmutableArray<ScenarioEdgeAddition> AddEdges,
    ImmutableArray<ScenarioEdgeSetting> SetEdges)
{
    /// <summary>True when the scenario changes nothing.</summary>
    public bool IsEmpty => RemoveNodes.IsEmpty && RemoveEdges.IsEmpty && AddEdges.IsEmpty && SetEdges.IsEmpty;

    /// <summary>A scenario with no changes (the base case), e.g. for tests and notebooks.</summary>
    public static Scenario Empty(string name = "base", string file = "") =>
        new(name, "", file, 1, [], [], [], []);
}

/// <summary>A node the scenario makes unavailable.</summary>
/// <param name="Id">The node id.</param>
/// <param name="Line">1-based line in the scenario file.</param>
public sealed record ScenarioNodeRemoval(string Id, int Line);

/// <summary>
/// Which edges a change applies to: every edge whose source, target, type and flow equal the given values
/// (a null field matches anything). At least one of source and target, or a type, is given.
/// </summary>
/// <param name="Source">Source id, or null.</param>
/// <param name="Target">Target id, or null.</param>
/// <param name="Kind">Edge type, or null.</param>
/// <param name="Flow">Flow of a shares_with edge, or null.</param>
/// <param name="Line">1-based line in the scenario file.</param>
public sealed record ScenarioEdgeMatch(string? Source, string? Target, EdgeKind? Kind, InfoFlow? Flow, int Line)
{
    /// <summary>True when <paramref name="e"/> matches.</summary>
    public bool Matches(Edge e) =>
        (Source is null || e.Source == Source) && (Target is null || e.Target == Target)
        && (Kind is null || e.Kind == Kind) && (Flow is null || e.Flow == Flow);

    /// <summary>A short description, e.g. <c>nisc -> ceptoar.water shares_with</c>.</summary>
    public override string ToString() =>
        $"{Source ?? "*"} -> {Target ?? "*"}{(Kind is { } k ? " " + k.Token() : "")}{(Flow is { } f && f != InfoFlow.None ? ":" + f.Token() : "")}";
}

/// <summary>An edge the scenario adds.</summary>
/// <param name="Source">Source id.</param>
/// <param name="Target">Target id.</param>
/// <param name="Kind">Edge type.</param>
/// <param name="Flow">Flow (shares_with: provide unless report is given).</param>
/// <param name="DelayHours">Delay or time to impact in hours (default 0).</param>
/// <param name="Probability">Probability of delivery or transmission (default 1).</param>
/// <param name="Strength">Dependency strength (default 1).</param>
/// <param name="Channels">Channel ids (may be empty).</param>
/// <param name="Note">Free text kept in the provenance.</param>
/// <param name="Line">1-based line in the scenario file.</param>
public sealed record ScenarioEdgeAddition(string Source, string Target, EdgeKind Kind, InfoFlow Flow,
    double DelayHours, double Probability, double Strength, ImmutableArray<string> Channels, string? Note, int Line);

/// <summary>
/// New parameter values, or factors, for every edge <see cref="Match"/> selects. A set value wins over a factor
/// for the same parameter (the reader refuses both at once).
/// </summary>
/// <param name="Match">Which edges.</param>
/// <param name="Probability">New probability, or null.</param>
/// <param name="ScaleProbability">Factor on the probability, or null; the result must stay in [0, 1].</param>
/// <param name="DelayHours">New delay in hours, or null.</param>
/// <param name="ScaleDelay">Factor on the delay, or null.</param>
/// <param name="Strength">New strength, or null.</param>
/// <param name="Note">Free text kept in the provenance.</param>
/// <param name="Line">1-based line in the scenario file.</param>
public sealed record ScenarioEdgeSetting(ScenarioEdgeMatch Match, double? Probability, double? ScaleProbability,
    double? DelayHours, double? ScaleDelay, double? Strength, string? Note, int Line);
