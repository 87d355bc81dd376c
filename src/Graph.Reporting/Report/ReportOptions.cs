using Depgraph.Analysis.Cascade;
using Depgraph.Core.Compact;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>What <see cref="ReportBuilder"/> computes and how; every setting has a default, <see cref="Validate"/> checks them up front.</summary>
/// <remarks>
/// The defaults are those of <c>depgraph report</c>: Japanese, source NISC (<c>nisc</c>, or the single government node
/// of a generic graph), seed 42, 1,000 Monte Carlo runs, outages of 電力 and 情報通信, the 5 shortest propagation
/// paths from 電力 to 金融.
/// </remarks>
public sealed record ReportOptions
{
    /// <summary>Options with every default.</summary>
    public static ReportOptions Default { get; } = new();

    /// <summary>Report language (text and charts); default Japanese.</summary>
    public Language Language { get; init; } = Language.Japanese;

    /// <summary>Id of the source of the information flow; null for <c>nisc</c>, else the single government node.</summary>
    public string? From { get; init; }

    /// <summary>Random seed of the Monte Carlo cascades (default 42).</summary>
    public int Seed { get; init; } = 42;

    /// <summary>Monte Carlo runs per outage (default 10,000: every printed probability's 95 % half-width is then below
    /// 1 %, see <see cref="PrintedPrecision"/>), in [1, <see cref="CascadeOptions.MaxRuns"/>].</summary>
    public int Runs { get; init; } = DefaultRuns;

    /// <summary>The default of <see cref="Runs"/>.</summary>
    public const int DefaultRuns = 10_000;

    /// <summary>Rows of the ranked node and link impact tables (default 15), 1 or more.</summary>
    public int TopN { get; init; } = 15;

    /// <summary>How many shortest propagation paths to list (default 5), 1 to 100.</summary>
    public int PathCount { get; init; } = 5;

    /// <summary>Threshold of the linear-threshold cascade (default 0.5), in (0, 1].</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>Sectors whose outage is simulated (default 電力 and 情報通信); the first one is charted.</summary>
    public IReadOnlyList<string> CascadeOrigins { get; init; } = ["sector.electricity", "sector.info_comm"];

    /// <summary>Start of the listed propagation paths (default 電力, <c>sector.electricity</c>).</summary>
    public string PathFrom { get; init; } = "sector.electricity";

    /// <summary>End of the listed propagation paths (default 金融, <c>sector.finance</c>).</summary>
    public string PathTo { get; init; } = "sector.finance";

    /// <summary>Edge layer for reach and single points of failure; null for <see cref="EdgeLayer.Information"/> on a curated dataset and <see cref="EdgeLayer.All"/> otherwise.</summary>
    public EdgeLayer? InformationLayer { get; init; }

    /// <summary>Edge layer for propagation; null for <see cref="EdgeLayer.Dependency"/>.</summary>
    public EdgeLayer? DependencyLayer { get; init; }

    /// <summary>
    /// The dataset's short chart names and source metadata (<see cref="ReportLabels.Load"/> reads them from the
    /// dataset folder); <see cref="ReportLabels.Empty"/> for generic names and the loader's source titles.
    /// </summary>
    public ReportLabels Labels { get; init; } = ReportLabels.Empty;

    /// <summary>How the input is named in the run parameters (e.g. the dataset folder name); null for the dataset's name. Avoid absolute paths: they make reports differ between machines.</summary>
    public string? InputDescription { get; init; }

    /// <summary>Worker threads of the Monte Carlo cascades (default: processor count); does not change the result.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>What-if scenarios to compare with the base, one section each after section 6 (default none); names must differ.</summary>
    public IReadOnlyList<ReportScenario> Scenarios { get; init; } = [];

    /// <summary>Checks every setting and returns the options.</summary>
    /// <returns>This instance.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A number is out of range; the message names it and its range.</exception>
    /// <exception cref="ArgumentException">The language is unknown, or an id list is null or holds an empty id.</exception>
    public ReportOptions Validate()
    {
        if (!Enum.IsDefined(Language))
        {
            throw new ArgumentException($"Unknown report language {Language}.", nameof(Language));
        }

        if (Runs < 1 || Runs > CascadeOptions.MaxRuns)
        {
            throw new ArgumentOutOfRangeException(nameof(Runs), Runs, $"Runs must be in [1, {CascadeOptions.MaxRuns:N0}].");
        }

        if (TopN < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(TopN), TopN, "TopN must be 1 or more.");
        }

        if (PathCount < 1 || PathCount > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(PathCount), PathCount, "PathCount must be in [1, 100].");
        }

        if (!(Threshold > 0 && Threshold <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(Threshold), Threshold, "Threshold must be in (0, 1].");
        }

        if (MaxDegreeOfParallelism < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxDegreeOfParallelism), MaxDegreeOfParallelism, "MaxDegreeOfParallelism must be 1 or more.");
        }

        if (From is not null && string.IsNullOrWhiteSpace(From))
        {
            throw new ArgumentException("From must be a node id or null.", nameof(From));
        }

        if (CascadeOrigins is null || CascadeOrigins.Count == 0 || CascadeOrigins.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("CascadeOrigins must list at least one node id, none empty.", nameof(CascadeOrigins));
        }

        if (string.IsNullOrWhiteSpace(PathFrom) || string.IsNullOrWhiteSpace(PathTo))
        {
            throw new ArgumentException("PathFrom and PathTo must be node ids.", nameof(PathFrom));
        }

        if (Scenarios is null || Scenarios.Any(s => s is null))
        {
            throw new ArgumentException("Scenarios must be a list without nulls.", nameof(Scenarios));
        }

        if (Scenarios.GroupBy(s => s.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"Two scenarios are named '{twice.Key}'; give each scenario its own name.", nameof(Scenarios));
        }

        return this;
    }
}
