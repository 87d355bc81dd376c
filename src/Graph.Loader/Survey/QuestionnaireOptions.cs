using Depgraph.Core.Model;

namespace Depgraph.Loader.Survey;

/// <summary>What <see cref="QuestionnaireExporter"/> writes.</summary>
/// <param name="Language">Japanese (default) or English: headers, instructions and how sectors are named.</param>
/// <param name="Sectors">Dependant sector ids to write (empty = every sector).</param>
/// <param name="Csv">Write CSV (UTF-8 with BOM) instead of workbooks.</param>
/// <param name="Deadline">The answer deadline shown in the instructions (free text), or null for a blank field.</param>
/// <param name="Contact">The contact shown in the instructions, or null for a blank field.</param>
/// <param name="BlankSectorRows">Blank rows for new suppliers at the end of the sector table.</param>
/// <param name="OperatorRows">Rows of the operator table covered by the drop-downs and number checks.</param>
/// <param name="Overwrite">Replace existing questionnaire files of the same name (otherwise refused).</param>
public sealed record QuestionnaireOptions(Language Language = Language.Japanese, IReadOnlyList<string>? Sectors = null, bool Csv = false,
    string? Deadline = null, string? Contact = null, int BlankSectorRows = 5, int OperatorRows = 20_000, bool Overwrite = false);
