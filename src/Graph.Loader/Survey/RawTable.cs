namespace Depgraph.Loader.Survey;

/// <summary>One cell as read from a workbook or CSV, before interpretation.</summary>
/// <param name="Text">The text (for a number, its invariant form); never null.</param>
/// <param name="Number">The value when the cell is a numeric cell of a workbook; null for text.</param>
/// <param name="IsFormula">True when the cell holds a formula (refused on import).</param>
/// <param name="IsError">True for a workbook error value such as <c>#N/A</c>.</param>
internal readonly record struct RawCell(string Text, double? Number = null, bool IsFormula = false, bool IsError = false)
{
    public static RawCell Empty { get; } = new("");
    public bool IsBlank => !IsFormula && !IsError && Number is null && string.IsNullOrWhiteSpace(Text);
}

/// <summary>One row of a raw table: its 1-based row number (the CSV line where the record starts) and its cells by column.</summary>
internal sealed record RawRow(int Number, RawCell[] Cells)
{
    public RawCell this[int column] => column >= 0 && column < Cells.Length ? Cells[column] : RawCell.Empty;
}

/// <summary>A sheet (or CSV) as rows of raw cells.</summary>
/// <param name="File">The file as the user gave it.</param>
/// <param name="Sheet">The sheet name; for a CSV, empty until the header says which table it is.</param>
/// <param name="Rows">Rows in order, blank rows omitted.</param>
internal sealed record RawTable(string File, string Sheet, List<RawRow> Rows);
