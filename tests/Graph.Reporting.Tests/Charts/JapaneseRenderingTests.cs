using Depgraph.Reporting.Charts;
using ScottPlot;

namespace Depgraph.Reporting.Tests.Charts;

/// <summary>
/// Japanese really reaches the PNG and the SVG. The PNG check relies on tofu: a font without
/// Japanese glyphs draws every kanji as the same box (or nothing), so two different kanji give
/// identical pixels; a Japanese font gives different ones. The negative control proves the check can fail.
/// </summary>
[Collection(ChartCollection.Name)]
public class JapaneseRenderingTests
{
    private static readonly ChartSize Small = new(3, 1, 100);

    private static byte[,] TitleBand(string title, string family)
    {
        var plot = new Plot();
        plot.Title(title);
        ChartStyle.ApplyFont(plot, family);
        (byte[] png, _) = ChartExport.Render(plot, Small);
        return ChartTestKit.TopBand(png, 30);
    }

    [Fact]
    public void JapaneseFont_DrawsDistinctGlyphs_ForDistinctKanji()
    {
        string family = ChartTestKit.RequireJapaneseFont();
        byte[,] den = TitleBand("電", family);
        byte[,] ryoku = TitleBand("力", family);
        Assert.True(ChartTestKit.DarkPixels(den) > 20, "電 left no ink");
        Assert.True(ChartTestKit.DifferentPixels(den, ryoku) > 50, "電 and 力 render identically: Japanese glyphs are missing");
    }

    [Fact]
    public void NegativeControl_LatinFont_DrawsTheSameTofuForEveryKanji()
    {
        byte[,] den = TitleBand("電", "DejaVu Sans");
        byte[,] ryoku = TitleBand("力", "DejaVu Sans");
        Assert.Equal(0, ChartTestKit.DifferentPixels(den, ryoku));
    }

    /// <summary>
    /// The chart's title band, and the same band with the title's Japanese characters rotated one
    /// place (other characters stay): tofu boxes are all alike, so the bands only differ if real
    /// glyphs were drawn.
    /// </summary>
    private static int TitleBandChange(Func<Plot> build, ChartSize size, string? forceFont = null)
    {
        Plot original = build();
        Plot rotated = build();
        rotated.Axes.Title.Label.Text = RotateJapanese(rotated.Axes.Title.Label.Text);
        Assert.NotEqual(original.Axes.Title.Label.Text, rotated.Axes.Title.Label.Text);
        if (forceFont is not null)
        {
            ChartStyle.ApplyFont(original, forceFont);
            ChartStyle.ApplyFont(rotated, forceFont);
        }

        (byte[] a, _) = ChartExport.Render(original, size);
        (byte[] b, _) = ChartExport.Render(rotated, size);
        int band = size.Dpi / 3; // the top third of an inch holds the title
        return ChartTestKit.DifferentPixels(ChartTestKit.TopBand(a, band), ChartTestKit.TopBand(b, band));
    }

    private static string RotateJapanese(string text)
    {
        static bool IsJapanese(char c) => c is >= '\u3040' and <= '\u9fff';
        char[] chars = text.ToCharArray();
        int[] at = Enumerable.Range(0, chars.Length).Where(i => IsJapanese(chars[i])).ToArray();
        for (int k = 0; k < at.Length; k++)
        {
            chars[at[k]] = text[at[(k + 1) % at.Length]];
        }

        return new string(chars);
    }

    [Theory]
    [MemberData(nameof(ChartExportTests.RecipeNames), MemberType = typeof(ChartExportTests))]
    public void EveryChart_DrawsRealJapaneseGlyphs_InThePng(string name)
    {
        ChartTestKit.RequireJapaneseFont();
        var recipe = ChartGallery.Recipes().Single(r => r.Name == name);
        int changed = TitleBandChange(() => recipe.Build(ChartLanguage.Japanese, null), recipe.Size);
        Assert.True(changed > 2000, $"only {changed} pixels changed: the title's Japanese glyphs look alike (tofu?)");
    }

    [Fact]
    public void NegativeControl_TheGlyphCheck_FailsForTofu()
    {
        var recipe = ChartGallery.Recipes().Single(r => r.Name == "reach-time");
        Assert.Equal(0, TitleBandChange(() => recipe.Build(ChartLanguage.Japanese, null), recipe.Size, forceFont: "DejaVu Sans"));
    }

    [Theory]
    [MemberData(nameof(ChartExportTests.RecipeNames), MemberType = typeof(ChartExportTests))]
    public void EveryChart_SvgKeepsTheJapaneseText_InTheJapaneseFont(string name)
    {
        string family = ChartTestKit.RequireJapaneseFont();
        var recipe = ChartGallery.Recipes().Single(r => r.Name == name);
        Plot plot = recipe.Build(ChartLanguage.Japanese, null);
        string title = ChartTestKit.Title(plot);
        (_, string svg) = ChartExport.Render(plot, recipe.Size);

        Assert.Contains(title, ChartTestKit.AllSvgText(svg));
        Assert.Contains(title, c => c is >= '\u3040' and <= '\u9fff');
        foreach (var text in ChartTestKit.TextElements(svg))
        {
            Assert.True(text.Attribute("font-family")!.Value.StartsWith(family + ",", StringComparison.Ordinal), $"'{text.Value.Trim()}' is in {text.Attribute("font-family")!.Value}");
        }
    }

    [Theory]
    [MemberData(nameof(ChartExportTests.RecipeNames), MemberType = typeof(ChartExportTests))]
    public void EveryChart_WithoutAJapaneseFont_IsLabelledInEnglish(string name)
    {
        var recipe = ChartGallery.Recipes().Single(r => r.Name == name);
        Plot plot = recipe.Build(ChartLanguage.Japanese, new ChartOptions { SimulateMissingJapaneseFont = true });
        string title = ChartTestKit.Title(plot);
        Assert.DoesNotContain(title, c => c is >= '\u3000' and <= '\u9fff');
        Assert.Equal(ChartTestKit.Title(recipe.Build(ChartLanguage.English, null)), title);
        (_, string svg) = ChartExport.Render(plot, recipe.Size);
        Assert.Contains(title, ChartTestKit.AllSvgText(svg));
    }
}
