using System.Collections.Immutable;
using System.Globalization;

namespace Depgraph.Loader.Ranges;

/// <summary>
/// The range of an assumed default in <c>defaults.yaml</c> (a channel's delay and delivery probability, or the
/// dependency defaults): written onto every edge that takes the default, as the attributes
/// <see cref="ParameterRanges"/> defines, so <c>Depgraph.Analysis.Uncertainty.DatasetRanges</c> varies it.
/// </summary>
/// <param name="DelayLow">Lowest delay (hours), or null when the delay is fixed.</param>
/// <param name="DelayHigh">Highest delay (hours).</param>
/// <param name="ProbabilityLow">Lowest probability, or null when it is fixed.</param>
/// <param name="ProbabilityHigh">Highest probability.</param>
/// <param name="Distribution"><c>uniform</c> or <c>triangular</c> (mode = the written value).</param>
/// <param name="Reason">Why the range is what it is.</param>
/// <param name="ReasonJa">The same in Japanese (<c>range_reason_ja</c>), or empty.</param>
internal sealed record DefaultRange(double? DelayLow, double? DelayHigh, double? ProbabilityLow, double? ProbabilityHigh, string Distribution, string Reason, string ReasonJa = "")
{
    /// <summary>Attribute naming the group of edges that move together (one channel set, or the dependency defaults).</summary>
    public const string Group = "range_group";

    /// <summary>
    /// Checks the range fields read for one entry against its written values (reporting with file and line) and returns
    /// the range, or null when it has none or is wrong. Negative delays and probabilities outside [0, 1] are reported by
    /// the number reader before this.
    /// </summary>
    public static DefaultRange? Check(string file, int line, string who, double delay, double probability, double? delayLow, double? delayHigh,
        double? probabilityLow, double? probabilityHigh, (string Text, int Line)? distribution, string? reason, IssueCollector issues, string? reasonJa = null)
    {
        bool ok = Pair(file, line, who, "delay_hours", delay, delayLow, delayHigh, issues)
            & Pair(file, line, who, "probability", probability, probabilityLow, probabilityHigh, issues);
        string shape = "uniform";
        if (distribution is { } d)
        {
            shape = d.Text.Trim().ToLowerInvariant();
            if (shape is not ("uniform" or "triangular"))
            {
                issues.Error(file, d.Line, IssueCodes.BadValue, $"{who}: distribution '{Tokens.Show(d.Text)}' is not known; use uniform (the default) or triangular (mode = the written value).");
                ok = false;
            }
        }
        if (!ok || (delayLow is null && probabilityLow is null)) return null;
        return new DefaultRange(delayLow, delayHigh, probabilityLow, probabilityHigh, shape, reason ?? "", reasonJa ?? "");
    }

    private static bool Pair(string file, int line, string who, string what, double central, double? low, double? high, IssueCollector issues)
    {
        if (low is null && high is null) return true;
        if (low is null || high is null)
        {
            issues.Error(file, line, IssueCodes.BadValue, $"{who}: {what}_{(low is null ? "high" : "low")} is given without {what}_{(low is null ? "low" : "high")}; give both ends or neither (a value without a range is fixed).");
            return false;
        }
        if (low > high)
        {
            issues.Error(file, line, IssueCodes.BadValue, $"{who}: {what}_low {Show(low.Value)} is above {what}_high {Show(high.Value)}; swap them.");
            return false;
        }
        if (central < low || central > high)
        {
            issues.Error(file, line, IssueCodes.BadValue, $"{who}: the written {what} {Show(central)} lies outside its range [{Show(low.Value)}, {Show(high.Value)}]; widen the range or correct the value.");
            return false;
        }
        return true;
    }

