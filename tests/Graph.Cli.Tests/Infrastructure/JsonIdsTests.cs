using System.Text;
using System.Text.Json;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>The id lists JsonIds writes as bytes are byte for byte those the JSON writer writes itself.</summary>
public class JsonIdsTests
{
    private static CompactGraph Graph(int n, int seed)
    {
        var rng = new Random(seed);
        // plain ids, and ids the writer escapes or encodes: quotes, backslashes, controls, HTML characters, Japanese,
        // a surrogate pair, a character outside ASCII the relaxed encoder still escapes
        string[] stems = ["m", "ceptoar.", "a\"b", "back\\slash", "tab\t", "nl\n", "<&>'+`", "金融", "𠮷", "é", "\u2028", "\u007f", "\u0001", ""];
        var used = new HashSet<string>(StringComparer.Ordinal);
        var b = new CompactGraphBuilder();
        while (used.Count < n)
        {
            var id = stems[rng.Next(stems.Length)] + rng.Next(0, 10 * n + 10).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (used.Add(id)) b.AddNode(id, NodeKind.Member);
        }
        return b.Build();
    }

    /// <summary>The same document with the writer's own calls (<paramref name="fast"/> false) or JsonIds' lists.</summary>
    private static void Document(Utf8JsonWriter w, System.Buffers.IBufferWriter<byte> output, CompactGraph g, bool fast, int seed)
    {
        var rng = new Random(seed);
        var ids = JsonIds.Of(g)!;
        int n = g.NodeCount;
        var some = Enumerable.Range(0, n).Where(_ => rng.Next(2) == 0).OrderBy(_ => rng.Next()).ToArray();
        var pairs = Enumerable.Range(0, n).Select(_ => (rng.Next(n), rng.Next(n))).ToArray();
        var value = Enumerable.Range(0, n).Select(_ => rng.Next(4) == 0 ? -1 : rng.Next(n)).ToArray();
        var keys = Enumerable.Range(0, n).OrderBy(_ => rng.Next()).ToArray();
        w.WriteStartObject();
        w.WriteString("first", "x");
        w.WriteStartArray("empty");
        if (fast) ids.Strings(w, output, []);
        w.WriteEndArray();
        w.WriteStartArray("strings");
        if (fast) ids.Strings(w, output, some);
        else foreach (int v in some) w.WriteStringValue(g.Id(v));
        w.WriteEndArray();
        w.WriteStartObject("nested");
        w.WriteStartArray("pairs");
        if (fast) ids.Pairs(w, output, pairs);
        else foreach (var (a, b) in pairs) { w.WriteStartArray(); w.WriteStringValue(g.Id(a)); w.WriteStringValue(g.Id(b)); w.WriteEndArray(); }
        w.WriteEndArray();
        w.WriteStartObject("map");
        if (fast) ids.Map(w, output, keys, v => value[v]);
        else foreach (int v in keys) if (value[v] >= 0) w.WriteString(g.Id(v), g.Id(value[v]));
        w.WriteEndObject();
        w.WriteStartObject("emptyMap");
        if (fast) ids.Map(w, output, keys, _ => -1);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteNumber("last", 1);
        w.WriteEndObject();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(50, 2)]
    [InlineData(20_000, 3)] // lists longer than one 64 KB slice
    public void Lists_are_byte_identical_to_the_writer_on_both_outputs(int n, int seed)
    {
        var g = Graph(n, seed);
        // a text writer (decoded slices) and a UTF-8 stream writer (slices straight to the stream)
        var slow = new StringWriter();
        Json.Write(slow, (w, o) => Document(w, o, g, fast: false, seed));
        var fast = new StringWriter();
        Json.Write(fast, (w, o) => Document(w, o, g, fast: true, seed));
        Assert.Equal(slow.ToString(), fast.ToString());

        var stream = new MemoryStream();
        using (var sw = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
            Json.Write(sw, (w, o) => Document(w, o, g, fast: true, seed));
        Assert.Equal(slow.ToString(), new UTF8Encoding(false).GetString(stream.ToArray()));
    }

    [Fact]
    public void Quoted_is_the_writers_string_value()
    {
        var g = Graph(300, 9);
        var ids = JsonIds.Of(g)!;
        for (int v = 0; v < g.NodeCount; v++)
        {
            var buffer = new System.Buffers.ArrayBufferWriter<byte>();
            using (var w = new Utf8JsonWriter(buffer, Depgraph.Core.IO.JsonText.Indented)) w.WriteStringValue(g.Id(v));
            Assert.Equal(buffer.WrittenSpan.ToArray(), ids.Quoted(v).ToArray());
        }
    }
}
