using System.CommandLine;
using Depgraph.Cli.Infrastructure;

namespace Depgraph.Cli.Tests.Infrastructure;

public class AnalysisCommandTests
{
    /// <summary>A command built on the skeleton whose analysis loads the input and reports what it was handed.</summary>
    private static (int Code, string Out, string Err, List<string> Seen) Run(AnalysisFeatures features, Func<AnalysisRun, CommandOutput>? analyse, params string[] args)
    {
        var o = new StringWriter();
        var e = new StringWriter();
        var seen = new List<string>();
        var extra = new Option<int?>("--extra") { Description = "x" };
        var cmd = AnalysisCommand.Create(new CliContext(o, e, false), "probe", features, [extra], run =>
        {
            var input = run.Load(needDataset: false);
            seen.Add($"{run.Format} {run.Language} xlsx={run.Xlsx} extra={run.Value(extra)} nodes={input.Graph.NodeCount}");
            return analyse?.Invoke(run) ?? CommandOutput.ByFormat(w => w.WriteLine("{}"), w => w.WriteLine("a,b"), w => w.WriteLine("table"),
                () => [new XlsxTables.Sheet("s", "t").Headers("h").Row(1)]);
        });
        var root = new RootCommand { cmd };
        int code = root.Parse(["probe", .. args, .. SmallGraph.Input]).Invoke(new InvocationConfiguration { Output = o, Error = e });
        return (code, o.ToString(), e.ToString(), seen);
    }

    [Fact]
    public void Each_format_goes_to_its_writer_after_the_analysis()
    {
        Assert.Equal("{}\n", Run(AnalysisFeatures.None, null, "--format", "json").Out.ReplaceLineEndings("\n"));
        Assert.Equal("table\n", Run(AnalysisFeatures.None, null, "--format", "table").Out.ReplaceLineEndings("\n"));
        var csv = Run(AnalysisFeatures.None, null, "--format", "csv", "--bom", "--extra", "3", "--lang", "en");
        Assert.Equal("\uFEFFa,b\n", csv.Out.ReplaceLineEndings("\n"));
        Assert.Equal(["Csv English xlsx=False extra=3 nodes=7"], csv.Seen);
    }

    [Fact]
    public void Shared_options_follow_the_features_and_the_command_s_own_options_come_first()
    {
        var all = AnalysisCommand.Create(new CliContext(TextWriter.Null, TextWriter.Null, false), "p",
            AnalysisFeatures.EdgeTypes | AnalysisFeatures.Scenario | AnalysisFeatures.Xlsx | AnalysisFeatures.Timings, [new Option<int>("--own")], _ => throw new InvalidOperationException());
        var names = all.Options.Select(o => o.Name).ToList();
        Assert.Equal("--own", names[0]);
        Assert.Equal(["--edge-types", "--lang", "--scenario", "--out", "--timings"], names.Skip(names.IndexOf("--edge-types")));
        var none = AnalysisCommand.Create(new CliContext(TextWriter.Null, TextWriter.Null, false), "p", AnalysisFeatures.None, [], _ => throw new InvalidOperationException());
        Assert.DoesNotContain(none.Options, o => o.Name is "--edge-types" or "--scenario" or "--out" or "--timings");
    }

    [Fact]
    public void Refused_formats_and_analysis_errors_write_nothing_on_standard_output()
    {
        var noCsv = Run(AnalysisFeatures.NoCsv, null, "--format", "csv");
        Assert.Equal((2, ""), (noCsv.Code, noCsv.Out));
        Assert.Contains("--format must be table, json;", noCsv.Err);
        Assert.Empty(noCsv.Seen); // refused before loading
        var noXlsx = Run(AnalysisFeatures.None, null, "--format", "xlsx");
        Assert.Equal(2, noXlsx.Code);
        var bad = Run(AnalysisFeatures.None, _ => throw new UsageException("--extra is wrong"), "--format", "json");
        Assert.Equal((2, ""), (bad.Code, bad.Out));
        Assert.Contains("--extra is wrong", bad.Err);
    }

    [Fact]
    public void A_workbook_replaces_standard_output_and_timings_are_written_for_every_format()
    {
        var dir = CliRunner.TempDir();
        var path = Path.Combine(dir, "probe.xlsx");
        var r = Run(AnalysisFeatures.Xlsx | AnalysisFeatures.Timings, null, "--format", "xlsx", "--out", path, "--timings");
        Assert.True(r.Code == 0, r.Err);
        Assert.Equal("", r.Out);
        Assert.True(new FileInfo(path).Length > 0);
        var seen = Assert.Single(r.Seen);
        Assert.StartsWith("Table ", seen);
        Assert.Contains("xlsx=True", seen);
        Assert.Matches("^\\{\"timings\": \\{\"load\": [0-9.]+, \"analysis\": [0-9.]+, \"write\": [0-9.]+\\}\\}$", r.Err.Trim());
        var json = Run(AnalysisFeatures.Timings, null, "--format", "json", "--timings");
        Assert.Contains("\"write\"", json.Err);
        Assert.DoesNotContain("\"timings\"", Run(AnalysisFeatures.Timings, null, "--format", "json").Err);
    }
}
