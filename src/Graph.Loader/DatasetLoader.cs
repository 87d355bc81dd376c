using System.Collections.Immutable;
using System.Globalization;
using Depgraph.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Depgraph.Loader;

/// <summary>
/// Loads and validates a curated dataset folder (e.g. <c>data/ceptoar-fy2024</c>): YAML node and edge files
/// with provenance, channel defaults, the dependency matrix and the source text the evidence quotes come from.
/// </summary>
/// <remarks>
/// <para>Folder layout:</para>
/// <list type="bullet">
/// <item><c>defaults.yaml</c>: <c>channels: { id: { name_ja, name_en, delay_hours, probability, assumption } }</c> and
/// <c>dependency_defaults: { probability, time_to_impact_hours, assumption }</c>;</item>
/// <item>every other <c>*.yaml</c>, in ordinal file-name order: top-level <c>nodes:</c> and/or <c>edges:</c> lists;</item>
/// <item><c>dependencies.csv</c> (optional), header <c>dependant,supplier,strength,probability,time_to_impact_hours,basis,reason</c>:
/// a row with strength &gt; 0 or a written probability &gt; 0 becomes a <c>depends_on</c> edge dependant → supplier.
/// An empty strength is 0; an empty probability or time uses <c>dependency_defaults</c>. <c>basis: assumption</c>
/// gives the provenance <c>assumption: reason</c>; <c>basis: survey</c> gives no evidence and no assumption
/// (the survey is the source) and keeps <c>basis=survey</c> and <c>reason</c> as attributes;</item>
/// <item><c>source/*.txt</c>: the source documents; every evidence quote must occur in one verbatim
/// (CRLF read as LF); <see cref="Evidence.Line"/> is the 1-based line where it starts.</item>
/// </list>
/// <para>A <c>shares_with</c> edge (flow <c>provide</c> unless it says <c>report</c>) sends over its channels
/// (none ⇒ <c>unspecified</c>) in parallel: delay = the smallest channel delay, probability = 1 − Π(1 − pᵢ),
/// unless the edge gives <c>delay_hours</c> / <c>probability</c> itself. A <c>depends_on</c> edge without values
/// takes <c>dependency_defaults</c>; other edges default to delay 0 and probability 1.</para>
/// <para>Every problem is collected (never only the first) with the file (folder + relative name) and 1-based
/// line; unknown fields are warnings (<c>bad-value</c>). <see cref="Node.File"/> and <see cref="Edge.File"/> hold
/// the file name relative to the folder. Malformed input never throws.</para>
/// </remarks>
public static partial class DatasetLoader
{
    /// <summary>The channel and dependency defaults file.</summary>
    public const string DefaultsFile = "defaults.yaml";
    /// <summary>The manifest: <c>files:</c>, the list of the dataset's node/edge files and <c>dependencies.csv</c>.</summary>
    public const string ManifestFile = "manifest.yaml";
    /// <summary>The dependency matrix file.</summary>
    public const string DependenciesFile = "dependencies.csv";
    /// <summary>The folder of source texts.</summary>
    public const string SourceFolder = "source";
    /// <summary>The channel a shares_with edge uses when it names none.</summary>
    public const string UnspecifiedChannel = "unspecified";
    /// <summary>The exact header of dependencies.csv.</summary>
    public const string DependenciesHeader = "dependant,supplier,strength,probability,time_to_impact_hours,basis,reason";

    /// <summary>Loads and validates a dataset folder.</summary>
    /// <param name="folder">The dataset folder; its name is the dataset name.</param>
    /// <param name="options">Limits and encoding; null for strict UTF-8 and <see cref="ReaderLimits.Default"/>.</param>
    /// <returns>The curated dataset, or every issue found (file:line, code, message).</returns>
    /// <exception cref="ArgumentException"><paramref name="folder"/> is null or empty.</exception>
    /// <example><code>var ds = DatasetLoader.Load("data/ceptoar-fy2024").GetValueOrThrow();</code></example>
    public static LoadResult<GraphDataset> Load(string folder, ReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var run = new Run(folder, options ?? ReaderOptions.Default);
        try
        {
            run.Execute();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            run.Issues.Error(folder, 0, IssueCodes.Syntax, $"unexpected failure while loading ({ex.GetType().Name}: {ex.Message}); please report this.");
        }
        return new LoadResult<GraphDataset>(run.Issues.HasErrors ? null : run.Result(), run.Issues.ToList());
    }

    private sealed record ChannelDefaults(double DelayHours, double Probability, Ranges.DefaultRange? Range = null);

