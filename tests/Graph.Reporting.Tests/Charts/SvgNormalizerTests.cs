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
    public void FontFamilies_LoseEmptyEntries_GoOnWithJapaneseSystemFonts_AndEndInSansSerif()
        => Assert.Equal(
            "<text font-family=\"IPAexGothic, IPAexゴシック, Yu Gothic, Meiryo, Hiragino Sans, Noto Sans CJK JP, sans-serif\">電力</text>",
            SvgNormalizer.Normalize("<text font-family=\"IPAexGothic, , IPAexゴシック\">電力</text>"));

    [Fact]
    public void FontFamilies_NameEachFamilyOnce_AndKeepTheChartFontFirst()
        => Assert.Equal(
            "<text font-family=\"Meiryo, Yu Gothic, Hiragino Sans, Noto Sans CJK JP, sans-serif\">電力</text>",
            SvgNormalizer.Normalize("<text font-family=\"Meiryo, sans-serif\">電力</text>"));
}
