using System.CommandLine;
using Depgraph.Cli.Infrastructure;
using Depgraph.Loader.Synthetic;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph generate --nodes N --edges M --seed S --out DIR</c>: synthetic graphs for scale work.</summary>
public static class GenerateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var nodes = new Option<int>("--nodes") { Description = "Number of nodes", Required = true, HelpName = "N" };
        var edges = new Option<int>("--edges") { Description = "Number of edges", Required = true, HelpName = "M" };
        var seed = new Option<int>("--seed") { Description = "Seed (default 1); same seed, byte-identical files", DefaultValueFactory = _ => 1, HelpName = "S" };
        var outDir = new Option<string>("--out") { Description = "Output folder for nodes.csv and edges.csv", Required = true, HelpName = "DIR" };
        var cmd = new Command("generate") { nodes, edges, seed, outDir };
        cmd.SetAction(pr => Cli.Guard(ctx, () =>
        {
            var options = new SyntheticGraphOptions { Nodes = pr.GetValue(nodes), Edges = pr.GetValue(edges), Seed = pr.GetValue(seed) };
            var dir = pr.GetValue(outDir)!;
            SyntheticGraphGenerator.GenerateToFolder(options, dir);
            ctx.Err.WriteLine($"wrote {Path.Combine(dir, "nodes.csv")} and {Path.Combine(dir, "edges.csv")}");
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
