using System.CommandLine;
using System.Globalization;
using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Propagation;
using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Summary;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Loader.Survey;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// <c>--format xlsx --out FILE</c> for the analysis commands: one sheet per table the command prints, Japanese (or English)
/// names beside the ids, units in the headers, and notes above each table naming the layer and what the numbers rest on
/// (evidence / survey / input / assumption, from the provenance of the edges used). Written with the Open XML SDK
/// (<see cref="XlsxWorkbook"/>), atomically; text is never written as a formula.
/// </summary>
public static class XlsxTables
{
    /// <summary>Adds <c>--out FILE</c> (the workbook written with <c>--format xlsx</c>) to a command.</summary>
    public static Option<string?> AddOutOption(Command command)
    {
        var o = new Option<string?>("--out") { Description = "With --format xlsx: the workbook to write (one sheet per table)", HelpName = "FILE" };
        command.Options.Add(o);
        return o;
    }

    /// <summary>The workbook path when <c>--format xlsx</c> is asked for (then <c>--out</c> is required); null otherwise.</summary>
    public static string? Requested(ParseResult pr, Option<string?> format, Option<string?> outOption)
    {
        if (!string.Equals(pr.GetValue(format)?.Trim(), "xlsx", StringComparison.OrdinalIgnoreCase))
        {
            if (pr.GetValue(outOption) is not null) throw new UsageException("--out is for --format xlsx; other formats go to standard output");
            return null;
        }
        var path = pr.GetValue(outOption) ?? throw new UsageException("--format xlsx needs --out FILE.xlsx");
        if (Directory.Exists(path)) throw new UsageException($"--out {path} is a folder; give a file name ending in .xlsx");
        return path;
    }

    /// <summary>A sheet: a title, note lines, then a table with a frozen header row and a filter.</summary>
    public sealed class Sheet(string name, string title)
    {
        private readonly List<string> _notes = [];
        private string[] _headers = [];
        private readonly List<object?[]> _rows = [];

        /// <summary>The sheet name.</summary>
        public string Name { get; } = name;

        /// <summary>Adds a note line above the table.</summary>
        public Sheet Note(string line) { _notes.Add(line); return this; }

        /// <summary>Sets the table's headers.</summary>
        public Sheet Headers(params string[] headers) { _headers = headers; return this; }

        /// <summary>Adds a row: strings as text, numbers as numbers, null as empty.</summary>
        public Sheet Row(params object?[] cells) { _rows.Add(cells); return this; }

        internal XlsxSheet Build()
        {
            var s = new XlsxSheet(Name);
            s.Add(XlsxCell.Of(title, XlsxStyle.Title));
            foreach (var n in _notes) s.Add(XlsxCell.Of(n, XlsxStyle.Note));
            s.Add();
            s.Add([.. _headers.Select(h => XlsxCell.Of(h, XlsxStyle.Header))]);
            s.FrozenRows = s.Rows.Count;
            s.AutoFilter = _rows.Count > 0;
            foreach (var r in _rows)
            {
                s.Add([.. r.Select(c => c switch
                {
                    null => XlsxCell.Of(""),
                    int i => XlsxCell.Of(i, XlsxStyle.Integer),
                    long l => XlsxCell.Of(l, XlsxStyle.Integer),
                    double d => XlsxCell.Of(d, XlsxStyle.Number),
                    _ => XlsxCell.Of(Convert.ToString(c, CultureInfo.InvariantCulture)),
                })]);
            }
            return s;
        }
    }

    /// <summary>Writes the sheets as a workbook to <paramref name="path"/> (atomically).</summary>
    public static void Write(string path, IEnumerable<Sheet> sheets) => XlsxWorkbook.Write(path, [.. sheets.Select(s => s.Build())]);

    /// <summary>The note naming what the numbers rest on, in the reader's language (and the assumption label when any is assumed).</summary>
    public static string BasisNote(CompactGraph g, Language lang)
    {
        var b = ResultBasis.OfAllEdges(g);
        var counts = string.Join(", ", BasisExtensions.All.Where(x => b.Count(x) > 0)
            .Select(x => $"{Glossary.Basis(x, lang)} {b.Count(x):N0}"));
        var head = lang.Pick($"根拠(使用したエッジの数値): {counts}", $"basis (numbers of the edges used): {counts}");
        return b.RestsOnAssumption ? head + "   " + AssumptionLabel.TableLine(lang) : head;
    }


