using System.Globalization;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>Sections 2–4: reach, single points of failure, propagation.</summary>
internal sealed partial class ReportDocument
{
    private void Reach()
    {
        ReachSection r = _m.Reach;
        H(2, 2);
        P(L($"{Name(r.Root)}から情報提供の流れ（{LayerJa(r.Layer)}）をたどり、各組織に情報が届く最も早い時刻をダイクストラ法で求めた。時刻は情報の発出からの経過時間である。",
            $"Following the {r.Layer} layer (the flow of information provision) from {Name(r.Root)}, the earliest arrival at each organisation was computed with Dijkstra's algorithm, in hours after the alert is issued."));
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { L("到達した組織（ノード）", "Organisations (nodes) reached"), $"{N(r.ReachedCount)} / {N(r.NodeCount)}"
                + (r.Conditional.Count == 0 ? "" : L($"（うち {N(r.Conditional.Count)} 件は条件付きでのみ届く：{string.Join("、", r.Conditional.Select(Name))}）", $" (of which {N(r.Conditional.Count)} only under a condition: {string.Join(", ", r.Conditional.Select(Name))})")) },
            new[] { L("到達した構成員", "Members reached"), $"{N(r.ReachedMembers)} / {N(r.TotalMembers)}" + L($"（{Pct(r.Share)}）", $" ({Pct(r.Share)})") },
        };
        foreach (ReachMilestone ms in r.Milestones)
        {
            string label = ms.Hours == 24
                ? L("当日中（24時間以内）に到達した構成員", "Members reached the same day (within 24 h)")
                : L($"{Num(ms.Hours, "0.##")} 時間以内に到達した構成員", $"Members reached within {Num(ms.Hours, "0.##")} h");
            rows.Add([label, $"{N(ms.Members)}" + L($"（{Pct(ms.Share)}）", $" ({Pct(ms.Share)})")]);
        }

        if (r.OutsideByUnit.Count > 0)
        {
            // outside recipients reached for certain and those reached only under a condition, in rows of their own
            static IReadOnlyList<MemberCount> Part(IEnumerable<(string Unit, long Count)> units) => units.Where(u => u.Count > 0).Select(u => new MemberCount(u.Unit, u.Count)).ToList();
            rows.Add([L("確実に届く構成員以外の情報展開先", "Outside recipients reached for certain"), Units(Part(r.OutsideByUnit.Select(u => (u.Unit, u.Reached))))]);
            if (r.OutsideByUnit.Any(u => u.Conditional > 0))
                rows.Add([L("条件付きでのみ届く構成員以外の情報展開先", "Outside recipients reached only under a condition"), Units(Part(r.OutsideByUnit.Select(u => (u.Unit, u.Conditional))))]);
            if (r.OutsideByUnit.Any(u => u.Total > u.Reached + u.Conditional))
                rows.Add([L("届かない構成員以外の情報展開先", "Outside recipients not reached"), Units(Part(r.OutsideByUnit.Select(u => (u.Unit, u.Total - u.Reached - u.Conditional))))]);
        }

        rows.Add([L("最後の構成員に届くまでの時間", "Time until the last member reached"), r.LastMemberHours is double last ? Hours(last) : "—"]);
        Table([L("指標", "Measure"), L("値", "Value")], rows, 1);
        if (r.DelaysAreAssumed)
        {
            Assumption(L("到達時間と図2は、伝達チャネル（メール、専用Web、電話など）ごとの遅延と到達確率の仮定値（defaults.yaml の計画値、実測ではない）に基づく。到達の有無は経路の有無による。",
                "Arrival times and figure 2 rest on assumed delays per channel (e-mail, portal, phone …; planning figures in defaults.yaml, not measured). Whether a node is reached depends only on the routes."));
        }

        if (r.ByUnit.Count > 0)
        {
            Table([Glossary.UnitHeading.Title(_lang), Glossary.Reached.Title(_lang), L("全体", "Total"), L("割合", "Share")],
                r.ByUnit.Select(u => (IReadOnlyList<string>)[UnitName(u.Unit), N(u.Reached), N(u.Total), Pct(u.Total > 0 ? (double)u.Reached / u.Total : 0)]), 1, 2, 3);
        }

        Figure("reach-time");

        H(3, L("2.1 情報が届かない組織", "2.1 Organisations not reached"), "s2-1");
        if (r.NotReached.Count == 0)
        {
            P(L("すべての組織に情報が届く。", "Every organisation is reached."));
            return;
        }

        var kinds = r.NotReachedByKind.Select(k => k.Kind).ToList();
        int Count(IReadOnlyList<NodeRef> nodes, string kind) => nodes.Count(n => n.Kind.Token() == kind);
        int NotInFlow(string kind) => r.NotInFlowByKind.Where(k => k.Kind == kind).Sum(k => k.Count);
        bool aggregate = r.CountedThroughAggregate.Count > 0;
        IReadOnlyList<string> head = [Glossary.KindHeading.Title(_lang), L("宛先なのに届かない", "Addressed but not reached"), L("この流れに含まれない", "Not part of this flow")];
        Table(aggregate ? [.. head, L("集計ノードを通じて届く", "Reached through their aggregate")] : head,
            kinds.Select(k => (IReadOnlyList<string>)(aggregate
                ? [KindName(k), N(Count(r.NotReachedAddressed, k)), N(NotInFlow(k)), N(Count(r.CountedThroughAggregate, k))]
                : [KindName(k), N(Count(r.NotReachedAddressed, k)), N(NotInFlow(k))])), 1, 2, 3);
        P(r.NotReachedAddressed.Count > 0
            ? L("この流れが宛先とする（情報提供のリンクが向かう）のに届かない組織：", "Organisations the flow is addressed to (a provision link leads to them) but that are not reached: ")
                + Joined(r.NotReachedAddressed.Select(Name), 40) + L("。", ".")
            : L($"この流れが宛先とする組織（情報提供のリンクが向かう組織）には、すべて情報が届く。",
                $"Every organisation the flow is addressed to (a {r.Layer} link leads to it) is reached."));
        int notInFlowTotal = r.NotInFlowByKind.Sum(k => k.Count);
        if (notInFlowTotal > 0)
        {
            P(L($"「この流れに含まれない」{N(notInFlowTotal)} 件は、情報提供のリンクがどこからも向かっていないノードである（データセットでは事務局・会員・連携などの別の関係で結ばれる）。情報が届かないのではなく、この情報提供の流れの宛先として記録されていない。",
                $"The {Of(notInFlowTotal, "node", "nodes")} “not part of this flow” have no {r.Layer} link leading to them (the dataset links them by other relations, such as secretariat, membership or partnership): they are not failures of delivery, they are not recorded as recipients of this flow."));
        }

        if (aggregate)
        {
            Note(L($"個別に名前の挙がる構成員 {N(r.CountedThroughAggregate.Count)} 件は、届いている集計ノードの数に含まれる。",
                $"The {Of(r.CountedThroughAggregate.Count, "named member is", "named members are")} counted in an aggregate node that is reached."));
        }
    }

