using System.CommandLine;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Loader;
using Depgraph.Loader.Interchange;

namespace Depgraph.Cli.Infrastructure;

/// <summary>A loaded input: the dataset (when attributes are needed) and the compact graph of all its edges.</summary>
/// <param name="Dataset">The full dataset; null when loaded by the fast CSV path.</param>
/// <param name="Graph">All edges, stored direction.</param>
/// <param name="IsCurated">True for a curated dataset folder.</param>
/// <param name="Description">What was loaded, for messages.</param>
public sealed record InputGraph(GraphDataset? Dataset, CompactGraph Graph, bool IsCurated, string Description);

/// <summary>The options every analysis command shares: input, format, layer, language.</summary>
public sealed class InputOptions
{
    /// <summary>--data DIR.</summary>
    public Option<string?> Data { get; } = new("--data") { Description = "Dataset folder (default: the shipped data/ceptoar-fy2024)", HelpName = "DIR" };
    /// <summary>--nodes FILE.</summary>
    public Option<string?> Nodes { get; } = new("--nodes") { Description = "Generic nodes.csv (id,kind,label); needs --edges", HelpName = "FILE" };
    /// <summary>--edges FILE.</summary>
    public Option<string?> Edges { get; } = new("--edges") { Description = "Generic edges.csv (source,target,type,weight,probability); needs --nodes", HelpName = "FILE" };
    /// <summary>--graphml FILE.</summary>
    public Option<string?> GraphMl { get; } = new("--graphml") { Description = "A GraphML file", HelpName = "FILE" };
    /// <summary>--format.</summary>
    public Option<string?> Format { get; } = new("--format") { Description = "table | json | csv (default: table on a terminal, json otherwise)", HelpName = "FORMAT" };
    /// <summary>--edge-types.</summary>
    public Option<string?> EdgeTypes { get; } = new("--edge-types") { Description = "Edge types to follow, comma-separated (shares_with, shares_with:provide, shares_with:report, member_of, depends_on, supplies, ~type reversed, all)", HelpName = "T,..." };
    /// <summary>--encoding.</summary>
    public Option<string?> Encoding { get; } = EncodingOption();
    /// <summary>--limits.</summary>
    public Option<string?> Limits { get; } = LimitsOption();
    /// <summary>--bom: a UTF-8 byte-order mark before CSV output, so Excel opens Japanese names correctly.</summary>
    public Option<bool> Bom { get; } = new("--bom") { Description = "With --format csv: start the output with a UTF-8 byte-order mark, so Excel reads Japanese names correctly" };
    /// <summary>--lang.</summary>
    public Option<string?> Lang { get; } = new("--lang") { Description = "Names in table output: ja (default) or en", HelpName = "ja|en" };

    /// <summary>--timings (analysis commands only).</summary>
    public Option<bool> TimingsOption { get; } = Timings.CreateOption();

    /// <summary>The phase clock of the current invocation, started by <see cref="Load"/>; "load" is its first lap.</summary>
    public Timings Timings { get; private set; } = new();

    /// <summary>Adds <c>--timings</c> to an analysis command.</summary>
    public void AddTimingsTo(Command command) => command.Options.Add(TimingsOption);

    /// <summary>Ends the "write" phase and, when <c>--timings</c> was given, writes the timings line on <paramref name="err"/>.</summary>
    public void WriteTimings(ParseResult pr, TextWriter err)
    {
        Timings.Lap("write");
        if (pr.GetValue(TimingsOption)) err.WriteLine(Timings.ToJsonLine());
    }

    /// <summary>Adds the input options (and format/lang) to a command.</summary>
    public void AddTo(Command command, bool withEdgeTypes, bool withFormat = true)
    {
        command.Options.Add(Data);
        command.Options.Add(Nodes);
        command.Options.Add(Edges);
        command.Options.Add(GraphMl);
        command.Options.Add(Encoding);
        command.Options.Add(Limits);
        if (withFormat) { command.Options.Add(Format); command.Options.Add(Bom); }
        if (withEdgeTypes) command.Options.Add(EdgeTypes);
        command.Options.Add(Lang);
    }

