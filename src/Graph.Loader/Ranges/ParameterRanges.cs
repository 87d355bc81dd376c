using System.Collections.Immutable;
using System.Globalization;
using nietras.SeparatedValues;

namespace Depgraph.Loader.Ranges;

/// <summary>
/// Optional range columns on edge rows (the uncertainty of assumed values): parsed, checked and stored as edge
/// attributes <c>probability_low</c>, <c>probability_high</c>, <c>weight_low</c>, <c>weight_high</c>,
/// <c>strength_low</c>, <c>strength_high</c>, <c>distribution</c>, <c>range_reason</c> and <c>range_reason_ja</c> (numbers
/// in invariant round-trip form), which <c>Depgraph.Analysis.Uncertainty.DatasetRanges</c> reads back. The same optional
/// columns carry <c>reason_ja</c>, the Japanese twin of a row's <c>reason</c> (stored as attribute <c>reason_ja</c> until
/// the reader takes it into the row's provenance).
/// </summary>
/// <remarks>
/// <para>The columns follow the file's fixed columns, in any order, each at most once. A value without both ends
/// is fixed. Errors (file and line): low &gt; high (<c>bad-value</c>), a probability or strength range outside
/// [0, 1] (<c>bad-probability</c>), a negative or non-numeric delay (<c>bad-weight</c>), one end without the other,
/// the written value outside its range, or a distribution other than <c>uniform</c> / <c>triangular</c>
/// (<c>bad-value</c>).</para>
/// </remarks>
internal sealed class ParameterRanges
{
    /// <summary>Attribute names written on edges.</summary>
    public const string ProbabilityLow = "probability_low", ProbabilityHigh = "probability_high",
        WeightLow = "weight_low", WeightHigh = "weight_high", StrengthLow = "strength_low", StrengthHigh = "strength_high",
        Distribution = "distribution", RangeReason = "range_reason", RangeReasonJa = "range_reason_ja",
        ReasonJa = "reason_ja";

    /// <summary>
    /// Attribute names of the optional per-parameter basis columns of <c>dependencies.csv</c>: what the probability and
    /// the hours of a row rest on when it differs from the row's <c>basis</c> (<c>assumption</c> or <c>survey</c>), e.g.
    /// a surveyed strength whose probability is still the assumed one.
    /// </summary>
    public const string ProbabilityBasis = ParameterBasisColumns.Probability, HoursBasis = ParameterBasisColumns.Hours;

    private static readonly Dictionary<string, string> ColumnToAttribute = new(StringComparer.OrdinalIgnoreCase)
    {
        ["probability_low"] = ProbabilityLow, ["probability_high"] = ProbabilityHigh,
        ["weight_low"] = WeightLow, ["weight_high"] = WeightHigh,
        ["time_to_impact_hours_low"] = WeightLow, ["time_to_impact_hours_high"] = WeightHigh,
        ["delay_hours_low"] = WeightLow, ["delay_hours_high"] = WeightHigh,
        ["strength_low"] = StrengthLow, ["strength_high"] = StrengthHigh,
        ["distribution"] = Distribution, ["range_reason"] = RangeReason, ["range_reason_ja"] = RangeReasonJa,
        ["reason_ja"] = ReasonJa,
        [ProbabilityBasis] = ProbabilityBasis, [HoursBasis] = HoursBasis,
    };

    private readonly (int Column, string Attribute)[] _columns;

    private ParameterRanges((int, string)[] columns) => _columns = columns;

    /// <summary>No range columns.</summary>
    public static ParameterRanges None { get; } = new([]);

    /// <summary>Number of range columns.</summary>
    public int Count => _columns.Length;

    /// <summary>The column names accepted after the fixed ones.</summary>
    public static string Known => string.Join(", ", ColumnToAttribute.Keys);

