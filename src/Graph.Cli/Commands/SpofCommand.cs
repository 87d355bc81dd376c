using System.CommandLine;
using Depgraph.Analysis.Resilience;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph spof [--from ID] [--to ID,…]</c>: single points of failure.</summary>
public static class SpofCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var from = new Option<string?>("--from") { Description = "Source of the flow for dominators and impact (default: NISC on the dataset, the single government node of a generic graph)", HelpName = "ID" };
        var to = new Option<string?>("--to") { Description = "Targets for route redundancy (vertex-disjoint paths from --from): ids, or kind:ceptoar for every node of a kind", HelpName = "ID[,ID...]" };
        var top = new Option<int?>("--top") { Description = "Rows per list in table output (default 20); JSON always lists all", HelpName = "N" };
        return AnalysisCommand.Create(ctx, "spof", AnalysisFeatures.EdgeTypes | AnalysisFeatures.Scenario | AnalysisFeatures.Xlsx | AnalysisFeatures.Timings,
            [from, to, top], run =>
        {
            var lang = run.Language;
            int topN = run.Value(top) ?? 20;
            if (topN < 1) throw new UsageException("--top must be at least 1");
            var input = run.Load(needDataset: false, run.Value(from));
            var layer = run.Layer(input, EdgeLayer.Information);
            var g = input.Graph.Select(layer);
            int root = ResolveRoot(input.Graph, run.Value(from));
            int[] targets = ResolveTargets(input.Graph, run.Value(to), root);
            var r = Compute(g, root, targets);
            return CommandOutput.ByFormat(o => WriteJson(o, g, layer, r), o => WriteCsv(o, g, r, lang), o => WriteTable(o, g, layer, r, lang, topN),
                () => XlsxTables.Spof(g, layer.Name, r.Root, r.ArticulationPoints, r.Bridges,
                    r.NodeImpact.Select(e => (e.Vertex, e.ReachLost, e.MembersLost, e.OutsideRecipientsLost)),
                    r.LinkImpact.Select(e => (e.Source, e.Target, e.ReachLost, e.MembersLost, e.OutsideRecipientsLost)), r.Redundancy, lang));
        });
    }

    /// <summary>Everything <c>spof</c> reports.</summary>
    internal sealed record SpofReport(
        int Root, IReadOnlyList<int> ArticulationPoints, IReadOnlyList<(int A, int B)> Bridges, DominatorTree? Dominators,
        IReadOnlyList<NodeImpactEntry> NodeImpact, IReadOnlyList<LinkImpactEntry> LinkImpact,
        IReadOnlyList<int> StrongArticulationPoints, IReadOnlyList<(int Source, int Target)> StrongBridges,
        IReadOnlyList<(int Target, int Paths)>? Redundancy);

    internal static SpofReport Compute(CompactGraph g, int root, int[] targets)
    {
        // One run shares the undirected view (articulation points and bridges), the SCC and dominator preparation
        // (strong articulation points and strong bridges) and the dominator tree (node and link impact).
        var r = ResilienceAnalysis.Run(g, root >= 0 ? root : null, root >= 0 && targets.Length > 0 ? targets : null);
        return new(root, r.ArticulationPoints, r.Bridges, r.Dominators, r.NodeImpact ?? [], r.LinkImpact ?? [],
            r.StrongArticulationPoints, r.StrongBridges, r.Redundancy);
    }

    internal static int ResolveRoot(CompactGraph g, string? from)
    {
        return string.IsNullOrWhiteSpace(from) ? g.DefaultSource() : NodeArguments.Resolve(g, from, "--from")[0];
    }

    internal static int[] ResolveTargets(CompactGraph g, string? to, int root)
    {
        if (string.IsNullOrWhiteSpace(to)) return [];
        if (root < 0) throw new UsageException("--to needs a source: give --from ID");
        if (Depgraph.Analysis.Selection.NodeSelector.IsSelector(to.Trim()))
            return NodeArguments.Resolve(g, to, "--to").Where(v => v != root).ToArray();
        var t = NodeArguments.Resolve(g, to, "--to");
        if (t.Contains(root)) throw new UsageException("--to must not contain the source itself");
        return t;
    }

    private static void WriteJson(TextWriter o, CompactGraph g, EdgeLayer layer, SpofReport r) => Json.Write(o, (w, output) =>
    {
        // one ordinal sort of the ids orders the idom map and every cut-off list (by integer rank); the long lists of
        // ids are written from their UTF-8, encoded once
        var ranks = r.Dominators is null ? null : IdRanks.Of(g);
        var ids = JsonIds.Of(g);
        var cutOff = r.Dominators is { } cd ? new CutOffLists(g, cd, ranks) : null;
        w.WriteStartObject();
        w.WriteString("layer", layer.Name);
        w.WriteStartArray("articulationPoints");
        Strings(r.ArticulationPoints);
        w.WriteEndArray();
        w.WriteStartArray("bridges");
        Pairs(r.Bridges);
        w.WriteEndArray();
        if (r.Dominators is { } dt)
        {
            w.WriteStartObject("dominatorTree");
            w.WriteString("root", g.Id(r.Root));
            w.WriteStartObject("idom");
            if (ids is not null) ids.Map(w, output, ranks!.Order, v => v != r.Root && dt.IsReachable(v) ? dt.Idom(v) : -1);
            else
            {
                foreach (int v in ranks!.Order)
                    if (v != r.Root && dt.IsReachable(v)) w.WriteString(g.Id(v), g.Id(dt.Idom(v)));
            }
            w.WriteEndObject();
            w.WriteEndObject();
        }
        else w.WriteNull("dominatorTree");
        w.WriteStartArray("nodeImpact");
        foreach (var e in r.NodeImpact)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id(e.Vertex));
            w.WriteNumber("reachLost", e.ReachLost);
            w.WriteNumber("membersLost", e.MembersLost);
            w.WriteNumber("outsideRecipientsLost", e.OutsideRecipientsLost);
            cutOff?.WriteJson(w, e.Vertex, Strings);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("linkImpact");
        foreach (var e in r.LinkImpact)
        {
            w.WriteStartObject();
            w.WriteString("source", g.Id(e.Source));
            w.WriteString("target", g.Id(e.Target));
            w.WriteNumber("reachLost", e.ReachLost);
            w.WriteNumber("membersLost", e.MembersLost);
            w.WriteNumber("outsideRecipientsLost", e.OutsideRecipientsLost);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("strongArticulationPoints");
        Strings(r.StrongArticulationPoints);
        w.WriteEndArray();
        w.WriteStartArray("strongBridges");
        Pairs(r.StrongBridges);
        w.WriteEndArray();
        if (r.Redundancy is { } red)
        {
            w.WriteStartArray("redundancy");
            foreach (var (t, p) in red)
            {
                w.WriteStartObject();
                w.WriteString("target", g.Id(t));
                w.WriteNumber("disjointPaths", p);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();

        // the items of the array just opened
        void Strings(IReadOnlyList<int> vertices)
        {
            if (ids is not null) ids.Strings(w, output, vertices);
            else foreach (int v in vertices) w.WriteStringValue(g.Id(v));
        }

        void Pairs(IReadOnlyList<(int A, int B)> pairs)
        {
            if (ids is not null) ids.Pairs(w, output, pairs);
            else
            {
                foreach (var (a, b) in pairs)
                {
                    w.WriteStartArray(); w.WriteStringValue(g.Id(a)); w.WriteStringValue(g.Id(b)); w.WriteEndArray();
                }
            }
        }
    });

    private static void WriteCsv(TextWriter o, CompactGraph g, SpofReport r, Language lang)
    {
        o.WriteLine("id,name,reachLost,membersLost,outsideRecipientsLost");
        foreach (var e in r.NodeImpact) o.WriteLine($"{Csv.Field(g.Id(e.Vertex))},{Csv.Field(g.Label(e.Vertex, lang))},{e.ReachLost},{e.MembersLost},{e.OutsideRecipientsLost}");
    }

    private static void WriteTable(TextWriter o, CompactGraph g, EdgeLayer layer, SpofReport r, Language lang, int top)
    {
        string Name(int v) => $"{g.Label(v, lang)} ({g.Id(v)})";
        o.WriteLine($"{Glossary.Layer.For(lang)}: {layer.Name}" + (r.Root >= 0 ? $"   {Glossary.Source.For(lang)}: {Name(r.Root)}" : ""));
        o.WriteLine();
        o.WriteLine($"{lang.Pick("関節点(無向表示)", "Articulation points (undirected view)")}: {r.ArticulationPoints.Count:N0}");
        foreach (var v in r.ArticulationPoints.Take(top)) o.WriteLine($"  {Name(v)}");
        o.WriteLine($"{lang.Pick("橋", "Bridges")}: {r.Bridges.Count:N0}");
        foreach (var (a, b) in r.Bridges.Take(top)) o.WriteLine($"  {g.Id(a)} — {g.Id(b)}");
        if (r.Root >= 0)
        {
            o.WriteLine();
            o.WriteLine(lang.Pick($"ノード障害の影響(上位{top})", $"Node impact (top {top}): who is cut off if it fails"));
            var t = new TextTable(Glossary.Organisation.For(lang), lang.Pick("到達不能ノード", "reach lost"), lang.Pick("失われる構成員(延べ組織数)", "members lost (total, mixed units)"),
                lang.Pick("失われる構成員以外の情報展開先(延べ)", "outside recipients lost (total)")).AlignRight(1, 2, 3);
            foreach (var e in r.NodeImpact.Take(top)) t.Add(Name(e.Vertex), e.ReachLost, e.MembersLost, e.OutsideRecipientsLost);
            t.Write(o, "  ");
            if (r.Dominators is { } cd) new CutOffLists(g, cd).WriteTable(o, r.NodeImpact.Take(top).Select(e => e.Vertex), lang);
            o.WriteLine();
            o.WriteLine(lang.Pick($"リンク障害の影響(上位{top})", $"Link impact (top {top})"));
            var l = new TextTable(lang.Pick("リンク", "link"), lang.Pick("到達不能ノード", "reach lost"), lang.Pick("失われる構成員(延べ組織数)", "members lost (total, mixed units)"),
                lang.Pick("失われる構成員以外の情報展開先(延べ)", "outside recipients lost (total)")).AlignRight(1, 2, 3);
            foreach (var e in r.LinkImpact.Take(top)) l.Add($"{g.Label(e.Source, lang)} → {g.Label(e.Target, lang)}", e.ReachLost, e.MembersLost, e.OutsideRecipientsLost);
            l.Write(o, "  ");
        }
        o.WriteLine();
        o.WriteLine($"{lang.Pick("強関節点", "Strong articulation points")}: {r.StrongArticulationPoints.Count:N0}   {lang.Pick("強橋", "strong bridges")}: {r.StrongBridges.Count:N0}");
        if (r.Redundancy is { } red)
        {
            o.WriteLine();
            o.WriteLine(Glossary.RouteRedundancy.For(lang));
            var t = new TextTable(Glossary.Target.For(lang), Glossary.PathCount.For(lang), "", lang.Pick("必ず経由する組織(支配点)", "must pass through (dominators)")).AlignRight(1);
            foreach (var (v, p) in red)
                t.Add(Name(v), p, p == 0 ? (lang.Pick("未到達", "unreachable")) : p == 1 ? (lang.Pick("単一経路", "single route")) : "",
                    r.Dominators is { } dt ? string.Join(" ← ", dt.Chain(v).Select(x => g.Label(x, lang))) : "");
            t.Write(o, "  ");
        }
    }
}
