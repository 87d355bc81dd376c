using Depgraph.Analysis.Reach;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

/// <summary>
/// Realistic sample inputs, hard-coded from NISC's FY2024 CEPTOAR activity report
/// (seeds/000_e382a565eba1f28d.txt, table 「構成員（のべ数）」; units added up, e.g. 28社1団体 = 29).
/// </summary>
internal static class SampleData
{
    public static readonly (string SectorJa, string SectorEn, string Ceptoar, long Members)[] Ceptoars =
    [
        ("情報通信", "Information and communications", "T-CEPTOAR", 29),
        ("情報通信", "Information and communications", "ケーブルテレビCEPTOAR", 303),
        ("情報通信", "Information and communications", "放送CEPTOAR", 196),
        ("金融", "Finance", "銀行等CEPTOAR", 1226),
        ("金融", "Finance", "証券CEPTOAR", 279),
        ("金融", "Finance", "生命保険CEPTOAR", 41),
        ("金融", "Finance", "損害保険CEPTOAR", 49),
        ("金融", "Finance", "資金決済CEPTOAR", 193),
        ("航空", "Aviation", "航空CEPTOAR", 19),
        ("空港", "Airports", "空港CEPTOAR", 8),
        ("鉄道", "Railways", "鉄道CEPTOAR", 23),
        ("電力", "Electricity", "電力CEPTOAR", 24),
        ("ガス", "Gas", "GAS CEPTOAR", 13),
        ("政府・行政サービス", "Government and administrative services", "自治体CEPTOAR", 1788),
        ("医療", "Medical services", "医療CEPTOAR", 22),
        ("水道", "Water", "水道CEPTOAR", 8),
        ("物流", "Logistics", "物流CEPTOAR", 20),
        ("化学", "Chemicals", "化学CEPTOAR", 13),
        ("クレジット", "Credit cards", "クレジットCEPTOAR", 49),
        ("石油", "Petroleum", "石油CEPTOAR", 10),
        ("港湾", "Ports", "港湾CEPTOAR", 46),
    ];

    public static readonly (string Ja, string En)[] Sectors =
    [
        ("情報通信", "Info & comms"), ("金融", "Finance"), ("航空", "Aviation"), ("空港", "Airports"),
        ("鉄道", "Railways"), ("電力", "Electricity"), ("ガス", "Gas"), ("政府・行政サービス", "Government"),
        ("医療", "Medical"), ("水道", "Water"), ("物流", "Logistics"), ("化学", "Chemicals"),
        ("クレジット", "Credit cards"), ("石油", "Petroleum"), ("港湾", "Ports"),
    ];

    public static IReadOnlyList<CeptoarMembers> Coverage() =>
        Ceptoars.Select(c => new CeptoarMembers(new LocalizedName(c.SectorJa, c.SectorEn), new LocalizedName(c.Ceptoar, c.Ceptoar.Replace("CEPTOAR", " CEPTOAR", StringComparison.Ordinal).Trim()), c.Members)).ToList();

    public static long TotalMembers => Ceptoars.Sum(c => c.Members);

    /// <summary>Member units per CEPTOAR, as in the report's 「構成員（のべ数）」 row.</summary>
    public static readonly (string Ceptoar, string Unit, long Count)[] MemberGroups =
    [
        ("T-CEPTOAR", "社", 28), ("T-CEPTOAR", "団体", 1), ("ケーブルテレビCEPTOAR", "社", 302), ("ケーブルテレビCEPTOAR", "団体", 1),
        ("放送CEPTOAR", "社", 194), ("放送CEPTOAR", "団体", 2), ("銀行等CEPTOAR", "社", 1226), ("証券CEPTOAR", "社", 272),
        ("証券CEPTOAR", "機関", 7), ("生命保険CEPTOAR", "社", 41), ("損害保険CEPTOAR", "社", 49), ("資金決済CEPTOAR", "社", 193),
        ("航空CEPTOAR", "社", 18), ("航空CEPTOAR", "団体", 1), ("空港CEPTOAR", "社", 8), ("鉄道CEPTOAR", "社", 22),
        ("鉄道CEPTOAR", "団体", 1), ("電力CEPTOAR", "社", 24), ("GAS CEPTOAR", "社", 12), ("GAS CEPTOAR", "団体", 1),
        ("自治体CEPTOAR", "都道府県", 47), ("自治体CEPTOAR", "市区町村", 1741), ("医療CEPTOAR", "グループ", 1), ("医療CEPTOAR", "機関", 21),
        ("水道CEPTOAR", "水道事業体", 8), ("物流CEPTOAR", "団体", 5), ("物流CEPTOAR", "社", 15), ("化学CEPTOAR", "社", 13),
        ("クレジットCEPTOAR", "社", 49), ("石油CEPTOAR", "社", 10), ("港湾CEPTOAR", "社", 30), ("港湾CEPTOAR", "団体", 9),
        ("港湾CEPTOAR", "地方公共団体", 7),
    ];

