using System.Globalization;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Composes the report's text, in Japanese or English, as blocks; Markdown and HTML lay out the same blocks, so
/// the two files always say the same thing.
/// </summary>
internal sealed partial class ReportDocument
{
    private readonly ReportModel _m;
    private readonly Language _lang;
    private readonly Language _chartLang;
    private readonly Dictionary<string, RenderedChart> _charts;
    private readonly List<Block> _blocks = [];
    private int _figure;

    private ReportDocument(ReportModel model, IReadOnlyList<RenderedChart> charts, Language chartLanguage)
    {
        _m = model;
        _lang = model.Options.Language;
        _chartLang = chartLanguage;
        _charts = charts.ToDictionary(c => c.Name, StringComparer.Ordinal);
    }

    private bool Ja => _lang == Language.Japanese;

    /// <summary>The Japanese and English section headings, in order (title first).</summary>
    public static IReadOnlyList<(string Ja, string En)> SectionHeadings { get; } =
    [
        ("重要インフラ情報共有体制の分析報告", "Critical-infrastructure information sharing: analysis report"),
        ("1. 概要", "1. Overview"),
        ("2. 情報の到達範囲と速さ", "2. Reach: coverage and speed"),
        ("3. 単一障害点", "3. Single points of failure"),
        ("4. 障害の波及（仮定に基づく）", "4. Propagation (resting on assumptions)"),
        ("5. 分析手法と出典", "5. Methods and sources"),
        ("6. 用語と手法", "6. Terms and methods"),
        ("付録A. 出典の区分と仮定の一覧", "Appendix A. Provenance: evidence and assumptions"),
        ("付録B. 実行条件", "Appendix B. Run parameters"),
    ];

    /// <summary>The html anchor of each entry of <see cref="SectionHeadings"/>: <c>s0</c>–<c>s6</c>, then <c>sA</c> and <c>sB</c> for the appendices (as their sub-sections <c>sA-1</c>).</summary>
    public static IReadOnlyList<string> SectionAnchors { get; } = ["s0", "s1", "s2", "s3", "s4", "s5", "s6", "sA", "sB"];

    /// <summary>The label put next to everything derived from the assumed dependency matrix.</summary>
    public static (string Ja, string En) AssumptionLabel { get; } = ("【仮定】", "[ASSUMPTION]");

    public static IReadOnlyList<Block> Compose(ReportModel model, IReadOnlyList<RenderedChart> charts, Language chartLanguage)
    {
        var doc = new ReportDocument(model, charts, chartLanguage);
        doc.Title();
        doc.Overview();
        doc.Reach();
        doc.Spof();
        doc.Propagation();
        doc.Methods();
        doc.Terms();
        doc.Scenarios();
        doc.Provenance();
        doc.Parameters();
        return doc._blocks;
    }

    // ------------------------------------------------------------------ helpers

    private string L(string ja, string en) => _lang.Pick(ja, en);

    private string Name(NodeRef n) => n.Name(_lang);

    private static string N(long v) => v.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>An English count that agrees with its noun: <c>1 strong bridge</c>, <c>8 strong bridges</c>.</summary>
    private static string Of(long n, string singular, string plural) => $"{N(n)} {(n == 1 ? singular : plural)}";

