using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Depgraph.Analysis.Cascade;
using Depgraph.Reporting.Charts;
using Depgraph.Analysis.Propagation;
using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Analysis.Summary;
using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using ChartNodeImpact = Depgraph.Reporting.Charts.NodeImpact;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Computes a <see cref="ReportModel"/> from a dataset: runs reach, resilience, the Monte Carlo and threshold
/// cascades and the k shortest paths, and maps the results to tables and chart inputs. Pure: no files, no clock,
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

    private static readonly IReadOnlyDictionary<string, SourceInfo> KnownSources = new Dictionary<string, SourceInfo>(StringComparer.Ordinal)
    {
        ["nisc-ceptoar-fy2024.txt"] = new(
            "nisc-ceptoar-fy2024.txt",
            "重要インフラにおけるセプターの活動状況について [2024年度]",
            "内閣官房 内閣サイバーセキュリティセンター（NISC）",
            "2025年6月2日",
            "サイバーセキュリティ戦略本部 重要インフラ専門調査会（第39回）",
            "Activities of the CEPTOARs in critical infrastructure, FY2024",
            "National center of Incident readiness and Strategy for Cybersecurity (NISC), Cabinet Secretariat",
            "2 June 2025",
            "Cybersecurity Strategic Headquarters, 39th meeting of the critical-infrastructure expert panel"),
    };

    /// <summary>Builds the report model.</summary>
    /// <param name="dataset">The loaded dataset (curated or generic).</param>
    /// <param name="options">The options; null for <see cref="ReportOptions.Default"/>. Validated first.</param>
    /// <param name="progress">Told one line per step (English), e.g. "reach from nisc on shares_with:provide".</param>
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
        options = (options ?? ReportOptions.Default).Validate();
        CompactGraph graph = dataset.ToCompactGraph();
        EdgeLayer infoLayer = options.InformationLayer ?? (dataset.IsCurated ? EdgeLayer.Information : EdgeLayer.All);
        EdgeLayer depLayer = options.DependencyLayer ?? EdgeLayer.Dependency;
        CompactGraph info = graph.Select(infoLayer);
        int root = ResolveRoot(info, options.From);
        var refs = new NodeRef?[graph.NodeCount];
        NodeRef Ref(int v) => refs[v] ??= new NodeRef(dataset.Nodes[v].Id, dataset.Nodes[v].Kind, dataset.Nodes[v].NameJa, dataset.Nodes[v].NameEn);

        progress?.Report("overview");
        DatasetSummary summary = DatasetSummary.Compute(dataset);
        HubKind hubKind = dataset.IsCurated ? HubKind.Ceptoar : HubKind.MemberHub;
        OverviewSection overview = Overview(dataset, graph, info, summary, hubKind, Ref);

        ct.ThrowIfCancellationRequested();
        progress?.Report($"reach from {graph.Id(root)} on {infoLayer.Name}");
        ReachSection reach = ReachOf(dataset, info, root, Ref);

        ct.ThrowIfCancellationRequested();
        progress?.Report($"single points of failure on {infoLayer.Name} (routes to {overview.Hubs.Count} {(hubKind == HubKind.Ceptoar ? "CEPTOARs" : "member hubs")})");
        var hubVertices = overview.Hubs.Select(h => graph.IndexOf(h.Hub.Id)).Where(v => v != root).ToArray();
        ResilienceResult resilience = ResilienceAnalysis.Run(info, root, hubVertices);
        SpofSection spof = SpofOf(info, root, infoLayer.Name, resilience, options.TopN, hubKind, Ref);

        ct.ThrowIfCancellationRequested();
        progress?.Report($"propagation on {depLayer.Name}: {options.Runs.ToString("N0", CultureInfo.InvariantCulture)} Monte Carlo runs per outage, seed {options.Seed.ToString(CultureInfo.InvariantCulture)}");
        (PropagationSection propagation, DependencyMatrix? matrix) = PropagationOf(dataset, graph, depLayer, options, Ref, ct);

        progress?.Report("provenance");
        ProvenanceSection provenance = ProvenanceOf(dataset, summary);

        var parameters = new RunParameters(
            options.InputDescription ?? dataset.Name,
            Fingerprint(dataset),
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
            options.Language == ChartLanguage.English ? "en" : "ja",
            ToolVersion());

        ReportChartData charts = ChartsOf(graph, info, root, overview, reach, resilience, spof, propagation, matrix, hubKind, Ref);
        return new ReportModel(options, overview, reach, spof, propagation, MethodReference.All, provenance, parameters, charts);
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

    private static OverviewSection Overview(GraphDataset dataset, CompactGraph graph, CompactGraph info, DatasetSummary summary, HubKind hubKind, Func<int, NodeRef> nodeRef)
    {
        var hubs = new List<HubRow>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (SectorSummary sector in summary.Sectors)
        {
            foreach (CeptoarSummary c in sector.Ceptoars)
            {
                if (seen.Add(c.Ceptoar.Id))
                {
                    int v = graph.IndexOf(c.Ceptoar.Id);
                    hubs.Add(new HubRow(nodeRef(graph.IndexOf(sector.Sector.Id)), nodeRef(v), c.Members, HubMembers(graph, info, v).Sum(graph.MemberWeight), c.External));
                }
            }
        }

        bool hasSectors = hubs.Count > 0;
        foreach (int v in Enumerable.Range(0, graph.NodeCount).Where(v => IsHub(graph.Kind(v), hubKind) && !seen.Contains(graph.Id(v))).OrderBy(graph.Id, StringComparer.Ordinal))
        {
            long total = HubMembers(graph, info, v).Sum(graph.MemberWeight);
            int sector = SectorOf(graph, v);
            hubs.Add(new HubRow(sector >= 0 ? nodeRef(sector) : null, nodeRef(v), [], total, []));
        }

        long memberTotal = 0;
        for (int v = 0; v < graph.NodeCount; v++)
        {
            memberTotal += graph.MemberWeight(v);
        }

        return new OverviewSection(
            dataset.Name,
            dataset.IsCurated,
            dataset.Nodes.Length,
            dataset.Edges.Length,
            summary.NodesByKind,
            summary.EdgesByType,
            dataset.Nodes.Count(n => n.Kind == NodeKind.Sector),
            dataset.Nodes.Count(n => n.Kind == NodeKind.Ceptoar),
            summary.MembersByUnit,
            summary.ExternalByUnit,
            memberTotal,
            hubs,
            hasSectors);
    }

    private static bool IsHub(NodeKind kind, HubKind hubKind) =>
        kind == NodeKind.Ceptoar || (hubKind == HubKind.MemberHub && kind == NodeKind.Isac);

    /// <summary>Member vertices a hub sends to (information layer) or that are member_of it, distinct, ascending.</summary>
    private static IEnumerable<int> HubMembers(CompactGraph graph, CompactGraph info, int hub)
    {
        var set = new SortedSet<int>();
        foreach (int m in info.OutNeighbors(hub))
        {
            if (graph.Kind(m) == NodeKind.Member)
            {
                set.Add(m);
            }
        }

        foreach (int e in graph.InEdges(hub))
        {
            if (graph.EdgeKindOf(e) == EdgeKind.MemberOf && graph.Kind(graph.Source(e)) == NodeKind.Member)
            {
                set.Add(graph.Source(e));
            }
        }

        return set;
    }

    /// <summary>The sector a hub belongs_to, else the sector (smallest id) with an edge into it; -1 when none.</summary>
    private static int SectorOf(CompactGraph graph, int hub)
    {
        for (int e = graph.OutStart(hub); e < graph.OutEnd(hub); e++)
        {
            if (graph.EdgeKindOf(e) == EdgeKind.BelongsTo && graph.Kind(graph.Target(e)) == NodeKind.Sector)
            {
                return graph.Target(e);
            }
        }

        int best = -1;
        foreach (int s in graph.InNeighbors(hub))
        {
            if (graph.Kind(s) == NodeKind.Sector && (best < 0 || string.CompareOrdinal(graph.Id(s), graph.Id(best)) < 0))
            {
                best = s;
            }
        }

        return best;
    }

    private static ReachSection ReachOf(GraphDataset dataset, CompactGraph info, int root, Func<int, NodeRef> nodeRef)
    {
        ReachResult r = ReachAnalysis.Run(info, [root], ReachOptions.Default);
        IReadOnlyList<ArrivalPoint> curve = ReachAnalysis.ArrivalCurve(r, info);
        var isReached = new bool[info.NodeCount];
        double? last = null;
        foreach (ReachedNode n in r.Reached)
        {
            isReached[n.Vertex] = true;
            if (info.MemberWeight(n.Vertex) > 0)
            {
                last = Math.Max(last ?? 0, n.ArrivalHours);
            }
        }

        // Members by unit over member nodes only (recipients outside the membership are not members).
        var order = new List<string>();
        var units = new Dictionary<string, (long Reached, long Total)>(StringComparer.Ordinal);
        void Add(string unit, long count, bool hit)
        {
            if (!units.TryGetValue(unit, out var u))
            {
                order.Add(unit);
            }

            units[unit] = (u.Reached + (hit ? count : 0), u.Total + count);
        }

        for (int v = 0; v < info.NodeCount; v++)
        {
            if (info.Kind(v) != NodeKind.Member)
            {
                continue;
            }

            ReadOnlySpan<MemberCount> ms = info.Members(v);
            if (ms.Length > 0)
            {
                foreach (MemberCount c in ms)
                {
                    Add(c.Unit, c.Count, isReached[v]);
                }
            }
            else if (info.MemberWeight(v) > 0)
            {
                Add(ReachAnalysis.PlainMemberUnit, info.MemberWeight(v), isReached[v]);
            }
        }

        var milestones = MilestoneHours.Select(h =>
        {
            long members = curve.LastOrDefault(p => p.Hours <= h)?.Members ?? 0;
            return new ReachMilestone(h, members, r.Coverage.TotalMembers > 0 ? (double)members / r.Coverage.TotalMembers : 0);
        }).ToList();

        var notReached = r.NotReached.OrderBy(v => (int)info.Kind(v)).ThenBy(info.Id, StringComparer.Ordinal).Select(nodeRef).ToList();
        var byKind = notReached.GroupBy(n => n.Kind).OrderBy(g => (int)g.Key).Select(g => (g.Key.Token(), g.Count())).ToList();
        bool delaysAssumed = dataset.IsCurated;
        return new ReachSection(
            nodeRef(root),
            info.Layer,
            info.NodeCount,
            r.Reached.Count,
            r.Coverage.ReachedMembers,
            r.Coverage.TotalMembers,
            order.Where(u => units[u].Total > 0).Select(u => new UnitReach(u, units[u].Reached, units[u].Total)).ToList(),
            milestones,
            last,
            curve,
            byKind,
            notReached,
            delaysAssumed);
    }

    private static SpofSection SpofOf(CompactGraph info, int root, string layer, ResilienceResult res, int topN, HubKind hubKind, Func<int, NodeRef> nodeRef)
    {
        IReadOnlyList<NodeImpactEntry> nodeImpact = res.NodeImpact ?? [];
        IReadOnlyList<LinkImpactEntry> linkImpact = res.LinkImpact ?? [];
        var lost = nodeImpact.ToDictionary(e => e.Vertex, e => e.MembersLost);
        var aps = res.ArticulationPoints
            .OrderByDescending(v => lost.GetValueOrDefault(v))
            .ThenBy(info.Id, StringComparer.Ordinal)
            .Select(nodeRef)
            .ToList();
        var bridges = res.Bridges
            .Select(b => string.CompareOrdinal(info.Id(b.A), info.Id(b.B)) <= 0 ? (b.A, b.B) : (b.B, b.A))
            .OrderBy(b => info.Id(b.Item1), StringComparer.Ordinal)
            .ThenBy(b => info.Id(b.Item2), StringComparer.Ordinal)
            .Select(b => (nodeRef(b.Item1), nodeRef(b.Item2)))
            .ToList();
        var redundancy = (res.Redundancy ?? [])
            .OrderBy(t => t.Paths)
            .ThenBy(t => info.Id(t.Target), StringComparer.Ordinal)
            .Select(t => new RedundancyRow(nodeRef(t.Target), t.Paths))
            .ToList();
        return new SpofSection(
            nodeRef(root),
            layer,
            nodeImpact.Take(topN).Select(e => new ImpactRow(nodeRef(e.Vertex), e.ReachLost, e.MembersLost)).ToList(),
            nodeImpact.Count,
            linkImpact.Take(topN).Select(e => new LinkImpactRow(nodeRef(e.Source), nodeRef(e.Target), e.ReachLost, e.MembersLost)).ToList(),
            linkImpact.Count,
            aps,
            bridges,
            res.StrongComponentCount,
            res.StrongArticulationPoints.Count,
            res.StrongBridges.Count,
            redundancy,
            hubKind);
    }

    private static (PropagationSection Section, DependencyMatrix? Matrix) PropagationOf(
        GraphDataset dataset, CompactGraph graph, EdgeLayer depLayer, ReportOptions options, Func<int, NodeRef> nodeRef, CancellationToken ct)
    {
        var sectors = Enumerable.Range(0, graph.NodeCount).Where(v => graph.Kind(v) == NodeKind.Sector).ToList();
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < sectors.Count; i++)
        {
            column[graph.Id(sectors[i])] = i;
        }

        int n = sectors.Count;
        var strength = new double[n, n];
        int cells = 0;
        bool isAssumption = false;
        foreach (Edge e in dataset.Edges)
        {
            if (e.Kind is not (EdgeKind.DependsOn or EdgeKind.Supplies))
            {
                continue;
            }

            isAssumption |= e.ParameterBasis == Basis.Assumption;
            (string dependant, string supplier) = e.Kind == EdgeKind.DependsOn ? (e.Source, e.Target) : (e.Target, e.Source);
            if (column.TryGetValue(dependant, out int i) && column.TryGetValue(supplier, out int j) && i != j)
            {
                cells += strength[i, j] == 0 ? 1 : 0;
                strength[i, j] += e.Strength;
            }
        }

        for (int i = 0; i < n; i++)
        {
            strength[i, i] = double.NaN;
        }

        DependencyMatrix? matrix = n > 0 && cells > 0
            ? new DependencyMatrix(sectors.Select(s => ChartSectorName(nodeRef(s))).ToList(), strength, isAssumption)
            : null;

        var needed = options.CascadeOrigins.Append(options.PathFrom).Append(options.PathTo).ToList();
        var missing = needed.Where(id => graph.IndexOf(id) is var v && (v < 0 || graph.Kind(v) != NodeKind.Sector)).Distinct(StringComparer.Ordinal).ToList();
        CompactGraph dep = graph.Select(depLayer);
        if (missing.Count > 0 || matrix is null)
        {
            string note = missing.Count > 0
                ? $"the graph has no sector node {string.Join(", ", missing)}"
                : "the graph has no dependency edges between sectors";
            return (new PropagationSection(false, note, depLayer.Name, isAssumption, options.Runs, options.Seed, [], options.Threshold, [], null, null, [], cells), matrix);
        }

        var cascadeOptions = new CascadeOptions { Runs = options.Runs, Seed = options.Seed, MaxDegreeOfParallelism = options.MaxDegreeOfParallelism };
        var outcomes = new List<CascadeOutcome>();
        foreach (string id in options.CascadeOrigins.Distinct(StringComparer.Ordinal))
        {
            int origin = dep.IndexOf(id);
            MonteCarloCascadeResult mc = IndependentCascade.Run(dep, [origin], cascadeOptions, null, ct);
            var rows = sectors.Select(s =>
            {
                double p = mc.FailureProbability[s];
                long failures = (long)Math.Round(p * mc.Runs);
                (double low, double high) = WilsonInterval.Compute(failures, mc.Runs);
                return new SectorProbability(nodeRef(s), failures, p, Math.Min(low, p), Math.Max(high, p));
            }).ToList();
            outcomes.Add(new CascadeOutcome(nodeRef(origin), mc.MeanFailed, mc.StdevFailed, mc.Percentiles["p5"], mc.Percentiles["p95"], rows));
        }

        int first = dep.IndexOf(options.CascadeOrigins[0]);
        ThresholdCascadeResult threshold = LinearThresholdCascade.Run(dep, [first], options.Threshold);
        var thresholdFailed = threshold.Failed
            .Where(f => f.Vertex != first && dep.Kind(f.Vertex) == NodeKind.Sector)
            .Select(f => (nodeRef(f.Vertex), f.Hours))
            .ToList();

        int from = dep.IndexOf(options.PathFrom), to = dep.IndexOf(options.PathTo);
        var paths = KShortestPaths.Find(dep, from, to, options.PathCount)
            .Select(p => new PathRow(p.Nodes.Select(nodeRef).ToList(), p.Hours))
            .ToList();
        var section = new PropagationSection(true, null, depLayer.Name, isAssumption, options.Runs, options.Seed, outcomes,
            options.Threshold, thresholdFailed, nodeRef(from), nodeRef(to), paths, cells);
        return (section, matrix);
    }

    private static ProvenanceSection ProvenanceOf(GraphDataset dataset, DatasetSummary summary)
    {
        bool has = dataset.Nodes.Any(x => !x.Provenance.IsEmpty) || dataset.Edges.Any(x => !x.Provenance.IsEmpty);
        var items = new List<AssumptionItem>();
        foreach (Node x in dataset.Nodes.Where(x => x.Provenance.IsAssumption))
        {
            items.Add(new AssumptionItem(false, x.Id, x.Kind.Token(), x.Provenance.Basis, x.Provenance.Assumption!));
        }

        foreach (Edge x in dataset.Edges.Where(x => x.Provenance.IsAssumption))
        {
            string type = x.Kind.Token() + (x.Flow == InfoFlow.None ? string.Empty : ":" + x.Flow.Token());
            items.Add(new AssumptionItem(true, $"{x.Source} → {x.Target}", type, x.Provenance.Basis, x.Provenance.Assumption!));
        }

        var groups = items
            .GroupBy(i => i.Reason, StringComparer.Ordinal)
            .Select(g => new AssumptionGroup(g.Key, g.Count(i => !i.IsEdge), g.Count(i => i.IsEdge)))
            .OrderByDescending(g => g.Total)
            .ThenBy(g => g.Reason, StringComparer.Ordinal)
            .ToList();
        var sources = dataset.Sources
            .Select(s => KnownSources.TryGetValue(s.FileName, out SourceInfo? known) ? known : new SourceInfo(s.FileName, s.Title, s.Publisher, null, null))
            .ToList();
        return new ProvenanceSection(has, summary.NodeBasis, summary.EdgeBasis, groups, items, sources);
    }

    private static ReportChartData ChartsOf(
        CompactGraph graph, CompactGraph info, int root, OverviewSection overview, ReachSection reach, ResilienceResult res,
        SpofSection spof, PropagationSection propagation, DependencyMatrix? matrix, HubKind hubKind, Func<int, NodeRef> nodeRef)
    {
        var noSector = new LocalizedName("（分野なし）", "(no sector)");
        var coverage = overview.Hubs
            .Select(h => new CeptoarMembers(h.Sector is null ? noSector : ChartSectorName(h.Sector), BarName(h.Hub), h.MemberTotal))
            .ToList();
        ReachCurve? curve = reach.TotalMembers > 0
            ? new ReachCurve(reach.Curve.Select(p => new ReachPoint(p.Hours, p.Members)).ToList(), reach.TotalMembers, 24)
            : null;
        var impacts = (res.NodeImpact ?? [])
            .Select(e => new ChartNodeImpact(BarName(nodeRef(e.Vertex)), e.MembersLost, e.ReachLost))
            .ToList();
        var redundancy = spof.Redundancy.Select(r => new CeptoarRedundancy(BarName(r.Target), r.DisjointPaths)).ToList();

        CascadeChartData? cascade = null;
        if (propagation.Available && propagation.Outcomes.Count > 0)
        {
            CascadeOutcome o = propagation.Outcomes[0];
            LocalizedName origin = ChartSectorName(o.Origin);
            cascade = new CascadeChartData(
                origin with { English = LowerFirst(origin.English) }, // sits inside a sentence: "… after an outage of power"
                o.Sectors.Where(s => s.Sector.Id != o.Origin.Id)
                    .Select(s => new SectorFailureProbability(ChartSectorName(s.Sector), s.Probability, s.Low, s.High))
                    .ToList(),
                propagation.Runs,
                0.95,
                propagation.IsAssumption);
        }

        NetworkDiagram network = NetworkOf(graph, info, root, overview, reach, res, hubKind, nodeRef);
        return new ReportChartData(coverage, curve, impacts, redundancy, matrix, cascade, network);
    }

    /// <summary>
    /// A sector's name as the sector charts show it: the Japanese name, and a short English name (the heatmap's
    /// 15 labels must fit beside and below it): known abbreviations for the curated sectors, otherwise the English
    /// name without its parenthesis, at most 24 characters.
    /// </summary>
    /// <param name="sector">The sector.</param>
    /// <returns>The chart name.</returns>
    public static LocalizedName ChartSectorName(NodeRef sector)
    {
        ArgumentNullException.ThrowIfNull(sector);
        string english = sector.Id switch
        {
            "sector.info_comm" => "ICT",
            "sector.gov_admin" => "Government services",
            "sector.electricity" => "Power",
            _ => sector.Name(ChartLanguage.English),
        };
        int paren = english.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            english = english[..paren];
        }

        if (english.Length > 24)
        {
            english = english[..23].TrimEnd() + "…";
        }

        return new LocalizedName(sector.Name(ChartLanguage.Japanese), english);
    }

    /// <summary>
    /// Short English labels for the network drawing, where 30 names share one line: the acronym in parentheses when
    /// there is one (“Financial Services Agency (FSA)” → “FSA”), else the name without its parenthesis, “… CEPTOAR
    /// members” shortened to “… members” and “Airport CEPTOAR” to “Airport”, at most 22 characters. Japanese names are kept.
    /// </summary>
    private static LocalizedName NetworkName(NodeRef node)
    {
        string english = node.Name(ChartLanguage.English);
        var acronym = System.Text.RegularExpressions.Regex.Match(english, @"\(([A-Z][A-Za-z]{1,7})\)");
        if (acronym.Success && node.Kind is NodeKind.Government or NodeKind.Ministry)
        {
            english = acronym.Groups[1].Value;
        }

        int paren = english.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            english = english[..paren];
        }

        english = english.Replace(" CEPTOAR members", " members", StringComparison.Ordinal);
        if (node.Kind == NodeKind.Ceptoar && english.EndsWith(" CEPTOAR", StringComparison.Ordinal))
        {
            english = english[..^" CEPTOAR".Length]; // the legend says CEPTOARs
        }
        if (english.Length > 22)
        {
            english = english[..21].TrimEnd() + "…";
        }

        return new LocalizedName(node.Name(ChartLanguage.Japanese), english);
    }

    /// <summary>Bar labels: English names longer than 32 characters become their acronym in parentheses, else lose the parenthesis.</summary>
    private static LocalizedName BarName(NodeRef node)
    {
        string english = node.Name(ChartLanguage.English);
        if (english.Length > 32)
        {
            var acronym = System.Text.RegularExpressions.Regex.Match(english, @"\(([A-Z][A-Za-z]{1,7})\)");
            int paren = english.IndexOf(" (", StringComparison.Ordinal);
            english = acronym.Success ? acronym.Groups[1].Value : paren > 0 ? english[..paren] : english[..31].TrimEnd() + "…";
        }

        return new LocalizedName(node.Name(ChartLanguage.Japanese), english);
    }

    private static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;

    private static NetworkDiagram NetworkOf(
        CompactGraph graph, CompactGraph info, int root, OverviewSection overview, ReachSection reach, ResilienceResult res, HubKind hubKind, Func<int, NodeRef> nodeRef)
    {
        int n = graph.NodeCount;
        var layer = new int[n];
        Array.Fill(layer, -1);
        layer[root] = 0;
        for (int v = 0; v < n; v++)
        {
            if (v != root && graph.Kind(v) == NodeKind.Ministry)
            {
                layer[v] = 1;
            }
        }

        var hubMembers = new Dictionary<int, long>();
        foreach (HubRow h in overview.Hubs)
        {
            int v = graph.IndexOf(h.Hub.Id);
            if (v == root)
            {
                continue;
            }

            layer[v] = 2;
            hubMembers[v] = h.MemberTotal;
            foreach (int m in HubMembers(graph, info, v))
            {
                if (graph.MemberWeight(m) > 0 && layer[m] < 0)
                {
                    layer[m] = 3;
                }
            }
        }

        // Links: from each node of layers 0–2, the diagram nodes of deeper layers it reaches on the information
        // layer through nodes that are not drawn (e.g. sectors, secretariats), at most three hand-overs away.
        var links = new SortedSet<(int From, int To)>();
        var stamp = new int[n];
        var depth = new int[n];
        var queue = new int[n];
        int epoch = 0;
        for (int u = 0; u < n; u++)
        {
            if (layer[u] is < 0 or > 2)
            {
                continue;
            }

            epoch++;
            int head = 0, tail = 0;
            queue[tail++] = u;
            stamp[u] = epoch;
            depth[u] = 0;
            while (head < tail)
            {
                int x = queue[head++];
                if (depth[x] >= 3)
                {
                    continue;
                }

                foreach (int y in info.OutNeighbors(x))
                {
                    if (stamp[y] == epoch)
                    {
                        continue;
                    }

                    stamp[y] = epoch;
                    depth[y] = depth[x] + 1;
                    if (layer[y] >= 0)
                    {
                        if (layer[y] > layer[u])
                        {
                            links.Add((u, y));
                        }
                    }
                    else
                    {
                        queue[tail++] = y;
                    }
                }
            }
        }

        foreach (int h in hubMembers.Keys)
        {
            foreach (int e in graph.InEdges(h))
            {
                int m = graph.Source(e);
                if (graph.EdgeKindOf(e) == EdgeKind.MemberOf && layer[m] == 3)
                {
                    links.Add((h, m));
                }
            }
        }

        var membersLost = (res.NodeImpact ?? []).ToDictionary(e => e.Vertex, e => e.MembersLost);
        var spof = new HashSet<int>(res.ArticulationPoints.Concat(membersLost.Keys));
        var markedMembers = spof.Where(v => layer[v] == 3)
            .OrderByDescending(v => membersLost.GetValueOrDefault(v))
            .ThenBy(graph.Id, StringComparer.Ordinal)
            .Take(MaxMarkedMemberGroups)
            .ToHashSet();

        var ministryMembers = new Dictionary<int, long>();
        foreach ((int from, int to) in links)
        {
            if (layer[from] == 1 && layer[to] == 2)
            {
                ministryMembers[from] = ministryMembers.GetValueOrDefault(from) + hubMembers.GetValueOrDefault(to);
            }
        }

        var nodes = new List<NetworkNode>();
        for (int v = 0; v < n; v++)
        {
            if (layer[v] < 0)
            {
                continue;
            }

            long members = layer[v] switch
            {
                0 => reach.ReachedMembers,
                1 => ministryMembers.GetValueOrDefault(v),
                2 => hubMembers.GetValueOrDefault(v),
                _ => graph.MemberWeight(v),
            };
            bool isSpof = layer[v] == 3 ? markedMembers.Contains(v) : spof.Contains(v);
            nodes.Add(new NetworkNode(graph.Id(v), layer[v], NetworkName(nodeRef(v)), members, isSpof));
        }

        var edges = links.Select(l => new NetworkEdge(graph.Id(l.From), graph.Id(l.To))).ToList();
        LocalizedName hubs = hubKind == HubKind.Ceptoar ? new("CEPTOAR", "CEPTOARs") : new("CEPTOAR・ISAC", "CEPTOARs and ISACs");
        LocalizedName first = nodeRef(root).Id == "nisc" ? new("NISC", "NISC") : nodeRef(root).ToLocalized();
        return new NetworkDiagram(nodes, edges, [first, new("所管省庁", "Ministries"), hubs, new("構成員", "Members")]);
    }

    private static string Fingerprint(GraphDataset dataset)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sb = new StringBuilder();
        void Flush()
        {
            hash.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));
            sb.Clear();
        }

        foreach (Node x in dataset.Nodes)
        {
            sb.Append("n\t").Append(x.Id).Append('\t').Append(x.Kind.Token()).Append('\t').Append(x.NameJa).Append('\t').Append(x.NameEn)
                .Append('\t').Append(x.Provenance.Basis).Append('\t').Append(x.Provenance.Assumption);
            foreach (MemberCount m in x.Members)
            {
                sb.Append('\t').Append(m.Unit).Append('=').Append(m.Count.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
            if (sb.Length > 1 << 16)
            {
                Flush();
            }
        }

        foreach (Edge x in dataset.Edges)
        {
            sb.Append("e\t").Append(x.Source).Append('\t').Append(x.Target).Append('\t').Append(x.Kind.Token()).Append('\t').Append(x.Flow.Token())
                .Append('\t').Append(x.DelayHours.ToString("R", CultureInfo.InvariantCulture))
                .Append('\t').Append(x.Probability.ToString("R", CultureInfo.InvariantCulture))
                .Append('\t').Append(x.Strength.ToString("R", CultureInfo.InvariantCulture))
                .Append('\t').Append(x.Provenance.Basis).Append('\t').Append(x.Provenance.Assumption).Append('\n');
            if (sb.Length > 1 << 16)
            {
                Flush();
            }
        }

        Flush();
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
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