    /// <summary>The output format chosen (<c>--bom</c> only with csv).</summary>
    public OutputFormat GetFormat(ParseResult pr, bool isTerminal, bool allowCsv = true)
    {
        var format = ParseFormat(pr, isTerminal, allowCsv);
        if (pr.GetValue(Bom) && format != OutputFormat.Csv) throw new UsageException("--bom is for --format csv");
        return format;
    }

    /// <summary>
    /// Starts the output: the byte-order mark when <c>--bom</c> was given. <see cref="GetFormat"/> refuses <c>--bom</c>
    /// with any format but csv, so callers need not check the format. Call right before the first line.
    /// </summary>
    public void BeginCsv(ParseResult pr, TextWriter o)
    {
        if (pr.GetValue(Bom)) o.Write('\uFEFF');
    }

    private OutputFormat ParseFormat(ParseResult pr, bool isTerminal, bool allowCsv)
    {
        var f = pr.GetValue(Format);
        return f?.Trim().ToLowerInvariant() switch
        {
            null or "" => isTerminal ? OutputFormat.Table : OutputFormat.Json,
            "table" => OutputFormat.Table,
            "json" => OutputFormat.Json,
            "csv" when allowCsv => OutputFormat.Csv,
            _ => throw new UsageException($"--format must be table, json{(allowCsv ? " or csv" : "")}; got '{f}'"),
        };
    }

    /// <summary>The language of names and table text: <c>--lang</c>, or <see cref="Languages.FromEnvironment"/> when not given.</summary>
    public Language GetLang(ParseResult pr) => ParseLanguage(pr.GetValue(Lang));

    /// <summary>
    /// The value of a <c>--lang</c> option: <c>ja</c> or <c>en</c>; when empty, the environment's culture
    /// (<see cref="Languages.FromEnvironment"/>: English when it is English, otherwise Japanese). Anything else is a usage error.
    /// </summary>
    public static Language ParseLanguage(string? value) =>
        string.IsNullOrWhiteSpace(value) ? Languages.FromEnvironment()
        : Languages.TryParse(value, out var language) ? language
        : throw new UsageException($"--lang must be ja or en; got '{value.Trim()}'");

    /// <summary>The edge layer: --edge-types if given, else <paramref name="curatedDefault"/> on the curated dataset and <c>all</c> otherwise.</summary>
    public EdgeLayer GetLayer(ParseResult pr, InputGraph input, EdgeLayer curatedDefault)
    {
        var spec = pr.GetValue(EdgeTypes);
        if (string.IsNullOrWhiteSpace(spec)) return input.IsCurated ? curatedDefault : EdgeLayer.All;
        return EdgeLayer.TryParse(spec, out var layer, out var error) ? layer! : throw new UsageException("--edge-types: " + error);
    }

    /// <summary>A new <c>--encoding</c> option.</summary>
    public static Option<string?> EncodingOption() => new("--encoding")
    {
        Description = "Encoding of CSV and YAML input: utf-8 (default; invalid bytes are an error), cp932 (Shift_JIS / Windows Japanese), euc-jp",
        HelpName = "NAME",
    };

    /// <summary>A new <c>--limits</c> option.</summary>
    public static Option<string?> LimitsOption() => new("--limits")
    {
        Description = "Raise or lower reader limits, e.g. max-nodes=50M,yaml-depth=200 (" + string.Join(", ", ReaderLimits.Names) + "; see docs/hardening.md)",
        HelpName = "NAME=N,...",
    };

    /// <summary>The reader options (<c>--encoding</c>, <c>--limits</c>); a usage error names a bad value.</summary>
    public static ReaderOptions GetReaderOptions(string? encoding, string? limits)
    {
        var options = ReaderOptions.Default;
        if (!string.IsNullOrWhiteSpace(encoding))
        {
            if (!ReaderOptions.TryGetEncoding(encoding, out var e))
                throw new UsageException($"--encoding: unknown encoding '{encoding}'; known: {ReaderOptions.EncodingNames}");
            options = options with { Encoding = e! };
        }
        if (!string.IsNullOrWhiteSpace(limits))
        {
            if (!ReaderLimits.TryParse(limits, out var l, out var error)) throw new UsageException("--limits: " + error);
            options = options with { Limits = l! };
        }
        return options;
    }

