using System.Collections.Frozen;

namespace Depgraph.Core.Model;

/// <summary>
/// The ja/en glossary of the domain's words: every term that more than one output prints (member units, node kinds,
/// bases, column headers shared by several commands). The CLI tables and workbooks, the report and the charts look
/// words up here, so each is translated once and the same way everywhere. Sentences used in one place stay beside
/// their code as pairs chosen with <see cref="Languages.Pick"/>.
/// </summary>
/// <remarks>
/// The glossary lives in Core, not in Reporting, because every room that prints words needs it and Core is the only
/// project they all reference: the loader writes the survey questionnaires (units, bases), the CLI its tables, and
/// Reporting the report and the charts. English terms are lower case as table headers print them;
/// <see cref="LocalizedName.Title"/> gives the capitalised form headings and report tables use.
/// </remarks>
public static class Glossary
{
    private static readonly FrozenDictionary<string, string> UnitsEn = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["社"] = "companies",
        ["団体"] = "associations",
        ["機関"] = "bodies",
        ["都道府県"] = "prefectures",
        ["市区町村"] = "municipalities",
        ["グループ"] = "group",
        ["水道事業体"] = "water utilities",
        ["地方公共団体"] = "local governments",
        ["社・団体"] = "companies or associations",
        ["社・機関"] = "companies or bodies",
        ["事業体"] = "utilities",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The edge layer an analysis follows (e.g. shares_with:provide). レイヤー / layer.</summary>
    public static LocalizedName Layer { get; } = new("レイヤー", "layer");

    /// <summary>Member organisations of a CEPTOAR or ISAC, counted by unit. 構成員 / members.</summary>
    public static LocalizedName Members { get; } = new("構成員", "members");

    /// <summary>Recipients outside the membership. 構成員以外の情報展開先 / external recipients.</summary>
    public static LocalizedName ExternalRecipients { get; } = new("構成員以外の情報展開先", "external recipients");

    /// <summary>A critical-infrastructure sector. 分野 / sector.</summary>
    public static LocalizedName Sector { get; } = new("分野", "sector");

    /// <summary>The display name of a node. 名称 / name.</summary>
    public static LocalizedName Name { get; } = new("名称", "name");

    /// <summary>The kind of a node. 種別 / kind.</summary>
    public static LocalizedName KindHeading { get; } = new("種別", "kind");

    /// <summary>Where an alert or a failure starts. 起点 / from.</summary>
    public static LocalizedName Source { get; } = new("起点", "from");

    /// <summary>Where a route ends. 宛先 / target.</summary>
    public static LocalizedName Target { get; } = new("宛先", "target");

    /// <summary>An organisation (a node of the graph). 組織 / organisation.</summary>
    public static LocalizedName Organisation { get; } = new("組織", "organisation");

    /// <summary>Nodes of the graph. ノード / nodes.</summary>
    public static LocalizedName Nodes { get; } = new("ノード", "nodes");

    /// <summary>Edges of the graph. エッジ / edges.</summary>
    public static LocalizedName Edges { get; } = new("エッジ", "edges");

    /// <summary>The type of an edge (shares_with, member_of, depends_on …). エッジ種別 / edge type.</summary>
    public static LocalizedName EdgeType { get; } = new("エッジ種別", "edge type");

    /// <summary>The unit a member count is given in (社, 団体 …). 単位 / unit.</summary>
    public static LocalizedName UnitHeading { get; } = new("単位", "unit");

    /// <summary>A count. 数 / count.</summary>
    public static LocalizedName Count { get; } = new("数", "count");

    /// <summary>A sum. 合計 / total.</summary>
    public static LocalizedName Total { get; } = new("合計", "total");

    /// <summary>Reached by an alert. 到達 / reached.</summary>
    public static LocalizedName Reached { get; } = new("到達", "reached");

    /// <summary>Not reached by an alert. 未到達 / not reached.</summary>
    public static LocalizedName NotReached { get; } = new("未到達", "not reached");

