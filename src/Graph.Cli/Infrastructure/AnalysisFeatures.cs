namespace Depgraph.Cli.Infrastructure;

/// <summary>Which of the shared options an analysis command (<see cref="AnalysisCommand"/>) takes besides the input, format and language.</summary>
[Flags]
internal enum AnalysisFeatures
{
    /// <summary>Only the input options, <c>--format table|json|csv</c>, <c>--bom</c> and <c>--lang</c>.</summary>
    None = 0,
    /// <summary><c>--edge-types</c>: the layer to follow.</summary>
    EdgeTypes = 1,
    /// <summary><c>--scenario FILE</c> (<see cref="ScenarioOption"/>).</summary>
    Scenario = 2,
    /// <summary><c>--format xlsx --out FILE</c> (<see cref="XlsxTables"/>).</summary>
    Xlsx = 4,
    /// <summary><c>--timings</c>: seconds per phase on standard error.</summary>
    Timings = 8,
    /// <summary>No CSV: <c>--format</c> is table or json.</summary>
    NoCsv = 16,
    /// <summary>Long-running: the analysis observes <see cref="AnalysisRun.Cancellation"/> (Ctrl+C cancels, nothing is written).</summary>
    Cancellable = 32,
}
