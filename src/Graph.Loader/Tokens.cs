using System.Globalization;
using Depgraph.Core.Model;

namespace Depgraph.Loader;

/// <summary>Allocation-free parsing of the tokens and numbers both CSV paths and the YAML loader share.</summary>
internal static class Tokens
{
    private static readonly (string Token, NodeKind Kind)[] NodeTokens =
        [.. EdgeKinds.AllNodeKinds.Select(k => (k.Token(), k))];

    private static readonly (string Token, EdgeKind Kind)[] EdgeTokens =
        [.. EdgeKinds.AllEdgeKinds.Select(k => (k.Token(), k))];

    public static string NodeKindList { get; } = string.Join(", ", NodeTokens.Select(t => t.Token));

    public static string EdgeKindList { get; } = string.Join(", ", EdgeTokens.Select(t => t.Token));

    /// <summary>A node kind token (case-insensitive, surrounding spaces ignored).</summary>
    public static bool TryNodeKind(ReadOnlySpan<char> s, out NodeKind kind)
    {
        s = s.Trim();
        foreach (var (token, k) in NodeTokens)
            if (s.Equals(token, StringComparison.OrdinalIgnoreCase)) { kind = k; return true; }
        kind = default;
        return false;
    }

    /// <summary>An edge type token, optionally <c>shares_with:provide</c> / <c>shares_with:report</c>.</summary>
    public static bool TryEdgeType(ReadOnlySpan<char> s, out EdgeKind kind, out InfoFlow flow)
    {
        flow = InfoFlow.None;
        foreach (var (token, k) in EdgeTokens) // fast path: the exact lowercase token
            if (s.SequenceEqual(token)) { kind = k; return true; }
        s = s.Trim();
        int colon = s.IndexOf(':');
        var head = colon < 0 ? s : s[..colon];
        foreach (var (token, k) in EdgeTokens)
        {
            if (!head.Equals(token, StringComparison.OrdinalIgnoreCase)) continue;
            kind = k;
            if (colon < 0) return true;
            var tail = s[(colon + 1)..];
            if (k == EdgeKind.SharesWith)
            {
                if (tail.Equals("provide", StringComparison.OrdinalIgnoreCase)) { flow = InfoFlow.Provide; return true; }
                if (tail.Equals("report", StringComparison.OrdinalIgnoreCase)) { flow = InfoFlow.Report; return true; }
            }
            return false;
        }
        kind = default;
        return false;
    }

    /// <summary>An invariant-culture floating-point number.</summary>
    public static bool TryNumber(ReadOnlySpan<char> s, out double value) =>
        double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    /// <summary>
    /// <see cref="TryNumber"/>, the same value, with a shortcut for a plain decimal (ASCII digits with at most one point,
    /// at most 15 digits): its digits as an integer m &lt; 2^53 and its number of decimals k give m / 10^k, where both are
    /// exact doubles, so the one correctly rounded division is the correctly rounded value of the decimal, which is what
    /// <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider?, out double)"/> returns too.
    /// </summary>
    public static bool TryNumberFast(ReadOnlySpan<char> s, out double value)
    {
        if (s.Length is > 0 and <= 16)
        {
            ulong m = 0;
            int digits = 0, point = -1;
            for (int i = 0; i < s.Length; i++)
            {
                uint d = (uint)(s[i] - '0');
                if (d <= 9) { m = m * 10 + d; digits++; }
                else if (s[i] == '.' && point < 0) point = i;
                else return TryNumber(s, out value);
            }
            if (digits is > 0 and <= 15)
            {
                int decimals = point < 0 ? 0 : s.Length - point - 1;
                value = decimals == 0 ? m : m / PowersOfTen[decimals];
                return true;
            }
        }
        return TryNumber(s, out value);
    }

    private static readonly double[] PowersOfTen =
        [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16];

    /// <summary>A finite, non-negative number (hours, strength) no larger than <see cref="ReaderLimits.MaxHours"/>.</summary>
    public static bool IsWeight(double v) => double.IsFinite(v) && v >= 0 && v <= ReaderLimits.MaxHours;

    /// <summary>A probability: a number in [0, 1].</summary>
    public static bool IsProbability(double v) => v is >= 0 and <= 1;

    /// <summary>Short form of a field for messages.</summary>
    public static string Show(ReadOnlySpan<char> s) => s.Length <= 40 ? s.ToString() : string.Concat(s[..40], "…");

    /// <summary>Short form of a possibly null text for messages.</summary>
    public static string Show(string? s) => s is null ? "" : Show(s.AsSpan());
}
