using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests;

public class DatasetLoaderTests
{
    private static string Case(string name) => TestPaths.Fixture("yaml", name);

    private static string FileOf(string @case, string rel) => Path.Combine(Case(@case), rel);

    [Fact]
    public void Valid_dataset_loads_nodes_edges_and_provenance()
    {
        var r = DatasetLoader.Load(Case("valid"));
        Assert.Empty(r.Issues);
        var ds = r.GetValueOrThrow();
        Assert.Equal("valid", ds.Name);
        Assert.True(ds.IsCurated);
        Assert.Equal(new SourceDocument("doc.txt", "doc", "NISC"), Assert.Single(ds.Sources));
        // a.yaml before b.yaml, nodes in file order
        Assert.Equal(["nisc", "ministry.x", "ceptoar.x", "member.x", "sector.x", "sector.y"], ds.Nodes.Select(n => n.Id));

        var nisc = ds.Find("nisc")!;
        Assert.Equal((NodeKind.Government, "内閣サイバーセキュリティセンター", "NISC", 2, "a.yaml"), (nisc.Kind, nisc.NameJa, nisc.NameEn, nisc.Line, nisc.File));
        Assert.Equal(new Evidence("NISCから所管省庁を通じて提供される情報", 3, "doc.txt"), Assert.Single(nisc.Provenance.Evidence));
        Assert.True(nisc.Provenance.IsEvidence);
        Assert.Equal(4, Assert.Single(ds.Find("ceptoar.x")!.Provenance.Evidence).Line);
        Assert.Equal("test ministry", ds.Find("ministry.x")!.Provenance.Assumption);

        var member = ds.Find("member.x")!;
        Assert.Equal(new MemberCount("社", 120), Assert.Single(member.Members));
        Assert.Equal("120社", member.MembersAsWritten);
        Assert.Equal(5, Assert.Single(member.Provenance.Evidence).Line);
        var sector = ds.Find("sector.x")!;
        Assert.Equal(["X事業"], sector.Scope.ToArray());
        Assert.Equal("X", sector.Attributes["code"]);
        Assert.Equal("b.yaml", sector.File);
    }

    [Fact]
    public void Shares_with_values_come_from_parallel_channels_unless_overridden()
    {
        var ds = DatasetLoader.Load(Case("valid")).GetValueOrThrow();
        var e = ds.Edges;
        // email (1 h, 0.9) and phone (0.5 h, 0.8) in parallel: min delay, 1 - 0.1 * 0.2
        Assert.Equal(("nisc", "ministry.x", EdgeKind.SharesWith, InfoFlow.Provide), (e[0].Source, e[0].Target, e[0].Kind, e[0].Flow));
        Assert.Equal(["email", "phone"], e[0].Channels.ToArray());
        Assert.Equal(0.5, e[0].DelayHours);
        Assert.Equal(0.98, e[0].Probability, 12);
        Assert.Equal((26, "a.yaml"), (e[0].Line, e[0].File));
        // no channel: unspecified
        Assert.Equal(["unspecified"], e[1].Channels.ToArray());
        Assert.Equal((4.0, 0.5), (e[1].DelayHours, e[1].Probability));
        Assert.True(e[1].Provenance.IsAssumption);
        // other kinds: delay 0, probability 1, no flow
        Assert.Equal((EdgeKind.MemberOf, InfoFlow.None, 0.0, 1.0), (e[2].Kind, e[2].Flow, e[2].DelayHours, e[2].Probability));
        Assert.Empty(e[2].Channels);
        // report flow; delay overridden, probability from the channel
        Assert.Equal((InfoFlow.Report, 2.0, 0.9), (e[3].Flow, e[3].DelayHours, e[3].Probability));
    }

    [Fact]
    public void Dependencies_csv_rows_become_depends_on_edges()
    {
        var ds = DatasetLoader.Load(Case("valid")).GetValueOrThrow();
        var deps = ds.Edges.Where(x => x.Kind == EdgeKind.DependsOn).ToList();
        Assert.Equal(2, deps.Count); // the zero-strength row with no probability gives no edge
        var a = deps[0];
        Assert.Equal(("sector.x", "sector.y", 0.5, 0.4, 6.0, 2, "dependencies.csv"), (a.Source, a.Target, a.Strength, a.Probability, a.DelayHours, a.Line, a.File));
        Assert.Equal("x needs y, a lot", a.Provenance.Assumption);
        Assert.Equal("assumption", a.Attributes["basis"]);
        // survey row: empty probability and time take dependency_defaults; no assumption, reason kept
        var b = deps[1];
        Assert.Equal(("sector.y", "sector.x", 0.2, 0.3, 24.0), (b.Source, b.Target, b.Strength, b.Probability, b.DelayHours));
        Assert.Equal(Basis.Survey, b.Provenance.Kind);
        Assert.False(b.Provenance.IsEmpty);
        Assert.Equal("survey", b.Attributes["basis"]);
        Assert.Equal("from the survey", b.Attributes["reason"]);
    }

