using Depgraph.Loader;

namespace Depgraph.Loader.Tests.Ranges;

/// <summary>Ranges of the assumed channel and dependency defaults in defaults.yaml: written onto the edges that take the default, bad ranges reported with file and line.</summary>
public class DefaultRangeTests
{
    internal const string Defaults = """
        channels:
          email:
            name_ja: メール
            name_en: e-mail
            delay_hours: 1.0
            delay_hours_low: 0.5
            delay_hours_high: 3
            probability_low: 0.8
            probability_high: 0.95
            distribution: triangular
            range_reason: email judgement
            probability: 0.9
            assumption: test figure
          phone:
            name_ja: 電話
            name_en: telephone
            delay_hours: 0.5
            delay_hours_low: 0.25
            delay_hours_high: 1
            probability_low: 0.7
            probability_high: 0.9
            range_reason: phone judgement
            probability: 0.8
            assumption: test figure
          unspecified:
            name_ja: (記載なし)
            name_en: channel not named
            delay_hours: 4
            probability: 0.5
            assumption: test figure
        dependency_defaults:
          probability: 0.3
          probability_low: 0.1
          probability_high: 0.6
          time_to_impact_hours: 24
          assumption: test figure
        """;

    internal static (TestPaths.TempDir Dir, string Path) WithDefaults(string text)
    {
        var dir = new TestPaths.TempDir();
        var from = TestPaths.Fixture("yaml", "valid");
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(dir.Path, System.IO.Path.GetRelativePath(from, f));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        var path = System.IO.Path.Combine(dir.Path, "defaults.yaml");
        File.WriteAllText(path, text.ReplaceLineEndings("\n") + "\n");
        return (dir, path);
    }

    [Fact]
    public void Edges_that_take_a_channel_default_carry_its_range_and_move_together()
    {
        var (dir, _) = WithDefaults(Defaults);
        using var _d = dir;
        var edges = DatasetLoader.Load(dir.Path).GetValueOrThrow().Edges;
        // two channels: fastest delay [min lows, min highs], probability 1 − Π(1 − p) at each end
        var both = edges.Single(e => e.Source == "nisc" && e.Target == "ministry.x").Attributes;
        Assert.Equal(("0.25", "1", "uniform", "channels:email+phone"), (both["weight_low"], both["weight_high"], both["distribution"], both["range_group"]));
        Assert.Equal(1 - 0.2 * 0.3, double.Parse(both["probability_low"], System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.Equal(1 - 0.05 * 0.1, double.Parse(both["probability_high"], System.Globalization.CultureInfo.InvariantCulture), 12);
        Assert.Equal("email judgement / phone judgement", both["range_reason"]);
        // the edge writes its own delay: only the probability varies
        var own = edges.Single(e => e.Source == "ceptoar.x" && e.Target == "nisc").Attributes;
        Assert.False(own.ContainsKey("weight_low"));
        Assert.Equal(("0.8", "0.95", "triangular", "channels:email"), (own["probability_low"], own["probability_high"], own["distribution"], own["range_group"]));
        // 'unspecified' has no range: fixed
        Assert.False(edges.Single(e => e.Source == "ministry.x" && e.Target == "ceptoar.x").Attributes.ContainsKey("weight_low"));
    }

    [Theory]
    [InlineData("    delay_hours_low: 0.5\n    delay_hours_high: 3", "    delay_hours_low: 3\n    delay_hours_high: 0.5", 2, IssueCodes.BadValue, "swap")]
    [InlineData("    probability_high: 0.95", "    probability_high: 1.2", 9, IssueCodes.BadProbability, "[0, 1]")]
    [InlineData("    delay_hours_low: 0.5", "    delay_hours_low: -1", 6, IssueCodes.BadWeight, "non-negative")]
    [InlineData("    distribution: triangular", "    distribution: lognormal", 10, IssueCodes.BadValue, "lognormal")]
    [InlineData("    delay_hours_high: 3\n", "", 2, IssueCodes.BadValue, "without")]
    [InlineData("    probability_low: 0.8", "    probability_low: 0.92", 2, IssueCodes.BadValue, "outside its range")]
    [InlineData("  probability_high: 0.6", "  probability_high: 0.05", 32, IssueCodes.BadValue, "swap")]
    public void A_bad_default_range_is_one_error_with_file_and_line_and_nothing_loads(string find, string replace, int line, string code, string says)
    {
        var text = Defaults.ReplaceLineEndings("\n");
        Assert.Contains(find, text);
        var (dir, path) = WithDefaults(text.Replace(find, replace, StringComparison.Ordinal));
        using var _d = dir;
        var r = DatasetLoader.Load(dir.Path);
        var issue = Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((path, line, code), (issue.File, issue.Line, issue.Code));
        Assert.Contains(says, issue.Message);
        Assert.Null(r.Value);
    }
}
