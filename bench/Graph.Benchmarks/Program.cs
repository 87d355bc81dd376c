using System.Globalization;
using BenchmarkDotNet.Running;
using Depgraph.Loader.Synthetic;

namespace Depgraph.Benchmarks;

/// <summary>
/// Entry point. <c>generate --nodes N --edges M --seed S --out DIR</c> writes a synthetic CSV pair (the bench
/// harness uses it until <c>depgraph generate</c> exists); anything else goes to BenchmarkDotNet's switcher,
/// e.g. <c>--filter *CsrBuild*</c>.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "generate") return Generate(args[1..]);
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    private static int Generate(string[] args)
    {
        int nodes = 0, edges = 0;
        long seed = 1;
        string? dir = null;
        for (int i = 0; i + 1 < args.Length; i += 2)
        {
            string v = args[i + 1];
            switch (args[i])
            {
                case "--nodes": nodes = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--edges": edges = int.Parse(v, CultureInfo.InvariantCulture); break;
                case "--seed": seed = long.Parse(v, CultureInfo.InvariantCulture); break;
                case "--out": dir = v; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        if (dir is null || nodes == 0 || edges == 0)
        {
            Console.Error.WriteLine("usage: generate --nodes N --edges M --seed S --out DIR");
            return 2;
        }
        var sw = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var s = SyntheticGraphGenerator.GenerateToFolder(new SyntheticGraphOptions { Nodes = nodes, Edges = edges, Seed = seed }, dir);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"generated {s.Nodes} nodes, {s.Edges} edges ({s.SharesWithEdges} shares_with, {s.SuppliesEdges} supplies; {s.IsolatedMembers} isolated, {s.DualMembers} dual members; max out-degree {s.MaxOutDegree}, max in-degree {s.MaxInDegree}) in {sw.Elapsed.TotalSeconds:F2} s"));
            return 0;
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
