using System.Collections.Immutable;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Depgraph.Loader.Survey;

/// <summary>The cell styles of <see cref="XlsxWorkbook"/> (indices into its fixed style sheet).</summary>
public enum XlsxStyle
{
    /// <summary>Plain.</summary>
    Plain = 0,
    /// <summary>A header cell: bold, shaded, wrapped, locked.</summary>
    Header = 1,
    /// <summary>A read-only informational cell: grey, locked.</summary>
    Info = 2,
    /// <summary>A read-only informational number with two decimals: grey, locked.</summary>
    InfoNumber = 3,
    /// <summary>An answer cell for text (number format <c>@</c>, so Excel keeps what is typed as text): unlocked.</summary>
    AnswerText = 4,
    /// <summary>An answer cell for a number: unlocked.</summary>
    AnswerNumber = 5,
    /// <summary>Wrapped text, top-aligned (instructions).</summary>
    Wrap = 6,
    /// <summary>A title: bold, larger.</summary>
    Title = 7,
    /// <summary>A number in a result table (up to three decimals shown, full precision stored).</summary>
    Number = 8,
    /// <summary>An integer with a thousands separator.</summary>
    Integer = 9,
    /// <summary>A note line (italic).</summary>
    Note = 10,
}

/// <summary>A cell to write: text or a number, with a style. Text is always written as text, never as a formula.</summary>
/// <param name="Text">The text, or null for a number.</param>
/// <param name="Number">The number, when <paramref name="Text"/> is null.</param>
/// <param name="Style">The style.</param>
public readonly record struct XlsxCell(string? Text, double? Number, XlsxStyle Style)
{
    /// <summary>A text cell.</summary>
    public static XlsxCell Of(string? text, XlsxStyle style = XlsxStyle.Plain) => new(text ?? "", null, style);
    /// <summary>A number cell (NaN and infinities are written as empty text).</summary>
    public static XlsxCell Of(double number, XlsxStyle style = XlsxStyle.Number) =>
        double.IsFinite(number) ? new(null, number, style) : new("", null, style);
    /// <summary>True when the cell writes nothing (empty text with the plain style).</summary>
    public bool IsEmpty => Number is null && string.IsNullOrEmpty(Text) && Style == XlsxStyle.Plain;
}

/// <summary>A drop-down list or number range on a cell range.</summary>
/// <param name="Range">The range, e.g. <c>B2:B1000</c>.</param>
/// <param name="ListFormula">For a list: a reference such as <c>'一覧'!$A$2:$A$20</c> or a quoted list <c>"あり,なし"</c>; null for a number range.</param>
/// <param name="Min">Smallest number allowed (number range).</param>
/// <param name="Max">Largest number allowed (number range); null for no upper bound.</param>
/// <param name="Prompt">Help shown when the cell is selected (up to 255 characters).</param>
/// <param name="Error">Message shown when a value is refused.</param>
public sealed record XlsxValidation(string Range, string? ListFormula, double Min, double? Max, string Prompt, string Error);

/// <summary>A worksheet to write.</summary>
public sealed class XlsxSheet(string name)
{
    /// <summary>The sheet name (at most 31 characters, none of <c>[]:*?/\</c>).</summary>
    public string Name { get; } = name;
    /// <summary>Rows from row 1; a row may be shorter than others.</summary>
    public List<XlsxCell[]> Rows { get; } = [];
    /// <summary>Column widths in characters (null entries are fitted to the content).</summary>
    public List<double?> Widths { get; } = [];
    /// <summary>Default style of each column for cells not written (e.g. unlocked answer columns).</summary>
    public List<XlsxStyle?> ColumnStyles { get; } = [];
    /// <summary>Rows frozen at the top (the header).</summary>
    public int FrozenRows { get; set; }
    /// <summary>Protect the sheet: locked cells (headers, informational columns) cannot be edited; no password.</summary>
    public bool Protect { get; set; }
    /// <summary>Hide the sheet.</summary>
    public bool Hidden { get; set; }
    /// <summary>Add an auto-filter on the header row (row <see cref="FrozenRows"/>).</summary>
    public bool AutoFilter { get; set; }
    /// <summary>Drop-downs and number ranges.</summary>
    public List<XlsxValidation> Validations { get; } = [];

