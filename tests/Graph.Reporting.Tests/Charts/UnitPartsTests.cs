using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Tests.Charts;

/// <summary>Issue 11 item 17: totals over different units show their parts.</summary>
public class UnitPartsTests
{
    private static readonly MemberCount[] Securities = [new("社", 272), new("機関", 7)];

    [Fact]
    public void Mixed_units_show_their_parts_in_either_language()
    {
        Assert.Equal("279（272 社、7 機関）", UnitParts.Label(279, Securities, Language.Japanese));
        Assert.Equal("279 (272 companies, 7 bodies)", UnitParts.Label(279, Securities, Language.English));
        Assert.Equal("1,788（47 都道府県、1,741 市区町村）", UnitParts.Label(1788, [new("都道府県", 47), new("市区町村", 1741)], Language.Japanese));
    }

    [Fact]
    public void One_unit_or_no_parts_shows_the_total_alone()
    {
        Assert.Equal("1,226", UnitParts.Label(1226, [new("社", 1226)], Language.Japanese));
        Assert.Equal("1,226", UnitParts.Label(1226, null, Language.Japanese));
        Assert.Equal("8", UnitParts.Label(8, [new("社", 8), new("機関", 0)], Language.Japanese));
        Assert.False(UnitParts.AreMixed([new("社", 3), new("社", 4)]));
    }

    [Fact]
    public void Parts_that_do_not_add_up_to_the_total_are_not_shown()
    {
        Assert.Same(Securities, UnitParts.Checked(279, Securities));
        Assert.Null(UnitParts.Checked(280, Securities));
        Assert.Null(UnitParts.Checked(1226, [new MemberCount("社", 1226)]));
    }
}
