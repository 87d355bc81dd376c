using System.Collections.Immutable;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Tests.Report;

/// <summary>
/// Datasets with hand-computed answers for the report tests.
/// <para><see cref="Small"/>: NISC → 甲省 (1 h) → 銀行等 (2 h) and 証券 (2 h); NISC → 証券 directly (4 h); NISC → 乙省 (1 h)
/// → T (0.5 h); NISC → 電力CEPTOAR (3 h); each CEPTOAR → its member aggregate; 銀行等's members (20 h) relay to an
/// outside recipient; a named T member counted in its aggregate (included_in, weight 0); a loose 証券 member (30 h,
/// weight 1). Members: 電力 24, T 28+1, 銀行等 1,226, 証券 272+7, loose 1 = 1,559. Four sectors with assumed
/// depends_on edges.</para>
/// </summary>
internal static class ReportTestData
{
    public const string SourceFile = "nisc-ceptoar-fy2024.txt";

    private static readonly Provenance Quote = new([new Evidence("quoted text", 1, SourceFile)], null);

    public static GraphDataset Small(bool dependenciesAssumed = true)
    {
        var nodes = new List<Node>
        {
            N("nisc", NodeKind.Government, "内閣サイバーセキュリティセンター", "NISC"),
            N("ministry.a", NodeKind.Ministry, "甲省", "Ministry A"),
            N("ministry.b", NodeKind.Ministry, "乙省", "Ministry B", Provenance.Assumed("ministry per the action plan")),
            N("sector.electricity", NodeKind.Sector, "電力", "Electricity"),
            N("sector.info_comm", NodeKind.Sector, "情報通信", "Information and communication"),
            N("sector.finance", NodeKind.Sector, "金融", "Finance"),
            N("sector.water", NodeKind.Sector, "水道", "Water"),
            N("ceptoar.e", NodeKind.Ceptoar, "電力CEPTOAR", "Electricity CEPTOAR"),
            N("ceptoar.t", NodeKind.Ceptoar, "T-CEPTOAR", "T-CEPTOAR"),
            N("ceptoar.bank", NodeKind.Ceptoar, "銀行等CEPTOAR", "Banks CEPTOAR"),
            N("ceptoar.sec", NodeKind.Ceptoar, "証券CEPTOAR", "Securities CEPTOAR"),
            N("members.e", NodeKind.Member, "電力CEPTOAR構成員", "Electricity members", members: [new("社", 24)]),
            N("members.t", NodeKind.Member, "T-CEPTOAR構成員", "T members", members: [new("社", 28), new("団体", 1)]),
            N("member.t.sg", NodeKind.Member, "T-CEPTOAR SG", "T SG", attributes: new() { ["included_in"] = "members.t" }),
            N("members.bank", NodeKind.Member, "銀行等CEPTOAR構成員", "Bank members", members: [new("社", 1226)]),
            N("members.sec", NodeKind.Member, "証券CEPTOAR構成員", "Securities members", members: [new("社", 272), new("機関", 7)]),
            N("member.loose", NodeKind.Member, "単独の構成員", "Loose member"),
            N("external.bank", NodeKind.External, "銀行等 構成員以外", "Bank outside recipients", members: [new("社・団体", 8)]),
        };
        var edges = new List<Edge>
        {
            Share("nisc", "ministry.a", 1),
            Share("nisc", "ministry.b", 1, Provenance.Assumed("action plan (2022, rev. 2024), not in this document")),
            Share("ministry.a", "ceptoar.bank", 2, Provenance.Assumed("action plan (2022, rev. 2024), not in this document")),
            Share("ministry.a", "ceptoar.sec", 2),
            Share("nisc", "ceptoar.sec", 4),
            Share("ministry.b", "ceptoar.t", 0.5),
            Share("nisc", "ceptoar.e", 3),
            Share("ceptoar.e", "members.e", 1),
            Share("ceptoar.t", "members.t", 1),
            Share("ceptoar.t", "member.t.sg", 0.5),
            Share("ceptoar.bank", "members.bank", 20),
            Share("ceptoar.sec", "members.sec", 1),
            Share("ceptoar.sec", "member.loose", 30),
            Share("members.bank", "external.bank", 1),
            new Edge("members.t", "nisc", EdgeKind.SharesWith, Provenance.Assumed("action plan 情報連絡"), 2, 1, 1, InfoFlow.Report),
            E("ceptoar.e", "sector.electricity", EdgeKind.BelongsTo),
            E("ceptoar.t", "sector.info_comm", EdgeKind.BelongsTo),
            E("ceptoar.bank", "sector.finance", EdgeKind.BelongsTo),
            E("ceptoar.sec", "sector.finance", EdgeKind.BelongsTo),
            E("members.e", "ceptoar.e", EdgeKind.MemberOf),
            E("members.t", "ceptoar.t", EdgeKind.MemberOf),
            E("member.t.sg", "ceptoar.t", EdgeKind.MemberOf),
            E("members.bank", "ceptoar.bank", EdgeKind.MemberOf),
            E("members.sec", "ceptoar.sec", EdgeKind.MemberOf),
            E("member.loose", "ceptoar.sec", EdgeKind.MemberOf),
            Dep("sector.info_comm", "sector.electricity", 0.4, 0.7, 3, dependenciesAssumed),
            Dep("sector.finance", "sector.info_comm", 0.35, 0.6, 0.5, dependenciesAssumed),
            Dep("sector.finance", "sector.electricity", 0.3, 0.6, 3, dependenciesAssumed),
            Dep("sector.water", "sector.electricity", 0.45, 0.8, 1, dependenciesAssumed),
            Dep("sector.info_comm", "sector.water", 0.1, 0.3, 24, dependenciesAssumed),
            Dep("sector.electricity", "sector.info_comm", 0.25, 0.5, 1, dependenciesAssumed),
        };
        return new GraphDataset("small", [.. nodes], [.. edges], [new SourceDocument(SourceFile, "nisc-ceptoar-fy2024", "NISC")], isCurated: true);
    }

