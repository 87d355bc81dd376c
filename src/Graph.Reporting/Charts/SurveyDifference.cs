namespace Depgraph.Reporting.Charts;

/// <summary>Input of <see cref="SurveyDifferenceChart"/>: the dependency strengths before and after a survey import.</summary>
/// <param name="Dependants">Rows (top to bottom): the dependant sectors.</param>
/// <param name="Suppliers">Columns (left to right): the supplier sectors and shared resources.</param>
/// <param name="Before"><c>Before[i, j]</c>: strength of row <c>i</c> on column <c>j</c> before the import.</param>
/// <param name="After"><c>After[i, j]</c>: strength after the import.</param>
/// <param name="Answered"><c>Answered[i, j]</c>: true when the survey answered the cell (its value now rests on the survey).</param>
public sealed record SurveyDifference(IReadOnlyList<LocalizedName> Dependants, IReadOnlyList<LocalizedName> Suppliers,
    double[,] Before, double[,] After, bool[,] Answered);
