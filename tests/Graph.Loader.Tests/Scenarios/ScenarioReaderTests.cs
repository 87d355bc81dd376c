using Depgraph.Core.Model;
using Depgraph.Loader.Scenarios;

namespace Depgraph.Loader.Tests.Scenarios;

public class ScenarioReaderTests
{
    private static LoadIssue Single(string yaml)
    {
        var r = ScenarioReader.Parse(yaml, "s.yaml");
        Assert.Null(r.Value);
        return Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);
    }

    [Theory]
    [InlineData("name: x\nadd_edges:\n  - {source: a, target: b, type: shares_with,\n     delay_hours: 2, probability:")]
    [InlineData("name: x\r\nremove_nodes: [a,\r\n")]
    [InlineData("name: x\nremove_nodes: [a, \"b")]
    public void A_file_cut_off_mid_value_is_an_error_on_one_of_its_own_lines(string yaml)
    {
        // found by the scenario fuzz property: YamlDotNet reported the end of input one line past the last line
        var issue = Single(yaml);
        int lines = 1 + yaml.Count(c => c == '\n');
        Assert.InRange(issue.Line, 1, lines);
        Assert.Equal("s.yaml", issue.File);
    }

    [Fact]
    public void Reads_every_kind_of_change_with_its_line()
    {
        var s = ScenarioReader.Parse("""
            name: 水道に第二経路
            description: 追加
            remove_nodes: [ministry.meti]
            remove_edges: [{source: nisc, target: ceptoar.water, type: shares_with}]
            add_edges:
              - {source: ministry.mlit, target: ceptoar.water, type: shares_with, flow: provide,
                 delay_hours: 2, probability: 0.9, note: "proposal 2026-12"}
            set_edges:
              - {match: {type: depends_on, target: sector.finance}, scale_probability: 0.5}
            """, "w.yaml").GetValueOrThrow();
        Assert.Equal("水道に第二経路", s.Name);
        Assert.Equal(1, s.NameLine);
        Assert.Equal(new ScenarioNodeRemoval("ministry.meti", 3), Assert.Single(s.RemoveNodes));
        var re = Assert.Single(s.RemoveEdges);
        Assert.Equal(("nisc", "ceptoar.water", EdgeKind.SharesWith, 4), (re.Source, re.Target, re.Kind, re.Line));
        var add = Assert.Single(s.AddEdges);
        Assert.Equal((InfoFlow.Provide, 2.0, 0.9, "proposal 2026-12", 6), (add.Flow, add.DelayHours, add.Probability, add.Note, add.Line));
        var set = Assert.Single(s.SetEdges);
        Assert.Equal((0.5, EdgeKind.DependsOn, "sector.finance", 9), (set.ScaleProbability, set.Match.Kind, set.Match.Target, set.Line));
    }

    [Fact]
    public void Empty_scenario_is_empty()
    {
        var s = ScenarioReader.Parse("name: 現状\n", "e.yaml").GetValueOrThrow();
        Assert.True(s.IsEmpty);
    }

    [Theory]
    [InlineData("name: x\nadd_edges:\n  - {source: a, target: b, type: shares_with, probability: 1.5}\n", 3, IssueCodes.BadProbability)]
    [InlineData("name: x\nadd_edges:\n  - {source: a, target: b, type: shares_with, delay_hours: -1}\n", 3, IssueCodes.BadWeight)]
    [InlineData("name: x\nadd_edges:\n  - {source: a, target: b, type: talks_to}\n", 3, IssueCodes.UnknownType)]
    [InlineData("name: x\nadd_edges:\n  - {source: a, type: shares_with}\n", 3, IssueCodes.MissingField)]
    [InlineData("name: x\nremove_edges:\n  - {colour: red}\n", 3, IssueCodes.BadValue)]
    [InlineData("description: no name\n", 1, IssueCodes.MissingField)]
    [InlineData("name: x\nfrobnicate: 1\n", 2, IssueCodes.BadValue)]
    [InlineData("name: x\nset_edges:\n  - {match: {source: a}}\n", 3, IssueCodes.MissingField)]
    [InlineData("name: x\nset_edges:\n  - {match: {source: a}, probability: 0.5, scale_probability: 2}\n", 3, IssueCodes.BadValue)]
    [InlineData("name: x\nremove_nodes: [a\n", 3, IssueCodes.Syntax)]
    public void Bad_scenarios_name_the_line_and_code(string yaml, int line, string code)
    {
        var issue = Single(yaml);
        Assert.Equal(("s.yaml", line, code), (issue.File, issue.Line, issue.Code));
    }

    [Fact]
    public void Aliases_are_refused()
    {
        var issue = Single("name: x\nremove_nodes: &a [nisc]\ndescription: *a\n");
        Assert.Equal((3, ScenarioIssueCodes.Limit), (issue.Line, issue.Code));
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var yaml = "name: x\ndescription: " + new string('[', 40) + new string(']', 40) + "\n";
        Assert.Equal(ScenarioIssueCodes.Limit, Single(yaml).Code);
    }

    [Fact]
    public void Large_files_are_refused_before_parsing()
    {
        using var t = new TestPaths.TempDir();
        var path = t.File("big.yaml");
        File.WriteAllText(path, "name: x\n#" + new string('x', ScenarioReader.MaxBytes) + "\n");
        var r = ScenarioReader.Read(path);
        Assert.Equal(ScenarioIssueCodes.Limit, Assert.Single(r.Issues).Code);
    }

    [Fact]
    public void Two_scenarios_with_one_name_are_refused_at_the_second_name_line()
    {
        using var t = new TestPaths.TempDir();
        File.WriteAllText(t.File("a.yaml"), "name: 同じ\n");
        File.WriteAllText(t.File("b.yaml"), "# comment\nname: 同じ\n");
        var r = ScenarioReader.ReadAll([t.File("a.yaml"), t.File("b.yaml")]);
        var issue = Assert.Single(r.Issues);
        Assert.Equal((t.File("b.yaml"), 2, ScenarioIssueCodes.DuplicateName), (issue.File, issue.Line, issue.Code));
    }

    [Fact]
    public void Missing_file_is_file_not_found()
    {
        Assert.Equal(IssueCodes.FileNotFound, Assert.Single(ScenarioReader.Read("/nonexistent/x.yaml").Issues).Code);
    }
}
