using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class ChartPreviewTests
{
    /// <summary>Renders the gallery to $TMP/charts-preview (ja and en) for visual review.</summary>
    [Fact]
    public void Gallery_RendersEveryRecipe_InBothLanguages()
    {
        string dir = Path.Combine(Path.GetTempPath(), "charts-preview");
        foreach (var (name, build, size) in ChartGallery.Recipes())
        {
            foreach (Language lang in Enum.GetValues<Language>())
            {
                string suffix = lang == Language.Japanese ? "ja" : "en";
                ChartFiles files = ChartExport.Save(build(lang, null), Path.Combine(dir, $"{name}-{suffix}"), size);
                Assert.True(File.Exists(files.PngPath));
                Assert.True(File.Exists(files.SvgPath));
            }
        }
    }
}
