using System.Globalization;
using System.IO.Compression;
using System.Text;
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
                if (sheet.Id?.Value is not { } rid || wbPart.GetPartById(rid) is not WorksheetPart ws) continue;
                var t = ReadSheet(ws, sheet.Name?.Value ?? "", display, shared, limits, issues);
                if (t is null) return null;
                tables.Add(t);
            }
            return tables;
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or InvalidOperationException or FormatException)
        {
            Fail(SurveyIssueCodes.Unreadable, $"the workbook is damaged or not an Excel workbook ({ex.Message}); open it in Excel and save it again as .xlsx.");
            return null;
        }
    }

    private static string[] ReadSharedStrings(WorkbookPart wb)
    {
        var part = wb.SharedStringTablePart;
        if (part is null) return [];
        var list = new List<string>();
        using var r = OpenXmlReader.Create(part);
        while (r.Read())
        {
            if (r.ElementType == typeof(SharedStringItem) && r.IsStartElement)
                list.Add(PlainText((SharedStringItem)r.LoadCurrentElement()!));
        }
        return [.. list];
    }

    /// <summary>The text of a shared-string item or inline string without phonetic runs.</summary>
    private static string PlainText(OpenXmlElement item)
    {
        if (item.GetFirstChild<Text>() is { } t) return t.Text;
        var sb = new StringBuilder();
        foreach (var run in item.Elements<Run>()) sb.Append(run.Text?.Text);
        return sb.ToString();
    }

    private static RawTable? ReadSheet(WorksheetPart ws, string name, string display, string[] shared, SurveyLimits limits, List<SurveyIssue> issues)
    {
        var rows = new List<RawRow>();
        int lastRow = 0;
        using var r = OpenXmlReader.Create(ws);
        while (r.Read())
        {
            if (r.ElementType != typeof(Row) || !r.IsStartElement) continue;
            var row = (Row)r.LoadCurrentElement()!;
            int number = row.RowIndex?.Value is { } ri ? (int)ri : lastRow + 1;
            lastRow = number;
            if (number > limits.MaxRows + 1)
            {
                issues.Add(new(display, name, number, -1, "", SurveyIssueCodes.TooLarge, $"the sheet has more than {limits.MaxRows:N0} rows; split the answers into several workbooks."));
                return null;
            }
            var cells = new List<RawCell>();
            int next = 0;
            bool any = false;
            foreach (var c in row.Elements<Cell>())
            {
                int col = c.CellReference?.Value is { } cr ? SurveyText.ColumnIndex(cr) : next;
                if (col < 0) col = next;
                next = col + 1;
                if (col >= limits.MaxColumns)
                {
                    if (CellOf(c, shared).IsBlank) continue;
                    issues.Add(new(display, name, number, col, "", SurveyIssueCodes.TooLarge, $"a value lies beyond column {SurveyText.ColumnLetters(limits.MaxColumns - 1)}; the questionnaire has fewer columns. Remove it."));
                    return null;
                }
                var cell = CellOf(c, shared);
                if (cell.Text.Length > limits.MaxCellChars)
                {
                    issues.Add(new(display, name, number, col, "", SurveyIssueCodes.TooLarge, $"the cell has {cell.Text.Length:N0} characters; the limit is {limits.MaxCellChars:N0}."));
                    return null;
                }
                while (cells.Count < col) cells.Add(RawCell.Empty);
                cells.Add(cell);
                any |= !cell.IsBlank;
            }
            if (any) rows.Add(new RawRow(number, [.. cells]));
        }
        return new RawTable(display, name, rows);
    }

    private static RawCell CellOf(Cell c, string[] shared)
    {
        bool formula = c.CellFormula is not null;
        var v = c.CellValue?.Text ?? "";
        var type = c.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            var text = int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : "";
            return new RawCell(text, null, formula);
        }
        if (type == CellValues.InlineString) return new RawCell(c.InlineString is { } s ? PlainText(s) : v, null, formula);
        if (type == CellValues.String) return new RawCell(v, null, formula);
        if (type == CellValues.Boolean) return new RawCell(v == "1" ? "TRUE" : "FALSE", null, formula);
        if (type == CellValues.Error) return new RawCell(v, null, formula, IsError: true);
        if (type == CellValues.Date) return new RawCell(v, null, formula);
        if (v.Length == 0) return new RawCell("", null, formula);
        return double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? new RawCell(SurveyText.Number(d), d, formula)
            : new RawCell(v, null, formula);
    }
}
