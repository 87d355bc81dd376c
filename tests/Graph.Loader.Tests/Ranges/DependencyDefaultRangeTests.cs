using System.Globalization;
using Depgraph.Core.Model;
using Depgraph.Loader;

namespace Depgraph.Loader.Tests.Ranges;

/// <summary>
/// A dependencies.csv row that leaves its probability or time to impact empty takes the value from
/// <c>dependency_defaults</c> and, with it, the default's range; a value the row writes without a range stays fixed.
/// </summary>
public class DependencyDefaultRangeTests
{
    private const string Header = "dependant,supplier,strength,probability,time_to_impact_hours,basis,reason," +
        "probability_low,probability_high,time_to_impact_hours_low,time_to_impact_hours_high,distribution,range_reason";

    /// <summary>The channel defaults of <see cref="DefaultRangeTests"/>, the dependency default with a range on both values.</summary>
    private static readonly string Defaults = DefaultRangeTests.Defaults.ReplaceLineEndings("\n") + """

          time_to_impact_hours_low: 6
          time_to_impact_hours_high: 72
          distribution: triangular
          range_reason: dependency judgement
        """.ReplaceLineEndings("\n");

    private static (TestPaths.TempDir Dir, string Defaults, string Dependencies) Dataset(string defaults, params string[] rows)
    {
        var (dir, path) = DefaultRangeTests.WithDefaults(defaults);
        var deps = Path.Combine(dir.Path, "dependencies.csv");
        File.WriteAllText(deps, string.Join("\n", [Header, .. rows]) + "\n");
        return (dir, path, deps);
    }

    private static double N(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [Fact]
    public void Rows_that_take_the_defaults_get_their_ranges_and_written_values_stay_fixed()
    {
        var (dir, _, _) = Dataset(Defaults,
            "sector.x,sector.y,0.5,0.4,6,assumption,written,,,,,,",
            "sector.y,sector.x,0.2,,,survey,from the survey,,,,,,",
            "ceptoar.x,sector.y,0.3,0.5,,assumption,hours left to the default,,,,,,",
            "ceptoar.x,sector.x,0.4,,,assumption,own delay range,,,12,48,uniform,row judgement");
        using var _d = dir;
        var edges = DatasetLoader.Load(dir.Path).GetValueOrThrow().Edges.Where(e => e.Kind == EdgeKind.DependsOn)
            .ToDictionary(e => (e.Source, e.Target));

        // every value written, no range: fixed
        var written = edges[("sector.x", "sector.y")];
        Assert.DoesNotContain(written.Attributes.Keys, k => k.EndsWith("_low", StringComparison.Ordinal) || k == "range_group");

        // both values from the defaults: both ranges, the default's shape and reason, one group; the numbers are assumed
        var both = edges[("sector.y", "sector.x")];
        Assert.Equal((0.3, 24.0), (both.Probability, both.DelayHours));
        var a = both.Attributes;
        Assert.Equal((0.1, 0.6, 6.0, 72.0), (N(a["probability_low"]), N(a["probability_high"]), N(a["weight_low"]), N(a["weight_high"])));
        Assert.Equal(("triangular", "dependency judgement", "dependency_defaults"), (a["distribution"], a["range_reason"], a["range_group"]));
        Assert.Equal((Basis.Survey, Basis.Assumption), (both.Provenance.Kind, both.ParameterBasis));

        // probability written, time to impact from the defaults: only the delay varies, with the group
        var hours = edges[("ceptoar.x", "sector.y")].Attributes;
        Assert.False(hours.ContainsKey("probability_low"));
        Assert.Equal((6.0, 72.0, "dependency_defaults"), (N(hours["weight_low"]), N(hours["weight_high"]), hours["range_group"]));

        // the row ranges its own (defaulted) delay: that range wins; the defaulted probability gets the default's ends,
        // as a parameter of its own (no group), and the row keeps its distribution and reason
        var own = edges[("ceptoar.x", "sector.x")].Attributes;
        Assert.Equal((12.0, 48.0, 0.1, 0.6), (N(own["weight_low"]), N(own["weight_high"]), N(own["probability_low"]), N(own["probability_high"])));
        Assert.Equal(("uniform", "row judgement"), (own["distribution"], own["range_reason"]));
        Assert.False(own.ContainsKey("range_group"));
    }

    [Fact]
    public void Without_a_range_in_the_defaults_a_defaulted_value_is_fixed_and_still_assumed()
    {
        var (dir, _, _) = Dataset(DefaultRangeTests.Defaults.ReplaceLineEndings("\n")
                .Replace("  probability_low: 0.1\n  probability_high: 0.6\n", "", StringComparison.Ordinal),
            "sector.y,sector.x,0.2,,,survey,from the survey,,,,,,");
        using var _d = dir;
        var e = DatasetLoader.Load(dir.Path).GetValueOrThrow().Edges.Single(x => x.Kind == EdgeKind.DependsOn);
        Assert.DoesNotContain(e.Attributes.Keys, k => k.EndsWith("_low", StringComparison.Ordinal) || k == "range_group");
        Assert.Equal(Basis.Assumption, e.ParameterBasis);
    }

    [Theory]
    [InlineData("  time_to_impact_hours_low: 6", "  time_to_impact_hours_low: -6", 37, IssueCodes.BadWeight, "non-negative")]
    [InlineData("  distribution: triangular", "  distribution: beta", 39, IssueCodes.BadValue, "beta")]
    [InlineData("  time_to_impact_hours_high: 72", "  time_to_impact_hours_high: 3", 32, IssueCodes.BadValue, "swap")]
    [InlineData("  probability_high: 0.6", "  probability_high: 1.6", 34, IssueCodes.BadProbability, "[0, 1]")]
    public void A_bad_dependency_default_range_is_an_error_with_file_and_line_and_nothing_loads(string find, string replace, int line, string code, string says)
    {
        find = "\n" + find + "\n";   // whole lines of dependency_defaults (a channel's lines are indented further)
        Assert.Equal(2, Defaults.Split(find).Length);
        var (dir, path, _) = Dataset(Defaults.Replace(find, "\n" + replace + "\n", StringComparison.Ordinal),
            "sector.y,sector.x,0.2,,,survey,from the survey,,,,,,");
        using var _d = dir;
        var r = DatasetLoader.Load(dir.Path);
        var issue = Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((path, line, code), (issue.File, issue.Line, issue.Code));
        Assert.Contains(says, issue.Message);
        Assert.Null(r.Value);
    }

    [Fact]
    public void Every_bad_range_row_is_reported_with_its_line_and_nothing_loads()
    {
        var (dir, _, deps) = Dataset(Defaults,
            "sector.x,sector.y,0.5,0.4,6,assumption,low above high,0.6,0.2,,,,",
            "sector.y,sector.x,0.2,0.3,6,assumption,negative delay,,,-1,12,,",
            "ceptoar.x,sector.y,0.3,0.5,6,assumption,unknown shape,0.2,0.6,,,lognormal,");
        using var _d = dir;
        var r = DatasetLoader.Load(dir.Path);
        var errors = r.Issues.Where(i => i.Severity == IssueSeverity.Error).OrderBy(i => i.Line).ToList();
        Assert.Equal([(deps, 2, IssueCodes.BadValue), (deps, 3, IssueCodes.BadWeight), (deps, 4, IssueCodes.BadValue)],
            errors.Select(i => (i.File, i.Line, i.Code)));
        Assert.Null(r.Value);
    }
}
