using System.Globalization;
using Depgraph.Analysis.Comparison;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>Sections 7 onwards: the base against each what-if scenario (<c>report --scenario</c>), side by side.</summary>
internal sealed partial class ReportDocument
{
    /// <summary>Rows per list of a scenario section.</summary>
    private const int ScenarioRows = 20;

    private void Scenarios()
    {
        for (int i = 0; i < _m.Scenarios.Count; i++)
        {
            Scenario(_m.Scenarios[i], SectionHeadings.Count - 2 + i, ScenarioCharts.Name(i));
        }
    }

    private void Scenario(ScenarioSection s, int number, string chart)
    {
        ReportScenario sc = s.Scenario;
        ScenarioComparisonResult r = s.Result;
        string no = number.ToString(CultureInfo.InvariantCulture);
        H(2, L($"{no}. シナリオとの比較：{sc.Name}", $"{no}. Scenario compared with the base: {sc.Name}"), "s" + no);
        P(L($"読み込んだデータ（基準）と、シナリオ「{sc.Name}」（{sc.File}）を適用したデータを、同じ起点・同じ条件で比べた。" + (sc.Description.Length > 0 ? $"シナリオの説明：{sc.Description}" + (sc.Description.EndsWith('。') ? "" : "。") : ""),
            $"The loaded data (the base) and the data with scenario “{sc.Name}” ({sc.File}) applied, compared from the same source under the same conditions." + (sc.Description.Length > 0 ? $" The scenario says: {sc.Description}" + (sc.Description.EndsWith('.') ? "" : ".") : "")));
        Note(L("シナリオによる変更は検討のための仮定であり、資料の根拠はない（付録Aの出典の区分には含めない）。",
            "The scenario's changes are assumptions made for the comparison, with no support in the source document (not counted in appendix A)."));

        H(3, L($"{no}.1 変更の内容", $"{no}.1 What the scenario changes"), $"s{no}-1");
        Table([L("行", "Line"), L("変更", "Change")], sc.Edits.Select(e => (IReadOnlyList<string>)[N(e.Line), Edit(s, e)]), 0);

        H(3, L($"{no}.2 情報の到達と単一障害点", $"{no}.2 Reach and single points of failure"), $"s{no}-2");
        Table([L("指標", "Measure"), L("基準", "Base"), L("シナリオ", "Scenario")],
        [
            [L("到達した組織（ノード）", "Organisations (nodes) reached"), N(r.ReachedBase), N(r.ReachedScenario)],
            [L("到達した構成員", "Members reached"), N(r.MembersBase), N(r.MembersScenario)],
        ], 1, 2);
        if (r.IsUnchanged)
        {
            P(L("基準とシナリオの間に差はない。", "Nothing differs between the base and the scenario."));
            return;
        }

        // an organisation the scenario removes is named as such, so 「届かなくなる」 and 「関節点でなくなる」 do not mislead
        string Removed(string id) => sc.Dataset.Find(id) is null ? L("（シナリオで除いた組織）", " (removed by the scenario)") : "";
        string Names(IEnumerable<string> ids) => Joined(ids.Select(id => Name(s.Ref(id)) + Removed(id)), ScenarioRows);
        P(r.Lost.Count > 0
            ? L($"シナリオで届かなくなる組織（{N(r.Lost.Count)} 件）：{Names(r.Lost)}。", $"No longer reached in the scenario ({N(r.Lost.Count)}): {Names(r.Lost)}.")
            : L("シナリオで届かなくなる組織はない。", "No organisation stops being reached in the scenario."));
        if (r.Gained.Count > 0)
            P(L($"シナリオで新たに届く組織（{N(r.Gained.Count)} 件）：{Names(r.Gained)}。", $"Newly reached in the scenario ({N(r.Gained.Count)}): {Names(r.Gained)}."));
        if (r.ArrivalChanged.Count > 0)
            Table([Glossary.Organisation.Title(_lang), L("到達時間（基準）", "Arrival (base)"), L("到達時間（シナリオ）", "Arrival (scenario)")],
                r.ArrivalChanged.Take(ScenarioRows).Select(a => (IReadOnlyList<string>)[Name(s.Ref(a.Id)), Hours(a.Base), Hours(a.Scenario)]), 1, 2);
        if (r.Redundancy.Count > 0)
            Table([HubWord, L("点素な経路の数（基準）", "Disjoint routes (base)"), L("点素な経路の数（シナリオ）", "Disjoint routes (scenario)")],
                r.Redundancy.Take(ScenarioRows).Select(x => (IReadOnlyList<string>)[Name(s.Ref(x.Id)), N(x.Base), N(x.Scenario)]), 1, 2);
        if (r.ArticulationPointsAdded.Count > 0)
            P(L($"シナリオで新たに関節点となる組織：{Names(r.ArticulationPointsAdded)}。", $"New articulation points in the scenario: {Names(r.ArticulationPointsAdded)}."));
        if (r.ArticulationPointsRemoved.Count > 0)
            P(L($"シナリオで関節点でなくなる組織：{Names(r.ArticulationPointsRemoved)}。", $"No longer articulation points in the scenario: {Names(r.ArticulationPointsRemoved)}."));
        if (r.NodeImpact.Count > 0)
        {
            string Cut(ImpactCounts? c) => c is { } x ? N(x.Members) : L("（シナリオにない）", "(not in the scenario)");
            Table([Glossary.Organisation.Title(_lang), L("停止で届かなくなる構成員（基準）", "Members cut off if it fails (base)"), L("同（シナリオ）", "Same (scenario)")],
                r.NodeImpact.OrderByDescending(x => Math.Abs((x.Scenario?.Members ?? 0) - (x.Base?.Members ?? 0))).ThenBy(x => x.Id, StringComparer.Ordinal)
                    .Take(ScenarioRows).Select(x => (IReadOnlyList<string>)[Name(s.Ref(x.Id)), Cut(x.Base), Cut(x.Scenario)]), 1, 2);
            if (r.NodeImpact.Count > ScenarioRows)
                Note(L($"差の大きい {ScenarioRows} 件のみ示す（全 {N(r.NodeImpact.Count)} 件）。", $"The {ScenarioRows} largest of {N(r.NodeImpact.Count)} changes are shown."));
        }

        if (s.CascadeOrigin is { } origin)
        {
            H(3, L($"{no}.3 {Name(origin)}の停止による障害の波及", $"{no}.3 Propagation after an outage of {Name(origin)}"), $"s{no}-3");
            DependencyAssumption();
            var changed = r.Cascade.Where(x => x.Difference != 0 && x.Id != origin.Id).ToList();
            if (changed.Count == 0)
            {
                P(L($"シナリオは{Name(origin)}の停止後の障害確率を変えない（共通乱数による {N(r.Runs)} 回の試行で、差はすべて 0）。",
                    $"The scenario does not change the failure probabilities after an outage of {Name(origin)} (all differences are 0 over {N(r.Runs)} runs with common random numbers)."));
            }
            else
            {
                // the same random draw for the same link in base and scenario, so the difference is far more precise than either probability
                int probDigits = PrintedPrecision.Decimals(WilsonInterval.Z95 * Math.Sqrt(0.25 / r.Runs) * 100);
                // at least one decimal, so the (narrow) interval of the difference is visible
                int diffDigits = Math.Max(1, PrintedPrecision.PercentDecimals(changed.Select(x => (x.Ci95Low, x.Ci95High))));
                string Points(double d) => (d > 0 ? "+" : d < 0 ? "−" : "") + PrintedPrecision.Format(Math.Abs(d) * 100, diffDigits);
                P(L($"独立カスケードモデルを基準とシナリオで同じ乱数（共通乱数）により {N(r.Runs)} 回ずつ試行した（乱数シード {r.Seed}）。差の括弧内は差の95%区間で、単位はポイント。",
                    $"The independent cascade model, {N(r.Runs)} runs each for base and scenario with the same random draws (common random numbers, seed {r.Seed}). The bracket after a difference is its 95% interval, in points."));
                Table([Glossary.Sector.Title(_lang), L("基準", "Base"), L("シナリオ", "Scenario"), L("差（ポイント）", "Difference (points)")],
                    changed.Take(ScenarioRows).Select(x => (IReadOnlyList<string>)[Name(s.Ref(x.Id)), PrintedPrecision.Percent(x.Base, probDigits), PrintedPrecision.Percent(x.Scenario, probDigits),
                        Points(x.Difference) + L($"（{Points(x.Ci95Low)}〜{Points(x.Ci95High)}）", $" ({Points(x.Ci95Low)} to {Points(x.Ci95High)})")]), 1, 2, 3);
            }
        }

        Figure(chart);
    }

