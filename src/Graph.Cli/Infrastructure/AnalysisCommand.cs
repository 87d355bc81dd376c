using System.CommandLine;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// The one skeleton of the analysis commands (<c>summary</c>, <c>reach</c>, <c>spof</c>, <c>paths</c>, <c>cascade</c>,
/// <c>risk</c>, <c>sensitivity</c>, <c>compare</c>, <c>find</c>): the shared options, then format and language, then
/// the command's own analysis (its option checks, loading, computing), then the output in the chosen format or the
/// workbook, then the timings. Each command supplies only its options and its analysis.
/// </summary>
/// <remarks>
/// <c>validate</c>, <c>export</c>, <c>generate</c>, <c>survey</c> and <c>report</c> do not use it: they write files or
/// folders rather than a result on standard output in <c>--format table|json|csv</c>, and their options differ
/// (validate takes a path argument and reports problems as its result; export, generate, survey and report take
/// <c>--out</c> as a destination for several files).
/// </remarks>
internal static class AnalysisCommand
{
    /// <summary>Creates the command <paramref name="name"/> with its own <paramref name="symbols"/> (options and arguments, in help order).</summary>
    /// <param name="ctx">Where the command writes.</param>
    /// <param name="name">The command's name.</param>
    /// <param name="features">The shared options it takes besides input, format and language.</param>
    /// <param name="symbols">Its own options and arguments, listed before the shared ones.</param>
    /// <param name="analyse">Checks its options, loads the input, runs the analysis and returns what to write.</param>
    public static Command Create(CliContext ctx, string name, AnalysisFeatures features, IEnumerable<Symbol> symbols, Func<AnalysisRun, CommandOutput> analyse)
    {
        var io = new InputOptions();
        var cmd = new Command(name);
        foreach (var s in symbols)
        {
            if (s is Option o) cmd.Options.Add(o);
            else if (s is Argument a) cmd.Arguments.Add(a);
            else throw new ArgumentException($"'{s.Name}' is neither an option nor an argument.", nameof(symbols));
        }
        io.AddTo(cmd, withEdgeTypes: features.HasFlag(AnalysisFeatures.EdgeTypes));
        ScenarioOption? so = null;
        if (features.HasFlag(AnalysisFeatures.Scenario)) { so = new ScenarioOption(); so.AddTo(cmd); }
        var xlsxOut = features.HasFlag(AnalysisFeatures.Xlsx) ? XlsxTables.AddOutOption(cmd) : null;
        bool timings = features.HasFlag(AnalysisFeatures.Timings);
        if (timings) io.AddTimingsTo(cmd);
        int Run(ParseResult pr, CancellationToken ct) => Cli.Guard(ctx, () =>
        {
            var xlsx = xlsxOut is null ? null : XlsxTables.Requested(pr, io.Format, xlsxOut);
            var format = xlsx is null ? io.GetFormat(pr, ctx.IsTerminal, allowCsv: !features.HasFlag(AnalysisFeatures.NoCsv)) : OutputFormat.Table;
            var lang = io.GetLang(pr);
            var output = analyse(new AnalysisRun(ctx, pr, io, so, format, lang, xlsx is not null, ct));
            io.Timings.Lap("analysis");
            if (xlsx is not null) XlsxTables.Write(xlsx, (output.Sheets ?? throw new InvalidOperationException($"{name} asked for a workbook but made no sheets"))());
            else
            {
                if (format == OutputFormat.Csv) io.BeginCsv(pr, ctx.Out);
                output.Write(ctx.Out, format);
                // the write phase ends when the output has reached the operating system, not a buffer
                ctx.Out.Flush();
            }
            if (timings) io.WriteTimings(pr, ctx.Err);
            return ExitCodes.Ok;
        });
        // only long-running commands take System.CommandLine's asynchronous form, which turns Ctrl+C into cancellation
        if (features.HasFlag(AnalysisFeatures.Cancellable)) cmd.SetAction((pr, ct) => Task.FromResult(Run(pr, ct)));
        else cmd.SetAction(pr => Run(pr, CancellationToken.None));
        return cmd;
    }
}
