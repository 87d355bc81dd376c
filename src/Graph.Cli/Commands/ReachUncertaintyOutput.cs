using System.Globalization;
using Depgraph.Analysis.Summary;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary>
/// <c>reach --uncertainty</c>: per reached node the arrival hours at the written delays and the 5–95 % interval over
/// the assumed delay ranges, and for <c>--to</c> the hours until every target is reached, as a table, JSON, CSV or xlsx.
/// </summary>
internal static class ReachUncertaintyOutput
{
    private static List<int> Reached(CompactGraph g, ReachUncertaintyResult r) =>
        Enumerable.Range(0, g.NodeCount).Where(v => double.IsFinite(r.Nodes[v].Central))
            .OrderBy(v => r.Nodes[v].Central).ThenBy(g.Id, StringComparer.Ordinal).ToList();

    public static void Write(TextWriter o, OutputFormat f, CompactGraph g, EdgeLayer layer, ReachUncertaintyResult r, string? selector, Language lang, ResultBasis basis)
    {
        var reached = Reached(g, r);
        if (f == OutputFormat.Json) { WriteJson(o, g, layer, r, reached, selector, basis); return; }
        if (f == OutputFormat.Csv)
        {
            o.WriteLine("id,name,arrivalHours,interval90_low,interval90_high");
            foreach (var v in reached)
                o.WriteLine($"{Csv.Field(g.Id(v))},{Csv.Field(g.Label(v, lang))},{R(r.Nodes[v].Central)},{R(r.Nodes[v].Interval90.Low)},{R(r.Nodes[v].Interval90.High)}");
            return;
        }
        bool ja = lang == Language.Japanese;
        o.WriteLine(Heading(g, layer, r, lang));
        o.WriteLine($"{(ja ? "根拠(使用したエッジの数値)" : "basis (numbers of the edges used)")}: {basis.Describe()}");
        o.WriteLine(ParameterNote(r, lang));
        if (r.Targets is { } t && selector is not null) o.WriteLine(TargetLine(t, selector, lang));
        o.WriteLine();
        var table = new TextTable(ja ? "名称" : "name", "id", ja ? "到達(時間、設定値)" : "arrival (h, written values)", ja ? "90%区間(時間)" : "90% interval (h)").AlignRight(2, 3);
        foreach (var v in reached.Take(200))
            table.Add(g.Label(v, lang), g.Id(v), H(r.Nodes[v].Central), $"{H(r.Nodes[v].Interval90.Low)}–{H(r.Nodes[v].Interval90.High)}");
        table.Write(o);
        if (reached.Count > 200) o.WriteLine($"… {reached.Count - 200:N0} {(ja ? "件省略(--format json で全件)" : "more (use --format json for all)")}");
    }

    public static IEnumerable<XlsxTables.Sheet> Sheets(CompactGraph g, EdgeLayer layer, ReachUncertaintyResult r, string? selector, Language lang)
    {
        bool ja = lang == Language.Japanese;
        var s = new XlsxTables.Sheet(ja ? "到達時間の幅" : "arrival interval", ja ? "到達時間と不確実性の幅" : "Arrival hours with their uncertainty")
            .Note(Heading(g, layer, r, lang)).Note(XlsxTables.BasisNote(g, lang)).Note(ParameterNote(r, lang));
        if (r.Targets is { } t && selector is not null) s.Note(TargetLine(t, selector, lang));
        s.Headers(ja ? "名称" : "name", "id", ja ? "到達(時間、設定値)" : "arrival (h, written values)", ja ? "90%区間 下限(時間)" : "90% interval low (h)",
            ja ? "90%区間 上限(時間)" : "90% interval high (h)");
        foreach (var v in Reached(g, r)) s.Row(g.Label(v, lang), g.Id(v), r.Nodes[v].Central, r.Nodes[v].Interval90.Low, r.Nodes[v].Interval90.High);
        return [s];
    }

