namespace Depgraph.Loader.Tests;

public class IdIndexTests
{
    [Fact]
    public void Finds_every_id_inline_or_long_and_nothing_else()
    {
        // lengths around the inline limit, prefixes of each other, non-ASCII, and enough ids to grow the table
        var ids = new List<string> { "a", "ab", "abc", new('x', IdIndex.InlineChars), new('x', IdIndex.InlineChars + 1), "組織", "組織1" };
        ids.AddRange(Enumerable.Range(0, 5000).Select(i => i % 3 == 0 ? $"n{i}" : i % 3 == 1 ? $"member-with-a-long-id-{i}" : $"組織{i}"));
        var index = new IdIndex();
        for (int i = 0; i < ids.Count; i++) Assert.Equal(i, index.Add(ids[i], i + 2));
        Assert.Equal(ids.Count, index.Count);
        for (int i = 0; i < ids.Count; i++)
        {
            Assert.Equal(i, index.Find(ids[i]));
            Assert.Equal(ids[i], index.IdAt(i));
            Assert.Equal(i + 2, index.LineOf(i));
        }
        foreach (var missing in new[] { "", "x", "abcd", new string('x', IdIndex.InlineChars - 1), new string('x', IdIndex.InlineChars + 2), "n1", "組", "member-with-a-long-id-0", "n5000" })
            Assert.Equal(-1, index.Find(missing));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(4096)]
    public void An_index_made_with_a_capacity_holds_more_than_it_and_finds_every_id(int capacity)
    {
        var index = new IdIndex(capacity);
        int count = capacity * 2 + 50;
        for (int i = 0; i < count; i++) Assert.Equal(i, index.Add("id" + i, i));
        for (int i = 0; i < count; i++) Assert.Equal(i, index.Find("id" + i));
        Assert.Equal(-1, index.Find("id" + count));
    }
}
