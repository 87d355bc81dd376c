namespace Depgraph.Notebooks.Tests;

/// <summary>Conventions of the notebooks as committed: clean (no outputs), the VS Code instructions first, the shared setup.</summary>
public sealed class CommittedNotebookTests
{
    public static TheoryData<string> Notebooks() => NotebookExecutionTests.Notebooks();

    [Fact]
    public void There_are_at_least_four_analyst_notebooks()
    {
        var names = RepoPaths.NotebookNames();
        foreach (var expected in new[] { "01-explore.ipynb", "02-reach.ipynb", "03-spof-what-if.ipynb", "04-propagation-cascades.ipynb", "05-scenarios.ipynb", "06-uncertainty.ipynb" })
            Assert.Contains(expected, names);
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_is_saved_without_outputs(string notebook)
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.NotebooksDir, notebook));
        var nb = ExecutedNotebook.Parse(text);
        Assert.All(nb.CodeCells, c => Assert.Empty(c.Outputs));
        Assert.All(nb.Cells, c => Assert.False(c.Ran, $"cell {c.Index} carries dotnet repl execution metadata"));
        var cells = System.Text.Json.Nodes.JsonNode.Parse(text)!["cells"]!.AsArray();
        Assert.All(cells, c => Assert.Null(c!["execution_count"]));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_opens_with_instructions_loads_the_shared_setup_and_ends_with_an_explanation(string notebook)
    {
        var nb = ExecutedNotebook.Parse(File.ReadAllText(Path.Combine(RepoPaths.NotebooksDir, notebook)));
        var first = nb.Cells[0];
        Assert.Equal("markdown", first.CellType);
        Assert.Contains("Polyglot Notebooks", first.Source);
        Assert.Contains("dotnet build -c Release", first.Source);
        Assert.Contains(nb.CodeCells, c => c.Source.Contains("#load \"_setup.csx\"", StringComparison.Ordinal));
        Assert.Equal("markdown", nb.Cells[^1].CellType);
    }

    [Theory]
    [InlineData("01-explore.ipynb", "ReportChartsBuilder.ForChart(\"coverage\"")]
    [InlineData("02-reach.ipynb", "ReportChartsBuilder.ReachTime(")]
    [InlineData("03-spof-what-if.ipynb", "ReportChartsBuilder.NodeImpact(")]
    [InlineData("04-propagation-cascades.ipynb", "ReportChartsBuilder.Cascade(")]
    public void The_analysis_notebooks_take_chart_inputs_without_building_the_report(string notebook, string call)
    {
        // issue 10 item 3: the report runs every analysis and its Monte Carlo; a chart input needs only its own
        var code = string.Join("\n", ExecutedNotebook.Parse(File.ReadAllText(Path.Combine(RepoPaths.NotebooksDir, notebook))).CodeCells.Select(c => c.Source));
        Assert.DoesNotContain("ReportBuilder.Build", code, StringComparison.Ordinal);
        Assert.DoesNotContain("WilsonInterval.Compute", code, StringComparison.Ordinal); // one Wilson interval: SectorProbability.Of
        Assert.Contains(call, code, StringComparison.Ordinal);
    }
}
