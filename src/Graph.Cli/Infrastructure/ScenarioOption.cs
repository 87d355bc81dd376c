using System.CommandLine;
using Depgraph.Loader;
using Depgraph.Loader.Scenarios;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// <c>--scenario FILE</c>: the analysis runs on the input with a what-if scenario applied (docs/scenarios.md).
/// A bad scenario is bad input (exit 1) naming the scenario file and line; nothing is written.
/// </summary>
public sealed class ScenarioOption
{
    /// <summary>--scenario FILE.</summary>
    public Option<string?> Scenario { get; } = new("--scenario") { Description = "Apply a what-if scenario file (YAML, see docs/scenarios.md) before the analysis", HelpName = "FILE" };

    /// <summary>Adds the option to a command.</summary>
    public void AddTo(Command command) => command.Options.Add(Scenario);

    /// <summary>
    /// Loads the input (<see cref="InputOptions.Load"/>) and applies the scenario when one is given. Without
    /// <c>--scenario</c> this is exactly <see cref="InputOptions.Load"/>. The scenario must not remove the nodes that
    /// <paramref name="sourceSpecs"/> name (the analysis sources, resolved on the base graph; a null or empty spec
    /// stands for the default source, <see cref="Core.Compact.CompactGraph.DefaultSource"/>).
    /// </summary>
    public InputGraph Load(ParseResult pr, InputOptions io, CliContext ctx, bool needDataset, params string?[] sourceSpecs)
    {
        var path = pr.GetValue(Scenario);
        if (string.IsNullOrWhiteSpace(path)) return io.Load(pr, needDataset);
        var input = io.Load(pr, needDataset: true);
        var protect = sourceSpecs.SelectMany(s => string.IsNullOrWhiteSpace(s)
            ? (input.Graph.DefaultSource() is int d and >= 0 ? [input.Graph.Id(d)] : [])
            : NodeArguments.IdsOrNone(input.Graph, s)).ToList();
        var app = Apply(input, path, protect);
        ctx.Err.WriteLine($"depgraph: scenario '{app.Scenario.Name}' ({path}): {Summary(app)}");
        return ReferenceEquals(app.Dataset, input.Dataset) ? input
            : new InputGraph(app.Dataset, app.Dataset.ToCompactGraph(), input.IsCurated, $"{input.Description} + scenario {path}");
    }

    /// <summary>Reads <paramref name="path"/> and applies it to <paramref name="input"/>; bad input throws <see cref="BadInputException"/>.</summary>
    public static ScenarioApplication Apply(InputGraph input, string path, IEnumerable<string> protectedIds)
    {
        var read = ScenarioReader.Read(path);
        ThrowOnErrors(read.Issues);
        return Apply(input, read.Value!, protectedIds);
    }

    /// <summary>Applies a read scenario; bad input throws <see cref="BadInputException"/>.</summary>
    public static ScenarioApplication Apply(InputGraph input, Scenario scenario, IEnumerable<string> protectedIds)
    {
        var ds = input.Dataset ?? throw new InvalidOperationException("a scenario needs the full dataset; load with needDataset: true");
        var applied = ScenarioApplier.Apply(ds, scenario, protectedIds);
        ThrowOnErrors(applied.Issues);
        return applied.Value!;
    }

    /// <summary>" + scenario NAME (file)" for input descriptions when a non-empty scenario is given, else empty (so an empty scenario changes nothing).</summary>
    public string Describe(ParseResult pr)
    {
        var path = pr.GetValue(Scenario);
        if (string.IsNullOrWhiteSpace(path)) return "";
        var s = ScenarioReader.Read(path).Value;
        return s is null || s.IsEmpty ? "" : $" + scenario {s.Name} ({Path.GetFileName(path)})";
    }

    /// <summary>One line: how many changes, or "no changes".</summary>
    public static string Summary(ScenarioApplication app) =>
        app.Changes.IsEmpty ? "no changes" : $"{app.Changes.Length} change{(app.Changes.Length == 1 ? "" : "s")} (" +
            string.Join(", ", app.Changes.GroupBy(c => c.Action).Select(g => $"{g.Key} {g.Count()}")) + ")";

    internal static void ThrowOnErrors(IReadOnlyList<LoadIssue> issues)
    {
        if (issues.Any(i => i.Severity == IssueSeverity.Error)) throw new BadInputException(issues);
    }
}
