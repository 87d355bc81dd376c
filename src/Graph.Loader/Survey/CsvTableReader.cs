using System.Runtime.CompilerServices;
using System.Text;

namespace Depgraph.Loader.Survey;

/// <summary>Reads a CSV answer file into a <see cref="RawTable"/>: strict decoding, RFC 4180 quoting, limits.</summary>
internal static class CsvTableReader
{
    /// <summary>Reads <paramref name="path"/>; problems go to <paramref name="issues"/> and yield null.</summary>
    public static RawTable? Read(string path, string display, string encoding, SurveyLimits limits, List<SurveyIssue> issues, out string used)
    {
        used = "";
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > limits.MaxFileBytes)
            {
                issues.Add(new(display, "", 0, -1, "", SurveyIssueCodes.TooLarge, $"the file has {info.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0}. Split it into several files."));
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            issues.Add(new(display, "", 0, -1, "", SurveyIssueCodes.Unreadable, $"cannot read the file: {ex.Message}"));
            return null;
        }
        if (!TextEncodingDetector.TryDecode(bytes, encoding, out var text, out used, out var error))
        {
            issues.Add(new(display, "", 0, -1, "", SurveyIssueCodes.BadEncoding, error));
            return null;
        }
        return Parse(text, display, limits, issues);
    }

    /// <summary>Parses CSV text (RFC 4180: quoted fields may hold commas, quotes doubled, and line breaks).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static RawTable? Parse(string text, string display, SurveyLimits limits, List<SurveyIssue> issues)
    {
        var rows = new List<RawRow>();
        var cells = new List<RawCell>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, i = 0, n = text.Length;
        bool tooLong = false;
        while (i <= n)
        {
            // one field
            field.Clear();
            bool quoted = false;
            if (i < n && text[i] == '"')
            {
                quoted = true;
                i++;
                while (true)
                {
                    if (i >= n)
                    {
                        issues.Add(new(display, "", recordLine, cells.Count, "", SurveyIssueCodes.BadValue, "a quoted field is not closed; a quote opened here runs to the end of the file."));
                        return null;
                    }
                    char c = text[i];
                    if (c == '"')
                    {
                        if (i + 1 < n && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (c == '\n') line++;
                    field.Append(c);
                    i++;
                }
            }
            while (i < n && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
            {
                if (quoted && !char.IsWhiteSpace(text[i]))
                {
                    issues.Add(new(display, "", recordLine, cells.Count, "", SurveyIssueCodes.BadValue, "text follows a closing quote; double the quote inside a quoted field (\"\")."));
                    return null;
                }
                field.Append(text[i]);
                i++;
            }
            if (field.Length > limits.MaxCellChars && !tooLong)
            {
                tooLong = true;
                issues.Add(new(display, "", recordLine, cells.Count, "", SurveyIssueCodes.TooLarge, $"the cell has {field.Length:N0} characters; the limit is {limits.MaxCellChars:N0}."));
            }
            cells.Add(new RawCell(field.ToString()));
            if (cells.Count > limits.MaxColumns)
            {
                issues.Add(new(display, "", recordLine, cells.Count - 1, "", SurveyIssueCodes.TooLarge, $"the row has more than {limits.MaxColumns} columns."));
                return null;
            }
            if (i < n && text[i] == ',') { i++; continue; }
            // end of record
            if (cells.Count > 1 || cells[0].Text.Length > 0 || quoted) rows.Add(new RawRow(recordLine, [.. cells]));
            cells.Clear();
            if (rows.Count > limits.MaxRows)
            {
                issues.Add(new(display, "", recordLine, -1, "", SurveyIssueCodes.TooLarge, $"the file has more than {limits.MaxRows:N0} rows; split it into several files."));
                return null;
            }
            if (i >= n) break;
            if (text[i] == '\r') i++;
            if (i < n && text[i] == '\n') i++;
            line++;
            recordLine = line;
            if (i >= n) break;
        }
        return tooLong ? null : new RawTable(display, "", rows);
    }
}
