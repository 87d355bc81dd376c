using System.Collections.Immutable;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

/// <summary>Appendix A shows each assumption's reason in the report's language: Japanese with --lang ja, English with --lang en.</summary>
public class ReportReasonsTests
{
    private const string English = "assumed for the test: the ministry relays to the CEPTOAR";
    private const string Japanese = "試験用の仮定：所管省庁がセプターに中継するものとした";

    private static GraphDataset Data()
    {
        var d = ReportTestData.Small();
        var assumed = new Provenance(ImmutableArray<Evidence>.Empty, English, Japanese);
        var extra = new Node("ministry.test", NodeKind.Ministry, "丙省", "Ministry C", assumed);
        var englishOnly = new Node("ministry.test2", NodeKind.Ministry, "丁省", "Ministry D", Provenance.Assumed("only English is given"));
        return new GraphDataset(d.Name, d.Nodes.Add(extra).Add(englishOnly), d.Edges, d.Sources, d.IsCurated);
    }

    private static string Markdown(Language language)
    {
        var m = ReportBuilder.Build(Data(), new ReportOptions { Runs = 200, Language = language, Labels = ReportLabels.Load(RepoPaths.Dataset) });
        return MarkdownReportWriter.Write(m, MarkdownReportWriterTests.FakeCharts(m));
    }

    [Fact]
    public void The_Japanese_report_shows_the_Japanese_reason_and_the_English_report_the_English_one()
    {
        string ja = Markdown(Language.Japanese), en = Markdown(Language.English);
        Assert.Contains(Japanese, ja, StringComparison.Ordinal);
        Assert.DoesNotContain(English, ja, StringComparison.Ordinal);
        Assert.Contains(English, en, StringComparison.Ordinal);
        Assert.DoesNotContain(Japanese, en, StringComparison.Ordinal);
        // a dataset that gives no Japanese reason still shows its English one rather than nothing
        Assert.Contains("only English is given", ja, StringComparison.Ordinal);
    }

    [Fact]
    public void Groups_keep_both_languages_of_a_reason()
    {
        var m = ReportBuilder.Build(Data(), new ReportOptions { Runs = 200, Labels = ReportLabels.Load(RepoPaths.Dataset) });
        var g = Assert.Single(m.Provenance.Groups, g => g.Reason == English);
        Assert.Equal(Japanese, g.ReasonJa);
        Assert.Equal(Japanese, g.ReasonIn(true));
        Assert.Equal(English, g.ReasonIn(false));
    }
}
