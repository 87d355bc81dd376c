using Depgraph.Core.Compact;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// The vertices with a positive score, highest score first and ties by id (ordinal): the order of
/// <c>Where(v =&gt; score[v] &gt; 0).OrderByDescending(v =&gt; score[v]).ThenBy(g.Id, StringComparer.Ordinal)</c>,
/// sorted as one array of (score, id, vertex) records compared directly instead of through LINQ's key selectors and
/// comparers (ids are unique, so the order is total and the same).
/// </summary>
internal static class ScoreOrder
{
    /// <summary>The vertices of <paramref name="g"/> whose <paramref name="score"/> is above zero, by score descending, then id.</summary>
    public static List<int> PositiveDescending(CompactGraph g, double[] score)
    {
        int count = 0;
        for (int v = 0; v < score.Length; v++) if (score[v] > 0) count++;
        var keys = new Key[count];
        for (int v = 0, i = 0; v < score.Length; v++) if (score[v] > 0) keys[i++] = new Key(score[v], g.Id(v), v);
        Array.Sort(keys);
        var order = new List<int>(count);
        foreach (var k in keys) order.Add(k.Vertex);
        return order;
    }

    private readonly record struct Key(double Score, string Id, int Vertex) : IComparable<Key>
    {
        public int CompareTo(Key other)
        {
            int c = other.Score.CompareTo(Score);
            return c != 0 ? c : string.CompareOrdinal(Id, other.Id);
        }
    }
}
