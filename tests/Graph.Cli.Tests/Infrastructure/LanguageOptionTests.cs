using System.Globalization;

namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>Issue 10, language is one type: <c>--lang</c> parsing, the environment's default, and JSON that does not depend on it.</summary>
public class LanguageOptionTests
{
    [Theory]
    [InlineData("summary")]
    [InlineData("reach", "--from", "nisc")]
    [InlineData("survey", "export", "--out", "x")]
    public void An_unknown_language_is_a_usage_error_naming_it(params string[] command)
    {
        var r = CliRunner.Run([.. command, "--lang", "jp"]);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--lang must be ja or en; got 'jp'", r.Err);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Without_lang_the_environment_culture_decides_English_only_for_English()
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            var en = CliRunner.Run("summary", "--format", "table");
            Assert.True(en.ExitCode == 0, en.Err);
            Assert.Contains("Sectors and their CEPTOARs", en.Out);
            Assert.Equal(CliRunner.Run("summary", "--format", "table", "--lang", "en").Out, en.Out);

            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            var ja = CliRunner.Run("summary", "--format", "table");
            Assert.Contains("分野とセプター", ja.Out);
            Assert.Equal(CliRunner.Run("summary", "--format", "table", "--lang", "ja").Out, ja.Out);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-US");
            Assert.Contains("分野とセプター", CliRunner.Run("summary", "--format", "table", "--lang", "ja").Out);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Theory]
    [InlineData("summary")]
    [InlineData("reach", "--from", "nisc")]
    [InlineData("spof", "--to", "kind:ceptoar")]
    public void Json_is_keyed_by_ids_and_unit_keys_whatever_the_language(params string[] command)
    {
        var ja = CliRunner.Run([.. command, "--format", "json", "--lang", "ja"]);
        var en = CliRunner.Run([.. command, "--format", "json", "--lang", "en"]);
        Assert.True(ja.ExitCode == 0, ja.Err);
        Assert.Equal(ja.Out, en.Out);
        Assert.DoesNotContain("companies (社)", en.Out);
    }

    [Fact]
    public void English_tables_translate_units_and_Japanese_tables_do_not()
    {
        var en = CliRunner.Run("summary", "--format", "table", "--lang", "en");
        Assert.Contains("companies (社)", en.Out);
        Assert.Contains("municipalities (市区町村)", en.Out);
        var ja = CliRunner.Run("summary", "--format", "table", "--lang", "ja");
        Assert.DoesNotContain("companies", ja.Out);
        Assert.Contains(" 社", ja.Out);
    }
}
