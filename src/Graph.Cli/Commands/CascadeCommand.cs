using System.CommandLine;
using System.Globalization;
using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Summary;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph cascade --from ID[,…] [--runs N] [--seed S] [--threshold T] [--uncertainty [--samples N]] [--precision H [--max-runs N]]</c>.</summary>
public static class CascadeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var from = new Option<string>("--from") { Description = "Failed node id(s), comma-separated", Required = true, HelpName = "ID[,ID...]" };
        var runs = new Option<int?>("--runs") { Description = "Monte Carlo runs of the independent cascade (default 1000)", HelpName = "N" };
        var seed = new Option<int?>("--seed") { Description = "Random seed (default 42); same seed, same output", HelpName = "S" };
        var threshold = new Option<double?>("--threshold") { Description = "Use the deterministic linear-threshold model: a node fails when the weighted share of its failed suppliers reaches T", HelpName = "T" };
        var model = new Option<string?>("--model") { Description = "independent (default) or threshold (default threshold 0.5)", HelpName = "MODEL" };
        var uncertainty = new Option<bool>("--uncertainty") { Description = "Per node: failure probability at the written values, its 5–95 % interval over the assumed probability ranges (Latin hypercube) and the Monte Carlo error" };
        var samples = new Option<int?>("--samples") { Description = $"With --uncertainty: parameter sets (default {UncertaintyIntervals.DefaultSamples})", HelpName = "N" };
        var precision = new Option<double?>("--precision") { Description = "Run in batches until every reported probability's 95 % half-width is below H (e.g. 0.005); prints the runs used", HelpName = "H" };
        var maxRuns = new Option<int?>("--max-runs") { Description = "With --precision: stop at N runs even if the precision is not met (default 1,000,000)", HelpName = "N" };
        return AnalysisCommand.Create(ctx, "cascade", AnalysisFeatures.EdgeTypes | AnalysisFeatures.Scenario | AnalysisFeatures.Xlsx | AnalysisFeatures.Timings | AnalysisFeatures.Cancellable,
            [from, runs, seed, threshold, model, uncertainty, samples, precision, maxRuns], run =>
        {
            var (pr, io, lang, format, ct) = (run.Parse, run.Io, run.Language, run.Format, run.Cancellation);
            var m = pr.GetValue(model)?.Trim().ToLowerInvariant();
            bool useThreshold = m switch
            {
                null or "" => pr.GetValue(threshold) is not null,
                "independent" or "ic" => false,
                "threshold" or "lt" => true,
                _ => throw new UsageException($"--model must be independent or threshold; got '{m}'"),
            };
            if (!useThreshold && pr.GetValue(threshold) is not null) throw new UsageException("--threshold applies to the threshold model only");
            var options = new CascadeOptions { Runs = pr.GetValue(runs) ?? 1000, Seed = pr.GetValue(seed) ?? 42, Threshold = pr.GetValue(threshold) ?? 0.5 };
            try { options.Validate(); } catch (ArgumentException e) { throw new UsageException(e.Message); }
            var extra = CascadeModes.Validate(pr.GetValue(uncertainty), pr.GetValue(samples), pr.GetValue(precision), pr.GetValue(maxRuns), pr.GetValue(runs), options, useThreshold);
            var input = run.Load(needDataset: extra.Uncertainty is not null, pr.GetValue(from));
            var layer = io.GetLayer(pr, input, EdgeLayer.Dependency);
            var g = input.Graph.Select(layer);
            var sources = NodeArguments.Resolve(input.Graph, pr.GetValue(from), "--from");
            if (extra.Uncertainty is { } uo)
            {
                var ranges = DatasetRanges.FromDataset(input.Dataset!);
                ParameterSpace space;
                try { space = ParameterSpace.Resolve(g, layer, ranges, EdgeParameter.Probability); }
                catch (ArgumentException e) { throw new UsageException(e.Message); }
                var ur = CascadeUncertainty.Run(space, sources, uo, ct);
                return new CommandOutput((o, f) => CascadeUncertaintyOutput.Write(o, f, g, layer, ur, lang, ResultBasis.OfAllEdges(g, IndependentCascade.ParametersRead).RestsOnAssumption),
                    () => CascadeUncertaintyOutput.Sheets(g, layer, ur, lang));
            }
            else if (useThreshold)
            {
                var r = LinearThresholdCascade.Run(g, sources, options.Threshold);
                return new CommandOutput((o, f) => WriteThreshold(o, f, g, layer, r, lang, ResultBasis.OfAllEdges(g, LinearThresholdCascade.ParametersRead).RestsOnAssumption),
                    () => XlsxTables.Threshold(g, layer.Name, r, lang));
            }
            else
            {
                var progress = StderrProgress<CascadeProgress>.Counter(ctx, p => ProgressText(p, lang));
                var pres = extra.Precision is { } po ? SequentialCascade.Run(g, sources, po, null, ct) : null;
                var r = pres?.Result ?? BitParallelCascade.Run(g, sources, options, progress, ct);
                progress?.Finish();
                if (pres is not null && !run.Xlsx && format == OutputFormat.Csv) ctx.Err.WriteLine(CascadePrecisionOutput.Line(pres, lang));
                return new CommandOutput((o, f) => WriteMonteCarlo(o, f, g, layer, r, lang, ResultBasis.OfAllEdges(g, IndependentCascade.ParametersRead).RestsOnAssumption, pres), () =>
                {
                    var sheets = XlsxTables.Cascade(g, layer.Name, r, lang).ToList();
                    if (pres is not null) sheets.ForEach(sh => sh.Note(CascadePrecisionOutput.Line(pres, lang)));
                    return sheets;
                });
            }
        });
    }

    private static void WriteThreshold(TextWriter o, OutputFormat f, CompactGraph g, EdgeLayer layer, ThresholdCascadeResult r, Language lang, bool assumed)
    {
        if (f == OutputFormat.Json)
        {
            Json.Write(o, w =>
            {
                w.WriteStartObject();
                w.WriteString("layer", layer.Name);
                w.WriteString("model", "linear_threshold");
                w.Number("threshold", r.Threshold);
                w.Strings("sources", r.Sources.Select(g.Id));
                w.WriteNumber("failedCount", r.Failed.Count);
                w.WriteStartArray("failed");
                foreach (var x in r.Failed)
                {
                    w.WriteStartObject();
                    w.WriteString("id", g.Id(x.Vertex));
                    w.WriteNumber("step", x.Step);
                    w.Number("hours", x.Hours);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (assumed) w.WriteString("basis", AssumptionLabel.Basis);
                w.WriteEndObject();
            });
            return;
        }
        if (f == OutputFormat.Csv)
        {
            o.WriteLine("id,name,step,hours");
            foreach (var x in r.Failed) o.WriteLine($"{Csv.Field(g.Id(x.Vertex))},{Csv.Field(g.Label(x.Vertex, lang))},{x.Step},{x.Hours.ToString("R", CultureInfo.InvariantCulture)}");
            return;
        }
        o.WriteLine($"{Glossary.Model.For(lang)}: linear threshold (Watts 2002), T = {r.Threshold.ToString(CultureInfo.InvariantCulture)}   {Glossary.Layer.For(lang)}: {layer.Name}");
        if (assumed) o.WriteLine(AssumptionLabel.TableLine(lang));
        o.WriteLine($"{lang.Pick("障害ノード", "failed")}: {r.Failed.Count:N0} / {g.NodeCount:N0}");
        var t = new TextTable("#", Glossary.Name.For(lang), "id", Glossary.Step.For(lang), lang.Pick("時間", "hours")).AlignRight(0, 3, 4);
        int i = 0;
        foreach (var x in r.Failed.Take(200)) t.Add(++i, g.Label(x.Vertex, lang), g.Id(x.Vertex), x.Step, x.Hours);
        t.Write(o);
    }

    private static void WriteMonteCarlo(TextWriter o, OutputFormat f, CompactGraph g, EdgeLayer layer, MonteCarloCascadeResult r, Language lang, bool assumed,
        PrecisionResult? precision = null)
    {
        var nodes = ScoreOrder.PositiveDescending(g, r.FailureProbability);
        if (f == OutputFormat.Json)
        {
            Json.Write(o, w =>
            {
                w.WriteStartObject();
                w.WriteString("layer", layer.Name);
                w.WriteString("model", "independent_cascade");
                w.WriteNumber("runs", r.Runs);
                w.WriteNumber("seed", r.Seed);
                w.Strings("sources", r.Sources.Select(g.Id));
                w.Number("meanFailed", r.MeanFailed);
                w.Number("stdevFailed", r.StdevFailed);
                w.WriteStartObject("percentiles");
                foreach (var (k, v) in r.Percentiles.OrderBy(p => int.Parse(p.Key[1..], CultureInfo.InvariantCulture))) w.Number(k, v);
                w.WriteEndObject();
                w.WriteStartArray("nodes");
                foreach (var v in nodes)
                {
                    w.WriteStartObject();
                    w.WriteString("id", g.Id(v));
                    w.Number("failureProbability", r.FailureProbability[v]);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (precision is not null) CascadePrecisionOutput.WriteJson(w, precision);
                if (assumed) w.WriteString("basis", AssumptionLabel.Basis);
                w.WriteEndObject();
            });
            return;
        }
        if (f == OutputFormat.Csv)
        {
            o.WriteLine("id,name,failureProbability");
            foreach (var v in nodes) o.WriteLine($"{Csv.Field(g.Id(v))},{Csv.Field(g.Label(v, lang))},{r.FailureProbability[v].ToString("R", CultureInfo.InvariantCulture)}");
            return;
        }
        o.WriteLine($"{Glossary.Model.For(lang)}: independent cascade (Kempe, Kleinberg, Tardos 2003)   runs {r.Runs:N0}   seed {r.Seed}   {Glossary.Layer.For(lang)}: {layer.Name}");
        if (assumed) o.WriteLine(AssumptionLabel.TableLine(lang));
        if (precision is not null) o.WriteLine(CascadePrecisionOutput.Line(precision, lang));
        o.WriteLine($"{Glossary.FailedNodes.For(lang)}: {Glossary.Mean.For(lang)} {r.MeanFailed.ToString("0.##", CultureInfo.InvariantCulture)}   sd {r.StdevFailed.ToString("0.##", CultureInfo.InvariantCulture)}   " +
            string.Join("  ", r.Percentiles.OrderBy(p => int.Parse(p.Key[1..], CultureInfo.InvariantCulture)).Select(p => $"{p.Key} {p.Value.ToString("0.##", CultureInfo.InvariantCulture)}")));
        var t = new TextTable(Glossary.Name.For(lang), "id", Glossary.FailureProbability.For(lang)).AlignRight(2);
        foreach (var v in nodes.Take(200)) t.Add(g.Label(v, lang), g.Id(v), r.FailureProbability[v].ToString("0.000", CultureInfo.InvariantCulture));
        t.Write(o);
    }

    /// <summary>The progress line of the Monte Carlo runs, in the analyst's language.</summary>
    internal static string ProgressText(CascadeProgress p, Language lang)
    {
        string done = p.CompletedRuns.ToString("N0", CultureInfo.InvariantCulture), total = p.TotalRuns.ToString("N0", CultureInfo.InvariantCulture);
        string percent = p.Fraction.ToString("P0", CultureInfo.InvariantCulture);
        return lang.Pick($"cascade: {done} / {total} 回 ({percent})", $"cascade: {done} / {total} runs ({percent})");
    }
}
