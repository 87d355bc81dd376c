using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

/// <summary>
/// No drawn link runs through a node it does not touch (issue 11, item 1: NISC → 化学CEPTOAR was drawn straight through
/// 厚生労働省, so 化学 looked served via that ministry). Checked on the layout geometry for every link and every node.
/// </summary>
public class NetworkLayoutClearanceTests
{
    private static void AssertNoLinkThroughANode(NetworkLayoutResult layout)
    {
        foreach ((int a, int b) in layout.Edges)
        {
            PlacedNode p = layout.Nodes[a], q = layout.Nodes[b];
            for (int v = 0; v < layout.Nodes.Count; v++)
            {
                if (v == a || v == b) continue;
                PlacedNode n = layout.Nodes[v];
                double lo = Math.Min(p.Y, q.Y), hi = Math.Max(p.Y, q.Y);
                if (n.Y <= lo || n.Y >= hi) continue; // not between the link's ends
                double x = p.X + ((q.X - p.X) * (n.Y - p.Y) / (q.Y - p.Y));
                Assert.True(Math.Abs(n.X - x) >= NetworkLayout.LinkClearance - 1e-12,
                    $"link {p.Id} → {q.Id} passes {Math.Abs(n.X - x):0.###} from {n.Id}");
            }
        }
    }

    [Fact]
    public void Link_skipping_a_layer_does_not_pass_through_the_middle_node()
    {
        // hub → three ministries; hub → x directly (x would sit under the middle ministry)
        var nodes = new List<NetworkNode>
        {
            new("hub", 0, "hub", 0, false),
            new("m1", 1, "m1", 0, false), new("m2", 1, "m2", 0, false), new("m3", 1, "m3", 0, false),
            new("c1", 2, "c1", 10, false), new("x", 2, "x", 10, false), new("c3", 2, "c3", 10, false),
        };
        var edges = new List<NetworkEdge>
        {
            new("hub", "m1"), new("hub", "m2"), new("hub", "m3"),
            new("m1", "c1"), new("m3", "c3"), new("hub", "x"),
        };
        var layout = NetworkLayout.Compute(new NetworkDiagram(nodes, edges), 40);
        AssertNoLinkThroughANode(layout);
    }

    [Fact]
    public void Random_layered_diagrams_keep_every_link_clear_of_every_node()
    {
        var rng = new Random(7);
        for (int trial = 0; trial < 50; trial++)
        {
            var nodes = new List<NetworkNode> { new("hub", 0, "hub", 0, false) };
            var edges = new List<NetworkEdge>();
            int m = rng.Next(1, 6), c = rng.Next(1, 12);
            for (int i = 0; i < m; i++) { nodes.Add(new($"m{i}", 1, $"m{i}", 0, false)); edges.Add(new("hub", $"m{i}")); }
            for (int i = 0; i < c; i++)
            {
                nodes.Add(new($"c{i}", 2, $"c{i}", 5, false));
                edges.Add(rng.Next(3) == 0 ? new("hub", $"c{i}") : new($"m{rng.Next(m)}", $"c{i}"));
            }

            AssertNoLinkThroughANode(NetworkLayout.Compute(new NetworkDiagram(nodes, edges), 40));
        }
    }
}
