using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>
/// A what-if scenario the report compares with the base (<c>depgraph report --scenario FILE</c>): the dataset with the
/// scenario applied and what each line of the scenario file changed. The report adds one comparison section per scenario.
/// </summary>
/// <param name="Name">The scenario's name (unique among the report's scenarios).</param>
/// <param name="Description">Free text; empty when not given.</param>
/// <param name="File">The file as the user named it (shown in the report and in the command to reproduce).</param>
/// <param name="Dataset">The base dataset with the scenario applied (same node ids; removed nodes are absent).</param>
/// <param name="Edits">What each line changed, in file order.</param>
public sealed record ReportScenario(string Name, string Description, string File, GraphDataset Dataset, IReadOnlyList<ScenarioEdit> Edits);

/// <summary>What one scenario line did.</summary>
public enum ScenarioEditKind
{
    /// <summary>An organisation is unavailable (<c>remove_nodes</c>): <see cref="ScenarioEdit.Source"/> is its id.</summary>
    RemoveNode,

    /// <summary>Matching links removed (<c>remove_edges</c>).</summary>
    RemoveEdge,

    /// <summary>A link added (<c>add_edges</c>).</summary>
    AddEdge,

    /// <summary>Parameters of matching links set or scaled (<c>set_edges</c>).</summary>
    SetEdge,
}

/// <summary>One line of a scenario, as data the report words in its own language (no loader wording).</summary>
/// <param name="Kind">What the line did.</param>
/// <param name="Line">1-based line in the scenario file.</param>
/// <param name="Source">The node (remove) or the links' source id; null matches any.</param>
/// <param name="Target">The links' target id; null matches any (or not applicable).</param>
/// <param name="EdgeKind">The links' type; null matches any.</param>
/// <param name="Flow">The flow of shares_with links; <see cref="InfoFlow.None"/> or null when not given.</param>
/// <param name="Count">Links touched (for a removed node: its links removed with it).</param>
public sealed record ScenarioEdit(ScenarioEditKind Kind, int Line, string? Source, string? Target, EdgeKind? EdgeKind, InfoFlow? Flow, int Count)
{
    /// <summary>New probability (set or added link), or null.</summary>
    public double? Probability { get; init; }

    /// <summary>Factor on the probability, or null.</summary>
    public double? ScaleProbability { get; init; }

    /// <summary>New delay or time to impact in hours (set or added link), or null.</summary>
    public double? DelayHours { get; init; }

    /// <summary>Factor on the delay, or null.</summary>
    public double? ScaleDelay { get; init; }

    /// <summary>New dependency strength, or null.</summary>
    public double? Strength { get; init; }
}
