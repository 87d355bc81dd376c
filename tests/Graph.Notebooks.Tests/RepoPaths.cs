namespace Depgraph.Notebooks.Tests;

/// <summary>Where the repository, the notebooks and the Release build the notebooks load live.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dependency.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Dependency.sln not found above {AppContext.BaseDirectory}");
    });

    /// <summary>The folder holding Dependency.sln.</summary>
    public static string RepoRoot => Root.Value;

    /// <summary>notebooks/: the working directory of every run, so that <c>#load "_setup.csx"</c> and <c>#r "../src/…"</c> resolve.</summary>
    public static string NotebooksDir => Path.Combine(RepoRoot, "notebooks");

    /// <summary>The Release output of src/Graph.Cli that <c>notebooks/_setup.csx</c> references.</summary>
    public static string ReleaseBin => Path.Combine(RepoRoot, "src", "Graph.Cli", "bin", "Release", "net10.0");

    /// <summary>The committed notebooks, sorted by name.</summary>
    public static IReadOnlyList<string> NotebookNames() =>
        Directory.Exists(NotebooksDir)
            ? Directory.GetFiles(NotebooksDir, "*.ipynb").Select(Path.GetFileName).OfType<string>()
                .Order(StringComparer.Ordinal).ToList()
            : [];
}
