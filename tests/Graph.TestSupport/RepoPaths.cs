namespace Depgraph.TestSupport;

/// <summary>Paths inside the repository, found from the test binary's folder.</summary>
public static class RepoPaths
{
    /// <summary>The folder holding Dependency.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The shipped dataset folder.</summary>
    public static string Dataset => Path.Combine(Root, "data", "ceptoar-fy2024");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dependency.sln"))) return dir.FullName;
        throw new InvalidOperationException($"Dependency.sln not found above {AppContext.BaseDirectory}");
    }
}
