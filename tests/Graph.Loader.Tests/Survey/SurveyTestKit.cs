using System.Text.Json;
using Depgraph.Core.Model;
using Depgraph.Loader.Survey;
using Depgraph.Loader.Tests.Interchange;

namespace Depgraph.Loader.Tests.Survey;

/// <summary>The shipped dataset, questionnaire export into a temporary folder, and Debian's openpyxl / LibreOffice as independent tools.</summary>
internal static class SurveyTestKit
{
    public static string DatasetFolder => Path.Combine(TestPaths.RepoRoot, "data", "ceptoar-fy2024");

    private static readonly Lazy<GraphDataset> LazyDataset = new(() => GraphInput.LoadDataset(DatasetFolder).GetValueOrThrow());

    public static GraphDataset Dataset => LazyDataset.Value;

    public static SectorDirectory Sectors => new(Dataset);

    public static IReadOnlyList<string> Export(string dir, QuestionnaireOptions? options = null) =>
        QuestionnaireExporter.Export(Dataset, DatasetFolder, dir, options);

    /// <summary>Debian's /usr/bin/python3 with openpyxl; fails with the install command when missing.</summary>
    public static ExternalTools.Result Python(string script, params string[] args)
    {
        Assert.True(File.Exists("/usr/bin/python3"), "/usr/bin/python3 is missing: apt-get install -y python3-openpyxl (test.sh does this).");
        var check = ExternalTools.TryRun("/usr/bin/python3", ["-c", "import openpyxl"]);
        Assert.True(check is { ExitCode: 0 }, "openpyxl is not importable by /usr/bin/python3: apt-get install -y python3-openpyxl (test.sh does this). " + check?.Stderr);
        var r = ExternalTools.TryRun("/usr/bin/python3", ["-c", script, .. args]);
        Assert.NotNull(r);
        Assert.True(r!.ExitCode == 0, $"python failed ({r.ExitCode}): {r.Stderr}\n{r.Stdout}");
        return r;
    }

    /// <summary>
    /// Fills a workbook with openpyxl, as a respondent would: <paramref name="cells"/> maps a sheet name to cell
    /// references and values (numbers stay numbers; a string starting with '=' becomes a formula). Saves to <paramref name="output"/>.
    /// </summary>
    public static void Fill(string input, string output, Dictionary<string, Dictionary<string, object?>> cells)
    {
        var spec = Path.Combine(Path.GetTempPath(), $"fill-{Guid.NewGuid():N}.json");
        File.WriteAllText(spec, JsonSerializer.Serialize(cells));
        try
        {
            Python("""
                import json, sys, openpyxl
                wb = openpyxl.load_workbook(sys.argv[1])
                spec = json.load(open(sys.argv[3], encoding='utf-8'))
                for sheet, cells in spec.items():
                    ws = wb[sheet]
                    for ref, value in cells.items():
                        ws[ref] = value
                wb.save(sys.argv[2])
                """, input, output, spec);
        }
        finally
        {
            File.Delete(spec);
        }
    }

    /// <summary>LibreOffice's soffice, or null when it is not installed.</summary>
    public static string? Soffice() =>
        new[] { "/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice" }.FirstOrDefault(File.Exists);
}
