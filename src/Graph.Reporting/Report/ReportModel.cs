namespace Depgraph.Reporting.Report;

/// <summary>
/// Everything a report shows, computed by <see cref="ReportBuilder"/>: plain numbers and names, no formatting.
/// The writers (<see cref="MarkdownReportWriter"/>, <see cref="HtmlReportWriter"/>) only lay it out.
/// </summary>
/// <param name="Options">The validated options it was built with.</param>
/// <param name="Overview">Section 1.</param>
/// <param name="Reach">Section 2.</param>
/// <param name="Spof">Section 3.</param>
/// <param name="Propagation">Section 4.</param>
/// <param name="Methods">Section 5: the algorithms and their papers.</param>
/// <param name="Provenance">Appendix A.</param>
/// <param name="Parameters">Appendix B.</param>
/// <param name="Charts">The chart inputs.</param>
public sealed record ReportModel(
    ReportOptions Options,
    OverviewSection Overview,
    ReachSection Reach,
    SpofSection Spof,
    PropagationSection Propagation,
    IReadOnlyList<MethodReference> Methods,
    ProvenanceSection Provenance,
    RunParameters Parameters,
    ReportChartData Charts)
{
    /// <summary>Section 6: the terms and methods explained, each with an example from the data.</summary>
    public TermsSection? Terms { get; init; }

    /// <summary>One comparison section per scenario of <see cref="ReportOptions.Scenarios"/>, in that order (after section 6).</summary>
    public IReadOnlyList<ScenarioSection> Scenarios { get; init; } = [];
}
