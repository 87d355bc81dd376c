// Shared set-up of the depgraph notebooks, loaded by the first code cell of each with  #load "_setup.csx".
// It references the Release build of src/Graph.Cli (run `dotnet build -c Release` at the repository root first),
// lets SkiaSharp find its native library in that build, shows ScottPlot plots inline as PNG, and offers Table(...)
// for HTML tables. No analysis happens here: the notebooks call the same library methods as the CLI and the report.
//
// Relative paths resolve from the working directory, which is notebooks/ both in VS Code (Polyglot Notebooks)
// and in the tests (tests/Graph.Notebooks.Tests run `dotnet repl` there).
#r "../src/Graph.Cli/bin/Release/net10.0/Depgraph.Core.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/Depgraph.Loader.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/Depgraph.Analysis.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/Depgraph.Reporting.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/Depgraph.Learning.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/ScottPlot.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/SkiaSharp.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/HarfBuzzSharp.dll"
// ML.NET, for the cascade-risk model (Depgraph.Learning) of notebook 04.
#r "../src/Graph.Cli/bin/Release/net10.0/Microsoft.ML.Core.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/Microsoft.ML.Data.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/Microsoft.ML.DataView.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/Microsoft.ML.CpuMath.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/Microsoft.ML.StandardTrainers.dll"
#r "../src/Graph.Cli/bin/Release/net10.0/Microsoft.ML.FastTree.dll"

using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using Microsoft.DotNet.Interactive.Formatting;

/// <summary>The Release build the notebooks run against.</summary>
static readonly string DepgraphBin = System.IO.Path.GetFullPath("../src/Graph.Cli/bin/Release/net10.0");

/// <summary>The repository root (the folder above notebooks/).</summary>
static readonly string RepoRoot = System.IO.Path.GetFullPath("..");

// `#r` of a DLL path does not make .NET look for native libraries in that build's runtimes/<rid>/native folder
// (it looks beside dotnet-repl instead), so SkiaSharp, HarfBuzzSharp and ML.NET's FastTree are pointed there explicitly.
static IntPtr ResolveDepgraphNative(string name, System.Reflection.Assembly assembly, DllImportSearchPath? searchPath)
{
    var arch = RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
    // SkiaSharp ships one universal macOS library (osx), ML.NET one per architecture (osx-x64).
    var rids = OperatingSystem.IsWindows() ? new[] { "win-" + arch } : OperatingSystem.IsMacOS() ? new[] { "osx", "osx-" + arch } : new[] { "linux-" + arch };
    foreach (var rid in rids)
    {
        var dir = System.IO.Path.Combine(DepgraphBin, "runtimes", rid, "native");
        foreach (var file in new[] { name, name + ".so", name + ".dylib", name + ".dll", "lib" + name + ".so", "lib" + name + ".dylib" })
        {
            var path = System.IO.Path.Combine(dir, file);
            if (System.IO.File.Exists(path)) return NativeLibrary.Load(path);
        }
    }
    return IntPtr.Zero; // fall back to the default search
}
foreach (var native in new[] { typeof(SkiaSharp.SKTypeface).Assembly, typeof(HarfBuzzSharp.Blob).Assembly,
                                typeof(Microsoft.ML.Trainers.FastTree.FastTreeRegressionTrainer).Assembly })
{
    try { NativeLibrary.SetDllImportResolver(native, ResolveDepgraphNative); }
    catch (InvalidOperationException) { } // already set: the cell ran before in this kernel
}

// Charts use the Japanese font shipped with depgraph (IPAexGothic, fonts/ipaexg.ttf beside Depgraph.Reporting.dll), the
// same as the report; to use another, give a font file or an installed family instead of null (like `report --font`).
// Not a static field: static initialisers run when the native-library resolver above first reads DepgraphBin, i.e. inside
// SkiaSharp's own type initialiser, and loading the font there would re-enter it. A script variable runs here, in order.
var NotebookFont = Depgraph.Reporting.Charts.ChartFonts.UseAsScottPlotDefault(font: null);

