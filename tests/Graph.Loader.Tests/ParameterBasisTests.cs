using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests;

/// <summary>Every number the loader hands to an analysis knows whether it is evidence, survey or assumption.</summary>
public class ParameterBasisTests
{
    private static string Shipped => Path.Combine(TestPaths.RepoRoot, "data", GraphInput.DefaultDatasetName);

    [Fact]
    public void Quoted_edge_with_hours_from_defaults_is_an_assumed_parameter()
    {
        var ds = DatasetLoader.Load(Shipped).GetValueOrThrow();
        // NISC -> 水道CEPTOAR is quoted, but its 4 h / 0.9 come from defaults.yaml's channel table.
        var e = ds.Edges.Single(x => x.Source == "nisc" && x.Target == "ceptoar.water" && x.Kind == EdgeKind.SharesWith);
        Assert.Equal(Basis.Evidence, e.Provenance.Kind);
        Assert.Equal(Basis.Assumption, e.ParameterBasis);
    }

    [Fact]
    public void Survey_rows_are_survey_not_none_and_never_assumed()
    {
        using var tmp = new TestPaths.TempDir();
        CopyDir(Shipped, tmp.Path);
        var csv = File.ReadAllLines(Path.Combine(tmp.Path, "dependencies.csv"));
        for (int i = 1; i < csv.Length; i++)
        {
            // columns 0-5 never hold quotes; the reason (6) and the range columns after it are cleared
            var f = csv[i].Split(',').Take(6).ToList();
            f[5] = "survey";
            csv[i] = string.Join(',', f) + new string(',', csv[0].Split(',').Length - 6);
        }
        File.WriteAllLines(Path.Combine(tmp.Path, "dependencies.csv"), csv);
        var ds = DatasetLoader.Load(tmp.Path).GetValueOrThrow();
        var deps = ds.Edges.Where(x => x.File == "dependencies.csv").ToList();
        Assert.NotEmpty(deps);
        Assert.All(deps, x =>
        {
            Assert.Equal(Basis.Survey, x.Provenance.Kind);
            Assert.Equal(Basis.Survey, x.ParameterBasis);
            Assert.Equal("survey", x.Provenance.Basis);
            Assert.StartsWith("survey:", x.Provenance.Survey);
        });
    }

    internal static void CopyDir(string from, string to)
    {
        foreach (var d in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(d.Replace(from, to));
        foreach (var f in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(f, f.Replace(from, to), true);
    }
}
