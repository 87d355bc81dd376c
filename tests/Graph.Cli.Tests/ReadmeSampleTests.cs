using Depgraph.Analysis.Reach;
using Depgraph.Analysis.Resilience;
using Depgraph.Core.Compact;
using Depgraph.Loader;

namespace Depgraph.Cli.Tests;

/// <summary>The README's library sample, line for line, so it cannot go stale; and the facts the README states.</summary>
public class ReadmeSampleTests
{
    [Fact]
    public void Library_sample_runs_and_gives_the_answers_the_README_states()
    {
        var dataset = GraphInput.LoadDataset(CliRunner.Dataset).GetValueOrThrow();
        var info = dataset.ToCompactGraph().Select(EdgeLayer.Information);
        int nisc = info.IndexOf("nisc");
        var reach = ReachAnalysis.Run(info, [nisc], new ReachOptions { WithinHours = 24 });
        var impact = NodeImpact.Compute(info, nisc);          // who cuts off whom
        var routes = VertexDisjointPaths.Count(info, nisc, info.IndexOf("ceptoar.local_gov"));

        Assert.Equal(4359, reach.Coverage.ReachedMembers);
        Assert.Equal(1.0, reach.Coverage.Share);
        Assert.Equal("ceptoar.local_gov", info.Id(impact[0].Vertex));
        Assert.Equal(1788, impact[0].MembersLost);
        Assert.Equal(1, routes);
    }

    [Fact]
    public void Only_two_ceptoars_have_two_independent_routes_from_NISC()
    {
        var dataset = GraphInput.LoadDataset(CliRunner.Dataset).GetValueOrThrow();
        var info = dataset.ToCompactGraph().Select(EdgeLayer.Information);
        int nisc = info.IndexOf("nisc");
        var ceptoars = Enumerable.Range(0, info.NodeCount).Where(v => info.Kind(v) == Depgraph.Core.Model.NodeKind.Ceptoar).ToList();
        var routes = VertexDisjointPaths.CountAll(info, nisc, ceptoars);
        Assert.Equal(21, routes.Count);
        Assert.Equal(["ceptoar.nonlife_insurance", "ceptoar.railway"],
            routes.Where(r => r.Paths == 2).Select(r => info.Id(r.Target)).Order(StringComparer.Ordinal).ToArray());
        Assert.Equal(19, routes.Count(r => r.Paths == 1));
    }
}
