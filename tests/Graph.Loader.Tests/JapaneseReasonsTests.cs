using System.Text.RegularExpressions;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests;

/// <summary>
/// Japanese reasons beside the English ones (<c>assumption_ja</c>, <c>reason_ja</c>, <c>range_reason_ja</c>): read onto
/// <see cref="Provenance.AssumptionJa"/>, and required wherever an English reason is given once the manifest lists <c>ja</c>.
/// </summary>
public class JapaneseReasonsTests
{
    private static TestPaths.TempDir CopyOfValid()
    {
        var t = new TestPaths.TempDir();
        var src = TestPaths.Fixture("yaml", "valid");
        foreach (var f in Directory.GetFiles(src, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(t.Path, Path.GetRelativePath(src, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        return t;
    }

    [Fact]
    public void Without_languages_an_English_reason_alone_still_loads()
    {
        using var t = CopyOfValid();
        var ds = DatasetLoader.Load(t.Path).GetValueOrThrow();
        Assert.All(ds.Nodes.Where(n => n.Provenance.IsAssumption), n => Assert.Null(n.Provenance.AssumptionJa));
    }

    [Fact]
    public void With_ja_listed_every_missing_Japanese_reason_is_an_error_with_file_and_line()
    {
        using var t = CopyOfValid();
        File.AppendAllText(t.File("manifest.yaml"), "languages: [ja, en]\n");
        var r = DatasetLoader.Load(t.Path);
        Assert.Null(r.Value);
        var missing = r.Issues.Where(i => i.Code == IssueCodes.MissingField && i.Message.Contains("_ja'")).ToList();
        // b.yaml: sector.x (line 2), sector.y (line 10), the belongs_to edge (line 16); a.yaml's assumed nodes and edges;
        // defaults.yaml: 3 channels and dependency_defaults; dependencies.csv: the assumption row (line 2)
        Assert.Contains(missing, i => i.File.EndsWith("b.yaml") && i.Line == 2);
        Assert.Contains(missing, i => i.File.EndsWith("b.yaml") && i.Line == 16);
        Assert.Equal(4, missing.Count(i => i.File.EndsWith("defaults.yaml")));
        Assert.Contains(missing, i => i.File.EndsWith("dependencies.csv") && i.Line == 2 && i.Message.Contains("reason_ja"));
        Assert.DoesNotContain(missing, i => i.File.EndsWith("dependencies.csv") && i.Line == 3); // the survey row needs none
    }

    [Fact]
    public void Japanese_reasons_are_read_onto_the_provenance()
    {
        using var t = CopyOfValid();
        File.WriteAllText(t.File("b.yaml"), File.ReadAllText(t.File("b.yaml"))
            .Replace("    assumption: \"test sector\"\n", "    assumption: \"test sector\"\n    assumption_ja: \"試験用の分野\"\n")
            .Replace("    assumption: \"test\"\n", "    assumption: \"test\"\n    assumption_ja: \"試験\"\n"));
        File.WriteAllText(t.File("dependencies.csv"), "dependant,supplier,strength,probability,time_to_impact_hours,basis,reason,reason_ja\n"
            + "sector.x,sector.y,0.5,0.4,6,assumption,\"x needs y, a lot\",XはYに大きく依存する\n");
        var ds = DatasetLoader.Load(t.Path).GetValueOrThrow();
        var x = ds.Find("sector.x")!;
        Assert.Equal("試験用の分野", x.Provenance.AssumptionJa);
        Assert.Equal("試験用の分野", x.Provenance.AssumptionIn(Language.Japanese));
        Assert.Equal("test sector", x.Provenance.AssumptionIn(Language.English));
        var dep = Assert.Single(ds.Edges, e => e.Kind == EdgeKind.DependsOn);
        Assert.Equal("XはYに大きく依存する", dep.Provenance.AssumptionJa);
        Assert.False(dep.Attributes.ContainsKey("reason_ja")); // taken into the provenance, not left as an attribute
    }

    [Fact]
    public void A_Japanese_reason_without_an_English_one_is_an_error()
    {
        using var t = CopyOfValid();
        File.WriteAllText(t.File("b.yaml"), File.ReadAllText(t.File("b.yaml")).Replace("    assumption: \"test\"\n", "    evidence: \"NISCから所管省庁を通じて提供される情報\"\n    assumption_ja: \"試験\"\n"));
        var r = DatasetLoader.Load(t.Path);
        var issue = Assert.Single(r.Issues, i => i.Code == IssueCodes.MissingField);
        Assert.EndsWith("b.yaml", issue.File);
        Assert.Equal(16, issue.Line);
        Assert.Contains("'assumption_ja' but no 'assumption'", issue.Message);
    }

    [Fact]
    public void A_condition_on_an_edge_other_than_shares_with_is_an_error()
    {
        using var t = CopyOfValid();
        File.WriteAllText(t.File("b.yaml"), File.ReadAllText(t.File("b.yaml")).Replace("    assumption: \"test\"\n", "    assumption: \"test\"\n    attributes: { conditional: 内容に応じ }\n"));
        var r = DatasetLoader.Load(t.Path);
        var issue = Assert.Single(r.Issues, i => i.Code == IssueCodes.BadValue);
        Assert.Equal(16, issue.Line);
        Assert.Contains("conditional", issue.Message);
    }

    /// <summary>The shipped dataset: every reason has a Japanese twin that is Japanese prose, with no ids or layer names in it.</summary>
    [Fact]
    public void Every_reason_of_the_shipped_dataset_is_given_in_Japanese()
    {
        var ds = DatasetLoader.Load(Path.Combine(TestPaths.RepoRoot, "data", GraphInput.DefaultDatasetName)).GetValueOrThrow();
        var provenances = ds.Nodes.Select(n => (Where: $"{n.File}:{n.Line}", n.Provenance)).Concat(ds.Edges.Select(e => (Where: $"{e.File}:{e.Line}", e.Provenance)))
            .Where(p => p.Provenance.IsAssumption).ToList();
        Assert.True(provenances.Count > 200, $"only {provenances.Count} assumed facts");
        var kana = new Regex(@"[\p{IsHiragana}\p{IsKatakana}\p{IsCJKUnifiedIdeographs}]");
        var idLike = new Regex(@"\b(shares_with|depends_on|member_of|participates_in|[a-z]+\.[a-z_]+)\b");
        var bad = provenances.Where(p => p.Provenance.AssumptionJa is not { } ja || !kana.IsMatch(ja) || idLike.IsMatch(ja) || ja == p.Provenance.Assumption)
            .Select(p => $"{p.Where}: {p.Provenance.AssumptionJa ?? "(none)"}").ToList();
        Assert.Empty(bad);
        var rangeReasons = ds.Edges.Where(e => e.Attributes.ContainsKey("range_reason")).ToList();
        Assert.NotEmpty(rangeReasons);
        Assert.All(rangeReasons, e => Assert.Matches(kana, e.Attributes["range_reason_ja"]));
    }
}