    private sealed partial class Run(string folder, ReaderOptions options)
    {
        private static readonly string[] NodeFields =
            ["id", "kind", "name_ja", "name_en", "department_ja", "scope", "members_as_written", "members", "evidence", "assumption", "assumption_ja", "attributes"];
        private static readonly string[] EdgeFields =
            ["from", "to", "type", "flow", "channels", "delay_hours", "probability", "evidence", "assumption", "assumption_ja", "attributes"];
        private static readonly string[] ChannelFields = ["name_ja", "name_en", "delay_hours", "probability", "assumption"];
        private static readonly string[] ChannelRangeFields = ["delay_hours_low", "delay_hours_high", "probability_low", "probability_high", "distribution", "range_reason", "range_reason_ja"];
        private static readonly string[] DependencyRangeFields = ["time_to_impact_hours_low", "time_to_impact_hours_high", "probability_low", "probability_high", "distribution", "range_reason", "range_reason_ja"];
        private static readonly string[] DependencyDefaultFields = ["probability", "time_to_impact_hours", "assumption"];

        /// <summary>True when the manifest lists <c>ja</c> among its <c>languages</c>: every English reason needs a Japanese one.</summary>
        private bool _japaneseRequired;

        /// <summary>
        /// Checks an English reason against its Japanese twin: a Japanese reason without an English one is an error, and so is
        /// an English reason without a Japanese one when the manifest lists <c>ja</c>.
        /// </summary>
        private void CheckReasonPair(string? english, string? japanese, string path, int line, string who, string field)
        {
            if (japanese is not null && string.IsNullOrWhiteSpace(english))
                Issues.Error(path, line, IssueCodes.MissingField, $"{who} gives '{field}_ja' but no '{field}'; give the reason in English too.");
            else if (_japaneseRequired && !string.IsNullOrWhiteSpace(english) && string.IsNullOrWhiteSpace(japanese))
                Issues.Error(path, line, IssueCodes.MissingField, $"{who} gives '{field}' but no '{field}_ja'; {ManifestFile} lists the language ja, so write the reason in Japanese too.");
        }

        private readonly SourceTexts _sources = new();
        private readonly Dictionary<string, ChannelDefaults> _channels = new(StringComparer.Ordinal);
        private readonly List<Channel> _channelList = [];
        private ChannelDefaults _dependencyDefaults = new(24, 0.3);
        private readonly List<Node> _nodes = [];
        private readonly List<Edge> _edges = [];
        private readonly Dictionary<string, Node> _byId = new(StringComparer.Ordinal);
        private bool _defaultsRead;
        private int _unreadGraphFiles;

        public IssueCollector Issues { get; } = new();

        private string PathOf(string rel) => Path.Combine(folder, rel);

        private int _lastLine = int.MaxValue;

        /// <summary>A node's line, clamped to the file being read (YamlDotNet can place a node at the end of input one line past the last).</summary>
        private int LineOf(YamlNode n) => (int)Math.Clamp(n.Start.Line, 1, _lastLine);

        public GraphDataset Result()
        {
            var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)));
            var sources = _sources.Names.Select(f => new SourceDocument(f, Path.GetFileNameWithoutExtension(f), "NISC"));
            return new GraphDataset(name, [.. _nodes], [.. _edges], [.. sources], isCurated: true, channels: [.. _channelList]);
        }

        public void Execute()
        {
            if (!Directory.Exists(folder))
            {
                Issues.Error(folder, 0, IssueCodes.FileNotFound, $"dataset folder '{folder}' does not exist.");
                return;
            }
            ReadSources();
            var (graphFiles, readDependencies) = ReadManifest(); // first: it says whether Japanese reasons are required
            ReadDefaults();
            foreach (var file in graphFiles) ReadGraphFile(file);
            if (readDependencies) ReadDependencies();
            if (_nodes.Count > options.Limits.MaxNodes)
                Issues.Error(folder, 0, IssueCodes.Limit, options.Limits.Exceeded("max-nodes", $"the dataset defines {_nodes.Count:N0} nodes"));
            if (_edges.Count > options.Limits.MaxEdges)
                Issues.Error(folder, 0, IssueCodes.Limit, options.Limits.Exceeded("max-edges", $"the dataset defines {_edges.Count:N0} edges"));
            if (_unreadGraphFiles > 0) return; // the ids an unreadable file defines are unknown: no dangling-reference flood
            foreach (var e in _edges)
            {
                foreach (var (role, id) in new[] { ("from", e.Source), ("to", e.Target) })
                    if (!_byId.ContainsKey(id))
                        Issues.Error(PathOf(e.File!), e.Line, IssueCodes.DanglingReference,
                            $"{e.Kind.Token()} edge {e.Source} -> {e.Target}: '{role}' names '{id}', which no node defines; add the node or fix the id.");
            }
        }
    }
}
