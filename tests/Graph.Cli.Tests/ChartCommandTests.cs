using Depgraph.Core.Model;
using Depgraph.Reporting.Report;

namespace Depgraph.Cli.Tests;

/// <summary>Issue 11 item 14: <c>depgraph chart NAME</c> writes one of the report's charts, byte-identical to the report's file.</summary>
[Collection("Report (ScottPlot global font state)")]
public class ChartCommandTests
{
    private static readonly string[] Small = ["--runs", "400", "--seed", "5"];

    [Fact]
    public void Every_chart_is_byte_identical_to_the_report_chart_in_png_and_svg()
    {
        string dir = CliRunner.TempDir(), report = Path.Combine(dir, "report");
        var r = CliRunner.Run(["report", "--out", report, "--lang", "en", .. Small]);
        Assert.True(r.ExitCode == 0, r.Err);
        foreach (string name in ReportCharts.Names)
        {
            foreach (string format in new[] { "png", "svg" })
            {
                string expected = Path.Combine(report, "charts", $"{name}.{format}");
                Assert.True(File.Exists(expected), $"the report has no {name}.{format}");
                string path = Path.Combine(dir, $"{name}-chart.{format}");
                var c = CliRunner.Run(["chart", name, "--out", path, "--format", format, "--lang", "en", .. Small]);
                Assert.True(c.ExitCode == 0, c.Err);
                Assert.Equal(path, c.Out.Trim());
                Assert.True(File.ReadAllBytes(expected).AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{name}.{format} differs from the report's");
            }
        }
    }

    [Fact]
    public void A_scenario_gives_the_chart_of_the_dataset_with_that_scenario_applied()
    {
        // `report --scenario` now compares base and scenario (its charts are the base's), so the reference here is the
        // chart drawn through the library from the shipped dataset with the scenario applied.
        string dir = CliRunner.TempDir();
        string path = Path.Combine(dir, "impact.png"), basePath = Path.Combine(dir, "impact-base.png");
        Assert.Equal(0, CliRunner.Run(["chart", "node-impact", "--out", path, "--scenario", ScenarioFiles.Meti, "--lang", "ja", .. Small]).ExitCode);
        Assert.Equal(0, CliRunner.Run(["chart", "node-impact", "--out", basePath, "--lang", "ja", .. Small]).ExitCode);

        var dataset = Depgraph.Loader.GraphInput.LoadDataset(CliRunner.Dataset).GetValueOrThrow();
        var scenario = Depgraph.Loader.Scenarios.ScenarioReader.Read(ScenarioFiles.Meti).GetValueOrThrow();
        var applied = Depgraph.Loader.Scenarios.ScenarioApplier.Apply(dataset, scenario, ["nisc"]).GetValueOrThrow().Dataset;
        var options = new ReportOptions { Language = Language.Japanese, Seed = 5, Runs = 400, Labels = ReportLabels.Load(CliRunner.Dataset) };
        var data = ReportChartsBuilder.ForChart("node-impact", applied, applied.ToCompactGraph(), options);
        var rendered = ReportCharts.Render(ReportCharts.Create(data, Language.Japanese, new Depgraph.Reporting.Charts.ChartOptions()), null, Language.Japanese)[0];

        Assert.Equal(rendered.Png, File.ReadAllBytes(path));
        Assert.NotEqual(File.ReadAllBytes(basePath), File.ReadAllBytes(path));
    }

    [Fact]
    public void An_existing_file_is_replaced_only_with_overwrite()
    {
        string path = Path.Combine(CliRunner.TempDir(), "coverage.png");
        File.WriteAllText(path, "the analyst's file");
        var refused = CliRunner.Run("chart", "coverage", "--out", path);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("--overwrite", refused.Err, StringComparison.Ordinal);
        Assert.Equal("the analyst's file", File.ReadAllText(path));
        var replaced = CliRunner.Run("chart", "coverage", "--out", path, "--overwrite");
        Assert.True(replaced.ExitCode == 0, replaced.Err);
        Assert.Equal(0x89, File.ReadAllBytes(path)[0]); // a PNG now
    }

    [Theory]
    [InlineData("pie", "unknown chart 'pie'")]
    [InlineData("coverage --format gif", "--format must be png or svg")]
    [InlineData("coverage --format svg --out x.png", "ends in .png but --format is svg")]
    [InlineData("coverage --runs 0", "Runs must be")]
    [InlineData("", "give a chart name")]
    public void Bad_usage_writes_nothing_and_exits_2(string args, string message)
    {
        string dir = CliRunner.TempDir();
        var tokens = args.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(t => t.EndsWith(".png", StringComparison.Ordinal) ? Path.Combine(dir, t) : t);
        var r = CliRunner.Run(["chart", .. tokens]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(message, r.Err, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(dir));
    }

    [Fact]
    public void A_chart_the_input_cannot_support_is_bad_input_and_writes_nothing()
    {
        string dir = CliRunner.TempDir();
        string nodes = Path.Combine(dir, "nodes.csv"), edges = Path.Combine(dir, "edges.csv"), path = Path.Combine(dir, "dep.png");
        File.WriteAllText(nodes, "id,kind,label\ng,government,G\nc,ceptoar,C\nm,member,M\n");
        File.WriteAllText(edges, "source,target,type,weight,probability\ng,c,shares_with,1,1\nc,m,shares_with,1,1\n");
        var r = CliRunner.Run("chart", "dependency", "--nodes", nodes, "--edges", edges, "--out", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("dependency", r.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("ja")]
    [InlineData("en")]
    public void List_shows_every_chart_with_its_description_in_the_users_language(string code)
    {
        Language lang = code == "ja" ? Language.Japanese : Language.English;
        var json = CliRunner.Run("chart", "--list", "--format", "json", "--lang", code);
        Assert.Equal(0, json.ExitCode);
        var listed = json.Json.GetProperty("charts").EnumerateArray().Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("description").GetString()!)).ToList();
        Assert.Equal(ReportCharts.Descriptions.Select(d => (d.Name, d.Description.For(lang))), listed);
        var table = CliRunner.Run("chart", "--list", "--lang", code);
        Assert.Equal(0, table.ExitCode);
        foreach (var (name, description) in ReportCharts.Descriptions)
            Assert.Contains(table.Out.Split('\n'), l => l.StartsWith(name + " ", StringComparison.Ordinal) && l.TrimEnd().EndsWith(description.For(lang), StringComparison.Ordinal));
    }
}
