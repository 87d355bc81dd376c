using System.CommandLine;
using Depgraph.Cli.Commands;
using Depgraph.Cli.Infrastructure;

namespace Depgraph.Cli;

/// <summary>Where a command writes, and whether standard output is a terminal.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Err">Standard error (progress, warnings, errors).</param>
/// <param name="IsTerminal">True when output goes to a terminal (table is then the default format).</param>
public sealed record CliContext(TextWriter Out, TextWriter Err, bool IsTerminal);

/// <summary>
/// The <c>depgraph</c> command line: thin adapters over the library, testable in-process
/// (<c>Cli.Run(args, stdout, stderr)</c> with the output captured in <see cref="StringWriter"/>s).
/// </summary>
public static class Cli
{
    /// <summary>Builds the root command.</summary>
    public static RootCommand Build(CliContext ctx)
    {
        var root = new RootCommand("depgraph — Japan's critical-infrastructure information-sharing system as a graph: reach, single points of failure, propagation.");
        root.Subcommands.Add(SummaryCommand.Create(ctx));
        root.Subcommands.Add(ValidateCommand.Create(ctx));
        root.Subcommands.Add(ReachCommand.Create(ctx));
        root.Subcommands.Add(SpofCommand.Create(ctx));
        root.Subcommands.Add(PathsCommand.Create(ctx));
        root.Subcommands.Add(CascadeCommand.Create(ctx));
        root.Subcommands.Add(RiskCommand.Create(ctx));
        root.Subcommands.Add(SensitivityCommand.Create(ctx));
        root.Subcommands.Add(ExportCommand.Create(ctx));
        root.Subcommands.Add(GenerateCommand.Create(ctx));
        root.Subcommands.Add(ReportCommand.Create(ctx));
        root.Subcommands.Add(SurveyCommand.Create(ctx));
        root.Subcommands.Add(CompareCommand.Create(ctx));
        root.Subcommands.Add(FindCommand.Create(ctx));
        return root;
    }

    /// <summary>Parses and runs; returns the process exit code (0 ok, 1 bad input, 2 usage error).</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool isTerminal = false)
    {
        if (!isTerminal) return RunWith(args, stdout, stderr, isTerminal);
        // a terminal gets no control characters from the input, in any line a command writes
        using var safe = new TerminalSafeWriter(stdout);
        return RunWith(args, safe, stderr, isTerminal);
    }

    private static int RunWith(string[] args, TextWriter stdout, TextWriter stderr, bool isTerminal)
    {
        var ctx = new CliContext(stdout, stderr, isTerminal);
        var root = Build(ctx);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors) stderr.WriteLine($"depgraph: {CliErrors.Clean(e.Message)}");
            stderr.WriteLine("Run 'depgraph --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            return Report(ex, stderr);
        }
    }

    /// <summary>Maps an exception from a command to a message and an exit code (never a stack trace for bad input or usage).</summary>
    public static int Report(Exception ex, TextWriter stderr)
    {
        switch (ex)
        {
            case AggregateException { InnerExceptions.Count: 1 } agg:
                return Report(agg.InnerExceptions[0], stderr);
            case UsageException u:
                stderr.WriteLine($"depgraph: {u.Message}");
                return ExitCodes.Usage;
            case BadInputException b:
                foreach (var i in b.Issues) stderr.WriteLine(i.ToString());
                var errors = b.Issues.Count(i => i.Severity == Loader.IssueSeverity.Error);
                stderr.WriteLine($"depgraph: {errors} error{(errors == 1 ? "" : "s")} in the input; nothing was written.");
                return ExitCodes.BadInput;
            case ArgumentException a:
                stderr.WriteLine($"depgraph: {CliErrors.Describe(a)}");
                return ExitCodes.Usage;
            case OperationCanceledException:
                stderr.WriteLine("depgraph: cancelled; nothing was written.");
                return 130;
            case IOException or UnauthorizedAccessException:
                stderr.WriteLine($"depgraph: {ex.Message}");
                return ExitCodes.BadInput;
            default:
                stderr.WriteLine($"depgraph: internal error: {ex}");
                return 70;
        }
    }

    /// <summary>Wraps a command body: maps exceptions to exit codes.</summary>
    internal static int Guard(CliContext ctx, Func<int> body)
    {
        try { return body(); }
        catch (Exception ex) { return Report(ex, ctx.Err); }
    }
}
