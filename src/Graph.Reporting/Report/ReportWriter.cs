using Depgraph.Core.IO;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Writes a report folder: <c>report.md</c>, a self-contained <c>report.html</c> and <c>charts/NAME.png</c> (300 dpi) and
/// <c>charts/NAME.svg</c> for each chart, all at once: everything is written into a temporary sibling folder that then
/// replaces the target (<see cref="AtomicFile.WriteFolder"/>), so a failing run leaves no half-written report.
/// </summary>
/// <remarks>
/// <para>The same model gives byte-identical files: no dates, no absolute paths, no random ids; the charts are
/// rendered by <see cref="ChartExport.Render"/> (reproducible PNG and normalised SVG).</para>
/// <para>When the report is Japanese but no Japanese font is installed, the charts are drawn with English labels,
/// <see cref="ReportWriteResult.Warning"/> carries <see cref="ChartFonts.Warning"/> and Appendix B says so; the text stays Japanese.</para>
/// <para>An existing target folder is replaced only when its <see cref="OutputManifest"/> shows that an earlier run wrote
/// every file in it and nothing was changed since, so a mistyped <c>--out</c> cannot delete or overwrite a user's files.</para>
/// </remarks>
public static class ReportWriter
{
    /// <summary>The names a report folder may hold; a folder with anything else is not replaced.</summary>
    public static IReadOnlyList<string> ReportEntries { get; } = ["charts", "report.html", "report.md"];

    /// <summary>Renders the charts and writes the report folder.</summary>
    /// <param name="model">The report model.</param>
    /// <param name="outDir">The report folder; created, or replaced when it holds only a previous report.</param>
    /// <param name="chartOptions">Chart options (font family, simulated missing font); null for defaults.</param>
    /// <param name="progress">Told one line per step in the report's language, e.g. "chart coverage", "write report.md, report.html, 14 chart files".</param>
    /// <returns>The folder and files written, and the font warning if any.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="model"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="outDir"/> is empty, is a file, or is a folder holding other files.</exception>
    /// <exception cref="IOException">The folder cannot be written.</exception>
    public static ReportWriteResult Write(ReportModel model, string outDir, ChartOptions? chartOptions = null, IProgress<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        string full = Path.GetFullPath(outDir).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        CheckTarget(outDir, full);

        ChartFontChoice font = ChartFonts.Resolve(model.Options.Language, chartOptions);
        IReadOnlyList<RenderedChart> charts = ReportCharts.Render([.. ReportCharts.Create(model, chartOptions), .. ScenarioCharts.Create(model, chartOptions)], progress, model.Options.Language);
        string markdown = MarkdownReportWriter.Write(model, charts, font.Language);
        string html = HtmlReportWriter.Write(model, charts, font.Language);

        var files = new List<string> { "report.html", "report.md" };
        files.AddRange(charts.SelectMany(c => new[] { c.PngPath, c.SvgPath }));
        files.Sort(StringComparer.Ordinal);
        progress?.Report(model.Options.Language.Pick($"書き出し：report.md、report.html、図のファイル {charts.Count * 2} 個", $"write report.md, report.html, {charts.Count * 2} chart files"));
        AtomicFile.WriteFolder(full, tmp =>
        {
            Directory.CreateDirectory(Path.Combine(tmp, "charts"));
            File.WriteAllBytes(Path.Combine(tmp, "report.md"), AtomicFile.Utf8.GetBytes(markdown));
            File.WriteAllBytes(Path.Combine(tmp, "report.html"), AtomicFile.Utf8.GetBytes(html));
            foreach (RenderedChart c in charts)
            {
                File.WriteAllBytes(Path.Combine(tmp, "charts", c.Name + ".png"), c.Png);
                File.WriteAllBytes(Path.Combine(tmp, "charts", c.Name + ".svg"), AtomicFile.Utf8.GetBytes(c.Svg));
            }
        });
        return new ReportWriteResult(full, files, font.Language, font.Warning);
    }

    private static void CheckTarget(string given, string full)
    {
        if (File.Exists(full))
        {
            throw new ArgumentException($"the output '{given}' is a file; give a folder for the report.", nameof(given));
        }

        if (Path.GetPathRoot(full) == full + Path.DirectorySeparatorChar || Path.GetPathRoot(full) == full)
        {
            throw new ArgumentException($"the output '{given}' is a file-system root; give a folder for the report.", nameof(given));
        }

        if (!Directory.Exists(full))
        {
            return;
        }

        string? why = OutputManifest.WhyNotReplaceable(full);
        if (why is not null)
        {
            throw new ArgumentException(
                $"the output folder '{given}' cannot be replaced: {why}. The report replaces the whole folder, so give a new or empty folder, or one an earlier report wrote.",
                nameof(given));
        }
    }
}