    /// <summary>"28 社" in Japanese, "28 companies (社)" in English.</summary>
    private static string Units(MemberCount m, Language lang) => $"{m.Count:N0} {Glossary.Unit(m.Unit, lang)}";

    /// <summary>The sheets of <c>depgraph summary</c>.</summary>
    public static IEnumerable<Sheet> Summary(DatasetSummary s, Language lang)
    {
        string note = $"{lang.Pick("データセット", "dataset")}: {s.Name}   {Glossary.Nodes.For(lang)} {s.NodeCount:N0}   {Glossary.Edges.For(lang)} {s.EdgeCount:N0}";
        string prov = $"{lang.Pick("出典(根拠)", "provenance")}: {Glossary.Nodes.For(lang)} {string.Join(", ", s.NodeBasis.Select(x => $"{x.Basis} {x.Count:N0}"))}; {Glossary.Edges.For(lang)} {string.Join(", ", s.EdgeBasis.Select(x => $"{x.Basis} {x.Count:N0}"))}";
        var kinds = new Sheet(lang.Pick("種別", "kinds"), lang.Pick("ノード種別", "Nodes by kind")).Note(note).Note(prov).Headers(Glossary.KindHeading.For(lang), Glossary.Count.For(lang));
        foreach (var (k, c) in s.NodesByKind) kinds.Row(k, c);
        var types = new Sheet(lang.Pick("エッジ種別", "edge types"), lang.Pick("エッジ種別", "Edges by type")).Note(note).Headers(Glossary.EdgeType.For(lang), Glossary.Count.For(lang));
        foreach (var (k, c) in s.EdgesByType) types.Row(k, c);
        var units = new Sheet(Glossary.Members.For(lang), Glossary.MembersByUnit.For(lang)).Note(note)
            .Headers(Glossary.UnitHeading.For(lang), Glossary.Count.For(lang));
        foreach (var m in s.MembersByUnit) units.Row(Glossary.Unit(m.Unit, lang), m.Count);
        units.Row(Glossary.TotalOf(s.MembersByUnit).For(lang), s.MembersByUnit.Sum(m => m.Count));
        var sectors = new Sheet(lang.Pick("分野とセプター", "sectors"), Glossary.SectorsAndCeptoars.For(lang)).Note(note)
            .Headers(Glossary.Sector.For(lang), lang.Pick("分野id", "sector id"), lang.Pick("セプター", "CEPTOAR"), lang.Pick("セプターid", "CEPTOAR id"),
                lang.Pick("構成員(単位別)", "members (by unit)"), lang.Pick("構成員数", "members"), Glossary.ExternalRecipients.For(lang));
        foreach (var sec in s.Sectors)
        {
            if (sec.Ceptoars.Count == 0) sectors.Row(sec.Sector.Name(lang), sec.Sector.Id, null, null, null, null, null);
            foreach (var c in sec.Ceptoars)
                sectors.Row(sec.Sector.Name(lang), sec.Sector.Id, c.Ceptoar.Name(lang), c.Ceptoar.Id, string.Join(" ", c.Members.Select(m => Units(m, lang))),
                    c.Members.Sum(m => m.Count), c.External.Count == 0 ? "-" : string.Join(" ", c.External.Select(m => Units(m, lang))));
        }
        return [kinds, types, units, sectors];
    }

