using System.Text.Json;
using System.Text.RegularExpressions;

namespace Depgraph.Loader.Tests.Interchange;

/// <summary>The analysts' Cypher queries in queries/: ten of them, each shown verbatim in the README, each accepted by Neo4j's parser.</summary>
public class QueriesTests
{
    private static string QueriesDir => Path.Combine(ExternalTools.RepoRoot, "queries");

    private static string[] Files() => [.. Directory.GetFiles(QueriesDir, "*.cypher").Order(StringComparer.Ordinal)];

    [Fact]
    public void ThereAreTenQueries_EachInTheReadmeVerbatim_WithAnAnswerPlaceholder()
    {
        var files = Files();
        Assert.Equal(10, files.Length);
        var readme = File.ReadAllText(Path.Combine(QueriesDir, "README.md"));
        var blocks = Regex.Matches(readme, "```cypher\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(files.Select(File.ReadAllText), blocks);
        Assert.Equal(10, Regex.Matches(readme, "^Expected answer \\(CLI\\): ", RegexOptions.Multiline).Count);
    }

    [Fact]
    public void EveryQuery_PassesNeo4jsParser()
    {
        var files = Files();
        var r = ExternalTools.LintCypher(files);
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(files.Length, doc.RootElement.GetArrayLength());
        foreach (var result in doc.RootElement.EnumerateArray())
        {
            Assert.Equal(1, result.GetProperty("statements").GetInt32());
            Assert.Equal(0, result.GetProperty("diagnostics").GetArrayLength());
        }
    }
}