    /// <summary>Appends a row.</summary>
    public void Add(params XlsxCell[] cells) => Rows.Add(cells);
}

/// <summary>
/// Writes .xlsx workbooks with the Open XML SDK (streaming writer for the sheet data): text as inline strings (a value
/// starting with <c>= + - @</c> stays text and carries Excel's quote prefix), numbers as numbers, a fixed style sheet,
/// frozen headers, fitted column widths, drop-downs, number ranges and sheet protection. Deterministic: the same sheets
/// give the same bytes (fixed relationship ids, pinned zip timestamps).
/// </summary>
public static class XlsxWorkbook
{
    /// <summary>Writes the sheets as a workbook to <paramref name="stream"/>.</summary>
    public static void Write(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0) throw new ArgumentException("a workbook needs at least one sheet", nameof(sheets));
        using var package = new MemoryStream();
        WritePackage(package, sheets);
        // the zip entries carry the time of writing: pin them, so the same sheets give the same bytes
        using (var zip = new ZipArchive(package, ZipArchiveMode.Update, leaveOpen: true))
            foreach (var e in zip.Entries) e.LastWriteTime = PinnedTime;
        package.Position = 0;
        package.CopyTo(stream);
    }

    /// <summary>The timestamp every part of a written workbook carries (zip entries need one; the time of writing would make output differ run to run).</summary>
    private static readonly DateTimeOffset PinnedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static void WritePackage(Stream stream, IReadOnlyList<XlsxSheet> sheets)
    {
        using var doc = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook, autoSave: true);
        // relationship ids are given, not generated: the SDK's default ids are random
        var wb = doc.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rIdWorkbook");
        wb.Workbook = new Workbook();
        var styles = wb.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = BuildStylesheet();
        var list = new Sheets();
        uint id = 1;
        bool activeSet = false;
        foreach (var s in sheets)
        {
            var part = wb.AddNewPart<WorksheetPart>("rId" + id.ToString(System.Globalization.CultureInfo.InvariantCulture));
            WriteSheet(part, s, selected: !activeSet && !s.Hidden);
            activeSet |= !s.Hidden;
            list.Append(new Sheet
            {
                Name = SafeSheetName(s.Name),
                SheetId = id++,
                Id = wb.GetIdOfPart(part),
                State = s.Hidden ? SheetStateValues.Hidden : null,
            });
        }
        wb.Workbook.Append(list);
        wb.Workbook.Save();
    }

    /// <summary>Writes the workbook to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, IReadOnlyList<XlsxSheet> sheets) =>
        Core.IO.AtomicFile.Write(path, fs => Write(fs, sheets)); // Write(Stream) builds the package in memory itself

    /// <summary>A sheet name Excel accepts: forbidden characters replaced by '_', at most 31 characters.</summary>
    public static string SafeSheetName(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var ch in name) sb.Append(ch is '[' or ']' or ':' or '*' or '?' or '/' or '\\' ? '_' : ch);
        var s = sb.ToString().Trim('\'');
        if (s.Length == 0) s = "Sheet";
        return s.Length > 31 ? s[..31] : s;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void WriteSheet(WorksheetPart part, XlsxSheet s, bool selected)
    {
        int ncols = Math.Max(s.Rows.Count == 0 ? 0 : s.Rows.Max(r => r.Length), Math.Max(s.Widths.Count, s.ColumnStyles.Count));
        var widths = new double[ncols];
        for (int c = 0; c < ncols; c++)
        {
            if (c < s.Widths.Count && s.Widths[c] is { } fixedWidth) { widths[c] = fixedWidth; continue; }
            int max = 6;
            foreach (var row in s.Rows)
            {
                if (c >= row.Length) continue;
                var cell = row[c];
                if (cell.Style is XlsxStyle.Title or XlsxStyle.Note or XlsxStyle.Wrap) continue;
                var text = cell.Text ?? SurveyText.Number(Math.Round(cell.Number ?? 0, 3));
                foreach (var line in text.Split('\n')) max = Math.Max(max, SurveyText.Width(line));
            }
            widths[c] = Math.Min(max + 2, 60);
        }
        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());
        var view = new SheetView { WorkbookViewId = 0, TabSelected = selected ? true : null };
        if (s.FrozenRows > 0)
        {
            view.Append(new Pane
            {
                VerticalSplit = s.FrozenRows, TopLeftCell = $"A{s.FrozenRows + 1}", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = $"A{s.FrozenRows + 1}", SequenceOfReferences = new ListValue<StringValue> { InnerText = $"A{s.FrozenRows + 1}" } });
        }
        w.WriteElement(new SheetViews(view));
        w.WriteElement(new SheetFormatProperties { DefaultRowHeight = 18 });
        if (ncols > 0)
        {
            var cols = new Columns();
            for (int c = 0; c < ncols; c++)
            {
                var col = new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = widths[c], CustomWidth = true };
                if (c < s.ColumnStyles.Count && s.ColumnStyles[c] is { } cs) col.Style = (uint)cs;
                cols.Append(col);
            }
            w.WriteElement(cols);
        }
        w.WriteStartElement(new SheetData());
        for (int r = 0; r < s.Rows.Count; r++)
        {
            var row = s.Rows[r];
            w.WriteStartElement(new Row(), [new OpenXmlAttribute("r", "", (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            for (int c = 0; c < row.Length; c++)
            {
                var x = row[c];
                if (x.IsEmpty) continue;
                var reference = SurveyText.ColumnLetters(c) + (r + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                if (x.Number is { } n)
                {
                    w.WriteElement(new Cell { CellReference = reference, StyleIndex = (uint)x.Style, CellValue = new CellValue(n) });
                }
                else
                {
                    var text = XmlSafe(x.Text ?? "");
                    if (text.Length == 0)
                    {
                        w.WriteElement(new Cell { CellReference = reference, StyleIndex = (uint)x.Style });
                        continue;
                    }
                    uint style = (uint)x.Style;
                    if (SurveyText.LooksLikeFormula(text)) style = QuotePrefixOf(x.Style);
                    w.WriteElement(new Cell
                    {
                        CellReference = reference, StyleIndex = style, DataType = CellValues.InlineString,
                        InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                    });
                }
            }
            w.WriteEndElement();
        }
        w.WriteEndElement(); // sheetData
        if (s.Protect)
        {
            w.WriteElement(new SheetProtection
            {
                Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false, AutoFilter = false, Sort = false,
            });
        }
        if (s.AutoFilter && s.FrozenRows > 0 && ncols > 0 && s.Rows.Count >= s.FrozenRows)
            w.WriteElement(new AutoFilter { Reference = $"A{s.FrozenRows}:{SurveyText.ColumnLetters(ncols - 1)}{Math.Max(s.Rows.Count, s.FrozenRows)}" });
        if (s.Validations.Count > 0)
        {
            var dvs = new DataValidations { Count = (uint)s.Validations.Count };
            foreach (var v in s.Validations)
            {
                var dv = new DataValidation
                {
                    AllowBlank = true, ShowErrorMessage = true, ShowInputMessage = true,
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = v.Range },
                    Prompt = Clip(v.Prompt, 255), Error = Clip(v.Error, 225), ErrorTitle = "入力値の確認",
                };
                if (v.ListFormula is not null)
                {
                    dv.Type = DataValidationValues.List;
                    dv.Append(new Formula1(v.ListFormula));
                }
                else
                {
                    dv.Type = DataValidationValues.Decimal;
                    var inv = System.Globalization.CultureInfo.InvariantCulture;
                    if (v.Max is { } max)
                    {
                        dv.Operator = DataValidationOperatorValues.Between;
                        dv.Append(new Formula1(v.Min.ToString(inv)), new Formula2(max.ToString(inv)));
                    }
                    else
                    {
                        dv.Operator = DataValidationOperatorValues.GreaterThanOrEqual;
                        dv.Append(new Formula1(v.Min.ToString(inv)));
                    }
                }
                dvs.Append(dv);
            }
            w.WriteElement(dvs);
        }
        w.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        w.WriteEndElement(); // worksheet
    }

    private static string Clip(string s, int n) => s.Length <= n ? s : s[..n];

    /// <summary>Characters XML 1.0 cannot hold are written in OOXML's escaped form <c>_xHHHH_</c>.</summary>
    private static string XmlSafe(string s)
    {
        foreach (var ch in s)
        {
            if (ch < 0x20 && ch is not '\t' and not '\n' and not '\r' || ch is '\uFFFE' or '\uFFFF') return Escape(s);
        }
        return s;

        static string Escape(string s)
        {
            var sb = new StringBuilder(s.Length + 8);
            foreach (var ch in s)
                sb.Append(ch < 0x20 && ch is not '\t' and not '\n' and not '\r' || ch is '\uFFFE' or '\uFFFF' ? $"_x{(int)ch:X4}_" : ch);
            return sb.ToString();
        }
    }

    // cellXfs 0..10 follow XlsxStyle; 11.. are the same styles with quotePrefix, in the order of QuotePrefixed.
    private static readonly ImmutableArray<XlsxStyle> QuotePrefixed = [XlsxStyle.Plain, XlsxStyle.Info, XlsxStyle.AnswerText, XlsxStyle.Header];

    private static uint QuotePrefixOf(XlsxStyle s)
    {
        int i = QuotePrefixed.IndexOf(s);
        return i < 0 ? (uint)s : (uint)(11 + i);
    }

    private static Stylesheet BuildStylesheet()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Yu Gothic" }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 128 }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Yu Gothic" }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 128 }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Yu Gothic" }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 128 }),
            new Font(new Italic(), new FontSize { Val = 10 }, new FontName { Val = "Yu Gothic" }, new FontFamilyNumbering { Val = 3 }, new FontCharSet { Val = 128 }))
        { Count = 4 };
        static Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9E1F2"), Solid("FFEDEDED"), Solid("FFFFF2CC"))
        { Count = 5 };
        var thin = new Border(
            new LeftBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 };
        var numFmts = new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.###" }) { Count = 1 };
        static CellFormat Xf(uint font, uint fill, uint border, uint numFmt, bool locked = true, bool wrap = false, bool top = false, bool quote = false)
        {
            var f = new CellFormat
            {
                FontId = font, FillId = fill, BorderId = border, NumberFormatId = numFmt, FormatId = 0,
                ApplyFont = font != 0, ApplyFill = fill != 0, ApplyBorder = border != 0, ApplyNumberFormat = numFmt != 0,
                QuotePrefix = quote ? true : null,
            };
            if (wrap || top)
            {
                f.ApplyAlignment = true;
                f.Append(new Alignment { WrapText = wrap ? true : null, Vertical = top ? VerticalAlignmentValues.Top : VerticalAlignmentValues.Center });
            }
            if (!locked)
            {
                f.ApplyProtection = true;
                f.Append(new Protection { Locked = false });
            }
            return f;
        }
        var xfs = new CellFormats(
            Xf(0, 0, 0, 0),                               // 0 plain
            Xf(1, 2, 1, 0, wrap: true),                   // 1 header
            Xf(0, 3, 1, 0),                               // 2 info
            Xf(0, 3, 1, 2),                               // 3 info number 0.00
            Xf(0, 4, 1, 49, locked: false),               // 4 answer text
            Xf(0, 4, 1, 0, locked: false),                // 5 answer number
            Xf(0, 0, 0, 0, wrap: true, top: true),        // 6 wrap
            Xf(2, 0, 0, 0),                               // 7 title
            Xf(0, 0, 0, 164),                             // 8 number
            Xf(0, 0, 0, 3),                               // 9 integer #,##0
            Xf(3, 0, 0, 0),                               // 10 note
            Xf(0, 0, 0, 0, quote: true),                  // 11 plain, quote prefix
            Xf(0, 3, 1, 0, quote: true),                  // 12 info, quote prefix
            Xf(0, 4, 1, 49, locked: false, quote: true),  // 13 answer text, quote prefix
            Xf(1, 2, 1, 0, wrap: true, quote: true))      // 14 header, quote prefix
        { Count = 15 };
        return new Stylesheet(numFmts, fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            xfs,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
    }
}
