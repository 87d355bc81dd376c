using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;
using Depgraph.Loader;
using Depgraph.Loader.Scenarios;
using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;

namespace Depgraph.Cli.Commands;

/// <summary>
/// <c>depgraph report [--data DIR | --nodes F --edges F | --graphml F] [--out DIR] [--lang ja|en] [--from ID] [--seed S] [--runs N] [--font FILE|NAME] [--scenario A.yaml …]</c>:
/// the committee-ready report (Markdown, self-contained HTML, charts as PNG and SVG), written atomically; each
/// <c>--scenario</c> adds a section comparing the base with that scenario.
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
        var scenarios = new Option<string[]>("--scenario") { Description = "Compare the base with a what-if scenario file (YAML, docs/scenarios.md) in a section of its own after section 6; repeat for several", HelpName = "FILE", AllowMultipleArgumentsPerToken = false };
        cmd.Options.Add(scenarios);
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
            var input = io.Load(pr, needDataset: true);
            string? fromId = pr.GetValue(from);
            if (!string.IsNullOrWhiteSpace(fromId)) fromId = input.Graph.Id(NodeArguments.Resolve(input.Graph, fromId, "--from")[0]);
            else if (input.Graph.DefaultSource() < 0)
                throw new UsageException("no source to start from: the graph has no node 'nisc' and no single government node; give the source id (--from).");

            int root = string.IsNullOrWhiteSpace(fromId) ? input.Graph.DefaultSource() : input.Graph.IndexOf(fromId);
            options = options with
            {
                From = fromId,
                InputDescription = Describe(pr, io, input),
                Labels = LabelsOf(pr, io, input),
                Scenarios = ReadScenarios(pr.GetValue(scenarios) ?? [], input, [input.Graph.Id(root), .. options.CascadeOrigins]),
            };
            var model = ReportBuilder.Build(input.Dataset!, input.Graph, options, progress, ct);
            var result = ReportWriter.Write(model, dir, new ChartOptions { FontFamily = pr.GetValue(font) }, progress);
            if (result.Warning is not null) ctx.Err.WriteLine($"depgraph: warning: {result.Warning}");
            progress?.Report(language.Pick($"完了：{result.Files.Count} ファイル", $"done: {result.Files.Count} files"));
            foreach (var f in result.Files) ctx.Out.WriteLine(Path.Combine(dir, f.Replace('/', Path.DirectorySeparatorChar)));
            return ExitCodes.Ok;
        })));
        return cmd;
    }

    /// <summary>
    /// Reads and applies every scenario file (bad input, or a scenario removing the source or a cascade origin: every
    /// problem with its file and line, exit 1, nothing written) and maps each to the report's own record of what changed,
    /// which the report words in its language.
    /// </summary>
    private static IReadOnlyList<ReportScenario> ReadScenarios(string[] files, InputGraph input, IReadOnlyList<string> protect)
    {
        if (files.Length == 0) return [];
        var read = ScenarioReader.ReadAll(files);
        ScenarioOption.ThrowOnErrors(read.Issues);
        var issues = new List<LoadIssue>();
        var result = new List<ReportScenario>();
        foreach (Scenario s in read.Value!)
        {
            var applied = ScenarioApplier.Apply(input.Dataset!, s, protect.Where(id => input.Dataset!.Find(id) is not null));
            issues.AddRange(applied.Issues);
            if (applied.Value is { } app) result.Add(new ReportScenario(s.Name, s.Description, s.File, app.Dataset, Edits(input.Dataset!, app)));
        }

        ScenarioOption.ThrowOnErrors(issues);
        return result;
    }

    /// <summary>The report's record of each scenario line, in file order (counts from the applied changes).</summary>
    private static List<ScenarioEdit> Edits(GraphDataset dataset, ScenarioApplication app)
    {
        Scenario s = app.Scenario;
        int Count(int line) => app.Changes.Where(c => c.Line == line).Sum(c => c.Count);
        var removed = s.RemoveNodes.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var edits = new List<ScenarioEdit>();
        // an edge between two removed nodes counts for its source, as ScenarioApplier counts it
        edits.AddRange(s.RemoveNodes.Select(r => new ScenarioEdit(ScenarioEditKind.RemoveNode, r.Line, r.Id, null, null, null,
            dataset.Edges.Count(e => e.Source == r.Id || (e.Target == r.Id && !removed.Contains(e.Source))))));
        edits.AddRange(s.RemoveEdges.Select(m => new ScenarioEdit(ScenarioEditKind.RemoveEdge, m.Line, m.Source, m.Target, m.Kind, m.Flow, Count(m.Line))));
        edits.AddRange(s.AddEdges.Select(a => new ScenarioEdit(ScenarioEditKind.AddEdge, a.Line, a.Source, a.Target, a.Kind, a.Flow, 1)
        {
            DelayHours = a.DelayHours,
            Probability = a.Probability,
            Strength = a.Kind is EdgeKind.DependsOn or EdgeKind.Supplies ? a.Strength : null,
        }));
        edits.AddRange(s.SetEdges.Select(x => new ScenarioEdit(ScenarioEditKind.SetEdge, x.Line, x.Match.Source, x.Match.Target, x.Match.Kind, x.Match.Flow, Count(x.Line))
        {
            Probability = x.Probability,
            ScaleProbability = x.ScaleProbability,
            DelayHours = x.DelayHours,
            ScaleDelay = x.ScaleDelay,
            Strength = x.Strength,
        }));
        edits.Sort((a, b) => a.Line.CompareTo(b.Line));
        return edits;
    }

    /// <summary>The dataset folder's short chart names and source metadata (none for a generic graph).</summary>
    internal static ReportLabels LabelsOf(ParseResult pr, InputOptions io, InputGraph input)
    {
        if (!input.IsCurated) return ReportLabels.Empty;
        try { return ReportLabels.Load(pr.GetValue(io.Data) ?? Loader.GraphInput.FindDefaultDataset()); }
        catch (FormatException e) { throw new IOException(e.Message, e); }
    }

    /// <summary>Names the input without absolute paths (they would make reports differ between machines).</summary>
    private static string Describe(ParseResult pr, InputOptions io, InputGraph input)
    {
        string? nodes = pr.GetValue(io.Nodes), edges = pr.GetValue(io.Edges), graphml = pr.GetValue(io.GraphMl), data = pr.GetValue(io.Data);
        if (nodes is not null && edges is not null) return $"{Path.GetFileName(nodes)} + {Path.GetFileName(edges)} ({input.Dataset!.Name})";
        if (graphml is not null) return Path.GetFileName(graphml);
        return data is null ? input.Dataset!.Name : Path.GetFileName(Path.GetFullPath(data).TrimEnd(Path.DirectorySeparatorChar));
    }
}
