namespace Depgraph.Cli.Tests;

public class PathsCommandTests
{
    [Fact]
    public void K_shortest_paths_in_non_decreasing_hours()
    {
        var r = SmallGraph.Run("paths", "--from", "hub", "--to", "m1", "--k", "5", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        var paths = r.Json.GetProperty("paths").EnumerateArray().ToList();
        Assert.Equal(2, paths.Count);
        Assert.Equal(["hub", "a", "m1"], paths[0].GetProperty("nodes").EnumerateArray().Select(x => x.GetString()!).ToArray());
        Assert.Equal(2.0, paths[0].GetProperty("hours").GetDouble());
        Assert.Equal(2, paths[0].GetProperty("hops").GetInt32());
        Assert.Equal(7.0, paths[1].GetProperty("hours").GetDouble());
    }

    [Fact]
    public void No_path_gives_an_empty_list()
    {
        var r = SmallGraph.Run("paths", "--from", "m3", "--to", "hub", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Empty(r.Json.GetProperty("paths").EnumerateArray());
    }

    [Fact]
    public void Between_sectors_the_dataset_uses_the_dependency_layer()
    {
        var summary = CliRunner.Run("summary", "--format", "json").Json;
        var sectors = summary.GetProperty("sectors").EnumerateArray().ToDictionary(s => s.GetProperty("name_ja").GetString()!, s => s.GetProperty("id").GetString()!);
        var r = CliRunner.Run("paths", "--from", sectors["電力"], "--to", sectors["金融"], "--k", "3", "--format", "json");
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Equal("depends_on,supplies", r.Json.GetProperty("layer").GetString());
        var hours = r.Json.GetProperty("paths").EnumerateArray().Select(p => p.GetProperty("hours").GetDouble()).ToList();
        Assert.NotEmpty(hours);
        Assert.Equal(hours.Order().ToList(), hours);
    }
}
