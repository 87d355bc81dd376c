using System.Collections.Immutable;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Scenarios;

/// <summary>A scenario applied to an input: the scenario and what changed, line by line.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Changes">One entry per scenario line, in file order.</param>
public abstract record AppliedScenario(Scenario Scenario, ImmutableArray<ScenarioChange> Changes)
{
    /// <summary>The provenance label of a scenario line: <c>scenario:&lt;file&gt;:&lt;line&gt;</c>.</summary>
    public static string Label(Scenario scenario, int line) => $"scenario:{scenario.File}:{line}";
}

/// <summary>A scenario applied to a dataset: the new dataset and what changed, line by line.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Dataset">The dataset with the changes; the input dataset itself when the scenario is empty.</param>
/// <param name="Changes">One entry per scenario line, in file order.</param>
public sealed record ScenarioApplication(Scenario Scenario, GraphDataset Dataset, ImmutableArray<ScenarioChange> Changes)
    : AppliedScenario(Scenario, Changes);

/// <summary>A scenario applied to a compact graph: the new graph and what changed, line by line.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Graph">The graph with the changes; the input graph itself when the scenario is empty.</param>
/// <param name="Changes">One entry per scenario line, in file order.</param>
public sealed record GraphScenarioApplication(Scenario Scenario, CompactGraph Graph, ImmutableArray<ScenarioChange> Changes)
    : AppliedScenario(Scenario, Changes);