    [Theory]
    [InlineData("duplicate_id", "b.yaml", 15, IssueCodes.DuplicateId)]
    [InlineData("dangling_reference", "b.yaml", 16, IssueCodes.DanglingReference)]
    [InlineData("quote_not_found", "a.yaml", 17, IssueCodes.QuoteNotFound)]
    [InlineData("missing_provenance", "a.yaml", 7, IssueCodes.MissingProvenance)]
    [InlineData("syntax_error", "b.yaml", 13, IssueCodes.Syntax)]
    [InlineData("unknown_channel", "a.yaml", 29, IssueCodes.UnknownChannel)]
    [InlineData("bad_member_count", "a.yaml", 22, IssueCodes.BadValue)]
    [InlineData("unknown_kind", "a.yaml", 8, IssueCodes.UnknownKind)]
    [InlineData("unknown_type", "b.yaml", 18, IssueCodes.UnknownType)]
    [InlineData("bad_probability", "a.yaml", 45, IssueCodes.BadProbability)]
    [InlineData("bad_weight", "a.yaml", 44, IssueCodes.BadWeight)]
    [InlineData("self_loop", "b.yaml", 16, IssueCodes.SelfLoop)]
    [InlineData("missing_field", "a.yaml", 12, IssueCodes.MissingField)]
    [InlineData("flow_on_member_of", "a.yaml", 38, IssueCodes.BadValue)]
    [InlineData("deps_bad_header", "dependencies.csv", 1, IssueCodes.BadHeader)]
    [InlineData("deps_bad_row", "dependencies.csv", 3, IssueCodes.BadRow)]
    [InlineData("deps_bad_strength", "dependencies.csv", 2, IssueCodes.BadWeight)]
    [InlineData("no_defaults", "defaults.yaml", 0, IssueCodes.FileNotFound)]
    [InlineData("no_source", "source", 0, IssueCodes.FileNotFound)]
    public void One_defect_gives_exactly_one_error_with_code_file_and_line(string @case, string file, int line, string code)
    {
        var r = DatasetLoader.Load(Case(@case));
        var issue = Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);
        Assert.Equal((FileOf(@case, file), line, code), (issue.File, issue.Line, issue.Code));
        Assert.Null(r.Value);
    }

    [Fact]
    public void An_unknown_field_is_a_warning_and_the_dataset_still_loads()
    {
        var r = DatasetLoader.Load(Case("unknown_field"));
        var issue = Assert.Single(r.Issues);
        Assert.Equal((FileOf("unknown_field", "b.yaml"), 14, IssueCodes.BadValue, IssueSeverity.Warning), (issue.File, issue.Line, issue.Code, issue.Severity));
        Assert.Contains("colour", issue.Message);
        Assert.True(r.Success);
    }

    [Fact]
    public void Every_defect_in_one_file_is_reported()
    {
        var r = DatasetLoader.Load(Case("many_defects"));
        Assert.Equal(
            [(8, IssueCodes.UnknownKind), (17, IssueCodes.QuoteNotFound), (22, IssueCodes.BadValue), (29, IssueCodes.UnknownChannel),
             (31, IssueCodes.MissingProvenance), (34, IssueCodes.SelfLoop), (43, IssueCodes.BadWeight)],
            r.Issues.Select(i => (i.Line, i.Code)).Order());
        Assert.All(r.Issues, i => Assert.Equal(FileOf("many_defects", "a.yaml"), i.File));
    }

    [Fact]
    public void Missing_folder_is_an_issue_not_an_exception()
    {
        var r = DatasetLoader.Load(Case("no_such_dataset"));
        Assert.Equal(IssueCodes.FileNotFound, Assert.Single(r.Issues).Code);
    }

    [Fact]
    public void Evidence_line_is_where_the_quote_starts_even_with_crlf_source()
    {
        using var dir = CopyOf("valid");
        var src = Path.Combine(dir.Path, "source", "doc.txt");
        File.WriteAllText(src, File.ReadAllText(src).Replace("\n", "\r\n"));
        var ds = DatasetLoader.Load(dir.Path).GetValueOrThrow();
        Assert.Equal(3, ds.Find("nisc")!.Provenance.Evidence[0].Line);
        Assert.Equal(4, ds.Find("ceptoar.x")!.Provenance.Evidence[0].Line);
    }

    [Theory]
    [InlineData("nodes: [")]
    [InlineData("nodes:\n  - id: a\n    kind: &x member\n    name_ja: *y\n")]
    [InlineData("\t- tab")]
    [InlineData("nodes:\n  - id: a\n    id: b\n")]
    [InlineData("edges: 3\nnodes: {a: 1}\n")]
    [InlineData("nodes:\n  - [1, 2]\n  - id: {a: b}\n    kind: [x]\n    members: {社: [1]}\n    evidence: [{q: 1}]\n    attributes: {a: [1]}\n")]
    [InlineData("- just\n- a list\n")]
    [InlineData("")]
    public void Malformed_yaml_never_throws(string yaml)
    {
        using var dir = CopyOf("valid");
        File.WriteAllText(Path.Combine(dir.Path, "c.yaml"), yaml);
        File.AppendAllText(Path.Combine(dir.Path, DatasetLoader.ManifestFile), "  - c.yaml\n");
        var r = DatasetLoader.Load(dir.Path);
        Assert.True(r.HasErrors);
        Assert.All(r.Issues, i => Assert.EndsWith("c.yaml", i.File));
        if (yaml.Length > 0) Assert.All(r.Issues, i => Assert.True(i.Line >= 1, i.ToString()));
        else Assert.Equal(IssueCodes.Manifest, Assert.Single(r.Issues).Code); // an empty listed file is an error
    }

    [Fact]
    public void Dangling_reference_names_both_ends_of_the_edge()
    {
        var issue = Assert.Single(DatasetLoader.Load(Case("dangling_reference")).Issues);
        Assert.Contains("sector.nowhere", issue.Message);
        Assert.Contains("ceptoar.x", issue.Message);
    }

    private static TestPaths.TempDir CopyOf(string @case)
    {
        var dir = new TestPaths.TempDir();
        var from = Case(@case);
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(dir.Path, Path.GetRelativePath(from, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        return dir;
    }
}
