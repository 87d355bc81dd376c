using Depgraph.Core.Model;

namespace Depgraph.Analysis.Summary;

/// <summary>The numbers <c>depgraph summary</c> shows, computed from a dataset.</summary>
public sealed record DatasetSummary(
    string Name, int NodeCount, int EdgeCount,
    IReadOnlyList<(string Kind, int Count)> NodesByKind,
    IReadOnlyList<(string Type, int Count)> EdgesByType,
    IReadOnlyList<MemberCount> MembersByUnit,
    IReadOnlyList<MemberCount> ExternalByUnit,
    IReadOnlyList<SectorSummary> Sectors,
    IReadOnlyList<(string Basis, int Count)> NodeBasis,
    IReadOnlyList<(string Basis, int Count)> EdgeBasis,
    int Warnings)
{
    /// <summary>
    /// The part of <see cref="ExternalByUnit"/> that receives information only under a condition (every
    /// <c>shares_with</c> edge into it has a <see cref="Edge.Condition"/>, e.g. 水道's 1,189 事業体 「内容に応じ」), by unit.
    /// </summary>
    public IReadOnlyList<MemberCount> ConditionalExternalByUnit { get; init; } = [];

    /// <summary>True when every shares_with edge into <paramref name="node"/> passes information on only under a condition.</summary>
    public static bool IsConditionalRecipient(GraphDataset d, Node node)
    {
        var into = d.Edges.Where(e => e.Kind == EdgeKind.SharesWith && e.Target == node.Id).ToList();
        return into.Count > 0 && into.All(e => e.Condition is not null);
    }

    /// <summary>Computes the summary.</summary>
    public static DatasetSummary Compute(GraphDataset d)
    {
        var kinds = EdgeKinds.AllNodeKinds.Select(k => (k.Token(), d.Nodes.Count(n => n.Kind == k))).Where(x => x.Item2 > 0).ToList();
        var types = EdgeKinds.AllEdgeKinds.Select(k => (k.Token(), d.Edges.Count(e => e.Kind == k))).Where(x => x.Item2 > 0).ToList();
        var members = SumUnits(d.Nodes.Where(n => n.Kind == NodeKind.Member));
        var external = SumUnits(d.Nodes.Where(n => n.Kind == NodeKind.External));
        var sectors = new List<SectorSummary>();
        foreach (var sec in d.Nodes.Where(n => n.Kind == NodeKind.Sector))
        {
            var ceps = d.Edges.Where(e => e.Kind == EdgeKind.BelongsTo && e.Target == sec.Id)
                .Select(e => d.Find(e.Source)).OfType<Node>().Where(n => n.Kind == NodeKind.Ceptoar).Distinct()
                .Select(c =>
                {
                    var members = d.Edges.Where(e => e.Kind == EdgeKind.MemberOf && e.Target == c.Id).Select(e => d.Find(e.Source)).OfType<Node>()
                        .Where(n => n.Kind == NodeKind.Member).ToList();
                    // external recipients are served by the CEPTOAR itself or relayed by its members (e.g. 水道's 8 contact points)
                    var senders = members.Select(m => m.Id).Append(c.Id).ToHashSet(StringComparer.Ordinal);
                    var external = d.Edges.Where(e => e.Kind == EdgeKind.SharesWith && senders.Contains(e.Source)).Select(e => d.Find(e.Target)).OfType<Node>()
                        .Where(n => n.Kind == NodeKind.External);
                    return new CeptoarSummary(c, SumUnits(members), SumUnits(external)) { ConditionalExternal = SumUnits(external.Where(x => IsConditionalRecipient(d, x))) };
                })
                .ToList();
            sectors.Add(new SectorSummary(sec, ceps));
        }
        static IReadOnlyList<(string, int)> Bases(IEnumerable<Provenance> ps) =>
            ps.GroupBy(p => p.Basis).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToList();
        return new DatasetSummary(d.Name, d.Nodes.Length, d.Edges.Length, kinds, types, members, external, sectors,
            Bases(d.Nodes.Select(n => n.Provenance)), Bases(d.Edges.Select(e => e.Provenance)), 0)
        {
            ConditionalExternalByUnit = SumUnits(d.Nodes.Where(n => n.Kind == NodeKind.External && IsConditionalRecipient(d, n))),
        };
    }

    /// <summary>Sums member counts by unit, in order of first appearance.</summary>
    public static IReadOnlyList<MemberCount> SumUnits(IEnumerable<Node> nodes)
    {
        var order = new List<string>();
        var sums = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var n in nodes.Distinct())
            foreach (var m in n.Members)
            {
                if (!sums.ContainsKey(m.Unit)) { order.Add(m.Unit); sums[m.Unit] = 0; }
                sums[m.Unit] += m.Count;
            }
        return order.Select(u => new MemberCount(u, sums[u])).ToList();
    }
}

/// <summary>A sector and its CEPTOARs.</summary>
/// <param name="Sector">The sector node.</param>
/// <param name="Ceptoars">Its CEPTOARs, in dataset order.</param>
public sealed record SectorSummary(Node Sector, IReadOnlyList<CeptoarSummary> Ceptoars);

/// <summary>A CEPTOAR with its members and external recipients by unit.</summary>
/// <param name="Ceptoar">The CEPTOAR node.</param>
/// <param name="Members">Member counts by unit.</param>
/// <param name="External">External recipients by unit.</param>
public sealed record CeptoarSummary(Node Ceptoar, IReadOnlyList<MemberCount> Members, IReadOnlyList<MemberCount> External)
{
    /// <summary>The part of <see cref="External"/> reached only under a condition (e.g. 「内容に応じ」), by unit.</summary>
    public IReadOnlyList<MemberCount> ConditionalExternal { get; init; } = [];
}