    /// <summary>One scenario line in the report's language, with names, never ids or the loader's English wording.</summary>
    private string Edit(ScenarioSection s, ScenarioEdit e)
    {
        string Count(int n) => L($"（{N(n)} 本）", $" ({Of(n, "link", "links")})");
        string links = Links(e, e.Source is null ? null : Name(s.Ref(e.Source)), e.Target is null ? null : Name(s.Ref(e.Target)));
        return e.Kind switch
        {
            ScenarioEditKind.RemoveNode => L($"{Name(s.Ref(e.Source!))}が機能しない（この組織とそのリンク {N(e.Count)} 本を除く）", $"{Name(s.Ref(e.Source!))} is unavailable (the organisation and its {Of(e.Count, "link", "links")} are removed)"),
            ScenarioEditKind.RemoveEdge => L($"{links}を除く", $"Remove {links}") + Count(e.Count),
            ScenarioEditKind.AddEdge => L($"{links}を加える", $"Add {links}") + Parameters(e, added: true),
            _ => L($"{links}{Count(e.Count)}について、", $"For {links}{Count(e.Count)}: ") + Parameters(e, added: false),
        };
    }

    /// <summary>
    /// What links a scenario line names, leaving out an end it does not fix: 「国土交通省から水道CEPTOARへの情報提供のリンク」,
    /// 「金融に依存する関係」 (any dependant), 「電力CEPTOARからのリンク」.
    /// </summary>
    private string Links(ScenarioEdit e, string? source, string? target)
    {
        string from = source is null ? "" : L($"{source}から", $" from {source}"), to = target is null ? "" : L($"{target}への", $" to {target}");
        return e.EdgeKind switch
        {
            EdgeKind.DependsOn => L((source is null ? "" : $"{source}が") + (target is null ? "依存する関係" : $"{target}に依存する関係"),
                "the dependencies" + (source is null ? "" : $" of {source}") + (target is null ? "" : $" on {target}")),
            EdgeKind.Supplies => L((source is null ? "" : $"{source}が") + (target is null ? "供給する関係" : $"{target}に供給する関係"),
                "the supplies" + (source is null ? "" : $" from {source}") + (target is null ? "" : $" to {target}")),
            EdgeKind.SharesWith => L($"{from}{to}{(e.Flow == InfoFlow.Report ? "情報連絡" : e.Flow == InfoFlow.Provide ? "情報提供" : "情報共有")}のリンク",
                $"the {(e.Flow == InfoFlow.Report ? "reporting" : e.Flow == InfoFlow.Provide ? "provision" : "information-sharing")} links{from}{to}"),
            null => L($"{from}{to}リンク", $"the links{from}{to}"),
            { } k => L($"{from}{to}「{KindOfLink(k).Ja}」のリンク", $"the {KindOfLink(k).En} links{from}{to}"),
        };
    }

