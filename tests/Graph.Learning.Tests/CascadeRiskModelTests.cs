using Depgraph.Analysis.Cascade;
using Depgraph.Core.Compact;
using Depgraph.Learning;

namespace Depgraph.Learning.Tests;

public class CascadeRiskModelTests
{
    // n = 3000, m = 6000, p uniform on {0, 0.01, …, 1}: mean branching ≈ 1, so cascade sizes range from 1 to hundreds.
    private static readonly Lazy<CompactGraph> Graph = new(() => TestGraphs.Random(3000, 6000, 11));

    private static CascadeRiskOptions Options(int seed = 5) =>
        new() { SampleSize = 300, RunsPerSource = 100, Seed = seed, MaxDegreeOfParallelism = 2 };

    private static readonly Lazy<CascadeRiskModel> Model = new(() => CascadeRiskModel.Train(Graph.Value, Options()));

    [Fact]
    public void Held_out_ranking_is_clearly_better_than_chance_on_a_random_graph()
    {
        var r = Model.Value.Report;
        Assert.Equal(CascadeRiskModel.ModelName, r.Model);
        Assert.Equal(300, r.SampleSize);
        Assert.Equal(30, r.TopProxyCount);
        Assert.Equal(60, r.HeldOut.Count);
        Assert.Equal(240, r.TrainingCount);
        Assert.True(r.HeldOut.Spearman > 0.5, $"held-out Spearman {r.HeldOut.Spearman}");
        Assert.True(r.HeldOutUniform.Spearman > 0.5, $"uniform held-out Spearman {r.HeldOutUniform.Spearman}");
        Assert.True(r.HeldOut.R2 > 0, $"held-out R² {r.HeldOut.R2}");
        Assert.True(r.HeldOut.Mae >= 0);
    }

    [Fact]
    public void Simulated_sizes_equal_the_bit_parallel_cascade_from_each_source()
    {
        var g = Graph.Value;
        var r = Model.Value.Report;
        foreach (var s in r.Sample.Take(25))
        {
            var mc = BitParallelCascade.Run(g, [s.Vertex], new CascadeOptions { Runs = r.RunsPerSource, Seed = r.Seed, MaxDegreeOfParallelism = 1 });
            Assert.Equal(mc.MeanFailed, s.SimulatedFailed);
        }
    }

    [Fact]
    public void Sample_is_distinct_split_as_reported_and_its_top_part_has_the_largest_walk_sums()
    {
        var m = Model.Value;
        var r = m.Report;
        Assert.Equal(r.SampleSize, r.Sample.Select(s => s.Vertex).Distinct().Count());
        Assert.Equal(r.HeldOut.Count, r.Sample.Count(s => s.HeldOut));
        Assert.All(r.Sample.Take(r.HeldOut.Count), s => Assert.True(s.HeldOut));
        Assert.Equal(r.HeldOut.Count - r.HeldOutUniform.Count, r.Sample.Count(s => s.HeldOut && s.TopProxy));
        var walk = Enumerable.Range(0, Graph.Value.NodeCount).Select(v => m.Features[v, "expected_walks_6"]).ToArray();
        var expectedTop = Enumerable.Range(0, walk.Length).OrderByDescending(v => walk[v]).ThenBy(v => v).Take(r.TopProxyCount).Order();
        Assert.Equal(expectedTop, r.Sample.Where(s => s.TopProxy).Select(s => s.Vertex).Order());
    }

    [Fact]
    public void Same_seed_gives_identical_predictions_and_another_seed_differs()
    {
        var a = Model.Value;
        var b = CascadeRiskModel.Train(Graph.Value, Options() with { MaxDegreeOfParallelism = 1 });
        var c = CascadeRiskModel.Train(Graph.Value, Options(seed: 6));
        var pa = a.PredictAll();
        Assert.Equal(pa, b.PredictAll());
        Assert.Equal(a.Report.HeldOut, b.Report.HeldOut);
        Assert.Equal(a.Report.Sample, b.Report.Sample);
        Assert.NotEqual(pa, c.PredictAll());
    }

    [Fact]
    public void Predict_agrees_with_PredictAll_and_stays_in_range()
    {
        var m = Model.Value;
        var all = m.PredictAll();
        Assert.Equal(Graph.Value.NodeCount, all.Length);
        foreach (int v in new[] { 0, 1, 17, 2999 }) Assert.Equal(all[v], m.Predict(v));
        Assert.All(all, x => Assert.InRange(x, 1, Graph.Value.NodeCount));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Predict(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => m.Predict(3000));
    }

    [Fact]
    public void A_graph_without_spread_is_predicted_exactly()
    {
        // probability 0 everywhere: every cascade is its source alone; R² is undefined (NaN), MAE 0.
        var g = TestGraphs.FromPairs(50, Enumerable.Range(0, 49).Select(i => (i, i + 1)));
        var zero = new CompactGraphBuilder(50, 49);
        for (int v = 0; v < 50; v++) zero.AddNode(g.Id(v));
        for (int e = 0; e < g.EdgeCount; e++) zero.AddEdge(g.Source(e), g.Target(e), probability: 0);
        var m = CascadeRiskModel.Train(zero.Build(), new CascadeRiskOptions { SampleSize = 20, RunsPerSource = 10 });
        Assert.All(m.PredictAll(), x => Assert.Equal(1, x, 6));
        Assert.True(double.IsNaN(m.Report.HeldOut.R2));
        Assert.Equal(0, m.Report.HeldOut.Mae, 6);
        Assert.Equal(20, m.Report.SampleSize);
    }

    [Fact]
    public void Small_graph_uses_every_vertex_and_reports_progress()
    {
        var stages = new List<CascadeRiskProgress>();
        var m = CascadeRiskModel.Train(TestGraphs.Random(40, 80, 3), new CascadeRiskOptions { SampleSize = 1000, RunsPerSource = 20 }, new SyncProgress(stages));
        Assert.Equal(40, m.Report.SampleSize);
        Assert.Equal(8, m.Report.HeldOut.Count);
        Assert.Equal(["features", "simulate", "train"], stages.Select(s => s.Stage).Distinct());
        Assert.Contains(stages, s => s.Stage == "simulate" && s.Completed == 40);
    }

    [Fact]
    public void Guards()
    {
        Assert.Throws<ArgumentNullException>(() => CascadeRiskModel.Train(null!, new CascadeRiskOptions()));
        Assert.Throws<ArgumentNullException>(() => CascadeRiskModel.Train(TestGraphs.Path(20), null!));
        var e = Assert.Throws<ArgumentException>(() => CascadeRiskModel.Train(TestGraphs.Path(9), new CascadeRiskOptions()));
        Assert.Contains("at least 10", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => CascadeRiskModel.Train(TestGraphs.Path(20), new CascadeRiskOptions { RunsPerSource = 0 }));
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => CascadeRiskModel.Train(TestGraphs.Path(20), new CascadeRiskOptions(), ct: cts.Token));
    }

    private sealed class SyncProgress(List<CascadeRiskProgress> list) : IProgress<CascadeRiskProgress>
    {
        public void Report(CascadeRiskProgress value)
        {
            lock (list) list.Add(value);
        }
    }
}
