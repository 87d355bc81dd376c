using System.IO.Compression;
using System.Text;
using Depgraph.Core.Model;
using Depgraph.Loader.Survey;

namespace Depgraph.Loader.Tests.Survey;

public class XlsxTableReaderTests
{
    /// <summary>Rewrites one part of a workbook (a zip package) with <paramref name="edit"/>.</summary>
    private static void EditPart(string xlsx, string part, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(xlsx, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part)!;
        string text;
        using (var r = new StreamReader(entry.Open(), Encoding.UTF8)) text = r.ReadToEnd();
        entry.Delete();
        using var w = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
        w.Write(edit(text));
    }

    [Fact]
    public void A_sheet_whose_part_is_missing_is_a_damaged_workbook_not_a_crash_or_a_skipped_sheet()
    {
        // found by the survey fuzz property: a broken relationship id threw ArgumentOutOfRangeException out of the reader
        using var tmp = new TestPaths.TempDir();
        var xlsx = Path.Combine(tmp.Path, SurveyTestKit.Export(tmp.Path, new QuestionnaireOptions(Sectors: ["sector.finance"], OperatorRows: 10)).Single());
        EditPart(xlsx, "xl/workbook.xml", t => t.Replace("r:id=\"rId2\"", "r:id=\"rId99\"", StringComparison.Ordinal));
        var answers = SurveyAnswerReader.Read([xlsx], SurveyTestKit.Sectors);
        var issue = Assert.Single(answers.Issues);
        Assert.Equal((SurveyIssueCodes.Unreadable, IssueSeverity.Error), (issue.Code, issue.Severity));
        Assert.Contains("damaged", issue.Message, StringComparison.Ordinal);
        Assert.Empty(answers.Sectors);
    }
}