    private void Spof()
    {
        SpofSection s = _m.Spof;
        H(2, 3);
        P(L($"{Name(s.Root)}からの情報提供の経路（{LayerJa(s.Layer)}）で、1つの組織またはリンクが停止したときに情報が届かなくなる範囲を、支配木（Lengauer–Tarjan法）から求めた。",
            $"On the provision routes from {Name(s.Root)} ({s.Layer}), what one failing organisation or link cuts off was computed from the dominator tree (Lengauer–Tarjan)."));

        H(3, L($"3.1 組織の停止による影響（上位 {_m.Options.TopN} 件）", $"3.1 Impact of one organisation failing (top {_m.Options.TopN})"), "s3-1");
        if (s.NodeImpact.Count == 0)
        {
            P(L("停止により他の組織に情報が届かなくなる組織はない。", "No single organisation's failure cuts anyone off."));
        }
        else
        {
            bool outside = _m.Overview.ExternalByUnit.Count > 0;
            IReadOnlyList<string> head = ["#", Glossary.Organisation.Title(_lang), Glossary.KindHeading.Title(_lang), L("届かなくなる組織", "Organisations cut off"), MembersCutOffHeader()];
            Table(outside ? [.. head, L("届かなくなる構成員以外の情報展開先", "Outside recipients cut off")] : head,
                s.NodeImpact.Select((x, i) => (IReadOnlyList<string>)(outside
                    ? [N(i + 1), Name(x.Node), KindName(x.Node.Kind.Token()), N(x.ReachLost), Total(x.MembersLost, x.MembersByUnit), Outside(x.OutsideRecipientsLost, x.OutsideByUnit, x.ConditionalOutsideByUnit)]
                    : [N(i + 1), Name(x.Node), KindName(x.Node.Kind.Token()), N(x.ReachLost), Total(x.MembersLost, x.MembersByUnit)])), 0, 3, 4, 5);
            if (outside)
            {
                Note(L("構成員以外の情報展開先（CEPTOARや構成員が情報を展開する先で、構成員ではない事業者など）は構成員に加えず、別の列に示す。単位の異なる数を足した値は延べ組織数であり、内訳を括弧内に示す。",
                    "Recipients outside the membership (operators a CEPTOAR or its members pass information on to) are not added to the members but shown in a column of their own. A sum over different units is a total count of organisations of different kinds; the parts are in brackets."));
                if (_m.Reach.Conditional.Count > 0)
                {
                    Note(L($"「（条件付き）」を付けた数は、情報を伝えるかどうかが内容によって決まる展開先（{string.Join("、", _m.Reach.Conditional.Select(Name))}）であり、確実に届く数には加えない。",
                        $"Counts marked “(conditional)” are recipients that are passed information only depending on its content ({string.Join(", ", _m.Reach.Conditional.Select(Name))}); they are not added to the certain counts."));
                }
            }
            P(L($"停止すると誰かに情報が届かなくなる組織は全部で {N(s.NodeImpactCount)} 件。", $"{Of(s.NodeImpactCount, "organisation cuts", "organisations cut")} someone off when {(s.NodeImpactCount == 1 ? "it fails" : "they fail")}."));
            if (s.OutsideBeyondTop.Count > 0)
                P(L($"上位 {_m.Options.TopN} 件の外にも、停止すると構成員以外の情報展開先に情報が届かなくなる組織がある：",
                        $"Beyond the top {_m.Options.TopN}, these organisations also cut off outside recipients when they fail: ")
                    + string.Join(L("、", "; "), s.OutsideBeyondTop.Select(x => $"{Name(x.Node)}" + L($"（{Outside(x.OutsideRecipientsLost, x.OutsideByUnit, x.ConditionalOutsideByUnit, inBrackets: true)}）", $": {Outside(x.OutsideRecipientsLost, x.OutsideByUnit, x.ConditionalOutsideByUnit, inBrackets: true)}")))
                    + L("。", "."));
            Figure("node-impact");
        }

        H(3, L($"3.2 リンクの停止による影響（上位 {_m.Options.TopN} 本）", $"3.2 Impact of one link failing (top {_m.Options.TopN})"), "s3-2");
        if (s.LinkImpact.Count == 0)
        {
            P(L("停止により他の組織に情報が届かなくなるリンクはない。", "No single link's failure cuts anyone off."));
        }
        else
        {
            bool outside = _m.Overview.ExternalByUnit.Count > 0;
            IReadOnlyList<string> head = ["#", L("リンク（送り手 → 受け手）", "Link (sender → recipient)"), L("届かなくなる組織", "Organisations cut off"), MembersCutOffHeader()];
            Table(outside ? [.. head, L("届かなくなる構成員以外の情報展開先", "Outside recipients cut off")] : head,
                s.LinkImpact.Select((x, i) => (IReadOnlyList<string>)(outside
                    ? [N(i + 1), $"{Name(x.From)} → {Name(x.To)}", N(x.ReachLost), Total(x.MembersLost, x.MembersByUnit), Outside(x.OutsideRecipientsLost, x.OutsideByUnit, x.ConditionalOutsideByUnit)]
                    : [N(i + 1), $"{Name(x.From)} → {Name(x.To)}", N(x.ReachLost), Total(x.MembersLost, x.MembersByUnit)])), 0, 2, 3, 4);
            P(L($"停止すると誰かに情報が届かなくなるリンクは全部で {N(s.LinkImpactCount)} 本。", $"{Of(s.LinkImpactCount, "link cuts", "links cut")} someone off when {(s.LinkImpactCount == 1 ? "it fails" : "they fail")}."));
        }

        H(3, L("3.3 関節点と橋", "3.3 Articulation points and bridges"), "s3-3");
        P(L($"向きを無視したグラフで、取り除くとグラフが分断される組織（関節点）は {N(s.ArticulationPoints.Count)} 件、リンク（橋）は {N(s.Bridges.Count)} 本（Hopcroft–Tarjan法）。向きを考えると、強連結成分は {N(s.StrongComponentCount)} 個、強関節点は {N(s.StrongArticulationPointCount)} 件、強橋は {N(s.StrongBridgeCount)} 本（Italiano–Laura–Santaroni法）。",
            $"Ignoring direction, {Of(s.ArticulationPoints.Count, "organisation (articulation point)", "organisations (articulation points)")} and {Of(s.Bridges.Count, "link (bridge)", "links (bridges)")} disconnect the graph when removed (Hopcroft–Tarjan). With direction, the layer has {Of(s.StrongComponentCount, "strongly connected component", "strongly connected components")}, {Of(s.StrongArticulationPointCount, "strong articulation point", "strong articulation points")} and {Of(s.StrongBridgeCount, "strong bridge", "strong bridges")} (Italiano–Laura–Santaroni)."));
        if (s.ArticulationPoints.Count > 0)
        {
            P(L("関節点（影響の大きい順）：", "Articulation points (largest impact first): ") + Joined(s.ArticulationPoints.Select(Name), 40) + L("。", "."));
            P(L("関節点は向きを無視した結びつきの切れ目であり、単一障害点（3.1、図5：情報提供の向きに沿って、起点から届いている先が届かなくなる組織）とは一致しない。",
                "An articulation point is a cut in the connections regardless of direction; it is not the same as a single point of failure (3.1, figure 5: an organisation whose failure, along the direction of provision, cuts off someone the source reaches)."));
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
            P(L($"{Name(s.Root)}から各{HubWord}への、途中の組織を共有しない経路（点素な経路）の数。メンガーの定理により、これは経路を断つために停止させる必要のある組織の最小数に等しい（最大流で計算）。",
                $"The number of routes from {Name(s.Root)} to each {HubWord} that share no intermediate organisation (vertex-disjoint paths). By Menger's theorem it equals the fewest organisations whose failure cuts every route (computed as a maximum flow)."));
            Table([L("点素な経路の数", "Disjoint routes"), L($"{HubWord}の数", $"{HubWord}s")],
                s.Redundancy.GroupBy(r => r.DisjointPaths).OrderBy(g => g.Key).Select(g => (IReadOnlyList<string>)[N(g.Key), N(g.Count())]), 0, 1);
            var single = s.Redundancy.Where(r => r.DisjointPaths == 1).ToList();
            var none = s.Redundancy.Where(r => r.DisjointPaths == 0).ToList();
            P(single.Count > 0
                ? L($"経路が1本のみの{HubWord}（{N(single.Count)} 件）：", $"{HubWord}s with a single route ({N(single.Count)}): ") + Joined(single.Select(r => Name(r.Target)), 60) + L("。", ".")
                : L($"経路が1本のみの{HubWord}はない。", $"No {HubWord} has a single route."));
            var singleDirect = single.Where(r => r.Direct).ToList();
            var singleVia = single.Where(r => !r.Direct).ToList();
            if (singleVia.Count > 0)
            {
                P(L($"このうち他の組織を経由する {N(singleVia.Count)} 件（{Joined(singleVia.Select(r => Name(r.Target)), 60)}）は、途中に停止すると届かなくなる組織が少なくとも1つある（単一障害点）。",
                    $"Of these, {(singleVia.Count == 1 ? "the one" : $"the {N(singleVia.Count)}")} reached through other organisations ({Joined(singleVia.Select(r => Name(r.Target)), 60)}) {(singleVia.Count == 1 ? "has" : "have")} at least one organisation on the way whose failure cuts {(singleVia.Count == 1 ? "it" : "them")} off (a single point of failure)."));
            }

            if (singleDirect.Count > 0)
            {
                P(L($"{Name(s.Root)}から直接届く {N(singleDirect.Count)} 件（{Joined(singleDirect.Select(r => Name(r.Target)), 60)}）は途中に組織がなく、そのリンク1本の断絶でのみ届かなくなる（組織の単一障害点はない）。",
                    $"{(singleDirect.Count == 1 ? "The one" : $"The {N(singleDirect.Count)}")} reached directly from {Name(s.Root)} ({Joined(singleDirect.Select(r => Name(r.Target)), 60)}) {(singleDirect.Count == 1 ? "has" : "have")} no organisation on the way: only the failure of {(singleDirect.Count == 1 ? "that one link cuts it" : "its one link cuts each")} off (no organisational single point of failure)."));
            }
            if (none.Count > 0)
            {
                P(L($"経路がない{HubWord}（{N(none.Count)} 件）：", $"{HubWord}s with no route ({N(none.Count)}): ") + Joined(none.Select(r => Name(r.Target)), 60) + L("。", "."));
            }

            Figure("redundancy");
        }

        H(3, L("3.5 ネットワーク図", "3.5 Network diagram"), "s3-5");
        P(L($"{Name(s.Root)} → 所管省庁 → {HubWord} → 構成員の層で描いた。朱色の輪は単一障害点（停止すると、起点から情報が届いている組織または構成員の集まりの少なくとも1つに届かなくなる組織。起点自身は含まない）。構成員の層で多数のノードは「その他」にまとめた。",
            $"Drawn in layers {Name(s.Root)} → ministries → {HubWord}s → members. Vermillion rings mark single points of failure (organisations whose failure cuts off at least one organisation or member group the source reaches; not the source itself). Crowded member layers are merged into “other” nodes."));
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

        P(L($"分野間の依存関係（{LayerJa(p.Layer)}。依存される分野から依存する分野へ、障害が伝わる向き）で、分野の停止が他の分野に波及する様子を調べた。",
            $"On the dependency layer ({p.Layer}, oriented from supplier to dependant, the way a failure travels), how a sector's outage spreads to other sectors."));

        H(3, L("4.1 分野間の依存関係", "4.1 Inter-sector dependencies"), "s4-1");
        DependencyAssumption();
        P(L($"行は依存する分野、列は依存される（供給する）分野、値は依存の強さ（依存する分野の投入に占める割合、0〜1）。非ゼロの組は {N(p.DependencyEdgeCount)} 組。",
            $"Rows are the dependent sectors, columns the supplying sectors; values are the strength (the supplier's share of the dependant's inputs, 0–1). {Of(p.DependencyEdgeCount, "pair is", "pairs are")} non-zero."));
        CellBases(p);
        Figure("dependency");

        H(3, L("4.2 分野の停止による機能障害の確率", "4.2 Failure probability after a sector outage"), "s4-2");
        DependencyAssumption();
        (double halfWidth, int digits) = CascadePrecision(p);
        string unit = digits >= 1 ? "0.1%" : digits == 0 ? "1%" : "10%";
        string digitsJa = $"試行回数による95%区間の半幅は最大 {PrintedPrecision.HalfWidth(halfWidth)} ポイントで、表示の最小桁（{unit}）より小さい。";
        string digitsEn = $"The 95% half-width from the number of runs is at most {PrintedPrecision.HalfWidth(halfWidth)} points, below the last printed digit ({unit}).";
        if (p.Uncertainty is null)
        {
            P(L($"独立カスケードモデル（Kempe–Kleinberg–Tardos）を {N(p.Runs)} 回試行（乱数シード {p.Seed}）。各分野が機能障害となった試行の割合と、その95%区間（Wilsonの方法）を示す。" + digitsJa,
                $"Independent cascade model (Kempe–Kleinberg–Tardos), {N(p.Runs)} runs (seed {p.Seed}). The share of runs in which each sector fails, with its 95% interval (Wilson). " + digitsEn));
        }
        else
        {
            UncertaintyMethod(p);
            P(L(digitsJa, digitsEn));
        }
        string Pr(double share) => PrintedPrecision.Percent(share, digits);

        var headers = new List<string> { Glossary.Sector.Title(_lang) };
        headers.AddRange(p.Outcomes.Select(o => L($"{Name(o.Origin)}の停止後", $"{Name(o.Origin)} outage")));
        int sectorCount = p.Outcomes[0].Sectors.Count;
        var rows = new List<IReadOnlyList<string>>();
        for (int i = 0; i < sectorCount; i++)
        {
            var row = new List<string> { Name(p.Outcomes[0].Sectors[i].Sector) };
            foreach (CascadeOutcome o in p.Outcomes)
            {
                SectorProbability sp = o.Sectors[i];
                (double lo, double hi) = p.Uncertainty is { } u ? Range(u, o, i, sp.Probability) : (sp.Low, sp.High);
                row.Add(sp.Sector.Id == o.Origin.Id
                    ? L("（起点）", "(origin)")
                    : $"{Pr(sp.Probability)}" + L($"（{Pr(lo)}–{Pr(hi)}）", $" ({Pr(lo)}–{Pr(hi)})"));
            }

            rows.Add(row);
        }

        Table(headers, rows, Enumerable.Range(1, p.Outcomes.Count).ToArray());
        foreach (CascadeOutcome o in p.Outcomes)
        {
            int meanDigits = PrintedPrecision.Decimals(WilsonInterval.Z95 * o.StdevFailed / Math.Sqrt(p.Runs), 2);
            string mean = PrintedPrecision.Format(o.MeanFailed, meanDigits);
            // the mean counts every failed node of the layer: the origin, the other sectors and the shared resources;
            // the sectors alone are the sum of the table's probabilities, so both numbers are shown with what they count
            double sectors = o.Sectors.Where(sp => sp.Sector.Id != o.Origin.Id).Sum(sp => sp.Probability);
            double others = o.MeanFailed - 1 - sectors;
            string parts = PrintedPrecision.Format(sectors, meanDigits), rest = PrintedPrecision.Format(Math.Max(0, others), meanDigits);
            P(L($"{Name(o.Origin)}の停止：機能障害となるノード数は平均 {mean}（標準偏差 {Num(o.StdevFailed, "0.0")}、5〜95パーセンタイル {Num(o.P5, "0.##")}〜{Num(o.P95, "0.##")}）。この数は起点の{Name(o.Origin)}自身（1）、他の分野（平均 {parts}、表の確率の和）" + (others > 0.05 ? $"、分野以外の共通資源などのノード（平均 {rest}）" : "") + "を合わせたものである。",
                $"{Name(o.Origin)} outage: failed nodes per run mean {mean} (sd {Num(o.StdevFailed, "0.0")}, 5th–95th percentile {Num(o.P5, "0.##")}–{Num(o.P95, "0.##")}). This counts the origin itself (1), the other sectors (mean {parts}, the sum of the table's probabilities)" + (others > 0.05 ? $" and nodes other than sectors, such as shared resources (mean {rest})" : "") + "."));
        }

        Note(L("独立カスケードモデルでは、依存先の障害が一度でも伝われば機能障害とみなす（部分的な影響も数える）。確率は依存関係の仮定値に強く左右され、上限寄りの見積りとして読む。",
            "In the independent cascade model one successful transmission fails a sector (partial effects count as failure). The probabilities follow the assumed dependency values closely; read them as an upper-leaning estimate."));
        Figure("cascade");
        if (p.Uncertainty is { } pu)
        {
            Drivers(pu);
        }

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

        if (p.Uncertainty is { } robust)
        {
            Robustness(robust);
        }
    }

    /// <summary>The largest 95 % half-width of the printed cascade probabilities (points) and the decimals it supports; one rule for 4.2 and section 6.</summary>
    private static (double HalfWidth, int Digits) CascadePrecision(PropagationSection p)
    {
        var printed = p.Outcomes.SelectMany(o => o.Sectors.Where(sp => sp.Sector.Id != o.Origin.Id).Select(sp => (sp.Low, sp.High))).ToList();
        double halfWidth = PrintedPrecision.MaxHalfWidthPoints(printed);
        return (halfWidth, PrintedPrecision.Decimals(halfWidth));
    }

    /// <summary>
    /// A layer as the Japanese body text names it: never the layer's id (<c>shares_with:provide</c>), which appendix B
    /// records for reproduction; a generic graph's own layer is described, not named.
    /// </summary>
    private static string LayerJa(string layer) => layer switch
    {
        "shares_with:provide" => "NISC→所管省庁→CEPTOAR→構成員の情報提供リンク",
        "shares_with:report" => "構成員から上への情報連絡リンク",
        "shares_with" => "情報提供と情報連絡のリンク",
        "depends_on,supplies" or "depends_on" or "supplies" => "分野間の依存・供給リンク",
        "all" => "すべてのリンク",
        _ => "付録Bに示すリンク",
    };

    /// <summary>Which cells of the dependency matrix rest on survey answers and which are still assumed (from the edges' provenance).</summary>
    private void CellBases(PropagationSection p)
    {
        if (p.Cells.Count == 0) return;
        var survey = p.Cells.Where(c => c.Basis == Basis.Survey).ToList();
        int assumed = p.Cells.Count(c => c.Basis == Basis.Assumption), scenario = p.Cells.Count(c => c.Basis == Basis.Scenario);
        int other = p.Cells.Count - survey.Count - assumed - scenario;
        P(L($"非ゼロの組 {N(p.Cells.Count)} 組のうち、相互依存性調査の回答に基づく組は {N(survey.Count)}、仮定の組は {N(assumed)}" + (scenario > 0 ? $"、シナリオで変えた組は {N(scenario)}" : "") + (other > 0 ? $"、出典・入力データに基づく組は {N(other)}" : "") + "（各組の根拠はリンクの出典の区分による。付録A）。",
            $"Of the {N(p.Cells.Count)} non-zero cells, {N(survey.Count)} rest on answers to the interdependency survey and {N(assumed)} are still assumed" + (scenario > 0 ? $", {N(scenario)} changed by a scenario" : "") + (other > 0 ? $", {N(other)} rest on the source or input data" : "") + " (each cell's basis comes from its links' provenance; appendix A)."));
        if (survey.Count is > 0 and <= 40)
            P(L("調査に基づく組（供給する分野 → 依存する分野）：", "Survey-based cells (supplier → dependant): ")
                + string.Join(L("、", ", "), survey.Select(c => $"{Name(c.Supplier)} → {Name(c.Dependant)}")) + L("。", "."));
    }
}
