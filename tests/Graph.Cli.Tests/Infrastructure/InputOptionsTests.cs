namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>Issue 15, input options: --data FILE, --encoding, --limits.</summary>
public class InputOptionsTests
{
    private static string Fixture(params string[] parts) =>
        Path.Combine([CliRunner.RepoRoot, "tests", "Graph.Loader.Tests", "Fixtures", .. parts]);

    [Fact]
    public void Data_given_a_file_says_it_is_a_file()
    {
        var r = CliRunner.Run("summary", "--data", Path.Combine(CliRunner.Dataset, "flows.yaml"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("is a file", r.Err);
        Assert.Contains("--graphml", r.Err);
    }

    [Fact]
    public void Shift_jis_csv_is_refused_then_read_with_encoding_cp932()
    {
        string[] input = ["--nodes", Fixture("csv", "nodes_shift_jis.csv"), "--edges", Fixture("csv", "edges_shift_jis.csv")];
        var bad = CliRunner.Run(["reach", "--from", "nisc", .. input]);
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("nodes_shift_jis.csv:2: error encoding:", bad.Err);
        var good = CliRunner.Run(["reach", "--from", "nisc", "--encoding", "cp932", .. input]);
        Assert.True(good.ExitCode == 0, good.Err);
        Assert.Equal(4, good.Json.GetProperty("reachedCount").GetInt32());
        Assert.Contains("総務", good.Out);
    }

    [Fact]
    public void Unknown_encoding_is_a_usage_error()
    {
        var r = SmallGraph.Run("reach", "--from", "hub", "--encoding", "latin-9");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("cp932", r.Err);
    }

    [Fact]
    public void Limits_option_lowers_and_names_the_limit()
    {
        var r = SmallGraph.Run("reach", "--from", "hub", "--limits", "max-nodes=3");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("max-nodes=3", r.Err);
        Assert.Contains("--limits max-nodes=N", r.Err);
        Assert.Equal(0, SmallGraph.Run("reach", "--from", "hub", "--limits", "max-nodes=7").ExitCode);
    }

    [Fact]
    public void Bad_limits_spec_is_a_usage_error()
    {
        var r = SmallGraph.Run("reach", "--from", "hub", "--limits", "max-nodez=3");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown limit 'max-nodez'", r.Err);
    }

    [Fact]
    public void Validate_takes_encoding_and_limits()
    {
        var deep = Fixture("yaml", "yaml_deep_nesting");
        var r = CliRunner.Run("validate", deep, "--format", "table");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("c.yaml:1: error limit:", r.Out);
        Assert.Contains("yaml-depth=64", r.Out);
        var sjis = CliRunner.Run("validate", Fixture("yaml", "yaml_shift_jis"), "--encoding", "cp932", "--format", "table");
        Assert.True(sjis.ExitCode == 0, sjis.Out);
    }

    [Fact]
    public void Validate_reports_a_deleted_flows_file_of_a_copied_dataset()
    {
        var dir = CliRunner.TempDir();
        foreach (var f in Directory.GetFiles(CliRunner.Dataset, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(dir, Path.GetRelativePath(CliRunner.Dataset, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        File.Delete(Path.Combine(dir, "flows.yaml"));
        File.Delete(Path.Combine(dir, "dependencies.csv"));
        var r = CliRunner.Run("validate", dir, "--format", "table");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("flows.yaml:0: error manifest:", r.Out);
        Assert.Contains("dependencies.csv:0: error manifest:", r.Out);
        var reach = CliRunner.Run("reach", "--from", "nisc", "--data", dir);
        Assert.Equal(1, reach.ExitCode);
    }
}
