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

    [Fact]
    public void KangxiRadicals_WrittenBackFromSharedGlyphs_BecomeTheUnifiedIdeographs()
    {
        // SkiaSharp wrote 「電力」 as 「電⼒」 (U+2F12) and 「日」 as 「⽇」 (U+2F47) with IPAexGothic.
        Assert.Equal("<text>電力の停止・当日中</text>", SvgNormalizer.Normalize("<text>電\u2F12の停\u2F4C・当\u2F47中</text>"));
        // U+2EA0 CJK RADICAL CIVILIAN has no NFKC form; the shipped font draws it with 民's glyph.
        Assert.Equal("<text>日本民間放送連盟</text>", SvgNormalizer.Normalize("<text>日本\u2EA0間放送連盟</text>"));
        Assert.Equal("<text>（仮定）100%</text>", SvgNormalizer.Normalize("<text>（仮定）100%</text>"));
    }
}
