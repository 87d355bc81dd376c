using System.Globalization;
using System.Text;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests;

/// <summary>
/// Writes random, valid generic CSV pairs (Japanese and quoted labels, every node and edge kind, empty and
/// exponent-form numbers) for cross-checks and for timing by hand. The edge list is reproducible from the seed.
/// </summary>
internal static class RandomCsv
{
    private static readonly string[] Kinds = [.. EdgeKinds.AllNodeKinds.Select(k => k.Token())];
    private static readonly string[] Types = [.. EdgeKinds.AllEdgeKinds.Select(k => k.Token())];

    public static string Id(int i) => i % 7 == 0 ? $"組織{i}" : $"n{i}";

    public static void Write(string nodesPath, string edgesPath, int n, int m, int seed)
    {
        var rng = new Random(seed);
        using (var w = new StreamWriter(nodesPath, false, new UTF8Encoding(false), 1 << 16))
        {
            w.Write("id,kind,label\n");
            for (int i = 0; i < n; i++)
            {
                string label = (i % 5) switch { 0 => "", 1 => $"\"事業者 {i}, 本社\"", 2 => $"\"say \"\"{i}\"\"\"", _ => $"label{i}" };
                w.Write($"{Id(i)},{Kinds[rng.Next(Kinds.Length)]},{label}\n");
            }
        }
        using (var w = new StreamWriter(edgesPath, false, new UTF8Encoding(false), 1 << 16))
        {
            w.Write("source,target,type,weight,probability\n");
            foreach (var (s, t, _, weight, p, text) in Generate(n, m, seed))
                w.Write($"{s},{t},{text}\n");
        }
    }

    public static IEnumerable<(string, string, EdgeKind, double, double)> Edges(int n, int m, int seed) =>
        Generate(n, m, seed).Select(x => (x.S, x.T, x.Kind, x.W, x.P));

    private static IEnumerable<(string S, string T, EdgeKind Kind, double W, double P, string Text)> Generate(int n, int m, int seed)
    {
        var rng = new Random(seed ^ 0x5eed);
        for (int e = 0; e < m; e++)
        {
            int s = rng.Next(n), t = rng.Next(n - 1);
            if (t >= s) t++; // no self-loops
            int k = rng.Next(Types.Length);
            double w = Math.Round(rng.NextDouble() * 48, 3), p = Math.Round(rng.NextDouble(), 4);
            string ws = w.ToString("R", CultureInfo.InvariantCulture), ps = p.ToString("R", CultureInfo.InvariantCulture);
            switch (e % 6)
            {
                case 0: ws = ""; w = 1; break;
                case 1: ps = ""; p = 1; break;
                case 2: ws = w.ToString("E3", CultureInfo.InvariantCulture); w = double.Parse(ws, CultureInfo.InvariantCulture); break;
            }
            yield return (Id(s), Id(t), (EdgeKind)k, w, p, $"{Types[k]},{ws},{ps}");
        }
    }
}