    private static (string Ja, string En) KindOfLink(EdgeKind k) => k switch
    {
        EdgeKind.Oversees => ("所管", "oversight"),
        EdgeKind.BelongsTo => ("分野への所属", "sector membership"),
        EdgeKind.Operates => ("運営", "operation"),
        EdgeKind.MemberOf => ("構成員としての参加", "membership"),
        EdgeKind.ParticipatesIn => ("演習・活動への参加", "participation"),
        _ => ("その他", "other"),
    };

    /// <summary>The values a line sets or scales: 「確率を 0.5 倍にする」, 「（遅延 2 時間、確率 0.9）」.</summary>
    private string Parameters(ScenarioEdit e, bool added)
    {
        bool dependency = e.EdgeKind is EdgeKind.DependsOn or EdgeKind.Supplies;
        string delayJa = dependency ? "影響までの時間" : "遅延", delayEn = dependency ? "time to impact" : "delay";
        string probJa = dependency ? "伝わる確率" : "到達確率", probEn = dependency ? "probability of passing on" : "probability of delivery";
        var parts = new List<string>();
        if (added)
        {
            if (e.DelayHours is { } d) parts.Add(L($"{delayJa} {Hours(d)}", $"{delayEn} {Hours(d)}"));
            if (e.Probability is { } p) parts.Add(L($"{probJa} {Num(p, "0.###")}", $"{probEn} {Num(p, "0.###")}"));
            if (dependency && e.Strength is { } st) parts.Add(L($"依存の強さ {Num(st, "0.###")}", $"strength {Num(st, "0.###")}"));
            return parts.Count == 0 ? "" : L($"（{string.Join("、", parts)}）", $" ({string.Join(", ", parts)})");
        }

        if (e.Probability is { } np) parts.Add(L($"{probJa}を {Num(np, "0.###")} にする", $"set the {probEn} to {Num(np, "0.###")}"));
        if (e.ScaleProbability is { } sp) parts.Add(L($"{probJa}を {Num(sp, "0.###")} 倍にする", $"multiply the {probEn} by {Num(sp, "0.###")}"));
        if (e.DelayHours is { } nd) parts.Add(L($"{delayJa}を {Hours(nd)}にする", $"set the {delayEn} to {Hours(nd)}"));
        if (e.ScaleDelay is { } sd) parts.Add(L($"{delayJa}を {Num(sd, "0.###")} 倍にする", $"multiply the {delayEn} by {Num(sd, "0.###")}"));
        if (e.Strength is { } ns) parts.Add(L($"依存の強さを {Num(ns, "0.###")} にする", $"set the strength to {Num(ns, "0.###")}"));
        return string.Join(L("、", "; "), parts);
    }
}
