using System.CommandLine;
using System.Globalization;
using Depgraph.Analysis.Summary;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Learning;

namespace Depgraph.Cli.Commands;

/// <summary>
/// <c>depgraph risk [--sample N] [--runs R] [--seed S] [--top K]</c>: screens every node for cascade risk with a
/// gradient-boosted surrogate of the Monte Carlo independent cascade (<see cref="CascadeRiskModel"/>), reporting its
/// held-out accuracy. A screening tool: confirm the top candidates with <c>depgraph cascade --from ID</c>.
/// </summary>
public static class RiskCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var sample = new Option<int?>("--sample") { Description = "Sources simulated to train and test the model (default 1000; all nodes if fewer)", HelpName = "N" };
        var runs = new Option<int?>("--runs") { Description = "Monte Carlo runs per sampled source (default 200)", HelpName = "R" };
        var seed = new Option<int?>("--seed") { Description = "Random seed (default 42); same seed, same output", HelpName = "S" };
        var top = new Option<int?>("--top") { Description = "Nodes listed, highest predicted risk first (default 20; 0 = all)", HelpName = "K" };
        return AnalysisCommand.Create(ctx, "risk", AnalysisFeatures.EdgeTypes | AnalysisFeatures.Timings | AnalysisFeatures.Cancellable, [sample, runs, seed, top], run =>
        {
            var (pr, io, lang, ct) = (run.Parse, run.Io, run.Language, run.Cancellation);
            var options = new CascadeRiskOptions { SampleSize = pr.GetValue(sample) ?? 1000, RunsPerSource = pr.GetValue(runs) ?? 200, Seed = pr.GetValue(seed) ?? 42 };
            try { options.Validate(); } catch (ArgumentException e) { throw new UsageException(e.Message); }
            int k = pr.GetValue(top) ?? 20;
            if (k < 0) throw new UsageException($"--top must be 0 (all) or more; got {k}");
            var input = io.Load(pr, needDataset: false);
            var layer = io.GetLayer(pr, input, EdgeLayer.Dependency);
            var g = input.Graph.Select(layer);
            if (g.NodeCount < CascadeRiskOptions.MinSampleSize)
                throw new UsageException($"the graph has {g.NodeCount} nodes; risk needs at least {CascadeRiskOptions.MinSampleSize} (use 'depgraph cascade' on small graphs)");
            var progress = StderrProgress<CascadeRiskProgress>.Counter(ctx, p => ProgressText(p, lang));
            var model = CascadeRiskModel.Train(g, options, progress, ct);
            progress?.Finish();
            var predicted = model.PredictAll();
            var simulated = model.Report.Sample.ToDictionary(s => s.Vertex, s => s.SimulatedFailed);
            var ranked = Enumerable.Range(0, g.NodeCount).OrderByDescending(v => predicted[v]).ThenBy(g.Id, StringComparer.Ordinal)
                .Take(k == 0 ? g.NodeCount : k).ToList();
            return new CommandOutput((o, format) => Write(o, format, g, layer, model.Report, ranked, predicted, simulated, lang, ResultBasis.OfAllEdges(g).RestsOnAssumption));
        });
    }

    private const string ScreeningNote = "screening estimate from a surrogate model; confirm top candidates with 'depgraph cascade --from ID'";

    private static void Write(TextWriter o, OutputFormat f, CompactGraph g, EdgeLayer layer, CascadeRiskReport r, List<int> ranked,
        double[] predicted, Dictionary<int, double> simulated, Language lang, bool assumed)
    {
        if (f == OutputFormat.Json)
        {
            Json.Write(o, w =>
            {
                w.WriteStartObject();
                w.WriteString("layer", layer.Name);
                w.WriteString("model", r.Model);
                w.WriteNumber("sample", r.SampleSize);
                w.WriteNumber("sampleTopProxy", r.TopProxyCount);
                w.WriteNumber("runsPerSource", r.RunsPerSource);
                w.WriteNumber("seed", r.Seed);
                w.WriteStartObject("heldOut");
                Metrics(w, r.HeldOut);
                w.WriteStartObject("uniform");
                Metrics(w, r.HeldOutUniform);
                w.WriteEndObject();
                w.WriteEndObject();
                w.Strings("features", r.Features);
                w.WriteString("note", ScreeningNote);
                w.WriteStartArray("nodes");
                foreach (var v in ranked)
                {
                    w.WriteStartObject();
                    w.WriteString("id", g.Id(v));
                    w.Number("predictedFailed", predicted[v]);
                    if (simulated.TryGetValue(v, out var s)) w.Number("simulatedFailed", s);
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
            o.WriteLine("id,name,predictedFailed,simulatedFailed");
            foreach (var v in ranked)
                o.WriteLine($"{Csv.Field(g.Id(v))},{Csv.Field(g.Label(v, lang))},{predicted[v].ToString("R", CultureInfo.InvariantCulture)},{(simulated.TryGetValue(v, out var s) ? s.ToString("R", CultureInfo.InvariantCulture) : "")}");
            return;
        }
        static string F(double x, string fmt) => double.IsNaN(x) ? "n/a" : x.ToString(fmt, CultureInfo.InvariantCulture);
        o.WriteLine($"{Glossary.Model.For(lang)}: {r.Model} (Friedman 2001) surrogate of the independent cascade (Kempe, Kleinberg, Tardos 2003)   {Glossary.Layer.For(lang)}: {layer.Name}");
        if (assumed) o.WriteLine(AssumptionLabel.TableLine(lang));
        o.WriteLine($"{lang.Pick("学習", "trained on")}: {r.TrainingCount:N0} {lang.Pick("ノード", "sources")} ({lang.Pick("標本", "sample")} {r.SampleSize:N0}, {lang.Pick("うち上位代理指標", "of which top-proxy")} {r.TopProxyCount:N0}), runs {r.RunsPerSource:N0}, seed {r.Seed}");
        foreach (var (name, m) in new[] { (lang.Pick("検証(全体)", "held-out (all)"), r.HeldOut), (lang.Pick("検証(一様標本)", "held-out (uniform)"), r.HeldOutUniform) })
            o.WriteLine($"{name}: n {m.Count:N0}   R² {F(m.R2, "0.000")}   MAE {F(m.Mae, "0.###")}   Spearman {F(m.Spearman, "0.000")}");
        o.WriteLine(lang.Pick("※ 代理モデルによるスクリーニング推定値。上位候補は 'depgraph cascade --from ID' で確認すること", "NOTE: " + ScreeningNote));
        var t = new TextTable("#", Glossary.Name.For(lang), "id", lang.Pick("予測障害数", "predicted failed"), lang.Pick("シミュレーション", "simulated")).AlignRight(0, 3, 4);
        int i = 0;
        foreach (var v in ranked.Take(200))
            t.Add(++i, g.Label(v, lang), g.Id(v), F(predicted[v], "0.##"), simulated.TryGetValue(v, out var s) ? F(s, "0.##") : "");
        t.Write(o);
    }

    private static void Metrics(System.Text.Json.Utf8JsonWriter w, HeldOutMetrics m)
    {
        w.WriteNumber("count", m.Count);
        w.Number("r2", m.R2);
        w.Number("mae", m.Mae);
        w.Number("spearman", m.Spearman);
    }

    /// <summary>The progress line of the training, in the analyst's language.</summary>
    internal static string ProgressText(CascadeRiskProgress p, Language lang)
    {
        string stage = p.Stage switch
        {
            "features" => lang.Pick("特徴量", "features"),
            "simulate" => lang.Pick("シミュレーション", "simulate"),
            "train" => lang.Pick("学習", "train"),
            _ => p.Stage,
        };
        return $"risk: {stage} {p.Completed.ToString("N0", CultureInfo.InvariantCulture)} / {p.Total.ToString("N0", CultureInfo.InvariantCulture)}";
    }
}