    /// <summary>Number of edges followed. ホップ / hops.</summary>
    public static LocalizedName Hops { get; } = new("ホップ", "hops");

    /// <summary>The hop limit of a reach query. ホップ上限 / max hops.</summary>
    public static LocalizedName MaxHops { get; } = new("ホップ上限", "max hops");

    /// <summary>The time limit (hours) of a reach query. 時間上限 / within.</summary>
    public static LocalizedName Within { get; } = new("時間上限", "within");

    /// <summary>Earliest arrival in hours. 到達(時間) / arrival (h).</summary>
    public static LocalizedName Arrival { get; } = new("到達(時間)", "arrival (h)");

    /// <summary>The probability that a node fails in a cascade. 障害確率 / failure probability.</summary>
    public static LocalizedName FailureProbability { get; } = new("障害確率", "failure probability");

    /// <summary>Nodes failed in a cascade. 障害ノード数 / failed nodes.</summary>
    public static LocalizedName FailedNodes { get; } = new("障害ノード数", "failed nodes");

    /// <summary>The cascade model (independent cascade, linear threshold). モデル / model.</summary>
    public static LocalizedName Model { get; } = new("モデル", "model");

    /// <summary>A step of a threshold cascade. 段階 / step.</summary>
    public static LocalizedName Step { get; } = new("段階", "step");

    /// <summary>The mean over Monte Carlo runs. 平均 / mean.</summary>
    public static LocalizedName Mean { get; } = new("平均", "mean");

    /// <summary>Number of vertex-disjoint routes. 経路数 / paths.</summary>
    public static LocalizedName PathCount { get; } = new("経路数", "paths");

    /// <summary>The heading of the route-redundancy table. 経路の冗長性(点素な経路の数) / Route redundancy (vertex-disjoint paths).</summary>
    public static LocalizedName RouteRedundancy { get; } = new("経路の冗長性(点素な経路の数)", "Route redundancy (vertex-disjoint paths)");

    /// <summary>
    /// The label of a total that adds counts of different units (社 and 機関 …): a 延べ count, not a number of
    /// companies. 延べ組織数(上の各単位の和) / total organisations, mixed units (sum of the rows above).
    /// </summary>
    public static LocalizedName AllUnitsTotal { get; } = new("延べ組織数(上の各単位の和)", "total organisations, mixed units (sum of the rows above)");

    /// <summary>True when <paramref name="parts"/> count more than one unit, so their sum is a 延べ count.</summary>
    /// <param name="parts">Counts by unit.</param>
    /// <returns>Whether the units differ.</returns>
    public static bool MixesUnits(IEnumerable<MemberCount> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        return parts.Select(p => p.Unit).Distinct(StringComparer.Ordinal).Skip(1).Any();
    }

    /// <summary>
    /// The label of the sum of <paramref name="parts"/>: <see cref="AllUnitsTotal"/> when they mix units, else
    /// <see cref="Total"/>; the one place that decides whether a total is a 延べ count.
    /// </summary>
    /// <param name="parts">Counts by unit.</param>
    /// <returns>The label.</returns>
    public static LocalizedName TotalOf(IEnumerable<MemberCount> parts) => MixesUnits(parts) ? AllUnitsTotal : Total;

    /// <summary>The heading of the members-by-unit table. 構成員(単位別、のべ数) / Members by unit (as counted by each CEPTOAR).</summary>
    public static LocalizedName MembersByUnit { get; } = new("構成員(単位別、のべ数)", "Members by unit (as counted by each CEPTOAR)");

    /// <summary>The heading of the sectors table. 分野とセプター / Sectors and their CEPTOARs.</summary>
    public static LocalizedName SectorsAndCeptoars { get; } = new("分野とセプター", "Sectors and their CEPTOARs");

