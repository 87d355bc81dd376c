using System.Text;
using System.Text.Json;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.IO;

namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>Json.Write passes the writer's UTF-8 on in slices (so a million-node document is never held whole): decoded onto any
/// TextWriter, as bytes onto a UTF-8 StreamWriter's stream.</summary>
public class JsonTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(20_000)]
    [InlineData(70_001)]
    public void Sliced_output_equals_the_whole_document_decoded_at_once(int items)
    {
        // Japanese (3 bytes), a surrogate pair (4 bytes) and ASCII of varying length, so characters straddle every
        // slice boundary sooner or later
        void Document(Utf8JsonWriter w)
        {
            w.WriteStartObject();
            w.WriteStartArray("nodes");
            for (int i = 0; i < items; i++)
            {
                w.WriteStartObject();
                w.WriteString("id", "m" + new string('x', i % 7) + i);
                w.WriteString("name", i % 3 == 0 ? "情報通信𠮷" : "電力");
                w.Number("p", i / 7.0);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonText.Indented)) Document(w);
        string expected = Encoding.UTF8.GetString(ms.ToArray()) + "\n";

        var sw = new StringWriter();
        Json.Write(sw, Document);
        Assert.Equal(expected, sw.ToString());
        if (items > 20_000) Assert.True(ms.Length > 4 << 20); // many 64 KB slices

        // a UTF-8 StreamWriter (standard output, AtomicFile) gets the writer's bytes as they are, after what it buffered
        using var bytes = new MemoryStream();
        using (var stream = new StreamWriter(bytes, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            stream.Write("前置き\n");
            Json.Write(stream, Document);
            stream.Write("後書き");
        }
        Assert.Equal(Encoding.UTF8.GetBytes("前置き\n" + expected + "後書き"), bytes.ToArray());
    }

    [Fact]
    public void A_stream_writer_with_a_byte_order_mark_still_writes_it()
    {
        using var bytes = new MemoryStream();
        using (var stream = new StreamWriter(bytes, new UTF8Encoding(true), 1024, leaveOpen: true))
            Json.Write(stream, w => { w.WriteStartObject(); w.WriteString("名前", "電力"); w.WriteEndObject(); });
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("{\n  \"名前\": \"電力\"\n}\n")], bytes.ToArray());
    }
}
