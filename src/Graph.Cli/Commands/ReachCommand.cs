using System.CommandLine;
using System.Globalization;
using Depgraph.Analysis.Reach;
using Depgraph.Cli.Infrastructure;
using Depgraph.Reporting;
using Depgraph.Reporting.Charts;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph reach --from ID[,ID…] [--hops K] [--within H]</c>.</summary>
public static class ReachCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var io = new InputOptions();
        var from = new Option<string>("--from") { Description = "Source node id(s), comma-separated", Required = true, HelpName = "ID[,ID...]" };
        var hops = new Option<int?>("--hops") { Description = "Keep nodes at most K hops away", HelpName = "K" };
        var within = new Option<double?>("--within") { Description = "Keep nodes whose earliest arrival is at most H hours", HelpName = "H" };
        var to = new Option<string?>("--to") { Description = "Also say when every selected node is reached: ids, names, kind:K or sector:S (e.g. sector:金融)", HelpName = "SELECTOR" };
        var cmd = new Command("reach", "Who receives an alert from the source(s): hop count, earliest arrival in hours, member-weighted coverage, and who is not reached.") { from, hops, within, to };
        io.AddTo(cmd, withEdgeTypes: true);
        var so = new ScenarioOption();
        so.AddTo(cmd);
        var xlsxOut = XlsxTables.AddOutOption(cmd);
        io.AddTimingsTo(cmd);
        cmd.SetAction(pr => Cli.Guard(ctx, () =>
        {
            var xlsx = XlsxTables.Requested(pr, io.Format, xlsxOut);
            var format = xlsx is null ? io.GetFormat(pr, ctx.IsTerminal) : OutputFormat.Table;
            var lang = io.GetLang(pr);
            var options = new ReachOptions { MaxHops = pr.GetValue(hops), WithinHours = pr.GetValue(within) };
            try { options.Validate(); } catch (ArgumentException e) { throw new UsageException(e.Message); }
            var input = so.Load(pr, io, ctx, needDataset: false, pr.GetValue(from));
            var layer = io.GetLayer(pr, input, EdgeLayer.Information);
            var g = input.Graph.Select(layer);
            var sources = NodeArguments.Resolve(input.Graph, pr.GetValue(from), "--from");
            var r = ReachAnalysis.Run(g, sources, options);
            io.Timings.Lap("analysis");
            var targets = pr.GetValue(to) is { Length: > 0 } sel ? ReachTargets.Of(sel, NodeArguments.Resolve(input.Graph, sel, "--to"), r) : null;
            if (xlsx is not null)
            {
                XlsxTables.Write(xlsx, XlsxTables.Reach(g, layer.Name, r, lang, options));
                return ExitCodes.Ok;
            }
            switch (format)
            {
                case OutputFormat.Json: WriteJson(ctx.Out, g, layer, r, targets); break;
                case OutputFormat.Csv: WriteCsv(ctx.Out, g, r); break;
                default: WriteTable(ctx.Out, g, layer, r, lang, options); ReachTargets.WriteTable(ctx.Out, g, targets, lang); break;
            }
            io.WriteTimings(pr, ctx.Err);
            return ExitCodes.Ok;
        }));
        return cmd;
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
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.Strings("notReached", r.NotReached.Select(g.Id));
        var c = r.Coverage;
        w.WriteStartObject("memberCoverage");
        w.WriteNumber("reachedMembers", c.ReachedMembers);
        w.WriteNumber("totalMembers", c.TotalMembers);
        w.Number("share", c.Share);
        w.WriteStartArray("byUnit");
        foreach (var u in c.ByUnit)
        {
            w.WriteStartObject();
            w.WriteString("unit", u.Unit);
            w.WriteNumber("reached", u.Reached);
            w.WriteNumber("total", u.Total);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        targets?.WriteJson(w, g);
        w.WriteEndObject();
    });

    private static void WriteCsv(TextWriter o, CompactGraph g, ReachResult r)
    {
        o.WriteLine("id,hops,arrivalHours");
        foreach (var n in r.Reached)
            o.WriteLine($"{Csv.Field(g.Id(n.Vertex))},{n.Hops},{n.ArrivalHours.ToString("R", CultureInfo.InvariantCulture)}");
    }

    private static void WriteTable(TextWriter o, CompactGraph g, EdgeLayer layer, ReachResult r, Language lang, ReachOptions opt)
    {
        o.WriteLine($"{Glossary.Source.For(lang)}: {string.Join(", ", r.Sources.Select(v => $"{g.Label(v, lang)} ({g.Id(v)})"))}");
        o.WriteLine($"{Glossary.Layer.For(lang)}: {layer.Name}" +
            (opt.MaxHops is { } k ? $"   {Glossary.MaxHops.For(lang)} {k}" : "") +
            (opt.WithinHours is { } h ? $"   {Glossary.Within.For(lang)} {h.ToString(CultureInfo.InvariantCulture)} h" : ""));
        o.WriteLine($"{Glossary.Reached.For(lang)}: {r.Reached.Count:N0} / {g.NodeCount:N0} {Glossary.Nodes.For(lang)}");
        var c = r.Coverage;
        o.WriteLine($"{lang.Pick("構成員カバー率", "member coverage")}: {c.ReachedMembers:N0} / {c.TotalMembers:N0} ({c.Share.ToString("P1", CultureInfo.InvariantCulture)})");
        foreach (var u in c.ByUnit) o.WriteLine($"  {Glossary.Unit(u.Unit, lang)}: {u.Reached:N0} / {u.Total:N0}");
        o.WriteLine();
        var t = new TextTable(Glossary.Name.For(lang), "id", Glossary.Hops.For(lang), Glossary.Arrival.For(lang), Glossary.Members.For(lang)).AlignRight(2, 3, 4);
        foreach (var n in r.Reached.Take(200))
            t.Add(g.Label(n.Vertex, lang), g.Id(n.Vertex), n.Hops, n.ArrivalHours, g.MemberWeight(n.Vertex) > 0 ? g.MemberWeight(n.Vertex) : null);
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
