namespace Depgraph.Reporting.Tests.Charts;

/// <summary>
/// Chart tests run one at a time: ScottPlot keeps process-wide font state (Fonts.Default and its
/// typeface cache), so renders on parallel threads could borrow each other's fonts.
/// ChartExport also serialises its renders; this keeps tests that render directly honest too.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ChartCollection
{
    public const string Name = "Charts (ScottPlot global font state)";
}
