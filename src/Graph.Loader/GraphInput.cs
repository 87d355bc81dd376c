using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Loader;

/// <summary>
/// One entry point for every input the command line and the notebooks accept: the curated dataset folder,
/// a generic nodes.csv / edges.csv pair, and (for validation) a GraphML file.
/// </summary>
/// <example><code>
/// var dir = GraphInput.FindDefaultDataset() ?? throw new DirectoryNotFoundException("no data/ceptoar-fy2024");
/// var graph = GraphInput.LoadDataset(dir).GetValueOrThrow().ToCompactGraph();
/// </code></example>
public static class GraphInput
{
    /// <summary>The folder name of the shipped default dataset.</summary>
    public const string DefaultDatasetName = "ceptoar-fy2024";

    /// <summary>Loads a curated dataset folder (see <see cref="DatasetLoader"/>).</summary>
    /// <param name="dir">The dataset folder.</param>
    /// <param name="options">Limits and encoding (null: defaults).</param>
    /// <returns>The dataset, or every issue found.</returns>
    public static LoadResult<GraphDataset> LoadDataset(string dir, ReaderOptions? options = null) => DatasetLoader.Load(dir, options);

    /// <summary>Loads a generic CSV pair as a dataset (see <see cref="GenericCsvLoader.LoadDataset"/>).</summary>
    /// <param name="nodes">Path of nodes.csv (<c>id,kind,label</c>).</param>
    /// <param name="edges">Path of edges.csv (<c>source,target,type,weight,probability</c>).</param>
    /// <param name="options">Limits and encoding (null: defaults).</param>
    /// <returns>The dataset, or every issue found.</returns>
    public static LoadResult<GraphDataset> LoadCsv(string nodes, string edges, ReaderOptions? options = null) => GenericCsvLoader.LoadDataset(nodes, edges, options);

    /// <summary>Loads a generic CSV pair straight into a compact graph (see <see cref="GenericCsvLoader.LoadCompact"/>).</summary>
    /// <param name="nodes">Path of nodes.csv.</param>
    /// <param name="edges">Path of edges.csv.</param>
    /// <param name="options">Limits and encoding (null: defaults).</param>
    /// <returns>The compact graph, or every issue found.</returns>
    public static LoadResult<CompactGraph> LoadCsvCompact(string nodes, string edges, ReaderOptions? options = null) => GenericCsvLoader.LoadCompact(nodes, edges, options);

    /// <summary>Loads a GraphML file (see <see cref="Interchange.GraphMlReader"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits (null: defaults); GraphML declares its own encoding.</param>
    /// <returns>The dataset, or every issue found.</returns>
    public static LoadResult<GraphDataset> LoadGraphMl(string path, ReaderOptions? options = null) => Interchange.GraphMlReader.Read(path, options);

    /// <summary>
    /// Finds the shipped dataset: <c>&lt;AppContext.BaseDirectory&gt;/data/ceptoar-fy2024</c> if it exists, else the first
    /// <c>data/ceptoar-fy2024</c> holding a <c>defaults.yaml</c> found walking up from the current directory, then
    /// walking up from <see cref="AppContext.BaseDirectory"/>.
    /// </summary>
    /// <returns>The full path of the dataset folder, or null when none is found.</returns>
    public static string? FindDefaultDataset()
    {
        var local = Path.Combine(AppContext.BaseDirectory, "data", DefaultDatasetName);
        if (Directory.Exists(local)) return Path.GetFullPath(local);
        return WalkUp(Directory.GetCurrentDirectory()) ?? WalkUp(AppContext.BaseDirectory);

        static string? WalkUp(string start)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data", DefaultDatasetName);
                if (File.Exists(Path.Combine(candidate, DatasetLoader.DefaultsFile))) return candidate;
            }
            return null;
        }
    }

    /// <summary>
    /// Validates any accepted input and returns every issue: a dataset folder (it has <c>defaults.yaml</c> or
    /// <c>*.yaml</c> files), a folder holding <c>nodes.csv</c> and <c>edges.csv</c> (or either file of the pair), or a
    /// <c>.graphml</c> file.
    /// </summary>
    /// <param name="path">A folder or file.</param>
    /// <param name="options">Limits and encoding (null: defaults).</param>
    /// <returns>The loaded dataset (when there are no errors) and every issue.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static LoadResult<GraphDataset> Validate(string path, ReaderOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            string nodes = Path.Combine(path, "nodes.csv"), edges = Path.Combine(path, "edges.csv");
            if (File.Exists(Path.Combine(path, DatasetLoader.DefaultsFile)) || File.Exists(Path.Combine(path, DatasetLoader.ManifestFile))
                || Directory.GetFiles(path, "*.yaml").Length > 0 || Directory.GetFiles(path, "*.yml").Length > 0)
                return DatasetLoader.Load(path, options);
            if (File.Exists(nodes) || File.Exists(edges)) return GenericCsvLoader.LoadDataset(nodes, edges, options);
            return Fail(path, IssueCodes.FileNotFound,
                "the folder holds neither a dataset (defaults.yaml and *.yaml files) nor a nodes.csv / edges.csv pair.");
        }
        if (!File.Exists(path)) return Fail(path, IssueCodes.FileNotFound, "no such file or folder.");
        var name = Path.GetFileName(path);
        if (path.EndsWith(".graphml", StringComparison.OrdinalIgnoreCase)) return Interchange.GraphMlReader.Read(path, options);
        if (name.Equals("nodes.csv", StringComparison.OrdinalIgnoreCase) || name.Equals("edges.csv", StringComparison.OrdinalIgnoreCase))
        {
            var dir = Path.GetDirectoryName(path) ?? "";
            return GenericCsvLoader.LoadDataset(Path.Combine(dir, "nodes.csv"), Path.Combine(dir, "edges.csv"), options);
        }
        return Fail(path, IssueCodes.BadValue,
            "cannot tell what this file is; give a dataset folder, a folder with nodes.csv and edges.csv, or a .graphml file.");
    }

    private static LoadResult<GraphDataset> Fail(string path, string code, string message) =>
        new(null, [new LoadIssue(path, 0, code, message)]);
}
