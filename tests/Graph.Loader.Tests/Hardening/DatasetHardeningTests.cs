using System.Diagnostics;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests.Hardening;

/// <summary>Issue 15, dataset (YAML) reader: one fixture folder per defect under Fixtures/yaml.</summary>
public sealed class DatasetHardeningTests
{
    private static string Case(string name) => TestPaths.Fixture("yaml", name);

    private static LoadIssue SingleError(LoadResult<GraphDataset> r) => Assert.Single(r.Issues, i => i.Severity == IssueSeverity.Error);

    [Fact]
    public void Deep_nesting_of_30000_brackets_is_a_limit_issue_not_a_stack_overflow()
    {
        var r = DatasetLoader.Load(Case("yaml_deep_nesting"));
        var issue = SingleError(r);
        Assert.Equal(IssueCodes.Limit, issue.Code);
        Assert.EndsWith("c.yaml", issue.File);
        Assert.Equal(1, issue.Line);
        Assert.Contains("yaml-depth=64", issue.Message);
        Assert.Contains("--limits yaml-depth=", issue.Message);
    }

    [Fact]
    public void Nesting_limit_can_be_raised()
    {
        var options = new ReaderOptions { Limits = ReaderLimits.Default with { MaxYamlDepth = 100 } };
        Assert.True(DatasetLoader.Load(Case("valid"), options).Success);
        var tight = new ReaderOptions { Limits = ReaderLimits.Default with { MaxYamlDepth = 2 } };
        Assert.Contains(DatasetLoader.Load(Case("valid"), tight).Issues, i => i.Code == IssueCodes.Limit);
    }

