using System.Text;

namespace Depgraph.Loader.Tests;

/// <summary>The fast path's byte-level trimming (<c>CsvGraphReader.Utf8.cs</c>) removes exactly what the character trim removes.</summary>
public class CsvGraphReaderUtf8Tests
{
    [Fact]
    public void Trimming_utf8_removes_exactly_what_trimming_the_characters_removes_for_every_character()
    {
        for (int c = 0; c <= 0x10FFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF) continue;
            string ch = char.ConvertFromUtf32(c);
            foreach (var s in new[] { ch, ch + "x" + ch, " " + ch + ch + "x\u3000", "x" + ch + "x", ch + "\u00A0" })
            {
                var expected = Encoding.UTF8.GetBytes(s.Trim());
                Assert.True(expected.AsSpan().SequenceEqual(CsvGraphReader.TrimUtf8(Encoding.UTF8.GetBytes(s))), $"U+{c:X4}");
            }
        }
    }
}
