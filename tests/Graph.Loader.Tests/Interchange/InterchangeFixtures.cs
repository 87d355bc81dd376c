using System.Collections.Immutable;
using System.Text;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests.Interchange;

/// <summary>Datasets for the interchange tests: a small one with nasty strings, and seeded random ones.</summary>
internal static class InterchangeFixtures
{
    public const string NiscNameJa = "内閣サイバーセキュリティセンター";
    public const string CeptoarNameJa = "電力 'CEPTOAR' \"引用\" \\ back\\slash";
    public const string NastyId = "ext/外部;'\"id";

    private static ImmutableSortedDictionary<string, string> Attrs(params (string K, string V)[] kv) =>
        kv.ToImmutableSortedDictionary(p => p.K, p => p.V, StringComparer.Ordinal);

    private static Provenance Quote(string quote, int line, string? assumption = null) =>
        new([new Evidence(quote, line, "nisc-ceptoar-fy2024.txt")], assumption);

    /// <summary>Every node kind and edge type, with quotes ' " \, line breaks, tabs, 日本語, emoji, semicolons, // and /* in strings.</summary>
    public static GraphDataset Nasty()
    {
        Node[] nodes =
        [
            new("nisc", NodeKind.Government, NiscNameJa, "NISC \"National\" Center", Quote("重要インフラ; 「情報共有」 // not a comment /* nor this */", 12)),
            new("meti", NodeKind.Ministry, "経済産業省", "METI", Quote("経済産業省", 40)),
            new("sector-power", NodeKind.Sector, "電力", "Electricity", Quote("電力分野", 41), scope: ["発電", "送配電; 小売"]),
            new("ceptoar-power", NodeKind.Ceptoar, CeptoarNameJa, "Line1\nLine2\tTabbed\r\nCRLF",
                new Provenance([new Evidence("電力CEPTOAR */ end", 50, "nisc-ceptoar-fy2024.txt"), new Evidence("second; quote\nwith newline", 51, "other.txt")],
                    "assumed: the 'delay' is \"typical\""),
                scope: ["一般送配電事業"], attributes: Attrs(("note", "emoji 🚀 and ; and // and /* */"), ("quote'key", "v\"al\\ue"))),
            new("council", NodeKind.Council, "セプターカウンシル", "CEPTOAR Council", Quote("セプターカウンシル", 60)),
            new("secretariat-fepc", NodeKind.Secretariat, "電気事業連合会", "FEPC", Quote("電気事業連合会", 55), departmentJa: "情報通信部\tセキュリティ課"),
            new("isac-ict", NodeKind.Isac, "ICT-ISAC", "", Quote("ICT-ISAC", 70)),
            new("jpcert", NodeKind.Coordination, "JPCERT/CC", "JPCERT/CC", Quote("JPCERT/CC", 80)),
            new("members-power", NodeKind.Member, "電気事業者", "Power utilities", Quote("12社・3団体", 52),
                members: [new MemberCount("社", 12), new MemberCount("団体", 3)], membersAsWritten: "12社・3団体"),
            new(NastyId, NodeKind.External, "構成員以外の情報展開先 \"外部\"", "External; recipients 🚀 // /* */", Provenance.None),
            new("exercise-2024", NodeKind.Exercise, "分野横断的演習 /* 2024 */", "Cross-sector exercise", Quote("分野横断的演習", 90)),
            new("res-power", NodeKind.Resource, "電力供給", "Power supply", Provenance.Assumed("NISC 2007 analysis: every sector depends on 電力; no survey yet")),
        ];
        Edge[] edges =
        [
            new("nisc", "ceptoar-power", EdgeKind.SharesWith, Quote("情報提供", 13), delayHours: 0.5, probability: 0.95, flow: InfoFlow.Provide, channels: ["email", "phone;fax"]),
            new("nisc", "ceptoar-power", EdgeKind.SharesWith, Quote("情報提供 (fax)", 14), delayHours: 2, probability: 0.9, flow: InfoFlow.Provide, channels: ["fax"]),
            new("ceptoar-power", "members-power", EdgeKind.SharesWith, Quote("構成員へ", 53), delayHours: 1, probability: 1, flow: InfoFlow.Provide),
            new("members-power", "ceptoar-power", EdgeKind.SharesWith, Quote("情報連絡", 54), delayHours: 1e-5, probability: 0.1 + 0.2, flow: InfoFlow.Report,
                attributes: Attrs(("channel_note", "line1\nline2"))),
            new("ceptoar-power", NastyId, EdgeKind.SharesWith, Provenance.Assumed("外部 'external' sharing; assumed"), delayHours: 24, probability: 0.5, flow: InfoFlow.Provide),
            new("meti", "sector-power", EdgeKind.Oversees, Quote("所管", 40)),
            new("ceptoar-power", "sector-power", EdgeKind.BelongsTo, Quote("電力分野", 41)),
            new("secretariat-fepc", "ceptoar-power", EdgeKind.Operates, Quote("事務局", 55)),
            new("members-power", "ceptoar-power", EdgeKind.MemberOf, Quote("構成員", 52)),
            new("ceptoar-power", "council", EdgeKind.ParticipatesIn, Quote("参加", 60)),
            new("ceptoar-power", "exercise-2024", EdgeKind.ParticipatesIn, Quote("演習に参加", 90)),
            new("members-power", "res-power", EdgeKind.DependsOn, Provenance.Assumed("assumption: 電力 dependency"), delayHours: 3, probability: 0.8, strength: 0.7),
            new("res-power", "members-power", EdgeKind.Supplies, Provenance.Assumed("generic form"), delayHours: 3, probability: 0.8, strength: 0.7),
        ];
        return new GraphDataset("nasty \"fixture\"; 日本語", [.. nodes], [.. edges],
            [new SourceDocument("nisc-ceptoar-fy2024.txt", "重要インフラ分野の「セプター」の活動状況", "NISC")], isCurated: true);
    }

