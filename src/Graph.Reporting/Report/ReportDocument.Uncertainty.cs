namespace Depgraph.Reporting.Report;

/// <summary>Section 4's uncertainty: intervals over the assumed ranges, the assumptions behind each result, what holds whatever they are, and what to survey first.</summary>
internal sealed partial class ReportDocument
{
    /// <summary>The 5–95 % interval of sector <paramref name="i"/> after outage <paramref name="o"/>, widened to contain the estimate shown.</summary>
    private static (double Low, double High) Range(PropagationUncertainty u, CascadeOutcome o, int i, double p)
    {
        var ou = u.Outcomes.First(x => x.Origin.Id == o.Origin.Id);
        return (Math.Min(ou.Sectors[i].Low, p), Math.Max(ou.Sectors[i].High, p));
    }

    private void UncertaintyMethod(PropagationSection p)
    {
        PropagationUncertainty u = p.Uncertainty!;
        P(L($"独立カスケードモデル（Kempe–Kleinberg–Tardos）を {N(p.Runs)} 回試行（乱数シード {p.Seed}）し、各分野が機能障害となった試行の割合を示す。括弧内は範囲：依存確率の仮定 {N(u.Parameters)} 個をそれぞれの範囲（dependencies.csv）で同時に動かしたときの5〜95%区間（ラテン超方格 {N(u.Samples)} 組、各 {N(u.Runs)} 回の共通乱数）。範囲の両端は各組 {N(u.Runs)} 回の試行によるため、それ自体に最大 ±{Pct(u.MonteCarloHalfWidth)}（95%）のモンテカルロ誤差（シミュレーション自体の誤差）を含む。",
            $"Independent cascade model (Kempe–Kleinberg–Tardos), {N(p.Runs)} runs (seed {p.Seed}): the share of runs in which each sector fails. In parentheses, the range: the 5–95% interval when the {N(u.Parameters)} assumed dependency probabilities move together over their ranges (dependencies.csv; Latin hypercube, {N(u.Samples)} sets of {N(u.Runs)} common-random-number runs). The ends of the range come from {N(u.Runs)} runs per set and carry their own Monte Carlo error (the simulation's own noise) of at most ±{Pct(u.MonteCarloHalfWidth)} (95%)."));
    }

    private void Drivers(PropagationUncertainty u)
    {
        P(L($"結果を左右する仮定（一度に一つずつ範囲の両端に動かしたときの、起点以外の分野のうち機能障害となる数の期待値の振れ幅が大きい順に 3 つ。仮定どうしの相互作用も含めた寄与は、下の Sobol 指数の図に示す）。期待値は振れ幅の計算に用いた各 {N(u.Runs)} 回の試行によるため、上の平均と小数第1位で異なることがある：",
            $"The assumptions that drive each result (the three with the largest swing of the expected number of other sectors failing, moving one assumption at a time to either end of its range; their contributions including interactions between assumptions are the Sobol indices in the figure below). The expected values come from the {N(u.Runs)} runs per setting used for the swings, so they may differ from the mean above in the first decimal:"));
        var items = u.Outcomes.Select(o => L(
            $"{Name(o.Origin)}の停止：起点以外の分野のうち機能障害となる数の期待値 {Num(o.ExpectedSectors, "0.0")}（範囲 {Num(o.ExpectedSectorsInterval.Low, "0.0")}〜{Num(o.ExpectedSectorsInterval.High, "0.0")}）。主な仮定：",
            $"{Name(o.Origin)} outage: expected other sectors failing {Num(o.ExpectedSectors, "0.0")} (range {Num(o.ExpectedSectorsInterval.Low, "0.0")}–{Num(o.ExpectedSectorsInterval.High, "0.0")}). Main assumptions: ")
            + string.Join(L("、", "; "), o.Drivers.Take(3).Select(d => DriverText(d, "0.0"))) + L("。", ".")).ToList();
        _blocks.Add(new ListBlock(items));
        Figure("tornado");
        if (_charts.ContainsKey("sobol"))
        {
            P(L("Sobol 指数は、すべての仮定を範囲内で同時に動かしたときの結果の分散のうち、各仮定が単独で説明する割合（単独効果）と、他の仮定との相互作用を含めて説明する割合（全効果）である。全効果が大きい仮定ほど、調査で確かめると結果の幅が縮む。",
                "Sobol indices split the variance of the result when every assumption moves over its range at once: the share one assumption explains alone (first-order) and with its interactions with the others (total). The larger the total index, the more a survey answer on that assumption narrows the result."));
            Figure("sobol");
        }
    }

