using System.Text.Json;

namespace Depgraph.Cli.Tests;

public class ExportCommandTests
{
    [Fact]
    public void Export_json_writes_the_whole_graph_with_provenance()
    {
        var dir = CliRunner.TempDir();
        var file = Path.Combine(dir, "graph.json");
        var r = CliRunner.Run("export", "json", "--out", file);
        Assert.True(r.ExitCode == 0, r.Err);
        var j = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
        var nodes = j.GetProperty("nodes").EnumerateArray().ToList();
        var summary = CliRunner.Run("summary", "--format", "json").Json;
        Assert.Equal(summary.GetProperty("nodes").GetInt32(), nodes.Count);
        Assert.Equal(summary.GetProperty("edges").GetInt32(), j.GetProperty("edges").GetArrayLength());
        Assert.All(nodes, n => Assert.NotEqual("none", n.GetProperty("provenance").GetProperty("basis").GetString()));
        Assert.Equal(file, Assert.Single(Directory.GetFiles(dir)));
    }

    [Fact]
    public void Export_of_bad_input_writes_nothing()
    {
        var bad = CliRunner.WriteCsv("id,kind,label\na,member,A\n", "source,target,type,weight,probability\na,b,shares_with,1,1\n");
        var outDir = CliRunner.TempDir();
        var file = Path.Combine(outDir, "g.graphml");
        var r = CliRunner.Run("export", "graphml", "--nodes", Path.Combine(bad, "nodes.csv"), "--edges", Path.Combine(bad, "edges.csv"), "--out", file);
        Assert.Equal(1, r.ExitCode);
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [Theory]
    [InlineData("graphml", "g.graphml")]
    [InlineData("dot", "g.dot")]
    [InlineData("neo4j", "neo4j")]
    public void Export_formats_write_their_output(string format, string name)
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, name);
        var r = CliRunner.Run("export", format, "--out", path);
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.True(File.Exists(path) || Directory.Exists(path));
    }
}
