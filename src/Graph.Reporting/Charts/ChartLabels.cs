using System.Collections.Frozen;
using System.Globalization;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// The Japanese and English text of every chart title, axis label, legend entry and footnote,
/// keyed by "chart.part" (e.g. <c>"reach.title"</c>). Some entries are composite-format strings
/// ({0}, {1}) filled with <see cref="Format"/> using the invariant culture.
/// </summary>
/// <remarks>Terms follow NISC's own usage (CEPTOAR, 所管省庁, 当日中, 相互依存性).</remarks>
public static class ChartLabels
{
    /// <summary>Every label, by key.</summary>
    public static IReadOnlyDictionary<string, LocalizedName> All { get; } = new Dictionary<string, LocalizedName>(StringComparer.Ordinal)
    {
        ["common.assumption"] = new("（仮定）", " (assumption)"),
        ["common.other"] = new("その他（{0}件）", "Other ({0})"),

        ["coverage.title"] = new("CEPTOAR別の構成員数（分野別）", "Members per CEPTOAR, by sector"),
        ["coverage.x"] = new("構成員数", "Members"),
        ["coverage.x.mixed"] = new("構成員数（延べ組織数：単位の異なる数の合計、括弧内は単位別の内訳）", "Members (organisations over all units; parts by unit in brackets)"),
        ["coverage.sector"] = new("分野", "Sector"),
        ["coverage.other"] = new("その他 {0} CEPTOAR", "{0} other CEPTOARs"),
        ["coverage.footnote"] = new("構成員数は社・団体・機関などの単位を合算した値。", "Member counts add up different units (companies, associations, bodies)."),

        ["reach.title"] = new("NISCの情報提供が構成員に届くまでの時間", "Time for an NISC alert to reach member organisations"),
        ["reach.x"] = new("NISC発出からの経過時間（時間）", "Hours after NISC issues the alert"),
        ["reach.y"] = new("到達した構成員の累積割合（%）", "Members reached, cumulative (%)"),
        ["reach.sameDay"] = new("当日中", "same day"),
        ["reach.footnote"] = new("全構成員 {0} 組織に対する割合。", "Share of all {0} member organisations."),

        ["impact.title"] = new("障害時に情報が届かなくなる構成員数（上位{0}組織）", "Members cut off if an organisation fails (top {0})"),
        ["impact.x"] = new("情報が届かなくなる構成員数", "Members cut off"),
        ["impact.x.mixed"] = new("情報が届かなくなる構成員数（延べ組織数）", "Members cut off (organisations over all units)"),
        ["impact.value.parts"] = new("{0}［{1}］", "{0} [{1}]"),
        ["impact.footnote.parts"] = new("評価した {0} 組織のうち上位 {1} 組織。各組織が単独で停止した場合。丸括弧内は単位別の内訳、角括弧内は到達不能となる組織数。", "Top {1} of {0} organisations assessed, each failing alone. In parentheses: the parts by unit; in square brackets: organisations no longer reached."),
        ["impact.footnote"] = new("評価した {0} 組織のうち上位 {1} 組織。各組織が単独で停止した場合。括弧内は到達不能となる組織数。", "Top {1} of {0} organisations assessed, each failing alone. In brackets: organisations no longer reached."),
        ["impact.value"] = new("{0}（{1}）", "{0} ({1})"),
        ["impact.title.both"] = new("障害時に情報が届かなくなる構成員と構成員以外の情報展開先（上位{0}組織）", "Members and outside recipients cut off if an organisation fails (top {0})"),
        ["impact.x.both"] = new("情報が届かなくなる数（構成員、構成員以外の情報展開先。単位の異なる数の延べ）", "Cut off (members; outside recipients; totals over different units)"),
        ["impact.members"] = new("構成員", "Members"),
        ["impact.outside"] = new("構成員以外の情報展開先", "Outside recipients"),

        ["redundancy.title"] = new("NISCから各CEPTOARへの独立経路の数", "Vertex-disjoint routes from NISC to each CEPTOAR"),
        ["redundancy.x"] = new("点素な経路の数", "Vertex-disjoint routes"),
        ["redundancy.single"] = new("他の組織を経由する経路1本のみ（途中に単一障害点あり）", "Single route through other organisations (one is a single point of failure)"),
        ["redundancy.direct"] = new("直接の経路1本のみ（途中に組織なし、そのリンクの断絶でのみ途絶）", "Single direct route (no organisation on the way; only that link can fail)"),
        ["redundancy.multiple"] = new("経路が2本以上", "Two or more routes"),
        ["redundancy.none"] = new("経路なし", "No route"),

        ["dependency.survey"] = new("相互依存性調査の回答による値", "Value from the mutual-dependency survey"),
        ["dependency.evidence"] = new("出典の記述による値", "Value quoted from the source"),
        ["dependency.title"] = new("分野間の依存関係", "Inter-sector dependency"),
        ["dependency.x"] = new("依存される分野（供給側）", "Supplying sector (depended on)"),
        ["dependency.y"] = new("依存する分野", "Dependent sector"),
        ["dependency.colorbar"] = new("依存の強さ", "Dependency strength"),
        ["dependency.assumptionNote"] = new(
            "仮定：相互依存性調査の結果を読み込むまでの仮の値であり、実測ではない。",
            "Assumption: placeholder values until the mutual-dependency survey is loaded; not measured."),

        ["cascade.title"] = new("{0}の停止後に各分野が機能障害となる確率", "Failure probability per sector after an outage of {0}"),
        ["cascade.x"] = new("機能障害となる確率", "Failure probability"),
        ["cascade.footnote"] = new("モンテカルロ法 {0} 回。誤差棒は {1}% 区間（半幅は最大 {2} ポイント、表示の最小桁未満）。", "Monte Carlo, {0} runs; error bars: {1}% interval (half-width at most {2} points, below the last printed digit)."),
        ["cascade.meaning"] = new(
            "機能障害：依存先の障害が一度でも伝わった状態（部分的な影響を含み、全面停止に限らない）。",
            "Failure: any effect passed on from a failed supplier (partial effects included, not only a full outage)."),
        ["cascade.assumptionNote"] = new(
            "仮定：依存関係の強さ・確率は仮の値であり、実測ではない。",
            "Assumption: dependency strengths and probabilities are placeholders, not measured."),

        ["network.title"] = new("情報共有体制のネットワーク", "Information-sharing network"),
        ["network.spof"] = new("単一障害点", "Single point of failure"),
        ["network.aggregate"] = new("集約したノード（その他）", "Aggregated nodes (other)"),
        ["network.other"] = new("その他 {0} 組織", "{0} other organisations"),
        ["network.footnote"] = new("ノードの直径は構成員数の対数に比例。", "Node diameter grows with log(members)."),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The label <paramref name="key"/> in <paramref name="language"/>.</summary>
    /// <param name="key">A key of <see cref="All"/>.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">The key is unknown.</exception>
    public static string Get(string key, Language language)
        => All.TryGetValue(key, out LocalizedName name)
            ? name.For(language)
            : throw new KeyNotFoundException($"No chart label '{key}'.");

    /// <summary>The label <paramref name="key"/> in <paramref name="language"/>, formatted with the invariant culture.</summary>
    /// <param name="key">A key of <see cref="All"/>.</param>
    /// <param name="language">The language.</param>
    /// <param name="args">The values for {0}, {1}, ….</param>
    /// <returns>The formatted text.</returns>
    public static string Format(string key, Language language, params object?[] args)
        => string.Format(CultureInfo.InvariantCulture, Get(key, language), args);
}
