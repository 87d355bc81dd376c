using System.CommandLine;
using System.Globalization;
using Depgraph.Analysis.Comparison;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Loader;
using Depgraph.Loader.Scenarios;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph compare --scenario A.yaml [--scenario B.yaml …] [--from ID] [--cascade-from ID]</c>: base and scenarios side by side.</summary>
public static class CompareCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var scenarios = new Option<string[]>("--scenario") { Description = "Scenario file(s) (YAML, docs/scenarios.md); repeat for several", Required = true, HelpName = "FILE", AllowMultipleArgumentsPerToken = false };
        var from = new Option<string?>("--from") { Description = "Source of the information flow (default: NISC on the dataset, the single government node of a generic graph); id, name or selector", HelpName = "ID" };
        var cascadeFrom = new Option<string?>("--cascade-from") { Description = "Also compare a Monte Carlo cascade over the dependency layer from these nodes (common random numbers)", HelpName = "ID[,ID...]" };
        var runs = new Option<int?>("--runs") { Description = "Cascade runs (default 1000)", HelpName = "N" };
        var seed = new Option<int?>("--seed") { Description = "Cascade seed (default 42)", HelpName = "S" };
        var top = new Option<int?>("--top") { Description = "Rows per list in table output (default 20); JSON lists all", HelpName = "N" };
        var chart = new Option<string?>("--chart") { Description = "Also write the differences as diverging bars: PATH.png and PATH.svg (PATH-2… for further scenarios); cascade failure probabilities with --cascade-from, else members cut off per failing organisation", HelpName = "PATH" };
        return AnalysisCommand.Create(ctx, "compare", AnalysisFeatures.EdgeTypes | AnalysisFeatures.Xlsx | AnalysisFeatures.Timings | AnalysisFeatures.Cancellable,
            [scenarios, from, cascadeFrom, runs, seed, top, chart], run =>
        {
            var (pr, io, lang, ct) = (run.Parse, run.Io, run.Language, run.Cancellation);
            int topN = pr.GetValue(top) ?? 20;
            if (topN < 1) throw new UsageException("--top must be at least 1");
            var input = run.Load(needDataset: true);
            var all = input.Graph;
            var sources = string.IsNullOrWhiteSpace(pr.GetValue(from))
                ? (all.DefaultSource() is int d and >= 0 ? [d] : throw new UsageException("no default source (nisc or a single government node); give --from ID"))
                : NodeArguments.Resolve(all, pr.GetValue(from), "--from");
            var cascadeSources = string.IsNullOrWhiteSpace(pr.GetValue(cascadeFrom)) ? [] : NodeArguments.Resolve(all, pr.GetValue(cascadeFrom), "--cascade-from");
            var layer = io.GetLayer(pr, input, EdgeLayer.Information);
            var parameters = new ComparisonParameters
            {
                Sources = sources.Select(all.Id).ToArray(),
                InformationLayer = layer,
                CascadeSources = cascadeSources.Select(all.Id).ToArray(),
                Runs = pr.GetValue(runs) ?? 1000,
                Seed = pr.GetValue(seed) ?? 42,
            };
            try { parameters.Validate(); } catch (ArgumentException e) { throw new UsageException(e.Message); }

            var read = ScenarioReader.ReadAll(pr.GetValue(scenarios) ?? []);
            ScenarioOption.ThrowOnErrors(read.Issues);
            var protect = parameters.Sources.Concat(parameters.CascadeSources).ToArray();
            var issues = new List<LoadIssue>();
            var apps = new List<ScenarioApplication>();
            foreach (var s in read.Value!)
            {
                var r = ScenarioApplier.Apply(input.Dataset!, s, protect);
                issues.AddRange(r.Issues);
                if (r.Value is { } a) apps.Add(a);
            }
            ScenarioOption.ThrowOnErrors(issues);
            var results = apps.Select(a => (App: a, Result: ScenarioComparison.Run(all,
                ReferenceEquals(a.Dataset, input.Dataset) ? all : a.Dataset.ToCompactGraph(), parameters, ct))).ToList();
            if (pr.GetValue(chart) is { Length: > 0 } chartPath)
                for (int i = 0; i < results.Count; i++)
                {
                    var files = CompareChart.Write(all, results[i].App, results[i].Result, i == 0 ? chartPath : $"{chartPath}-{i + 1}", lang);
                    ctx.Err.WriteLine($"wrote {files.PngPath} and {files.SvgPath}");
                }
            return CommandOutput.ByFormat(o => WriteJson(o, parameters, results), o => WriteCsv(o, all, results, lang),
                o => WriteTable(o, all, parameters, results, lang, topN), () => CompareXlsx.Sheets(all, parameters, results, lang));
        });
    }

    private static void WriteJson(TextWriter o, ComparisonParameters p, List<(ScenarioApplication App, ScenarioComparisonResult Result)> results) => Json.Write(o, w =>
    {
        w.WriteStartObject();
        w.Strings("source", p.Sources);
        w.WriteString("layer", p.InformationLayer.Name);
        w.WriteStartObject("base");
        w.WriteString("name", "base");
        if (results.Count > 0)
        {
            w.WriteNumber("reached", results[0].Result.ReachedBase);
            w.WriteNumber("reachedMembers", results[0].Result.MembersBase);
        }
        w.WriteEndObject();
        w.WriteStartArray("scenarios");
        foreach (var (app, r) in results)
        {
            w.WriteStartObject();
            w.WriteString("name", app.Scenario.Name);
            w.WriteString("description", app.Scenario.Description);
            w.WriteString("file", app.Scenario.File);
            w.WriteStartArray("changes");
            foreach (var c in app.Changes)
            {
                w.WriteStartObject();
                w.WriteString("action", c.Action);
                w.WriteNumber("line", c.Line);
                w.WriteString("description", c.Description);
                w.WriteString("provenance", ScenarioApplication.Label(app.Scenario, c.Line));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteNumber("reached", r.ReachedScenario);
            w.WriteNumber("reachedMembers", r.MembersScenario);
            w.WriteStartObject("reach");
            w.Strings("lost", r.Lost);
            w.Strings("gained", r.Gained);
            w.WriteStartArray("arrivalChanged");
            foreach (var a in r.ArrivalChanged)
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.Number("base", a.Base);
                w.Number("scenario", a.Scenario);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartArray("redundancy");
            foreach (var x in r.Redundancy)
            {
                w.WriteStartObject();
                w.WriteString("id", x.Id);
                w.WriteNumber("base", x.Base);
                w.WriteNumber("scenario", x.Scenario);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartObject("articulationPoints");
            w.Strings("added", r.ArticulationPointsAdded);
            w.Strings("removed", r.ArticulationPointsRemoved);
            w.WriteEndObject();
            w.WriteStartArray("nodeImpact");
            foreach (var x in r.NodeImpact)
            {
                w.WriteStartObject();
                w.WriteString("id", x.Id);
                Impact(w, "base", x.Base);
                Impact(w, "scenario", x.Scenario);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (r.CascadeLayer is { } cl)
            {
                w.WriteStartObject("cascadeSettings");
                w.Strings("sources", r.CascadeSources);
                w.WriteString("layer", cl);
                w.WriteNumber("runs", r.Runs);
                w.WriteNumber("seed", r.Seed);
                w.WriteString("basis", AssumptionLabel.Basis);
                w.WriteEndObject();
            }
            w.WriteStartArray("cascade");
            foreach (var c in r.Cascade)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Id);
                w.Number("base", c.Base);
                w.Number("scenario", c.Scenario);
                w.Number("difference", c.Difference);
                w.WriteStartArray("ci95");
                w.Number(c.Ci95Low);
                w.Number(c.Ci95High);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static void Impact(System.Text.Json.Utf8JsonWriter w, string name, ImpactCounts? c)
    {
        if (c is not { } x) { w.WriteNull(name); return; }
        w.WriteStartObject(name);
        w.WriteNumber("nodes", x.Nodes);
        w.WriteNumber("members", x.Members);
        w.WriteNumber("outsideRecipients", x.OutsideRecipients);
        w.WriteEndObject();
    }

    private static string N(double x) => double.IsFinite(x) ? x.ToString("R", CultureInfo.InvariantCulture) : "";

    private static void WriteCsv(TextWriter o, CompactGraph all, List<(ScenarioApplication App, ScenarioComparisonResult Result)> results, Language lang)
    {
        // every id of a comparison is a node of the base graph (a scenario adds edges between existing nodes, never nodes)
        string Name(string id) => Csv.Field(all.IndexOf(id) is int v and >= 0 ? all.Label(v, lang) : "");
        static string V(object? x) => x switch
        {
            null => "",
            double d => N(d),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => x.ToString() ?? "",
        };
        o.WriteLine("scenario,section,id,name,base,scenario,difference,ci95Low,ci95High");
        foreach (var row in ComparisonRows.Of(results))
            o.WriteLine($"{Csv.Field(row.Scenario)},{row.Section},{Csv.Field(row.Id)},{Name(row.Id)},{V(row.Base)},{V(row.ScenarioValue)},{V(row.Difference)},{V(row.Low)},{V(row.High)}");
    }

    private static void WriteTable(TextWriter o, CompactGraph g, ComparisonParameters p, List<(ScenarioApplication App, ScenarioComparisonResult Result)> results, Language lang, int top)
    {
        string Name(string id) => g.IndexOf(id) is int v and >= 0 ? $"{g.Label(v, lang)} ({id})" : id;
        string H(double h) => h.ToString("0.##", CultureInfo.InvariantCulture);
        o.WriteLine($"{Glossary.Source.For(lang)}: {string.Join(", ", p.Sources.Select(Name))}   {Glossary.Layer.For(lang)}: {p.InformationLayer.Name}");
        foreach (var (app, r) in results)
        {
            o.WriteLine();
            o.WriteLine($"{lang.Pick("シナリオ", "scenario")}: {app.Scenario.Name} ({app.Scenario.File})" + (app.Scenario.Description.Length > 0 ? $" — {app.Scenario.Description}" : ""));
            foreach (var c in app.Changes) o.WriteLine($"  {ScenarioApplication.Label(app.Scenario, c.Line)}  {c.Action}: {c.Description}");
            if (app.Changes.IsEmpty) o.WriteLine(lang.Pick("  (変更なし)", "  (no changes)"));
            o.WriteLine($"{lang.Pick("到達ノード", "reached nodes")}: {r.ReachedBase:N0} → {r.ReachedScenario:N0}   {lang.Pick("到達構成員", "members reached")}: {r.MembersBase:N0} → {r.MembersScenario:N0}");
            List(lang.Pick("届かなくなる", "lost"), r.Lost);
            List(lang.Pick("新たに届く", "gained"), r.Gained);
            if (r.ArrivalChanged.Count > 0)
            {
                o.WriteLine($"{lang.Pick("到達時間の変化", "arrival changed")} ({r.ArrivalChanged.Count:N0}):");
                var t = new TextTable(Glossary.Name.For(lang), lang.Pick("基準(時間)", "base (h)"), lang.Pick("シナリオ(時間)", "scenario (h)")).AlignRight(1, 2);
                foreach (var a in r.ArrivalChanged.Take(top)) t.Add(Name(a.Id), H(a.Base), H(a.Scenario));
                t.Write(o, "  ");
            }
            if (r.Redundancy.Count > 0)
            {
                o.WriteLine(lang.Pick("点素な経路の数の変化:", "disjoint routes changed:"));
                var t = new TextTable(Glossary.Target.For(lang), lang.Pick("基準", "base"), lang.Pick("シナリオ", "scenario")).AlignRight(1, 2);
                foreach (var x in r.Redundancy.Take(top)) t.Add(Name(x.Id), x.Base, x.Scenario);
                t.Write(o, "  ");
            }
            List(lang.Pick("関節点(追加)", "articulation points added"), r.ArticulationPointsAdded);
            List(lang.Pick("関節点(解消)", "articulation points removed"), r.ArticulationPointsRemoved);
            if (r.NodeImpact.Count > 0)
            {
                o.WriteLine($"{lang.Pick("障害時に切り離される範囲の変化", "node impact changed")} ({r.NodeImpact.Count:N0}):");
                var t = new TextTable(Glossary.Organisation.For(lang), lang.Pick("基準 ノード/構成員/外部", "base nodes/members/outside"), lang.Pick("シナリオ ノード/構成員/外部", "scenario nodes/members/outside")).AlignRight(1, 2);
                foreach (var x in r.NodeImpact.Take(top)) t.Add(Name(x.Id), Cell(x.Base), Cell(x.Scenario));
                t.Write(o, "  ");
            }
            if (r.CascadeLayer is not null)
            {
                o.WriteLine($"{lang.Pick("カスケード", "cascade")}: {string.Join(", ", r.CascadeSources)}   runs {r.Runs:N0}   seed {r.Seed}   {lang.Pick("共通乱数", "common random numbers")}   {Glossary.Layer.For(lang)}: {r.CascadeLayer}");
                o.WriteLine(AssumptionLabel.TableLine(lang));
                var changed = r.Cascade.Where(c => c.Difference != 0 || c.Ci95Low != 0 || c.Ci95High != 0).ToList();
                o.WriteLine($"  {lang.Pick("障害確率が変わるノード", "nodes whose failure probability changes")}: {changed.Count:N0} / {r.Cascade.Count:N0}");
                var t = new TextTable(Glossary.Name.For(lang), lang.Pick("基準", "base"), lang.Pick("シナリオ", "scenario"), lang.Pick("差", "difference"), "95% CI").AlignRight(1, 2, 3);
                foreach (var c in changed.Take(top))
                    t.Add(Name(c.Id), c.Base.ToString("0.000", CultureInfo.InvariantCulture), c.Scenario.ToString("0.000", CultureInfo.InvariantCulture),
                        c.Difference.ToString("+0.000;-0.000;0.000", CultureInfo.InvariantCulture),
                        $"[{c.Ci95Low.ToString("0.000", CultureInfo.InvariantCulture)}, {c.Ci95High.ToString("0.000", CultureInfo.InvariantCulture)}]");
                if (changed.Count > 0) t.Write(o, "  ");
            }
            if (r.IsUnchanged) o.WriteLine(lang.Pick("差はない。", "No differences."));
        }

        void List(string title, IReadOnlyList<string> ids)
        {
            if (ids.Count == 0) return;
            o.WriteLine($"{title} ({ids.Count:N0}):");
            foreach (var id in ids.Take(top)) o.WriteLine($"  {Name(id)}");
            if (ids.Count > top) o.WriteLine($"  … {ids.Count - top:N0}");
        }

        static string Cell(ImpactCounts? c) => c is { } x ? $"{x.Nodes:N0} / {x.Members:N0} / {x.OutsideRecipients:N0}" : "—";
    }
}
