using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Depgraph.Analysis.Summary;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph sensitivity --from ID [--to ID,…|kind:K] [--method sobol|morris] [--samples N]</c>.</summary>
public static class SensitivityCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var from = new Option<string>("--from") { Description = "Failed node id(s), comma-separated", Required = true, HelpName = "ID[,ID...]" };
        var to = new Option<string?>("--to") { Description = "Output node id(s), comma-separated, or kind:K (default: every sector, else every node)", HelpName = "ID[,ID...]|kind:K" };
        var method = new Option<string?>("--method") { Description = "sobol (default: first-order and total indices) or morris (elementary effects, for screening)", HelpName = "METHOD" };
        var samples = new Option<int?>("--samples") { Description = $"Sobol base sample N (default {SobolOptions.DefaultSamples}; N·(k+2) evaluations) or Morris trajectories (default 50)", HelpName = "N" };
        var runs = new Option<int?>("--runs") { Description = "Live-edge cascade runs per evaluation (default 1024, common to all evaluations)", HelpName = "R" };
        var seed = new Option<int?>("--seed") { Description = "Random seed (default 42); same seed, same output on any number of threads", HelpName = "S" };
        var top = new Option<int?>("--top") { Description = "Drivers listed per output (table default 5, json/csv default all)", HelpName = "K" };
        return AnalysisCommand.Create(ctx, "sensitivity", AnalysisFeatures.EdgeTypes | AnalysisFeatures.Timings | AnalysisFeatures.Cancellable,
            [from, to, method, samples, runs, seed, top], run =>
        {
            var (pr, io, lang, ct) = (run.Parse, run.Io, run.Language, run.Cancellation);
            var m = (pr.GetValue(method) ?? "sobol").Trim().ToLowerInvariant() switch
            {
                "sobol" => SensitivityMethod.Sobol,
                "morris" => SensitivityMethod.Morris,
                var x => throw new UsageException($"--method must be sobol or morris; got '{x}'"),
            };
            int n = pr.GetValue(samples) ?? (m == SensitivityMethod.Sobol ? SobolOptions.DefaultSamples : 50);
            if (m == SensitivityMethod.Sobol && (n < 16 || n > 10_000_000)) throw new UsageException("--samples must be in [16, 10,000,000] for sobol");
            if (m == SensitivityMethod.Morris && (n < 2 || n > 1_000_000)) throw new UsageException("--samples must be in [2, 1,000,000] for morris");
            int r = pr.GetValue(runs) ?? 1024;
            if (r < 1 || r > 1_000_000) throw new UsageException("--runs must be in [1, 1,000,000]");
            int? topK = pr.GetValue(top);
            if (topK is < 1) throw new UsageException("--top must be 1 or more");
            var input = io.Load(pr, needDataset: true);
            var layer = io.GetLayer(pr, input, EdgeLayer.Dependency);
            var g = input.Graph.Select(layer);
            var sources = InputOptions.ResolveIds(g, pr.GetValue(from), "--from");
            var outputs = ResolveOutputs(g, pr.GetValue(to), sources);
            var ranges = DatasetRanges.FromDataset(input.Dataset!);
            ParameterSpace space;
            try { space = ParameterSpace.Resolve(g, layer, ranges, EdgeParameter.Probability); }
            catch (ArgumentException e) { throw new UsageException(e.Message); }
            var options = new SensitivityOptions { Method = m, Samples = n, Runs = r, Seed = pr.GetValue(seed) ?? 42 };
            var result = CascadeSensitivity.Run(space, sources, outputs, options, null, ct);
            return new CommandOutput((o, format) =>
            {
                Write(o, format, g, layer, result, lang, ResultBasis.OfAllEdges(g).RestsOnAssumption, topK);
                if (space.Count == 0) ctx.Err.WriteLine("depgraph: no probability ranges on this layer; every value is fixed (add probability_low/probability_high columns).");
            });
        });
    }

    private static int[] ResolveOutputs(CompactGraph g, string? spec, int[] sources)
    {
        if (!string.IsNullOrWhiteSpace(spec) && !spec.TrimStart().StartsWith("kind:", StringComparison.OrdinalIgnoreCase))
            return InputOptions.ResolveIds(g, spec, "--to");
        NodeKind kind = NodeKind.Sector;
        bool explicitKind = !string.IsNullOrWhiteSpace(spec);
        var kindToken = explicitKind ? spec!.Trim()[5..] : "";
        if (explicitKind && !EdgeKinds.TryParseNodeKind(kindToken, out kind))
            throw new UsageException($"--to: unknown kind '{kindToken}'");
        var vs = Enumerable.Range(0, g.NodeCount).Where(v => g.Kind(v) == kind && !sources.Contains(v)).ToArray();
        if (vs.Length == 0 && !explicitKind) vs = Enumerable.Range(0, g.NodeCount).Where(v => !sources.Contains(v)).ToArray();
        return vs.OrderBy(g.Id, StringComparer.Ordinal).ToArray();
    }

    private static string Param(EdgeParameter p) => CascadeUncertaintyOutput.Param(p);

    private static void Write(TextWriter o, OutputFormat f, CompactGraph g, EdgeLayer layer, CascadeSensitivityResult r, Language lang, bool assumed, int? top)
    {
        var ps = r.Space.Parameters;
        bool sobol = r.Options.Method == SensitivityMethod.Sobol;
        var outputs = r.Outputs.OrderByDescending(x => x.Central).ThenBy(x => g.Id(x.Vertex), StringComparer.Ordinal).ToList();
        if (f == OutputFormat.Json)
        {
            Json.Write(o, w =>
            {
                w.WriteStartObject();
                w.Strings("from", r.Sources.Select(g.Id));
                w.WriteString("method", sobol ? "sobol" : "morris");
                w.WriteNumber("samples", r.Options.Samples);
                w.WriteNumber("runs", r.Options.Runs);
                w.WriteNumber("seed", r.Options.Seed);
                w.WriteString("layer", layer.Name);
                w.WriteString("model", "independent_cascade");
                w.WriteNumber("parameters", ps.Count);
                w.WriteNumber("evaluations", r.Evaluations);
                w.WriteStartArray("outputs");
                foreach (var x in outputs)
                {
                    w.WriteStartObject();
                    w.WriteString("id", g.Id(x.Vertex));
                    w.Number("central", x.Central);
                    Pair(w, "interval90", x.Interval90.Low, x.Interval90.High);
                    w.Number("monteCarloError", x.MonteCarloError);
                    w.WriteStartArray("drivers");
                    foreach (var d in x.Drivers.Take(top ?? int.MaxValue))
                    {
                        var p = ps[d.Parameter];
                        w.WriteStartObject();
                        Edge(w, p);
                        w.WriteString("parameter", Param(p.Parameter));
                        Pair(w, "range", p.Range.Distribution.Low, p.Range.Distribution.High);
                        if (sobol)
                        {
                            w.Number("firstOrder", d.FirstOrder);
                            w.Number("total", d.Total);
                            Pair(w, "ci95Total", d.Ci95Total.Low, d.Ci95Total.High);
                        }
                        else
                        {
                            w.Number("muStar", d.MuStar);
                            w.Number("sigma", d.Sigma);
                        }
                        Pair(w, "swing", d.SwingLow, d.SwingHigh);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteStartArray("assumptionsWorthSurveying");
                foreach (var (j, imp, ov) in r.Priorities().Where(p => p.Importance > 0).Take(top ?? 10))
                {
                    w.WriteStartObject();
                    Edge(w, ps[j]);
                    w.WriteString("parameter", Param(ps[j].Parameter));
                    w.Number(sobol ? "maxTotal" : "maxMuStar", imp);
                    w.WriteString("on", g.Id(ov));
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (assumed) w.WriteString("basis", AssumptionLabel.Basis);
                w.WriteEndObject();
            });
            return;
        }
        string F(double x) => double.IsNaN(x) ? "" : x.ToString("R", CultureInfo.InvariantCulture);
        if (f == OutputFormat.Csv)
        {
            o.WriteLine(sobol
                ? "id,name,central,interval90_low,interval90_high,monte_carlo_error,source,target,type,parameter,first_order,total,ci95_total_low,ci95_total_high,swing_low,swing_high"
                : "id,name,central,interval90_low,interval90_high,monte_carlo_error,source,target,type,parameter,mu_star,sigma,swing_low,swing_high");
            foreach (var x in outputs)
                foreach (var d in x.Drivers.Take(top ?? int.MaxValue))
                {
                    var (s, t, ty) = ps[d.Parameter].Edge;
                    var head = $"{Csv.Field(g.Id(x.Vertex))},{Csv.Field(g.Label(x.Vertex, lang))},{F(x.Central)},{F(x.Interval90.Low)},{F(x.Interval90.High)},{F(x.MonteCarloError)},{Csv.Field(s)},{Csv.Field(t)},{ty},{Param(ps[d.Parameter].Parameter)}";
                    o.WriteLine(sobol
                        ? $"{head},{F(d.FirstOrder)},{F(d.Total)},{F(d.Ci95Total.Low)},{F(d.Ci95Total.High)},{F(d.SwingLow)},{F(d.SwingHigh)}"
                        : $"{head},{F(d.MuStar)},{F(d.Sigma)},{F(d.SwingLow)},{F(d.SwingHigh)}");
                }
            return;
        }
        string P3(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        o.WriteLine($"{lang.Pick("感度分析", "sensitivity")}: {(sobol ? "Sobol (Saltelli 2010 / Jansen 1999)" : "Morris (1991)")}   {Glossary.Source.For(lang)}: {string.Join(", ", r.Sources.Select(v => g.Label(v, lang)))}   " +
            $"N {r.Options.Samples:N0}   runs {r.Options.Runs:N0}   seed {r.Options.Seed}   {lang.Pick("パラメータ", "parameters")} {ps.Count}   {lang.Pick("評価回数", "evaluations")} {r.Evaluations:N0}   {Glossary.Layer.For(lang)}: {layer.Name}");
        if (assumed) o.WriteLine(AssumptionLabel.TableLine(lang));
        int k = top ?? 5;
        foreach (var x in outputs)
        {
            o.WriteLine();
            o.WriteLine($"{g.Label(x.Vertex, lang)} ({g.Id(x.Vertex)}): {Glossary.FailureProbability.For(lang)} {P3(x.Central)}   " +
                $"{lang.Pick("90%区間", "90% interval")} {P3(x.Interval90.Low)}–{P3(x.Interval90.High)}   {lang.Pick("MC誤差(95%)", "MC error (95%)")} ±{P3(1.96 * x.MonteCarloError)}");
            if (ps.Count == 0) continue;
            var t = sobol
                ? new TextTable(lang.Pick("仮定", "assumption"), lang.Pick("範囲", "range"), "S1", "ST", "ST 95% CI", lang.Pick("振れ幅", "swing")).AlignRight(2, 3)
                : new TextTable(lang.Pick("仮定", "assumption"), lang.Pick("範囲", "range"), "μ*", "σ", lang.Pick("振れ幅", "swing")).AlignRight(2, 3);
            foreach (var d in x.Drivers.Take(k))
            {
                var p = ps[d.Parameter];
                string name = $"{g.Label(g.IndexOf(p.Range.Target), lang)} → {g.Label(g.IndexOf(p.Range.Source), lang)}";
                if (p.Range.Kind != EdgeKind.DependsOn) name = $"{g.Label(g.IndexOf(p.Range.Source), lang)} → {g.Label(g.IndexOf(p.Range.Target), lang)}";
                string range = $"{P3(p.Range.Distribution.Low)}–{P3(p.Range.Distribution.High)}";
                string sw = $"{P3(d.SwingLow)}–{P3(d.SwingHigh)}";
                if (sobol) t.Add(name, range, P3(d.FirstOrder), P3(d.Total), $"{P3(d.Ci95Total.Low)}–{P3(d.Ci95Total.High)}", sw);
                else t.Add(name, range, P3(d.MuStar), P3(d.Sigma), sw);
            }
            t.Write(o, "  ");
        }
        if (ps.Count == 0) return;
        o.WriteLine();
        o.WriteLine(lang.Pick("調査の優先度が高い仮定(全出力での最大の影響)", "assumptions most worth surveying (largest influence over all outputs)"));
        var pt = new TextTable(lang.Pick("仮定", "assumption"), sobol ? "max ST" : "max μ*", lang.Pick("出力", "on")).AlignRight(1);
        foreach (var (j, imp, ov) in r.Priorities().Where(p => p.Importance > 0).Take(10))
        {
            var p = ps[j];
            string name = p.Range.Kind == EdgeKind.DependsOn
                ? $"{g.Label(g.IndexOf(p.Range.Target), lang)} → {g.Label(g.IndexOf(p.Range.Source), lang)}"
                : $"{g.Label(g.IndexOf(p.Range.Source), lang)} → {g.Label(g.IndexOf(p.Range.Target), lang)}";
            pt.Add(name, P3(imp), g.Label(ov, lang));
        }
        pt.Write(o, "  ");
    }

    private static void Pair(Utf8JsonWriter w, string name, double a, double b) => UncertaintyJson.Pair(w, name, a, b);

    private static void Edge(Utf8JsonWriter w, UncertainParameter p)
    {
        var (s, t, ty) = p.Edge;
        UncertaintyJson.Edge(w, s, t, ty);
    }
}
