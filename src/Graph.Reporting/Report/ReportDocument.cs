using System.Globalization;
using Depgraph.Reporting.Charts;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Composes the report's text, in Japanese or English, as blocks; Markdown and HTML lay out the same blocks, so
/// the two files always say the same thing.
/// </summary>
internal sealed class ReportDocument
{
    private readonly ReportModel _m;
    private readonly ChartLanguage _lang;
    private readonly ChartLanguage _chartLang;
    private readonly Dictionary<string, RenderedChart> _charts;
    private readonly List<Block> _blocks = [];
    private int _figure;

    private ReportDocument(ReportModel model, IReadOnlyList<RenderedChart> charts, ChartLanguage chartLanguage)
    {
        _m = model;
        _lang = model.Options.Language;
        _chartLang = chartLanguage;
        _charts = charts.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    private bool Ja => _lang == ChartLanguage.Japanese;

    /// <summary>The Japanese and English section headings, in order (title first).</summary>
    public static IReadOnlyList<(string Ja, string En)> SectionHeadings { get; } =
    [
        ("重要インフラ情報共有体制の分析報告", "Critical-infrastructure information sharing: analysis report"),
        ("1. 概要", "1. Overview"),
        ("2. 情報の到達範囲と速さ", "2. Reach: coverage and speed"),
        ("3. 単一障害点", "3. Single points of failure"),
        ("4. 障害の波及（仮定に基づく）", "4. Propagation (resting on assumptions)"),
        ("5. 分析手法と出典", "5. Methods and sources"),
        ("付録A. 出典の区分と仮定の一覧", "Appendix A. Provenance: evidence and assumptions"),
        ("付録B. 実行条件", "Appendix B. Run parameters"),
    ];

    /// <summary>The label put next to everything derived from the assumed dependency matrix.</summary>
    public static (string Ja, string En) AssumptionLabel { get; } = ("【仮定】", "[ASSUMPTION]");

    public static IReadOnlyList<Block> Compose(ReportModel model, IReadOnlyList<RenderedChart> charts, ChartLanguage chartLanguage)
    {
        var doc = new ReportDocument(model, charts, chartLanguage);
        doc.Title();
        doc.Overview();
        doc.Reach();
        doc.Spof();
        doc.Propagation();
        doc.Methods();
        doc.Provenance();
        doc.Parameters();
        return doc._blocks;
    }

    // ------------------------------------------------------------------ helpers

    private string L(string ja, string en) => Ja ? ja : en;

    private string Name(NodeRef n) => n.Name(_lang);

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private string Hours(double h) => h.ToString("0.##", CultureInfo.InvariantCulture) + L(" 時間", " h");

    private static string Num(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);

    private string Units(IReadOnlyList<MemberCount> units) =>
        units.Count == 0 ? "—" : string.Join(L("、", ", "), units.Select(u => $"{N(u.Count)} {UnitName(u.Unit)}"));

    private string UnitName(string unit) => Ja ? (unit == "member" ? "構成員" : unit) : unit switch
    {
        "member" => "members",
        "社" => "companies (社)",
        "団体" => "associations (団体)",
        "機関" => "bodies (機関)",
        "都道府県" => "prefectures (都道府県)",
        "市区町村" => "municipalities (市区町村)",
        "グループ" => "group (グループ)",
        "水道事業体" => "water utilities (水道事業体)",
        "地方公共団体" => "local governments (地方公共団体)",
        "社・団体" => "companies or associations (社・団体)",
        "社・機関" => "companies or bodies (社・機関)",
        "事業体" => "utilities (事業体)",
        _ => unit,
    };

    private string Joined(IEnumerable<string> items, int cap)
    {
        var list = items.ToList();
        string shown = string.Join(L("、", ", "), list.Take(cap));
        return list.Count > cap ? shown + L($" ほか {N(list.Count - cap)} 件", $" and {N(list.Count - cap)} more") : shown;
    }

    private string KindName(string token) => token switch
    {
        "government" => L("政府（NISC）", "government (NISC)"),
        "ministry" => L("所管省庁", "ministry"),
        "sector" => L("分野", "sector"),
        "ceptoar" => "CEPTOAR",
        "council" => L("協議会", "council"),
        "secretariat" => L("事務局", "secretariat"),
        "isac" => "ISAC",
        "coordination" => L("関係機関", "coordination body"),
        "member" => L("構成員", "member"),
        "external" => L("構成員以外の情報展開先", "outside recipient"),
        "exercise" => L("演習・活動", "exercise / activity"),
        "resource" => L("共通資源", "shared resource"),
        _ => token,
    };

    private string HubWord => _m.Spof.HubLabel == HubKind.Ceptoar ? "CEPTOAR" : L("CEPTOAR・ISAC（構成員を持つハブ）", "CEPTOAR or ISAC (member hub)");

    private void H(int level, int section) =>
        _blocks.Add(new HeadingBlock(level, Ja ? SectionHeadings[section].Ja : SectionHeadings[section].En, "s" + section.ToString(CultureInfo.InvariantCulture)));

    private void H(int level, string text, string anchor) => _blocks.Add(new HeadingBlock(level, text, anchor));

    private void P(string text) => _blocks.Add(new ParagraphBlock(text));

    private void Note(string text) => _blocks.Add(new NoteBlock(L("注：", "Note: "), text, false));

    private void Assumption(string text) => _blocks.Add(new NoteBlock(Ja ? AssumptionLabel.Ja : AssumptionLabel.En, text, true));

    private void DependencyAssumption()
    {
        if (_m.Propagation.IsAssumption)
        {
            Assumption(L(
                "分野間依存関係の仮定値（dependencies.csv：NISCの静的相互依存性分析と共通脅威分析に基づく仮の値）に基づく。相互依存性調査の結果ではない。",
                "Rests on the assumed inter-sector dependency matrix (dependencies.csv: placeholder values after NISC's static interdependency and common-threat analyses), not on survey results."));
        }
    }

    private void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] numeric) =>
        _blocks.Add(new TableBlock(headers, rows.ToList(), new HashSet<int>(numeric)));

    private void Figure(string name)
    {
        if (!_charts.TryGetValue(name, out RenderedChart? chart))
        {
            return;
        }

        _figure++;
        string caption = L($"図{_figure} ", $"Figure {_figure}. ") + chart.Caption.For(_lang);
        if (chart.RestsOnAssumption)
        {
            caption += L("（仮定）", " (assumption)");
        }

        _blocks.Add(new FigureBlock(chart, caption));
    }

    // ------------------------------------------------------------------ sections

    private void Title()
    {
        H(1, 0);
        RunParameters p = _m.Parameters;
        P(L(
            $"対象：{p.Input}（ノード {N(p.NodeCount)}、エッジ {N(p.EdgeCount)}）。起点：{Name(_m.Reach.Root)}（{p.Root}）。数値と図表は depgraph {p.ToolVersion} が乱数シード {p.Seed}、モンテカルロ試行 {N(p.Runs)} 回で算出したもので、同じ入力と条件で再現できる（付録B）。",
            $"Input: {p.Input} ({N(p.NodeCount)} nodes, {N(p.EdgeCount)} edges). Starting point: {Name(_m.Reach.Root)} ({p.Root}). All numbers and charts were computed by depgraph {p.ToolVersion} with seed {p.Seed} and {N(p.Runs)} Monte Carlo runs and can be reproduced with the same input and parameters (Appendix B)."));
        if (_m.Propagation.Available && _m.Propagation.IsAssumption)
        {
            Assumption(L(
                "第4節（障害の波及）の数値と図表、および分野間依存関係の図は、仮定した依存関係行列に基づく。実測や調査の結果ではない。",
                "Section 4 (propagation) and the inter-sector dependency chart rest on an assumed dependency matrix, not on measurements or survey results."));
        }
    }

    private void Overview()
    {
        OverviewSection o = _m.Overview;
        H(2, 1);
        var rows = new List<IReadOnlyList<string>>();
        if (o.SectorCount > 0)
        {
            rows.Add([L("重要インフラ分野", "Critical-infrastructure sectors"), N(o.SectorCount)]);
        }

        rows.Add([_m.Spof.HubLabel == HubKind.Ceptoar ? "CEPTOAR" : HubWord, N(o.Hubs.Count)]);
        if (o.MembersByUnit.Count > 0)
        {
            rows.Add([L("構成員（のべ数、単位別）", "Members (counted per CEPTOAR, by unit)"), Units(o.MembersByUnit)]);
        }

        rows.Add([L("構成員の合計", "Members in total"), N(o.MemberTotal)]);
        if (o.ExternalByUnit.Count > 0)
        {
            rows.Add([L("構成員以外の情報展開先", "Recipients outside the membership"), Units(o.ExternalByUnit)]);
        }

        rows.Add([L("ノード / エッジ", "Nodes / edges"), $"{N(o.NodeCount)} / {N(o.EdgeCount)}"]);
        rows.Add([L("ノードの種別", "Nodes by kind"), string.Join(L("、", ", "), o.NodesByKind.Select(k => $"{KindName(k.Kind)} {N(k.Count)}"))]);
        Table([L("項目", "Item"), L("値", "Value")], rows);
        if (_m.Provenance.Sources.Count > 0)
        {
            SourceInfo s = _m.Provenance.Sources[0];
            P(L($"出典：{s.Publisher}「{s.Title}」" + (s.Date is null ? "" : $"（{s.Date}）") + "。構成員数は同資料のセプター一覧（2025年3月末日現在）による。",
                $"Source: {s.PublisherEn ?? s.Publisher}, 「{s.Title}」" + (s.TitleEn is null ? "" : $" ({s.TitleEn})") + ((s.DateEn ?? s.Date) is { } d ? $", {d}" : "") + ". Member counts are those of the document's CEPTOAR table (as of the end of March 2025)."));
        }

        const int cap = 60;
        bool hasExternal = o.Hubs.Any(h => h.External.Count > 0);
        H(3, hasExternal ? L($"1.1 {HubWord}別の構成員と情報展開先", $"1.1 Members and outside recipients per {HubWord}") : L($"1.1 {HubWord}別の構成員", $"1.1 Members per {HubWord}"), "s1-1");
        var hubRows = o.Hubs.Take(cap).Select(h => (IReadOnlyList<string>)(hasExternal
            ? [h.Sector is null ? "—" : Name(h.Sector), Name(h.Hub), h.Members.Count > 0 ? Units(h.Members) : N(h.MemberTotal), Units(h.External)]
            : [h.Sector is null ? "—" : Name(h.Sector), Name(h.Hub), h.Members.Count > 0 ? Units(h.Members) : N(h.MemberTotal)]));
        Table(hasExternal
                ? [L("分野", "Sector"), HubWord, L("構成員", "Members"), L("構成員以外の情報展開先", "Outside recipients")]
                : [L("分野", "Sector"), HubWord, L("構成員", "Members")],
            hubRows, 2);
        if (o.Hubs.Count > cap)
        {
            Note(L($"上位 {cap} 件のみ示す（全 {N(o.Hubs.Count)} 件）。", $"The first {cap} of {N(o.Hubs.Count)} are shown."));
        }

        if (!o.HasSectors)
        {
            Note(L("この入力ではCEPTOARと分野の所属（belongs_to）が記録されていないため、分野は接続する分野ノードから推定した（なければ「—」）。",
                "This input records no CEPTOAR-to-sector membership (belongs_to); the sector is the sector node linked to the hub, if any (else “—”)."));
        }

        Figure("coverage");
    }

    private void Reach()
    {
        ReachSection r = _m.Reach;
        H(2, 2);
        P(L($"{Name(r.Root)}から {r.Layer} レイヤー（情報提供の流れ）をたどり、各組織に情報が届く最も早い時刻をダイクストラ法で求めた。時刻は情報の発出からの経過時間である。",
            $"Following the {r.Layer} layer (the flow of information provision) from {Name(r.Root)}, the earliest arrival at each organisation was computed with Dijkstra's algorithm, in hours after the alert is issued."));
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { L("到達した組織（ノード）", "Organisations (nodes) reached"), $"{N(r.ReachedCount)} / {N(r.NodeCount)}" },
            new[] { L("到達した構成員", "Members reached"), $"{N(r.ReachedMembers)} / {N(r.TotalMembers)}" + L($"（{Pct(r.Share)}）", $" ({Pct(r.Share)})") },
        };
        foreach (ReachMilestone ms in r.Milestones)
        {
            string label = ms.Hours == 24
                ? L("当日中（24時間以内）に到達した構成員", "Members reached the same day (within 24 h)")
                : L($"{Num(ms.Hours, "0.##")}時間以内に到達した構成員", $"Members reached within {Num(ms.Hours, "0.##")} h");
            rows.Add([label, $"{N(ms.Members)}" + L($"（{Pct(ms.Share)}）", $" ({Pct(ms.Share)})")]);
        }

        rows.Add([L("最後の構成員に届くまでの時間", "Time until the last member reached"), r.LastMemberHours is double last ? Hours(last) : "—"]);
        Table([L("指標", "Measure"), L("値", "Value")], rows, 1);
        if (r.DelaysAreAssumed)
        {
            Note(L("到達時間は、伝達チャネル（メール、専用Web、電話など）ごとの遅延と到達確率の仮定値（defaults.yaml の計画値、実測ではない）に基づく。到達の有無は経路の有無による。",
                "Arrival times rest on assumed delays per channel (e-mail, portal, phone …; planning figures in defaults.yaml, not measured). Whether a node is reached depends only on the routes."));
        }

        if (r.ByUnit.Count > 0)
        {
            Table([L("単位", "Unit"), L("到達", "Reached"), L("全体", "Total"), L("割合", "Share")],
                r.ByUnit.Select(u => (IReadOnlyList<string>)[UnitName(u.Unit), N(u.Reached), N(u.Total), Pct(u.Total > 0 ? (double)u.Reached / u.Total : 0)]), 1, 2, 3);
        }

        Figure("reach-time");

        H(3, L("2.1 情報が届かない組織", "2.1 Organisations not reached"), "s2-1");
        if (r.NotReached.Count == 0)
        {
            P(L("すべての組織に情報が届く。", "Every organisation is reached."));
            return;
        }

        Table([L("種別", "Kind"), L("届かない数", "Not reached")], r.NotReachedByKind.Select(k => (IReadOnlyList<string>)[KindName(k.Kind), N(k.Count)]), 1);
        var recipients = r.NotReached.Where(n => n.Kind is not (NodeKind.Government or NodeKind.Sector or NodeKind.Exercise or NodeKind.Resource)).ToList();
        if (recipients.Count > 0)
        {
            P(L("情報の受け手となり得る組織のうち届かないもの：", "Organisations that could receive information but are not reached: ")
                + Joined(recipients.Select(n => Name(n) + L($"（{n.Id}）", $" ({n.Id})")), 40)
                + L("。", "."));
        }

        if (_m.Overview.IsCurated)
        {
            Note(L("分野・演習／活動・共通資源のノードは情報の受け手ではないため数のみ示す。個別に名前の挙がる構成員は、集計ノード（例：医療の21機関）を通じて数えられている。",
                "Sector, exercise/activity and shared-resource nodes do not receive information and are only counted. Named individual members are counted through their aggregate node (e.g. 医療's 21 bodies)."));
        }
    }

    private void Spof()
    {
        SpofSection s = _m.Spof;
        H(2, 3);
        P(L($"{Name(s.Root)}からの情報提供の経路（{s.Layer}）で、1つの組織またはリンクが停止したときに情報が届かなくなる範囲を、支配木（Lengauer–Tarjan法）から求めた。",
            $"On the provision routes from {Name(s.Root)} ({s.Layer}), what one failing organisation or link cuts off was computed from the dominator tree (Lengauer–Tarjan)."));

        H(3, L($"3.1 組織の停止による影響（上位{_m.Options.TopN}）", $"3.1 Impact of one organisation failing (top {_m.Options.TopN})"), "s3-1");
        if (s.NodeImpact.Count == 0)
        {
            P(L("停止により他の組織に情報が届かなくなる組織はない。", "No single organisation's failure cuts anyone off."));
        }
        else
        {
            Table(["#", L("組織", "Organisation"), L("種別", "Kind"), L("届かなくなる組織", "Organisations cut off"), L("届かなくなる構成員", "Members cut off")],
                s.NodeImpact.Select((x, i) => (IReadOnlyList<string>)[N(i + 1), Name(x.Node), KindName(x.Node.Kind.Token()), N(x.ReachLost), N(x.MembersLost)]), 0, 3, 4);
            P(L($"停止すると誰かに情報が届かなくなる組織は全部で {N(s.NodeImpactCount)} 件。", $"{N(s.NodeImpactCount)} organisations cut someone off when they fail."));
            Figure("node-impact");
        }

        H(3, L($"3.2 リンクの停止による影響（上位{_m.Options.TopN}）", $"3.2 Impact of one link failing (top {_m.Options.TopN})"), "s3-2");
        if (s.LinkImpact.Count == 0)
        {
            P(L("停止により他の組織に情報が届かなくなるリンクはない。", "No single link's failure cuts anyone off."));
        }
        else
        {
            Table(["#", L("リンク（送り手 → 受け手）", "Link (sender → recipient)"), L("届かなくなる組織", "Organisations cut off"), L("届かなくなる構成員", "Members cut off")],
                s.LinkImpact.Select((x, i) => (IReadOnlyList<string>)[N(i + 1), $"{Name(x.From)} → {Name(x.To)}", N(x.ReachLost), N(x.MembersLost)]), 0, 2, 3);
            P(L($"停止すると誰かに情報が届かなくなるリンクは全部で {N(s.LinkImpactCount)} 本。", $"{N(s.LinkImpactCount)} links cut someone off when they fail."));
        }

        H(3, L("3.3 関節点と橋", "3.3 Articulation points and bridges"), "s3-3");
        P(L($"向きを無視したグラフで、取り除くとグラフが分断される組織（関節点）は {N(s.ArticulationPoints.Count)} 件、リンク（橋）は {N(s.Bridges.Count)} 本（Hopcroft–Tarjan法）。向きを考えると、強連結成分は {N(s.StrongComponentCount)} 個、強関節点は {N(s.StrongArticulationPointCount)} 件、強橋は {N(s.StrongBridgeCount)} 本（Italiano–Laura–Santaroni法）。",
            $"Ignoring direction, {N(s.ArticulationPoints.Count)} organisations (articulation points) and {N(s.Bridges.Count)} links (bridges) disconnect the graph when removed (Hopcroft–Tarjan). With direction, the layer has {N(s.StrongComponentCount)} strongly connected components, {N(s.StrongArticulationPointCount)} strong articulation points and {N(s.StrongBridgeCount)} strong bridges (Italiano–Laura–Santaroni)."));
        if (s.ArticulationPoints.Count > 0)
        {
            P(L("関節点（影響の大きい順）：", "Articulation points (largest impact first): ") + Joined(s.ArticulationPoints.Select(Name), 40) + L("。", "."));
        }

        if (s.Bridges.Count > 0)
        {
            P(L("橋：", "Bridges: ") + Joined(s.Bridges.Select(b => $"{Name(b.A)} — {Name(b.B)}"), 30) + L("。", "."));
        }

        H(3, L("3.4 経路の冗長性", "3.4 Route redundancy"), "s3-4");
        if (s.Redundancy.Count == 0)
        {
            P(L($"経路を数える{HubWord}がない。", $"There is no {HubWord} to count routes to."));
        }
        else
        {
            P(L($"{Name(s.Root)}から各{HubWord}への、途中の組織を共有しない経路（点素な経路）の数。メンガーの定理により、これは経路を断つために停止させる必要のある組織の最小数に等しい（最大流で計算）。1本のみの場合、途中に単一障害点がある（直接の1本のみの場合を含む）。",
                $"The number of routes from {Name(s.Root)} to each {HubWord} that share no intermediate organisation (vertex-disjoint paths). By Menger's theorem it equals the fewest organisations whose failure cuts every route (computed as a maximum flow). One route means a single point of failure on the way (or a single direct link)."));
            Table([L("点素な経路の数", "Disjoint routes"), L($"{HubWord}の数", $"{HubWord}s")],
                s.Redundancy.GroupBy(r => r.DisjointPaths).OrderBy(g => g.Key).Select(g => (IReadOnlyList<string>)[N(g.Key), N(g.Count())]), 0, 1);
            var single = s.Redundancy.Where(r => r.DisjointPaths == 1).ToList();
            var none = s.Redundancy.Where(r => r.DisjointPaths == 0).ToList();
            P(single.Count > 0
                ? L($"経路が1本のみの{HubWord}（{N(single.Count)} 件）：", $"{HubWord}s with a single route ({N(single.Count)}): ") + Joined(single.Select(r => Name(r.Target)), 60) + L("。", ".")
                : L($"経路が1本のみの{HubWord}はない。", $"No {HubWord} has a single route."));
            if (none.Count > 0)
            {
                P(L($"経路がない{HubWord}（{N(none.Count)} 件）：", $"{HubWord}s with no route ({N(none.Count)}): ") + Joined(none.Select(r => Name(r.Target)), 60) + L("。", "."));
            }

            Figure("redundancy");
        }

        H(3, L("3.5 ネットワーク図", "3.5 Network diagram"), "s3-5");
        P(L($"{Name(s.Root)} → 所管省庁 → {HubWord} → 構成員の層で描いた。朱色の輪は単一障害点（関節点、または停止すると誰かに情報が届かなくなる組織）。構成員の層で多数のノードは「その他」にまとめた。",
            $"Drawn in layers {Name(s.Root)} → ministries → {HubWord}s → members. Vermillion rings mark single points of failure (articulation points, or organisations whose failure cuts someone off). Crowded member layers are merged into “other” nodes."));
        Figure("network");
    }

    private void Propagation()
    {
        PropagationSection p = _m.Propagation;
        H(2, 4);
        if (!p.Available)
        {
            Note(L($"この入力には本節に必要な分野ノード（{string.Join("、", _m.Options.CascadeOrigins.Append(_m.Options.PathTo).Distinct(StringComparer.Ordinal))}）または分野間の依存関係がないため、障害の波及の分析は省略した。",
                $"This input lacks the sector nodes ({string.Join(", ", _m.Options.CascadeOrigins.Append(_m.Options.PathTo).Distinct(StringComparer.Ordinal))}) or the inter-sector dependencies this section needs, so the propagation analysis is left out."));
            if (_m.Charts.Dependency is not null)
            {
                DependencyAssumption();
                Figure("dependency");
            }

            return;
        }

        P(L($"依存関係レイヤー（{p.Layer}：依存される分野から依存する分野へ、障害が伝わる向き）で、分野の停止が他の分野に波及する様子を調べた。",
            $"On the dependency layer ({p.Layer}, oriented from supplier to dependant, the way a failure travels), how a sector's outage spreads to other sectors."));

        H(3, L("4.1 分野間の依存関係", "4.1 Inter-sector dependencies"), "s4-1");
        DependencyAssumption();
        P(L($"行は依存する分野、列は依存される（供給する）分野、値は依存の強さ（依存する分野の投入に占める割合、0〜1）。非ゼロの組は {N(p.DependencyEdgeCount)} 組。",
            $"Rows are the dependent sectors, columns the supplying sectors; values are the strength (the supplier's share of the dependant's inputs, 0–1). {N(p.DependencyEdgeCount)} pairs are non-zero."));
        Figure("dependency");

        H(3, L("4.2 分野の停止による機能障害の確率", "4.2 Failure probability after a sector outage"), "s4-2");
        DependencyAssumption();
        P(L($"独立カスケードモデル（Kempe–Kleinberg–Tardos）を {N(p.Runs)} 回試行（乱数シード {p.Seed}）。各分野が機能障害となった試行の割合と、その95%区間（Wilsonの方法）を示す。",
            $"Independent cascade model (Kempe–Kleinberg–Tardos), {N(p.Runs)} runs (seed {p.Seed}). The share of runs in which each sector fails, with its 95% interval (Wilson)."));
        var headers = new List<string> { L("分野", "Sector") };
        headers.AddRange(p.Outcomes.Select(o => L($"{Name(o.Origin)}の停止後", $"{Name(o.Origin)} outage")));
        int sectorCount = p.Outcomes[0].Sectors.Count;
        var rows = new List<IReadOnlyList<string>>();
        for (int i = 0; i < sectorCount; i++)
        {
            var row = new List<string> { Name(p.Outcomes[0].Sectors[i].Sector) };
            foreach (CascadeOutcome o in p.Outcomes)
            {
                SectorProbability sp = o.Sectors[i];
                row.Add(sp.Sector.Id == o.Origin.Id
                    ? L("（起点）", "(origin)")
                    : $"{Pct(sp.Probability)}" + L($"（{Pct(sp.Low)}–{Pct(sp.High)}）", $" ({Pct(sp.Low)}–{Pct(sp.High)})"));
            }

            rows.Add(row);
        }

        Table(headers, rows, Enumerable.Range(1, p.Outcomes.Count).ToArray());
        foreach (CascadeOutcome o in p.Outcomes)
        {
            P(L($"{Name(o.Origin)}の停止：機能障害となるノード数（起点を含む）は平均 {Num(o.MeanFailed, "0.00")}（標準偏差 {Num(o.StdevFailed, "0.00")}、5〜95パーセンタイル {Num(o.P5, "0.##")}〜{Num(o.P95, "0.##")}）。",
                $"{Name(o.Origin)} outage: failed nodes per run (origin included) mean {Num(o.MeanFailed, "0.00")} (sd {Num(o.StdevFailed, "0.00")}, 5th–95th percentile {Num(o.P5, "0.##")}–{Num(o.P95, "0.##")})."));
        }

        Note(L("独立カスケードモデルでは、依存先の障害が一度でも伝われば機能障害とみなす（部分的な影響も数える）。確率は依存関係の仮定値に強く左右され、上限寄りの見積りとして読む。",
            "In the independent cascade model one successful transmission fails a sector (partial effects count as failure). The probabilities follow the assumed dependency values closely; read them as an upper-leaning estimate."));
        Figure("cascade");

        H(3, L("4.3 線形閾値モデル", "4.3 Linear threshold model"), "s4-3");
        DependencyAssumption();
        string origin = Name(p.Outcomes[0].Origin);
        P(p.ThresholdFailed.Count == 0
            ? L($"閾値 {Num(p.Threshold, "0.##")} の線形閾値モデル（Watts）では、{origin}の停止で機能障害となる分野はない（依存する分野の投入のうち停止した分の割合が閾値に達しない）。",
                $"In the linear threshold model (Watts) with threshold {Num(p.Threshold, "0.##")}, no other sector fails once {origin} stops (no dependant loses that share of its inputs).")
            : L($"閾値 {Num(p.Threshold, "0.##")} の線形閾値モデル（Watts）では、{origin}の停止で次の分野が機能障害となる：",
                $"In the linear threshold model (Watts) with threshold {Num(p.Threshold, "0.##")}, these sectors fail once {origin} stops: ")
              + string.Join(L("、", ", "), p.ThresholdFailed.Select(f => Name(f.Sector) + L($"（{Hours(f.Hours)}後）", $" (after {Hours(f.Hours)})"))) + L("。", "."));

        H(3, L($"4.4 {Name(p.PathFrom!)}から{Name(p.PathTo!)}への波及経路（上位{_m.Options.PathCount}）", $"4.4 Propagation paths from {Name(p.PathFrom!)} to {Name(p.PathTo!)} (top {_m.Options.PathCount})"), "s4-4");
        DependencyAssumption();
        if (p.Paths.Count == 0)
        {
            P(L("経路はない。", "There is no path."));
        }
        else
        {
            P(L("影響が伝わるまでの時間（仮定値）の合計が短い順（Yenのk最短経路）。", "Fastest first by the total assumed time to impact (Yen's k shortest paths)."));
            Table(["#", L("経路", "Path"), L("影響までの時間", "Time to impact"), L("段数", "Hops")],
                p.Paths.Select((x, i) => (IReadOnlyList<string>)[N(i + 1), string.Join(" → ", x.Nodes.Select(Name)), Hours(x.Hours), N(x.Hops)]), 0, 2, 3);
        }
    }

    private void Methods()
    {
        H(2, 5);
        _blocks.Add(new LinkTableBlock(
            [L("分析", "Analysis"), L("手法", "Method"), L("文献", "Reference"), "DOI"],
            _m.Methods.Select(x => ((IReadOnlyList<string>)[L(x.UseJa, x.UseEn), x.Algorithm, x.Citation], x.Doi, x.Doi is null ? null : "https://doi.org/" + x.Doi)).ToList()));
        P(L("構成員数はCEPTOARごとののべ数。集計ノードに含まれる個別の構成員（included_in）は二重に数えず、構成員以外の情報展開先は構成員に含めない。",
            "Member counts are per CEPTOAR (an operator in two CEPTOARs counts twice). Named members already counted in an aggregate (included_in) are not counted again; outside recipients are not members."));
        if (_m.Provenance.Sources.Count > 0)
        {
            foreach (SourceInfo s in _m.Provenance.Sources)
            {
                P(L($"データ：{s.Publisher}「{s.Title}」" + (s.Date is null ? "" : $"（{s.Date}" + (s.Occasion is null ? "" : $"、{s.Occasion}資料") + "）") + $"。同資料の記述を引用して各ノード・エッジの根拠とし、記述のない事項は理由を付した仮定とした（データセット {_m.Overview.DatasetName}、資料の写し {s.FileName}）。",
                    $"Data: {s.PublisherEn ?? s.Publisher}, 「{s.Title}」" + (s.TitleEn is null ? "" : $" ({s.TitleEn})") + ((s.DateEn ?? s.Date) is { } d ? $", {d}" : "") + ((s.OccasionEn ?? s.Occasion) is { } o ? $" ({o})" : "") + $". Each node and edge quotes the document as its evidence; what the document does not say is an assumption with a stated reason (dataset {_m.Overview.DatasetName}, copy of the document: {s.FileName})."));
            }
        }
        else
        {
            P(L($"データ：{_m.Parameters.Input}（出典の記録のない汎用グラフ）。", $"Data: {_m.Parameters.Input} (a generic graph without recorded sources)."));
        }
    }

    private void Provenance()
    {
        ProvenanceSection p = _m.Provenance;
        H(2, 6);
        if (!p.HasProvenance)
        {
            P(L("この入力（汎用グラフ）には出典の記録がない。すべての事実は入力ファイルのとおりであり、根拠も仮定も記録されていない。",
                "This input (a generic graph) records no provenance: every fact is as the input files state it, with neither evidence nor assumption recorded."));
            return;
        }

        string BasisName(string b) => b switch
        {
            "evidence" => L("資料の引用のみ", "evidence (quotes) only"),
            "evidence+assumption" => L("引用と仮定", "evidence and assumption"),
            "assumption" => L("仮定のみ", "assumption only"),
            _ => L("記録なし", "none recorded"),
        };
        var bases = p.NodeBasis.Select(b => b.Basis).Concat(p.EdgeBasis.Select(b => b.Basis)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        int Count(IReadOnlyList<(string Basis, int Count)> list, string basis) => list.FirstOrDefault(x => x.Basis == basis).Count;
        Table([L("根拠の区分", "Basis"), L("ノード", "Nodes"), L("エッジ", "Edges")],
            bases.Select(b => (IReadOnlyList<string>)[BasisName(b), N(Count(p.NodeBasis, b)), N(Count(p.EdgeBasis, b))])
                .Append([L("合計", "Total"), N(p.NodeBasis.Sum(x => x.Count)), N(p.EdgeBasis.Sum(x => x.Count))]),
            1, 2);
        P(L($"仮定に基づく事実は {N(p.Items.Count)} 件（ノード {N(p.Items.Count(i => !i.IsEdge))}、エッジ {N(p.Items.Count(i => i.IsEdge))}）、理由の種類は {N(p.Groups.Count)} 種。このほか、伝達チャネルの遅延と到達確率はすべて仮定値である（defaults.yaml）。",
            $"{N(p.Items.Count)} facts rest on assumptions ({N(p.Items.Count(i => !i.IsEdge))} nodes, {N(p.Items.Count(i => i.IsEdge))} edges), with {N(p.Groups.Count)} distinct reasons. In addition, every channel delay and delivery probability is an assumption (defaults.yaml)."));
        H(3, L("A.1 理由別の仮定", "A.1 Assumptions by reason"), "sA-1");
        Table([L("仮定の理由（データセットの記載のまま）", "Reason (as written in the dataset)"), L("ノード", "Nodes"), L("エッジ", "Edges")],
            p.Groups.Select(g => (IReadOnlyList<string>)[g.Reason, N(g.Nodes), N(g.Edges)]), 1, 2);
        _blocks.Add(new DetailsBlock(
            L($"A.2 仮定に基づく事実の全件（{N(p.Items.Count)} 件）", $"A.2 Every fact resting on an assumption ({N(p.Items.Count)})"),
            [new TableBlock(
                ["#", L("対象", "Subject"), L("種別", "Type"), L("区分", "Basis"), L("理由", "Reason")],
                p.Items.Select((x, i) => (IReadOnlyList<string>)[N(i + 1), x.Subject, x.Type, BasisName(x.Basis), x.Reason]).ToList(),
                new HashSet<int> { 0 })]));
    }

    private void Parameters()
    {
        RunParameters p = _m.Parameters;
        H(2, 7);
        string command = $"depgraph report --from {p.Root} --seed {p.Seed} --runs {p.Runs} --lang {p.Language}";
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { L("入力", "Input"), p.Input },
            new[] { L("入力の指紋（SHA-256 先頭16桁）", "Input fingerprint (SHA-256, first 16 digits)"), p.Fingerprint },
            new[] { L("ノード / エッジ", "Nodes / edges"), $"{N(p.NodeCount)} / {N(p.EdgeCount)}" },
            new[] { L("起点（--from）", "Starting point (--from)"), p.Root },
            new[] { L("情報提供レイヤー（第2・3節）", "Information layer (sections 2–3)"), p.InformationLayer },
            new[] { L("依存関係レイヤー（第4節）", "Dependency layer (section 4)"), p.DependencyLayer },
            new[] { L("乱数シード", "Seed"), p.Seed.ToString(CultureInfo.InvariantCulture) },
            new[] { L("モンテカルロ試行回数（停止1件あたり）", "Monte Carlo runs per outage"), N(p.Runs) },
            new[] { L("線形閾値モデルの閾値", "Linear threshold"), Num(p.Threshold, "0.##") },
            new[] { L("k最短経路のk", "k of the k shortest paths"), N(p.PathCount) },
            new[] { L("順位表の件数", "Rows of the ranked tables"), N(p.TopN) },
            new[] { L("言語", "Language"), p.Language },
            new[] { L("ツールのバージョン", "Tool version"), "depgraph " + p.ToolVersion },
            new[] { L("再実行のコマンド", "Command to reproduce"), command },
        };
        if (_chartLang != _lang)
        {
            rows.Add([L("図のラベル", "Chart labels"), L("英語（日本語フォントが見つからなかったため）", "Japanese (fallback)")]);
        }

        Table([L("項目", "Parameter"), L("値", "Value")], rows);
        P(L("入力の指定（--data / --nodes と --edges / --graphml）は、入力の欄のとおりに与える。図は PNG（300 dpi）と SVG で charts/ にある。",
            "Give the input option (--data, --nodes with --edges, or --graphml) as named in the Input row. The charts are in charts/ as PNG (300 dpi) and SVG."));
    }
}
