using System.Text;

namespace Depgraph.Loader.Interchange;

/// <summary>One CSV field: its text, and whether it was quoted (neo4j-admin reads an empty unquoted field as "no value").</summary>
internal readonly record struct CsvField(string Text, bool Quoted)
{
    /// <summary>True for an empty unquoted field.</summary>
    public bool IsNull => !Quoted && Text.Length == 0;
}

/// <summary>One CSV record and the 1-based line it starts on.</summary>
internal sealed record CsvRecord(int Line, IReadOnlyList<CsvField> Fields);

/// <summary>
/// A small RFC 4180 reader in the dialect neo4j-admin reads: comma-separated, fields quoted with <c>"</c>, inner
/// quotes doubled, line breaks allowed inside quoted fields (<c>--multiline-fields=true</c>). Iterative, streaming.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly int _maxField;
    private int _line = 1;

    public CsvRecordReader(TextReader reader, int maxFieldLength = int.MaxValue)
    {
        _reader = reader;
        _maxField = maxFieldLength;
    }

    /// <summary>Reads the next record; null at the end. Throws <see cref="FormatException"/> (message names the line) on an unterminated quote or text after a closing quote.</summary>
    public CsvRecord? Next()
    {
        if (_reader.Peek() < 0) return null;
        var start = _line;
        var fields = new List<CsvField>();
        var sb = new StringBuilder();
        var quoted = false;
        while (true)
        {
            var c = _reader.Read();
            if (c < 0 || c == '\n' || c == '\r')
            {
                if (c == '\r' && _reader.Peek() == '\n') _reader.Read();
                if (c >= 0) _line++;
                fields.Add(new CsvField(sb.ToString(), quoted));
                return new CsvRecord(start, fields);
            }
            if (c == ',')
            {
                fields.Add(new CsvField(sb.ToString(), quoted));
                sb.Clear();
                quoted = false;
                continue;
            }
            if (c == '"' && sb.Length == 0 && !quoted)
            {
                quoted = true;
                var quoteLine = _line;
                while (true)
                {
                    var q = _reader.Read();
                    if (q < 0) throw new FormatException($"line {quoteLine}: a quoted field is not closed.");
                    if (q == '"')
                    {
                        if (_reader.Peek() == '"') { _reader.Read(); sb.Append('"'); continue; }
                        break;
                    }
                    if (q == '\n') _line++;
                    else if (q == '\r' && _reader.Peek() != '\n') _line++;
                    sb.Append((char)q);
                    if (sb.Length > _maxField) throw new CsvLimitException(quoteLine);
                }
                var next = _reader.Peek();
                if (next >= 0 && next != ',' && next != '\n' && next != '\r')
                    throw new FormatException($"line {_line}: text after the closing quote of a field.");
                continue;
            }
            if (quoted) throw new FormatException($"line {_line}: text after the closing quote of a field.");
            if (c == '"') throw new FormatException($"line {_line}: a quote inside an unquoted field; quote the whole field and double the inner quotes.");
            sb.Append((char)c);
            if (sb.Length > _maxField) throw new CsvLimitException(_line);
        }
    }
}

/// <summary>A field longer than the reader's limit (thrown by <see cref="CsvRecordReader"/>).</summary>
internal sealed class CsvLimitException(int line) : Exception($"line {line}: a field is too long.")
{
    /// <summary>The line where the field starts.</summary>
    public int Line { get; } = line;
}
