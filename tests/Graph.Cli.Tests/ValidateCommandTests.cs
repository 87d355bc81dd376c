namespace Depgraph.Cli.Tests;

public class ValidateCommandTests
{
    [Fact]
    public void The_shipped_dataset_is_valid()
    {
        var r = CliRunner.Run("validate", CliRunner.Dataset);
        Assert.True(r.ExitCode == 0, r.Out + r.Err);
        Assert.Contains("valid", r.Out);
    }

    [Fact]
    public void Every_problem_of_a_bad_csv_pair_is_listed_with_file_and_line_and_exit_1()
    {
        var dir = CliRunner.WriteCsv(
            "id,kind,label\na,member,A\nb,member,B\na,member,again\nc,martian,C\n",
            "source,target,type,weight,probability\na,b,shares_with,1,0.5\na,zz,shares_with,1,0.5\nb,a,shares_with,-3,0.5\nb,a,shares_with,1,1.5\n");
        var r = CliRunner.Run("validate", dir, "--format", "table");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("nodes.csv:4:", r.Out);
        Assert.Contains("duplicate-id", r.Out);
        Assert.Contains("nodes.csv:5:", r.Out);
        Assert.Contains("unknown-kind", r.Out);
        Assert.Contains("edges.csv:3:", r.Out);
        Assert.Contains("dangling-reference", r.Out);
        Assert.Contains("edges.csv:4:", r.Out);
        Assert.Contains("bad-weight", r.Out);
        Assert.Contains("edges.csv:5:", r.Out);
        Assert.Contains("bad-probability", r.Out);
        Assert.DoesNotContain("   at ", r.Out + r.Err);
    }

    [Fact]
    public void Validate_json_lists_issues()
    {
        var dir = CliRunner.WriteCsv("id,kind,label\na,member,A\n", "source,target,type,weight,probability\na,a,shares_with,1,1\n");
        var r = CliRunner.Run("validate", dir, "--format", "json");
        Assert.Equal(1, r.ExitCode);
        var issue = Assert.Single(r.Json.GetProperty("issues").EnumerateArray());
        Assert.Equal("self-loop", issue.GetProperty("code").GetString());
        Assert.Equal(2, issue.GetProperty("line").GetInt32());
        Assert.False(r.Json.GetProperty("valid").GetBoolean());
    }
}
