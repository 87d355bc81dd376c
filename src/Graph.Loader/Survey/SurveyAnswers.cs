namespace Depgraph.Loader.Survey;

/// <summary>Where an answer comes from: file, sheet and 1-based row (rows: <c>2</c> or a range <c>2-10001</c> for an aggregate).</summary>
/// <param name="File">The file name (without folder).</param>
/// <param name="Sheet">The sheet (for a CSV: 分野 or 事業者).</param>
/// <param name="Rows">The row, or the first and last rows of an aggregate.</param>
public sealed record SurveySource(string File, string Sheet, string Rows)
{
    /// <summary>The provenance reference <c>survey:&lt;sector&gt;:&lt;file&gt;:&lt;sheet&gt;:&lt;row&gt;</c>.</summary>
    public string Reference(string sector) => $"survey:{sector}:{File}:{Sheet}:{Rows}";
}

/// <summary>A sector-level answer: how much <paramref name="Dependant"/> depends on <paramref name="Supplier"/>.</summary>
/// <param name="Dependant">Dependant sector id.</param>
/// <param name="Supplier">Supplier sector or resource id.</param>
/// <param name="Strength">Strength in [0, 1].</param>
/// <param name="Low">Lower end of the range, when given.</param>
/// <param name="High">Upper end of the range, when given.</param>
/// <param name="Hours">Hours to impact, when given.</param>
/// <param name="Respondent">Respondent (may be empty).</param>
/// <param name="Date">Date as <c>yyyy-MM-dd</c> (may be empty).</param>
/// <param name="Note">Note (may be empty).</param>
/// <param name="Source">Where the answer is.</param>
public sealed record SectorAnswer(string Dependant, string Supplier, double Strength, double? Low, double? High, double? Hours,
    string Respondent, string Date, string Note, SurveySource Source)
{
    /// <summary>The provenance reference of the answer.</summary>
    public string Reference => Source.Reference(Dependant);

    /// <summary>The probability that the supplier's outage propagates to the dependant, in [0, 1], when answered (optional).</summary>
    public double? Probability { get; init; }

    /// <summary>Lower end of the probability range, when given.</summary>
    public double? ProbabilityLow { get; init; }

    /// <summary>Upper end of the probability range, when given.</summary>
    public double? ProbabilityHigh { get; init; }
}

/// <summary>An operator-level answer.</summary>
/// <param name="Operator">The operator's name as written (trimmed).</param>
/// <param name="Sector">The operator's sector id.</param>
/// <param name="Supplier">Supplier sector or resource id.</param>
/// <param name="Strength">Strength in [0, 1].</param>
/// <param name="Hours">Hours to impact, when given.</param>
/// <param name="Substitute">Whether a substitute is available, when given.</param>
/// <param name="Date">Date as <c>yyyy-MM-dd</c> (may be empty).</param>
/// <param name="Note">Note (may be empty).</param>
/// <param name="Source">Where the answer is.</param>
public sealed record OperatorAnswer(string Operator, string Sector, string Supplier, double Strength, double? Hours, bool? Substitute,
    string Date, string Note, SurveySource Source)
{
    /// <summary>The provenance reference of the answer.</summary>
    public string Reference => Source.Reference(Sector);
}

/// <summary>A file read by the survey import.</summary>
/// <param name="File">The file as given (path).</param>
/// <param name="Encoding">For a CSV, the encoding used (<c>utf-8</c>, <c>utf-8-bom</c>, <c>shift_jis</c>); <c>xlsx</c> for a workbook.</param>
/// <param name="SectorRows">Answered sector rows.</param>
/// <param name="OperatorRows">Answered operator rows.</param>
public sealed record SurveyFile(string File, string Encoding, int SectorRows, int OperatorRows);

/// <summary>Every answer read from a set of files, and every problem found.</summary>
/// <param name="Files">The files read, in order.</param>
/// <param name="Sectors">Sector answers, in file and row order.</param>
/// <param name="Operators">Operator answers, in file and row order.</param>
/// <param name="Issues">Every problem (errors and warnings), in file and row order.</param>
public sealed record SurveyAnswers(IReadOnlyList<SurveyFile> Files, IReadOnlyList<SectorAnswer> Sectors, IReadOnlyList<OperatorAnswer> Operators,
    IReadOnlyList<SurveyIssue> Issues)
{
    /// <summary>True when any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
    /// <summary>Answered rows (sector and operator).</summary>
    public int Rows => Sectors.Count + Operators.Count;
}
