using System.Text;
using Depgraph.Cli.Infrastructure;

namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>The executable's buffered standard output keeps its order with standard error.</summary>
public class StandardStreamsTests
{
    [Fact]
    public void Standard_error_flushes_standard_output_first()
    {
        using var combined = new MemoryStream(); // like 2>&1: both streams end in one file
        using var output = new StreamWriter(combined, new UTF8Encoding(false), StandardStreams.BufferChars, leaveOpen: true);
        using var errorStream = new StreamWriter(combined, new UTF8Encoding(false), 16, leaveOpen: true) { AutoFlush = true };
        var error = StandardStreams.Error(output, errorStream);

        output.Write("{\"result\": 1}\n");
        Assert.Equal(0, combined.Length); // buffered
        error.WriteLine("{\"timings\": {}}");
        output.Write("後");
        error.Write('!');
        error.Write("?".ToCharArray(), 0, 1);
        error.Write("x");
        output.Flush();
        Assert.Equal("{\"result\": 1}\n{\"timings\": {}}" + Environment.NewLine + "後!?x", Encoding.UTF8.GetString(combined.ToArray()));
    }

    [Fact]
    public void Standard_output_is_utf8_without_a_byte_order_mark_and_not_auto_flushed()
    {
        var o = StandardStreams.OpenOutput();
        Assert.False(o.AutoFlush);
        Assert.Empty(o.Encoding.GetPreamble());
        Assert.Equal(Encoding.UTF8.WebName, o.Encoding.WebName);
    }
}
