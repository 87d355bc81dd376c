namespace Depgraph.TestSupport;

/// <summary>
/// The expected facts of the shipped dataset (data/ceptoar-fy2024), stated once for every test that
/// checks them. Each comes from NISC's FY2024 CEPTOAR report; change a fact here when the dataset changes.
/// </summary>
public static class ShippedDataset
{
    /// <summary>Nodes in the dataset.</summary>
    public const int Nodes = 155;

    /// <summary>Edges in the dataset.</summary>
    public const int Edges = 521;

    /// <summary>Critical-infrastructure sectors (重要インフラ分野).</summary>
    public const int Sectors = 15;

    /// <summary>CEPTOARs.</summary>
    public const int Ceptoars = 21;

    /// <summary>Members of all CEPTOARs (延べ, named members inside aggregates not counted twice).</summary>
    public const long MemberTotal = 4359;

    /// <summary>Members counted in 社.</summary>
    public const long Companies = 2506;

    /// <summary>自治体CEPTOAR: prefectures.</summary>
    public const long Prefectures = 47;

    /// <summary>自治体CEPTOAR: municipalities.</summary>
    public const long Municipalities = 1741;

    /// <summary>自治体CEPTOAR's members (prefectures + municipalities), all lost if it fails.</summary>
    public const long LocalGovernments = Prefectures + Municipalities;

    /// <summary>Organisations and member groups an alert from NISC reaches (information provision, no time limit), including 水道's 1,189 事業体, reached only 「内容に応じ」 (conditionally).</summary>
    public const int ReachedFromNisc = 66;

    /// <summary>水道CEPTOAR's outside recipients (事業体) relayed by its members.</summary>
    public const long WaterUtilities = 1189;

    /// <summary>Members of 銀行等CEPTOAR (社).</summary>
    public const long BankMembers = 1226;

    /// <summary>A count as the outputs print it: <c>4,359</c>.</summary>
    public static string N(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The two CEPTOARs reached from NISC by two vertex-disjoint routes.</summary>
    public static readonly string[] CeptoarsWithTwoRoutes = ["ceptoar.nonlife_insurance", "ceptoar.railway"];
}
