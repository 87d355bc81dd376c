using Depgraph.Analysis.Cascade;
using Depgraph.Core;
using Depgraph.Core.Randomness;

namespace Depgraph.Analysis.Uncertainty;

/// <summary>Morris elementary effects of one parameter on one output.</summary>
/// <param name="MuStar">μ*: mean absolute elementary effect (overall importance), in output units per full range.</param>
/// <param name="Mu">μ: mean elementary effect (sign of the effect).</param>
/// <param name="Sigma">σ: standard deviation of the effects (non-linearity or interactions).</param>
public sealed record MorrisEffect(double MuStar, double Mu, double Sigma);

/// <summary>Result of <see cref="MorrisScreening.Run"/>: [output][parameter].</summary>
/// <param name="Trajectories">Trajectories used.</param>
/// <param name="Levels">Grid levels.</param>
/// <param name="Evaluations">Model evaluations, r·(k + 1).</param>
/// <param name="Effects">Per output, per parameter.</param>
public sealed record MorrisResult(int Trajectories, int Levels, long Evaluations, IReadOnlyList<IReadOnlyList<MorrisEffect>> Effects);

/// <summary>Screening by elementary effects: cheap ranking of many parameters before a Sobol analysis.</summary>
public static class MorrisScreening
{
    /// <summary>
    /// Runs <paramref name="trajectories"/> Morris trajectories on a <paramref name="levels"/>-level grid of the
    /// unit cube and summarises each parameter's elementary effects per output.
    /// </summary>
    /// <remarks>
    /// <para><b>Method.</b> A trajectory starts at a random grid point and moves one parameter at a time, in random
    /// order, by Δ = p / (2(p − 1)) (up if that stays inside the cube, else down); the elementary effect of parameter
    /// i is (f(x + Δeᵢ) − f(x)) / Δ, with x mapped to values through each parameter's quantile function, so effects are
    /// per full range. Trajectory t draws from its own seeded stream. r·(k + 1) evaluations. μ* (Campolongo et al.)
    /// ranks importance; σ flags non-linear or interacting parameters.</para>
    /// <para>References: M. D. Morris, Factorial sampling plans for preliminary computational experiments,
    /// Technometrics 33(2) (1991) 161–174, doi:10.1080/00401706.1991.10484804; F. Campolongo, J. Cariboni,
    /// A. Saltelli, An effective screening design for sensitivity analysis of large models, Environ. Model. Softw.
    /// 22 (2007) 1509–1518, doi:10.1016/j.envsoft.2006.10.004.</para>
    /// </remarks>
    /// <param name="model">The model.</param>
    /// <param name="inputs">One distribution per parameter.</param>
    /// <param name="trajectories">r ≥ 2 (default 20).</param>
    /// <param name="levels">Even p ≥ 2 (default 4).</param>
    /// <param name="seed">Seed.</param>
    /// <param name="threads">Worker threads; does not change the result.</param>
    /// <param name="ct">Cancels.</param>
    /// <exception cref="ArgumentOutOfRangeException">Too few trajectories or levels.</exception>
    public static MorrisResult Run(IUncertaintyModel model, IReadOnlyList<ParameterDistribution> inputs, int trajectories = 20,
        int levels = 4, int seed = 42, int threads = 1, CancellationToken ct = default)
    {
        Preconditions.NotNull(model, nameof(model));
        Preconditions.NotNull(inputs, nameof(inputs));
        ArgumentOutOfRangeException.ThrowIfLessThan(trajectories, 2);
        if (levels < 2 || levels % 2 != 0) throw new ArgumentOutOfRangeException(nameof(levels), levels, "levels must be even and at least 2.");
        int k = model.ParameterCount, m = model.OutputCount;
        if (inputs.Count != k) throw new ArgumentException($"{inputs.Count} distributions for {k} parameters.", nameof(inputs));
        double delta = levels / (2.0 * (levels - 1));
        int rows = trajectories * (k + 1);
        var x = new double[(long)rows * k];
        var moved = new int[trajectories * k];     // which parameter step s of trajectory t moved
        var sign = new double[trajectories * k];
        var unit = new double[k];
        var perm = new int[k];
        for (int t = 0; t < trajectories; t++)
        {
            var rng = Xoshiro256StarStar.ForRun(seed, 0x6000_0000 + t);
            // any grid level; a step goes down when going up would leave the cube
            for (int j = 0; j < k; j++) unit[j] = (int)(rng.NextUInt64() % (ulong)levels) / (double)(levels - 1);
            for (int j = 0; j < k; j++) perm[j] = j;
            for (int j = k - 1; j > 0; j--)
            {
                int r = (int)(rng.NextUInt64() % (ulong)(j + 1));
                (perm[j], perm[r]) = (perm[r], perm[j]);
            }
            int row = t * (k + 1);
            Write(row);
            for (int s = 0; s < k; s++)
            {
                int i = perm[s];
                double d = unit[i] + delta <= 1 + 1e-12 ? delta : -delta;
                unit[i] = Math.Clamp(unit[i] + d, 0, 1);
                moved[t * k + s] = i;
                sign[t * k + s] = Math.Sign(d);
                Write(row + 1 + s);
            }
        }
        void Write(int row)
        {
            for (int j = 0; j < k; j++) x[(long)row * k + j] = inputs[j].Quantile(unit[j]);
        }
        var y = ModelRunner.Evaluate(model, x, rows, threads, null, ct);
        var effects = new IReadOnlyList<MorrisEffect>[m];
        var ee = new double[k * trajectories];
        for (int o = 0; o < m; o++)
        {
            for (int t = 0; t < trajectories; t++)
                for (int s = 0; s < k; s++)
                {
                    int row = t * (k + 1) + s;
                    double dy = y[(long)(row + 1) * m + o] - y[(long)row * m + o];
                    ee[moved[t * k + s] * trajectories + t] = dy / (sign[t * k + s] * delta);
                }
            var list = new MorrisEffect[k];
            for (int i = 0; i < k; i++)
            {
                double sum = 0, abs = 0;
                for (int t = 0; t < trajectories; t++) { sum += ee[i * trajectories + t]; abs += Math.Abs(ee[i * trajectories + t]); }
                double mu = sum / trajectories, ss = 0;
                for (int t = 0; t < trajectories; t++) ss += (ee[i * trajectories + t] - mu) * (ee[i * trajectories + t] - mu);
                list[i] = new MorrisEffect(abs / trajectories, mu, Math.Sqrt(ss / (trajectories - 1)));
            }
            effects[o] = list;
        }
        return new MorrisResult(trajectories, levels, rows, effects);
    }
}