    private static readonly Dictionary<string, (string Ja, string En)> s_ministry = new()
    {
        ["情報通信"] = ("総務省", "MIC"), ["政府・行政サービス"] = ("総務省", "MIC"), ["金融"] = ("金融庁", "FSA"),
        ["航空"] = ("国土交通省", "MLIT"), ["空港"] = ("国土交通省", "MLIT"), ["鉄道"] = ("国土交通省", "MLIT"),
        ["物流"] = ("国土交通省", "MLIT"), ["港湾"] = ("国土交通省", "MLIT"), ["電力"] = ("経済産業省", "METI"),
        ["ガス"] = ("経済産業省", "METI"), ["化学"] = ("経済産業省", "METI"), ["石油"] = ("経済産業省", "METI"),
        ["クレジット"] = ("経済産業省", "METI"), ["医療"] = ("厚生労働省", "MHLW"), ["水道"] = ("国土交通省", "MLIT"),
    };

    public static ReachCurve Reach()
    {
        long total = TotalMembers;
        (double h, double share)[] steps = [(0.5, 0.02), (1, 0.11), (2, 0.34), (3, 0.52), (6, 0.71), (12, 0.86), (20, 0.93), (30, 0.97), (48, 0.99)];
        return new ReachCurve(steps.Select(s => new ArrivalPoint(s.h, (long)Math.Round(total * s.share), s.share)).ToList(), total);
    }

    public static IReadOnlyList<NodeImpactBar> Impacts() =>
    [
        new("NISC", TotalMembers, 65), new(new("総務省", "MIC"), 2121, 12), new(new("金融庁", "FSA"), 1788, 13),
        new(new("地方公共団体情報システム機構（自治体CEPTOAR事務局）", "J-LIS (municipal CEPTOAR secretariat)"), 1788, 3),
        new(new("全国銀行協会（銀行等CEPTOAR事務局）", "Japanese Bankers Association"), 1226, 2),
        new(new("国土交通省", "MLIT"), 124, 14), new(new("経済産業省", "METI"), 109, 11),
        new(new("日本ケーブルテレビ連盟", "Japan Cable and Telecommunications Association"), 303, 3),
        new(new("日本証券業協会", "JSDA"), 279, 3), new(new("日本民間放送連盟", "JBA"), 196, 3),
        new(new("日本資金決済業協会", "JPSA"), 193, 2), new(new("日本損害保険協会", "GIAJ"), 49, 2),
        new(new("日本クレジット協会", "Japan Consumer Credit Association"), 49, 2), new(new("日本港運協会", "Japan Harbor Transportation Association"), 46, 4),
        new(new("生命保険協会", "LIAJ"), 41, 2), new(new("電気事業連合会", "FEPC"), 24, 2), new(new("定期航空協会", "Scheduled Airlines Association"), 19, 3),
    ];

    public static IReadOnlyList<CeptoarRedundancy> Redundancy() =>
        Ceptoars.Select((c, i) => new CeptoarRedundancy(
            new LocalizedName(c.Ceptoar, c.Ceptoar.Replace("CEPTOAR", " CEPTOAR", StringComparison.Ordinal).Trim()),
            c.SectorJa == "金融" ? 2 + (i % 2) : c.SectorJa is "電力" or "情報通信" ? 2 : c.Ceptoar == "水道CEPTOAR" ? 0 : 1)).ToList();

    /// <summary><see cref="Dependency"/> with survey cells in the first row and evidence cells in the second, the rest assumed.</summary>
    public static DependencyMatrix DependencyWithBases()
    {
        DependencyMatrix m = Dependency();
        int n = m.Sectors.Count;
        var bases = new Core.Model.Basis?[n, n];
        for (int i = 0; i < n; i++)
            for (int j = 0; j < n; j++)
                bases[i, j] = i == j ? null : i == 0 && j < 5 ? Core.Model.Basis.Survey : i == 1 && j > 8 ? Core.Model.Basis.Evidence : Core.Model.Basis.Assumption;
        return m with { Bases = bases };
    }