    /// <summary>The sheets of <c>depgraph reach</c>.</summary>
    public static IEnumerable<Sheet> Reach(CompactGraph g, string layer, ReachResult r, Language lang, ReachOptions opt)
    {
        var from = $"{Glossary.Source.For(lang)}: {string.Join(", ", r.Sources.Select(v => $"{g.Label(v, lang)} ({g.Id(v)})"))}   {Glossary.Layer.For(lang)}: {layer}" +
            (opt.MaxHops is { } k ? $"   {Glossary.MaxHops.For(lang)} {k}" : "") +
            (opt.WithinHours is { } h ? $"   {Glossary.Within.For(lang)} {h.ToString(CultureInfo.InvariantCulture)} h" : "");
        var basis = BasisNote(g, lang);
        var reached = new Sheet(Glossary.Reached.For(lang), lang.Pick($"到達: {r.Reached.Count:N0} / {g.NodeCount:N0} ノード", $"Reached: {r.Reached.Count:N0} / {g.NodeCount:N0} nodes"))
            .Note(from).Note(basis).Note(lang.Pick("到達(時間)は経路上の遅延(時間)の合計の最小値。", "arrival (h): the smallest sum of delays (hours) along a route."))
            .Headers(Glossary.Name.For(lang), "id", Glossary.Hops.For(lang), Glossary.Arrival.For(lang), lang.Pick("構成員(数)", "members (count)"));
        foreach (var n in r.Reached)
            reached.Row(g.Label(n.Vertex, lang), g.Id(n.Vertex), n.Hops, n.ArrivalHours, g.MemberWeight(n.Vertex) > 0 ? g.MemberWeight(n.Vertex) : null);
        var c = r.Coverage;
        var coverage = new Sheet(lang.Pick("構成員カバー率", "coverage"), lang.Pick("構成員カバー率", "Member coverage")).Note(from)
            .Headers(Glossary.UnitHeading.For(lang), Glossary.Reached.For(lang), lang.Pick("全体", "total"), lang.Pick("割合", "share"));
        coverage.Row(Glossary.TotalOf(c.ByUnit.Select(u => new MemberCount(u.Unit, u.Total))).For(lang), c.ReachedMembers, c.TotalMembers, c.Share);
        foreach (var u in c.ByUnit) coverage.Row(Glossary.Unit(u.Unit, lang), u.Reached, u.Total, u.Total == 0 ? null : (double)u.Reached / u.Total);
        var not = new Sheet(Glossary.NotReached.For(lang), lang.Pick($"未到達: {r.NotReached.Count:N0}", $"Not reached: {r.NotReached.Count:N0}")).Note(from)
            .Headers(Glossary.Name.For(lang), "id");
        foreach (var v in r.NotReached) not.Row(g.Label(v, lang), g.Id(v));
        return [reached, coverage, not];
    }

    /// <summary>The sheets of <c>depgraph spof</c>.</summary>
    public static IEnumerable<Sheet> Spof(CompactGraph g, string layer, int root, IReadOnlyList<int> articulation, IReadOnlyList<(int A, int B)> bridges,
        IEnumerable<(int Vertex, int ReachLost, long MembersLost, long OutsideLost)> nodeImpact, IEnumerable<(int Source, int Target, int ReachLost, long MembersLost, long OutsideLost)> linkImpact,
        IReadOnlyList<(int Target, int Paths)>? redundancy, Language lang)
    {
        var head = $"{Glossary.Layer.For(lang)}: {layer}" + (root >= 0 ? $"   {Glossary.Source.For(lang)}: {g.Label(root, lang)} ({g.Id(root)})" : "");
        var ap = new Sheet(lang.Pick("関節点", "articulation points"), lang.Pick($"関節点(無向表示): {articulation.Count:N0}", $"Articulation points (undirected view): {articulation.Count:N0}"))
            .Note(head).Headers(Glossary.Name.For(lang), "id");
        foreach (var v in articulation) ap.Row(g.Label(v, lang), g.Id(v));
        var br = new Sheet(lang.Pick("橋", "bridges"), lang.Pick($"橋: {bridges.Count:N0}", $"Bridges: {bridges.Count:N0}")).Note(head)
            .Headers(lang.Pick("名称 A", "name A"), "id A", lang.Pick("名称 B", "name B"), "id B");
        foreach (var (a, b) in bridges) br.Row(g.Label(a, lang), g.Id(a), g.Label(b, lang), g.Id(b));
        var sheets = new List<Sheet> { ap, br };
        if (root >= 0)
        {
            var ni = new Sheet(lang.Pick("ノード障害の影響", "node impact"), lang.Pick("ノード障害の影響", "Node impact: who is cut off if it fails")).Note(head)
                .Headers(Glossary.Organisation.For(lang), "id", lang.Pick("到達不能ノード(数)", "reach lost (nodes)"), lang.Pick("失われる構成員(数)", "members lost (count)"),
                    lang.Pick("失われる構成員以外の情報展開先(延べ数)", "outside recipients lost (total over units)"));
            foreach (var (v, reach, members, outside) in nodeImpact) ni.Row(g.Label(v, lang), g.Id(v), reach, members, outside);
            var li = new Sheet(lang.Pick("リンク障害の影響", "link impact"), lang.Pick("リンク障害の影響", "Link impact")).Note(head)
                .Headers(lang.Pick("送信元", "source"), lang.Pick("送信元id", "source id"), Glossary.Target.For(lang), lang.Pick("宛先id", "target id"),
                    lang.Pick("到達不能ノード(数)", "reach lost (nodes)"), lang.Pick("失われる構成員(数)", "members lost (count)"),
                    lang.Pick("失われる構成員以外の情報展開先(延べ数)", "outside recipients lost (total over units)"));
            foreach (var (s, t, reach, members, outside) in linkImpact) li.Row(g.Label(s, lang), g.Id(s), g.Label(t, lang), g.Id(t), reach, members, outside);
            sheets.Add(ni);
            sheets.Add(li);
        }
        if (redundancy is not null)
        {
            var red = new Sheet(lang.Pick("経路の冗長性", "redundancy"), Glossary.RouteRedundancy.For(lang)).Note(head)
                .Headers(Glossary.Target.For(lang), "id", Glossary.PathCount.For(lang));
            foreach (var (v, p) in redundancy) red.Row(g.Label(v, lang), g.Id(v), p);
            sheets.Add(red);
        }
        return sheets;
    }

