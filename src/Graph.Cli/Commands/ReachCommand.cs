using System.CommandLine;
using System.Globalization;
using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Summary;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Reporting;
using Depgraph.Reporting.Charts;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph reach --from ID[,ID…] [--hops K] [--within H] [--to SELECTOR] [--uncertainty [--samples N] [--seed S]]</c>.</summary>
public static class ReachCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var from = new Option<string>("--from") { Description = "Source node id(s), comma-separated", Required = true, HelpName = "ID[,ID...]" };
        var hops = new Option<int?>("--hops") { Description = "Keep nodes at most K hops away", HelpName = "K" };
        var within = new Option<double?>("--within") { Description = "Keep nodes whose earliest arrival is at most H hours", HelpName = "H" };
        var to = new Option<string?>("--to") { Description = "Also say when every selected node is reached: ids, names, kind:K or sector:S (e.g. sector:金融)", HelpName = "SELECTOR" };
        var uncertainty = new Option<bool>("--uncertainty") { Description = "Arrival hours with their 5–95 % interval over the assumed delay ranges (Latin hypercube), also for --to" };
        var samples = new Option<int?>("--samples") { Description = $"With --uncertainty: parameter sets (default {UncertaintyIntervals.DefaultSamples})", HelpName = "N" };
        var seed = new Option<int?>("--seed") { Description = "With --uncertainty: random seed (default 42)", HelpName = "S" };
        return AnalysisCommand.Create(ctx, "reach", AnalysisFeatures.EdgeTypes | AnalysisFeatures.Scenario | AnalysisFeatures.Xlsx | AnalysisFeatures.Timings,
            [from, hops, within, to, uncertainty, samples, seed], run =>
        {
            var lang = run.Language;
            var options = new ReachOptions { MaxHops = run.Value(hops), WithinHours = run.Value(within) };
            try { options.Validate(); } catch (ArgumentException e) { throw new UsageException(e.Message); }
            bool unc = run.Value(uncertainty);
            int n = run.Value(samples) ?? UncertaintyIntervals.DefaultSamples;
            if (!unc && (run.Value(samples) is not null || run.Value(seed) is not null)) throw new UsageException("--samples and --seed are for --uncertainty");
            if (unc && (n < 2 || n > 1_000_000)) throw new UsageException("--samples must be in [2, 1,000,000]");
            if (unc && (options.MaxHops is not null || options.WithinHours is not null)) throw new UsageException("--hops and --within cannot be combined with --uncertainty");
            var input = run.Load(needDataset: unc, run.Value(from));
            if (input.Dataset is { } dataset) options = options with { ConditionalEdges = ConditionalEdges.Of(dataset) };
            var layer = run.Layer(input, EdgeLayer.Information);
            var g = input.Graph.Select(layer);
            var sources = NodeArguments.Resolve(input.Graph, run.Value(from), "--from");
            if (unc)
            {
                var selector = run.Value(to) is { Length: > 0 } s ? s : null;
                var wanted = selector is null ? null : NodeArguments.Resolve(input.Graph, selector, "--to");
                ParameterSpace space;
                try { space = ParameterSpace.Resolve(g, layer, DatasetRanges.FromDataset(input.Dataset!), EdgeParameter.Weight); }
                catch (ArgumentException e) { throw new UsageException(e.Message); }
                var ur = ReachUncertainty.Run(space, sources, wanted, n, run.Value(seed) ?? 42, Environment.ProcessorCount);
                return new CommandOutput((o, format) => ReachUncertaintyOutput.Write(o, format, g, layer, ur, selector, lang, ResultBasis.OfAllEdges(g)),
                    () => ReachUncertaintyOutput.Sheets(g, layer, ur, selector, lang));
            }
            var r = ReachAnalysis.Run(g, sources, options);
            var targets = run.Value(to) is { Length: > 0 } sel ? ReachTargets.Of(sel, NodeArguments.Resolve(input.Graph, sel, "--to"), r) : null;
            return CommandOutput.ByFormat(o => WriteJson(o, g, layer, r, targets), o => WriteCsv(o, g, r, lang),
                o => { WriteTable(o, g, layer, r, lang, options); ReachTargets.WriteTable(o, g, targets, lang); },
                () => XlsxTables.Reach(g, layer.Name, r, lang, options));
        });
    }

    internal static void WriteJson(TextWriter o, CompactGraph g, EdgeLayer layer, ReachResult r, ReachTargets? targets = null) => Json.Write(o, w =>
    {
        w.WriteStartObject();
        w.WriteString("layer", layer.Name);
        w.Strings("sources", r.Sources.Select(g.Id));
        w.WriteNumber("reachedCount", r.Reached.Count);
        w.WriteStartArray("reached");
        foreach (var n in r.Reached)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id(n.Vertex));
            w.WriteNumber("hops", n.Hops);
            w.Number("arrivalHours", n.ArrivalHours);
            w.WriteBoolean("conditional", n.Conditional);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("conditionalCount", r.Conditional.Count());
        w.Strings("notReached", r.NotReached.Select(g.Id));
        var c = r.Coverage;
        w.WriteStartObject("memberCoverage");
        w.WriteNumber("reachedMembers", c.ReachedMembers);
        w.WriteNumber("conditionalMembers", c.ConditionalMembers);
        w.WriteNumber("totalMembers", c.TotalMembers);
        w.Number("share", c.Share);
        WriteUnits(w, "byUnit", c.ByUnit);
        w.WriteEndObject();
        WriteUnits(w, "outsideRecipients", r.OutsideRecipients ?? []);
        targets?.WriteJson(w, g);
        w.WriteEndObject();
    });

    /// <summary>Counts by unit: reached for certain, reached only under a condition, total.</summary>
    private static void WriteUnits(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<UnitCoverage> units)
    {
        w.WriteStartArray(name);
        foreach (var u in units)
        {
            w.WriteStartObject();
            w.WriteString("unit", u.Unit);
            w.WriteNumber("reached", u.Reached);
            w.WriteNumber("conditional", u.Conditional);
            w.WriteNumber("total", u.Total);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteCsv(TextWriter o, CompactGraph g, ReachResult r, Language lang)
    {
        o.WriteLine("id,name,hops,arrivalHours,conditional");
        foreach (var n in r.Reached)
            o.WriteLine($"{Csv.Field(g.Id(n.Vertex))},{Csv.Field(g.Label(n.Vertex, lang))},{n.Hops},{n.ArrivalHours.ToString("R", CultureInfo.InvariantCulture)},{(n.Conditional ? "true" : "false")}");
    }

    private static void WriteTable(TextWriter o, CompactGraph g, EdgeLayer layer, ReachResult r, Language lang, ReachOptions opt)
    {
        o.WriteLine($"{Glossary.Source.For(lang)}: {string.Join(", ", r.Sources.Select(v => $"{g.Label(v, lang)} ({g.Id(v)})"))}");
        o.WriteLine($"{Glossary.Layer.For(lang)}: {layer.Name}" +
            (opt.MaxHops is { } k ? $"   {Glossary.MaxHops.For(lang)} {k}" : "") +
            (opt.WithinHours is { } h ? $"   {Glossary.Within.For(lang)} {h.ToString(CultureInfo.InvariantCulture)} h" : ""));
        o.WriteLine($"{Glossary.Reached.For(lang)}: {r.Reached.Count:N0} / {g.NodeCount:N0} {Glossary.Nodes.For(lang)}");
        var c = r.Coverage;
        bool mixed = Glossary.MixesUnits(c.ByUnit.Select(u => new MemberCount(u.Unit, u.Total)));
        o.WriteLine($"{lang.Pick("構成員カバー率", "member coverage")}{(mixed ? lang.Pick("(延べ組織数、内訳は下)", " (total organisations over mixed units; parts below)") : "")}: {c.ReachedMembers:N0} / {c.TotalMembers:N0} ({c.Share.ToString("P1", CultureInfo.InvariantCulture)})");
        string Maybe(long n) => n > 0 ? $" ({lang.Pick("ほかに条件付き", "plus conditionally")} {n:N0})" : "";
        foreach (var u in c.ByUnit) o.WriteLine($"  {Glossary.Unit(u.Unit, lang)}: {u.Reached:N0}{Maybe(u.Conditional)} / {u.Total:N0}");
        if (r.OutsideRecipients is { } outside && outside.Any(u => u.Reached + u.Conditional > 0))
        {
            o.WriteLine(lang.Pick("構成員以外の情報展開先(確実に届く数 / 総数):", "outside recipients (reached for certain / total):"));
            foreach (var u in outside) o.WriteLine($"  {Glossary.Unit(u.Unit, lang)}: {u.Reached:N0}{Maybe(u.Conditional)} / {u.Total:N0}");
        }
        var maybe = r.Conditional.ToList();
        if (maybe.Count > 0)
            o.WriteLine(lang.Pick("条件付きで到達(条件付きの伝達を経由する場合のみ。確実な到達には数えない)", "reached only conditionally (through a conditional hand-over; not counted as certain)")
                + $": {string.Join(", ", maybe.Select(n => g.Id(n.Vertex)))}");
        o.WriteLine();
        var t = new TextTable(Glossary.Name.For(lang), "id", Glossary.Hops.For(lang), Glossary.Arrival.For(lang), Glossary.Members.For(lang)).AlignRight(2, 3, 4);
        foreach (var n in r.Reached.Take(200))
            t.Add(g.Label(n.Vertex, lang) + (n.Conditional ? lang.Pick("(条件付き)", " (conditional)") : ""), g.Id(n.Vertex), n.Hops, n.ArrivalHours, g.MemberWeight(n.Vertex) > 0 ? g.MemberWeight(n.Vertex) : null);
        t.Write(o);
        if (r.Reached.Count > 200) o.WriteLine($"… {r.Reached.Count - 200:N0} {lang.Pick("件省略(--format json で全件)", "more (use --format json for all)")}");
        if (r.NotReached.Count > 0)
        {
            o.WriteLine();
            o.WriteLine($"{Glossary.NotReached.For(lang)} ({r.NotReached.Count:N0}): " +
                string.Join(", ", r.NotReached.Take(30).Select(v => g.Id(v))) + (r.NotReached.Count > 30 ? ", …" : ""));
        }
    }
}