    /// <summary>
    /// Writes the range of an edge that takes its delay and/or probability from <paramref name="ranges"/> (one per channel
    /// used; for several channels the delay is the fastest channel's and the probability 1 − Π(1 − p), so the ends combine
    /// the same way). A value the edge writes itself, or that some channel leaves fixed, gets no range.
    /// </summary>
    public static void WriteOnEdge(IReadOnlyList<DefaultRange?> ranges, bool delayDefaulted, bool probabilityDefaulted, string group,
        ImmutableSortedDictionary<string, string>.Builder attributes)
    {
        if (ranges.Count == 0 || ranges.Any(r => r is null)) return;
        bool any = false;
        if (delayDefaulted && ranges.All(r => r!.DelayLow is not null))
        {
            attributes[ParameterRanges.WeightLow] = Show(ranges.Min(r => r!.DelayLow!.Value));
            attributes[ParameterRanges.WeightHigh] = Show(ranges.Min(r => r!.DelayHigh!.Value));
            any = true;
        }
        if (probabilityDefaulted && ranges.All(r => r!.ProbabilityLow is not null))
        {
            double missLow = 1, missHigh = 1;
            foreach (var r in ranges) { missLow *= 1 - r!.ProbabilityLow!.Value; missHigh *= 1 - r.ProbabilityHigh!.Value; }
            attributes[ParameterRanges.ProbabilityLow] = Show(1 - missLow);
            attributes[ParameterRanges.ProbabilityHigh] = Show(1 - missHigh);
            any = true;
        }
        if (!any) return;
        attributes[ParameterRanges.Distribution] = ranges.Count == 1 ? ranges[0]!.Distribution : "uniform";
        attributes[ParameterRanges.RangeReason] = string.Join(" / ", ranges.Select(r => r!.Reason).Where(x => x.Length > 0).Distinct());
        var japanese = string.Join(" / ", ranges.Select(r => r!.ReasonJa).Where(x => x.Length > 0).Distinct());
        if (japanese.Length > 0) attributes[ParameterRanges.RangeReasonJa] = japanese;
        attributes[Group] = group;
    }

    /// <summary>
    /// Writes the range of <c>dependency_defaults</c> onto a <c>dependencies.csv</c> row that leaves its probability and/or
    /// time to impact empty (so takes them from <c>defaults.yaml</c>): such a value is as uncertain as the default it takes.
    /// A value the row writes is fixed unless the row gives its own range. When the row writes no range of its own, the
    /// defaulted values join the group <c>dependency_defaults</c> (every such row moves with the default, with its
    /// distribution and reason); when it writes a range for another value, the defaulted one gets the default's ends as a
    /// parameter of its own (the row's <c>distribution</c> and reason stay the row's).
    /// </summary>
    /// <param name="range">The range of <c>dependency_defaults</c>, or null when it has none (the default is then fixed).</param>
    /// <param name="delayDefaulted">The row leaves <c>time_to_impact_hours</c> empty.</param>
    /// <param name="probabilityDefaulted">The row leaves <c>probability</c> empty.</param>
    /// <param name="attributes">The row's attributes, with any range columns it wrote.</param>
    public static void WriteOnDependencyRow(DefaultRange? range, bool delayDefaulted, bool probabilityDefaulted,
        ImmutableSortedDictionary<string, string>.Builder attributes)
    {
        if (range is null) return;
        delayDefaulted &= !attributes.ContainsKey(ParameterRanges.WeightLow);
        probabilityDefaulted &= !attributes.ContainsKey(ParameterRanges.ProbabilityLow);
        if (!delayDefaulted && !probabilityDefaulted) return;
        bool own = attributes.ContainsKey(ParameterRanges.WeightLow) || attributes.ContainsKey(ParameterRanges.ProbabilityLow)
            || attributes.ContainsKey(ParameterRanges.StrengthLow);
        bool any = false;
        if (delayDefaulted && range.DelayLow is { } dl)
        {
            attributes[ParameterRanges.WeightLow] = Show(dl);
            attributes[ParameterRanges.WeightHigh] = Show(range.DelayHigh!.Value);
            any = true;
        }
        if (probabilityDefaulted && range.ProbabilityLow is { } pl)
        {
            attributes[ParameterRanges.ProbabilityLow] = Show(pl);
            attributes[ParameterRanges.ProbabilityHigh] = Show(range.ProbabilityHigh!.Value);
            any = true;
        }
        if (!any || own) return;
        attributes[ParameterRanges.Distribution] = range.Distribution;
        if (range.Reason.Length > 0) attributes[ParameterRanges.RangeReason] = range.Reason;
        if (range.ReasonJa.Length > 0) attributes[ParameterRanges.RangeReasonJa] = range.ReasonJa;
        attributes[Group] = DependencyGroup;
    }

    /// <summary>The group of the edges that take <c>dependency_defaults</c>.</summary>
    public const string DependencyGroup = "dependency_defaults";

    private static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
