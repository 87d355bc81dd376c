using System.CommandLine;
using Depgraph.Analysis.Selection;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph find TEXT [--kind K]</c>: ids by a fragment of the id, Japanese or English name.</summary>
public static class FindCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var io = new InputOptions();
        var text = new Argument<string>("TEXT") { Description = "A fragment of an id, Japanese or English name (case- and width-insensitive)" };
        var kind = new Option<string?>("--kind") { Description = "Only nodes of this kind (ceptoar, member, exercise, resource, …)", HelpName = "K" };
        var cmd = new Command("find") { text, kind };
        io.AddTo(cmd, withEdgeTypes: false);
        cmd.SetAction(pr => Cli.Guard(ctx, () =>
        {
            var format = io.GetFormat(pr, ctx.IsTerminal);
            var lang = io.GetLang(pr);
            NodeKind? k = null;
            if (pr.GetValue(kind) is { Length: > 0 } ks)
            {
                if (!EdgeKinds.TryParseNodeKind(ks, out var kk)) throw new UsageException($"--kind: unknown node kind '{ks}'; known: {string.Join(", ", EdgeKinds.AllNodeKinds.Select(x => x.Token()))}");
                k = kk;
            }
            var input = io.Load(pr, needDataset: false);
            var g = input.Graph;
            var matches = NodeFinder.Find(g, pr.GetValue(text) ?? "", k);
            string En(int v) => input.Dataset?.Find(g.Id(v))?.NameEn ?? ""; // generic graphs loaded by the fast path have no English names
            switch (format)
            {
                case OutputFormat.Json:
                    Json.Write(ctx.Out, w =>
                    {
                        w.WriteStartObject();
                        w.WriteStartArray("matches");
                        foreach (var m in matches)
                        {
                            w.WriteStartObject();
                            w.WriteString("id", g.Id(m.Vertex));
                            w.WriteString("kind", g.Kind(m.Vertex).Token());
                            w.WriteString("nameJa", g.Label(m.Vertex, Language.Japanese));
                            w.WriteString("nameEn", En(m.Vertex));
                            if (m.Sector >= 0) w.WriteString("sector", g.Id(m.Sector)); else w.WriteNull("sector");
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    });
                    break;
                case OutputFormat.Csv:
                    io.BeginCsv(pr, ctx.Out);
                    ctx.Out.WriteLine("id,kind,nameJa,nameEn,sector");
                    foreach (var m in matches)
                        ctx.Out.WriteLine($"{Csv.Field(g.Id(m.Vertex))},{g.Kind(m.Vertex).Token()},{Csv.Field(g.Label(m.Vertex, Language.Japanese))},{Csv.Field(En(m.Vertex))},{(m.Sector >= 0 ? Csv.Field(g.Id(m.Sector)) : "")}");
                    break;
                default:
                    var t = new TextTable("id", Glossary.KindHeading.For(lang), Glossary.Name.For(lang), lang.Pick("英語名", "English name"), Glossary.Sector.For(lang));
                    foreach (var m in matches)
                        t.Add(g.Id(m.Vertex), g.Kind(m.Vertex).Token(), g.Label(m.Vertex, Language.Japanese), En(m.Vertex), m.Sector >= 0 ? g.Label(m.Sector, lang) : "");
                    t.Write(ctx.Out);
                    ctx.Out.WriteLine($"{matches.Count:N0} {lang.Pick("件", "match(es)")}");
                    break;
            }
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
