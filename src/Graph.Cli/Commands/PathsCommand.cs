using System.CommandLine;
using System.Globalization;
using Depgraph.Analysis.Propagation;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph paths --from A --to B [--k 10]</c>: k shortest propagation paths (Yen 1971).</summary>
public static class PathsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var from = new Option<string>("--from") { Description = "Start node id", Required = true, HelpName = "A" };
        var to = new Option<string>("--to") { Description = "End node id", Required = true, HelpName = "B" };
        var k = new Option<int>("--k") { Description = "Number of paths (default 10)", DefaultValueFactory = _ => 10, HelpName = "K" };
        return AnalysisCommand.Create(ctx, "paths", AnalysisFeatures.EdgeTypes | AnalysisFeatures.Scenario | AnalysisFeatures.Xlsx | AnalysisFeatures.Timings,
            [from, to, k], run =>
        {
            var lang = run.Language;
            int kk = run.Value(k);
            if (kk < 1 || kk > 100_000) throw new UsageException("--k must be in [1, 100000]");
            var input = run.Load(needDataset: false, run.Value(from), run.Value(to));
            var all = input.Graph;
            int a0 = NodeArguments.Resolve(all, run.Value(from), "--from")[0];
            int b0 = NodeArguments.Resolve(all, run.Value(to), "--to")[0];
            bool sectors = all.Kind(a0) is NodeKind.Sector or NodeKind.Resource && all.Kind(b0) is NodeKind.Sector or NodeKind.Resource;
            var layer = run.Layer(input, sectors ? EdgeLayer.Dependency : EdgeLayer.Information);
            var g = all.Select(layer);
            var paths = KShortestPaths.Find(g, a0, b0, kk);
            return CommandOutput.ByFormat(
                o => Json.Write(o, w =>
                    {
                        w.WriteStartObject();
                        w.WriteString("layer", layer.Name);
                        w.WriteStartArray("paths");
                        foreach (var p in paths)
                        {
                            w.WriteStartObject();
                            w.Strings("nodes", p.Nodes.Select(g.Id));
                            w.Number("hours", p.Hours);
                            w.WriteNumber("hops", p.Hops);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }),
                o =>
                {
                    o.WriteLine("rank,hours,hops,nodes,names");
                    for (int i = 0; i < paths.Count; i++)
                        o.WriteLine($"{i + 1},{paths[i].Hours.ToString("R", CultureInfo.InvariantCulture)},{paths[i].Hops},{Csv.Field(string.Join(" ", paths[i].Nodes.Select(g.Id)))},{Csv.Field(string.Join(" → ", paths[i].Nodes.Select(v => g.Label(v, lang))))}");
                },
                o =>
                {
                    o.WriteLine($"{g.Label(a0, lang)} → {g.Label(b0, lang)}   {Glossary.Layer.For(lang)}: {layer.Name}   {lang.Pick("経路", "paths")}: {paths.Count}");
                    if (paths.Count == 0) o.WriteLine(lang.Pick("経路なし", "no path"));
                    var t = new TextTable("#", lang.Pick("時間", "hours"), Glossary.Hops.For(lang), lang.Pick("経路", "path")).AlignRight(0, 1, 2);
                    for (int i = 0; i < paths.Count; i++)
                        t.Add(i + 1, paths[i].Hours, paths[i].Hops, string.Join(" → ", paths[i].Nodes.Select(v => g.Label(v, lang))));
                    if (paths.Count > 0) t.Write(o);
                },
                () => XlsxTables.Paths(g, layer.Name, a0, b0, paths, lang));
        });
    }
}
