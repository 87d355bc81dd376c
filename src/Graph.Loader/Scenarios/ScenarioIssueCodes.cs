namespace Depgraph.Loader.Scenarios;

/// <summary>Issue codes specific to scenario files (the general ones are in <see cref="IssueCodes"/>).</summary>
public static class ScenarioIssueCodes
{
    /// <summary>A remove_edges or set_edges entry matches no edge of the dataset.</summary>
    public const string NoMatch = "no-match";
    /// <summary>The scenario removes the node an analysis starts from.</summary>
    public const string RemovesSource = "removes-source";
    /// <summary>Two scenarios compared side by side have the same name.</summary>
    public const string DuplicateName = "duplicate-scenario-name";
    /// <summary>A scenario file exceeds a size, depth or node-count limit, or uses a YAML alias.</summary>
    public const string Limit = "limit-exceeded";
}
