using System.CommandLine;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// One invocation of an analysis command, as <see cref="AnalysisCommand"/> hands it to the command's analysis: the
/// parsed options, the chosen format and language, and the shared input loading.
/// </summary>
internal sealed class AnalysisRun(CliContext context, ParseResult parse, InputOptions io, ScenarioOption? scenario, OutputFormat format, Language language, bool xlsx,
    CancellationToken cancellation)
{
    /// <summary>Where the command writes.</summary>
    public CliContext Context { get; } = context;
    /// <summary>The parsed command line.</summary>
    public ParseResult Parse { get; } = parse;
    /// <summary>The shared input options.</summary>
    public InputOptions Io { get; } = io;
    /// <summary>The text format (table when a workbook is written).</summary>
    public OutputFormat Format { get; } = format;
    /// <summary>The language of names and table text.</summary>
    public Language Language { get; } = language;
    /// <summary>True when <c>--format xlsx</c> asks for a workbook.</summary>
    public bool Xlsx { get; } = xlsx;
    /// <summary>Cancelled by Ctrl+C for commands with <see cref="AnalysisFeatures.Cancellable"/>; never otherwise.</summary>
    public CancellationToken Cancellation { get; } = cancellation;

    /// <summary>The value of one of the command's own options or arguments.</summary>
    public T? Value<T>(Option<T> option) => Parse.GetValue(option);

    /// <inheritdoc cref="Value{T}(Option{T})"/>
    public T? Value<T>(Argument<T> argument) => Parse.GetValue(argument);

    /// <summary>
    /// Loads the input, with the scenario applied when the command takes <c>--scenario</c> and one is given; the
    /// scenario must not remove the nodes <paramref name="sourceSpecs"/> name (<see cref="ScenarioOption.Load"/>).
    /// </summary>
    public InputGraph Load(bool needDataset, params string?[] sourceSpecs) =>
        scenario is null ? Io.Load(Parse, needDataset) : scenario.Load(Parse, Io, Context, needDataset, sourceSpecs);

    /// <summary>The edge layer: <c>--edge-types</c>, else <paramref name="curatedDefault"/> (<see cref="InputOptions.GetLayer"/>).</summary>
    public EdgeLayer Layer(InputGraph input, EdgeLayer curatedDefault) => Io.GetLayer(Parse, input, curatedDefault);
}