    /// <summary>
    /// Checks a header: the fixed <paramref name="expected"/> columns exactly, then optional range columns.
    /// Reports <c>bad-header</c> and returns false otherwise.
    /// </summary>
    public static bool CheckHeader(SepReader.Row row, string[] expected, string file, IssueCollector issues, out ParameterRanges ranges, bool allowWeight = true,
        bool allowBases = false)
    {
        ranges = None;
        bool ok = row.ColCount >= expected.Length;
        for (int i = 0; ok && i < expected.Length; i++)
        {
            var name = row[i].Span.Trim();
            if (i == 0 && name.Length > 0 && name[0] == '\uFEFF') name = name[1..];
            ok = name.Equals(expected[i], StringComparison.OrdinalIgnoreCase);
        }
        if (!ok)
        {
            issues.Error(file, 1, IssueCodes.BadHeader,
                $"the header is '{Tokens.Show(row.Span)}'; it must start with exactly '{string.Join(',', expected)}' (optional range columns may follow: {Known}).");
            return false;
        }
        var cols = new List<(int, string)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = expected.Length; i < row.ColCount; i++)
        {
            var name = row[i].Span.Trim().ToString();
            if (!ColumnToAttribute.TryGetValue(name, out var attr) || (!allowWeight && attr is WeightLow or WeightHigh)
                || (!allowBases && attr is ProbabilityBasis or HoursBasis) || !seen.Add(attr))
            {
                issues.Error(file, 1, IssueCodes.BadHeader,
                    $"column '{Tokens.Show(name)}' is {(seen.Contains(attr ?? "") ? "repeated" : "not a range column")}; after '{string.Join(',', expected)}' only these may follow, once each: {Known}.");
                return false;
            }
            cols.Add((i, attr));
        }
        ranges = new ParameterRanges([.. cols]);
        return true;
    }

    /// <summary>
    /// Reads the range cells of a row, checks them against the row's written values and adds the attributes;
    /// returns false (after reporting) when a cell is wrong.
    /// </summary>
    public bool ReadRow(SepReader.Row row, string file, int line, IssueCollector issues, double probability, double weight, double strength,
        ImmutableSortedDictionary<string, string>.Builder attributes)
    {
        if (_columns.Length == 0) return true;
        var text = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (col, attr) in _columns)
        {
            var v = col < row.ColCount ? row[col].Span.Trim().ToString() : "";
            if (v.Length > 0) text[attr] = v;
        }
        bool ok = true;
        ok &= Pair(text, ProbabilityLow, ProbabilityHigh, probability, unitInterval: true, "probability", file, line, issues, attributes);
        ok &= Pair(text, StrengthLow, StrengthHigh, strength, unitInterval: true, "strength", file, line, issues, attributes);
        ok &= Pair(text, WeightLow, WeightHigh, weight, unitInterval: false, "delay (hours)", file, line, issues, attributes);
        if (text.TryGetValue(Distribution, out var d))
        {
            var dl = d.ToLowerInvariant();
            if (dl is not ("uniform" or "triangular"))
            {
                issues.Error(file, line, IssueCodes.BadValue, $"distribution '{Tokens.Show(d)}' is not known; use uniform (the default) or triangular (mode = the written value).");
                ok = false;
            }
            else attributes[Distribution] = dl;
        }
        foreach (var key in new[] { ProbabilityBasis, HoursBasis })
        {
            if (!text.TryGetValue(key, out var b)) continue;
            if (b is "assumption" or "survey") attributes[key] = b;
            else
            {
                issues.Error(file, line, IssueCodes.BadValue, $"{key} '{Tokens.Show(b)}' must be 'assumption' or 'survey' (or empty: the row's basis).");
                ok = false;
            }
        }
        if (text.TryGetValue(RangeReason, out var reason)) attributes[RangeReason] = reason;
        if (text.TryGetValue(RangeReasonJa, out var reasonJa)) attributes[RangeReasonJa] = reasonJa;
        if (text.TryGetValue(ReasonJa, out var rowReasonJa)) attributes[ReasonJa] = rowReasonJa;
        return ok;
    }

    private static bool Pair(Dictionary<string, string> text, string lowKey, string highKey, double central, bool unitInterval, string what,
        string file, int line, IssueCollector issues, ImmutableSortedDictionary<string, string>.Builder attributes)
    {
        bool hasLow = text.TryGetValue(lowKey, out var lowText), hasHigh = text.TryGetValue(highKey, out var highText);
        if (!hasLow && !hasHigh) return true;
        if (hasLow != hasHigh)
        {
            issues.Error(file, line, IssueCodes.BadValue, $"{(hasLow ? lowKey : highKey)} is given without {(hasLow ? highKey : lowKey)}; give both ends of the {what} range or neither (a value without a range is fixed).");
            return false;
        }
        string code = unitInterval ? IssueCodes.BadProbability : IssueCodes.BadWeight;
        if (!Tokens.TryNumber(lowText, out double low) || !Tokens.TryNumber(highText, out double high) || !double.IsFinite(low) || !double.IsFinite(high))
        {
            issues.Error(file, line, code, $"{what} range '{Tokens.Show(lowText)}'..'{Tokens.Show(highText)}' must be two numbers.");
            return false;
        }
        if (low > high)
        {
            issues.Error(file, line, IssueCodes.BadValue, $"{lowKey} {Show(low)} is above {highKey} {Show(high)}; swap them.");
            return false;
        }
        if (unitInterval && (low < 0 || high > 1))
        {
            issues.Error(file, line, code, $"{what} range [{Show(low)}, {Show(high)}] must lie in [0, 1].");
            return false;
        }
        if (!unitInterval && low < 0)
        {
            issues.Error(file, line, code, $"{what} range [{Show(low)}, {Show(high)}] cannot start below 0 hours.");
            return false;
        }
        if (central < low || central > high)
        {
            issues.Error(file, line, IssueCodes.BadValue, $"the written {what} {Show(central)} lies outside its range [{Show(low)}, {Show(high)}]; widen the range or correct the value.");
            return false;
        }
        attributes[lowKey] = Show(low);
        attributes[highKey] = Show(high);
        return true;
    }

    private static string Show(double x) => x.ToString("R", CultureInfo.InvariantCulture);
}
