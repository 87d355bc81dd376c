using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Depgraph.Notebooks.Tests;

/// <summary>
/// Runs every notebook in notebooks/ headless with dotnet repl (working directory notebooks/) and checks the executed copy.
/// Needs the Release build of src/Graph.Cli (test.sh builds the solution in Release first).
/// </summary>
public sealed class NotebookExecutionTests(ITestOutputHelper output)
{
    public static TheoryData<string> Notebooks()
    {
        var data = new TheoryData<string>();
        foreach (var name in RepoPaths.NotebookNames()) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_runs_headless_without_errors_and_shows_a_chart_and_a_table(string notebook)
    {
        var dir = Directory.CreateTempSubdirectory("depgraph-nb-");
        var run = NotebookRunner.Run(Path.Combine(RepoPaths.NotebooksDir, notebook), Path.Combine(dir.FullName, notebook));
        output.WriteLine($"{notebook}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:F1} s");

        Assert.True(run.ExitCode == 0, run.Describe());
        var executed = run.Output;
        Assert.True(executed is not null, $"dotnet repl exited 0 but wrote no notebook to {run.OutputPath}");
        var problems = executed.Problems();
        Assert.True(problems.Count == 0, $"{notebook} (executed copy: {run.OutputPath}):\n" + string.Join("\n", problems));
        dir.Delete(recursive: true);
    }

    [Theory]
    [InlineData("compile", "int broken = \"not a number\";", "CS0029")]
    [InlineData("runtime", "throw new InvalidOperationException(\"deliberately broken cell\");", "deliberately broken cell")]
    public void A_broken_cell_makes_the_run_fail_and_the_error_is_reported(string kind, string code, string expected)
    {
        var source = RepoPaths.NotebookNames().FirstOrDefault();
        Assert.True(source is not null, "no notebook in notebooks/ to copy");
        var nb = JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.NotebooksDir, source)))!.AsObject();
        var cells = nb["cells"]!.AsArray();
        int firstCode = cells.Select((c, i) => (c, i)).First(x => (string?)x.c!["cell_type"] == "code").i;
        cells.Insert(firstCode + 1, new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject { ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" } },
            ["outputs"] = new JsonArray(),
            ["source"] = new JsonArray(code),
        });
        var dir = Directory.CreateTempSubdirectory("depgraph-nb-broken-");
        var scratch = Path.Combine(dir.FullName, $"broken-{kind}.ipynb");
        File.WriteAllText(scratch, nb.ToJsonString());

        var run = NotebookRunner.Run(scratch, Path.Combine(dir.FullName, "out.ipynb"));
        output.WriteLine($"broken {kind}: exit {run.ExitCode} in {run.Elapsed.TotalSeconds:F1} s");

        Assert.Equal(2, run.ExitCode);
        var executed = run.Output;
        Assert.NotNull(executed);
        // dotnet repl runs on after a failing cell: the deliberate error must be the only one, so the rest of the copy ran fine.
        var error = Assert.Single(executed.Errors());
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains(executed.Problems(), p => p.Contains(expected, StringComparison.Ordinal));
        dir.Delete(recursive: true);
    }
}