    private static string Pct(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";

    private string Hours(double h) => h.ToString("0.##", CultureInfo.InvariantCulture) + L(" 時間", " h");

    private static string Num(double v, string format) => v.ToString(format, CultureInfo.InvariantCulture);

    private string Units(IReadOnlyList<MemberCount> units) =>
        units.Count == 0 ? "—" : string.Join(L("、", ", "), units.Select(u => Glossary.CountOf(u.Count, u.Unit, _lang)));

    private string UnitName(string unit) => Glossary.Unit(unit, _lang);

    /// <summary>
    /// A count that may add different units: the number alone when it has one unit (or none recorded), else the
    /// 延べ total with its parts, e.g. 「1,788（47 都道府県、1,741 市区町村）」, so units are never summed silently.
    /// </summary>
    private string Total(long total, IReadOnlyList<MemberCount> units) =>
        units.Count <= 1 ? (units.Count == 1 && total > 0 ? Glossary.CountOf(total, units[0].Unit, _lang) : N(total)) : $"{N(total)}{L("（", " (")}{Units(units)}{L("）", ")")}";

    /// <summary>
    /// Outside recipients as counted in a cell: the certain part (<see cref="Total"/>), then each conditional count marked
    /// 「1,189 事業体（条件付き）」, never added to the certain part. <paramref name="inBrackets"/>: the text goes inside
    /// brackets, so the mark becomes a prefix (「条件付きで 1,189 事業体」) and no total is bracketed, never 「（…（…））」.
    /// </summary>
    private string Outside(long total, IReadOnlyList<MemberCount> certain, IReadOnlyList<MemberCount> conditional, bool inBrackets = false)
    {
        long certainTotal = total - conditional.Sum(u => u.Count);
        string certainText = inBrackets ? Units(certain) : Total(certainTotal, certain);
        if (conditional.Count == 0) return certainText;
        string marked = string.Join(L("、", ", "), conditional.Select(u => Conditionally(Glossary.CountOf(u.Count, u.Unit, _lang), inBrackets)));
        return certainTotal > 0 ? certainText + L("、", ", ") + marked : marked;
    }

    /// <summary>Units listed with the conditional ones marked, e.g. 「968 社・団体、1,189 事業体（条件付き）」; the conditional part is taken out of <paramref name="all"/>.</summary>
    private string UnitsMarked(IReadOnlyList<MemberCount> all, IReadOnlyList<MemberCount> conditional)
    {
        var certain = all.Select(u => u with { Count = u.Count - conditional.Where(c => c.Unit == u.Unit).Sum(c => c.Count) }).Where(u => u.Count > 0);
        var parts = certain.Select(u => Glossary.CountOf(u.Count, u.Unit, _lang)).Concat(conditional.Select(u => Conditionally(Glossary.CountOf(u.Count, u.Unit, _lang), false))).ToList();
        return parts.Count == 0 ? "—" : string.Join(L("、", ", "), parts);
    }

    /// <summary>
    /// A count marked conditional: 「1,189 事業体（条件付き）」, inside brackets 「条件付きで 1,189 事業体」; in English the mark
    /// joins the unit's own bracket, 「1,189 utilities (事業体, conditional)」, never two brackets in a row.
    /// </summary>
    private string Conditionally(string count, bool inBrackets) =>
        Ja ? (inBrackets ? $"条件付きで {count}" : $"{count}（条件付き）")
        : count.EndsWith(')') ? count[..^1] + ", conditional)" : count + " (conditional)";

    private string MembersCutOffHeader() =>
        _m.Overview.MembersByUnit.Count > 1 ? L("届かなくなる構成員（延べ組織数）", "Members cut off (total over units)") : L("届かなくなる構成員", "Members cut off");

    private string Joined(IEnumerable<string> items, int cap)
    {
        var list = items.ToList();
        string shown = string.Join(L("、", ", "), list.Take(cap));
        return list.Count > cap ? shown + L($" ほか {N(list.Count - cap)} 件", $" and {N(list.Count - cap)} more") : shown;
    }

    private string KindName(string token) =>
        EdgeKinds.TryParseNodeKind(token, out NodeKind kind) ? Glossary.Kind(kind, _lang) : token;

    private string HubWord => _m.Spof.HubLabel == HubKind.Ceptoar ? "CEPTOAR" : L("CEPTOAR・ISAC（構成員を持つハブ）", "CEPTOAR or ISAC (member hub)");

    private void H(int level, int section) =>
        _blocks.Add(new HeadingBlock(level, Ja ? SectionHeadings[section].Ja : SectionHeadings[section].En, SectionAnchors[section]));

    private void H(int level, string text, string anchor) => _blocks.Add(new HeadingBlock(level, text, anchor));

    private void P(string text) => _blocks.Add(new ParagraphBlock(text));

    private void Note(string text) => _blocks.Add(new NoteBlock(L("注：", "Note: "), text, false));

    private void Assumption(string text) => _blocks.Add(new NoteBlock(Ja ? AssumptionLabel.Ja : AssumptionLabel.En, text, true));

    private void DependencyAssumption()
    {
        if (_m.Propagation.IsAssumption)
        {
            Assumption(L(
                "分野間依存関係の仮定値（dependencies.csv：NISCの静的相互依存性分析と共通脅威分析に基づく仮の値）に基づく。相互依存性調査の結果ではない。",
                "Rests on the assumed inter-sector dependency matrix (dependencies.csv: placeholder values after NISC's static interdependency and common-threat analyses), not on survey results."));
        }
    }

    private void Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, params int[] numeric) =>
        _blocks.Add(new TableBlock(headers, rows.ToList(), new HashSet<int>(numeric)));

    private void Figure(string name)
    {
        if (!_charts.TryGetValue(name, out RenderedChart? chart))
        {
            return;
        }

        _figure++;
        string caption = L($"図{_figure} ", $"Figure {_figure}. ") + chart.Caption.For(_lang);
        if (chart.RestsOnAssumption)
        {
            caption += L("（仮定）", " (assumption)");
        }

        _blocks.Add(new FigureBlock(chart, caption));
    }

    // ------------------------------------------------------------------ sections

