using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Depgraph.Loader.Survey;

/// <summary>
/// Reads the visible sheets of a workbook (.xlsx) into <see cref="RawTable"/>s with the Open XML SDK's streaming reader.
/// Formulas are flagged (the import refuses them), error values are flagged, shared and inline strings are read without
/// their phonetic guides (ふりがな, <c>rPh</c>), and the size limits are checked on the zip before it is opened.
/// </summary>
internal static class XlsxTableReader
{
    public static List<RawTable>? Read(string path, string display, SurveyLimits limits, List<SurveyIssue> issues)
    {
        void Fail(string code, string message) => issues.Add(new(display, "", 0, -1, "", code, message));
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > limits.MaxFileBytes)
            {
                Fail(SurveyIssueCodes.TooLarge, $"the file has {info.Length:N0} bytes; the limit is {limits.MaxFileBytes:N0}. Split the answers into several workbooks.");
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Fail(SurveyIssueCodes.Unreadable, $"cannot read the file: {ex.Message}");
            return null;
        }
        // zip-bomb guard: the uncompressed parts must fit the limit before anything is inflated
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            long total = 0;
            foreach (var e in zip.Entries) total += e.Length;
            if (total > limits.MaxUncompressedBytes || zip.Entries.Count > 10_000)
            {
                Fail(SurveyIssueCodes.TooLarge, $"the workbook unpacks to {total:N0} bytes in {zip.Entries.Count:N0} parts; the limit is {limits.MaxUncompressedBytes:N0} bytes.");
                return null;
            }
        }
        catch (InvalidDataException)
        {
            Fail(SurveyIssueCodes.Unreadable, "the file is not an .xlsx workbook (not a zip package); save it as Excel Workbook (.xlsx), or as CSV UTF-8. Encrypted (password-protected) workbooks cannot be read: remove the password.");
            return null;
        }
        try
        {
            using var doc = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false,
                new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxUncompressedBytes });
            var wbPart = doc.WorkbookPart ?? throw new InvalidDataException("the package has no workbook part");
            var shared = ReadSharedStrings(wbPart);
            var tables = new List<RawTable>();
            foreach (var sheet in wbPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.State is not null && sheet.State.Value != SheetStateValues.Visible) continue;
                if (sheet.Id?.Value is not { } rid || !wbPart.TryGetPartById(rid, out var part) || part is not WorksheetPart ws)
                {
                    // a sheet the workbook lists but whose part is missing: the file is damaged; never skip its rows silently
                    Fail(SurveyIssueCodes.Unreadable, $"the workbook lists sheet '{sheet.Name?.Value}' but its contents are missing (a damaged file); open it in Excel and save it again as .xlsx.");
                    return null;
                }
                var t = ReadSheet(ws, sheet.Name?.Value ?? "", display, shared, limits, issues);
                if (t is null) return null;
                tables.Add(t);
            }
            return tables;
        }
        catch (ArgumentException)
        {
            // the OpenXML SDK signals some broken references (relationship ids, part URIs) as argument errors
            Fail(SurveyIssueCodes.Unreadable, "the workbook is damaged (a part refers to another that does not exist); open it in Excel and save it again as .xlsx.");
            return null;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or FormatException)
        {
            Fail(SurveyIssueCodes.Unreadable, $"the workbook is damaged or not an Excel workbook ({ex.Message}); open it in Excel and save it again as .xlsx.");
            return null;
        }
    }

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
    };

    /// <summary>The shared strings, read with a plain <see cref="XmlReader"/> (fast), without phonetic runs (<c>rPh</c>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string[] ReadSharedStrings(WorkbookPart wb)
    {
        var part = wb.SharedStringTablePart;
        if (part is null) return [];
        var list = new List<string>();
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        using var x = XmlReader.Create(stream, XmlSettings);
        var sb = new StringBuilder();
        while (x.Read())
        {
            if (x.NodeType != XmlNodeType.Element || x.LocalName != "si") continue;
            if (x.IsEmptyElement) { list.Add(""); continue; }
            sb.Clear();
            ReadText(x, sb);
            list.Add(sb.ToString());
        }
        return [.. list];
    }

    /// <summary>Appends the text of the <c>t</c> elements inside the current element (<c>si</c> or <c>is</c>), skipping <c>rPh</c>; ends on its end tag.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadText(XmlReader x, StringBuilder sb)
    {
        int depth = x.Depth;
        x.Read();
        while (!x.EOF && x.Depth > depth)
        {
            if (x.NodeType == XmlNodeType.Element)
            {
                if (x.LocalName == "rPh" || x.LocalName == "phoneticPr") { x.Skip(); continue; }
                if (x.LocalName == "t") { sb.Append(x.ReadElementContentAsString()); continue; }
            }
            x.Read();
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RawTable? ReadSheet(WorksheetPart ws, string name, string display, string[] shared, SurveyLimits limits, List<SurveyIssue> issues)
    {
        var rows = new List<RawRow>();
        int lastRow = 0, number = 0, next = 0;
        var cells = new List<RawCell>();
        bool inRow = false, any = false;
        var sb = new StringBuilder();
        void Flush()
        {
            if (inRow && any) rows.Add(new RawRow(number, [.. cells]));
            inRow = false;
        }
        using var stream = ws.GetStream(FileMode.Open, FileAccess.Read);
        using var x = XmlReader.Create(stream, XmlSettings);
        while (x.Read())
        {
            if (x.NodeType != XmlNodeType.Element) continue;
            if (x.LocalName == "row")
            {
                Flush();
                number = int.TryParse(x.GetAttribute("r"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var ri) ? ri : lastRow + 1;
                lastRow = number;
                if (number > limits.MaxRows + 1)
                {
                    issues.Add(new(display, name, number, -1, "", SurveyIssueCodes.TooLarge, $"the sheet has more than {limits.MaxRows:N0} rows; split the answers into several workbooks."));
                    return null;
                }
                cells.Clear();
                inRow = true;
                any = false;
                next = 0;
                continue;
            }
            if (x.LocalName != "c" || !inRow) continue;
            var reference = x.GetAttribute("r");
            int col = reference is null ? next : SurveyText.ColumnIndex(reference);
            if (col < 0) col = next;
            next = col + 1;
            // a blank (styled) cell, thousands of them in the questionnaire's empty rows: nothing to read or keep
            var type = x.GetAttribute("t");
            if (x.IsEmptyElement && type is null) continue;
            bool formula = false;
            string value = "";
            bool inline = false;
            sb.Clear();
            if (!x.IsEmptyElement)
            {
                int depth = x.Depth;
                x.Read();
                while (!x.EOF && x.Depth > depth)
                {
                    if (x.NodeType == XmlNodeType.Element)
                    {
                        switch (x.LocalName)
                        {
                            case "f": formula = true; x.Skip(); continue;
                            case "v": value = x.ReadElementContentAsString(); continue;
                            case "is": inline = true; if (!x.IsEmptyElement) ReadText(x, sb); x.Read(); continue;
                        }
                    }
                    x.Read();
                }
            }
            var cell = CellOf(type, value, inline ? sb.ToString() : null, formula, shared);
            if (col >= limits.MaxColumns)
            {
                if (cell.IsBlank) continue;
                issues.Add(new(display, name, number, col, "", SurveyIssueCodes.TooLarge, $"a value lies beyond column {SurveyText.ColumnLetters(limits.MaxColumns - 1)}; the questionnaire has fewer columns. Remove it."));
                return null;
            }
            if (cell.Text.Length > limits.MaxCellChars)
            {
                issues.Add(new(display, name, number, col, "", SurveyIssueCodes.TooLarge, $"the cell has {cell.Text.Length:N0} characters; the limit is {limits.MaxCellChars:N0}."));
                return null;
            }
            while (cells.Count < col) cells.Add(RawCell.Empty);
            if (cells.Count == col) cells.Add(cell); else cells[col] = cell;
            any |= !cell.IsBlank;
        }
        Flush();
        return new RawTable(display, name, rows);
    }

    private static RawCell CellOf(string? type, string v, string? inline, bool formula, string[] shared)
    {
        switch (type)
        {
            case "s":
                var text = int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
                return new RawCell(text, null, formula);
            case "inlineStr": return new RawCell(inline ?? v, null, formula);
            case "str": return new RawCell(v, null, formula);
            case "b": return new RawCell(v == "1" ? "TRUE" : "FALSE", null, formula);
            case "e": return new RawCell(v, null, formula, IsError: true);
            case "d": return new RawCell(v, null, formula);
        }
        if (v.Length == 0) return new RawCell(inline ?? "", null, formula);
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? new RawCell(SurveyText.Number(d), d, formula)
            : new RawCell(v, null, formula);
    }
}
