using Depgraph.Cli.Infrastructure;

namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>Issue 15, output safety: CSV for spreadsheets, tables for terminals, messages for people.</summary>
public class OutputSafetyTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("=cmd|calc", "'=cmd|calc")]
    [InlineData("=cmd|calc,1", "\"'=cmd|calc,1\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "\"'\rx\"")]
    [InlineData("", "")]
    public void Csv_fields_are_quoted_and_formulas_neutralised(string text, string expected) =>
        Assert.Equal(expected, Csv.Field(text));

    [Fact]
    public void Cascade_csv_output_quotes_and_neutralises_ids()
    {
        var dir = CliRunner.WriteCsv("id,kind,label\n=evil,sector,x\nb,sector,B\n", "source,target,type,weight,probability\n=evil,b,supplies,1,1\n");
        var r = CliRunner.Run("cascade", "--from", "=evil", "--runs", "10", "--format", "csv", "--nodes", Path.Combine(dir, "nodes.csv"), "--edges", Path.Combine(dir, "edges.csv"));
        Assert.True(r.ExitCode == 0, r.Err);
        Assert.Contains("\n'=evil,", "\n" + r.Out);
        Assert.DoesNotContain("\n=evil", "\n" + r.Out);
    }

    [Theory]
    [InlineData("a\u001B[31mred\u001B[0m", "ared")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("t\u001B]0;title\u0007x", "tx")]
    [InlineData("t\u001B]0;title\u001B\\x", "tx")]
    [InlineData("new\nline\r", "new\uFFFDline\uFFFD")]
    [InlineData("c1\u009B2J", "c1\uFFFD2J")]
    [InlineData("rtl\u202Eevil", "rtl\uFFFDevil")]
    [InlineData("del\u007F", "del\uFFFD")]
    [InlineData("日本語 ok", "日本語 ok")]
    [InlineData("esc at end\u001B", "esc at end\uFFFD")]
    public void Table_text_has_no_control_characters(string text, string expected) =>
        Assert.Equal(expected, TextTable.Safe(text));

    [Fact]
    public void Table_output_strips_escape_sequences_from_labels()
    {
        var dir = CliRunner.WriteCsv("id,kind,label\nhub,government,\"\u001B[2J\u0007Hub\"\nb,member,B\n", "source,target,type,weight,probability\nhub,b,shares_with,1,1\n");
        var r = CliRunner.Run("reach", "--from", "hub", "--format", "table", "--nodes", Path.Combine(dir, "nodes.csv"), "--edges", Path.Combine(dir, "edges.csv"));
        Assert.True(r.ExitCode == 0, r.Err);
        var table = r.Out[r.Out.IndexOf("---", StringComparison.Ordinal)..];
        Assert.DoesNotContain('\u001B', table);
        Assert.DoesNotContain('\u0007', table);
    }

    [Fact]
    public void Out_of_range_option_message_has_no_dotnet_internals()
    {
        var r = SmallGraph.Run("cascade", "--from", "hub", "--runs", "-1");
        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("(Parameter", r.Err);
        Assert.DoesNotContain("Actual value was", r.Err);
        Assert.Contains("(got -1)", r.Err);
    }

    [Fact]
    public void Parse_error_message_has_no_type_names()
    {
        var r = SmallGraph.Run("cascade", "--from", "hub", "--runs", "abc");
        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("System.", r.Err);
        Assert.DoesNotContain("`1", r.Err);
        Assert.Contains("a whole number", r.Err);
    }

    [Fact]
    public void Describe_strips_parameter_and_actual_value()
    {
        var ex = new ArgumentOutOfRangeException("Runs", -1, "Runs must be in [1, 10,000,000].");
        Assert.Equal("Runs must be in [1, 10,000,000]. (got -1)", CliErrors.Describe(ex));
    }
}
