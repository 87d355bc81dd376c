using System.Text;

namespace Depgraph.Loader.Tests;

public class Utf8IdIndexTests
{
    private static Utf8IdIndex? Build(IReadOnlyList<string> ids, bool parallel)
    {
        var strings = ids.ToArray();
        var keys = strings.Select(s => Utf8IdIndex.KeyOf(Encoding.UTF8.GetBytes(s))).ToArray();
        return Utf8IdIndex.TryBuild(strings, keys, strings.Length, parallel);
    }

    private static int Find(Utf8IdIndex index, string id)
    {
        var bytes = Encoding.UTF8.GetBytes(id);
        return index.Find(bytes, Utf8IdIndex.KeyOf(bytes));
    }

    /// <summary>Lengths around the inline limit, prefixes of each other, a NUL byte, non-ASCII and a supplementary character, and many ids.</summary>
    private static List<string> Ids(int many)
    {
        var ids = new List<string>
        {
            "a", "ab", "a\0", "abc", new('x', Utf8IdIndex.InlineBytes), new('x', Utf8IdIndex.InlineBytes + 1), "xxxxxxxxy", "組織", "組織1", "組織組織組織", "😀", "e\u0301",
        };
        ids.AddRange(Enumerable.Range(0, many).Select(i => (i % 4) switch { 0 => $"n{i}", 1 => $"member-with-a-long-id-{i}", 2 => $"組織{i}", _ => $"m{i:D7}" }));
        return ids;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Finds_every_id_inline_or_long_and_nothing_else(bool parallel)
    {
        var ids = Ids(Utf8IdIndex.ParallelIds + 5000); // enough for the two-thread fill
        var index = Build(ids, parallel)!;
        for (int i = 0; i < ids.Count; i++) Assert.Equal(i, Find(index, ids[i]));
        foreach (var missing in new[] { "", "x", "a\0\0", "abcd", new string('x', Utf8IdIndex.InlineBytes - 1), new string('x', Utf8IdIndex.InlineBytes + 2), "xxxxxxxxz", "組", "n1", "member-with-a-long-id-0", "member-with-a-long-id-99999999", "😁", "é" })
            Assert.Equal(-1, Find(index, missing));
    }

    [Theory]
    [InlineData("n4")]                        // inline
    [InlineData("member-with-a-long-id-13")] // longer than the slot: confirmed on the string
    [InlineData("組織10")]
    public void A_repeated_id_is_refused_on_one_thread_and_on_two(string repeated)
    {
        foreach (bool parallel in new[] { false, true })
        {
            var ids = Ids(Utf8IdIndex.ParallelIds);
            ids.Add(repeated);
            Assert.Null(Build(ids, parallel));
        }
    }

    [Fact]
    public void Utf8_bytes_equal_a_string_exactly_when_they_spell_it()
    {
        foreach (var (a, b) in new[] { ("abc", "abc"), ("組織", "組織"), ("😀x", "😀x"), ("abc", "abd"), ("ab", "abc"), ("組織", "組識"), ("é", "e\u0301") })
            Assert.Equal(a == b, Utf8IdIndex.Utf8Equals(Encoding.UTF8.GetBytes(a), b));
    }
}