    private const string ScalarAlphabet = "abcXYZ019 _-.,;:/*|'\"\\\t\n\r{}[]()<>&=#%$@!?電力情報共有セプター「」、。🚀😀";
    private const string ItemAlphabet = "abcXYZ019 _-.,;:/*'\"\\\t\n\r{}[]()<>&電力情報共有「」、。🚀";

    /// <summary>A random dataset: <paramref name="nodeCount"/> nodes, <paramref name="edgeCount"/> edges (no self-loops), nasty strings everywhere.</summary>
    public static GraphDataset Random(int seed, int nodeCount, int edgeCount)
    {
        var rng = new Random(seed);
        var nodes = new Node[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            var kind = (NodeKind)rng.Next(EdgeKinds.AllNodeKinds.Count);
            nodes[i] = new Node($"n{i}§{Text(rng, ScalarAlphabet, 0, 4)}", kind, Text(rng, ScalarAlphabet, 0, 12), Text(rng, ScalarAlphabet, 0, 8),
                RandomProvenance(rng),
                members: [.. Enumerable.Range(0, rng.Next(3)).Select(_ => new MemberCount(Text(rng, ItemAlphabet, 1, 4), rng.NextInt64(0, ReaderLimits.MaxMemberCount + 1)))],
                membersAsWritten: rng.Next(3) == 0 ? null : Text(rng, ScalarAlphabet, 0, 10),
                scope: [.. Enumerable.Range(0, rng.Next(3)).Select(_ => Text(rng, ItemAlphabet, 1, 6))],
                departmentJa: rng.Next(2) == 0 ? null : Text(rng, ScalarAlphabet, 0, 6),
                attributes: RandomAttributes(rng));
        }
        var edges = new Edge[nodeCount < 2 ? 0 : edgeCount];
        for (var i = 0; i < edges.Length; i++)
        {
            var s = rng.Next(nodeCount);
            var t = rng.Next(nodeCount - 1);
            if (t >= s) t++;
            var kind = (EdgeKind)rng.Next(EdgeKinds.AllEdgeKinds.Count);
            var flow = kind == EdgeKind.SharesWith ? (InfoFlow)rng.Next(3) : InfoFlow.None;
            edges[i] = new Edge(nodes[s].Id, nodes[t].Id, kind, RandomProvenance(rng),
                delayHours: rng.Next(4) == 0 ? rng.Next(100) : rng.NextDouble() * Math.Pow(10, rng.Next(-6, 6)),
                probability: rng.Next(4) == 0 ? 1 : rng.NextDouble(), strength: rng.NextDouble(), flow: flow,
                channels: [.. Enumerable.Range(0, rng.Next(3)).Select(_ => Text(rng, ItemAlphabet, 1, 5))],
                attributes: RandomAttributes(rng));
        }
        return new GraphDataset($"random-{seed}", [.. nodes], [.. edges]);
    }

    private static Provenance RandomProvenance(Random rng) => new(
        [.. Enumerable.Range(0, rng.Next(3)).Select(_ => new Evidence(Text(rng, ItemAlphabet, 1, 20), rng.Next(1, 2000), Text(rng, ItemAlphabet, 1, 8)))],
        rng.Next(3) == 0 ? Text(rng, ScalarAlphabet, 1, 15) : null);

    private static ImmutableSortedDictionary<string, string> RandomAttributes(Random rng) =>
        Enumerable.Range(0, rng.Next(3)).Select(_ => (K: Text(rng, ScalarAlphabet, 1, 5), V: Text(rng, ScalarAlphabet, 0, 10)))
            .DistinctBy(p => p.K, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(p => p.K, p => p.V, StringComparer.Ordinal);

    /// <summary>Random text over the alphabet's text elements (surrogate pairs kept whole).</summary>
    private static string Text(Random rng, string alphabet, int min, int max)
    {
        var elements = new List<string>();
        var e = System.Globalization.StringInfo.GetTextElementEnumerator(alphabet);
        while (e.MoveNext()) elements.Add((string)e.Current);
        var sb = new StringBuilder();
        var n = rng.Next(min, max + 1);
        for (var i = 0; i < n; i++) sb.Append(elements[rng.Next(elements.Count)]);
        return sb.ToString();
    }
}
