using static Depgraph.Cli.Infrastructure.XlsxTables;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// What an analysis command writes, made once the analysis has run: a writer for the chosen text format and, when the
/// command supports <c>--format xlsx</c>, the workbook's sheets. <see cref="AnalysisCommand"/> writes it.
/// </summary>
/// <param name="Write">Writes the result on standard output in the given format (the CSV byte-order mark is already written).</param>
/// <param name="Sheets">The workbook's sheets for <c>--format xlsx</c>; null when the command has no workbook.</param>
internal sealed record CommandOutput(Action<TextWriter, OutputFormat> Write, Func<IEnumerable<Sheet>>? Sheets = null)
{
    /// <summary>One writer per format; a format without a writer falls back to the table (json and csv are refused earlier when absent).</summary>
    public static CommandOutput ByFormat(Action<TextWriter> json, Action<TextWriter>? csv, Action<TextWriter> table, Func<IEnumerable<Sheet>>? sheets = null) =>
        new((o, format) =>
        {
            switch (format)
            {
                case OutputFormat.Json: json(o); break;
                case OutputFormat.Csv when csv is not null: csv(o); break;
                default: table(o); break;
            }
        }, sheets);
}
