using Depgraph.Core.Model;
using Depgraph.Reporting.Report;

namespace Depgraph.Reporting.Tests.Report;

/// <summary>Issue 14: the dependency section says which cells of the matrix rest on survey answers and which are still assumed, from provenance.</summary>
public class DependencyCellBasisTests
{
    private static GraphDataset WithOneSurveyedCell()
    {
        var d = ReportTestData.Small();
        var edges = d.Edges.Select(e => e.Kind == EdgeKind.DependsOn && e.Source == "sector.finance" && e.Target == "sector.info_comm"
            ? new Edge(e.Source, e.Target, e.Kind, Provenance.FromSurvey("survey:sector.finance:answers.xlsx:分野:3"), e.DelayHours, e.Probability, e.Strength)
            : e).ToList();
        return new GraphDataset(d.Name, d.Nodes, [.. edges], d.Sources, d.IsCurated);
    }

    private static string Markdown(GraphDataset d, Language language)
    {
        var m = ReportBuilder.Build(d, new ReportOptions { Runs = 200, Language = language });
        return MarkdownReportWriter.Write(m, MarkdownReportWriterTests.FakeCharts(m));
    }

    [Fact]
    public void Survey_based_and_assumed_cells_are_counted_and_the_survey_cells_named()
    {
        var m = ReportBuilder.Build(WithOneSurveyedCell(), new ReportOptions { Runs = 200 });
        var survey = Assert.Single(m.Propagation.Cells, c => c.Basis == Basis.Survey);
        Assert.Equal(("sector.finance", "sector.info_comm"), (survey.Dependant.Id, survey.Supplier.Id));
        Assert.Equal(m.Propagation.Cells.Count - 1, m.Propagation.Cells.Count(c => c.Basis == Basis.Assumption));

        string ja = Markdown(WithOneSurveyedCell(), Language.Japanese), en = Markdown(WithOneSurveyedCell(), Language.English);
        Assert.Contains($"相互依存性調査の回答に基づく組は 1、仮定の組は {m.Propagation.Cells.Count - 1}", ja, StringComparison.Ordinal);
        Assert.Contains("調査に基づく組（供給する分野 → 依存する分野）：", ja, StringComparison.Ordinal);
        Assert.Contains("1 rest on answers to the interdependency survey", en, StringComparison.Ordinal);
    }

    [Fact]
    public void An_all_assumed_matrix_has_no_survey_cells()
    {
        var md = Markdown(ReportTestData.Small(), Language.Japanese);
        Assert.Contains("相互依存性調査の回答に基づく組は 0", md, StringComparison.Ordinal);
        Assert.DoesNotContain("調査に基づく組（", md, StringComparison.Ordinal);
    }
}
