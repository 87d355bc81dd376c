using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>Section 6: the terms and methods in plain words, each with one example computed from the loaded data.</summary>
internal sealed partial class ReportDocument
{
    private void Terms()
    {
        H(2, 6);
        P(L("本報告で用いる用語と手法を、それぞれ一文で説明し、読み込んだデータから求めた例を添える。文献は第5節に示す。",
            "Each term and method this report uses, in one sentence, with an example computed from the loaded data. The references are in section 5."));
        var rows = new List<IReadOnlyList<string>>();
        void Row(string ja, string en, string meaningJa, string meaningEn, string example) => rows.Add([L(ja, en), L(meaningJa, meaningEn), example]);

        ReachSection r = _m.Reach;
        Row("到達時間", "Arrival time",
            "起点から情報提供のリンクをたどり、各組織に最も早く情報が届くまでの時間（リンクごとの遅延の和が最小となる経路による。ダイクストラ法）。",
            "The earliest time an alert from the source reaches an organisation along the provision links (the route with the smallest sum of link delays; Dijkstra's algorithm).",
            r.LastMemberHours is double last
                ? L($"{Name(r.Root)}から最後の構成員に届くまで {Hours(last)}" + (r.DelaysAreAssumed ? "（仮定した遅延による）。" : "。"),
                    $"{Hours(last)} from {Name(r.Root)} until the last member is reached" + (r.DelaysAreAssumed ? " (on assumed delays)." : "."))
                : L("この入力では起点から届く構成員がなく、例を示せない。", "No member is reached from the source in this input, so there is no example."));

        TermsSection? t = _m.Terms;
        Row("関節点", "Articulation point",
            "リンクの向きを無視したつながりで、取り除くとネットワークが二つ以上に分かれる組織。",
            "An organisation whose removal splits the network in two or more parts, ignoring the direction of links.",
            t?.ArticulationPoint is { } ap
                ? L($"{Name(ap)}を取り除くと、{CutOffNames(t.ArticulationCutOff)}が起点とつながらなくなる。",
                    $"Removing {Name(ap)} separates {CutOffNames(t.ArticulationCutOff)} from the source.")
                : L("この入力には起点以外の関節点がない。", "This input has no articulation point other than the source."));
        Row("橋", "Bridge",
            "リンクの向きを無視したつながりで、取り除くとネットワークが二つに分かれるリンク。",
            "A link whose removal splits the network in two, ignoring the direction of links.",
            t?.Bridge is { } b
                ? L($"{Name(b.Kept)}と{Name(b.Cut)}を結ぶリンクを取り除くと、{Name(b.Cut)}" + (t.BridgeCutOff > 1 ? $"を含む {N(t.BridgeCutOff)} 件" : "") + "が起点とつながらなくなる。",
                    $"Removing the link between {Name(b.Kept)} and {Name(b.Cut)} separates " + (t.BridgeCutOff > 1 ? $"{N(t.BridgeCutOff)} nodes, {Name(b.Cut)} among them," : Name(b.Cut)) + " from the source.")
                : L("この入力には起点とつながる橋がない。", "This input has no bridge on the source's side of the network."));
        Row("支配木", "Dominator tree",
            "起点からある組織へのどの経路も必ず通る組織を、その組織の「支配点」と呼ぶ。支配点の関係を木の形にまとめたものが支配木で、支配点が停止するとその先には情報が届かない（第3節の影響はこれから求めた）。",
            "An organisation dominates another when every route from the source to the latter passes through it; the dominator tree arranges these relations as a tree. When a dominator fails, nothing beyond it is reached (section 3's impacts are computed from it).",
            t?.Dominated is { } d
                ? L($"{Name(d)}へのすべての経路は{string.Join("、", t.Dominators.Reverse().Select(Name))}を通る。",
                    $"Every route to {Name(d)} passes through {string.Join(", ", t.Dominators.Reverse().Select(Name))}.")
                : L("この入力では、起点以外の組織を必ず通って届く組織はない。", "In this input no organisation is reached only through another one besides the source."));
        Row("点素な経路", "Vertex-disjoint routes",
            "途中の組織を共有しない経路。その本数は、届かなくするために停止させる必要のある組織の最小数に等しい（メンガーの定理）。",
            "Routes that share no intermediate organisation. Their number equals the fewest organisations that must fail to cut every route (Menger's theorem).",
            t?.MostRoutes is { } mr
                ? mr.DisjointPaths >= 2
                    ? L($"{Name(mr.Target)}への点素な経路は {N(mr.DisjointPaths)} 本あり、途中の組織が {N(mr.DisjointPaths - 1)} つ停止しても届く。",
                        $"{Name(mr.Target)} has {N(mr.DisjointPaths)} disjoint routes: it is still reached when {N(mr.DisjointPaths - 1)} intermediate {(mr.DisjointPaths == 2 ? "organisation fails" : "organisations fail")}.")
                    : L($"この入力では、どの{HubWord}への点素な経路も {N(mr.DisjointPaths)} 本以下である。", $"In this input no {HubWord} has more than {Of(mr.DisjointPaths, "disjoint route", "disjoint routes")}.")
                : L($"この入力には経路を数える{HubWord}がない。", $"This input has no {HubWord} to count routes to."));
        Row("強連結成分", "Strongly connected component",
            "リンクの向きに沿って互いに行き来できる組織の集まり。",
            "A group of organisations that can all reach one another along the direction of the links.",
            t is null ? "—"
            : t.LargestStrongComponent.Count > 0
                ? L($"情報提供のリンクでは成分は {N(t.StrongComponentCount)} 個あり、最大のものは{Joined(t.LargestStrongComponent.Select(Name), 5)}の {N(t.LargestStrongComponent.Count)} 組織からなる。",
                    $"The provision links form {Of(t.StrongComponentCount, "component", "components")}; the largest holds {Of(t.LargestStrongComponent.Count, "organisation", "organisations")}: {Joined(t.LargestStrongComponent.Select(Name), 5)}.")
                : L($"情報提供のリンクでは成分は {N(t.StrongComponentCount)} 個で、どれも1組織のみからなる（互いに行き来できる組織の組はない）。",
                    $"The provision links form {Of(t.StrongComponentCount, "component", "components")}, each of a single organisation (no two organisations reach each other)."));

        PropagationSection p = _m.Propagation;
        CascadeOutcome? first = p.Available && p.Outcomes.Count > 0 ? p.Outcomes[0] : null;
        SectorProbability? top = first?.Sectors.Where(s => s.Sector.Id != first.Origin.Id).OrderByDescending(s => s.Probability).ThenBy(s => s.Sector.Id, StringComparer.Ordinal).FirstOrDefault();
        Row("独立カスケードモデル", "Independent cascade model",
            "停止した分野から、それに依存する分野へ、依存関係ごとに定めた確率で一度だけ障害が伝わるとするモデル。これを多数回試行し、各分野が機能障害となった試行の割合を確率とする。",
            "A model in which a failed sector passes its failure once to each sector depending on it, with the probability set for that dependency; over many runs, the share of runs in which a sector fails is its probability.",
            first is not null && top is not null
                ? L($"{Name(first.Origin)}の停止後、{Name(top.Sector)}が機能障害となる確率は {PrintedPrecision.Percent(top.Probability, CascadePrecision(p).Digits)}（4.2節、仮定に基づく）。",
                    $"After an outage of {Name(first.Origin)}, {Name(top.Sector)} fails with probability {PrintedPrecision.Percent(top.Probability, CascadePrecision(p).Digits)} (4.2, resting on assumptions).")
                : L("この入力には分野間の依存関係がなく、例を示せない。", "This input has no inter-sector dependencies, so there is no example."));
        string origin = first is null ? "" : Name(first.Origin);
        Row("線形閾値モデル", "Linear threshold model",
            $"ある分野が依存する強さの合計のうち、停止した依存先の占める割合が閾値（{Num(_m.Options.Threshold, "0.##")}）以上になったときに機能障害となるとするモデル。確率を使わず、結果は一通りに決まる。",
            $"A model in which a sector fails once the failed suppliers hold at least the threshold share ({Num(_m.Options.Threshold, "0.##")}) of the total strength it depends on. It uses no probabilities, so it has a single outcome.",
            first is null ? L("この入力には分野間の依存関係がなく、例を示せない。", "This input has no inter-sector dependencies, so there is no example.")
            : p.ThresholdFailed.Count > 0
                ? L($"{origin}の停止で、{Name(p.ThresholdFailed[0].Sector)}が {Hours(p.ThresholdFailed[0].Hours)}後に機能障害となる（4.3節、仮定に基づく）。",
                    $"After an outage of {origin}, {Name(p.ThresholdFailed[0].Sector)} fails after {Hours(p.ThresholdFailed[0].Hours)} (4.3, resting on assumptions).")
                : L($"{origin}の停止では、閾値に達する分野はない（4.3節）。", $"After an outage of {origin}, no sector reaches the threshold (4.3)."));
        Table([L("用語", "Term"), L("意味", "Meaning"), L("このデータでの例", "Example in this data")], rows);
    }

    /// <summary>Up to three names of what is cut off, and how many in all: 「A、B ほか 3 件（計 5 件）」.</summary>
    private string CutOffNames(IReadOnlyList<NodeRef> cut) =>
        cut.Count <= 3
            ? string.Join(L("、", ", "), cut.Select(Name))
            : L($"{string.Join("、", cut.Take(3).Select(Name))}など {N(cut.Count)} 件", $"{N(cut.Count)} nodes, among them {string.Join(", ", cut.Take(3).Select(Name))},");
}
