using System.Runtime.CompilerServices;

namespace Depgraph.Core.Randomness;

/// <summary>
/// The coin flips of the live-edge cascade, 64 runs at a time, from a counter-based generator: whether edge
/// <c>e</c> is live in run <c>64·block + i</c> is bit <c>i</c> of <see cref="Mask"/>(block, e, p), a pure function of
/// (seed, block, edge, p). No state is carried from one call to the next, so the answer does not depend on which
/// thread asks, in which order, or how often.
/// </summary>
/// <remarks>
/// <para><b>Method.</b> Each (block, edge) pair has its own SplitMix64 stream, started at the SplitMix64 output of
/// position <c>block · 2³² + edge</c> of the seed's stream. Its words are the bit planes of 64 uniform 64-bit integers
/// U₀…U₆₃, most significant plane first; bit i of the mask is <c>Uᵢ &lt; T</c> with T = ⌊p · 2⁶⁴⌋. The comparison is
/// done for all 64 runs at once, plane by plane, and stops as soon as every run is decided or the remaining bits of T
/// are zero: about log₂ 64 + 1.3 ≈ 7.3 words per call on average, one for p = 0.5.</para>
/// <para><b>Exactness.</b> An edge is live with probability T / 2⁶⁴, which is p rounded down to a multiple of 2⁻⁶⁴;
/// p = 0 is never live and p ≥ 1 always live (no numbers drawn). Runs and edges are independent up to the quality of
/// SplitMix64 (Steele, Lea, Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014,
/// doi:10.1145/2660193.2660195).</para>
/// <para><b>Example.</b> With p = 0.5 the mask is the complement of the stream's first word: each of the 64 runs is
/// live with probability ½.</para>
/// </remarks>
public readonly struct LiveEdgeCoins
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private readonly ulong _key;

    /// <summary>The coins of seed <paramref name="seed"/>.</summary>
    /// <param name="seed">Any integer; equal seeds give equal coins.</param>
    public LiveEdgeCoins(int seed)
    {
        Seed = seed;
        _key = Mix((ulong)(uint)seed ^ 0x6C69_7665_6564_6765UL);
    }

    /// <summary>The seed these coins were made from.</summary>
    public int Seed { get; }

    /// <summary>
    /// Bit i says whether edge <paramref name="edge"/> is live, with probability <paramref name="p"/>, in run
    /// <c>64 · <paramref name="block"/> + i</c>.
    /// </summary>
    /// <param name="block">Block of 64 runs, 0 or more.</param>
    /// <param name="edge">Edge id, 0 or more.</param>
    /// <param name="p">Probability that the edge is live; at most 0 gives 0, at least 1 gives all ones.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ulong Mask(int block, int edge, double p)
    {
        if (p >= 1) return ulong.MaxValue;
        if (!(p > 0)) return 0;
        return Compare(Mix(_key + ((((ulong)(uint)block << 32) | (uint)edge) * Golden)), (ulong)(p * 18446744073709551616.0));
    }

    /// <summary>Bit i is Uᵢ &lt; <paramref name="threshold"/>, the Uᵢ read plane by plane from the stream at <paramref name="x"/>.</summary>
    private static ulong Compare(ulong x, ulong threshold)
    {
        ulong undecided = ulong.MaxValue, live = 0;
        for (ulong bit = 1UL << 63; bit != 0; bit >>= 1)
        {
            x += Golden;
            ulong r = Mix(x);
            if ((threshold & bit) != 0)
            {
                live |= undecided & ~r; // Uᵢ has 0 where T has 1: Uᵢ < T
                undecided &= r;
            }
            else
            {
                undecided &= ~r; // Uᵢ has 1 where T has 0: Uᵢ > T
            }
            if (undecided == 0 || (threshold & (bit - 1)) == 0) break; // the rest of T is 0: undecided Uᵢ ≥ T
        }
        return live;
    }

    /// <summary>The SplitMix64 output function (Stafford's Mix13).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
