namespace Depgraph.Cli.Tests.Infrastructure;

/// <summary>CSV for spreadsheets (issue 14 item 3): names beside ids in the analyst's language, and --bom for Excel.</summary>
public class CsvOutputTests
{
    private static readonly string[][] Commands =
    [
        ["reach", "--from", "nisc"],
        ["spof"],
        ["paths", "--from", "nisc", "--to", "ceptoar.water"],
        ["cascade", "--from", "sector.electricity", "--runs", "100"],
        ["cascade", "--from", "sector.electricity", "--threshold", "0.3"],
        ["find", "CEPTOAR"],
    ];

    public static TheoryData<string[]> All() => [.. Commands];

    [Theory]
    [MemberData(nameof(All))]
    public void Bom_starts_the_output_only_when_asked_and_changes_nothing_else(string[] args)
    {
        var plain = CliRunner.Run([.. args, "--format", "csv"]);
        var bom = CliRunner.Run([.. args, "--format", "csv", "--bom"]);
        Assert.True(bom.ExitCode == 0, bom.Err);
        Assert.False(plain.Out.StartsWith('\uFEFF'));
        Assert.Equal("\uFEFF" + plain.Out, bom.Out);
    }

    [Fact]
    public void Bom_without_csv_is_a_usage_error()
    {
        var r = CliRunner.Run("reach", "--from", "nisc", "--format", "json", "--bom");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--bom is for --format csv", r.Err);
        Assert.Equal("", r.Out);
    }

    [Theory]
    [InlineData("ja", "経済産業省")]
    [InlineData("en", "Ministry of Economy, Trade and Industry (METI)")]
    public void Names_stand_beside_ids_in_the_language_asked(string lang, string name)
    {
        var r = CliRunner.Run("reach", "--from", "nisc", "--format", "csv", "--lang", lang);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,name,hops,arrivalHours,conditional", lines[0]);
        var meti = Assert.Single(lines, l => l.StartsWith("ministry.meti,", StringComparison.Ordinal));
        Assert.StartsWith($"ministry.meti,{(name.Contains(',') ? $"\"{name}\"" : name)},", meti);
    }
}
