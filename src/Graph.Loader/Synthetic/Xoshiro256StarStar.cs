namespace Depgraph.Loader.Synthetic;

/// <summary>
/// The xoshiro256** pseudo-random generator (Blackman and Vigna 2018), seeded by SplitMix64.
/// Implemented here rather than using <see cref="System.Random"/>, whose algorithm may change between
/// .NET versions: the synthetic graphs must stay byte-identical for a given seed forever.
/// </summary>
/// <remarks>
/// D. Blackman, S. Vigna, "Scrambled linear pseudorandom number generators", ACM TOMS 47(4), 2021,
/// https://doi.org/10.1145/3460772. Only integer arithmetic and IEEE multiplication are used, so the
/// stream is the same on every platform.
/// </remarks>
internal struct Xoshiro256StarStar
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>Seeds the four state words from <paramref name="seed"/> with SplitMix64 (never all zero).</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        ulong x = seed;
        _s0 = SplitMix64(ref x);
        _s1 = SplitMix64(ref x);
        _s2 = SplitMix64(ref x);
        _s3 = SplitMix64(ref x);
    }

    private static ulong SplitMix64(ref ulong x)
    {
        ulong z = x += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong Rotl(ulong x, int k) => (x << k) | (x >> (64 - k));

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = Rotl(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = Rotl(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A uniform integer in [0, <paramref name="n"/>), unbiased (Lemire's multiply-and-reject).</summary>
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