/// <summary>
/// Printed size of a chart shown inline: the chart API's sizes at 150 dpi instead of 300 (half the pixels,
/// same layout), rendered by the same <c>ChartExport.Render</c> the report uses.
/// </summary>
static Depgraph.Reporting.Charts.ChartSize NotebookSize(Depgraph.Reporting.Charts.ChartSize size) => size with { Dpi = 150 };

/// <summary>An HTML img element holding <paramref name="png"/> inline.</summary>
static string PngImgTag(byte[] png) =>
    $"<img src=\"data:image/png;base64,{Convert.ToBase64String(png)}\" style=\"max-width:100%\"/>";

/// <summary>The chart as inline HTML (a base64 PNG), at <paramref name="size"/> (default <c>ChartSize.Paper</c>) and 150 dpi.</summary>
static Microsoft.AspNetCore.Html.IHtmlContent Chart(ScottPlot.Plot plot, Depgraph.Reporting.Charts.ChartSize? size = null) =>
    Microsoft.DotNet.Interactive.Kernel.HTML(PngImgTag(
        Depgraph.Reporting.Charts.ChartExport.Render(plot, NotebookSize(size ?? Depgraph.Reporting.Charts.ChartSize.Paper)).Png));

// A ScottPlot.Plot that ends a cell is shown as an inline PNG (ScottPlot 5 has no notebook display of its own).
Formatter.Register<ScottPlot.Plot>(
    plot => PngImgTag(Depgraph.Reporting.Charts.ChartExport.Render(plot, NotebookSize(Depgraph.Reporting.Charts.ChartSize.Paper)).Png),
    HtmlFormatter.MimeType);

/// <summary>Formats one table cell: numbers invariant (integers grouped, fractions to 3 decimals), lists joined.</summary>
static string Cell(object? value) => WebUtility.HtmlEncode(value switch
{
    null => "",
    double d when double.IsPositiveInfinity(d) => "∞",
    double d when double.IsNaN(d) => "",
    double d => d.ToString(d == Math.Floor(d) && Math.Abs(d) < 1e15 ? "N0" : "0.###", CultureInfo.InvariantCulture),
    float f => ((double)f).ToString("0.###", CultureInfo.InvariantCulture),
    int or long => string.Format(CultureInfo.InvariantCulture, "{0:N0}", value),
    string s => s,
    System.Collections.IEnumerable e => string.Join(", ", e.Cast<object?>().Select(x => x?.ToString())),
    IFormattable x => x.ToString(null, CultureInfo.InvariantCulture),
    _ => value.ToString() ?? "",
});

/// <summary>
/// An HTML table of <paramref name="rows"/>, one column per public property (typically an anonymous type:
/// <c>Table(rows.Select(r => new { 組織 = r.Name, Hops = r.Hops }))</c>), at most <paramref name="max"/> rows
/// (a note says how many were left out). Numbers are right-aligned.
/// </summary>
static Microsoft.AspNetCore.Html.IHtmlContent Table<T>(IEnumerable<T> rows, int max = 100)
{
    var props = typeof(T).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance);
    var sb = new System.Text.StringBuilder("<table class=\"depgraph\"><thead><tr>");
    foreach (var p in props) sb.Append("<th>").Append(WebUtility.HtmlEncode(p.Name)).Append("</th>");
    sb.Append("</tr></thead><tbody>");
    int shown = 0, total = 0;
    foreach (var row in rows)
    {
        total++;
        if (shown >= max) continue;
        shown++;
        sb.Append("<tr>");
        foreach (var p in props)
        {
            var v = p.GetValue(row);
            var numeric = v is int or long or double or float or decimal;
            sb.Append(numeric ? "<td style=\"text-align:right\">" : "<td>").Append(Cell(v)).Append("</td>");
        }
        sb.Append("</tr>");
    }
    sb.Append("</tbody></table>");
    if (total > shown) sb.Append($"<p><em>{shown} of {total} rows shown.</em></p>");
    return Microsoft.DotNet.Interactive.Kernel.HTML(sb.ToString());
}

/// <summary>A two-column table of named facts, for a single record.</summary>
static Microsoft.AspNetCore.Html.IHtmlContent Facts(params (string Key, object? Value)[] facts) =>
    Table(facts.Select(f => new { Item = f.Key, Value = f.Value }));
