using System.Globalization;
using Depgraph.Analysis.Cascade;
using Depgraph.Analysis.Uncertainty;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary>
/// <c>cascade --uncertainty</c>: per node the failure probability at the written values, its 5–95 % interval over the
/// assumed ranges and the Monte Carlo error, as a table (Japanese/English), JSON, CSV or xlsx.
/// </summary>
internal static class CascadeUncertaintyOutput
{
    /// <summary>The nodes listed: those that can fail, most likely first (then by id).</summary>
    public static List<NodeUncertainty> Listed(CompactGraph g, CascadeUncertaintyResult r) =>
        r.Nodes.Where(x => x.Central > 0 || x.Interval90.High > 0)
            .OrderByDescending(x => x.Central).ThenByDescending(x => x.Interval90.High).ThenBy(x => g.Id(x.Vertex), StringComparer.Ordinal).ToList();

    public static void Write(TextWriter o, OutputFormat f, CompactGraph g, EdgeLayer layer, CascadeUncertaintyResult r, Language lang, bool assumed)
    {
        var nodes = Listed(g, r);
        if (f == OutputFormat.Json) { WriteJson(o, g, layer, r, nodes, assumed); return; }
        if (f == OutputFormat.Csv)
        {
            o.WriteLine("id,name,central,interval90_low,interval90_high,mean,monte_carlo_error");
            foreach (var x in nodes)
                o.WriteLine($"{Csv.Field(g.Id(x.Vertex))},{Csv.Field(g.Label(x.Vertex, lang))},{R(x.Central)},{R(x.Interval90.Low)},{R(x.Interval90.High)},{R(x.Mean)},{R(x.MonteCarloError)}");
            return;
        }
        bool ja = lang == Language.Japanese;
        o.WriteLine(Heading(layer, r, lang));
        if (assumed) o.WriteLine(AssumptionLabel.TableLine(lang));
        o.WriteLine(ParameterNote(r, lang));
        var t = new TextTable(ja ? "名称" : "name", "id", ja ? "障害確率(設定値)" : "failure probability (written values)",
            ja ? "90%区間(仮定の幅)" : "90% interval (assumed ranges)", ja ? "MC誤差(95%)" : "MC error (95%)").AlignRight(2, 3, 4);
        foreach (var x in nodes.Take(200))
            t.Add(g.Label(x.Vertex, lang), g.Id(x.Vertex), P3(x.Central), $"{P3(x.Interval90.Low)}–{P3(x.Interval90.High)}", "±" + P3(1.96 * x.MonteCarloError));
        t.Write(o);
        if (nodes.Count > 200) o.WriteLine($"… {nodes.Count - 200:N0} {(ja ? "件省略(--format json で全件)" : "more (use --format json for all)")}");
    }

    /// <summary>The sheets of <c>cascade --uncertainty --format xlsx</c>: the nodes, then the varied parameters.</summary>
    public static IEnumerable<XlsxTables.Sheet> Sheets(CompactGraph g, EdgeLayer layer, CascadeUncertaintyResult r, Language lang)
    {
        bool ja = lang == Language.Japanese;
        string head = Heading(layer, r, lang), basis = XlsxTables.BasisNote(g, lang, IndependentCascade.ParametersRead), par = ParameterNote(r, lang);
        var nodes = new XlsxTables.Sheet(ja ? "障害確率の幅" : "failure probability", ja ? "障害確率と不確実性の幅" : "Failure probability with its uncertainty")
            .Note(head).Note(basis).Note(par)
            .Headers(ja ? "名称" : "name", "id", ja ? "障害確率(設定値)" : "failure probability (written values)", ja ? "90%区間 下限" : "90% interval low",
                ja ? "90%区間 上限" : "90% interval high", ja ? "平均" : "mean", ja ? "MC標準誤差" : "MC standard error");
        foreach (var x in Listed(g, r)) nodes.Row(g.Label(x.Vertex, lang), g.Id(x.Vertex), x.Central, x.Interval90.Low, x.Interval90.High, x.Mean, x.MonteCarloError);
        var ps = new XlsxTables.Sheet(ja ? "仮定の幅" : "ranges", ja ? "変動させた仮定" : "Assumptions varied").Note(head)
            .Headers(ja ? "依存する側" : "source", ja ? "依存される側" : "target", ja ? "種別" : "type", ja ? "パラメータ" : "parameter",
                ja ? "下限" : "low", ja ? "上限" : "high", ja ? "設定値" : "written value", ja ? "分布" : "distribution", ja ? "幅の理由" : "reason");
        foreach (var p in r.Space.Parameters)
            foreach (var x in p.Ranges)
                ps.Row(x.Source, x.Target, x.Kind.Token(), Param(x.Parameter), x.Distribution.Low, x.Distribution.High, x.Distribution.Central,
                    Shape(x.Distribution.Shape), x.Reason);
        return [nodes, ps];
    }

