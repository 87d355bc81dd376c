using System.Text;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// Standard output when it is a terminal: every line a command writes — table rows, and the header and footer lines
/// around them that quote ids and labels (<c>起点: …</c>) — passes through <see cref="TextTable.Safe"/>, so text from the
/// input cannot move the cursor, recolour, retitle or ring the terminal. Line breaks and tabs the command writes are
/// kept. Lines are buffered until their end, so an escape sequence split across writes is still caught.
/// </summary>
public sealed class TerminalSafeWriter(TextWriter inner) : TextWriter
{
    private readonly StringBuilder _line = new();

    /// <inheritdoc />
    public override Encoding Encoding => inner.Encoding;

    /// <inheritdoc />
    public override void Write(char value)
    {
        if (value == '\n') { EmitLine(); inner.Write('\n'); }
        else _line.Append(value);
    }

    /// <inheritdoc />
    public override void Write(string? value)
    {
        if (value is null) return;
        foreach (var c in value) Write(c);
    }

    /// <inheritdoc />
    public override void Write(char[] buffer, int index, int count)
    {
        for (int i = index; i < index + count; i++) Write(buffer[i]);
    }

    /// <inheritdoc />
    public override void Flush()
    {
        EmitLine();
        inner.Flush();
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        if (disposing) Flush();
        base.Dispose(disposing);
    }

    private void EmitLine()
    {
        if (_line.Length == 0) return;
        bool cr = _line[^1] == '\r';
        var text = cr ? _line.ToString(0, _line.Length - 1) : _line.ToString();
        _line.Clear();
        var parts = text.Split('\t');
        for (int i = 0; i < parts.Length; i++)
        {
            if (i > 0) inner.Write('\t');
            inner.Write(TextTable.Safe(parts[i]));
        }
        if (cr) inner.Write('\r');
    }
}
