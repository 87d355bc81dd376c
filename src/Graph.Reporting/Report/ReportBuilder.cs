using System.Globalization;
using System.Reflection;
using Depgraph.Analysis.Resilience;
using Depgraph.Analysis.Summary;
using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Computes a <see cref="ReportModel"/> from a dataset: runs reach, resilience, the Monte Carlo and threshold
/// cascades and the k shortest paths, and maps the results to tables and chart inputs, one builder per section
/// (<see cref="ReportChartsBuilder"/>, <see cref="NetworkDiagramBuilder"/> for the charts). Pure: no files, no clock,
/// no machine-dependent values, so the same dataset and options give an equal model.
/// </summary>
/// <remarks>
/// <para><b>Layers.</b> Reach and single points of failure run on <see cref="ReportOptions.InformationLayer"/>
/// (<c>shares_with:provide</c> on the curated dataset, <c>all</c> on a generic graph); propagation on
/// <see cref="ReportOptions.DependencyLayer"/> (<c>depends_on,supplies</c>).</para>
/// <para><b>Members.</b> A member node counts its member counts; a member node without counts counts 1, except when
/// it has the attribute <c>included_in</c> (a named organisation already counted in an aggregate such as
/// <c>members.medical</c>), which counts 0, so nothing is counted twice (the curated dataset's 24 named members).
/// Recipients outside the membership (<c>external</c>) are not members.</para>
/// <para><b>Generic graphs.</b> Nodes of kind <c>ceptoar</c> or <c>isac</c> play the role of the CEPTOARs; a hub's
/// members are the member nodes it sends to or that are <c>member_of</c> it; the propagation section needs the sector
/// ids of <see cref="ReportOptions.CascadeOrigins"/>, <see cref="ReportOptions.PathFrom"/> and
/// <see cref="ReportOptions.PathTo"/> and dependency edges between sectors, and is otherwise replaced by a note.</para>
/// <para><b>Cost.</b> O((n + m) log n) for reach and resilience, O(m·√n) per CEPTOAR for the disjoint routes,
/// O(runs · (n + m)) per simulated outage; a 100,000-node, 500,000-edge generic graph takes a few seconds.</para>
/// <example><code>
/// ReportModel model = ReportBuilder.Build(dataset, new ReportOptions { Seed = 42, Runs = 1000 });
/// Console.WriteLine(model.Reach.Share);
/// </code></example>
/// </remarks>
public static class ReportBuilder
{
    /// <summary>Hours at which the share of members reached is reported: 1 h, 4 h and 24 h (当日中).</summary>
    public static IReadOnlyList<double> MilestoneHours { get; } = [1, 4, 24];

    /// <summary>Most member groups drawn with a single-point-of-failure ring in the network chart.</summary>
    public const int MaxMarkedMemberGroups = 30;

