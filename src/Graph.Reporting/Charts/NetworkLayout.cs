namespace Depgraph.Reporting.Charts;

/// <summary>
/// Deterministic layered layout for <see cref="NetworkChart"/>: layers on the y axis (layer L at
/// y = −L), nodes within a layer ordered by the barycentre heuristic and spread evenly over x ∈ [0, 1].
/// </summary>
/// <remarks>
/// <para>
/// Aggregation: in every layer at or below <c>aggregateFromLayer</c> holding more than
/// <c>maxNodesPerLayer</c> nodes, the largest nodes by members (ties by id) and every single point of
/// failure are kept; the others are merged per parent (their nearest upper-layer neighbour with the
/// smallest id) into one aggregate node whose members are the sum (a group of one stays itself), so thousands of member nodes
/// become at most <c>maxNodesPerLayer</c> + (parents) nodes, and the totals are preserved.
/// </para>
/// <para>
/// Ordering: start from ordinal id order, then four down-and-up sweeps; each node's key is the mean
/// position of its neighbours in the adjacent layer (Sugiyama, Tagawa and Toda 1981,
/// doi:10.1109/TSMC.1981.4308636), ties broken by current position then id. Time
/// O(sweeps · (V log V + E)); no randomness, so the same input always gives the same drawing.
/// </para>
/// </remarks>
public static class NetworkLayout
{
    /// <summary>The id prefix of aggregate nodes.</summary>
    public const string AggregatePrefix = "\u2026other:";

    private const int Sweeps = 4;

