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
    public static string BasisNote(CompactGraph g, string lang)
    {
        var b = ResultBasis.OfAllEdges(g);
        var counts = string.Join(", ", BasisExtensions.All.Where(x => b.Count(x) > 0)
            .Select(x => $"{(lang == "ja" ? x.Japanese() : x.English())} {b.Count(x):N0}"));
        var head = lang == "ja" ? $"根拠(使用したエッジの数値): {counts}" : $"basis (numbers of the edges used): {counts}";
        return b.RestsOnAssumption ? head + "   " + AssumptionLabel.TableLine(lang) : head;
    }

    private static bool Ja(string lang) => lang == "ja";

    /// <summary>The sheets of <c>depgraph summary</c>.</summary>
    public static IEnumerable<Sheet> Summary(DatasetSummary s, string lang)
    {
        bool ja = Ja(lang);
        string note = $"{(ja ? "データセット" : "dataset")}: {s.Name}   {(ja ? "ノード" : "nodes")} {s.NodeCount:N0}   {(ja ? "エッジ" : "edges")} {s.EdgeCount:N0}";
        string prov = $"{(ja ? "出典(根拠)" : "provenance")}: {(ja ? "ノード" : "nodes")} {string.Join(", ", s.NodeBasis.Select(x => $"{x.Basis} {x.Count:N0}"))}; {(ja ? "エッジ" : "edges")} {string.Join(", ", s.EdgeBasis.Select(x => $"{x.Basis} {x.Count:N0}"))}";
        var kinds = new Sheet(ja ? "種別" : "kinds", ja ? "ノード種別" : "Nodes by kind").Note(note).Note(prov).Headers(ja ? "種別" : "kind", ja ? "数" : "count");
        foreach (var (k, c) in s.NodesByKind) kinds.Row(k, c);
        var types = new Sheet(ja ? "エッジ種別" : "edge types", ja ? "エッジ種別" : "Edges by type").Note(note).Headers(ja ? "エッジ種別" : "edge type", ja ? "数" : "count");
        foreach (var (k, c) in s.EdgesByType) types.Row(k, c);
        var units = new Sheet(ja ? "構成員" : "members", ja ? "構成員(単位別、のべ数)" : "Members by unit (as counted by each CEPTOAR)").Note(note)
            .Headers(ja ? "単位" : "unit", ja ? "数" : "count");
        foreach (var m in s.MembersByUnit) units.Row(m.Unit, m.Count);
        units.Row(ja ? "合計" : "total", s.MembersByUnit.Sum(m => m.Count));
        var sectors = new Sheet(ja ? "分野とセプター" : "sectors", ja ? "分野とセプター" : "Sectors and their CEPTOARs").Note(note)
            .Headers(ja ? "分野" : "sector", ja ? "分野id" : "sector id", ja ? "セプター" : "CEPTOAR", ja ? "セプターid" : "CEPTOAR id",
                ja ? "構成員(単位別)" : "members (by unit)", ja ? "構成員数" : "members", ja ? "構成員以外の情報展開先" : "external recipients");
        foreach (var sec in s.Sectors)
        {
            if (sec.Ceptoars.Count == 0) sectors.Row(sec.Sector.Name(lang), sec.Sector.Id, null, null, null, null, null);
            foreach (var c in sec.Ceptoars)
                sectors.Row(sec.Sector.Name(lang), sec.Sector.Id, c.Ceptoar.Name(lang), c.Ceptoar.Id, string.Join(" ", c.Members.Select(m => m.ToString())),
                    c.Members.Sum(m => m.Count), c.External.Count == 0 ? "-" : string.Join(" ", c.External.Select(m => m.ToString())));
        }
        return [kinds, types, units, sectors];
    }

    /// <summary>The sheets of <c>depgraph reach</c>.</summary>
    public static IEnumerable<Sheet> Reach(CompactGraph g, string layer, ReachResult r, string lang, ReachOptions opt)
    {
        bool ja = Ja(lang);
        var from = $"{(ja ? "起点" : "from")}: {string.Join(", ", r.Sources.Select(v => $"{g.Label(v, lang)} ({g.Id(v)})"))}   {(ja ? "レイヤー" : "layer")}: {layer}" +
            (opt.MaxHops is { } k ? $"   {(ja ? "ホップ上限" : "max hops")} {k}" : "") +
            (opt.WithinHours is { } h ? $"   {(ja ? "時間上限" : "within")} {h.ToString(CultureInfo.InvariantCulture)} h" : "");
        var basis = BasisNote(g, lang);
        var reached = new Sheet(ja ? "到達" : "reached", ja ? $"到達: {r.Reached.Count:N0} / {g.NodeCount:N0} ノード" : $"Reached: {r.Reached.Count:N0} / {g.NodeCount:N0} nodes")
            .Note(from).Note(basis).Note(ja ? "到達(時間)は経路上の遅延(時間)の合計の最小値。" : "arrival (h): the smallest sum of delays (hours) along a route.")
            .Headers(ja ? "名称" : "name", "id", ja ? "ホップ" : "hops", ja ? "到達(時間)" : "arrival (h)", ja ? "構成員(数)" : "members (count)");
        foreach (var n in r.Reached)
            reached.Row(g.Label(n.Vertex, lang), g.Id(n.Vertex), n.Hops, n.ArrivalHours, g.MemberWeight(n.Vertex) > 0 ? g.MemberWeight(n.Vertex) : null);
        var c = r.Coverage;
        var coverage = new Sheet(ja ? "構成員カバー率" : "coverage", ja ? "構成員カバー率" : "Member coverage").Note(from)
            .Headers(ja ? "単位" : "unit", ja ? "到達" : "reached", ja ? "全体" : "total", ja ? "割合" : "share");
        coverage.Row(ja ? "合計" : "total", c.ReachedMembers, c.TotalMembers, c.Share);
        foreach (var u in c.ByUnit) coverage.Row(u.Unit, u.Reached, u.Total, u.Total == 0 ? null : (double)u.Reached / u.Total);
        var not = new Sheet(ja ? "未到達" : "not reached", ja ? $"未到達: {r.NotReached.Count:N0}" : $"Not reached: {r.NotReached.Count:N0}").Note(from)
            .Headers(ja ? "名称" : "name", "id");
        foreach (var v in r.NotReached) not.Row(g.Label(v, lang), g.Id(v));
        return [reached, coverage, not];
    }

    /// <summary>The sheets of <c>depgraph spof</c>.</summary>
    public static IEnumerable<Sheet> Spof(CompactGraph g, string layer, int root, IReadOnlyList<int> articulation, IReadOnlyList<(int A, int B)> bridges,
        IEnumerable<(int Vertex, int ReachLost, long MembersLost, long OutsideLost)> nodeImpact, IEnumerable<(int Source, int Target, int ReachLost, long MembersLost, long OutsideLost)> linkImpact,
        IReadOnlyList<(int Target, int Paths)>? redundancy, string lang)
    {
        bool ja = Ja(lang);
        var head = $"{(ja ? "レイヤー" : "layer")}: {layer}" + (root >= 0 ? $"   {(ja ? "起点" : "from")}: {g.Label(root, lang)} ({g.Id(root)})" : "");
        var ap = new Sheet(ja ? "関節点" : "articulation points", ja ? $"関節点(無向表示): {articulation.Count:N0}" : $"Articulation points (undirected view): {articulation.Count:N0}")
            .Note(head).Headers(ja ? "名称" : "name", "id");
        foreach (var v in articulation.OrderBy(g.Id, StringComparer.Ordinal)) ap.Row(g.Label(v, lang), g.Id(v));
        var br = new Sheet(ja ? "橋" : "bridges", ja ? $"橋: {bridges.Count:N0}" : $"Bridges: {bridges.Count:N0}").Note(head)
            .Headers(ja ? "名称 A" : "name A", "id A", ja ? "名称 B" : "name B", "id B");
        foreach (var (a, b) in bridges) br.Row(g.Label(a, lang), g.Id(a), g.Label(b, lang), g.Id(b));
        var sheets = new List<Sheet> { ap, br };
        if (root >= 0)
        {
            var ni = new Sheet(ja ? "ノード障害の影響" : "node impact", ja ? "ノード障害の影響" : "Node impact: who is cut off if it fails").Note(head)
                .Headers(ja ? "組織" : "organisation", "id", ja ? "到達不能ノード(数)" : "reach lost (nodes)", ja ? "失われる構成員(数)" : "members lost (count)",
                    ja ? "失われる構成員以外の情報展開先(延べ数)" : "outside recipients lost (total over units)");
            foreach (var (v, reach, members, outside) in nodeImpact) ni.Row(g.Label(v, lang), g.Id(v), reach, members, outside);
            var li = new Sheet(ja ? "リンク障害の影響" : "link impact", ja ? "リンク障害の影響" : "Link impact").Note(head)
                .Headers(ja ? "送信元" : "source", ja ? "送信元id" : "source id", ja ? "宛先" : "target", ja ? "宛先id" : "target id",
                    ja ? "到達不能ノード(数)" : "reach lost (nodes)", ja ? "失われる構成員(数)" : "members lost (count)",
                    ja ? "失われる構成員以外の情報展開先(延べ数)" : "outside recipients lost (total over units)");
            foreach (var (s, t, reach, members, outside) in linkImpact) li.Row(g.Label(s, lang), g.Id(s), g.Label(t, lang), g.Id(t), reach, members, outside);
            sheets.Add(ni);
            sheets.Add(li);
        }
        if (redundancy is not null)
        {
            var red = new Sheet(ja ? "経路の冗長性" : "redundancy", ja ? "経路の冗長性(点素な経路の数)" : "Route redundancy (vertex-disjoint paths)").Note(head)
                .Headers(ja ? "宛先" : "target", "id", ja ? "経路数" : "paths");
            foreach (var (v, p) in redundancy) red.Row(g.Label(v, lang), g.Id(v), p);
            sheets.Add(red);
        }
        return sheets;
    }

    /// <summary>The sheet of <c>depgraph paths</c>.</summary>
    public static IEnumerable<Sheet> Paths(CompactGraph g, string layer, int from, int to, IReadOnlyList<PropagationPath> paths, string lang)
    {
        bool ja = Ja(lang);
        var s = new Sheet(ja ? "経路" : "paths", $"{g.Label(from, lang)} → {g.Label(to, lang)}")
            .Note($"{(ja ? "レイヤー" : "layer")}: {layer}   {(ja ? "経路" : "paths")}: {paths.Count}").Note(BasisNote(g, lang))
            .Headers("#", ja ? "時間(時間)" : "hours", ja ? "ホップ" : "hops", ja ? "経路(名称)" : "path (names)", ja ? "経路(id)" : "path (ids)");
        for (int i = 0; i < paths.Count; i++)
            s.Row(i + 1, paths[i].Hours, paths[i].Hops, string.Join(" → ", paths[i].Nodes.Select(v => g.Label(v, lang))), string.Join(" ", paths[i].Nodes.Select(g.Id)));
        return [s];
    }

    /// <summary>The sheets of <c>depgraph cascade</c> (independent cascade).</summary>
    public static IEnumerable<Sheet> Cascade(CompactGraph g, string layer, MonteCarloCascadeResult r, string lang)
    {
        bool ja = Ja(lang);
        var model = $"{(ja ? "モデル" : "model")}: independent cascade (Kempe, Kleinberg, Tardos 2003)   runs {r.Runs:N0}   seed {r.Seed}   {(ja ? "レイヤー" : "layer")}: {layer}";
        var basis = BasisNote(g, lang);
        var nodes = new Sheet(ja ? "障害確率" : "failure probability", ja ? "障害確率" : "Failure probability").Note(model).Note(basis)
            .Headers(ja ? "名称" : "name", "id", ja ? "障害確率(0〜1)" : "failure probability (0-1)");
        foreach (var v in Enumerable.Range(0, g.NodeCount).Where(v => r.FailureProbability[v] > 0).OrderByDescending(v => r.FailureProbability[v]).ThenBy(g.Id, StringComparer.Ordinal))
            nodes.Row(g.Label(v, lang), g.Id(v), r.FailureProbability[v]);
        var stats = new Sheet(ja ? "障害ノード数" : "failed nodes", ja ? "障害ノード数(起点を含む)" : "Failed nodes (sources included)").Note(model).Note(basis)
            .Headers(ja ? "統計量" : "statistic", ja ? "ノード数" : "nodes");
        stats.Row(ja ? "平均" : "mean", r.MeanFailed).Row("sd", r.StdevFailed);
        foreach (var p in r.Percentiles.OrderBy(p => int.Parse(p.Key[1..], CultureInfo.InvariantCulture))) stats.Row(p.Key, p.Value);
        return [nodes, stats];
    }

    /// <summary>The sheet of <c>depgraph cascade --threshold</c>.</summary>
    public static IEnumerable<Sheet> Threshold(CompactGraph g, string layer, ThresholdCascadeResult r, string lang)
    {
        bool ja = Ja(lang);
        var s = new Sheet(ja ? "障害の順序" : "failures", ja ? $"線形閾値モデル: 閾値 {r.Threshold.ToString(CultureInfo.InvariantCulture)}" : $"Linear threshold: threshold {r.Threshold.ToString(CultureInfo.InvariantCulture)}")
            .Note($"{(ja ? "レイヤー" : "layer")}: {layer}").Note(BasisNote(g, lang))
            .Headers("#", ja ? "名称" : "name", "id", ja ? "段階" : "step", ja ? "時間(時間)" : "hours");
        int i = 0;
        foreach (var x in r.Failed) s.Row(++i, g.Label(x.Vertex, lang), g.Id(x.Vertex), x.Step, x.Hours);
        return [s];
    }
}
