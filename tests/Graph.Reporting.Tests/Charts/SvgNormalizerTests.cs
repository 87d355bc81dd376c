using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class SvgNormalizerTests
{
    [Fact]
    public void ClipIds_AreRenumberedInOrderOfAppearance()
    {
        string a = "<clipPath id=\"cl_17\"/><g clip-path=\"url(#cl_17)\"/><clipPath id=\"cl_4\"/><g clip-path=\"url(#cl_4)\"/>";
        string b = "<clipPath id=\"cl_3\"/><g clip-path=\"url(#cl_3)\"/><clipPath id=\"cl_99\"/><g clip-path=\"url(#cl_99)\"/>";
        Assert.Equal(SvgNormalizer.Normalize(a), SvgNormalizer.Normalize(b));
        Assert.Equal("<clipPath id=\"clip1\"/><g clip-path=\"url(#clip1)\"/><clipPath id=\"clip2\"/><g clip-path=\"url(#clip2)\"/>", SvgNormalizer.Normalize(a));
    }

    [Fact]
    public void FontFamilies_LoseEmptyEntries_AndEndInSansSerif()
        => Assert.Equal(
            "<text font-family=\"IPAGothic, IPAゴシック, sans-serif\">電力</text>",
            SvgNormalizer.Normalize("<text font-family=\"IPAGothic, , IPAゴシック\">電力</text>"));
}