    private static void WriteJson(TextWriter o, CompactGraph g, EdgeLayer layer, CascadeUncertaintyResult r, List<NodeUncertainty> nodes, bool assumed) => Json.Write(o, w =>
    {
        w.WriteStartObject();
        w.WriteString("layer", layer.Name);
        w.WriteString("model", "independent_cascade");
        w.Strings("sources", r.Sources.Select(g.Id));
        w.WriteStartObject("uncertainty");
        w.WriteString("sampling", "latin_hypercube");
        w.WriteNumber("samples", r.Options.Samples);
        w.WriteNumber("runs", r.Runs);
        w.WriteNumber("seed", r.Options.Seed);
        w.WriteEndObject();
        w.WriteStartArray("nodes");
        foreach (var x in nodes)
        {
            w.WriteStartObject();
            w.WriteString("id", g.Id(x.Vertex));
            w.Number("central", x.Central);
            UncertaintyJson.Pair(w, "interval90", x.Interval90.Low, x.Interval90.High);
            w.Number("mean", x.Mean);
            w.Number("monteCarloError", x.MonteCarloError);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("parameters");
        foreach (var p in r.Space.Parameters)
            foreach (var x in p.Ranges)
            {
                w.WriteStartObject();
                UncertaintyJson.Edge(w, x.Source, x.Target, x.Kind.Token());
                w.WriteString("parameter", Param(x.Parameter));
                UncertaintyJson.Pair(w, "range", x.Distribution.Low, x.Distribution.High);
                w.Number("central", x.Distribution.Central);
                w.WriteString("distribution", Shape(x.Distribution.Shape));
                if (x.Reason.Length > 0) w.WriteString("reason", x.Reason);
                w.WriteEndObject();
            }
        w.WriteEndArray();
        if (assumed) w.WriteString("basis", AssumptionLabel.Basis);
        w.WriteEndObject();
    });

    private static string Heading(EdgeLayer layer, CascadeUncertaintyResult r, Language lang)
    {
        bool ja = lang == Language.Japanese;
        return $"{(ja ? "モデル" : "model")}: independent cascade (Kempe, Kleinberg, Tardos 2003)   {(ja ? "不確実性" : "uncertainty")}: Latin hypercube " +
            $"{r.Options.Samples:N0} {(ja ? "組" : "sets")} × runs {r.Runs:N0}   seed {r.Options.Seed}   {(ja ? "レイヤー" : "layer")}: {layer.Name}";
    }

    private static string ParameterNote(CascadeUncertaintyResult r, Language lang)
    {
        bool ja = lang == Language.Japanese;
        int k = r.Space.Count;
        if (k == 0)
            return ja ? "変動させた仮定: なし(範囲のある確率がない。区間は設定値のみ)" : "assumptions varied: none (no probability has a range; the interval is the written value)";
        return ja
            ? $"変動させた仮定: 確率 {k} 個(根拠が仮定・シナリオ・入力のエッジのみ。証拠・調査の値は固定)。90%区間は仮定の幅による広がり、MC誤差は設定値での推定の標本誤差"
            : $"assumptions varied: {k} probabilities (edges whose basis is assumption, scenario or input; evidence and survey values are fixed). " +
              "The 90% interval is the spread the assumed ranges cause; the MC error is the sampling error of the estimate at the written values";
    }

    internal static string Param(EdgeParameter p) => p.ToString().ToLowerInvariant();

    internal static string Shape(RangeDistribution d) => d == RangeDistribution.Triangular ? "triangular" : "uniform";

    private static string P3(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    private static string R(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
