using System.Buffers;
using System.Text;
using System.Text.Json;
using Depgraph.Core.IO;

namespace Depgraph.Cli.Infrastructure;

/// <summary>Writes stable, indented JSON with readable Japanese (no \u escapes) to a TextWriter, with the one set of options of <see cref="JsonText"/>.</summary>
public static class Json
{
    /// <summary>Writes one JSON document produced by <paramref name="write"/>, followed by a newline.</summary>
    /// <remarks>The writer's UTF-8 goes out in slices of at most 64 KB as it is produced, so a document of a million nodes
    /// is never held whole, as bytes or as a string. When <paramref name="output"/> is a <see cref="StreamWriter"/> that
    /// encodes UTF-8 without a byte-order mark (standard output of the executable, <see cref="AtomicFile"/>'s files), the
    /// writer is flushed and the slices go to its stream as they are; any other writer gets them decoded to text. The
    /// bytes are the same either way: the JSON writer produces only valid UTF-8.</remarks>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write) => Write(output, (w, _) => write(w));

    /// <summary>
    /// <see cref="Write(TextWriter, Action{Utf8JsonWriter})"/>, also handing <paramref name="write"/> the writer's output,
    /// for bytes written there directly after a flush of the writer (<see cref="JsonIds"/>).
    /// </summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter, IBufferWriter<byte>> write)
    {
        if (output is StreamWriter { Encoding: UTF8Encoding utf8 } stream && utf8.Preamble.Length == 0)
        {
            stream.Flush();
            var bytes = new StreamBuffer(stream.BaseStream);
            using (var w = new Utf8JsonWriter(bytes, JsonText.Indented)) write(w, bytes);
        }
        else
        {
            var slices = new TextWriterBuffer(output);
            using (var w = new Utf8JsonWriter(slices, JsonText.Indented)) write(w, slices);
            slices.Complete();
        }
        output.Write('\n');
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> of UTF-8 that writes each committed slice to a stream.</summary>
    private sealed class StreamBuffer(Stream output) : IBufferWriter<byte>
    {
        private byte[] _bytes = new byte[1 << 16];

        public void Advance(int count) => output.Write(_bytes, 0, count);

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            if (sizeHint > _bytes.Length) _bytes = new byte[sizeHint];
            return _bytes;
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;
    }

    /// <summary>An <see cref="IBufferWriter{T}"/> of UTF-8 that decodes each committed slice onto a TextWriter (a
    /// character split between slices is carried over by the decoder).</summary>
    private sealed class TextWriterBuffer(TextWriter output) : IBufferWriter<byte>
    {
        private const int SliceBytes = 1 << 16;
        private readonly Decoder _decoder = new UTF8Encoding(false, true).GetDecoder();
        private byte[] _bytes = new byte[SliceBytes];
        private char[] _chars = new char[SliceBytes + 2];

        public void Advance(int count) => Decode(count, flush: false);

        public Memory<byte> GetMemory(int sizeHint = 0)
        {
            if (sizeHint > _bytes.Length) _bytes = new byte[sizeHint];
            return _bytes;
        }

        public Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public void Complete() => Decode(0, flush: true);

        private void Decode(int count, bool flush)
        {
            // UTF-8 never decodes to more UTF-16 units than bytes, plus one pair completed from the last slice
            if (count + 2 > _chars.Length) _chars = new char[count + 2];
            int chars = _decoder.GetChars(_bytes, 0, count, _chars, 0, flush);
            output.Write(_chars, 0, chars);
        }
    }

    /// <summary>Writes a number so that whole numbers print without a fraction and others round-trip.</summary>
    public static void Number(this Utf8JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name);
        Number(w, value);
    }

    /// <summary>Writes a number value (NaN and infinities as null).</summary>
    public static void Number(this Utf8JsonWriter w, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) w.WriteNullValue();
        else if (value == Math.Floor(value) && Math.Abs(value) < 1e15) w.WriteNumberValue((long)value);
        else w.WriteNumberValue(Math.Round(value, 9));
    }

    /// <summary>Writes a string array property.</summary>
    public static void Strings(this Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