    /// <summary>The sheet of <c>depgraph paths</c>.</summary>
    public static IEnumerable<Sheet> Paths(CompactGraph g, string layer, int from, int to, IReadOnlyList<PropagationPath> paths, Language lang)
    {
        var s = new Sheet(lang.Pick("経路", "paths"), $"{g.Label(from, lang)} → {g.Label(to, lang)}")
            .Note($"{Glossary.Layer.For(lang)}: {layer}   {lang.Pick("経路", "paths")}: {paths.Count}").Note(BasisNote(g, lang))
            .Headers("#", lang.Pick("時間(時間)", "hours"), Glossary.Hops.For(lang), lang.Pick("経路(名称)", "path (names)"), lang.Pick("経路(id)", "path (ids)"));
        for (int i = 0; i < paths.Count; i++)
            s.Row(i + 1, paths[i].Hours, paths[i].Hops, string.Join(" → ", paths[i].Nodes.Select(v => g.Label(v, lang))), string.Join(" ", paths[i].Nodes.Select(g.Id)));
        return [s];
    }

    /// <summary>The sheets of <c>depgraph cascade</c> (independent cascade).</summary>
    public static IEnumerable<Sheet> Cascade(CompactGraph g, string layer, MonteCarloCascadeResult r, Language lang)
    {
        var model = $"{Glossary.Model.For(lang)}: independent cascade (Kempe, Kleinberg, Tardos 2003)   runs {r.Runs:N0}   seed {r.Seed}   {Glossary.Layer.For(lang)}: {layer}";
        var basis = BasisNote(g, lang);
        var nodes = new Sheet(Glossary.FailureProbability.For(lang), lang.Pick("障害確率", "Failure probability")).Note(model).Note(basis)
            .Headers(Glossary.Name.For(lang), "id", lang.Pick("障害確率(0〜1)", "failure probability (0-1)"));
        foreach (var v in Enumerable.Range(0, g.NodeCount).Where(v => r.FailureProbability[v] > 0).OrderByDescending(v => r.FailureProbability[v]).ThenBy(g.Id, StringComparer.Ordinal))
            nodes.Row(g.Label(v, lang), g.Id(v), r.FailureProbability[v]);
        var stats = new Sheet(Glossary.FailedNodes.For(lang), lang.Pick("障害ノード数(起点を含む)", "Failed nodes (sources included)")).Note(model).Note(basis)
            .Headers(lang.Pick("統計量", "statistic"), lang.Pick("ノード数", "nodes"));
        stats.Row(Glossary.Mean.For(lang), r.MeanFailed).Row("sd", r.StdevFailed);
        foreach (var p in r.Percentiles.OrderBy(p => int.Parse(p.Key[1..], CultureInfo.InvariantCulture))) stats.Row(p.Key, p.Value);
        return [nodes, stats];
    }

    /// <summary>The sheet of <c>depgraph cascade --threshold</c>.</summary>
    public static IEnumerable<Sheet> Threshold(CompactGraph g, string layer, ThresholdCascadeResult r, Language lang)
    {
        var s = new Sheet(lang.Pick("障害の順序", "failures"), lang.Pick($"線形閾値モデル: 閾値 {r.Threshold.ToString(CultureInfo.InvariantCulture)}", $"Linear threshold: threshold {r.Threshold.ToString(CultureInfo.InvariantCulture)}"))
            .Note($"{Glossary.Layer.For(lang)}: {layer}").Note(BasisNote(g, lang))
            .Headers("#", Glossary.Name.For(lang), "id", Glossary.Step.For(lang), lang.Pick("時間(時間)", "hours"));
        int i = 0;
        foreach (var x in r.Failed) s.Row(++i, g.Label(x.Vertex, lang), g.Id(x.Vertex), x.Step, x.Hours);
        return [s];
    }
}
