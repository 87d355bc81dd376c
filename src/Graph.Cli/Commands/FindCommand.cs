using System.CommandLine;
using Depgraph.Analysis.Selection;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary>
/// <c>depgraph find TEXT [--kind K]</c>: ids by a fragment of the id, Japanese or English name. Nodes of every kind
/// (exercises and shared resources included) and the dataset's channels (<c>--kind channel</c>), listed after the nodes.
/// </summary>
public static class FindCommand
{
    /// <summary>The kind <c>find</c> gives channels, which are not nodes (<see cref="GraphDataset.Channels"/>).</summary>
    public const string ChannelKind = "channel";

    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var text = new Argument<string>("TEXT") { Description = "A fragment of an id, Japanese or English name (case- and width-insensitive)" };
        var kind = new Option<string?>("--kind") { Description = "Only nodes of this kind (ceptoar, member, exercise, resource, …), or channel for the channels", HelpName = "K" };
        return AnalysisCommand.Create(ctx, "find", AnalysisFeatures.None, [text, kind], run =>
        {
            var lang = run.Language;
            NodeKind? k = null;
            bool channelsOnly = false;
            if (run.Value(kind) is { Length: > 0 } ks)
            {
                if (ks == ChannelKind) channelsOnly = true;
                else if (!EdgeKinds.TryParseNodeKind(ks, out var kk))
                    throw new UsageException($"--kind: unknown node kind '{ks}'; known: {string.Join(", ", EdgeKinds.AllNodeKinds.Select(x => x.Token()))}, {ChannelKind}");
                else k = kk;
            }
            var input = run.Load(needDataset: false);
            var g = input.Graph;
            string query = run.Value(text) ?? "";
            var matches = channelsOnly ? [] : NodeFinder.Find(g, query, k);
            var channels = k is null ? ChannelFinder.Find(input.Dataset?.Channels ?? [], query) : [];
            string En(int v) => input.Dataset?.Find(g.Id(v))?.NameEn ?? ""; // generic graphs loaded by the fast path have no English names
            return CommandOutput.ByFormat(
                o => Json.Write(o, w =>
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
                        foreach (var c in channels)
                        {
                            w.WriteStartObject();
                            w.WriteString("id", c.Id);
                            w.WriteString("kind", ChannelKind);
                            w.WriteString("nameJa", c.Name.Japanese);
                            w.WriteString("nameEn", c.Name.English);
                            w.WriteNull("sector");
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }),
                o =>
                {
                    o.WriteLine("id,kind,nameJa,nameEn,sector");
                    foreach (var m in matches)
                        o.WriteLine($"{Csv.Field(g.Id(m.Vertex))},{g.Kind(m.Vertex).Token()},{Csv.Field(g.Label(m.Vertex, Language.Japanese))},{Csv.Field(En(m.Vertex))},{(m.Sector >= 0 ? Csv.Field(g.Id(m.Sector)) : "")}");
                    foreach (var c in channels)
                        o.WriteLine($"{Csv.Field(c.Id)},{ChannelKind},{Csv.Field(c.Name.Japanese)},{Csv.Field(c.Name.English)},");
                },
                o =>
                {
                    var t = new TextTable("id", Glossary.KindHeading.For(lang), Glossary.Name.For(lang), lang.Pick("英語名", "English name"), Glossary.Sector.For(lang));
                    foreach (var m in matches)
                        t.Add(g.Id(m.Vertex), g.Kind(m.Vertex).Token(), g.Label(m.Vertex, Language.Japanese), En(m.Vertex), m.Sector >= 0 ? g.Label(m.Sector, lang) : "");
                    foreach (var c in channels) t.Add(c.Id, ChannelKind, c.Name.Japanese, c.Name.English, "");
                    t.Write(o);
                    o.WriteLine($"{matches.Count + channels.Count:N0} {lang.Pick("件", "match(es)")}");
                });
        });
    }
}