    /// <summary>
    /// <see cref="Small"/> plus nodes outside the provision flow: a secretariat that operates 銀行等CEPTOAR and an ISAC the
    /// electricity CEPTOAR is a member of (no provision link leads to either), and an organisation the ISAC provides to
    /// (addressed by the flow, but not reached from NISC).
    /// </summary>
    public static GraphDataset WithNodesOutsideTheFlow()
    {
        GraphDataset small = Small();
        Node[] nodes =
        [
            .. small.Nodes,
            N("secretariat.bank", NodeKind.Secretariat, "銀行協会", "Bankers association"),
            N("isac.e", NodeKind.Isac, "電力ISAC", "Electricity ISAC"),
            N("member.isac_only", NodeKind.Member, "ISACだけの会員", "ISAC-only member"),
        ];
        Edge[] edges =
        [
            .. small.Edges,
            E("secretariat.bank", "ceptoar.bank", EdgeKind.Operates),
            E("ceptoar.e", "isac.e", EdgeKind.MemberOf),
            Share("isac.e", "member.isac_only", 1),
        ];
        return new GraphDataset("small-outside", [.. nodes], [.. edges], small.Sources, isCurated: true);
    }

    /// <summary>
    /// <see cref="Small"/> plus a relay that passes information on only depending on its content (attribute
    /// <c>conditional</c>, as 水道's 「内容に応じ」): 電力CEPTOAR構成員 → 1,189 事業体, besides the certain 8 社・団体 of 銀行等.
    /// </summary>
    public static GraphDataset WithConditionalRecipients()
    {
        GraphDataset small = Small();
        Node[] nodes = [.. small.Nodes, N("external.e", NodeKind.External, "電力 会員事業体", "Electricity member utilities", members: [new("事業体", 1189)])];
        var attributes = ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal).Add(Edge.ConditionalAttribute, "内容に応じ");
        Edge[] edges = [.. small.Edges, new Edge("members.e", "external.e", EdgeKind.SharesWith, Quote, 2, 1, 1, InfoFlow.Provide, attributes: attributes)];
        return new GraphDataset("small-conditional", [.. nodes], [.. edges], small.Sources, isCurated: true);
    }

    /// <summary>
    /// A generic graph shaped like <c>depgraph generate</c>'s: nisc → 5 ministries → 15 sectors → 21 CEPTOARs and 4 ISACs →
    /// members (each hub → member shares_with), plus member → member supplies edges; no provenance, not curated.
    /// </summary>
    public static GraphDataset Generic(int nodes, int seed)
    {
        var rng = new Random(seed);
        var list = new List<Node> { new("nisc", NodeKind.Government, "nisc", "", Provenance.None) };
        var edges = new List<Edge>();
        for (int i = 0; i < 5; i++)
        {
            list.Add(new($"ministry-{i:00}", NodeKind.Ministry, $"ministry-{i:00}", "", Provenance.None));
            edges.Add(new("nisc", $"ministry-{i:00}", EdgeKind.SharesWith, Provenance.None, 1, 1));
        }

        for (int s = 0; s < 15; s++)
        {
            list.Add(new($"sector-{s:00}", NodeKind.Sector, $"sector-{s:00}", "", Provenance.None));
            edges.Add(new($"ministry-{s % 5:00}", $"sector-{s:00}", EdgeKind.SharesWith, Provenance.None, 1, 1));
        }

        var hubs = new List<string>();
        for (int c = 0; c < 25; c++)
        {
            string id = c < 21 ? $"ceptoar-{c:00}" : $"isac-{c - 21:00}";
            hubs.Add(id);
            list.Add(new(id, c < 21 ? NodeKind.Ceptoar : NodeKind.Isac, id, "", Provenance.None));
            edges.Add(new($"sector-{c % 15:00}", id, EdgeKind.SharesWith, Provenance.None, 2, 1));
        }

        int members = nodes - list.Count;
        for (int m = 1; m <= members; m++)
        {
            string id = $"m{m:0000000}";
            list.Add(new(id, NodeKind.Member, id, "", Provenance.None));
            if (m % 100 == 0)
            {
                continue; // isolated
            }

            edges.Add(new(hubs[(int)Math.Min(24, Math.Floor(25 * Math.Pow(rng.NextDouble(), 2)))], id, EdgeKind.SharesWith, Provenance.None, 0.5 + (23.5 * rng.NextDouble()), 0.9));
        }

        for (int k = 0; k < 2 * members; k++)
        {
            int a = 1 + rng.Next(members), b = 1 + rng.Next(members);
            if (a != b)
            {
                edges.Add(new($"m{a:0000000}", $"m{b:0000000}", EdgeKind.Supplies, Provenance.None, 1 + (71 * rng.NextDouble()), 0.05 + (0.25 * rng.NextDouble())));
            }
        }

        return new GraphDataset("generic", [.. list], [.. edges]);
    }

    private static Node N(string id, NodeKind kind, string ja, string en, Provenance? provenance = null, MemberCount[]? members = null, Dictionary<string, string>? attributes = null) =>
        new(id, kind, ja, en, provenance ?? Quote, members is null ? default : [.. members], attributes: attributes?.ToImmutableSortedDictionary(StringComparer.Ordinal));

    private static Edge Share(string from, string to, double hours, Provenance? provenance = null) =>
        new(from, to, EdgeKind.SharesWith, provenance ?? Quote, hours, 0.95, 1, InfoFlow.Provide);

    private static Edge E(string from, string to, EdgeKind kind) => new(from, to, kind, Quote);

    private static Edge Dep(string dependant, string supplier, double strength, double probability, double hours, bool assumed) =>
        new(dependant, supplier, EdgeKind.DependsOn, assumed ? Provenance.Assumed("assumption: interdependency analysis") : new Provenance([new Evidence("survey", 1, "survey.csv")], null), hours, probability, strength);
}
