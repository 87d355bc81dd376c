using Depgraph.Core;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Selection;

/// <summary>
/// Turns what an analyst types into vertices: an id, an exact Japanese or English name, or a selector —
/// <c>kind:ceptoar</c> (every node of a kind) or <c>sector:sector.finance</c> / <c>sector:金融</c> (every CEPTOAR,
/// member group and outside recipient of the sector, see <see cref="SectorMembership"/>).
/// </summary>
/// <remarks>
/// <para>Resolution order for a plain token: exact id (ordinal); else an id, Japanese or English name equal under
/// <see cref="TextKey"/> (NFKC, case-insensitive). A name that fits several nodes is an error listing the candidates;
/// nothing selected is an error suggesting close ids. Lists separate tokens with commas.</para>
/// <para><b>Example.</b> <c>NodeSelector.Select(g, "sector:金融")</c> gives the 7 financial CEPTOARs, their member groups
/// and outside recipients; <c>NodeSelector.Select(g, "経済産業省")</c> gives ministry.meti.</para>
/// <para>O(n) per name or selector (plus O(n + m) once for a sector selector).</para>
/// </remarks>
public static class NodeSelector
{
    /// <summary>True when <paramref name="token"/> is a selector (<c>kind:</c> or <c>sector:</c>) rather than an id or a name.</summary>
    public static bool IsSelector(string token) =>
        token.StartsWith("kind:", StringComparison.OrdinalIgnoreCase) || token.StartsWith("sector:", StringComparison.OrdinalIgnoreCase);

    /// <summary>Resolves a comma-separated list of ids, names and selectors; duplicates removed, first occurrence order kept.</summary>
    /// <param name="all">The whole graph (all edges, stored direction); a layer of it has the same vertex indices.</param>
    /// <param name="spec">The list.</param>
    /// <exception cref="SelectionException">A token selects nothing, or a name is ambiguous.</exception>
    public static int[] SelectList(CompactGraph all, string spec)
    {
        Preconditions.NotNull(all, nameof(all));
        var tokens = (spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length == 0) throw new SelectionException("no node given; write an id, a name, kind:K or sector:S", []);
        var seen = new HashSet<int>();
        var result = new List<int>();
        SectorMembership? sectors = null;
        foreach (var t in tokens)
            foreach (int v in Select(all, t, ref sectors))
                if (seen.Add(v)) result.Add(v);
        return [.. result];
    }

    /// <summary>Resolves one id, name or selector.</summary>
    /// <exception cref="SelectionException">It selects nothing, or a name is ambiguous.</exception>
    public static IReadOnlyList<int> Select(CompactGraph all, string token)
    {
        SectorMembership? sectors = null;
        return Select(all, token, ref sectors);
    }

    private static IReadOnlyList<int> Select(CompactGraph all, string token, ref SectorMembership? sectors)
    {
        Preconditions.NotNull(all, nameof(all));
        token = (token ?? "").Trim();
        if (token.StartsWith("kind:", StringComparison.OrdinalIgnoreCase))
        {
            var k = token[5..];
            if (!EdgeKinds.TryParseNodeKind(k, out var kind))
                throw new SelectionException($"unknown node kind '{k}' in '{token}'; known: {string.Join(", ", EdgeKinds.AllNodeKinds.Select(x => x.Token()))}", []);
            var vs = Enumerable.Range(0, all.NodeCount).Where(v => all.Kind(v) == kind).OrderBy(all.Id, StringComparer.Ordinal).ToArray();
            if (vs.Length == 0) throw new SelectionException($"'{token}' selects nothing: the graph has no {kind.Token()} node", []);
            return vs;
        }
        if (token.StartsWith("sector:", StringComparison.OrdinalIgnoreCase))
        {
            var name = token[7..].Trim();
            int s = ResolveOne(all, name, v => all.Kind(v) == NodeKind.Sector, "sector");
            sectors ??= new SectorMembership(all);
            var vs = sectors.NodesOf(s);
            if (vs.Count == 0) throw new SelectionException($"'{token}': sector {all.Id(s)} has no CEPTOAR, member group or outside recipient in this graph", []);
            return vs;
        }
        return [ResolveOne(all, token, null, "node")];
    }

    /// <summary>Resolves one id or exact name (NFKC, case-insensitive) to a vertex.</summary>
    /// <param name="all">The graph.</param>
    /// <param name="text">An id or a name.</param>
    /// <param name="filter">Only these vertices are candidates (null: all).</param>
    /// <param name="what">What is looked for, for messages (<c>node</c>, <c>sector</c>).</param>
    /// <exception cref="SelectionException">No candidate, or several.</exception>
    public static int ResolveOne(CompactGraph all, string text, Func<int, bool>? filter, string what)
    {
        Preconditions.NotNull(all, nameof(all));
        if (all.TryGetIndex(text, out int exact) && (filter is null || filter(exact))) return exact;
        var key = TextKey.Of(text);
        var hits = new List<int>();
        if (key.Length > 0)
            for (int v = 0; v < all.NodeCount; v++)
            {
                if (filter is not null && !filter(v)) continue;
                if (TextKey.Of(all.Id(v)) == key || TextKey.Of(all.Label(v, Language.Japanese)) == key || TextKey.Of(all.Label(v, Language.English)) == key) hits.Add(v);
            }
        if (hits.Count == 1) return hits[0];
        if (hits.Count > 1)
        {
            var ids = hits.Select(all.Id).Order(StringComparer.Ordinal).ToList();
            throw new SelectionException($"'{text}' could be any of {ids.Count} {what}s: {string.Join(", ", ids.Select(id => $"{id} ({all.Label(all.IndexOf(id))})"))}; give the id", ids);
        }
        var close = all.NodeCount > 200_000 ? [] : NodeFinder.Find(all, text).Where(m => filter is null || filter(m.Vertex)).Take(5).Select(m => all.Id(m.Vertex)).ToList();
        throw new SelectionException($"no {what} has the id or name '{text}'" +
            (close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "; `depgraph find TEXT` searches ids and names"), close);
    }
}
