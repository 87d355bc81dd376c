using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>What <see cref="ReportWriter.Write"/> wrote.</summary>
/// <param name="Folder">The report folder (full path).</param>
/// <param name="Files">The files written, relative to the folder with forward slashes, ordinal order.</param>
/// <param name="Language">The language the charts were drawn in (English when Japanese was asked for but no Japanese font exists).</param>
/// <param name="Warning">The one-line font warning (<see cref="ChartFonts.Warning"/>) when the charts fell back to English; otherwise null.</param>
public sealed record ReportWriteResult(string Folder, IReadOnlyList<string> Files, Language Language, string? Warning);
