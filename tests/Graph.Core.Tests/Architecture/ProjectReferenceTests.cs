using System.Xml.Linq;

namespace Depgraph.Core.Tests.Architecture;

/// <summary>
/// Holds every <c>src/*/*.csproj</c> to the table of allowed references in <c>docs/architecture.md</c>,
/// so the picture and the project files cannot drift.
/// </summary>
public sealed class ProjectReferenceTests
{
    private sealed record Rule(IReadOnlySet<string> Projects, IReadOnlySet<string> Packages);

    private static Dictionary<string, Rule> ReadRules()
    {
        var rules = new Dictionary<string, Rule>(StringComparer.Ordinal);
        var doc = File.ReadAllLines(Path.Combine(RepoPaths.Root, "docs", "architecture.md"));
        var start = Array.FindIndex(doc, l => l.StartsWith("| Project | Projects it may reference", StringComparison.Ordinal));
        Assert.True(start >= 0, "docs/architecture.md has no 'Allowed references' table");
        for (var i = start + 2; i < doc.Length && doc[i].StartsWith('|'); i++)
        {
            var cells = doc[i].Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            rules[cells[0]] = new Rule(List(cells[1]), List(cells[2]));
        }
        return rules;

        static HashSet<string> List(string cell) =>
            cell == "—" ? [] : [.. cell.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
    }

    private static IEnumerable<string> SourceProjects() =>
        Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static (List<string> Projects, List<string> Packages) References(string csproj)
    {
        var xml = XDocument.Load(csproj);
        var projects = xml.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(e.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
        var packages = xml.Descendants("PackageReference").Select(e => e.Attribute("Include")!.Value).ToList();
        return (projects, packages);
    }

    public static TheoryData<string> Projects() => [.. SourceProjects().Select(p => Path.GetFileNameWithoutExtension(p))];

    [Theory]
    [MemberData(nameof(Projects))]
    public void Project_references_only_what_the_architecture_allows(string name)
    {
        var rules = ReadRules();
        Assert.True(rules.TryGetValue(name, out var rule),
            $"{name} is not in the 'Allowed references' table of docs/architecture.md; add a row saying what it may use");
        var csproj = SourceProjects().Single(p => Path.GetFileNameWithoutExtension(p) == name);
        var (projects, packages) = References(csproj);
        Assert.Equal([], projects.Where(p => !rule.Projects.Contains(p)).ToArray());
        Assert.Equal([], packages.Where(p => !rule.Packages.Contains(p)).ToArray());
    }

    [Fact]
    public void Every_row_of_the_table_is_a_project()
    {
        var names = SourceProjects().Select(Path.GetFileNameWithoutExtension).ToHashSet();
        Assert.Equal([], ReadRules().Keys.Where(k => !names.Contains(k)).ToArray());
    }

    [Fact]
    public void Analysis_draws_nothing_and_learns_nothing()
    {
        var (projects, packages) = References(SourceProjects().Single(p => p.EndsWith("Graph.Analysis.csproj", StringComparison.Ordinal)));
        Assert.Equal(["Graph.Core"], projects);
        Assert.DoesNotContain(packages, p => p.StartsWith("ScottPlot", StringComparison.Ordinal) || p.StartsWith("Microsoft.ML", StringComparison.Ordinal) || p.StartsWith("SkiaSharp", StringComparison.Ordinal));
    }

    [Fact]
    public void Assembly_and_namespace_follow_the_folder()
    {
        foreach (var csproj in SourceProjects())
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(csproj)!);
            var xml = XDocument.Load(csproj);
            var ns = xml.Descendants("RootNamespace").Single().Value;
            var asm = xml.Descendants("AssemblyName").Single().Value;
            var expected = "Depgraph." + folder["Graph.".Length..];
            Assert.Equal(expected, ns);
            Assert.Equal(folder == "Graph.Cli" ? "depgraph" : expected, asm);
        }
    }

    [Fact]
    public void No_source_file_is_over_450_lines()
    {
        var tooLong = Directory.GetFiles(Path.Combine(RepoPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .Select(f => (Path: Path.GetRelativePath(RepoPaths.Root, f).Replace('\\', '/'), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 450)
            .Select(f => $"{f.Path}: {f.Lines}");
        Assert.Empty(tooLong);
    }
}
