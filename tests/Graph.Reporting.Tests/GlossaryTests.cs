using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests;

public class GlossaryTests
{
    [Theory]
    [InlineData(1, "機関", "1 body (機関)")]
    [InlineData(7, "機関", "7 bodies (機関)")]
    [InlineData(1, "社・団体", "1 company or association (社・団体)")]
    [InlineData(1189, "事業体", "1,189 utilities (事業体)")]
    [InlineData(1, "事業体", "1 utility (事業体)")]
    [InlineData(1, "水道事業体", "1 water utility (水道事業体)")]
    [InlineData(2, "unknown-unit", "2 unknown-unit")]
    public void English_units_agree_with_the_number(long count, string unit, string expected)
        => Assert.Equal(expected, Glossary.Count(count, unit, ChartLanguage.English));

    [Fact]
    public void Japanese_keeps_the_recorded_unit() => Assert.Equal("1,189 事業体", Glossary.Count(1189, "事業体", ChartLanguage.Japanese));
}
