namespace Depgraph.Loader.Tests.Hardening;

/// <summary><see cref="ReaderLimits"/>: defaults and the <c>--limits</c> syntax.</summary>
public sealed class LimitsTests
{
    [Fact]
    public void Defaults_are_generous_and_documented()
    {
        var d = ReaderLimits.Default;
        Assert.Equal(2L << 30, d.MaxFileBytes);
        Assert.Equal(20_000_000, d.MaxNodes);
        Assert.Equal(200_000_000, d.MaxEdges);
        Assert.Equal(1_000_000, d.MaxFieldLength);
        Assert.Equal(64, d.MaxYamlDepth);
        Assert.Equal(10_000, d.MaxYamlAliases);
        Assert.Equal(1_000_000, d.MaxYamlAliasNodes);
        Assert.Equal(1e9, ReaderLimits.MaxHours);
    }

    [Theory]
    [InlineData("max-nodes=5", 5L)]
    [InlineData("max-nodes=50M", 50_000_000L)]
    [InlineData(" max-nodes = 1_000 ", 1000L)]
    public void Parses_values_with_suffixes(string spec, long nodes)
    {
        Assert.True(ReaderLimits.TryParse(spec, out var l, out var e), e);
        Assert.Equal(nodes, l!.MaxNodes);
    }

    [Fact]
    public void Parses_several_and_bytes()
    {
        Assert.True(ReaderLimits.TryParse("max-file-bytes=4GiB,yaml-depth=200", out var l, out _));
        Assert.Equal(4L << 30, l!.MaxFileBytes);
        Assert.Equal(200, l.MaxYamlDepth);
    }

    [Theory]
    [InlineData("max-nodez=5", "unknown limit 'max-nodez'")]
    [InlineData("max-nodes=-1", "positive whole number")]
    [InlineData("max-nodes=abc", "positive whole number")]
    [InlineData("max-nodes=99999999999", "positive whole number")]
    [InlineData("max-nodes", "positive whole number")]
    public void Rejects_bad_specs_with_a_message(string spec, string words)
    {
        Assert.False(ReaderLimits.TryParse(spec, out var l, out var e));
        Assert.Null(l);
        Assert.Contains(words, e);
    }

    [Theory]
    [InlineData("cp932")]
    [InlineData("Shift_JIS")]
    [InlineData("utf-8")]
    [InlineData("euc-jp")]
    public void Known_encodings(string name) => Assert.True(ReaderOptions.TryGetEncoding(name, out _));

    [Fact]
    public void Unknown_encoding() => Assert.False(ReaderOptions.TryGetEncoding("latin-9", out _));
}
