using System.Numerics;
using System.Runtime.CompilerServices;

namespace Depgraph.Analysis.Cascade;

/// <summary>
/// xoshiro256** (Blackman and Vigna 2018), seeded through SplitMix64 from (seed, run), so every Monte Carlo run
/// has its own stream whatever thread executes it.
/// </summary>
public struct CascadeRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>The stream of run <paramref name="run"/> under <paramref name="seed"/>.</summary>
    /// <param name="seed">The user's seed.</param>
    /// <param name="run">The run (or sample) number.</param>
    public CascadeRandom(int seed, int run)
    {
        ulong x = SplitMix((ulong)(uint)seed ^ 0x5DEECE66DUL) ^ ((ulong)(uint)run * 0xD1B54A32D192ED03UL);
        _s0 = SplitMix(ref x);
        _s1 = SplitMix(ref x);
        _s2 = SplitMix(ref x);
        _s3 = SplitMix(ref x);
    }

    private static ulong SplitMix(ulong x) => SplitMix(ref x);

    private static ulong SplitMix(ref ulong x)
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

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));
}
