namespace Depgraph.Loader.Synthetic;

/// <summary>
/// A char buffer in front of a <see cref="TextWriter"/> with allocation-free appends of the few field
/// shapes the generator writes (ids with zero-padded numbers, fixed two-decimal numbers). Lines end in
/// <c>\n</c> on every platform, and no culture is involved, so the bytes depend on the values only.
/// </summary>
internal sealed class CsvLineBuffer(TextWriter writer)
{
    private readonly char[] _buf = new char[1 << 16];
    private int _pos;

    private void Ensure(int n)
    {
        if (_pos + n > _buf.Length) Flush();
    }

    /// <summary>Writes the buffered characters to the writer.</summary>
    public void Flush()
    {
        if (_pos > 0) writer.Write(_buf, 0, _pos);
        _pos = 0;
    }

    public void Append(string s)
    {
        Ensure(s.Length);
        s.CopyTo(0, _buf, _pos, s.Length);
        _pos += s.Length;
    }

    public void Append(char c)
    {
        Ensure(1);
        _buf[_pos++] = c;
    }

    public void NewLine() => Append('\n');

    /// <summary>Appends a non-negative integer, left-padded with zeros to at least <paramref name="width"/> digits.</summary>
    public void AppendPadded(long value, int width)
    {
        Span<char> tmp = stackalloc char[20];
        int n = 0;
        do { tmp[n++] = (char)('0' + (int)(value % 10)); value /= 10; } while (value > 0);
        while (n < width) tmp[n++] = '0';
        Ensure(n);
        for (int i = n - 1; i >= 0; i--) _buf[_pos++] = tmp[i];
    }

    /// <summary>Appends <paramref name="hundredths"/>/100 with exactly two decimals, e.g. 50 → <c>0.50</c>.</summary>
    public void AppendFixed2(int hundredths)
    {
        AppendPadded(hundredths / 100, 1);
        Append('.');
        AppendPadded(hundredths % 100, 2);
    }
}
