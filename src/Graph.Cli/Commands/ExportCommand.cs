using System.CommandLine;
using Depgraph.Cli.Infrastructure;
using Depgraph.Loader.Interchange;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph export json|neo4j|graphml|dot --out PATH</c>.</summary>
public static class ExportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var io = new InputOptions();
        var what = new Argument<string>("FORMAT") { Description = "json (file), graphml (file), dot (file) or neo4j (folder: neo4j-admin CSVs, import.sh, load.cypher)" };
        what.AcceptOnlyFromAmong("json", "neo4j", "graphml", "dot");
        var outOpt = new Option<string>("--out") { Description = "Output file (json, graphml, dot) or folder (neo4j)", Required = true, HelpName = "PATH" };
        var cmd = new Command("export") { what, outOpt };
        io.AddTo(cmd, withEdgeTypes: false, withFormat: false);
        var so = new ScenarioOption();
        so.AddTo(cmd);
        cmd.SetAction(pr => Cli.Guard(ctx, () =>
        {
            var input = so.Load(pr, io, ctx, needDataset: true);
            var d = input.Dataset!;
            var path = pr.GetValue(outOpt)!;
            switch (pr.GetValue(what))
            {
                case "json": JsonExporter.Write(d, path); break;
                case "graphml": GraphMlWriter.Write(d, path); break;
                case "dot": DotWriter.Write(d, path); break;
                case "neo4j": Neo4jExporter.Write(d, path); break;
            }
            ctx.Err.WriteLine($"wrote {path} ({d.Nodes.Length:N0} nodes, {d.Edges.Length:N0} edges)");
            return ExitCodes.Ok;
        }));
        return cmd;
    }
}