    /// <summary>"all 金融 members reached within 9–16 h (written values: 12 h)".</summary>
    public static string TargetLine(ArrivalUncertainty t, string selector, Language lang)
    {
        bool ja = lang == Language.Japanese;
        if (!double.IsFinite(t.Central)) return ja ? $"宛先 {selector}: 全ては到達しない" : $"targets {selector}: not all are reached";
        return ja
            ? $"宛先 {selector}: 全て到達するまで {H(t.Interval90.Low)}–{H(t.Interval90.High)} 時間(90%区間、設定値では {H(t.Central)} 時間)"
            : $"targets {selector}: all reached within {H(t.Interval90.Low)}–{H(t.Interval90.High)} h (90% interval; {H(t.Central)} h at the written values)";
    }

    private static void WriteJson(TextWriter o, CompactGraph g, EdgeLayer layer, ReachUncertaintyResult r, List<int> reached, string? selector, ResultBasis basis) => Json.Write(o, w =>
    {
        w.WriteStartObject();
        w.WriteString("layer", layer.Name);
        w.Strings("sources", r.Sources.Select(g.Id));
        w.WriteStartObject("uncertainty");
        w.WriteString("sampling", "latin_hypercube");
        w.WriteNumber("samples", r.Samples);
        w.WriteNumber("seed", r.Seed);
        w.WriteNumber("parameters", r.Space.Count);
        w.WriteEndObject();
        w.WriteStartArray("reached");
        foreach (var v in reached)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id(v));
            w.Number("arrivalHours", r.Nodes[v].Central);
            UncertaintyJson.Pair(w, "interval90", r.Nodes[v].Interval90.Low, r.Nodes[v].Interval90.High);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (r.Targets is { } t && selector is not null)
        {
            w.WriteStartObject("targets");
            w.WriteString("selector", selector);
            w.Number("allReachedHours", t.Central);
            UncertaintyJson.Pair(w, "interval90", t.Interval90.Low, t.Interval90.High);
            w.WriteEndObject();
        }
        w.WriteStartArray("parameters");
        foreach (var p in r.Space.Parameters)
        {
            w.WriteStartObject();
            w.WriteString("name", p.Name);
            w.WriteString("parameter", CascadeUncertaintyOutput.Param(p.Parameter));
            UncertaintyJson.Pair(w, "range", p.Range.Distribution.Low, p.Range.Distribution.High);
            w.WriteNumber("edges", p.EdgeIds.Length);
            if (p.Range.Reason.Length > 0) w.WriteString("reason", p.Range.Reason);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteString("basis", basis.Weakest.Token());
        w.WriteEndObject();
    });

    private static string Heading(CompactGraph g, EdgeLayer layer, ReachUncertaintyResult r, Language lang)
    {
        bool ja = lang == Language.Japanese;
        return $"{(ja ? "起点" : "from")}: {string.Join(", ", r.Sources.Select(v => $"{g.Label(v, lang)} ({g.Id(v)})"))}   " +
            $"{(ja ? "不確実性" : "uncertainty")}: Latin hypercube {r.Samples:N0} {(ja ? "組" : "sets")}   seed {r.Seed}   {(ja ? "レイヤー" : "layer")}: {layer.Name}";
    }

    private static string ParameterNote(ReachUncertaintyResult r, Language lang)
    {
        bool ja = lang == Language.Japanese;
        int k = r.Space.Count;
        if (k == 0) return ja ? "変動させた仮定: なし(範囲のある遅延がない。区間は設定値のみ)" : "assumptions varied: none (no delay has a range; the interval is the written value)";
        return ja ? $"変動させた仮定: 遅延 {k} 個(根拠が仮定・シナリオ・入力のエッジのみ。証拠・調査の値は固定)"
            : $"assumptions varied: {k} delays (edges whose basis is assumption, scenario or input; evidence and survey values are fixed)";
    }

    private static string H(double x) => double.IsFinite(x) ? x.ToString("0.##", CultureInfo.InvariantCulture) : "-";

    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