    /// <summary>Three assumptions with Sobol indices and bootstrap intervals.</summary>
    public static IReadOnlyList<SensitivityDriver> SobolDrivers() =>
    [
        new(new LocalizedName("電力→金融（0.3–0.9）", "Power → Finance (0.3–0.9)"), 0.52, 0.58, double.NaN, double.NaN) { Ci95FirstOrder = new(0.45, 0.6), Ci95Total = new(0.5, 0.66) },
        new(new LocalizedName("情報通信→金融（0.3–0.9）", "ICT → Finance (0.3–0.9)"), 0.15, 0.19, double.NaN, double.NaN) { Ci95FirstOrder = new(0.1, 0.2), Ci95Total = new(0.16, 0.23) },
        new(new LocalizedName("電力→水道（0.35–1）", "Power → Water (0.35–1)"), 0.0, 0.02, double.NaN, double.NaN) { Ci95FirstOrder = new(-0.01, 0.02), Ci95Total = new(0.01, 0.03) },
    ];

    public static DependencyMatrix Dependency()
    {
        int n = Sectors.Length;
        var m = new double[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                m[i, j] = i == j ? double.NaN
                    : Sectors[j].Ja is "電力" ? 0.9
                    : Sectors[j].Ja is "情報通信" ? 0.8
                    : Sectors[j].Ja is "水道" ? 0.5
                    : Sectors[j].Ja is "石油" or "ガス" ? 0.3
                    : Math.Round(((i * 7 + j * 3) % 5) / 20.0, 2);
            }
        }

        return new DependencyMatrix(Sectors.Select(s => new LocalizedName(s.Ja, s.En)).ToList(), m, IsAssumption: true);
    }

    public static CascadeChartData Cascade() => new(
        new LocalizedName("電力", "electricity"),
        Sectors.Where(s => s.Ja != "電力").Select((s, i) =>
        {
            double p = s.Ja switch { "情報通信" => 0.82, "水道" => 0.64, "鉄道" => 0.58, "医療" => 0.41, "金融" => 0.37, _ => 0.05 + 0.02 * i };
            return new SectorFailureProbability(new LocalizedName(s.Ja, s.En), p, Math.Max(0, p - 0.06), Math.Min(1, p + 0.05));
        }).ToList(),
        Runs: 10_000);

    public static NetworkDiagram Network(int extraMembers = 0)
    {
        var nodes = new List<NetworkNode> { new("nisc", 0, "NISC", TotalMembers, IsSpof: true) };
        var edges = new List<NetworkEdge>();
        foreach (var ministry in s_ministry.Values.Distinct())
        {
            long reach = Ceptoars.Where(c => s_ministry[c.SectorJa] == ministry).Sum(c => c.Members);
            nodes.Add(new("ministry:" + ministry.En, 1, new LocalizedName(ministry.Ja, ministry.En), reach, IsSpof: ministry.Ja is "総務省" or "金融庁"));
            edges.Add(new("nisc", "ministry:" + ministry.En));
        }

        foreach (var c in Ceptoars)
        {
            string id = "ceptoar:" + c.Ceptoar;
            nodes.Add(new(id, 2, new LocalizedName(c.Ceptoar, c.Ceptoar), c.Members, IsSpof: c.Ceptoar == "自治体CEPTOAR"));
            edges.Add(new("ministry:" + s_ministry[c.SectorJa].En, id));
        }

        foreach (var g in MemberGroups)
        {
            string id = $"members:{g.Ceptoar}:{g.Unit}";
            nodes.Add(new(id, 3, new LocalizedName($"{ChartStyle.Count(g.Count)}{g.Unit}", $"{ChartStyle.Count(g.Count)} ({g.Unit})"), g.Count, false));
            edges.Add(new("ceptoar:" + g.Ceptoar, id));
        }

        for (int i = 0; i < extraMembers; i++)
        {
            string id = $"member:{i:D5}";
            nodes.Add(new(id, 3, $"事業者{i}", 1, false));
            edges.Add(new("ceptoar:" + Ceptoars[i % Ceptoars.Length].Ceptoar, id));
        }

        return new NetworkDiagram(nodes, edges);
    }
}
