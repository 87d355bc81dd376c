using Depgraph.Analysis.Cascade;
using Depgraph.Core.Randomness;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>Seeded Latin hypercube samples of the unit cube.</summary>
public static class LatinHypercube
{
    /// <summary>
    /// <paramref name="n"/> points in [0, 1)^<paramref name="k"/>, row-major (<c>point i, coordinate j</c> at
    /// <c>i·k + j</c>): every coordinate has exactly one point in each of the n strata [s/n, (s+1)/n), placed uniformly
    /// inside it, and the strata of different coordinates are paired by independent random permutations.
    /// </summary>
    /// <remarks>
    /// Column j draws from its own xoshiro256** stream (<see cref="Xoshiro256StarStar.ForRun"/>(seed, stream + j)), so the
    /// design depends only on (n, k, seed, stream). O(n·k). Reference: M. D. McKay, R. J. Beckman, W. J. Conover,
    /// A comparison of three methods for selecting values of input variables in the analysis of output from a
    /// computer code, Technometrics 21(2) (1979) 239–245, doi:10.1080/00401706.1979.10489755.
    /// </remarks>
    /// <param name="n">Points, ≥ 1.</param>
    /// <param name="k">Dimensions, ≥ 0.</param>
    /// <param name="seed">Seed.</param>
    /// <param name="stream">First stream number (designs with different streams are independent).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1 or <paramref name="k"/> &lt; 0.</exception>
    public static double[] Sample(int n, int k, int seed, int stream = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        var x = new double[(long)n * k];
        var perm = new int[n];
        for (int j = 0; j < k; j++)
        {
            var rng = Xoshiro256StarStar.ForRun(seed, stream + j);
            for (int i = 0; i < n; i++) perm[i] = i;
            for (int i = n - 1; i > 0; i--)
            {
                int r = (int)(rng.NextUInt64() % (ulong)(i + 1));
                (perm[i], perm[r]) = (perm[r], perm[i]);
            }
            for (int i = 0; i < n; i++) x[(long)i * k + j] = (perm[i] + rng.NextDouble()) / n;
        }
        return x;
    }
}
