using System.Globalization;

using Depgraph.Reporting.Report;

namespace Depgraph.Reporting;

/// <summary>
/// The digits rule for every printed Monte Carlo estimate: a number is printed with no more digits than its 95 % interval
/// supports, i.e. the half-width of the interval is below one unit of the last printed digit. The one formatting helper
/// for cascade probabilities (report tables, captions and charts); callers pass the largest half-width of the values
/// they print together, so a table has one number of digits.
/// </summary>
/// <remarks>
/// <para><b>Rule.</b> For a half-width h (in the unit printed, e.g. percentage points) the number of decimals d is the
/// largest d ≤ <c>maxDecimals</c> with 10^−d &gt; h; d may be negative (−1: round to tens, 80 %). Example: 1,000 runs at
/// p ≈ 0.8 give h ≈ 2.5 points, so a probability prints as 「80%」; 10,000 runs give h ≈ 0.8 points, 「79%」; 100,000 runs
/// h ≈ 0.25 points, still whole percent; 0.1 % needs h &lt; 0.1 points (≈ 60,000 runs at p = 0.5 … always check the data).</para>
/// <para><b>Half-width.</b> Of the Wilson score interval (<see cref="WilsonInterval"/>): (high − low) / 2.</para>
/// </remarks>
public static class PrintedPrecision
{
    /// <summary>Most decimals printed for a percentage (0.1 %).</summary>
    public const int MaxPercentDecimals = 1;

    /// <summary>Fewest decimals: −1 rounds to tens.</summary>
    public const int MinDecimals = -1;

    /// <summary>The decimals whose last digit is larger than <paramref name="halfWidth"/>.</summary>
    /// <param name="halfWidth">The largest 95 % half-width of the values printed together, in the printed unit (≥ 0).</param>
    /// <param name="maxDecimals">Most decimals wanted.</param>
    /// <returns>Decimals in [<see cref="MinDecimals"/>, <paramref name="maxDecimals"/>].</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="halfWidth"/> is negative or not finite.</exception>
    public static int Decimals(double halfWidth, int maxDecimals = MaxPercentDecimals)
    {
        if (!(halfWidth >= 0) || double.IsInfinity(halfWidth))
        {
            throw new ArgumentOutOfRangeException(nameof(halfWidth), halfWidth, "the half-width must be a finite number ≥ 0.");
        }

        int d = maxDecimals;
        while (d > MinDecimals && Math.Pow(10, -d) <= halfWidth)
        {
            d--;
        }

        return d;
    }

    /// <summary>The decimals for percentages of shares whose intervals are given as (low, high) shares.</summary>
    /// <param name="intervals">The 95 % intervals (shares, 0–1) of the values printed together.</param>
    /// <returns>Decimals for <see cref="Percent"/>.</returns>
    public static int PercentDecimals(IEnumerable<(double Low, double High)> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        return Decimals(MaxHalfWidthPoints(intervals));
    }

    /// <summary>The largest half-width, in percentage points, of intervals given as shares (0 when there are none).</summary>
    /// <param name="intervals">The intervals (shares, 0–1).</param>
    /// <returns>The half-width in points.</returns>
    public static double MaxHalfWidthPoints(IEnumerable<(double Low, double High)> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        return intervals.Select(i => (i.High - i.Low) / 2 * 100).DefaultIfEmpty(0).Max();
    }

    /// <summary>A number with <paramref name="decimals"/> decimals (negative: rounded to 10^−decimals), invariant culture.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The decimals from <see cref="Decimals"/>.</param>
    /// <returns>The text, e.g. 「79」, 「79.4」, 「80」.</returns>
    public static string Format(double value, int decimals)
    {
        if (decimals >= 0)
        {
            return value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        }

        double unit = Math.Pow(10, -decimals);
        return (Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit).ToString("0", CultureInfo.InvariantCulture);
    }

    /// <summary>A share as a percentage with <paramref name="decimals"/> decimals: 0.794 → 「79%」 (0), 「79.4%」 (1), 「80%」 (−1).</summary>
    /// <param name="share">The share, 0–1.</param>
    /// <param name="decimals">The decimals from <see cref="PercentDecimals"/>.</param>
    /// <returns>The text.</returns>
    public static string Percent(double share, int decimals) => Format(share * 100, decimals) + "%";

    /// <summary>The half-width in points as printed in captions: one significant digit more than the decimals, e.g. 「0.8」.</summary>
    /// <param name="halfWidthPoints">The half-width in percentage points.</param>
    /// <returns>The text.</returns>
    public static string HalfWidth(double halfWidthPoints) =>
        halfWidthPoints.ToString(halfWidthPoints >= 1 ? "0.0" : "0.00", CultureInfo.InvariantCulture);
}
