using Depgraph.Cli.Infrastructure;

namespace Depgraph.Cli.Tests.Infrastructure;

public class TerminalSafeWriterTests
{
    [Fact]
    public void Escape_sequences_split_across_writes_are_removed_and_line_breaks_and_tabs_kept()
    {
        var inner = new StringWriter();
        using (var w = new TerminalSafeWriter(inner))
        {
            w.Write("起点: bad\u001B[");
            w.Write("31mred\u0007");
            w.WriteLine();
            w.Write("a\tb\r\n");
            w.Write("tail\u001B]0;title\u0007");
        }
        Assert.Equal("起点: badred\uFFFD" + Environment.NewLine + "a\tb\r\ntail", inner.ToString());
    }

    [Fact]
    public void A_label_with_control_characters_reaches_the_terminal_without_them_in_header_lines_too()
    {
        // the header line 起点: <label> is written outside TextTable; on a terminal it is filtered like the table rows
        var dir = CliRunner.WriteCsv(
            "id,kind,label\nhub,government,\"Hub\u001B[2J\u001B]0;pwned\u0007\"\na,ceptoar,A\u0007\n",
            "source,target,type,weight,probability\nhub,a,shares_with,1,1\n");
        string[] args = ["reach", "--from", "hub", "--nodes", Path.Combine(dir, "nodes.csv"), "--edges", Path.Combine(dir, "edges.csv")];
        var terminal = new StringWriter();
        Assert.Equal(0, Depgraph.Cli.Cli.Run(args, terminal, new StringWriter(), isTerminal: true));
        Assert.Contains("Hub", terminal.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', terminal.ToString());
        Assert.DoesNotContain('\u0007', terminal.ToString());
        // the filter is for terminals: output redirected to a program is the command's own (JSON escapes by itself)
        var json = CliRunner.Run([.. args, "--format", "json"]);
        Assert.Equal(0, json.ExitCode);
        Assert.DoesNotContain('\u001B', json.Out);
    }
}
