using System.Security.Cryptography;
using Depgraph.Reporting.Charts;
using ScottPlot;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class ChartFontsTests
{
    /// <summary>SHA-256 of IPAexGothic 004.01 from Debian's fonts-ipaexfont-gothic 00401-5 (src/Graph.Reporting/Fonts/README.md).</summary>
    private const string ShippedSha256 = "3b9955a5e437ffb24c41548e79296fa724822da21ee75dc1b94f6ccdb8f400dd";

    [Fact]
    public void ShippedFont_IsCopiedBesideTheAssembly_WithItsLicence_AndIsThePinnedFile()
    {
        string dir = Path.Combine(Path.GetDirectoryName(typeof(ChartFonts).Assembly.Location)!, ChartFonts.ShippedFontFolder);
        Assert.Equal(Path.Combine(dir, ChartFonts.ShippedFileName), ChartFonts.ShippedFontPath);
        Assert.True(File.Exists(ChartFonts.ShippedFontPath), ChartFonts.ShippedFontPath + " is missing: the build copies src/Graph.Reporting/Fonts/ipaexg.ttf there");
        Assert.Equal(ShippedSha256, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(ChartFonts.ShippedFontPath))));
        string licence = File.ReadAllText(Path.Combine(dir, "IPA_Font_License_Agreement_v1.0.txt"));
        Assert.Contains("IPA Font License Agreement v1.0", licence, StringComparison.Ordinal);
        Assert.Contains("IPAフォントライセンスv1.0", licence, StringComparison.Ordinal);
        Assert.True(ChartFonts.ShippedFontAvailable);
    }

    [Fact]
    public void ShippedFont_IsTheDefault_ForJapaneseAndEnglish_AndDrawsJapanese()
    {
        Assert.Equal(ChartFonts.ShippedFamily, ChartTestKit.RequireJapaneseFont());
        Assert.True(ChartFonts.CanDraw(ChartFonts.ShippedFamily, ChartFonts.ProbeText));
        foreach (Language language in new[] { Language.Japanese, Language.English })
        {
            ChartFontChoice choice = ChartFonts.Resolve(language);
            Assert.Equal(new ChartFontChoice(ChartFonts.ShippedFamily, language, language, null), choice);
            Assert.False(choice.FellBack);
        }
    }

    [Fact]
    public void ScottPlot_GetsTheShippedFile_ForEveryStyle_BeforeAnyInstalledCopy()
    {
        ChartTestKit.RequireJapaneseFont();
        Assert.Same(ScottPlot.Fonts.FontResolvers[0], ScottPlot.Fonts.FontResolvers.First(r => r.CreateTypeface(ChartFonts.ShippedFamily, false, false) is not null));
        var regular = ScottPlot.Fonts.GetTypeface(ChartFonts.ShippedFamily, bold: false, italic: false);
        Assert.Equal(ChartFonts.ShippedFamily, regular.FamilyName);
        Assert.Same(regular, ScottPlot.Fonts.GetTypeface(ChartFonts.ShippedFamily, bold: true, italic: false));
        Assert.Same(regular, ScottPlot.Fonts.GetTypeface(ChartFonts.ShippedFamily, bold: false, italic: true));
    }

    [Fact]
    public void ChosenFontFile_IsLoadedFromTheFile_AndDrawsLikeTheShippedOne()
    {
        ChartTestKit.RequireJapaneseFont();
        string dir = ChartTestKit.TempDir();
        string copy = Path.Combine(dir, "my-font.ttf");
        File.Copy(ChartFonts.ShippedFontPath, copy);

        ChartFontChoice choice = ChartFonts.Resolve(Language.Japanese, new ChartOptions { FontFamily = copy });
        Assert.Equal("IPAexGothic (my-font.ttf)", choice.Family); // the same family from another file keeps both apart
        Assert.Equal(Language.Japanese, choice.Language);
        Assert.Null(choice.Warning);
        Assert.Equal(choice.Family, ChartFonts.LoadFontFile(copy)); // loaded once per path
        Assert.True(ChartFonts.CanDraw(choice.Family, ChartFonts.ProbeText));

        Assert.Equal(Render("電力", ChartFonts.ShippedFamily), Render("電力", choice.Family));
    }

    [Fact]
    public void ChosenFontName_OfTheShippedFamily_IsTheShippedFile()
    {
        ChartFontChoice choice = ChartFonts.Resolve(Language.Japanese, new ChartOptions { FontFamily = " IPAexGothic " });
        Assert.Equal(new ChartFontChoice(ChartFonts.ShippedFamily, Language.Japanese, Language.Japanese, null), choice);
    }

    [Theory]
    [InlineData("No Such Font Family 12345")]
    [InlineData("/no/such/folder/font.ttf")]
    [InlineData("missing.otf")]
    public void ChosenFont_NotFound_UsesTheShippedFont_WithAClearWarning(string chosen)
    {
        ChartTestKit.RequireJapaneseFont();
        ChartFontChoice choice = ChartFonts.Resolve(Language.Japanese, new ChartOptions { FontFamily = chosen });
        Assert.Equal(ChartFonts.ShippedFamily, choice.Family);
        Assert.Equal(Language.Japanese, choice.Language);
        Assert.Equal($"font '{chosen}' not found (no such font file or installed family); charts use IPAexGothic", choice.Warning);
    }

    [Fact]
    public void ChosenFontFile_ThatIsNotAFont_IsNotFound()
    {
        string file = Path.Combine(ChartTestKit.TempDir(), "notes.ttf");
        File.WriteAllText(file, "not a font");
        Assert.Null(ChartFonts.LoadFontFile(file));
        ChartFontChoice choice = ChartFonts.Resolve(Language.Japanese, new ChartOptions { FontFamily = file });
        Assert.Equal(ChartFonts.ShippedFamily, choice.Family);
        Assert.StartsWith($"font '{file}' not found", choice.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void CanDraw_IsFalse_ForMissingFamilies_AndForLatinFontsOnJapanese()
    {
        Assert.False(ChartFonts.CanDraw("No Such Font Family 12345", "abc"));
        Assert.False(ChartFonts.CanDraw("", "abc"));
        Assert.True(ChartFonts.CanDraw(ChartFonts.ShippedFamily, "Ag 電力"));
        if (ChartFonts.CanDraw("DejaVu Sans", "Ag"))
        {
            Assert.False(ChartFonts.CanDraw("DejaVu Sans", "電力"));
        }
    }

    [Fact]
    public void ChosenInstalledLatinFont_DrawsJapaneseChartsInEnglish_AndSaysSo()
    {
        // Only where DejaVu Sans is installed (test.sh's graphviz brings it); elsewhere it is a font not found.
        ChartFontChoice choice = ChartFonts.Resolve(Language.Japanese, new ChartOptions { FontFamily = "DejaVu Sans" });
        if (ChartFonts.CanDraw("DejaVu Sans", "Ag"))
        {
            Assert.Equal(new ChartFontChoice("DejaVu Sans", Language.English, Language.Japanese, "font 'DejaVu Sans' has no Japanese glyphs; chart labels are in English"), choice);
            Assert.Null(ChartFonts.Resolve(Language.English, new ChartOptions { FontFamily = "DejaVu Sans" }).Warning);
        }
        else
        {
            Assert.Equal(ChartFonts.ShippedFamily, choice.Family);
            Assert.Contains("not found", choice.Warning, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Resolve_WithoutAnyJapaneseFont_FallsBackToEnglish_WithTheWarning()
    {
        ChartFontChoice choice = ChartFonts.Resolve(Language.Japanese, new ChartOptions { SimulateMissingJapaneseFont = true });
        Assert.Equal(Language.English, choice.Language);
        Assert.True(choice.FellBack);
        Assert.StartsWith(ChartFonts.Warning, choice.Warning, StringComparison.Ordinal);
        Assert.Contains("fonts/ipaexg.ttf", choice.Warning, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(choice.Family));
        Assert.False(ChartFonts.CanDraw(choice.Family, "電"));
    }

    [Fact]
    public void Resolve_English_NeverWarns_WithoutAChosenFont()
    {
        Assert.Null(ChartFonts.Resolve(Language.English).Warning);
        ChartFontChoice choice = ChartFonts.Resolve(Language.English, new ChartOptions { SimulateMissingJapaneseFont = true });
        Assert.Equal(Language.English, choice.Language);
        Assert.True(choice.Warning is null || choice.Warning == ChartFonts.NoFontAtAll);
    }

    [Fact]
    public void Resolve_RejectsUndefinedLanguage()
        => Assert.Throws<ArgumentOutOfRangeException>(() => ChartFonts.Resolve((Language)7));

    [Fact]
    public void UseAsScottPlotDefault_SetsScottPlotsDefaultFont_ForNotebooks()
    {
        string previous = ScottPlot.Fonts.Default;
        try
        {
            ChartFontChoice choice = ChartFonts.UseAsScottPlotDefault();
            Assert.Equal(ChartFonts.ShippedFamily, choice.Family);
            Assert.Null(ChartFonts.DefaultFont);
            Assert.Equal(ChartFonts.ShippedFamily, ScottPlot.Fonts.Default);
            Assert.Equal(ChartFonts.ShippedFamily, new Plot().Axes.Title.Label.FontName);

            // A notebook's own font applies to every depgraph chart of the process that does not choose one.
            string copy = Path.Combine(ChartTestKit.TempDir(), "notebook-font.ttf");
            File.Copy(ChartFonts.ShippedFontPath, copy);
            choice = ChartFonts.UseAsScottPlotDefault(copy);
            Assert.Equal("IPAexGothic (notebook-font.ttf)", choice.Family);
            Assert.Equal(choice.Family, ScottPlot.Fonts.Default);
            Assert.Equal(choice.Family, ChartFonts.Resolve(Language.Japanese).Family);
            Assert.Equal(ChartFonts.ShippedFamily, ChartFonts.Resolve(Language.Japanese, new ChartOptions { FontFamily = "IPAexGothic" }).Family);
        }
        finally
        {
            ChartFonts.UseAsScottPlotDefault();
            ScottPlot.Fonts.Default = previous;
        }
    }

    [Fact]
    public void Labels_HaveJapaneseAndEnglish_ForEveryKey()
    {
        foreach ((string key, LocalizedName name) in ChartLabels.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(name.Japanese), key);
            Assert.False(string.IsNullOrWhiteSpace(name.English), key);
            Assert.DoesNotContain(name.English, c => c is >= '\u3000' and <= '\u9fff');
        }

        Assert.Equal("当日中", ChartLabels.Get("reach.sameDay", Language.Japanese));
        Assert.Equal("same day", ChartLabels.Get("reach.sameDay", Language.English));
        Assert.Throws<KeyNotFoundException>(() => ChartLabels.Get("nope", Language.English));
    }

    private static byte[] Render(string title, string family)
    {
        var plot = new Plot();
        plot.Title(title);
        ChartStyle.ApplyFont(plot, family);
        return ChartExport.Render(plot, new ChartSize(3, 1, 100)).Png;
    }
}
