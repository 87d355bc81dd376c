using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Depgraph.Analysis.Paths;

/// <summary>
/// What the queue choice of <see cref="ShortestPaths"/> needs to know about the delays, from one vectorised pass:
/// whether all are non-negative numbers, the smallest positive one, the largest finite one and whether one is zero.
/// </summary>
internal readonly struct DelayScan
{
    /// <summary>False when a delay is negative or NaN.</summary>
    public bool Valid { get; init; }

    /// <summary>The smallest delay &gt; 0 (+∞ allowed); +∞ when there is none.</summary>
    public double MinPositive { get; init; }

    /// <summary>The largest finite delay; 0 when there is none.</summary>
    public double MaxFinite { get; init; }

    /// <summary>True when some delay is exactly 0.</summary>
    public bool HasZero { get; init; }

    /// <summary>Scans <paramref name="w"/> once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static DelayScan Of(double[] w)
    {
        var inf = new Vector<double>(double.PositiveInfinity);
        var zero = Vector<double>.Zero;
        Vector<double> min = inf, max = zero;
        var bad = Vector<long>.Zero;
        var zeros = Vector<long>.Zero;
        var span = MemoryMarshal.Cast<double, Vector<double>>(w.AsSpan());
        foreach (var x in span)
        {
            min = Vector.Min(min, Vector.ConditionalSelect(Vector.GreaterThan(x, zero), x, inf));
            max = Vector.Max(max, Vector.ConditionalSelect(Vector.LessThan(x, inf), x, zero));
            bad |= ~Vector.GreaterThanOrEqual(x, zero);
            zeros |= Vector.Equals(x, zero);
        }
        double lo = double.PositiveInfinity, hi = 0;
        bool valid = bad == Vector<long>.Zero, hasZero = zeros != Vector<long>.Zero;
        for (int k = 0; k < Vector<double>.Count; k++)
        {
            lo = Math.Min(lo, min[k]);
            hi = Math.Max(hi, max[k]);
        }
        for (int i = span.Length * Vector<double>.Count; i < w.Length; i++)
        {
            double x = w[i];
            if (!(x >= 0)) valid = false;
            if (x == 0) hasZero = true;
            if (x > 0 && x < lo) lo = x;
            if (x > hi && x < double.PositiveInfinity) hi = x;
        }
        return new DelayScan { Valid = valid, MinPositive = lo, MaxFinite = hi, HasZero = hasZero };
    }
}
