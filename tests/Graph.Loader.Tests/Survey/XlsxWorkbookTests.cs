using System.IO.Compression;
using Depgraph.Loader.Survey;

namespace Depgraph.Loader.Tests.Survey;

public class XlsxWorkbookTests
{
    [Fact]
    public void The_same_questionnaire_written_twice_is_the_same_bytes()
    {
        // the SDK's relationship ids are random and zip entries carry the time of writing: both are pinned
        using var a = new TestPaths.TempDir();
        using var b = new TestPaths.TempDir();
        var first = Path.Combine(a.Path, SurveyTestKit.Export(a.Path, new QuestionnaireOptions(Sectors: ["sector.water"], OperatorRows: 10)).Single());
        Thread.Sleep(2100); // zip times have a resolution of two seconds
        var second = Path.Combine(b.Path, SurveyTestKit.Export(b.Path, new QuestionnaireOptions(Sectors: ["sector.water"], OperatorRows: 10)).Single());
        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
        using var zip = ZipFile.OpenRead(first);
        Assert.All(zip.Entries, e => Assert.Equal(2000, e.LastWriteTime.Year));
    }
}
