using System.Collections.Immutable;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Scenarios;

/// <summary>A scenario applied to a dataset: the new dataset and what changed, line by line.</summary>
/// <param name="Scenario">The scenario.</param>
/// <param name="Dataset">The dataset with the changes; the input dataset itself when the scenario is empty.</param>
/// <param name="Changes">One entry per scenario line, in file order.</param>
public sealed record ScenarioApplication(Scenario Scenario, GraphDataset Dataset, ImmutableArray<ScenarioChange> Changes)
{
    /// <summary>The provenance label of a scenario line: <c>scenario:&lt;file&gt;:&lt;line&gt;</c>.</summary>
    public static string Label(Scenario scenario, int line) => $"scenario:{scenario.File}:{line}";
}
