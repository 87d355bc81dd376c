namespace Depgraph.Loader.Survey;

/// <summary>
/// One problem in an answer file: the file, the sheet (for a CSV, the table it holds: <c>分野</c> or <c>事業者</c>),
/// the 1-based row, the column (letter and key), a stable code and a message saying what is wrong and how to fix it.
/// </summary>
/// <param name="File">The file as the user gave it.</param>
/// <param name="Sheet">The sheet name (or the CSV's table).</param>
/// <param name="Row">1-based row (the CSV line where the record starts); 0 for the whole file.</param>
/// <param name="Column">0-based column index; -1 for the whole row.</param>
/// <param name="ColumnKey">The column's layout key (e.g. <c>strength</c>), or empty.</param>
/// <param name="Code">Stable code (see <see cref="SurveyIssueCodes"/>).</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Severity">Error (nothing is written) or warning.</param>
public sealed record SurveyIssue(string File, string Sheet, int Row, int Column, string ColumnKey, string Code, string Message,
    IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary>The column letter (A, B, …), or empty for a whole row.</summary>
    public string ColumnLetter => Column < 0 ? "" : SurveyText.ColumnLetters(Column);

    /// <summary>Where, as <c>sheet 分野, row 12, column C (strength)</c>.</summary>
    public string Location =>
        $"sheet {Sheet}, row {Row}" + (Column < 0 ? "" : $", column {ColumnLetter}" + (ColumnKey.Length > 0 ? $" ({ColumnKey})" : ""));

    /// <summary><c>file:row: error code: sheet S, row R, column C (key): message</c>.</summary>
    public override string ToString() =>
        $"{File}:{Row}: {(Severity == IssueSeverity.Error ? "error" : "warning")} {Code}: {Location}: {Message}";

    /// <summary>The same problem as a <see cref="LoadIssue"/> (file and row; sheet and column in the message).</summary>
    public LoadIssue ToLoadIssue() => new(File, Row, Code, $"{Location}: {Message}", Severity);
}

/// <summary>The stable codes of survey problems (documented in docs/survey.md).</summary>
public static class SurveyIssueCodes
{
    /// <summary>A sector cell names no sector or shared resource of the dataset.</summary>
    public const string UnknownSector = "unknown-sector";
    /// <summary>A number is outside its range (strength in [0, 1], low ≤ strength ≤ high, hours ≥ 0).</summary>
    public const string OutOfRange = "out-of-range";
    /// <summary>A value is not of the expected type (not a number, not a date, not yes/no).</summary>
    public const string BadValue = "bad-value";
    /// <summary>The same dependant and supplier (or operator and supplier) is answered twice.</summary>
    public const string DuplicateRow = "duplicate-row";
    /// <summary>An answered row leaves a mandatory cell blank.</summary>
    public const string BlankMandatory = "blank-mandatory";
    /// <summary>A cell holds a formula (or, in a CSV, text starting with '=') instead of a value.</summary>
    public const string FormulaRefused = "formula-refused";
    /// <summary>The file cannot be read (not a workbook, damaged, encrypted, missing).</summary>
    public const string Unreadable = "unreadable-file";
    /// <summary>The bytes of a CSV are not in the encoding given or detected.</summary>
    public const string BadEncoding = "bad-encoding";
    /// <summary>The header row is missing a mandatory column or names an unknown one.</summary>
    public const string BadHeader = "bad-header";
    /// <summary>A limit on file size, rows, columns or cell length is exceeded.</summary>
    public const string TooLarge = "too-large";
    /// <summary>A dependant depends on itself.</summary>
    public const string SelfLoop = "self-loop";
    /// <summary>A file holds no questionnaire table.</summary>
    public const string NoTable = "no-table";
    /// <summary>A dependant's strengths add up to more than 1 (warning: the linear-threshold model expects shares).</summary>
    public const string StrengthSum = "strength-sum";
}

/// <summary>Limits the answer reader enforces before and while reading (each breach is a <c>too-large</c> error).</summary>
/// <param name="MaxFileBytes">Largest file accepted.</param>
/// <param name="MaxUncompressedBytes">Largest total of uncompressed parts in a workbook (zip-bomb guard).</param>
/// <param name="MaxRows">Most rows per sheet or CSV.</param>
/// <param name="MaxColumns">Most columns per row.</param>
/// <param name="MaxCellChars">Longest cell text.</param>
/// <param name="MaxIssues">Most issues listed (the rest are counted).</param>
public sealed record SurveyLimits(long MaxFileBytes = 64L << 20, long MaxUncompressedBytes = 512L << 20, int MaxRows = 200_000,
    int MaxColumns = 64, int MaxCellChars = 4_000, int MaxIssues = 1_000)
{
    /// <summary>The defaults: 64 MiB per file, 512 MiB uncompressed, 200,000 rows, 64 columns, 4,000 characters per cell.</summary>
    public static SurveyLimits Default { get; } = new();
}