    [Fact]
    public void Alias_bomb_used_as_a_mapping_key_is_refused_fast()
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        var r = DatasetLoader.Load(Case("yaml_alias_bomb"));
        sw.Stop();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var issue = SingleError(r);
        Assert.Equal(IssueCodes.Limit, issue.Code);
        Assert.Contains("yaml-alias-nodes", issue.Message);
        Assert.EndsWith("c.yaml", issue.File);
        Assert.True(issue.Line >= 2, issue.ToString());
        // the old code ran 40–60 s and used 10–11.7 GB; allocation is load-independent, wall time is not (shared CI cores)
        Assert.True(allocated < 64L << 20, $"allocated {allocated:N0} bytes");
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"took {sw.Elapsed}");
    }

    [Fact]
    public void Alias_count_limit_names_itself()
    {
        var options = new ReaderOptions { Limits = ReaderLimits.Default with { MaxYamlAliases = 3 } };
        var r = DatasetLoader.Load(Case("yaml_alias_bomb"), options);
        Assert.Contains("yaml-aliases=3", SingleError(r).Message);
    }

    [Theory]
    [InlineData("manifest_missing_file", "b.yaml", "does not exist")]
    [InlineData("manifest_empty_file", "b.yaml", "is empty")]
    [InlineData("manifest_misnamed_yml", "b.yml", "rename it to 'b.yaml'")]
    [InlineData("manifest_missing_dependencies", "dependencies.csv", "does not exist")]
    [InlineData("manifest_absent", "manifest.yaml", "is missing")]
    [InlineData("manifest_unlisted_file", "c.yaml", "not listed")]
    public void Missing_empty_misnamed_or_unlisted_files_are_errors_naming_the_file(string @case, string file, string words)
    {
        var r = DatasetLoader.Load(Case(@case));
        Assert.False(r.Success);
        var issue = Assert.Single(r.Issues, i => i.Code == IssueCodes.Manifest && Path.GetFileName(i.File) == file);
        Assert.Contains(words, issue.Message);
    }

    [Fact]
    public void A_misnamed_file_is_reported_both_as_missing_and_as_misnamed()
    {
        var r = DatasetLoader.Load(Case("manifest_misnamed_yml"));
        Assert.Contains(r.Issues, i => i.File.EndsWith("b.yaml", StringComparison.Ordinal) && i.Message.Contains("'b.yml'", StringComparison.Ordinal));
    }

    [Fact]
    public void Shipped_dataset_has_a_manifest_listing_flows_and_dependencies()
    {
        var text = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "data", "ceptoar-fy2024", DatasetLoader.ManifestFile));
        Assert.Contains("- flows.yaml", text);
        Assert.Contains("- dependencies.csv", text);
    }

    [Fact]
    public void A_weight_of_1e308_is_refused_with_the_bound()
    {
        var issue = SingleError(DatasetLoader.Load(Case("weight_1e308")));
        Assert.Equal(IssueCodes.BadWeight, issue.Code);
        Assert.Equal(44, issue.Line);
        Assert.Contains("1e9", issue.Message);
    }

    [Fact]
    public void Dependencies_time_of_1e308_is_refused()
    {
        var issue = SingleError(DatasetLoader.Load(Case("deps_huge_hours")));
        Assert.Equal((IssueCodes.BadWeight, 2), (issue.Code, issue.Line));
    }

    [Fact]
    public void Dependencies_file_truncated_inside_a_quote_is_an_error_with_its_line()
    {
        var issue = SingleError(DatasetLoader.Load(Case("deps_truncated_quote")));
        Assert.Equal((IssueCodes.Syntax, 2), (issue.Code, issue.Line));
        Assert.EndsWith("dependencies.csv", issue.File);
    }

    [Fact]
    public void A_member_count_beyond_the_bound_is_refused()
    {
        var issue = SingleError(DatasetLoader.Load(Case("member_count_huge")));
        Assert.Equal(IssueCodes.BadValue, issue.Code);
        Assert.Contains("1,000,000,000", issue.Message);
    }

    [Fact]
    public void Invalid_utf8_in_a_yaml_file_is_an_error_with_file_and_line()
    {
        var issue = SingleError(DatasetLoader.Load(Case("yaml_invalid_utf8")));
        Assert.Equal(IssueCodes.Encoding, issue.Code);
        Assert.EndsWith("b.yaml", issue.File);
        Assert.Equal(12, issue.Line);
        Assert.Contains("--encoding cp932", issue.Message);
    }

    [Fact]
    public void A_shift_jis_dataset_reads_correctly_when_declared()
    {
        Assert.Contains(DatasetLoader.Load(Case("yaml_shift_jis")).Issues, i => i.Code == IssueCodes.Encoding);
        Assert.True(ReaderOptions.TryGetEncoding("cp932", out var cp932));
        var ds = DatasetLoader.Load(Case("yaml_shift_jis"), new ReaderOptions { Encoding = cp932! }).GetValueOrThrow();
        var expected = DatasetLoader.Load(Case("valid")).GetValueOrThrow();
        Assert.Equal(expected.Nodes.Select(n => (n.Id, n.NameJa)), ds.Nodes.Select(n => (n.Id, n.NameJa)));
        Assert.Equal("Y分野", ds.Find("sector.y")!.NameJa);
    }

    [Fact]
    public void Node_count_limit_is_enforced()
    {
        var options = new ReaderOptions { Limits = ReaderLimits.Default with { MaxNodes = 3 } };
        var issue = Assert.Single(DatasetLoader.Load(Case("valid"), options).Issues);
        Assert.Equal(IssueCodes.Limit, issue.Code);
        Assert.Contains("max-nodes=3", issue.Message);
    }

    [Fact]
    public void File_size_limit_is_enforced()
    {
        var options = new ReaderOptions { Limits = ReaderLimits.Default with { MaxFileBytes = 100 } };
        var r = DatasetLoader.Load(Case("valid"), options);
        Assert.Contains(r.Issues, i => i.Code == IssueCodes.Limit && i.Message.Contains("max-file-bytes=100", StringComparison.Ordinal));
    }

    [Fact]
    public void Field_length_limit_is_enforced_in_yaml()
    {
        var options = new ReaderOptions { Limits = ReaderLimits.Default with { MaxFieldLength = 10 } };
        var r = DatasetLoader.Load(Case("valid"), options);
        Assert.Contains(r.Issues, i => i.Code == IssueCodes.Limit && i.Message.Contains("max-field-length=10", StringComparison.Ordinal) && i.Line >= 1);
    }
}
