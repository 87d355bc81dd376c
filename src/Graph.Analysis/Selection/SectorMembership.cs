using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Selection;

/// <summary>
/// Which sector each organisation belongs to, read from the structure edges of the whole graph: a CEPTOAR
/// <c>belongs_to</c> a sector; a member group is <c>member_of</c> a CEPTOAR; an outside recipient
/// (<see cref="NodeKind.External"/>) receives <c>shares_with</c> from a CEPTOAR. A sector node is its own sector.
/// </summary>
/// <remarks>O(n + m). A node in several sectors (a member of two CEPTOARs of different sectors) is listed in each;
/// <see cref="PrimarySector"/> is the one with the smallest id (ordinal).</remarks>
public sealed class SectorMembership
{
    private readonly List<int>[] _sectorsOf;

    /// <summary>Computes the membership on <paramref name="all"/>, a graph holding the structure edges in their stored direction (e.g. <c>dataset.ToCompactGraph()</c>).</summary>
    public SectorMembership(CompactGraph all)
    {
        Preconditions.NotNull(all, nameof(all));
        Graph = all;
        int n = all.NodeCount;
        _sectorsOf = new List<int>[n];
        for (int v = 0; v < n; v++) _sectorsOf[v] = [];
        for (int v = 0; v < n; v++) if (all.Kind(v) == NodeKind.Sector) _sectorsOf[v].Add(v);
        // CEPTOAR -> sector
        for (int e = 0; e < all.EdgeCount; e++)
        {
            if (all.EdgeKindOf(e) != EdgeKind.BelongsTo) continue;
            int c = all.Source(e), s = all.Target(e);
            if (all.Kind(s) == NodeKind.Sector && all.Kind(c) != NodeKind.Sector && !_sectorsOf[c].Contains(s)) _sectorsOf[c].Add(s);
        }
        // members and outside recipients of a CEPTOAR take its sectors
        for (int e = 0; e < all.EdgeCount; e++)
        {
            var k = all.EdgeKindOf(e);
            int from, to;
            if (k == EdgeKind.MemberOf && all.Kind(all.Source(e)) == NodeKind.Member) (from, to) = (all.Target(e), all.Source(e));
            else if (k == EdgeKind.SharesWith && all.Kind(all.Target(e)) == NodeKind.External) (from, to) = (all.Source(e), all.Target(e));
            else continue;
            if (all.Kind(from) != NodeKind.Ceptoar) continue;
            foreach (int s in _sectorsOf[from]) if (!_sectorsOf[to].Contains(s)) _sectorsOf[to].Add(s);
        }
        foreach (var l in _sectorsOf) if (l.Count > 1) l.Sort((a, b) => string.CompareOrdinal(all.Id(a), all.Id(b)));
    }

    /// <summary>The graph the membership was computed on.</summary>
    public CompactGraph Graph { get; }

    /// <summary>The sectors of <paramref name="v"/> (sorted by id), empty when it belongs to none.</summary>
    public IReadOnlyList<int> SectorsOf(int v) => _sectorsOf[Preconditions.ValidVertex(v, _sectorsOf.Length, nameof(v))];

    /// <summary>The first sector of <paramref name="v"/> by id, or -1.</summary>
    public int PrimarySector(int v) => SectorsOf(v) is { Count: > 0 } l ? l[0] : -1;

    /// <summary>The nodes of <paramref name="sector"/>: its CEPTOARs, member groups and outside recipients (not the sector node), sorted by id.</summary>
    public IReadOnlyList<int> NodesOf(int sector)
    {
        var list = new List<int>();
        for (int v = 0; v < _sectorsOf.Length; v++)
            if (v != sector && _sectorsOf[v].Contains(sector)) list.Add(v);
        list.Sort((a, b) => string.CompareOrdinal(Graph.Id(a), Graph.Id(b)));
        return list;
    }
}
