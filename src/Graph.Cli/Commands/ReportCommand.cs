using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;

namespace Depgraph.Cli.Commands;

/// <summary>
/// <c>depgraph report [--data DIR | --nodes F --edges F | --graphml F] [--out DIR] [--lang ja|en] [--from ID] [--seed S] [--runs N] [--font FILE|NAME]</c>:
/// the committee-ready report (Markdown, self-contained HTML, charts as PNG and SVG), written atomically.
/// </summary>
public static class ReportCommand
{
    /// <summary>The default report folder.</summary>
    public const string DefaultOut = "report";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var io = new InputOptions();
        var outDir = new Option<string?>("--out") { Description = $"Report folder (default ./{DefaultOut}); replaced as a whole, so it must be new, empty or a previous report", HelpName = "DIR" };
        var from = new Option<string?>("--from") { Description = "Source of the information flow (default: nisc on the dataset, the single government node of a generic graph)", HelpName = "ID" };
        var seed = new Option<int?>("--seed") { Description = "Random seed of the Monte Carlo cascades (default 42); same seed and data, byte-identical report", HelpName = "S" };
        var runs = new Option<int?>("--runs") { Description = "Monte Carlo runs per simulated outage (default 10000; probabilities are printed with the digits their 95% interval supports)", HelpName = "N" };
        var font = new Option<string?>("--font") { Description = "Chart font: a font file (.ttf/.otf/.ttc) or an installed family (default: IPAexGothic, shipped with depgraph); if not found, the default with a warning", HelpName = "FILE|NAME" };
        var cmd = new Command("report")
        {
            outDir, from, seed, runs, font,
        };
        io.AddTo(cmd, withEdgeTypes: false, withFormat: false);
        var so = new ScenarioOption();
        so.AddTo(cmd);
        cmd.SetAction((pr, ct) => Task.FromResult(Cli.Guard(ctx, () =>
        {
            var clock = Stopwatch.StartNew();
            Language language = io.GetLang(pr);
            var progress = StderrProgress<string>.Lines(ctx, step => $"depgraph report: {step} ({clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
            var options = new ReportOptions
            {
                Language = language,
                Seed = pr.GetValue(seed) ?? 42,
                Runs = pr.GetValue(runs) ?? ReportOptions.DefaultRuns,
            };
            try { options.Validate(); } catch (ArgumentException e) { throw new UsageException(e.Message.Split(" (Parameter", 2)[0]); }
            string dir = pr.GetValue(outDir) ?? DefaultOut;
            if (string.IsNullOrWhiteSpace(dir)) throw new UsageException("--out needs a folder");

            progress?.Report(language.Pick("入力の読み込み", "load input"));
            var input = so.Load(pr, io, ctx, needDataset: true, pr.GetValue(from));
            string? fromId = pr.GetValue(from);
            if (!string.IsNullOrWhiteSpace(fromId)) fromId = input.Graph.Id(NodeArguments.Resolve(input.Graph, fromId, "--from")[0]);
            else if (input.Graph.DefaultSource() < 0)
                throw new UsageException("no source to start from: the graph has no node 'nisc' and no single government node; give the source id (--from).");

            options = options with { From = fromId, InputDescription = Describe(pr, io, input) + so.Describe(pr), Labels = LabelsOf(pr, io, input) };
            var model = ReportBuilder.Build(input.Dataset!, input.Graph, options, progress, ct);
            var result = ReportWriter.Write(model, dir, new ChartOptions { FontFamily = pr.GetValue(font) }, progress);
            if (result.Warning is not null) ctx.Err.WriteLine($"depgraph: warning: {result.Warning}");
            progress?.Report(language.Pick($"完了：{result.Files.Count} ファイル", $"done: {result.Files.Count} files"));
            foreach (var f in result.Files) ctx.Out.WriteLine(Path.Combine(dir, f.Replace('/', Path.DirectorySeparatorChar)));
            return ExitCodes.Ok;
        })));
        return cmd;
    }

    /// <summary>Names the input without absolute paths (they would make reports differ between machines).</summary>
    /// <summary>The dataset folder's short chart names and source metadata (none for a generic graph).</summary>
    internal static ReportLabels LabelsOf(ParseResult pr, InputOptions io, InputGraph input)
    {
        if (!input.IsCurated) return ReportLabels.Empty;
        try { return ReportLabels.Load(pr.GetValue(io.Data) ?? Loader.GraphInput.FindDefaultDataset()); }
        catch (FormatException e) { throw new IOException(e.Message, e); }
    }

    private static string Describe(ParseResult pr, InputOptions io, InputGraph input)
    {
        string? nodes = pr.GetValue(io.Nodes), edges = pr.GetValue(io.Edges), graphml = pr.GetValue(io.GraphMl), data = pr.GetValue(io.Data);
        if (nodes is not null && edges is not null) return $"{Path.GetFileName(nodes)} + {Path.GetFileName(edges)} ({input.Dataset!.Name})";
        if (graphml is not null) return Path.GetFileName(graphml);
        return data is null ? input.Dataset!.Name : Path.GetFileName(Path.GetFullPath(data).TrimEnd(Path.DirectorySeparatorChar));
    }
}