    private string DriverText(AssumptionDriver d, string format) =>
        L($"{Name(d.Dependant)}の{Name(d.Supplier)}への依存確率（{Num(d.Low, "0.##")}〜{Num(d.High, "0.##")}：{Num(d.AtLow, format)}〜{Num(d.AtHigh, format)}）",
            $"dependency probability of {Name(d.Dependant)} on {Name(d.Supplier)} ({Num(d.Low, "0.##")}–{Num(d.High, "0.##")}: {Num(d.AtLow, format)}–{Num(d.AtHigh, format)})");

    private void Robustness(PropagationUncertainty u)
    {
        H(3, L("4.5 仮定に依存しない結果", "4.5 Findings that do not depend on any assumption"), "s4-5");
        P(L($"第3節の単一障害点と経路の冗長性は、情報共有レイヤーでどの組織の間に連絡経路があるかだけで決まり、遅延・到達確率・依存関係の仮定値を使わない。したがって、これらの結果は本節の数値の仮定をどう変えても変わらない。ただし、リンクそのものにも根拠の強弱があり、同レイヤーのリンク {N(u.InformationLinks)} 本のうち {N(u.EvidenceLinks)} 本は出典からの引用に基づき、残る {N(u.InformationLinks - u.EvidenceLinks)} 本は出典の記述から推定して加えたもの（付録A）である。推定したリンクが実在しなければ、第3節の結果も変わりうる。これに対し、本節の確率・時間・経路の順位はすべて数値の仮定に基づく。",
            $"Section 3's single points of failure and path redundancy depend only on which organisations have a link in the information-sharing layer; they use no assumed delay, delivery probability or dependency value. These findings therefore hold whatever this section's numeric assumptions are. The links themselves differ in support, though: of that layer's {N(u.InformationLinks)} links, {N(u.EvidenceLinks)} are quoted from the source and the other {N(u.InformationLinks - u.EvidenceLinks)} were inferred from its text (appendix A); if an inferred link does not exist, section 3's findings can change too. The probabilities, times and path rankings of this section all rest on numeric assumptions."));

        RangeConclusions(u);

        H(3, L("4.6 調査する価値が最も高い仮定", "4.6 Assumptions most worth surveying"), "s4-6");
        DependencyAssumption();
        P(L("相互依存性調査でまず確かめるとよい仮定を示す。依存確率の仮定をすべて範囲内で同時に動かしたときの、各分野の停止後の各分野の障害確率のばらつき（分散）のうち、その仮定が他の仮定との相互作用も含めて説明する割合（全効果指数。Sobol 指数の一つ）を求め、いずれかの結果での最大値が大きい順に並べた。全効果指数が大きい仮定ほど、調査で確かめたときに本節の結果の幅が大きく縮む。",
            "The assumptions to check first in the interdependency survey. With every assumed dependency probability moving over its range at once, the total index (a Sobol index) of an assumption is the share of the variance of a sector's failure probability after an outage that it explains, interactions with the other assumptions included; the table ranks the assumptions by their largest total index over all those results. The larger it is, the more a survey answer on that assumption narrows this section's results."));
        if (u.WorthSurveying.Count == 0)
        {
            P(L("どの仮定の全効果指数も0と区別できなかった。", "No assumption has a total index distinguishable from zero."));
            return;
        }
        P(L($"全効果指数は基本標本 {N(u.SobolSamples)} 組（ラテン超方格）による推定値で、括弧内はブートストラップによる95%区間である。振れ幅は、その仮定だけを範囲の両端に動かしたときの同じ結果の値で、各 {N(u.Runs)} 回の試行による（共通乱数のため両端の差は精度よく比べられるが、各値は最大 ±{Pct(u.MonteCarloHalfWidth)} の誤差を含むため、整数の%で示す）。",
            $"Total indices are estimated from a base sample of {N(u.SobolSamples)} sets (Latin hypercube), with bootstrap 95% intervals in parentheses. The swing is the same result with only that assumption at either end of its range, from {N(u.Runs)} runs each (common random numbers make the two ends comparable, but each value carries up to ±{Pct(u.MonteCarloHalfWidth)} of Monte Carlo error, so whole percents are printed)."));
        Table(["#", L("仮定", "Assumption"), L("範囲", "Range"), L("最も影響を受ける結果", "Result it moves most"), L("全効果指数", "Total index"), L("振れ幅", "Swing")],
            u.WorthSurveying.Select((w, i) => (IReadOnlyList<string>)[N(i + 1),
                L($"{Name(w.Driver.Dependant)}の{Name(w.Driver.Supplier)}への依存確率", $"dependency probability of {Name(w.Driver.Dependant)} on {Name(w.Driver.Supplier)}"),
                $"{Num(w.Driver.Low, "0.##")}–{Num(w.Driver.High, "0.##")}",
                L($"{Name(w.Origin)}停止後の{Name(w.Sector)}", $"{Name(w.Sector)} after an outage of {Name(w.Origin)}"),
                $"{Num(w.Total, "0.00")}" + L($"（{Num(w.Ci95Total.Low, "0.00")}–{Num(w.Ci95Total.High, "0.00")}）", $" ({Num(w.Ci95Total.Low, "0.00")}–{Num(w.Ci95Total.High, "0.00")})"),
                $"{PrintedPrecision.Percent(Math.Min(w.Driver.AtLow, w.Driver.AtHigh), 0)}–{PrintedPrecision.Percent(Math.Max(w.Driver.AtLow, w.Driver.AtHigh), 0)}"]), 0, 4);
    }

    /// <summary>Which of this section's conclusions keep their side of 50 % over the assumed ranges (the 5–95 % interval), per outage.</summary>
    private void RangeConclusions(PropagationUncertainty u)
    {
        P(L("本節の確率でも、仮定の幅の中で結論の向きが変わらないものがある。依存確率の仮定を範囲内で動かした組の9割（5〜95%区間）で、障害確率が50%を上回るか下回るかで分野を分けると次のとおり：",
            "Some of this section's conclusions keep their direction across the assumed ranges. Grouping the sectors by whether their failure probability stays above or below 50% in nine parameter sets out of ten (the 5–95% interval):"));
        var items = new List<string>();
        foreach (CascadeOutcome o in _m.Propagation.Outcomes)
        {
            var ou = u.Outcomes.First(x => x.Origin.Id == o.Origin.Id);
            List<string> above = [], below = [], either = [];
            for (int i = 0; i < o.Sectors.Count; i++)
            {
                if (o.Sectors[i].Sector.Id == o.Origin.Id) continue;
                var iv = ou.Sectors[i];
                (iv.Low > 0.5 ? above : iv.High < 0.5 ? below : either).Add(Name(o.Sectors[i].Sector));
            }
            string Group(List<string> names) => names.Count == 0 ? L("なし", "none") : L($"{N(names.Count)}（{string.Join("、", names)}）", $"{N(names.Count)} ({string.Join(", ", names)})");
            items.Add(L($"{Name(o.Origin)}の停止：50%を上回る分野 {Group(above)}、50%を下回る分野 {Group(below)}、仮定によって50%の上下が入れ替わる分野 {Group(either)}。",
                $"{Name(o.Origin)} outage: above 50% {Group(above)}; below 50% {Group(below)}; above or below 50% depending on the assumptions {Group(either)}."));
        }
        _blocks.Add(new ListBlock(items));
    }
}
