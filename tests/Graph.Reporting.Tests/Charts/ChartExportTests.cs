using System.Text;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

[Collection(ChartCollection.Name)]
public class ChartExportTests
{
    [Fact]
    public void Save_WritesPngAt300Dpi_WithThePixelSize_AndWellFormedSvg()
    {
        string dir = ChartTestKit.TempDir();
        ChartFiles files = ChartExport.Save(CascadeChart.Create(SampleData.Cascade()), Path.Combine(dir, "sub", "cascade"), ChartSize.Paper);

        byte[] png = File.ReadAllBytes(files.PngPath);
        Assert.Equal((1800, 1050), ChartTestKit.PngSize(png));
        Assert.Equal(300, PngDensity.GetDpi(png));
        Assert.Equal(1800, new ScottPlot.Image(png).Width);
        string svg = File.ReadAllText(files.SvgPath, Encoding.UTF8);
        var root = ChartTestKit.ParseSvg(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Equal("1800", root.Attribute("width")!.Value);
        Assert.Equal(new[] { "cascade.png", "cascade.svg" }, Directory.GetFiles(Path.Combine(dir, "sub")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public void Save_Overwrites_AndLeavesNoTemporaryFiles()
    {
        string dir = ChartTestKit.TempDir();
        string path = Path.Combine(dir, "reach");
        File.WriteAllText(path + ".svg", "old");
        ChartExport.Save(ReachTimeChart.Create(SampleData.Reach()), path, ChartSize.Paper);
        ChartExport.Save(ReachTimeChart.Create(SampleData.Reach()), path, ChartSize.Paper);
        Assert.Equal(2, Directory.GetFiles(dir).Length);
        Assert.StartsWith("<?xml", File.ReadAllText(path + ".svg"));
    }

    [Theory]
    [MemberData(nameof(RecipeNames))]
    public void Render_IsByteIdentical_ForTheSameInput(string name)
    {
        var recipe = ChartGallery.Recipes().Single(r => r.Name == name);
        (byte[] png1, string svg1) = ChartExport.Render(recipe.Build(Language.Japanese, null), recipe.Size);
        (byte[] png2, string svg2) = ChartExport.Render(recipe.Build(Language.Japanese, null), recipe.Size);
        Assert.Equal(svg1, svg2);
        Assert.Equal(png1, png2);
    }

    [Fact]
    public void Save_IsByteIdentical_AcrossTwoSaves()
    {
        string dir = ChartTestKit.TempDir();
        ChartFiles a = ChartExport.Save(CeptoarCoverageChart.Create(SampleData.Coverage()), Path.Combine(dir, "a"), ChartSize.PaperTall);
        ChartFiles b = ChartExport.Save(CeptoarCoverageChart.Create(SampleData.Coverage()), Path.Combine(dir, "b"), ChartSize.PaperTall);
        Assert.Equal(File.ReadAllBytes(a.SvgPath), File.ReadAllBytes(b.SvgPath));
        Assert.Equal(File.ReadAllBytes(a.PngPath), File.ReadAllBytes(b.PngPath));
    }

    [Fact]
    public void Render_RestoresTheScaleFactor()
    {
        var plot = ReachTimeChart.Create(SampleData.Reach());
        ChartExport.Render(plot, ChartSize.Paper);
        Assert.Equal(1.0, plot.ScaleFactor);
    }

    [Fact]
    public void Save_RejectsBadArguments()
    {
        var plot = ReachTimeChart.Create(SampleData.Reach());
        Assert.Throws<ArgumentException>(() => ChartExport.Save(plot, " ", ChartSize.Paper));
        Assert.Throws<ArgumentException>(() => ChartExport.Save(plot, Path.GetTempPath(), ChartSize.Paper));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartExport.Save(plot, Path.Combine(ChartTestKit.TempDir(), "x"), new ChartSize(6, 3.5, 10)));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChartExport.Save(plot, Path.Combine(ChartTestKit.TempDir(), "x"), new ChartSize(double.NaN, 3.5, 300)));
    }

    [Fact]
    public void ChartSize_Paper_Is1800x1050_At300Dpi()
    {
        Assert.Equal(1800, ChartSize.Paper.PixelWidth);
        Assert.Equal(1050, ChartSize.Paper.PixelHeight);
        Assert.Equal(3.0, ChartSize.Paper.ScaleFactor);
        Assert.Equal(600, ChartSize.Paper.LayoutWidth);
    }

    [Fact]
    public void WideTitles_AreShrunk_SoTheyFitTheFigure()
    {
        var plot = ReachTimeChart.Create(SampleData.Reach());
        plot.Title("とても長いタイトル" + new string('長', 80));
        ChartExport.Render(plot, ChartSize.Paper);
        Assert.True(plot.Axes.Title.Label.FontSize < ChartStyle.TitleFontSize);
    }

    public static TheoryData<string> RecipeNames()
    {
        var data = new TheoryData<string>();
        foreach (var r in ChartGallery.Recipes())
        {
            data.Add(r.Name);
        }

        return data;
    }
}
