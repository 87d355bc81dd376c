namespace Depgraph.Core.Model;

/// <summary>The kind of an organisation or activity in the information-sharing system (see DESIGN.md, "Domain model").</summary>
public enum NodeKind : byte
{
    /// <summary>The national cyber centre (NISC, 内閣サイバーセキュリティセンター).</summary>
    Government,
    /// <summary>A ministry that oversees a sector (所管省庁).</summary>
    Ministry,
    /// <summary>A critical-infrastructure sector (重要インフラ分野); fifteen in FY2024.</summary>
    Sector,
    /// <summary>A sector information-sharing and analysis function (セプター, CEPTOAR); twenty-one in FY2024.</summary>
    Ceptoar,
    /// <summary>A council of CEPTOARs (セプターカウンシル, 金融CEPTOAR連絡協議会).</summary>
    Council,
    /// <summary>The body that runs a CEPTOAR (事務局): an industry association.</summary>
    Secretariat,
    /// <summary>An information sharing and analysis centre (ISAC).</summary>
    Isac,
    /// <summary>A coordination body (JPCERT/CC, IPA J-CSIP, サイバーセキュリティ協議会, FISC, …).</summary>
    Coordination,
    /// <summary>A member operator, or an aggregate of members with counts by unit (社, 団体, 機関, 都道府県 …).</summary>
    Member,
    /// <summary>Recipients outside the membership (構成員以外の情報展開先).</summary>
    External,
    /// <summary>An exercise or joint activity (セプター訓練, 全分野一斉演習, 官民連携演習 …).</summary>
    Exercise,
    /// <summary>A shared resource every sector draws on (fuel, staff, IT vendors, cloud): dependency layer only.</summary>
    Resource,
}
