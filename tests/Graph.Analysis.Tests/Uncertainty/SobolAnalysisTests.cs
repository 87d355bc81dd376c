using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Uncertainty;

public class SobolAnalysisTests
{
    private const double Tolerance = 0.03;

    private static SobolResult Run(IUncertaintyModel model, IReadOnlyList<ParameterDistribution> inputs, int threads = 2, int bootstrap = 100) =>
        SobolAnalysis.Run(model, inputs, new SobolOptions { Seed = 42, Bootstrap = bootstrap, MaxDegreeOfParallelism = threads });

    [Fact]
    public void Ishigami_indices_match_the_closed_form_at_the_default_sample_size()
    {
        const double a = 7, b = 0.1;
        var model = new FunctionModel(3, 1, (x, y) => y[0] = Math.Sin(x[0]) + a * Math.Pow(Math.Sin(x[1]), 2) + b * Math.Pow(x[2], 4) * Math.Sin(x[0]));
        var inputs = Enumerable.Repeat(ParameterDistribution.Uniform(-Math.PI, Math.PI), 3).ToArray();
        double pi4 = Math.Pow(Math.PI, 4), pi8 = Math.Pow(Math.PI, 8);
        double v = a * a / 8 + b * pi4 / 5 + b * b * pi8 / 18 + 0.5;
        double v1 = 0.5 * Math.Pow(1 + b * pi4 / 5, 2), v2 = a * a / 8, v13 = b * b * pi8 * 8 / 225;
        double[] s1 = [v1 / v, v2 / v, 0], st = [(v1 + v13) / v, v2 / v, v13 / v];

        var r = Run(model, inputs).Outputs[0];

        Assert.Equal(v, r.Variance, v * 0.05);
        for (int i = 0; i < 3; i++)
        {
            Near(s1[i], r.Indices[i].FirstOrder, $"S{i + 1} {Show(r)}");
            Near(st[i], r.Indices[i].Total, $"ST{i + 1} {Show(r)}");
            Assert.True(r.Indices[i].Ci95Total.Contains(r.Indices[i].Total));
        }
    }

    [Fact]
    public void Product_of_two_uniforms_has_first_order_three_sevenths_and_total_four_sevenths()
    {
        var model = new FunctionModel(2, 1, (x, y) => y[0] = x[0] * x[1]);
        var r = Run(model, [ParameterDistribution.Uniform(0, 1), ParameterDistribution.Uniform(0, 1)]).Outputs[0];
        foreach (var ix in r.Indices)
        {
            SobolAnalysisTests.Near(3.0 / 7, ix.FirstOrder, SobolAnalysisTests.Show(r));
            SobolAnalysisTests.Near(4.0 / 7, ix.Total, SobolAnalysisTests.Show(r));
        }
    }

    [Fact]
    public void A_constant_output_has_zero_variance_and_zero_indices()
    {
        var model = new FunctionModel(2, 1, (x, y) => y[0] = 3);
        var r = Run(model, [ParameterDistribution.Uniform(0, 1), ParameterDistribution.Uniform(0, 1)]).Outputs[0];
        Assert.Equal(0, r.Variance);
        Assert.All(r.Indices, ix => { Assert.Equal(0, ix.FirstOrder); Assert.Equal(0, ix.Total); });
    }

    [Fact]
    public void Same_seed_gives_the_same_bytes_on_1_2_and_4_threads()
    {
        var model = new FunctionModel(3, 2, (x, y) => { y[0] = x[0] * x[1] + x[2]; y[1] = Math.Sin(x[0]) * x[2]; });
        var inputs = Enumerable.Repeat(ParameterDistribution.Uniform(0, 1), 3).ToArray();
        var bytes = new[] { 1, 2, 4 }.Select(t => Bytes(SobolAnalysis.Run(model, inputs,
            new SobolOptions { Samples = 512, Bootstrap = 50, MaxDegreeOfParallelism = t }))).ToList();
        Assert.Equal(bytes[0], bytes[1]);
        Assert.Equal(bytes[0], bytes[2]);
    }

    [Fact]
    public void Guards()
    {
        var model = new FunctionModel(2, 1, (x, y) => y[0] = x[0]);
        Assert.Throws<ArgumentException>(() => SobolAnalysis.Run(model, [ParameterDistribution.Uniform(0, 1)], new SobolOptions()));
        Assert.Throws<ArgumentOutOfRangeException>(() => SobolAnalysis.Run(model, [ParameterDistribution.Uniform(0, 1), ParameterDistribution.Uniform(0, 1)], new SobolOptions { Samples = 2 }));
        Assert.Throws<ArgumentException>(() => new ParameterDistribution(1, 0, 0.5).Validate());
        Assert.Throws<ArgumentException>(() => new ParameterRange("a", "b", EdgeKind.DependsOn, EdgeParameter.Probability, new ParameterDistribution(0.5, 1.2, 0.6)).Validate());
        Assert.Throws<ArgumentException>(() => new ParameterRange("a", "b", EdgeKind.DependsOn, EdgeParameter.Weight, new ParameterDistribution(-1, 2, 1)).Validate());
    }

    internal static void Near(double expected, double actual, string what) =>
        Assert.True(Math.Abs(expected - actual) <= Tolerance, $"expected {expected:F4} ± {Tolerance}, got {actual:F4}: {what}");

    internal static string Show(SobolOutput r) =>
        $"mean {r.Mean:F4} var {r.Variance:F5} " + string.Join("; ", r.Indices.Select((ix, i) => $"[{i}] S1 {ix.FirstOrder:F4} ST {ix.Total:F4}"));

    internal static byte[] Bytes(SobolResult r)
    {
        var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        foreach (var o in r.Outputs)
        {
            w.Write(o.Mean);
            w.Write(o.Variance);
            foreach (var ix in o.Indices)
            {
                w.Write(ix.FirstOrder); w.Write(ix.Total);
                w.Write(ix.Ci95FirstOrder.Low); w.Write(ix.Ci95FirstOrder.High);
                w.Write(ix.Ci95Total.Low); w.Write(ix.Ci95Total.High);
            }
        }
        w.Flush();
        return ms.ToArray();
    }
}
