using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests;

public class GraphInputTests
{
    [Fact]
    public void Validate_recognises_a_dataset_folder()
    {
        var r = GraphInput.Validate(TestPaths.Fixture("yaml", "valid"));
        Assert.True(r.Success);
        Assert.True(r.Value!.IsCurated);
        Assert.Equal(IssueCodes.QuoteNotFound, Assert.Single(GraphInput.Validate(TestPaths.Fixture("yaml", "quote_not_found")).Issues).Code);
    }

    [Fact]
    public void Validate_recognises_a_csv_pair_folder_or_either_file_of_it()
    {
        foreach (var path in new[] { TestPaths.Fixture("csv"), TestPaths.Fixture("csv", "nodes.csv"), TestPaths.Fixture("csv", "edges.csv") })
        {
            var r = GraphInput.Validate(path);
            Assert.True(r.Success, path);
            Assert.Equal(4, r.Value!.Edges.Length);
            Assert.False(r.Value.IsCurated);
        }
    }

    [Theory]
    [InlineData("no/such/place", IssueCodes.FileNotFound)]
    [InlineData("csv/edges_many_defects.csv", IssueCodes.BadValue)]
    public void Validate_reports_what_it_cannot_read(string relative, string code)
    {
        var path = TestPaths.Fixture(relative.Split('/'));
        var issue = Assert.Single(GraphInput.Validate(path).Issues);
        Assert.Equal((path, 0, code), (issue.File, issue.Line, issue.Code));
    }

    [Fact]
    public void Validate_reports_an_empty_folder()
    {
        using var dir = new TestPaths.TempDir();
        Assert.Equal(IssueCodes.FileNotFound, Assert.Single(GraphInput.Validate(dir.Path).Issues).Code);
    }

    [Fact]
    public void Validate_hands_graphml_to_the_graphml_reader_without_throwing()
    {
        using var dir = new TestPaths.TempDir();
        File.WriteAllText(dir.File("g.graphml"), "<graphml><graph edgedefault=\"directed\"><node id=\"a\"/></graph></graphml>");
        var r = GraphInput.Validate(dir.File("g.graphml"));
        Assert.NotNull(r); // either the reader's result, or one issue saying GraphML is not available in this build
        if (r.HasErrors) Assert.All(r.Issues, i => Assert.Equal(dir.File("g.graphml"), i.File));
    }

    [Fact]
    public void Facade_loads_the_same_things_as_the_loaders()
    {
        var csv = GraphInput.LoadCsv(TestPaths.Fixture("csv", "nodes.csv"), TestPaths.Fixture("csv", "edges.csv")).GetValueOrThrow();
        var compact = GraphInput.LoadCsvCompact(TestPaths.Fixture("csv", "nodes.csv"), TestPaths.Fixture("csv", "edges.csv")).GetValueOrThrow();
        GenericCsvLoaderTests.AssertSameGraph(csv.ToCompactGraph(), compact);
        var ds = GraphInput.LoadDataset(TestPaths.Fixture("yaml", "valid")).GetValueOrThrow();
        Assert.Equal(6, ds.Nodes.Length);
    }

    [Fact]
    public void FindDefaultDataset_finds_the_shipped_dataset_above_the_test_binaries()
    {
        var dir = GraphInput.FindDefaultDataset();
        Assert.NotNull(dir);
        Assert.Equal(GraphInput.DefaultDatasetName, Path.GetFileName(dir));
        Assert.True(File.Exists(Path.Combine(dir, DatasetLoader.DefaultsFile)));
        Assert.Equal(NodeKind.Government, GraphInput.LoadDataset(dir).GetValueOrThrow().Find("nisc")?.Kind);
    }
}
