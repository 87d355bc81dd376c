using Depgraph.Loader;

namespace Depgraph.Loader.Tests.Ranges;

/// <summary>The optional range columns of dependencies.csv: read into edge attributes, bad ranges reported with file and line.</summary>
public class ParameterRangesTests
{
    private const string Header = "dependant,supplier,strength,probability,time_to_impact_hours,basis,reason";

    private static (TestPaths.TempDir Dir, string Path) WithDependencies(string extraHeader, params string[] rows)
    {
        var dir = new TestPaths.TempDir();
        var from = TestPaths.Fixture("yaml", "valid");
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(dir.Path, System.IO.Path.GetRelativePath(from, f));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        var path = System.IO.Path.Combine(dir.Path, "dependencies.csv");
        File.WriteAllText(path, string.Join("\n", [Header + extraHeader, .. rows]) + "\n");
        return (dir, path);
    }

    [Fact]
    public void The_old_header_still_loads()
    {
        var (dir, _) = WithDependencies("", "sector.x,sector.y,0.5,0.4,6,assumption,x needs y");
        using var _d = dir;
        var e = DatasetLoader.Load(dir.Path).GetValueOrThrow().Edges.Single(x => x.Source == "sector.x" && x.Target == "sector.y");
        Assert.False(e.Attributes.ContainsKey("probability_low"));
    }

    [Fact]
    public void Range_columns_become_edge_attributes()
    {
        var (dir, _) = WithDependencies(",strength_low,strength_high,probability_low,probability_high,time_to_impact_hours_low,time_to_impact_hours_high,distribution,range_reason",
            "sector.x,sector.y,0.5,0.4,6,assumption,x needs y,0.25,0.75,0.2,0.6,3,12,triangular,judgement ±50 %",
            "sector.y,sector.x,0.2,0.3,,assumption,fixed,,,,,,,,");
        using var _d = dir;
        var edges = DatasetLoader.Load(dir.Path).GetValueOrThrow().Edges;
        var a = edges.Single(x => x.Source == "sector.x" && x.Target == "sector.y").Attributes;
        Assert.Equal(("0.25", "0.75", "0.2", "0.6", "3", "12", "triangular", "judgement ±50 %"),
            (a["strength_low"], a["strength_high"], a["probability_low"], a["probability_high"], a["weight_low"], a["weight_high"], a["distribution"], a["range_reason"]));
        var b = edges.Single(x => x.Source == "sector.y" && x.Target == "sector.x").Attributes;
        Assert.False(b.ContainsKey("probability_low"));
    }

    [Theory]
    [InlineData("0.6,0.2,,", IssueCodes.BadValue, "swap")]                       // low > high
    [InlineData("0.2,1.2,,", IssueCodes.BadProbability, "[0, 1]")]              // probability range outside [0, 1]
    [InlineData(",,-1,12", IssueCodes.BadWeight, "below 0")]                    // negative delay
    [InlineData("0.2,0.6,,,lognormal", IssueCodes.BadValue, "lognormal")]       // unknown distribution
    [InlineData("0.2,,,", IssueCodes.BadValue, "without")]                      // one end only
    [InlineData("0.5,0.6,,", IssueCodes.BadValue, "outside its range")]         // written value 0.4 outside
    public void A_bad_range_is_one_error_with_file_and_line(string cells, string code, string says)
    {
        var parts = cells.Split(',');
        var row = "sector.x,sector.y,0.5,0.4,6,assumption,x needs y," + string.Join(",", parts.Concat(Enumerable.Repeat("", 5 - parts.Length)));
        var (dir, path) = WithDependencies(",probability_low,probability_high,time_to_impact_hours_low,time_to_impact_hours_high,distribution", row);
        using var _d = dir;
        var r = DatasetLoader.Load(dir.Path);
        var issue = Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((path, 2, code), (issue.File, issue.Line, issue.Code));
        Assert.Contains(says, issue.Message);
        Assert.Null(r.Value);
    }

    [Fact]
    public void An_unknown_extra_column_is_a_header_error()
    {
        var (dir, path) = WithDependencies(",probability_lo", "sector.x,sector.y,0.5,0.4,6,assumption,x needs y,0.2");
        using var _d = dir;
        var issue = Assert.Single(DatasetLoader.Load(dir.Path).Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((path, 1, IssueCodes.BadHeader), (issue.File, issue.Line, issue.Code));
    }
}
