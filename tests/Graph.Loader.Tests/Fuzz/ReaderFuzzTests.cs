using System.Text;
using CsCheck;
using Depgraph.Core.Model;
using Depgraph.Loader.Interchange;
using Xunit.Abstractions;

namespace Depgraph.Loader.Tests.Fuzz;

/// <summary>
/// Property-based fuzzing of every reader (issue 15): mutated seed inputs and grammar-built inputs never throw, never
/// hang, and every error names its file and line (see <see cref="FuzzHarness"/> for the invariants). A CI-sized run
/// here; <c>tests/fuzz/run.sh</c> runs ≥ 100,000 inputs per reader and records the figures in docs/hardening.md.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class ReaderFuzzTests(ITestOutputHelper output)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    private static Dictionary<string, byte[]> FilesOf(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [ThreadStatic] private static Dictionary<string, byte[]>? _written;

    /// <summary>Writes the files, skipping those this thread already wrote with the same contents (same array).</summary>
    private static void WriteAll(string dir, IReadOnlyDictionary<string, byte[]> files)
    {
        _written ??= [];
        foreach (var (rel, bytes) in files)
        {
            var p = Path.Combine(dir, rel);
            if (_written.TryGetValue(p, out var last) && ReferenceEquals(last, bytes)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(p)!);
            File.WriteAllBytes(p, bytes);
            _written[p] = bytes;
        }
    }

    private void Run(string reader, Gen<Dictionary<string, byte[]>> gen, Action<Dictionary<string, byte[]>> check) =>
        output.WriteLine(FuzzHarness.Run(reader, Stats[reader], gen, check, FuzzHarness.Print));

    private static readonly Dictionary<string, FuzzHarness.Stats> Stats = new()
    {
        ["dataset-yaml"] = new(), ["generic-csv"] = new(), ["generic-csv-grammar"] = new(), ["graphml"] = new(), ["neo4j-csv"] = new(),
    };

    // ------------------------------------------------------------------ dataset (YAML + dependencies.csv)

    private static readonly Dictionary<string, byte[]> DatasetSeed = FilesOf(TestPaths.Fixture("yaml", "valid"));
    private static readonly string[] DatasetTargets = [.. DatasetSeed.Keys.Order(StringComparer.Ordinal)];

    [Fact]
    public void Dataset_reader_survives_mutated_files()
    {
        var gen = Gen.Select(Gen.Int[0, DatasetTargets.Length - 1], FuzzHarness.Mutations, (target, mutations) =>
            new Dictionary<string, byte[]>(DatasetSeed) { [DatasetTargets[target]] = FuzzHarness.Mutate(DatasetSeed[DatasetTargets[target]], mutations) });
        Run("dataset-yaml", gen, files =>
        {
            var dir = FuzzHarness.ScratchDir("dataset");
            WriteAll(dir, files);
            FuzzHarness.Check(Stats["dataset-yaml"], () => DatasetLoader.Load(dir), files.ToDictionary(f => Path.GetFileName(f.Key), f => f.Value));
        });
    }

    // ------------------------------------------------------------------ generic CSV

    private static readonly byte[][] NodeSeeds = [.. new[] { "nodes.csv", "nodes_bom_crlf.csv", "nodes_duplicate_id.csv" }.Select(f => File.ReadAllBytes(TestPaths.Fixture("csv", f)))];
    private static readonly byte[][] EdgeSeeds = [.. new[] { "edges.csv", "edges_bom_crlf.csv", "edges_many_defects.csv" }.Select(f => File.ReadAllBytes(TestPaths.Fixture("csv", f)))];

    private static long _parallelTurn;

    private static Dictionary<string, byte[]> Pair(byte[] nodes, byte[] edges) => new() { ["nodes.csv"] = nodes, ["edges.csv"] = edges };

    private static void CheckCsv(string stats, Dictionary<string, byte[]> files)
    {
        var dir = FuzzHarness.ScratchDir("csv");
        string n = Path.Combine(dir, "nodes.csv"), e = Path.Combine(dir, "edges.csv");
        File.WriteAllBytes(n, files["nodes.csv"]);
        File.WriteAllBytes(e, files["edges.csv"]);
        FuzzHarness.Check(Stats[stats], () => GenericCsvLoader.LoadDataset(n, e), files);
        // the fast path must agree with the dataset path, sequential and parallel alike
        var dataset = GenericCsvLoader.LoadDataset(n, e);
        var seq = GenericCsvLoader.LoadCompactWithThreshold(n, e, long.MaxValue);
        Assert.Equal(dataset.Issues, seq.Issues);
        Assert.Equal(dataset.Success, seq.Success);
        if (seq.Success) Assert.Equal(dataset.Value!.Edges.Length, seq.Value!.EdgeCount);
        // and the compact fast path the full reader's graph exactly
        var full = GenericCsvLoader.LoadCompactWithThreshold(n, e, long.MaxValue, fastPath: false);
        Assert.Equal(full.Issues, seq.Issues);
        if (full.Value is { } g) GenericCsvLoaderTests.AssertSameGraph(g, seq.Value!);
        if (Interlocked.Increment(ref _parallelTurn) % 8 == 0) // the parallel path costs a thread hand-off: every 8th input
            Assert.Equal(seq.Issues, GenericCsvLoader.LoadCompactWithThreshold(n, e, 1).Issues);
    }

    [Fact]
    public void Generic_csv_reader_survives_mutated_files()
    {
        var gen = Gen.Select(Gen.Int[0, NodeSeeds.Length - 1], Gen.Int[0, EdgeSeeds.Length - 1], FuzzHarness.Mutations, FuzzHarness.Mutations,
            (ni, ei, nm, em) => Pair(FuzzHarness.Mutate(NodeSeeds[ni], nm), FuzzHarness.Mutate(EdgeSeeds[ei], em)));
        Run("generic-csv", gen, files => CheckCsv("generic-csv", files));
    }

    private static readonly Gen<string> CsvToken = Gen.OneOf(
        "a", "b", "c", "nisc", "日本", " a ", "", "member", "ceptoar", "government", "martian", "shares_with", "shares_with:report",
        "supplies", "depends_on", "~member_of", "1", "0", "0.5", "-1", "1e308", "1e9", "1000000001", "NaN", "Infinity", "2", "abc",
        "\"quoted, comma\"", "\"say \"\"hi\"\"\"", "\"open", "clo\"se", "\"multi\nline\"", "=1+1", "\u001B[31m", "\t");

    private static string CsvText(string header, string[][] rows) =>
        header + "\n" + string.Join("\n", rows.Select(r => string.Join(",", r)));

    [Fact]
    public void Generic_csv_reader_survives_grammar_built_files()
    {
        var rows = CsvToken.Array[0, 7].Array[0, 12];
        var gen = Gen.Select(rows, rows, Gen.Bool, (nodeRows, edgeRows, crlf) =>
        {
            var nodes = CsvText("id,kind,label", nodeRows);
            var edges = CsvText("source,target,type,weight,probability", edgeRows);
            if (crlf) { nodes = nodes.Replace("\n", "\r\n", StringComparison.Ordinal); edges = edges.Replace("\n", "\r\n", StringComparison.Ordinal); }
            return Pair(Utf8.GetBytes(nodes), Utf8.GetBytes(edges));
        });
        Run("generic-csv-grammar", gen, files => CheckCsv("generic-csv-grammar", files));
    }

    // ------------------------------------------------------------------ GraphML

    private static readonly byte[][] GraphMlSeeds = BuildGraphMlSeeds();

    private static byte[][] BuildGraphMlSeeds()
    {
        using var ms = new MemoryStream();
        GraphMlWriter.Write(DatasetLoader.Load(TestPaths.Fixture("yaml", "valid")).GetValueOrThrow(), ms);
        return [ms.ToArray(), .. new[] { "generic_yed.graphml", "node_duplicate_id.graphml", "nested_graph_yed_group.graphml", "members_negative.graphml" }
            .Select(f => File.ReadAllBytes(TestPaths.Fixture("Interchange", f)))];
    }

    [Fact]
    public void GraphMl_reader_survives_mutated_files()
    {
        var gen = Gen.Select(Gen.Int[0, GraphMlSeeds.Length - 1], FuzzHarness.Mutations,
            (seed, mutations) => new Dictionary<string, byte[]> { ["g.graphml"] = FuzzHarness.Mutate(GraphMlSeeds[seed], mutations) });
        Run("graphml", gen, files =>
        {
            var dir = FuzzHarness.ScratchDir("graphml");
            var path = Path.Combine(dir, "g.graphml");
            File.WriteAllBytes(path, files["g.graphml"]);
            FuzzHarness.Check(Stats["graphml"], () => GraphMlReader.Read(path), files);
        });
    }

    // ------------------------------------------------------------------ neo4j-admin CSV

    private static readonly Dictionary<string, byte[]> Neo4jSeed = BuildNeo4jSeed();
    private static readonly string[] Neo4jTargets = [.. Neo4jSeed.Keys.Where(k => k.EndsWith(".csv", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    private static Dictionary<string, byte[]> BuildNeo4jSeed()
    {
        using var tmp = new TestPaths.TempDir();
        Neo4jExporter.Write(DatasetLoader.Load(TestPaths.Fixture("yaml", "valid")).GetValueOrThrow(), tmp.Path);
        return FilesOf(tmp.Path).Where(f => f.Key.EndsWith(".csv", StringComparison.Ordinal)).ToDictionary();
    }

    [Fact]
    public void Neo4j_csv_reader_survives_mutated_files()
    {
        var gen = Gen.Select(Gen.Int[0, Neo4jTargets.Length - 1], FuzzHarness.Mutations, (target, mutations) =>
            new Dictionary<string, byte[]>(Neo4jSeed) { [Neo4jTargets[target]] = FuzzHarness.Mutate(Neo4jSeed[Neo4jTargets[target]], mutations) });
        Run("neo4j-csv", gen, files =>
        {
            var dir = FuzzHarness.ScratchDir("neo4j");
            WriteAll(dir, files);
            FuzzHarness.Check(Stats["neo4j-csv"], () => Neo4jCsvReader.Read(dir), files);
        });
    }
}
