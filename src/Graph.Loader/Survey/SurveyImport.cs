namespace Depgraph.Loader.Survey;

/// <summary>How a dependency changed against the previous matrix.</summary>
public enum DependencyChangeKind
{
    /// <summary>No dependency before (strength 0 or no row), one now.</summary>
    Added,
    /// <summary>A dependency before, strength 0 now.</summary>
    Removed,
    /// <summary>Higher strength.</summary>
    Strengthened,
    /// <summary>Lower strength.</summary>
    Weakened,
    /// <summary>Same strength, other hours to impact.</summary>
    Retimed,
    /// <summary>Same strength and hours, now resting on the survey.</summary>
    Confirmed,
}

/// <summary>One answered cell of the dependency matrix, before and after.</summary>
/// <param name="Dependant">Dependant id.</param>
/// <param name="Supplier">Supplier id.</param>
/// <param name="Before">Strength before (0 when there was no row).</param>
/// <param name="After">Strength after.</param>
/// <param name="HoursBefore">Hours to impact before, when written.</param>
/// <param name="HoursAfter">Hours to impact after, when written.</param>
/// <param name="Low">Lower end of the strength range (answer or operators' minimum), when known.</param>
/// <param name="High">Upper end of the strength range, when known.</param>
/// <param name="BasisBefore">The previous basis (<c>assumption</c>, <c>survey</c>, or <c>none</c> for a new row).</param>
/// <param name="Kind">The kind of change.</param>
/// <param name="Reference">The survey reference of the new value.</param>
/// <param name="Respondents">Operators that answered for the cell (0 for a sector answer alone).</param>
/// <param name="ShareAffected">Share of those operators with a strength above 0, when any answered.</param>
public sealed record DependencyChange(string Dependant, string Supplier, double Before, double After, double? HoursBefore, double? HoursAfter,
    double? Low, double? High, string BasisBefore, DependencyChangeKind Kind, string Reference, int Respondents, double? ShareAffected)
{
    /// <summary>The kind as written in JSON: <c>added</c>, <c>removed</c>, <c>strengthened</c>, <c>weakened</c>, <c>retimed</c>, <c>confirmed</c>.</summary>
    public string KindToken => Kind.ToString().ToLowerInvariant();

    /// <summary>The probability before, as written (null when there was no row or it was empty).</summary>
    public string? ProbabilityBefore { get; init; }

    /// <summary>The probability after, as written (null when empty: the dataset's <c>dependency_defaults</c> apply).</summary>
    public string? ProbabilityAfter { get; init; }

    /// <summary>What the probability after rests on: <c>survey</c> when answered (or 0 for a removed dependency), else the kept value's basis (<c>assumption</c> unless an earlier survey gave it).</summary>
    public string ProbabilityBasis { get; init; } = "survey";

    /// <summary>What the hours after rest on: <c>survey</c> when answered, else the kept value's basis.</summary>
    public string HoursBasis { get; init; } = "survey";
}


/// <summary>Operator answers for one dependant and supplier, aggregated.</summary>
/// <param name="Sector">The operators' sector.</param>
/// <param name="Supplier">The supplier.</param>
/// <param name="Respondents">Operators that answered.</param>
/// <param name="Affected">Operators with a strength above 0.</param>
/// <param name="Median">Median strength.</param>
/// <param name="Min">Smallest strength.</param>
/// <param name="Max">Largest strength.</param>
/// <param name="HoursMedian">Median hours to impact over the operators that gave one.</param>
/// <param name="HoursMin">Smallest hours.</param>
/// <param name="HoursMax">Largest hours.</param>
/// <param name="WithSubstitute">Operators that said a substitute is available.</param>
/// <param name="Source">File, sheet and rows (first-last) of the answers.</param>
public sealed record OperatorAggregate(string Sector, string Supplier, int Respondents, int Affected, double Median, double Min, double Max,
    double? HoursMedian, double? HoursMin, double? HoursMax, int WithSubstitute, SurveySource Source)
{
    /// <summary>Share of the operators affected.</summary>
    public double ShareAffected => Respondents == 0 ? 0 : (double)Affected / Respondents;
}

/// <summary>The outcome of merging answers into a dataset's dependency matrix (nothing written yet).</summary>
/// <param name="Answers">The answers read.</param>
/// <param name="Matrix">The new dependencies.csv rows (unchanged rows keep their original text).</param>
/// <param name="Changes">Every answered cell with its change, in matrix order.</param>
/// <param name="Aggregates">Operator answers by sector and supplier.</param>
/// <param name="Warnings">Warnings found while merging (e.g. strengths of a dependant adding up to more than 1).</param>
public sealed record SurveyImportResult(SurveyAnswers Answers, IReadOnlyList<DependencyRow> Matrix, IReadOnlyList<DependencyChange> Changes,
    IReadOnlyList<OperatorAggregate> Aggregates, IReadOnlyList<SurveyIssue> Warnings)
{
    /// <summary>True when the answers have errors (then nothing may be written).</summary>
    public bool HasErrors => Answers.HasErrors;
    /// <summary>True when the matrix differs from the previous one.</summary>
    public bool MatrixChanged => Changes.Count > 0;

    /// <summary>The range columns of the dataset's <c>dependencies.csv</c> after its seven base columns, kept when it is rewritten.</summary>
    public IReadOnlyList<string> ExtraHeader { get; init; } = [];
}