    /// <summary>Lays out the diagram.</summary>
    /// <param name="diagram">The nodes and links.</param>
    /// <param name="maxNodesPerLayer">Most nodes kept per aggregated layer before merging (≥ 1).</param>
    /// <param name="aggregateFromLayer">The first layer that may be aggregated (default 3, the member groups).</param>
    /// <returns>The placed nodes and links.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diagram"/> or its lists are null.</exception>
    /// <exception cref="ArgumentException">Duplicate or empty ids, negative layers or members, or links to unknown ids.</exception>
    public static NetworkLayoutResult Compute(NetworkDiagram diagram, int maxNodesPerLayer, int aggregateFromLayer = 3)
    {
        ArgumentNullException.ThrowIfNull(diagram);
        ArgumentNullException.ThrowIfNull(diagram.Nodes);
        ArgumentNullException.ThrowIfNull(diagram.Edges);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxNodesPerLayer, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(aggregateFromLayer);

        var byId = new Dictionary<string, NetworkNode>(StringComparer.Ordinal);
        for (int i = 0; i < diagram.Nodes.Count; i++)
        {
            NetworkNode node = diagram.Nodes[i] ?? throw new ArgumentException($"Node {i} is null.", nameof(diagram));
            if (string.IsNullOrEmpty(node.Id))
            {
                throw new ArgumentException($"Node {i} has an empty id.", nameof(diagram));
            }

            if (node.Layer < 0 || node.Members < 0)
            {
                throw new ArgumentException($"Node '{node.Id}' must have layer ≥ 0 and members ≥ 0.", nameof(diagram));
            }

            if (!byId.TryAdd(node.Id, node))
            {
                throw new ArgumentException($"Duplicate node id '{node.Id}'.", nameof(diagram));
            }
        }

        var neighbours = byId.Keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach (NetworkEdge e in diagram.Edges)
        {
            if (e.From is null || e.To is null || !byId.ContainsKey(e.From) || !byId.ContainsKey(e.To))
            {
                throw new ArgumentException($"Link {e.From} → {e.To} refers to an unknown node id.", nameof(diagram));
            }

            if (!string.Equals(e.From, e.To, StringComparison.Ordinal))
            {
                neighbours[e.From].Add(e.To);
                neighbours[e.To].Add(e.From);
            }
        }

        // 1. Aggregate crowded layers: map every node id to the id it is drawn as.
        var drawnAs = new Dictionary<string, string>(StringComparer.Ordinal);
        var placed = new Dictionary<string, (NetworkNode Node, int Count)>(StringComparer.Ordinal);
        foreach (var layer in byId.Values.GroupBy(n => n.Layer).OrderBy(g => g.Key))
        {
            List<NetworkNode> nodes = layer.OrderBy(n => n.Id, StringComparer.Ordinal).ToList();
            if (layer.Key < aggregateFromLayer || nodes.Count <= maxNodesPerLayer)
            {
                foreach (NetworkNode n in nodes)
                {
                    drawnAs[n.Id] = n.Id;
                    placed[n.Id] = (n, 0);
                }

                continue;
            }

            var keep = new HashSet<string>(
                nodes.OrderByDescending(n => n.Members).ThenBy(n => n.Id, StringComparer.Ordinal).Take(maxNodesPerLayer).Select(n => n.Id)
                    .Concat(nodes.Where(n => n.IsSpof).Select(n => n.Id)),
                StringComparer.Ordinal);
            var buckets = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (NetworkNode n in nodes)
            {
                if (keep.Contains(n.Id))
                {
                    drawnAs[n.Id] = n.Id;
                    placed[n.Id] = (n, 0);
                    continue;
                }

                string? parent = neighbours[n.Id]
                    .Where(p => byId[p].Layer < n.Layer)
                    .OrderByDescending(p => byId[p].Layer)
                    .ThenBy(p => p, StringComparer.Ordinal)
                    .FirstOrDefault();
                string parentKey = parent is null ? string.Empty : drawnAs.GetValueOrDefault(parent, parent);
                string bucketId = $"{AggregatePrefix}{layer.Key}:{parentKey}";
                drawnAs[n.Id] = bucketId;
                if (!buckets.TryGetValue(bucketId, out List<string>? inBucket))
                {
                    buckets[bucketId] = inBucket = [];
                }

                inBucket.Add(n.Id);
                placed[bucketId] = placed.TryGetValue(bucketId, out var b)
                    ? (b.Node with { Members = b.Node.Members + n.Members }, b.Count + 1)
                    : (new NetworkNode(bucketId, layer.Key, default, n.Members, false), 1);
            }

            // A bucket of one says less than the node itself: draw the node.
            foreach ((string bucketId, List<string> ids) in buckets)
            {
                if (ids.Count == 1)
                {
                    placed.Remove(bucketId);
                    drawnAs[ids[0]] = ids[0];
                    placed[ids[0]] = (byId[ids[0]], 0);
                }
            }
        }

        // Drawn links, deduplicated.
        var links = new SortedSet<(string, string)>(Comparer<(string, string)>.Create((a, b) =>
        {
            int c = string.CompareOrdinal(a.Item1, b.Item1);
            return c != 0 ? c : string.CompareOrdinal(a.Item2, b.Item2);
        }));
        foreach (NetworkEdge e in diagram.Edges)
        {
            string a = drawnAs[e.From];
            string b = drawnAs[e.To];
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                links.Add(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a));
            }
        }

        var adjacency = placed.Keys.ToDictionary(k => k, _ => new List<string>(), StringComparer.Ordinal);
        foreach ((string a, string b) in links)
        {
            adjacency[a].Add(b);
            adjacency[b].Add(a);
        }

        // 2. Barycentre ordering.
        int maxLayer = placed.Count == 0 ? 0 : placed.Values.Max(p => p.Node.Layer);
        var layers = new List<List<string>>();
        for (int l = 0; l <= maxLayer; l++)
        {
            layers.Add(placed.Values.Where(p => p.Node.Layer == l).Select(p => p.Node.Id).Order(StringComparer.Ordinal).ToList());
        }

        var position = new Dictionary<string, double>(StringComparer.Ordinal);
        void Assign(List<string> layer)
        {
            for (int i = 0; i < layer.Count; i++)
            {
                position[layer[i]] = (i + 0.5) / layer.Count;
            }
        }

        layers.ForEach(Assign);
        for (int sweep = 0; sweep < Sweeps; sweep++)
        {
            for (int l = 1; l <= maxLayer; l++)
            {
                Reorder(l, l - 1);
            }

            for (int l = maxLayer - 1; l >= 0; l--)
            {
                Reorder(l, l + 1);
            }
        }

        void Reorder(int layer, int reference)
        {
            List<string> ids = layers[layer];
            var keys = new Dictionary<string, double>(StringComparer.Ordinal);
            foreach (string id in ids)
            {
                var near = adjacency[id].Where(n => placed[n].Node.Layer == reference).ToList();
                keys[id] = near.Count > 0 ? near.Average(n => position[n]) : position[id];
            }

            layers[layer] = ids
                .OrderBy(id => keys[id])
                .ThenBy(id => position[id])
                .ThenBy(id => id, StringComparer.Ordinal)
                .ToList();
            Assign(layers[layer]);
        }

        KeepLinksClearOfNodes(layers, position, links, id => placed[id].Node.Layer);

        var result = new List<PlacedNode>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (List<string> layer in layers)
        {
            foreach (string id in layer)
            {
                (NetworkNode n, int count) = placed[id];
                index[id] = result.Count;
                result.Add(new PlacedNode(n.Id, n.Layer, n.Name, n.Members, n.IsSpof, count, position[id], -n.Layer));
            }
        }

        var edges = links
            .Select(l => (index[l.Item1], index[l.Item2]))
            .Select(e => e.Item1 < e.Item2 ? (A: e.Item1, B: e.Item2) : (A: e.Item2, B: e.Item1))
            .OrderBy(e => e.A).ThenBy(e => e.B)
            .ToList();
        return new NetworkLayoutResult(result, edges);
    }

    /// <summary>Least horizontal distance (in layout x units, the layer width being 1) between a link and a node it does not touch.</summary>
    public const double LinkClearance = 0.03;

    // A link that skips a layer (NISC → a CEPTOAR under no ministry) must not run through a node of the skipped layer, or
    // the CEPTOAR looks served through that node: move such a node sideways until every such link clears it.
    private static void KeepLinksClearOfNodes(List<List<string>> layers, Dictionary<string, double> position,
        IEnumerable<(string A, string B)> links, Func<string, int> layerOf)
    {
        var spans = links.Select(l => layerOf(l.A) <= layerOf(l.B) ? (Top: l.A, Bottom: l.B) : (Top: l.B, Bottom: l.A))
            .Where(l => layerOf(l.Bottom) - layerOf(l.Top) >= 2).ToList();
        for (int round = 0; round < 16; round++)
        {
            bool moved = false;
            foreach ((string top, string bottom) in spans)
            {
                int lt = layerOf(top), lb = layerOf(bottom);
                for (int l = lt + 1; l < lb; l++)
                {
                    double x = position[top] + ((position[bottom] - position[top]) * (l - lt) / (lb - lt));
                    foreach (string id in layers[l])
                    {
                        double d = position[id] - x;
                        if (Math.Abs(d) < LinkClearance)
                        {
                            position[id] = x + (d >= 0 ? LinkClearance : -LinkClearance) * 1.5;
                            moved = true;
                        }
                    }
                }
            }

            if (!moved)
            {
                return;
            }
        }
    }
}