    /// <summary>Builds the report model.</summary>
    /// <param name="dataset">The loaded dataset (curated or generic).</param>
    /// <param name="options">The options; null for <see cref="ReportOptions.Default"/>. Validated first.</param>
    /// <param name="progress">Told one line per step in the report's language, e.g. "reach from nisc on shares_with:provide".</param>
    /// <param name="ct">Cancels the Monte Carlo simulations.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="ArgumentException">
    /// An option is invalid, <see cref="ReportOptions.From"/> names no node, or no source can be chosen (no <c>nisc</c>
    /// and not exactly one government node).
    /// </exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static ReportModel Build(GraphDataset dataset, ReportOptions? options = null, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        return Build(dataset, dataset.ToCompactGraph(), options, progress, ct);
    }

    /// <summary>Builds the report model on a compact graph already built from <paramref name="dataset"/> (not built again).</summary>
    /// <param name="dataset">The loaded dataset (curated or generic).</param>
    /// <param name="graph">The compact graph of all of <paramref name="dataset"/>'s edges (e.g. the one the loader built).</param>
    /// <param name="options">The options; null for <see cref="ReportOptions.Default"/>. Validated first.</param>
    /// <param name="progress">Told one line per step in the report's language.</param>
    /// <param name="ct">Cancels the Monte Carlo simulations.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="graph"/> is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="Build(GraphDataset, ReportOptions?, IProgress{string}?, CancellationToken)"/>, or the graph has not the dataset's nodes.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public static ReportModel Build(GraphDataset dataset, CompactGraph graph, ReportOptions? options = null, IProgress<string>? progress = null, CancellationToken ct = default)
    {
        (ReportContext c, options) = ReportContext.Checked(dataset, graph, options);
        (CompactGraph info, int root, HubKind hubKind, EdgeLayer depLayer) = (c.Info, c.Root, c.HubKind, c.DependencyLayer);
        EdgeLayer infoLayer = c.InformationLayer;

        Language lang = options.Language;
        progress?.Report(lang.Pick("概要", "overview"));
        DatasetSummary summary = DatasetSummary.Compute(dataset);
        OverviewSection overview = OverviewSectionBuilder.Build(c, summary);

        ct.ThrowIfCancellationRequested();
        progress?.Report(lang.Pick($"{graph.Id(root)} からの到達（{infoLayer.Name}）", $"reach from {graph.Id(root)} on {infoLayer.Name}"));
        ReachSection reach = ReachSectionBuilder.Build(c);

        ct.ThrowIfCancellationRequested();
        progress?.Report(lang.Pick(
            $"単一障害点（{infoLayer.Name}、{overview.Hubs.Count} の{(hubKind == HubKind.Ceptoar ? "CEPTOAR" : "構成員の集約点")}への経路）",
            $"single points of failure on {infoLayer.Name} (routes to {overview.Hubs.Count} {(hubKind == HubKind.Ceptoar ? "CEPTOARs" : "member hubs")})"));
        ResilienceResult resilience = ReportChartsBuilder.Resilience(c, overview);
        SpofSection spof = SpofSectionBuilder.Build(info, root, infoLayer.Name, resilience, options.TopN, hubKind, c.Ref, reach.Conditional.Select(n => n.Id).ToHashSet(StringComparer.Ordinal));

        ct.ThrowIfCancellationRequested();
        string runs = options.Runs.ToString("N0", CultureInfo.InvariantCulture), seed = options.Seed.ToString(CultureInfo.InvariantCulture);
        progress?.Report(lang.Pick(
            $"障害の波及（{depLayer.Name}）：障害ごとにモンテカルロ {runs} 回、シード {seed}",
            $"propagation on {depLayer.Name}: {runs} Monte Carlo runs per outage, seed {seed}"));
        (PropagationSection propagation, DependencyMatrix? matrix) = PropagationSectionBuilder.Build(dataset, graph, depLayer, options, options.Labels, c.Ref, ct);

        progress?.Report(lang.Pick("出典", "provenance"));
        ProvenanceSection provenance = ProvenanceSectionBuilder.Build(dataset, summary, options.Labels);

        var parameters = new RunParameters(
            options.InputDescription ?? dataset.Name,
            DatasetFingerprint.Compute(dataset),
            dataset.Nodes.Length,
            dataset.Edges.Length,
            graph.Id(root),
            infoLayer.Name,
            depLayer.Name,
            options.Seed,
            options.Runs,
            options.Threshold,
            options.PathCount,
            options.TopN,
            options.Language.Code(),
            ToolVersion());

        ReportChartData charts = ReportChartsBuilder.Build(c, options, overview, reach, resilience, spof, propagation, matrix, progress, ct);
        TermsSection terms = TermsSectionBuilder.Build(c, resilience, spof);
        var scenarios = new List<ScenarioSection>();
        foreach (ReportScenario s in options.Scenarios)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Report(lang.Pick($"シナリオ比較：{s.Name}", $"scenario comparison: {s.Name}"));
            scenarios.Add(ScenarioSectionBuilder.Build(c, s, infoLayer, depLayer, propagation, options, ct));
        }

        return new ReportModel(options, overview, reach, spof, propagation, MethodReference.All, provenance, parameters, charts) { Terms = terms, Scenarios = scenarios };
    }

    /// <summary>The source vertex: <paramref name="from"/> when given, else <c>nisc</c>, else the single government node.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="from">A node id, or null.</param>
    /// <returns>The vertex.</returns>
    /// <exception cref="ArgumentException"><paramref name="from"/> is not a node id, or no source can be chosen.</exception>
    public static int ResolveRoot(CompactGraph graph, string? from)
    {
        Preconditions.NotNull(graph, nameof(graph));
        if (!string.IsNullOrWhiteSpace(from))
        {
            int v = graph.IndexOf(from.Trim());
            return v >= 0 ? v : throw new ArgumentException($"unknown node id '{from}' for the source (--from).", nameof(from));
        }

        int source = graph.DefaultSource();
        return source >= 0
            ? source
            : throw new ArgumentException(
                "no source to start from: the graph has no node 'nisc' and no single government node; give the source id (--from).",
                nameof(from));
    }

    /// <summary>The informational version of the analysis library without the source revision (<c>1.0.0+abc…</c> → <c>1.0.0</c>).</summary>
    /// <returns>The version.</returns>
    public static string ToolVersion()
    {
        string v = typeof(ReportBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(ReportBuilder).Assembly.GetName().Version?.ToString()
            ?? "unknown";
        int plus = v.IndexOf('+', StringComparison.Ordinal);
        return plus >= 0 ? v[..plus] : v;
    }
}
