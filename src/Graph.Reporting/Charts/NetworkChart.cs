using ScottPlot;

namespace Depgraph.Reporting.Charts;

/// <summary>
/// The information-sharing network as a layered drawing: NISC → ministries → CEPTOARs → member
/// groups, top to bottom. Node area grows with the logarithm of members, single points of failure
/// get a vermillion ring, and crowded member layers are aggregated into 「その他 N 組織」 nodes.
/// </summary>
/// <remarks>
/// <para>Positions come from <see cref="NetworkLayout"/> (deterministic barycentre ordering).</para>
/// <para>
/// Labels: layers 0–1 horizontally above their nodes; layer 2 alternately above and below (so long
/// CEPTOAR names do not collide); deeper layers in small text running down from each node.
/// </para>
/// <para>Recommended size: <see cref="ChartSize.Slide"/>.</para>
/// </remarks>
public static class NetworkChart
{
    /// <summary>Most nodes per member layer before aggregation.</summary>
    public const int DefaultTopN = 30;

    /// <summary>Draws the chart.</summary>
    /// <param name="diagram">Nodes and links.</param>
    /// <param name="language">Label language.</param>
    /// <param name="options">Font options; <see cref="ChartOptions.TopN"/> caps nodes per member layer (default <see cref="DefaultTopN"/>).</param>
    /// <returns>The plot (one <see cref="ScottPlot.Plottables.Marker"/> per drawn node, in layout order, before the SPOF rings).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagram"/> is null.</exception>
    /// <exception cref="ArgumentException">The diagram is inconsistent (see <see cref="NetworkLayout.Compute"/>).</exception>
    public static Plot Create(NetworkDiagram diagram, Language language = Language.Japanese, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        options ??= ChartOptions.Default;
        NetworkLayoutResult layout = NetworkLayout.Compute(diagram, options.TopNOr(DefaultTopN));
        (Plot plot, ChartFontChoice font) = ChartStyle.Begin(language, options);
        Language lang = font.Language;
        IReadOnlyList<LocalizedName> layerNames = diagram.LayerNames ?? NetworkDiagram.DefaultLayerNames;
        int maxLayer = layout.Nodes.Count == 0 ? 0 : layout.Nodes.Max(n => n.Layer);

        foreach ((int a, int b) in layout.Edges)
        {
            PlacedNode p = layout.Nodes[a];
            PlacedNode q = layout.Nodes[b];
            var line = plot.Add.Line(p.X, p.Y, q.X, q.Y);
            line.LineColor = ChartStyle.Neutral.WithAlpha(0.55);
            line.LineWidth = 0.6f;
            line.MarkerSize = 0;
        }

        foreach (PlacedNode n in layout.Nodes)
        {
            var marker = plot.Add.Marker(n.X, n.Y, MarkerShape.FilledCircle, NodeSize(n.Members), n.IsAggregate ? ChartStyle.Neutral : LayerColor(n.Layer));
            marker.MarkerLineColor = Colors.White;
            marker.MarkerLineWidth = 0.8f;
        }

        foreach (PlacedNode n in layout.Nodes.Where(n => n.IsSpof))
        {
            var ring = plot.Add.Marker(n.X, n.Y, MarkerShape.OpenCircle, NodeSize(n.Members) + 8, ChartStyle.Vermillion);
            ring.MarkerLineWidth = 2.4f;
        }

        var perLayer = layout.Nodes.GroupBy(n => n.Layer).ToDictionary(g => g.Key, g => g.ToList());
        foreach (PlacedNode n in layout.Nodes)
        {
            string name = n.IsAggregate
                ? ChartLabels.Format("network.other", lang, ChartStyle.Count(n.AggregatedCount))
                : n.Name.For(lang);
            var text = plot.Add.Text(name, n.X, n.Y);
            text.LabelFontColor = ChartStyle.Text;
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.75);
            text.LabelPadding = 1;
            float gap = NodeSize(n.Members) / 2 + 3;
            if (n.Layer <= 1)
            {
                text.LabelFontSize = ChartStyle.AnnotationFontSize + 1;
                text.LabelAlignment = Alignment.LowerCenter;
                text.OffsetY = -gap;
            }
            else if (n.Layer == 2)
            {
                int i = perLayer[2].IndexOf(n);
                text.LabelFontSize = ChartStyle.AnnotationFontSize - 1;
                text.LabelAlignment = i % 2 == 0 ? Alignment.LowerCenter : Alignment.UpperCenter;
                text.OffsetY = i % 2 == 0 ? -gap : gap;
            }
            else
            {
                text.LabelFontSize = ChartStyle.AnnotationFontSize - 2;
                text.LabelRotation = 90;
                text.LabelAlignment = Alignment.MiddleLeft;
                text.OffsetY = gap;
            }
        }

        plot.Axes.SetLimits(-0.02, 1.02, -maxLayer - 0.8, 0.3);
        plot.HideGrid();
        foreach (IAxis axis in plot.Axes.GetAxes())
        {
            axis.IsVisible = false;
        }

        var legend = new List<LegendItem>();
        for (int l = 0; l <= maxLayer; l++)
        {
            legend.Add(new LegendItem
            {
                LabelText = l < layerNames.Count ? layerNames[l].For(lang) : $"{l}",
                MarkerShape = MarkerShape.FilledCircle,
                MarkerColor = LayerColor(l),
                MarkerSize = 9,
            });
        }

        if (layout.Nodes.Any(n => n.IsAggregate))
        {
            legend.Add(new LegendItem
            {
                LabelText = ChartLabels.Get("network.aggregate", lang),
                MarkerShape = MarkerShape.FilledCircle,
                MarkerColor = ChartStyle.Neutral,
                MarkerSize = 9,
            });
        }

        legend.Add(new LegendItem
        {
            LabelText = ChartLabels.Get("network.spof", lang),
            MarkerShape = MarkerShape.OpenCircle,
            MarkerColor = ChartStyle.Vermillion,
            MarkerSize = 11,
            MarkerLineWidth = 2.4f,
        });
        plot.ShowLegend(legend, Alignment.UpperLeft);
        plot.Title(ChartLabels.Get("network.title", lang));
        ChartStyle.AddFootnote(plot, ChartLabels.Get("network.footnote", lang));
        return ChartStyle.Finish(plot, font);
    }

    /// <summary>Marker diameter for a member count: 6 + 5·log10(1 + members) layout units.</summary>
    /// <param name="members">Members (≥ 0).</param>
    /// <returns>The diameter.</returns>
    public static float NodeSize(long members) => (float)(6 + (5 * Math.Log10(1 + Math.Max(0, members))));

    private static Color LayerColor(int layer) => layer switch
    {
        0 => ChartStyle.Black,
        1 => ChartStyle.Orange,
        2 => ChartStyle.Blue,
        _ => ChartStyle.BluishGreen,
    };
}
