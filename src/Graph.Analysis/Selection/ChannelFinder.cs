using Depgraph.Core;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Selection;

/// <summary>Finds channels (<see cref="GraphDataset.Channels"/>) by a fragment of their id, Japanese or English name (<c>depgraph find</c>).</summary>
/// <remarks>
/// <para><b>Definition.</b> As <see cref="NodeFinder"/>: a channel matches when <see cref="TextKey"/> of its id, Japanese
/// or English name contains <see cref="TextKey"/> of the text (case- and width-insensitive: ＷＥＢ = web).</para>
/// <para><b>Order.</b> Exact matches first, then by id (ordinal). O(channels · text length).</para>
/// <para><b>Example.</b> <c>ChannelFinder.Find(dataset.Channels, "メール")</c> gives the <c>email</c> channel.</para>
/// </remarks>
public static class ChannelFinder
{
    /// <summary>Finds the channels matching <paramref name="text"/>.</summary>
    /// <param name="channels">The channels to search.</param>
    /// <param name="text">The fragment; empty matches every channel.</param>
    /// <exception cref="ArgumentNullException"><paramref name="channels"/> is null.</exception>
    public static IReadOnlyList<Channel> Find(IEnumerable<Channel> channels, string text)
    {
        Preconditions.NotNull(channels, nameof(channels));
        var key = TextKey.Of(text);
        var hits = new List<(Channel C, bool Exact)>();
        foreach (var c in channels)
        {
            string id = TextKey.Of(c.Id), ja = TextKey.Of(c.Name.Japanese), en = TextKey.Of(c.Name.English);
            if (id.Contains(key, StringComparison.Ordinal) || ja.Contains(key, StringComparison.Ordinal) || en.Contains(key, StringComparison.Ordinal))
                hits.Add((c, id == key || ja == key || en == key));
        }
        return hits.OrderByDescending(h => h.Exact).ThenBy(h => h.C.Id, StringComparer.Ordinal).Select(h => h.C).ToList();
    }
}
