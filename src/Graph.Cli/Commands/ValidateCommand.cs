using System.CommandLine;
using Depgraph.Cli.Infrastructure;
using Depgraph.Loader;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph validate PATH</c>: every problem with file:line and code; exit 1 if any error.</summary>
public static class ValidateCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var path = new Argument<string>("PATH") { Description = "A dataset folder, a folder with nodes.csv and edges.csv, or a .graphml file" };
        var format = new Option<string?>("--format") { Description = "table | json", HelpName = "FORMAT" };
        var encoding = InputOptions.EncodingOption();
        var limits = InputOptions.LimitsOption();
        var cmd = new Command("validate") { path, format, encoding, limits };
        cmd.SetAction(pr => Cli.Guard(ctx, () =>
        {
            var p = pr.GetValue(path)!;
            var f = pr.GetValue(format)?.ToLowerInvariant();
            if (f is not (null or "table" or "json")) throw new UsageException($"--format must be table or json; got '{f}'");
            var result = GraphInput.Validate(p, InputOptions.GetReaderOptions(pr.GetValue(encoding), pr.GetValue(limits)));
            int errors = result.Issues.Count(i => i.Severity == IssueSeverity.Error);
            int warnings = result.Issues.Count - errors;
            if (f == "json" || (f is null && !ctx.IsTerminal))
            {
                Json.Write(ctx.Out, w =>
                {
                    w.WriteStartObject();
                    w.WriteString("path", p);
                    w.WriteBoolean("valid", errors == 0);
                    w.WriteNumber("errors", errors);
                    w.WriteNumber("warnings", warnings);
                    if (result.Value is { } d)
                    {
                        w.WriteNumber("nodes", d.Nodes.Length);
                        w.WriteNumber("edges", d.Edges.Length);
                    }
                    w.WriteStartArray("issues");
                    foreach (var i in result.Issues)
                    {
                        w.WriteStartObject();
                        w.WriteString("file", i.File);
                        w.WriteNumber("line", i.Line);
                        w.WriteString("severity", i.Severity == IssueSeverity.Error ? "error" : "warning");
                        w.WriteString("code", i.Code);
                        w.WriteString("message", i.Message);
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                });
            }
            else
            {
                foreach (var i in result.Issues) ctx.Out.WriteLine(TextTable.Safe(i.ToString()));
                var counts = result.Value is { } d ? $" ({d.Nodes.Length:N0} nodes, {d.Edges.Length:N0} edges)" : "";
                ctx.Out.WriteLine(errors == 0
                    ? $"{p}: valid{counts}, {warnings} warning{(warnings == 1 ? "" : "s")}"
                    : $"{p}: {errors} error{(errors == 1 ? "" : "s")}, {warnings} warning{(warnings == 1 ? "" : "s")}");
            }
            return errors == 0 ? ExitCodes.Ok : ExitCodes.BadInput;
        }));
        return cmd;
    }
}
