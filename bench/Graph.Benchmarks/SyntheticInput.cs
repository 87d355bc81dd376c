using System.Globalization;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Loader.Synthetic;

namespace Depgraph.Benchmarks;

/// <summary>A synthetic graph held in memory as parsed columns, so a benchmark can time the CSR build alone.</summary>
public sealed class SyntheticInput
{
    public required string[] Ids { get; init; }
    public required NodeKind[] Kinds { get; init; }
    public required int[] Sources { get; init; }
    public required int[] Targets { get; init; }
    public required EdgeKind[] EdgeKinds { get; init; }
    public required double[] Weights { get; init; }
    public required double[] Probabilities { get; init; }

    /// <summary>Generates the N-node, 5N-edge graph of seed 1 and parses it (the benchmarks' standard input).</summary>
    public static SyntheticInput Create(int nodes, int edges, long seed = 1)
    {
        var nw = new StringWriter(CultureInfo.InvariantCulture);
        var ew = new StringWriter(CultureInfo.InvariantCulture);
        SyntheticGraphGenerator.Generate(new SyntheticGraphOptions { Nodes = nodes, Edges = edges, Seed = seed }, nw, ew);
        var ids = new List<string>(nodes);
        var kinds = new List<NodeKind>(nodes);
        var index = new Dictionary<string, int>(nodes, StringComparer.Ordinal);
        foreach (var line in nw.ToString().Split('\n').Skip(1))
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            index[f[0]] = ids.Count;
            ids.Add(f[0]);
            Depgraph.Core.Model.EdgeKinds.TryParseNodeKind(f[1], out var k);
            kinds.Add(k);
        }
        var src = new int[edges];
        var dst = new int[edges];
        var ek = new EdgeKind[edges];
        var w = new double[edges];
        var p = new double[edges];
        int e = 0;
        foreach (var line in ew.ToString().Split('\n').Skip(1))
        {
            if (line.Length == 0) continue;
            var f = line.Split(',');
            src[e] = index[f[0]];
            dst[e] = index[f[1]];
            Depgraph.Core.Model.EdgeKinds.TryParseEdgeKind(f[2], out ek[e]);
            w[e] = double.Parse(f[3], CultureInfo.InvariantCulture);
            p[e] = double.Parse(f[4], CultureInfo.InvariantCulture);
            e++;
        }
        return new SyntheticInput { Ids = [.. ids], Kinds = [.. kinds], Sources = src, Targets = dst, EdgeKinds = ek, Weights = w, Probabilities = p };
    }

    /// <summary>Builds the compact graph from the parsed columns.</summary>
    public CompactGraph Build()
    {
        var b = new CompactGraphBuilder(Ids.Length, Sources.Length);
        for (int v = 0; v < Ids.Length; v++) b.AddNode(Ids[v], Kinds[v]);
        for (int e = 0; e < Sources.Length; e++) b.AddEdge(Sources[e], Targets[e], EdgeKinds[e], Weights[e], Probabilities[e]);
        return b.Build();
    }
}
