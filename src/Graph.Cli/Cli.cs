using System.CommandLine;
using Depgraph.Cli.Commands;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;

namespace Depgraph.Cli;

/// <summary>Where a command writes, and whether standard output is a terminal.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Err">Standard error (progress, warnings, errors).</param>
/// <param name="IsTerminal">True when output goes to a terminal (table is then the default format).</param>
/// <param name="IsErrorTerminal">True when standard error is a terminal: only then do commands write progress.</param>
public sealed record CliContext(TextWriter Out, TextWriter Err, bool IsTerminal, bool IsErrorTerminal = false);

/// <summary>
/// The <c>depgraph</c> command line: thin adapters over the library, testable in-process
/// (<c>Cli.Run(args, stdout, stderr)</c> with the output captured in <see cref="StringWriter"/>s).
/// </summary>
public static class Cli
{
    /// <summary>Every command, in help order, with its factory.</summary>
    private static readonly (string Name, Func<CliContext, Command> Create)[] Commands =
    [
        ("summary", SummaryCommand.Create),
        ("validate", ValidateCommand.Create),
        ("reach", ReachCommand.Create),
        ("spof", SpofCommand.Create),
        ("paths", PathsCommand.Create),
        ("cascade", CascadeCommand.Create),
        ("risk", RiskCommand.Create),
        ("sensitivity", SensitivityCommand.Create),
        ("export", ExportCommand.Create),
        ("generate", GenerateCommand.Create),
        ("report", ReportCommand.Create),
        ("chart", ChartCommand.Create),
        ("survey", SurveyCommand.Create),
        ("compare", CompareCommand.Create),
        ("find", FindCommand.Create),
    ];

    /// <summary>Builds the root command, its help in the environment's language.</summary>
    public static RootCommand Build(CliContext ctx) => Build(ctx, Languages.FromEnvironment());

    /// <summary>Builds the root command, its help (descriptions and examples, <see cref="HelpTexts"/>) in <paramref name="helpLanguage"/>.</summary>
    public static RootCommand Build(CliContext ctx, Language helpLanguage) => Build(ctx, helpLanguage, only: null);

    /// <summary>
    /// Builds the root command with every command, or with only the command named <paramref name="only"/>: a command
    /// line whose first word names a command is parsed, run and helped by that command alone, so the others (about a
    /// hundred options) need not be built on every start.
    /// </summary>
    internal static RootCommand Build(CliContext ctx, Language helpLanguage, string? only)
    {
        var root = new RootCommand();
        foreach (var (name, create) in Commands)
            if (only is null || name == only) root.Subcommands.Add(create(ctx));
        HelpTexts.Apply(root, helpLanguage);
        return root;
    }

    /// <summary>
    /// The commands that never generate code at run time (only <c>risk</c>'s ML.NET does, with Reflection.Emit), which
    /// <see cref="RunsWithoutDynamicCode"/> lets start without it.
    /// </summary>
    private static readonly string[] WithoutDynamicCode = ["summary", "validate", "reach", "spof", "paths", "cascade", "sensitivity", "export", "compare", "find"];

    /// <summary>
    /// True when the command line runs a command of <see cref="WithoutDynamicCode"/>: the process then turns off dynamic
    /// code (the <c>RuntimeFeature.IsDynamicCodeSupported</c> switch) before anything reads it, so the regular
    /// expression YamlDotNet compiles on every start (its <c>TagDirective</c> handle check, <c>RegexOptions.Compiled</c>)
    /// is interpreted instead of emitted with Reflection.Emit and compiled by the JIT — about 20 ms of each command on the
    /// dataset. Regular expressions match the same and System.Text.Json writes the same without dynamic code.
    /// </summary>
    internal static bool RunsWithoutDynamicCode(string[] args) => CommandNamedBy(args) is { } name && Array.IndexOf(WithoutDynamicCode, name) >= 0;

    /// <summary>The command the first argument names (ordinal, as System.CommandLine matches it), or null.</summary>
    internal static string? CommandNamedBy(string[] args) =>
        args.Length > 0 && Array.Exists(Commands, c => c.Name == args[0]) ? args[0] : null;

    /// <summary>Parses and runs; returns the process exit code (0 ok, 1 bad input, 2 usage error).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <param name="isTerminal">Standard output is a terminal (table output, control characters removed).</param>
    /// <param name="isErrorTerminal">Standard error is a terminal (progress is written only then).</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool isTerminal = false, bool isErrorTerminal = false)
    {
        var ctx = new CliContext(stdout, stderr, isTerminal, isErrorTerminal);
        if (!isTerminal) return RunWith(args, ctx);
        // a terminal gets no control characters from the input, in any line a command writes
        using var safe = new TerminalSafeWriter(stdout);
        return RunWith(args, ctx with { Out = safe });
    }

    private static int RunWith(string[] args, CliContext ctx)
    {
        TextWriter stdout = ctx.Out, stderr = ctx.Err;
        var helpLanguage = HelpTexts.LanguageOf(args);
        var root = Build(ctx, helpLanguage, CommandNamedBy(args));
        var parse = root.Parse(args);
        // help is shown even when --lang is given to a command that has no such option
        if (parse.Errors.Count > 0 && !HelpTexts.IsHelp(parse))
        {
            foreach (var e in parse.Errors) stderr.WriteLine($"depgraph: {CliErrors.Clean(e.Message)}");
            stderr.WriteLine("Run 'depgraph --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            if (!HelpTexts.IsHelp(parse))
                return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
            // the help is laid out in the help's language (headings included), from System.CommandLine's English layout
            using var help = new StringWriter();
            int code = parse.Invoke(new InvocationConfiguration { Output = help, Error = stderr, EnableDefaultExceptionHandler = false });
            HelpLayout.Write(help.ToString(), stdout, helpLanguage);
            return code;
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
