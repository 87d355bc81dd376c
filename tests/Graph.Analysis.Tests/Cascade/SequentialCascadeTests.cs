using Depgraph.Analysis.Cascade;

namespace Depgraph.Analysis.Tests.Cascade;

/// <summary>Sequential stopping: runs until every reported probability's 95 % half-width is below the target.</summary>
public class SequentialCascadeTests
{
    [Fact]
    public void A_coin_flip_edge_needs_the_projected_run_count_and_meets_the_target()
    {
        var g = PropagationTestGraphs.Parse("a->b:1:0.5");
        var r = SequentialCascade.Run(g, [g.V("a")], new PrecisionOptions { HalfWidth = 0.005, MaxDegreeOfParallelism = 2 });
        // after 1000 runs p̂(1 − p̂) ≈ 0.25 → 1.96² · 0.25 / 0.005² ≈ 38,400 → rounded up to 39,000
        Assert.Equal([1000, 39_000], r.Batches);
        Assert.True(r.Reached);
        Assert.True(r.HalfWidth < 0.005);
        double p = r.Result.FailureProbability[g.V("b")];
        Assert.Equal(SequentialCascade.Z95 * Math.Sqrt(p * (1 - p) / 39_000), r.HalfWidth, 12);
    }

    [Fact]
    public void The_result_is_the_plain_cascade_with_the_reported_runs_for_any_thread_count()
    {
        var g = TestGraphs.Random(50, 150, 11);
        var one = SequentialCascade.Run(g, [0], new PrecisionOptions { HalfWidth = 0.02, Seed = 3, MaxDegreeOfParallelism = 1 });
        var four = SequentialCascade.Run(g, [0], new PrecisionOptions { HalfWidth = 0.02, Seed = 3, MaxDegreeOfParallelism = 4 });
        Assert.Equal(one.Batches, four.Batches);
        Assert.Equal(one.Result.FailureProbability, four.Result.FailureProbability);
        var plain = BitParallelCascade.Run(g, [0], new CascadeOptions { Runs = one.Result.Runs, Seed = 3 });
        Assert.Equal(plain.FailureProbability, one.Result.FailureProbability);
        Assert.Equal(plain.FailedCountsPerRun, one.Result.FailedCountsPerRun);
    }

    [Fact]
    public void The_run_limit_stops_it_and_says_the_target_was_missed()
    {
        var g = PropagationTestGraphs.Parse("a->b:1:0.5");
        var r = SequentialCascade.Run(g, [0], new PrecisionOptions { HalfWidth = 0.001, MaxRuns = 5000 });
        Assert.Equal([1000, 5000], r.Batches);
        Assert.False(r.Reached);
        Assert.True(r.HalfWidth > 0.01);
    }

    [Fact]
    public void Certain_edges_stop_after_the_first_batch()
    {
        var g = PropagationTestGraphs.Parse("a->b:1:1, b->c:1:0");
        var r = SequentialCascade.Run(g, [0], new PrecisionOptions { HalfWidth = 0.001, FirstBatch = 100 });
        Assert.Equal([100], r.Batches);
        Assert.Equal(0, r.HalfWidth);
    }

    [Theory]
    [InlineData(0.0, 1000, 1_000_000)]
    [InlineData(0.6, 1000, 1_000_000)]
    [InlineData(0.01, 2000, 1000)]
    [InlineData(0.01, 1000, 20_000_000)]
    public void Bad_settings_are_rejected_before_running(double h, int first, int max)
    {
        var g = PropagationTestGraphs.Parse("a->b:1:0.5");
        Assert.Throws<ArgumentOutOfRangeException>(() => SequentialCascade.Run(g, [0], new PrecisionOptions { HalfWidth = h, FirstBatch = first, MaxRuns = max }));
    }
}
