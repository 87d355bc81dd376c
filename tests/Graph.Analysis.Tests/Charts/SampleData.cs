using Depgraph.Analysis.Charts;

namespace Depgraph.Analysis.Tests.Charts;

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
}
