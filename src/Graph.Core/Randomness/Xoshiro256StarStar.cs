using System.Numerics;
using System.Runtime.CompilerServices;

namespace Depgraph.Core.Randomness;

/// <summary>
/// The xoshiro256** pseudo-random generator (Blackman and Vigna), seeded by SplitMix64: the one generator of the
/// library (synthetic graphs, Monte Carlo cascades, learning samples). A mutable value type: copy it and both copies
/// continue the same stream; pass it by <c>ref</c>.
/// </summary>
/// <remarks>
/// <para>Implemented here rather than using <see cref="System.Random"/>, whose algorithm may change between .NET
/// versions: synthetic graphs and Monte Carlo results must stay identical for a given seed forever. Only integer
/// arithmetic and one IEEE multiplication are used, so the stream is the same on every platform.</para>
/// <para><see cref="ForRun"/> gives every (seed, run) pair its own stream, so a Monte Carlo run draws the same numbers
/// whatever thread executes it.</para>
/// <para>Reference: D. Blackman, S. Vigna, "Scrambled linear pseudorandom number generators", ACM Transactions on
/// Mathematical Software 47(4), 2021, doi:10.1145/3460772.</para>
/// </remarks>
public struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the four state words with four SplitMix64 outputs from <paramref name="seed"/> (never all zero).</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    /// <summary>
    /// The stream of run <paramref name="run"/> under <paramref name="seed"/>: seeded with
    /// <c>SplitMix64(seed ^ 0x5DEECE66D) ^ run · 0xD1B54A32D192ED03</c>. Distinct runs get unrelated streams.
    /// </summary>
    public static Xoshiro256StarStar ForRun(int seed, int run)
    {
        ulong x = (ulong)(uint)seed ^ 0x5DEECE66DUL;
        return new Xoshiro256StarStar(SplitMix64(ref x) ^ ((ulong)(uint)run * 0xD1B54A32D192ED03UL));
    }

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The next 64 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong NextUInt64()
    {
        ulong result = BitOperations.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = BitOperations.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="n"/>), unbiased (Lemire's multiply-and-reject); n must be positive.</summary>
    public int NextInt(int n)
    {
        ulong range = (ulong)n;
        ulong x = NextUInt64() >> 32;
        ulong m = x * range;
        uint low = (uint)m;
        if (low < range)
        {
            uint threshold = (uint)((0x1_0000_0000UL - range) % range);
            while (low < threshold)
            {
                x = NextUInt64() >> 32;
                m = x * range;
                low = (uint)m;
            }
        }
        return (int)(m >> 32);
    }
}
