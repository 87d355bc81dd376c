using System.Diagnostics;
using CsCheck;
using Depgraph.Core.Model;
using Depgraph.Loader.Scenarios;
using Depgraph.Loader.Survey;
using Xunit.Abstractions;

namespace Depgraph.Loader.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of the two readers added for what-ifs and the 相互依存性調査 (issue 15 item 5): scenario
/// files (read and applied to the shipped dataset) and answered questionnaires (CSV and workbook bytes). Mutated seeds
/// never throw, never hang, and every problem names its file and a line or row inside it; a scenario that is accepted
/// applies, and only to ids of the dataset. CI runs the default count; tests/fuzz/run.sh runs ≥ 100,000 per reader.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ScenarioSurveyFuzzTests(ITestOutputHelper output)
{
    private static readonly Lazy<GraphDataset> Shipped = new(() =>
        GraphInput.LoadDataset(Path.Combine(TestPaths.RepoRoot, "data", "ceptoar-fy2024")).GetValueOrThrow());

    private static readonly Dictionary<string, FuzzHarness.Stats> Stats = new()
    {
        ["scenario"] = new(), ["survey-csv"] = new(), ["survey-xlsx"] = new(),
    };

    private void Run(string reader, Gen<byte[]> gen, Action<byte[]> check) =>
        output.WriteLine(FuzzHarness.Run(reader, Stats[reader], gen, check, b => FuzzHarness.Print(new Dictionary<string, byte[]> { ["input"] = b })));

    // ------------------------------------------------------------------ scenario files

    private static readonly byte[][] ScenarioSeeds =
    [
        .. Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "docs", "scenarios"), "*.yaml").Order(StringComparer.Ordinal).Select(File.ReadAllBytes),
        """
        name: 全部入り
        description: every kind of change
        remove_nodes: [ministry.meti]
        remove_edges: [{source: nisc, target: ceptoar.water, type: shares_with}]
        add_edges:
          - {source: ministry.mlit, target: ceptoar.water, type: shares_with, flow: provide, delay_hours: 2, probability: 0.9, note: "proposal"}
        set_edges:
          - {match: {type: depends_on, target: sector.finance}, scale_probability: 0.5}
          - {match: {source: nisc}, delay_hours: 0.5}
        """u8.ToArray(),
    ];

    [Fact]
    public void Scenario_reader_survives_mutated_files()
    {
        var gen = Gen.Select(Gen.Int[0, ScenarioSeeds.Length - 1], FuzzHarness.Mutations, (seed, m) => FuzzHarness.Mutate(ScenarioSeeds[seed], m));
        Run("scenario", gen, bytes =>
        {
            var dir = FuzzHarness.ScratchDir("scenario");
            var path = Path.Combine(dir, "s.yaml");
            File.WriteAllBytes(path, bytes);
            var sw = Stopwatch.StartNew();
            var read = ScenarioReader.Read(path);
            var issues = read.Issues.ToList();
            bool ok = !read.HasErrors;
            if (ok)
            {
                var applied = ScenarioApplier.Apply(Shipped.Value, read.Value!, ["nisc"]);
                issues.AddRange(applied.Issues);
                ok = !applied.HasErrors;
                Assert.Equal(applied.HasErrors, applied.Value is null);
                if (applied.Value is { } app)
                {
                    var ids = app.Dataset.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
                    Assert.All(app.Dataset.Edges, e => Assert.True(ids.Contains(e.Source) && ids.Contains(e.Target), $"dangling edge {e.Source} → {e.Target}"));
                    Assert.All(app.Dataset.Edges, e => Assert.True(e.Probability is >= 0 and <= 1 && double.IsFinite(e.DelayHours) && e.DelayHours >= 0, $"bad parameter on {e.Source} → {e.Target}"));
                    _ = app.Dataset.ToCompactGraph();
                }
            }
            sw.Stop();
            Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"scenario took {sw.Elapsed}");
            int lines = FuzzHarness.LineCount(bytes);
            foreach (var i in issues)
            {
                Assert.False(string.IsNullOrEmpty(i.File), $"issue without a file: {i}");
                if (i.Severity == IssueSeverity.Error && i.Code is not (IssueCodes.Limit or IssueCodes.TooManyIssues or IssueCodes.FileNotFound))
                    Assert.InRange(i.Line, 1, lines);
                FuzzHarness.AssertNoInternals(i.Message, new Dictionary<string, byte[]> { ["s.yaml"] = bytes });
            }
            Assert.Equal(ok, !issues.Any(i => i.Severity == IssueSeverity.Error));
            Stats["scenario"].Add(ok, issues, sw.Elapsed);
        });
    }

    // ------------------------------------------------------------------ answered questionnaires

    private static readonly Lazy<(byte[] Csv, byte[] Xlsx)> SurveySeeds = new(() =>
    {
        using var tmp = new TestPaths.TempDir();
        var csvDir = Path.Combine(tmp.Path, "csv");
        var xlsxDir = Path.Combine(tmp.Path, "xlsx");
        QuestionnaireExporter.Export(Shipped.Value, Path.Combine(TestPaths.RepoRoot, "data", "ceptoar-fy2024"), csvDir, new QuestionnaireOptions(Csv: true, Sectors: ["sector.finance"], OperatorRows: 50));
        QuestionnaireExporter.Export(Shipped.Value, Path.Combine(TestPaths.RepoRoot, "data", "ceptoar-fy2024"), xlsxDir, new QuestionnaireOptions(Sectors: ["sector.finance"], OperatorRows: 50));
        var sector = File.ReadAllBytes(Directory.GetFiles(csvDir, "*.sector.csv").Single());
        return (sector, File.ReadAllBytes(Directory.GetFiles(xlsxDir, "*.xlsx").Single()));
    });

    private static SurveyAnswers CheckSurvey(string reader, string name, byte[] bytes, bool linesBounded)
    {
        var dir = FuzzHarness.ScratchDir(reader);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        var sw = Stopwatch.StartNew();
        var answers = SurveyAnswerReader.Read([path], new SectorDirectory(Shipped.Value));
        sw.Stop();
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"survey read took {sw.Elapsed}");
        int lines = FuzzHarness.LineCount(bytes);
        foreach (var i in answers.Issues)
        {
            Assert.False(string.IsNullOrEmpty(i.File) && i.Code != IssueCodes.TooManyIssues, $"issue without a file: {i}");
            Assert.True(i.Row >= 0, i.ToString());
            if (linesBounded) Assert.True(i.Row <= lines, $"row {i.Row} is past the end of the file ({lines} lines): {i}");
            FuzzHarness.AssertNoInternals(i.Message, new Dictionary<string, byte[]> { [name] = bytes });
        }
        foreach (var a in answers.Sectors)
        {
            Assert.InRange(a.Strength, 0, 1);
            if (a.Hours is { } h) Assert.True(double.IsFinite(h) && h >= 0, $"hours {h}");
            if (a.Low is { } lo) Assert.True(lo <= a.Strength, $"low {lo} above strength {a.Strength}");
            if (a.High is { } hi) Assert.True(hi >= a.Strength, $"high {hi} below strength {a.Strength}");
        }
        bool ok = !answers.Issues.Any(i => i.Severity == IssueSeverity.Error);
        Stats[reader].Add(ok, answers.Issues.Select(i => i.ToLoadIssue()), sw.Elapsed);
        return answers;
    }

    [Fact]
    public void Survey_csv_reader_survives_mutated_answers()
    {
        var gen = FuzzHarness.Mutations.Select(m => FuzzHarness.Mutate(SurveySeeds.Value.Csv, m));
        Run("survey-csv", gen, bytes => CheckSurvey("survey-csv", "survey-sector.finance.sector.csv", bytes, linesBounded: true));
    }

    [Fact]
    public void Survey_workbook_reader_survives_mutated_workbooks()
    {
        var gen = FuzzHarness.Mutations.Select(m => FuzzHarness.Mutate(SurveySeeds.Value.Xlsx, m));
        Run("survey-xlsx", gen, bytes => CheckSurvey("survey-xlsx", "survey-sector.finance.xlsx", bytes, linesBounded: false));
    }

    [Fact]
    public void The_untouched_seeds_are_read_without_errors()
    {
        // guards the properties above: a seed the reader refuses would make every mutation a trivial refusal
        Assert.DoesNotContain(CheckSurvey("survey-csv", "survey-sector.finance.sector.csv", SurveySeeds.Value.Csv, true).Issues, i => i.Severity == IssueSeverity.Error);
        Assert.DoesNotContain(CheckSurvey("survey-xlsx", "survey-sector.finance.xlsx", SurveySeeds.Value.Xlsx, false).Issues, i => i.Severity == IssueSeverity.Error);
        foreach (var seed in ScenarioSeeds)
        {
            var s = ScenarioReader.Parse(System.Text.Encoding.UTF8.GetString(seed), "seed.yaml");
            Assert.False(s.HasErrors, string.Join("\n", s.Issues));
            var applied = ScenarioApplier.Apply(Shipped.Value, s.Value!, ["nisc"]);
            Assert.False(applied.HasErrors, string.Join("\n", applied.Issues));
        }
    }
}