    /// <summary>The reader options this command line gives.</summary>
    public ReaderOptions GetReaderOptions(ParseResult pr) => GetReaderOptions(pr.GetValue(Encoding), pr.GetValue(Limits));

    /// <summary>Loads the input the options name. <paramref name="needDataset"/> forces the attribute-rich path for CSV.</summary>
    public InputGraph Load(ParseResult pr, bool needDataset)
    {
        Timings = new Timings();
        var input = LoadInput(pr, needDataset);
        Timings.Lap("load");
        return input;
    }

    private InputGraph LoadInput(ParseResult pr, bool needDataset)
    {
        string? data = pr.GetValue(Data), nodes = pr.GetValue(Nodes), edges = pr.GetValue(Edges), graphml = pr.GetValue(GraphMl);
        int given = (data is null ? 0 : 1) + (nodes is null && edges is null ? 0 : 1) + (graphml is null ? 0 : 1);
        if (given > 1) throw new UsageException("give one input: --data DIR, or --nodes FILE --edges FILE, or --graphml FILE");
        var options = GetReaderOptions(pr);
        if (data is not null && File.Exists(data))
            throw new UsageException($"--data takes a dataset folder, but '{data}' is a file; for a GraphML file use --graphml FILE, for a CSV pair --nodes FILE --edges FILE");
        if (nodes is not null || edges is not null)
        {
            if (nodes is null || edges is null) throw new UsageException("--nodes and --edges go together");
            if (!needDataset)
            {
                var fast = GraphInput.LoadCsvCompact(nodes, edges, options);
                ThrowOnErrors(fast.Issues);
                return new InputGraph(null, fast.Value!, false, $"{nodes} + {edges}");
            }
            var ds = GraphInput.LoadCsv(nodes, edges, options);
            ThrowOnErrors(ds.Issues);
            return new InputGraph(ds.Value!, ds.Value!.ToCompactGraph(), false, $"{nodes} + {edges}");
        }
        if (graphml is not null)
        {
            var g = GraphMlReader.Read(graphml, options);
            ThrowOnErrors(g.Issues);
            return new InputGraph(g.Value!, g.Value!.ToCompactGraph(), false, graphml);
        }
        var dir = data ?? GraphInput.FindDefaultDataset()
            ?? throw new UsageException("the default dataset data/ceptoar-fy2024 was not found; give --data DIR");
        var d = GraphInput.LoadDataset(dir, options);
        ThrowOnErrors(d.Issues);
        return new InputGraph(d.Value!, d.Value!.ToCompactGraph(), true, dir);
    }

    private static void ThrowOnErrors(IReadOnlyList<LoadIssue> issues)
    {
        if (issues.Any(i => i.Severity == IssueSeverity.Error)) throw new BadInputException(issues);
    }

    /// <summary>Resolves comma-separated ids to vertices; unknown ids are a usage error naming them.</summary>
    public static int[] ResolveIds(CompactGraph g, string? spec, string option)
    {
        var ids = (spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (ids.Length == 0) throw new UsageException($"{option} needs at least one node id");
        var missing = ids.Where(id => g.IndexOf(id) < 0).ToList();
        if (missing.Count > 0)
            throw new UsageException($"{option}: unknown node id{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => "'" + m + "'"))}" + Suggest(g, missing[0]));
        return ids.Select(g.IndexOf).Distinct().ToArray();
    }

    private static string Suggest(CompactGraph g, string id)
    {
        if (g.NodeCount > 200_000) return "";
        var close = Enumerable.Range(0, g.NodeCount)
            .Where(v => g.Id(v).Contains(id, StringComparison.OrdinalIgnoreCase) || g.Label(v).Contains(id, StringComparison.Ordinal))
            .Take(5).Select(g.Id).ToList();
        return close.Count > 0 ? $"; did you mean {string.Join(", ", close)}?" : "";
    }
}
