namespace Depgraph.Cli.Infrastructure;

/// <summary>Output formats of the analysis commands.</summary>
public enum OutputFormat
{
    /// <summary>Aligned text for a terminal (Japanese names on the curated dataset).</summary>
    Table,
    /// <summary>Stable JSON documented in README.</summary>
    Json,
    /// <summary>CSV of the main list of results.</summary>
    Csv,
}