    /// <summary>
    /// A member unit in <paramref name="language"/>: Japanese as recorded (the plain-member unit <c>member</c> as
    /// 構成員); English as the translation with the recorded unit in parentheses (<c>companies (社)</c>), or the unit
    /// itself when the glossary has none. JSON keeps the recorded unit key.
    /// </summary>
    /// <param name="unit">The unit as recorded in the dataset.</param>
    /// <param name="language">The language.</param>
    /// <returns>The unit's name.</returns>
    public static string Unit(string unit, Language language)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (unit == "member")
        {
            return Members.For(language);
        }

        return language == Language.Japanese || !UnitsEn.TryGetValue(unit, out string? en) ? unit : $"{en} ({unit})";
    }

    /// <summary>The reader's name of a basis: 根拠あり / evidence, 調査 / survey, 入力データ / input data, シナリオ / scenario, 仮定 / assumption.</summary>
    /// <param name="basis">The basis.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string Basis(Basis basis, Language language) => (basis switch
    {
        global::Depgraph.Core.Model.Basis.Evidence => new LocalizedName("根拠あり", "evidence"),
        global::Depgraph.Core.Model.Basis.Survey => new LocalizedName("調査", "survey"),
        global::Depgraph.Core.Model.Basis.Input => new LocalizedName("入力データ", "input data"),
        global::Depgraph.Core.Model.Basis.Scenario => new LocalizedName("シナリオ", "scenario"),
        _ => new LocalizedName("仮定", "assumption"),
    }).For(language);

    /// <summary>The reader's name of a node kind (所管省庁 / ministry, 構成員以外の情報展開先 / outside recipient …).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name.</returns>
    public static string Kind(NodeKind kind, Language language) => (kind switch
    {
        NodeKind.Government => new LocalizedName("政府（NISC）", "government (NISC)"),
        NodeKind.Ministry => new LocalizedName("所管省庁", "ministry"),
        NodeKind.Sector => new LocalizedName("分野", "sector"),
        NodeKind.Ceptoar => new LocalizedName("CEPTOAR", "CEPTOAR"),
        NodeKind.Council => new LocalizedName("協議会", "council"),
        NodeKind.Secretariat => new LocalizedName("事務局", "secretariat"),
        NodeKind.Isac => new LocalizedName("ISAC", "ISAC"),
        NodeKind.Coordination => new LocalizedName("関係機関", "coordination body"),
        NodeKind.Member => new LocalizedName("構成員", "member"),
        NodeKind.External => new LocalizedName("構成員以外の情報展開先", "outside recipient"),
        NodeKind.Exercise => new LocalizedName("演習・活動", "exercise / activity"),
        _ => new LocalizedName("共通資源", "shared resource"),
    }).For(language);

    private static readonly FrozenDictionary<string, string> SingularEn = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["companies"] = "company",
        ["associations"] = "association",
        ["bodies"] = "body",
        ["prefectures"] = "prefecture",
        ["municipalities"] = "municipality",
        ["water utilities"] = "water utility",
        ["local governments"] = "local government",
        ["companies or associations"] = "company or association",
        ["companies or bodies"] = "company or body",
        ["utilities"] = "utility",
        ["members"] = "member",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// A count with its unit: 「7 機関」 in Japanese; in English the unit agrees with the number (<c>1 body (機関)</c>,
    /// <c>7 bodies (機関)</c>). Numbers have thousands separators (invariant culture); an empty unit gives the number alone.
    /// </summary>
    /// <param name="count">The count.</param>
    /// <param name="unit">The unit as recorded in the dataset.</param>
    /// <param name="language">The language.</param>
    /// <returns>The count and unit.</returns>
    public static string CountOf(long count, string unit, Language language)
    {
        ArgumentNullException.ThrowIfNull(unit);
        string n = count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
        if (unit.Length == 0)
        {
            return n;
        }

        string name = Unit(unit, language);
        if (language != Language.Japanese && count == 1)
        {
            foreach (var (plural, single) in SingularEn)
            {
                if (name == plural || name.StartsWith(plural + " (", StringComparison.Ordinal))
                {
                    name = single + name[plural.Length..];
                    break;
                }
            }
        }

        return $"{n} {name}";
    }
}
