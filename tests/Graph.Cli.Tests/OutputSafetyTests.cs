namespace Depgraph.Cli.Tests;

/// <summary>depgraph never destroys a file it did not write (issue 15: report --out over a user's own report.md or chart).</summary>
[Collection("Report (ScottPlot global font state)")]
public class OutputSafetyTests
{
    [Fact]
    public void Report_refuses_a_folder_holding_only_the_users_own_report_md()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "paper");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "report.md"), "委員会資料（手書き）");
        var r = CliRunner.Run("report", "--out", dir);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("report.md", r.Err);
        Assert.Equal("委員会資料（手書き）", File.ReadAllText(Path.Combine(dir, "report.md")));
        Assert.Single(Directory.EnumerateFileSystemEntries(dir));
    }

    [Fact]
    public void Report_refuses_a_folder_holding_only_a_users_chart()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "paper");
        Directory.CreateDirectory(Path.Combine(dir, "charts"));
        File.WriteAllBytes(Path.Combine(dir, "charts", "coverage.png"), [1, 2, 3]);
        var r = CliRunner.Run("report", "--out", dir);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal([1, 2, 3], File.ReadAllBytes(Path.Combine(dir, "charts", "coverage.png")));
    }

    [Fact]
    public void Report_replaces_its_own_earlier_report_but_not_one_edited_since()
    {
        var dir = Path.Combine(CliRunner.TempDir(), "report");
        Assert.Equal(0, CliRunner.Run("report", "--out", dir).ExitCode);
        Assert.True(File.Exists(Path.Combine(dir, ".depgraph-manifest")));
        Assert.Equal(0, CliRunner.Run("report", "--out", dir).ExitCode);

        File.AppendAllText(Path.Combine(dir, "report.md"), "\n追記\n");
        var r = CliRunner.Run("report", "--out", dir);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Contains("changed", r.Err);
        Assert.EndsWith("追記\n", File.ReadAllText(Path.Combine(dir, "report.md")));
    }

    [Fact]
    public void Report_cleans_the_temporary_folders_of_a_killed_run()
    {
        var parent = CliRunner.TempDir();
        var stale = Path.Combine(parent, ".report.0123abcd.tmp");
        Directory.CreateDirectory(Path.Combine(stale, "charts"));
        File.WriteAllText(Path.Combine(stale, "report.md"), "half");
        Assert.Equal(0, CliRunner.Run("report", "--out", Path.Combine(parent, "report")).ExitCode);
        Assert.False(Directory.Exists(stale));
    }

    [Fact]
    public void Generate_never_overwrites_a_users_nodes_csv()
    {
        var dir = CliRunner.TempDir();
        File.WriteAllText(Path.Combine(dir, "nodes.csv"), "id,kind,label\nmine,member,mine\n");
        var r = CliRunner.Run("generate", "--nodes", "100", "--edges", "300", "--seed", "1", "--out", dir);
        Assert.NotEqual(0, r.ExitCode);
        Assert.Equal("id,kind,label\nmine,member,mine\n", File.ReadAllText(Path.Combine(dir, "nodes.csv")));

        var fresh = CliRunner.TempDir();
        Assert.Equal(0, CliRunner.Run("generate", "--nodes", "100", "--edges", "300", "--seed", "1", "--out", fresh).ExitCode);
        Assert.Equal(0, CliRunner.Run("generate", "--nodes", "100", "--edges", "300", "--seed", "2", "--out", fresh).ExitCode);
    }
}
