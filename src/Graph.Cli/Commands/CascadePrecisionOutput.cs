using System.Globalization;
using System.Text.Json;
using Depgraph.Analysis.Cascade;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary><c>cascade --precision H</c>: the run count used and the half-width achieved, in every output format.</summary>
internal static class CascadePrecisionOutput
{
    /// <summary>Writes <c>"precision": {target, halfWidth, reached, runs, batches}</c>.</summary>
    public static void WriteJson(Utf8JsonWriter w, PrecisionResult p)
    {
        w.WriteStartObject("precision");
        w.Number("target", p.Target);
        w.Number("halfWidth", p.HalfWidth);
        w.WriteBoolean("reached", p.Reached);
        w.WriteNumber("runs", p.Result.Runs);
        w.WriteStartArray("batches");
        foreach (int n in p.Batches) w.WriteNumberValue(n);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The line printed above the table (and to standard error with CSV), in the reader's language.</summary>
    public static string Line(PrecisionResult p, Language lang)
    {
        bool ja = lang == Language.Japanese;
        string half = p.HalfWidth.ToString("0.00000", CultureInfo.InvariantCulture), target = p.Target.ToString(CultureInfo.InvariantCulture);
        string batches = string.Join(" → ", p.Batches.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)));
        if (ja)
            return p.Reached
                ? $"精度: 95%半幅の最大 {half} < 目標 {target}(runs {p.Result.Runs:N0}、バッチ {batches})"
                : $"精度: 上限 {p.Result.Runs:N0} runs で打ち切り。95%半幅の最大 {half} は目標 {target} に届かない(バッチ {batches}。--max-runs を増やす)";
        return p.Reached
            ? $"precision: largest 95% half-width {half} < target {target} after {p.Result.Runs:N0} runs (batches {batches})"
            : $"precision: stopped at the limit of {p.Result.Runs:N0} runs; largest 95% half-width {half} misses the target {target} (batches {batches}; raise --max-runs)";
    }
}
