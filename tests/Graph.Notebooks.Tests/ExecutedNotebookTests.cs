namespace Depgraph.Notebooks.Tests;

/// <summary>The checks applied to executed notebooks, on hand-written nbformat JSON (no process).</summary>
public sealed class ExecutedNotebookTests
{
    private const string Png = "{\"output_type\":\"display_data\",\"data\":{\"text/html\":[\"<img src=\\\"data:image/png;base64,iVBOR\\\"/>\"]}}";
    private const string Table = "{\"output_type\":\"display_data\",\"data\":{\"text/html\":\"<table><tr><td>1</td></tr></table>\"}}";

    private static string Cell(bool ran, params string[] outputs) =>
        "{\"cell_type\":\"code\",\"execution_count\":null,\"metadata\":{" +
        (ran ? "\"dotnet_repl_cellExecutionEndTime\":\"2025-01-01T00:00:00+00:00\"" : "") +
        "},\"source\":[\"var x = 1;\\n\",\"x\"],\"outputs\":[" + string.Join(",", outputs) + "]}";

    private static ExecutedNotebook Notebook(params string[] cells) =>
        ExecutedNotebook.Parse("{\"cells\":[{\"cell_type\":\"markdown\",\"metadata\":{},\"source\":\"# t\"}," +
                               string.Join(",", cells) + "],\"metadata\":{},\"nbformat\":4,\"nbformat_minor\":2}");

    [Fact]
    public void A_notebook_with_a_chart_and_a_table_that_ran_has_no_problems() =>
        Assert.Empty(Notebook(Cell(true, Table), Cell(true, Png)).Problems());

    [Fact]
    public void Image_png_mime_data_counts_as_a_chart() =>
        Assert.Empty(Notebook(Cell(true, Table, "{\"output_type\":\"display_data\",\"data\":{\"image/png\":\"iVBOR\"}}")).Problems());

    [Fact]
    public void A_cell_that_did_not_run_is_reported()
    {
        var problems = Notebook(Cell(false), Cell(true, Table, Png)).Problems();
        Assert.Equal("code cell 1 did not run (var x = 1;)", Assert.Single(problems));
    }

    [Fact]
    public void Missing_chart_and_missing_table_are_reported()
    {
        var problems = Notebook(Cell(true, "{\"output_type\":\"execute_result\",\"data\":{\"text/plain\":\"42\"}}")).Problems();
        Assert.Equal(2, problems.Count);
        Assert.StartsWith("no chart", problems[0]);
        Assert.StartsWith("no table", problems[1]);
    }

    [Fact]
    public void A_notebook_must_end_with_its_chart()
    {
        var problems = Notebook(Cell(true, Png), Cell(true, Table)).Problems();
        Assert.StartsWith("the last code cell shows no chart", Assert.Single(problems));
    }

    [Theory]
    [InlineData("{\"output_type\":\"error\",\"ename\":\"Error\",\"evalue\":\"(1,5): error CS0103: boom\"}", "CS0103")]
    [InlineData("{\"output_type\":\"stream\",\"name\":\"stdout\",\"text\":[\"System.InvalidOperationException: nope\"]}", "InvalidOperationException")]
    [InlineData("{\"output_type\":\"display_data\",\"data\":{\"text/plain\":\"(3,1): error CS1002: ; expected\"}}", "CS1002")]
    public void Errors_and_exceptions_in_any_output_are_reported(string bad, string expected)
    {
        var nb = Notebook(Cell(true, Table, Png, bad));
        var error = Assert.Single(nb.Errors());
        Assert.Contains(expected, error);
        Assert.Contains(nb.Problems(), p => p.Contains(expected));
    }
}
