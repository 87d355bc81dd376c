using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Uncertainty;

/// <summary>The live-edge model's pruning and its one-parameter changes give exactly the bits of a full evaluation.</summary>
public class LiveEdgeCascadeModelTests
{
    private static ParameterRange R(CompactGraph g, int e, double low, double high, string? group = null) =>
        new(g.Id(g.Source(e)), g.Id(g.Target(e)), EdgeKind.SharesWith, EdgeParameter.Probability,
            new ParameterDistribution(low, high, (low + high) / 2), Group: group);

    /// <summary>Ranges on 24 edges: singles, three groups of several edges, and one edge named by two parameters.</summary>
    /// <summary>Changes parameter <paramref name="i"/> of the base point <paramref name="a"/> to <paramref name="v"/>
    /// incrementally and asserts the outputs equal a full evaluation at the changed point (left in the two buffers).</summary>
    private static void AssertChangeEqualsFull(IIncrementalEvaluator inc, IModelEvaluator full, double[] a, int i, double v, double[] actual, double[] expected)
    {
        inc.EvaluateChange(i, v, actual);
        var x = (double[])a.Clone();
        x[i] = v;
        full.Evaluate(x, expected);
        Assert.Equal(expected, actual);
    }

    private static (ParameterSpace Space, LiveEdgeCascadeModel Model) Random(int seed, int runs = 256)
    {
        var g = CascadeSensitivityTests.WithProbability(TestGraphs.Random(40, 110, seed), 0.35);
        var ranges = new List<ParameterRange>();
        for (int e = 0; e < 24; e++) ranges.Add(R(g, e, 0.05 + 0.01 * e, 0.6 + 0.015 * e, e % 4 == 0 ? null : $"g{e % 3}"));
        ranges.Add(R(g, 5, 0.0, 1.0));                 // edge 5 again, as a parameter of its own (the last to name it sets it)
        ranges.Add(R(g, 60, 0.0, 0.2, "late"));
        var space = ParameterSpace.Resolve(g, null, ranges);
        var outputs = Enumerable.Range(0, g.NodeCount).Where(v => v % 3 != 0).ToArray();
        return (space, new LiveEdgeCascadeModel(space, [0, 7], outputs, runs, seed));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Changing_one_parameter_gives_the_bits_of_a_full_evaluation(int seed)
    {
        var (space, model) = Random(seed);
        var full = model.CreateEvaluator();
        var inc = Assert.IsAssignableFrom<IIncrementalEvaluator>(model.CreateEvaluator());
        var rng = new Random(seed);
        int k = space.Count, m = model.OutputCount, compared = 0, up = 0, down = 0;
        var expected = new double[m];
        var actual = new double[m];
        var atBase = new double[m];
        for (int trial = 0; trial < 40; trial++)
        {
            var a = Enumerable.Range(0, k).Select(_ => rng.NextDouble()).ToArray();
            inc.Evaluate(a, atBase);
            for (int change = 0; change < 3 * k; change++)
            {
                int i = rng.Next(k);
                double v = change % 7 == 0 ? a[i] : rng.NextDouble();
                AssertChangeEqualsFull(inc, full, a, i, v, actual, expected);
                compared++;
                if (expected.Zip(atBase).Any(p => p.First > p.Second)) up++;
                if (expected.Zip(atBase).Any(p => p.First < p.Second)) down++;
            }
        }
        // the comparison is not vacuous: changes moved the outputs, up and down
        Assert.True(up > compared / 8 && down > compared / 8, $"{up} up, {down} down of {compared} changes");
    }

    [Fact]
    public void A_change_before_any_full_evaluation_is_refused()
    {
        var (_, model) = Random(1);
        var ev = (IIncrementalEvaluator)model.CreateEvaluator();
        Assert.Throws<InvalidOperationException>(() => ev.EvaluateChange(0, 0.5, new double[model.OutputCount]));
        ev.Evaluate(new double[model.ParameterCount], new double[model.OutputCount]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ev.EvaluateChange(model.ParameterCount, 0.5, new double[model.OutputCount]));
    }

    [Fact]
    public void Only_edges_on_a_path_from_a_source_to_an_output_are_kept_and_pruning_changes_no_output()
    {
        // s → a → t is the only route to t; x → a feeds it but cannot fail; t → z leads away from t; a → y → s only
        // returns to the source, which fails in every run anyway.
        var g = PropagationTestGraphs.Parse("s->a:1:0.6, a->t:1:0.7, x->a:1:0.9, t->z:1:0.5, a->y:1:0.5, y->s:1:0.5");
        var ranges = new[] { "s>a", "a>t", "x>a", "t>z" }.Select(p => new ParameterRange(p[..1], p[2..], EdgeKind.Supplies,
            EdgeParameter.Probability, new ParameterDistribution(0.1, 0.9, 0.5))).ToArray();
        var space = ParameterSpace.Resolve(g, null, ranges);
        var pruned = new LiveEdgeCascadeModel(space, [g.V("s")], [g.V("t")]);
        var everything = new LiveEdgeCascadeModel(space, [g.V("s")], Enumerable.Range(0, g.NodeCount).ToArray());
        Assert.Equal(2, pruned.KeptEdgeCount);          // s→a, a→t
        Assert.Equal(3, pruned.KeptVertexCount);        // s, a, t
        Assert.Equal(4, everything.KeptEdgeCount);      // all but x→a and y→s
        var rng = new Random(5);
        for (int trial = 0; trial < 50; trial++)
        {
            var u = Enumerable.Range(0, space.Count).Select(_ => rng.NextDouble()).ToArray();
            Assert.Equal(everything.Evaluate(u)[g.V("t")], pruned.Evaluate(u)[0]);
        }
    }

    [Fact]
    public void Sobol_through_changes_gives_the_bytes_of_full_evaluations_on_1_2_and_4_threads()
    {
        var (space, model) = Random(9);
        var plain = new FullOnly(model);
        var options = new SobolOptions { Samples = 128, Bootstrap = 10, MaxDegreeOfParallelism = 1 };
        var expected = SobolAnalysisTests.Bytes(SobolAnalysis.Run(plain, space.UnitDistributions, options));
        foreach (int threads in new[] { 1, 2, 4 })
            Assert.Equal(expected, SobolAnalysisTests.Bytes(SobolAnalysis.Run(model, space.UnitDistributions, options with { MaxDegreeOfParallelism = threads })));
    }

    /// <summary>
    /// A random cyclic graph with random probabilities and ranges on edges chosen to cover the condensation's cases:
    /// every out-edge of a source, a chain of three uncertain edges, several uncertain edges into one head and out of
    /// one tail, uncertain edges into outputs, an edge into a source (pruned), groups naming several edges, an edge
    /// named by two parameters, and random others.
    /// </summary>
    private static (ParameterSpace Space, int[] Sources, int[] Outputs) Covering(int seed)
    {
        var rng = new Random(seed);
        var g = TestGraphs.Random(30 + rng.Next(40), 90 + rng.Next(150), seed);
        int n = g.NodeCount;
        var sources = rng.Next(3) == 0 ? new[] { 0, 1 + rng.Next(n - 1) } : [0];
        var outputs = Enumerable.Range(0, n).Where(_ => rng.Next(4) == 0).Append(sources[0]).Distinct().ToArray();
        var chosen = new List<int>();
        for (int e = g.OutStart(0); e < g.OutEnd(0); e++) chosen.Add(e);                 // out of a source
        for (int v = rng.Next(n), step = 0; step < 3 && g.OutEnd(v) > g.OutStart(v); step++)  // a chain
        {
            int e = g.OutStart(v) + rng.Next(g.OutEnd(v) - g.OutStart(v));
            chosen.Add(e);
            v = g.Target(e);
        }
        int hub = rng.Next(n), fan = rng.Next(n);
        for (int e = 0; e < g.EdgeCount; e++)
        {
            if (g.Target(e) == hub || g.Source(e) == fan) chosen.Add(e);                    // shared head, shared tail
            else if (g.Target(e) == 0) chosen.Add(e);                                       // into a source: pruned
            else if (g.Target(e) == outputs[rng.Next(outputs.Length)] && rng.Next(2) == 0) chosen.Add(e); // into an output
            else if (rng.Next(12) == 0) chosen.Add(e);
        }
        chosen = [.. chosen.Distinct()];
        var ranges = new List<ParameterRange>();
        foreach (int e in chosen)
        {
            double a = Math.Round(rng.NextDouble(), 2), b = Math.Round(rng.NextDouble(), 2);
            string? group = rng.Next(3) == 0 ? $"g{rng.Next(4)}" : null;
            ranges.Add(R(g, e, Math.Min(a, b), Math.Max(a, b), group));
        }
        ranges.Add(R(g, chosen[rng.Next(chosen.Count)], 0.0, 1.0));                      // an edge named by two parameters
        return (ParameterSpace.Resolve(g, null, ranges), sources, outputs);
    }

    [Fact]
    public void The_condensed_strategy_gives_the_bits_of_the_direct_sweep_on_random_graphs()
    {
        int compared = 0, changed = 0, uncertainEdges = 0;
        for (int seed = 1; seed <= 40; seed++)
        {
            var (space, sources, outputs) = Covering(seed);
            int runs = seed % 3 == 0 ? 64 : 192;
            var direct = new LiveEdgeCascadeModel(space, sources, outputs, runs, seed, CascadeStrategy.Direct);
            var condensed = new LiveEdgeCascadeModel(space, sources, outputs, runs, seed, CascadeStrategy.Condensed);
            Assert.False(direct.IsCondensed);
            Assert.True(condensed.IsCondensed);
            uncertainEdges += condensed.UncertainEdgeCount;
            var full = direct.CreateEvaluator();
            var inc = Assert.IsAssignableFrom<IIncrementalEvaluator>(condensed.CreateEvaluator());
            var rng = new Random(seed);
            int k = space.Count, m = outputs.Length;
            var expected = new double[m];
            var actual = new double[m];
            var atBase = new double[m];
            for (int trial = 0; trial < 12; trial++)
            {
                var a = Enumerable.Range(0, k).Select(_ => rng.NextDouble()).ToArray();
                full.Evaluate(a, expected);
                inc.Evaluate(a, atBase);
                Assert.Equal(expected, atBase);
                for (int change = 0; change < 2 * k; change++)
                {
                    int i = rng.Next(k);
                    double v = change % 5 == 0 ? a[i] : rng.NextDouble();
                    AssertChangeEqualsFull(inc, full, a, i, v, actual, expected);
                    compared++;
                    if (!expected.SequenceEqual(atBase)) changed++;
                }
            }
        }
        // not vacuous: there were uncertain edges, and changes moved the outputs
        Assert.True(uncertainEdges > 40 * 10, $"{uncertainEdges} uncertain edges");
        Assert.True(changed > compared / 8, $"{changed} of {compared} changes moved an output");
    }

    [Fact]
    public void Sobol_gives_the_same_bytes_through_either_strategy_on_1_2_and_4_threads()
    {
        var (space, sources, outputs) = Covering(7);
        var options = new SobolOptions { Samples = 128, Bootstrap = 10, MaxDegreeOfParallelism = 1 };
        var direct = new LiveEdgeCascadeModel(space, sources, outputs, 128, 3, CascadeStrategy.Direct);
        var expected = SobolAnalysisTests.Bytes(SobolAnalysis.Run(new FullOnly(direct), space.UnitDistributions, options));
        var condensed = new LiveEdgeCascadeModel(space, sources, outputs, 128, 3, CascadeStrategy.Condensed);
        foreach (int threads in new[] { 1, 2, 4 })
        {
            var o = options with { MaxDegreeOfParallelism = threads };
            Assert.Equal(expected, SobolAnalysisTests.Bytes(SobolAnalysis.Run(condensed, space.UnitDistributions, o)));
            Assert.Equal(expected, SobolAnalysisTests.Bytes(SobolAnalysis.Run(new FullOnly(condensed), space.UnitDistributions, o)));
        }
    }

    [Fact]
    public void The_model_condenses_few_uncertain_edges_on_a_large_graph_and_not_when_every_vertex_is_an_output()
    {
        var g = TestGraphs.Random(300, 2400, 11);
        var ranges = Enumerable.Range(0, 4).Select(e => R(g, g.OutStart(0) + e, 0.1, 0.9)).ToArray();
        var space = ParameterSpace.Resolve(g, null, ranges);
        var few = new LiveEdgeCascadeModel(space, [0], [5, 6, 7], 128);
        var every = new LiveEdgeCascadeModel(space, [0], Enumerable.Range(0, g.NodeCount).ToArray(), 128);
        Assert.True(few.KeptEdgeCount > 1000, $"{few.KeptEdgeCount} kept edges");
        Assert.True(few.IsCondensed);
        Assert.False(every.IsCondensed);
        var u = new[] { 0.2, 0.9, 0.5, 0.1 };
        var y = every.Evaluate(u);
        Assert.Equal(new[] { y[5], y[6], y[7] }, few.Evaluate(u));
    }

    /// <summary>The same model without <see cref="IIncrementalEvaluator"/>: every Saltelli row a full evaluation.</summary>
    private sealed class FullOnly(IUncertaintyModel inner) : IUncertaintyModel
    {
        public int ParameterCount => inner.ParameterCount;

        public int OutputCount => inner.OutputCount;

        public IModelEvaluator CreateEvaluator() => new Plain(inner.CreateEvaluator());

        private sealed class Plain(IModelEvaluator ev) : IModelEvaluator
        {
            public void Evaluate(ReadOnlySpan<double> parameters, Span<double> outputs) => ev.Evaluate(parameters, outputs);
        }
    }
}
