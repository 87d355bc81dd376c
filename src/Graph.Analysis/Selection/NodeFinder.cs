using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Selection;

/// <summary>Finds nodes by a fragment of their id, Japanese name or English name (<c>depgraph find</c>).</summary>
/// <remarks>
/// <para><b>Definition.</b> A node matches when <see cref="TextKey"/> of its id, Japanese or English name contains
/// <see cref="TextKey"/> of the text: case- and width-insensitive (ＣＥＰＴＯＡＲ = CEPTOAR = ceptoar).</para>
/// <para><b>Order.</b> Exact matches first, then by kind (declaration order), then id (ordinal). O(n · text length).</para>
/// <para><b>Example.</b> <c>NodeFinder.Find(g, "水道")</c> gives sector.water, ceptoar.water, its member groups, …</para>
/// </remarks>
public static class NodeFinder
{
    /// <summary>Finds the nodes matching <paramref name="text"/>, optionally of one kind only.</summary>
    /// <param name="all">The whole graph (structure edges give the sectors).</param>
    /// <param name="text">The fragment; empty matches every node.</param>
    /// <param name="kind">Only nodes of this kind, or null.</param>
    public static IReadOnlyList<NodeMatch> Find(CompactGraph all, string text, NodeKind? kind = null)
    {
        Preconditions.NotNull(all, nameof(all));
        var key = TextKey.Of(text);
        var hits = new List<(int V, bool Exact)>();
        for (int v = 0; v < all.NodeCount; v++)
        {
            if (kind is { } k && all.Kind(v) != k) continue;
            string id = TextKey.Of(all.Id(v)), ja = TextKey.Of(all.Label(v, Language.Japanese)), en = TextKey.Of(all.Label(v, Language.English));
            if (id.Contains(key, StringComparison.Ordinal) || ja.Contains(key, StringComparison.Ordinal) || en.Contains(key, StringComparison.Ordinal))
                hits.Add((v, id == key || ja == key || en == key));
        }
        if (hits.Count == 0) return [];
        var sectors = new SectorMembership(all);
        return hits.OrderByDescending(h => h.Exact).ThenBy(h => (int)all.Kind(h.V)).ThenBy(h => all.Id(h.V), StringComparer.Ordinal)
            .Select(h => new NodeMatch(h.V, sectors.PrimarySector(h.V))).ToList();
    }
}
