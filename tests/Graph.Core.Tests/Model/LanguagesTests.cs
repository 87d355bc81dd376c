using System.Globalization;
using Depgraph.Core.Model;

namespace Depgraph.Core.Tests.Model;

public class LanguagesTests
{
    [Theory]
    [InlineData("ja", Language.Japanese)]
    [InlineData("en", Language.English)]
    [InlineData(" EN ", Language.English)]
    [InlineData("Ja", Language.Japanese)]
    public void Parse_reads_the_two_codes(string text, Language expected)
    {
        Assert.Equal(expected, Languages.Parse(text));
        Assert.True(Languages.TryParse(text, out var l));
        Assert.Equal(expected, l);
    }

    [Theory]
    [InlineData("jp")]
    [InlineData("ja-JP")]
    [InlineData("english")]
    [InlineData("")]
    [InlineData(null)]
    public void Parse_rejects_anything_else_naming_the_value(string? text)
    {
        Assert.False(Languages.TryParse(text, out _));
        var e = Assert.Throws<FormatException>(() => Languages.Parse(text));
        Assert.Contains("ja or en", e.Message);
        Assert.Contains($"'{text}'", e.Message);
    }

    [Fact]
    public void Code_round_trips_through_Parse()
    {
        Assert.Equal(["ja", "en"], Languages.All.Select(l => l.Code()));
        foreach (var l in Languages.All) Assert.Equal(l, Languages.Parse(l.Code()));
    }

    [Theory]
    [InlineData("en-US", Language.English)]
    [InlineData("en-GB", Language.English)]
    [InlineData("ja-JP", Language.Japanese)]
    [InlineData("fr-FR", Language.Japanese)]
    [InlineData("", Language.Japanese)]
    public void The_culture_default_is_English_only_for_English_cultures(string culture, Language expected) =>
        Assert.Equal(expected, Languages.FromCulture(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void FromEnvironment_follows_the_current_UI_culture()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Equal(Language.English, Languages.FromEnvironment());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
            Assert.Equal(Language.Japanese, Languages.FromEnvironment());
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void Pick_chooses_by_language_and_the_default_is_Japanese()
    {
        Assert.Equal("構成員", Language.Japanese.Pick("構成員", "members"));
        Assert.Equal("members", Language.English.Pick("構成員", "members"));
        Assert.Equal(Language.Japanese, default(Language));
    }
}