    private void Title()
    {
        H(1, 0);
        RunParameters p = _m.Parameters;
        P(L(
            $"対象：{p.Input}（ノード {N(p.NodeCount)}、エッジ {N(p.EdgeCount)}）。起点：{Name(_m.Reach.Root)}。数値と図表は depgraph {p.ToolVersion} が乱数シード {p.Seed}、モンテカルロ試行 {N(p.Runs)} 回で算出したもので、同じ入力と条件で再現できる（付録B）。",
            $"Input: {p.Input} ({Of(p.NodeCount, "node", "nodes")}, {Of(p.EdgeCount, "edge", "edges")}). Starting point: {Name(_m.Reach.Root)} ({p.Root}). All numbers and charts were computed by depgraph {p.ToolVersion} with seed {p.Seed} and {N(p.Runs)} Monte Carlo runs and can be reproduced with the same input and parameters (Appendix B)."));
        if (_m.Propagation.Available && _m.Propagation.IsAssumption)
        {
            Assumption(L(
                "第4節（障害の波及）の数値と図表、および分野間依存関係の図は、仮定した依存関係行列に基づく。実測や調査の結果ではない。",
                "Section 4 (propagation) and the inter-sector dependency chart rest on an assumed dependency matrix, not on measurements or survey results."));
        }
    }

    private void Overview()
    {
        OverviewSection o = _m.Overview;
        H(2, 1);
        var rows = new List<IReadOnlyList<string>>();
        if (o.SectorCount > 0)
        {
            rows.Add([L("重要インフラ分野", "Critical-infrastructure sectors"), N(o.SectorCount)]);
        }

        rows.Add([_m.Spof.HubLabel == HubKind.Ceptoar ? "CEPTOAR" : HubWord, N(o.Hubs.Count)]);
        if (o.MembersByUnit.Count > 0)
        {
            rows.Add([L("構成員（のべ数、単位別）", "Members (counted per CEPTOAR, by unit)"), Units(o.MembersByUnit)]);
        }

        rows.Add(o.MembersByUnit.Count > 1
            ? [L("構成員の延べ組織数（上の単位の数の和）", "Members, total count over the units above"), N(o.MemberTotal)]
            : [L("構成員の合計", "Members in total"), N(o.MemberTotal)]);
        if (o.ExternalByUnit.Count > 0)
        {
            rows.Add([L("構成員以外の情報展開先", "Recipients outside the membership"), UnitsMarked(o.ExternalByUnit, o.ConditionalExternalByUnit)]);
        }

        rows.Add([L("ノード / エッジ", "Nodes / edges"), $"{N(o.NodeCount)} / {N(o.EdgeCount)}"]);
        rows.Add([L("ノードの種別", "Nodes by kind"), string.Join(L("、", ", "), o.NodesByKind.Select(k => $"{KindName(k.Kind)} {N(k.Count)}"))]);
        Table([L("項目", "Item"), L("値", "Value")], rows);
        if (_m.Provenance.Sources.Count > 0)
        {
            SourceInfo s = _m.Provenance.Sources[0];
            P(L($"出典：{s.Publisher}「{s.Title}」" + (s.Date is null ? "" : $"（{s.Date}）") + "。構成員数は同資料のセプター一覧（2025年3月末日現在）による。",
                $"Source: {s.PublisherEn ?? s.Publisher}, 「{s.Title}」" + (s.TitleEn is null ? "" : $" ({s.TitleEn})") + ((s.DateEn ?? s.Date) is { } d ? $", {d}" : "") + ". Member counts are those of the document's CEPTOAR table (as of the end of March 2025)."));
        }

        const int cap = 60;
        bool hasExternal = o.Hubs.Any(h => h.External.Count > 0);
        H(3, hasExternal ? L($"1.1 {HubWord}別の構成員と情報展開先", $"1.1 Members and outside recipients per {HubWord}") : L($"1.1 {HubWord}別の構成員", $"1.1 Members per {HubWord}"), "s1-1");
        var hubRows = o.Hubs.Take(cap).Select(h => (IReadOnlyList<string>)(hasExternal
            ? [h.Sector is null ? "—" : Name(h.Sector), Name(h.Hub), h.Members.Count > 0 ? Units(h.Members) : N(h.MemberTotal), UnitsMarked(h.External, h.ConditionalExternal)]
            : [h.Sector is null ? "—" : Name(h.Sector), Name(h.Hub), h.Members.Count > 0 ? Units(h.Members) : N(h.MemberTotal)]));
        Table(hasExternal
                ? [Glossary.Sector.Title(_lang), HubWord, Glossary.Members.Title(_lang), L("構成員以外の情報展開先", "Outside recipients")]
                : [Glossary.Sector.Title(_lang), HubWord, Glossary.Members.Title(_lang)],
            hubRows, 2);
        if (o.Hubs.Count > cap)
        {
            Note(L($"上位 {cap} 件のみ示す（全 {N(o.Hubs.Count)} 件）。", $"The first {cap} of {N(o.Hubs.Count)} are shown."));
        }

        if (!o.HasSectors)
        {
            Note(L("この入力ではCEPTOARと分野の所属（belongs_to）が記録されていないため、分野は接続する分野ノードから推定した（なければ「—」）。",
                "This input records no CEPTOAR-to-sector membership (belongs_to); the sector is the sector node linked to the hub, if any (else “—”)."));
        }

        Figure("coverage");
    }
}
