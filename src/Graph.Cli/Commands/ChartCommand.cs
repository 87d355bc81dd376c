using System.CommandLine;
using System.Globalization;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.IO;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;

namespace Depgraph.Cli.Commands;

/// <summary>
/// <c>depgraph chart NAME [--out FILE] [--format png|svg] [--lang ja|en] [--overwrite] [--scenario FILE] [--from ID] [--seed S] [--runs N] [--font FILE|NAME]</c>
/// and <c>depgraph chart --list [--format table|json]</c>: one of the report's charts without the whole report, from the
/// same inputs and options (<see cref="ReportChartsBuilder.ForChart"/>), so the file is byte-identical to the report's
/// <c>charts/NAME.png</c> or <c>.svg</c>. An existing file is replaced only with <c>--overwrite</c>; the file is written
/// atomically, and nothing is written on any error.
/// </summary>
public static class ChartCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var io = new InputOptions();
        var name = new Argument<string?>("NAME") { Description = "The chart: coverage, reach-time, node-impact, redundancy, network, dependency, cascade, tornado or sobol (see --list)", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "List the charts with what each shows (--format table or json) instead of drawing one" };
        var outFile = new Option<string?>("--out") { Description = "Chart file to write (default NAME.png or NAME.svg in the current folder)", HelpName = "FILE" };
        var format = new Option<string?>("--format") { Description = "png (default, 300 dpi) or svg; with --list, table (default) or json", HelpName = "FORMAT" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace the chart file if it exists (without it an existing file is never touched)" };
        var from = new Option<string?>("--from") { Description = "Source of the information flow (default: nisc on the dataset, the single government node of a generic graph)", HelpName = "ID" };
        var seed = new Option<int?>("--seed") { Description = "Random seed of the Monte Carlo cascades (default 42); same seed and data, byte-identical report", HelpName = "S" };
        var runs = new Option<int?>("--runs") { Description = "Monte Carlo runs per simulated outage (default 10000; probabilities are printed with the digits their 95% interval supports)", HelpName = "N" };
        var font = new Option<string?>("--font") { Description = "Chart font: a font file (.ttf/.otf/.ttc) or an installed family (default: IPAexGothic, shipped with depgraph); if not found, the default with a warning", HelpName = "FILE|NAME" };
        var cmd = new Command("chart") { name, list, outFile, format, overwrite, from, seed, runs, font };
        io.AddTo(cmd, withEdgeTypes: false, withFormat: false);
        var so = new ScenarioOption();
        so.AddTo(cmd);
        cmd.SetAction((pr, ct) => Task.FromResult(Cli.Guard(ctx, () =>
        {
            Language language = io.GetLang(pr);
            if (pr.GetValue(list))
            {
                if (pr.GetValue(name) is not null) throw new UsageException("--list takes no chart name");
                WriteList(ctx.Out, pr.GetValue(format), language);
                return ExitCodes.Ok;
            }

            string chart;
            try { chart = ReportCharts.CheckName(pr.GetValue(name) ?? throw new UsageException("give a chart name (depgraph chart --list shows them)")); }
            catch (ArgumentException e) { throw new UsageException(e.Message.Split(" (Parameter", 2)[0]); }
            (bool svg, string path) = Target(chart, pr.GetValue(format), pr.GetValue(outFile));
            if (File.Exists(path) && !pr.GetValue(overwrite))
                throw new UsageException($"'{path}' exists; give --overwrite to replace it, or another --out");
            if (Directory.Exists(path)) throw new UsageException($"'{path}' is a folder; give a file for --out");

            var options = new ReportOptions { Language = language, Seed = pr.GetValue(seed) ?? 42, Runs = pr.GetValue(runs) ?? ReportOptions.DefaultRuns };
            try { options.Validate(); } catch (ArgumentException e) { throw new UsageException(e.Message.Split(" (Parameter", 2)[0]); }
            var progress = StderrProgress<string>.Lines(ctx, step => $"depgraph chart: {step}");
            var input = so.Load(pr, io, ctx, needDataset: true, pr.GetValue(from));
            string? fromId = pr.GetValue(from);
            if (!string.IsNullOrWhiteSpace(fromId)) fromId = input.Graph.Id(NodeArguments.Resolve(input.Graph, fromId, "--from")[0]);
            else if (input.Graph.DefaultSource() < 0)
                throw new UsageException("no source to start from: the graph has no node 'nisc' and no single government node; give the source id (--from).");
            options = options with { From = fromId, Labels = ReportCommand.LabelsOf(pr, io, input) };

            var data = ReportChartsBuilder.ForChart(chart, input.Dataset!, input.Graph, options, progress, ct);
            var chartOptions = new ChartOptions { FontFamily = pr.GetValue(font) };
            ChartFontChoice fontChoice = ChartFonts.Resolve(language, chartOptions);
            var drawn = ReportCharts.Create(data, language, chartOptions);
            if (drawn.Count == 0)
            {
                throw new IOException(language.Pick($"この入力では図 {chart} を描けない（必要なデータがない：報告書もこの図を含まない）",
                    $"the input has nothing to draw in chart {chart} (the report leaves it out too)"));
            }

            RenderedChart rendered = ReportCharts.Render(drawn, progress, language)[0];
            if (fontChoice.Warning is not null) ctx.Err.WriteLine($"depgraph: warning: {fontChoice.Warning}");
            if (svg) AtomicFile.WriteAllText(path, rendered.Svg);
            else AtomicFile.WriteAllBytes(path, rendered.Png);
            ctx.Out.WriteLine(path);
            return ExitCodes.Ok;
        })));
        return cmd;
    }

    /// <summary>The format and file: <c>--format</c>, else the extension of <c>--out</c>, else png; the file defaults to NAME.png or NAME.svg.</summary>
    private static (bool Svg, string Path) Target(string chart, string? format, string? outFile)
    {
        string? f = format?.Trim().ToLowerInvariant();
        string? ext = outFile is null ? null : Path.GetExtension(outFile).TrimStart('.').ToLowerInvariant();
        if (f is not (null or "" or "png" or "svg")) throw new UsageException($"--format must be png or svg; got '{format}'");
        if (string.IsNullOrEmpty(f)) f = ext is "svg" or "png" ? ext : "png";
        if (outFile is not null && string.IsNullOrWhiteSpace(outFile)) throw new UsageException("--out needs a file");
        if (ext is "svg" or "png" && ext != f) throw new UsageException($"--out '{outFile}' ends in .{ext} but --format is {f}");
        return (f == "svg", outFile ?? $"{chart}.{f}");
    }

    private static void WriteList(TextWriter o, string? format, Language language)
    {
        switch (format?.Trim().ToLowerInvariant())
        {
            case null or "" or "table":
                var t = new TextTable(language.Pick("図", "chart"), language.Pick("内容", "what it shows"));
                foreach (var (n, d) in ReportCharts.Descriptions) t.Add(n, d.For(language));
                t.Write(o);
                break;
            case "json":
                Json.Write(o, w =>
                {
                    w.WriteStartObject();
                    w.WriteStartArray("charts");
                    foreach (var (n, d) in ReportCharts.Descriptions)
                    {
                        w.WriteStartObject();
                        w.WriteString("name", n);
                        w.WriteString("description", d.For(language));
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteEndObject();
                });
                break;
            default:
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"with --list, --format must be table or json; got '{format}'"));
        }
    }
}
