using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class ChartFontsTests
{
    [Fact]
    public void JapaneseFont_IsInstalled_AndDrawsJapanese()
    {
        string family = ChartTestKit.RequireJapaneseFont();
        Assert.True(ChartFonts.CanDraw(family, ChartFonts.ProbeText));
    }

    [Fact]
    public void IpaGothic_IsPreferred_WhenPresent()
    {
        ChartTestKit.RequireJapaneseFont();
        if (ChartFonts.CanDraw("IPAGothic", ChartFonts.ProbeText))
        {
            Assert.Equal("IPAGothic", ChartFonts.FindJapaneseFont());
        }
    }

    [Fact]
    public void CanDraw_IsFalse_ForMissingFamilies_AndForLatinFontsOnJapanese()
    {
        Assert.False(ChartFonts.CanDraw("No Such Font Family 12345", "abc"));
        Assert.False(ChartFonts.CanDraw("", "abc"));
        Assert.True(ChartFonts.CanDraw("DejaVu Sans", "Ag"));
        Assert.False(ChartFonts.CanDraw("DejaVu Sans", "電力"));
    }

    [Fact]
    public void Resolve_Japanese_UsesTheJapaneseFont_WithoutWarning()
    {
        string family = ChartTestKit.RequireJapaneseFont();
        ChartFontChoice choice = ChartFonts.Resolve(ChartLanguage.Japanese);
        Assert.Equal(family, choice.Family);
        Assert.Equal(ChartLanguage.Japanese, choice.Language);
        Assert.Null(choice.Warning);
        Assert.False(choice.FellBack);
    }

    [Fact]
    public void Resolve_WithoutJapaneseFont_FallsBackToEnglish_WithTheInstallHint()
    {
        ChartFontChoice choice = ChartFonts.Resolve(ChartLanguage.Japanese, new ChartOptions { SimulateMissingJapaneseFont = true });
        Assert.Equal(ChartLanguage.English, choice.Language);
        Assert.True(choice.FellBack);
        Assert.Equal(ChartFonts.Warning, choice.Warning);
        Assert.Contains("fonts-ipafont-gothic", choice.Warning);
        Assert.False(ChartFonts.CanDraw(choice.Family, "電"));
    }

    [Fact]
    public void Resolve_ForcedLatinFont_FallsBackToEnglish()
    {
        ChartFontChoice choice = ChartFonts.Resolve(ChartLanguage.Japanese, new ChartOptions { FontFamily = "DejaVu Sans" });
        Assert.Equal("DejaVu Sans", choice.Family);
        Assert.Equal(ChartLanguage.English, choice.Language);
        Assert.NotNull(choice.Warning);
    }

    [Fact]
    public void Resolve_English_NeverWarns()
    {
        ChartFontChoice choice = ChartFonts.Resolve(ChartLanguage.English, new ChartOptions { SimulateMissingJapaneseFont = true });
        Assert.Equal(ChartLanguage.English, choice.Language);
        Assert.Null(choice.Warning);
    }

    [Fact]
    public void Resolve_RejectsUndefinedLanguage()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ChartFonts.Resolve((ChartLanguage)7));

    [Fact]
    public void Labels_HaveJapaneseAndEnglish_ForEveryKey()
    {
        foreach ((string key, LocalizedName name) in ChartLabels.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(name.Japanese), key);
            Assert.False(string.IsNullOrWhiteSpace(name.English), key);
            Assert.DoesNotContain(name.English, c => c is >= '\u3000' and <= '\u9fff');
        }

        Assert.Equal("当日中", ChartLabels.Get("reach.sameDay", ChartLanguage.Japanese));
        Assert.Equal("same day", ChartLabels.Get("reach.sameDay", ChartLanguage.English));
        Assert.Throws<KeyNotFoundException>(() => ChartLabels.Get("nope", ChartLanguage.English));
    }
}
