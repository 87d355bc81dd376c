using System.Text;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// The process's standard output and error as the <c>depgraph</c> executable uses them. <see cref="Console.Out"/> is a
/// 256-byte auto-flushed writer on Unix, so a 60 MB JSON document cost a quarter of a million <c>write</c> calls; standard
/// output is instead a UTF-8 (no byte-order mark) <see cref="StreamWriter"/> with a 64 KB buffer, flushed by the command
/// when its output is complete (and by <c>Program.cs</c> on exit). Standard error flushes standard output before each
/// write, so a combined stream (<c>2&gt;&amp;1</c>) keeps the order in which the command wrote.
/// </summary>
internal static class StandardStreams
{
    /// <summary>Buffer of standard output, in characters.</summary>
    public const int BufferChars = 1 << 16;

    /// <summary>A buffered, not auto-flushed writer over the process's standard output.</summary>
    public static StreamWriter OpenOutput() =>
        new(Console.OpenStandardOutput(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), BufferChars) { AutoFlush = false };

    /// <summary>Standard error (or <paramref name="error"/>) that first flushes <paramref name="output"/>.</summary>
    public static TextWriter Error(TextWriter output, TextWriter? error = null) => new FlushFirstWriter(error ?? Console.Error, output);

    /// <summary>Writes to <paramref name="inner"/> after flushing <paramref name="first"/>, so lines of the two keep their order.</summary>
    private sealed class FlushFirstWriter(TextWriter inner, TextWriter first) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value)
        {
            first.Flush();
            inner.Write(value);
        }

        public override void Write(string? value)
        {
            first.Flush();
            inner.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            first.Flush();
            inner.Write(buffer, index, count);
        }

        public override void WriteLine(string? value)
        {
            first.Flush();
            inner.WriteLine(value);
        }

        public override void Flush()
        {
            first.Flush();
            inner.Flush();
        }
    }
}
