using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class NetworkChartTests
{
    [Fact]
    public void SpofNodes_GetAVermillionRing_AndALegendEntry()
    {
        NetworkDiagram d = SampleData.Network();
        var plot = NetworkChart.Create(d);
        var markers = plot.GetPlottables<ScottPlot.Plottables.Marker>().ToList();
        int nodes = NetworkLayout.Compute(d, NetworkChart.DefaultTopN).Nodes.Count;
        var rings = markers.Skip(nodes).ToList();
        Assert.Equal(d.Nodes.Count(n => n.IsSpof), rings.Count);
        Assert.All(rings, r =>
        {
            Assert.Equal(ScottPlot.MarkerShape.OpenCircle, r.MarkerShape);
            Assert.Equal(ChartStyle.Vermillion, r.MarkerLineColor);
        });
        Assert.Contains(plot.Legend.ManualItems, i => i.LabelText == "単一障害点");
    }

    [Fact]
    public void NodeSize_GrowsWithTheLogOfMembers()
    {
        Assert.Equal(6f, NetworkChart.NodeSize(0));
        Assert.Equal(16f, NetworkChart.NodeSize(99), 3);
        Assert.True(NetworkChart.NodeSize(1741) > NetworkChart.NodeSize(47));
    }

    [Fact]
    public void Aggregates_AreLabelledWithTheirCount()
    {
        var plot = NetworkChart.Create(SampleData.Network(extraMembers: 3000));
        var texts = plot.GetPlottables<ScottPlot.Plottables.Text>().Select(t => t.LabelText).ToList();
        Assert.Contains(texts, t => t.StartsWith("その他 ", StringComparison.Ordinal) && t.EndsWith(" 組織", StringComparison.Ordinal));
        Assert.Contains(plot.Legend.ManualItems, i => i.LabelText == "集約したノード（その他）");
    }
}
