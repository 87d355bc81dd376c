using Depgraph.Reporting.Charts;
using ScottPlot;

namespace Depgraph.Reporting.Tests.Charts;

/// <summary>
/// Japanese really reaches the PNG and the SVG. The PNG check relies on tofu: a font without
/// Japanese glyphs draws every kanji as the same box (or nothing), so two different kanji give
/// identical pixels; a Japanese font gives different ones. The negative control proves the check can fail.
/// </summary>
[Collection(ChartCollection.Name)]
public class JapaneseRenderingTests
{
    private static readonly ChartSize Small = new(3, 1, 100);

    private static byte[,] TitleBand(string title, string family)
    {
        var plot = new Plot();
        plot.Title(title);
        ChartStyle.ApplyFont(plot, family);
        (byte[] png, _) = ChartExport.Render(plot, Small);
        return ChartTestKit.TopBand(png, 30);
    }

    [Fact]
    public void JapaneseFont_DrawsDistinctGlyphs_ForDistinctKanji()
    {
        string family = ChartTestKit.RequireJapaneseFont();
        byte[,] den = TitleBand("電", family);
        byte[,] ryoku = TitleBand("力", family);
        Assert.True(ChartTestKit.DarkPixels(den) > 20, "電 left no ink");
        Assert.True(ChartTestKit.DifferentPixels(den, ryoku) > 50, "電 and 力 render identically: Japanese glyphs are missing");
    }

    [Fact]
    public void NegativeControl_LatinFont_DrawsTheSameTofuForEveryKanji()
    {
        byte[,] den = TitleBand("電", "DejaVu Sans");
        byte[,] ryoku = TitleBand("力", "DejaVu Sans");
        Assert.Equal(0, ChartTestKit.DifferentPixels(den, ryoku));
    }

    /// <summary>
    /// The chart's title band, and the same band with the title's Japanese characters rotated one
    /// place (other characters stay): tofu boxes are all alike, so the bands only differ if real
    /// glyphs were drawn.
    /// </summary>
    private static int TitleBandChange(Func<Plot> build, ChartSize size, string? forceFont = null)
    {
        Plot original = build();
        Plot rotated = build();
        rotated.Axes.Title.Label.Text = RotateJapanese(rotated.Axes.Title.Label.Text);
        Assert.NotEqual(original.Axes.Title.Label.Text, rotated.Axes.Title.Label.Text);
        if (forceFont is not null)
        {
            ChartStyle.ApplyFont(original, forceFont);
            ChartStyle.ApplyFont(rotated, forceFont);
        }

        (byte[] a, _) = ChartExport.Render(original, size);
        (byte[] b, _) = ChartExport.Render(rotated, size);
        int band = size.Dpi / 3; // the top third of an inch holds the title
        return ChartTestKit.DifferentPixels(ChartTestKit.TopBand(a, band), ChartTestKit.TopBand(b, band));
    }

    private static string RotateJapanese(string text)
    {
        static bool IsJapanese(char c) => c is >= '\u3040' and <= '\u9fff';
        char[] chars = text.ToCharArray();
        int[] at = Enumerable.Range(0, chars.Length).Where(i => IsJapanese(chars[i])).ToArray();
        for (int k = 0; k < at.Length; k++)
        {
            chars[at[k]] = text[at[(k + 1) % at.Length]];
        }

        return new string(chars);
    }

    [Theory]
    [MemberData(nameof(ChartExportTests.RecipeNames), MemberType = typeof(ChartExportTests))]
    public void EveryChart_DrawsRealJapaneseGlyphs_InThePng(string name)
    {
        ChartTestKit.RequireJapaneseFont();
        var recipe = ChartGallery.Recipes().Single(r => r.Name == name);
        int changed = TitleBandChange(() => recipe.Build(Language.Japanese, null), recipe.Size);
        Assert.True(changed > 2000, $"only {changed} pixels changed: the title's Japanese glyphs look alike (tofu?)");
    }

    [Fact]
    public void NegativeControl_TheGlyphCheck_FailsForTofu()
    {
        var recipe = ChartGallery.Recipes().Single(r => r.Name == "reach-time");
        Assert.Equal(0, TitleBandChange(() => recipe.Build(Language.Japanese, null), recipe.Size, forceFont: "DejaVu Sans"));
    }

    [Theory]
    [MemberData(nameof(ChartExportTests.RecipeNames), MemberType = typeof(ChartExportTests))]
    public void EveryChart_SvgKeepsTheJapaneseText_InTheJapaneseFont(string name)
    {
        string family = ChartTestKit.RequireJapaneseFont();
        var recipe = ChartGallery.Recipes().Single(r => r.Name == name);
        Plot plot = recipe.Build(Language.Japanese, null);
        string title = ChartTestKit.Title(plot);
        (_, string svg) = ChartExport.Render(plot, recipe.Size);

        Assert.Contains(title, ChartTestKit.AllSvgText(svg));
        Assert.Contains(title, c => c is >= '\u3040' and <= '\u9fff');
        Assert.Equal(ChartFonts.ShippedFamily, family);
        foreach (var text in ChartTestKit.TextElements(svg))
        {
            string families = text.Attribute("font-family")!.Value;
            Assert.True(families.StartsWith(family + ",", StringComparison.Ordinal), $"'{text.Value.Trim()}' is in {families}");
            Assert.EndsWith(", Yu Gothic, Meiryo, Hiragino Sans, Noto Sans CJK JP, sans-serif", families, StringComparison.Ordinal);
        }

        // Glyphs shared by an ideograph and its Kangxi radical are written back as the ideograph (電力, not 電⼒).
        Assert.DoesNotContain(ChartTestKit.AllSvgText(svg), c => c is (>= '\u2E80' and <= '\u2FDF') or (>= '\uF900' and <= '\uFAFF'));
    }

    [Fact]
    public void SvgText_HoldsTheLabelsAsWritten_EvenWhereTheFontSharesARadicalsGlyph()
    {
        var recipe = ChartGallery.Recipes().Single(r => r.Name == "cascade");
        (_, string svg) = ChartExport.Render(recipe.Build(Language.Japanese, null), recipe.Size);
        string text = ChartTestKit.AllSvgText(svg);
        Assert.Contains("電力", text, StringComparison.Ordinal);
        Assert.Contains("停止", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ChartExportTests.RecipeNames), MemberType = typeof(ChartExportTests))]
    public void EveryChart_WithoutAJapaneseFont_IsLabelledInEnglish(string name)
    {
        var recipe = ChartGallery.Recipes().Single(r => r.Name == name);
        Plot plot = recipe.Build(Language.Japanese, new ChartOptions { SimulateMissingJapaneseFont = true });
        string title = ChartTestKit.Title(plot);
        Assert.DoesNotContain(title, c => c is >= '\u3000' and <= '\u9fff');
        Assert.Equal(ChartTestKit.Title(recipe.Build(Language.English, null)), title);
        (_, string svg) = ChartExport.Render(plot, recipe.Size);
        Assert.Contains(title, ChartTestKit.AllSvgText(svg));
    }

    /// <summary>
    /// The README's first command (the report from the shipped dataset, by the CLI build beside this one) run once
    /// normally and once with every system font folder hidden: an empty folder bind-mounted over each in a private
    /// mount namespace (<c>unshare -m</c>, or <c>unshare -rm</c> when not root), or, where namespaces are not
    /// allowed, fontconfig pointed at an empty configuration.
    /// </summary>
    [Fact]
    public void TheReport_WithNoSystemFontsAtAll_IsJapanese_AndByteIdenticalToOneMadeWithFonts()
    {
        string root = ChartTestKit.TempDir();
        string withFonts = Path.Combine(root, "with-fonts");
        string without = Path.Combine(root, "no-fonts");
        HiddenFonts.Result a = HiddenFonts.RunCli(hide: false, "report", "--out", withFonts);
        HiddenFonts.Result b = HiddenFonts.RunCli(hide: true, "report", "--out", without);
        Assert.True(a.ExitCode == 0, a.Stderr);
        Assert.True(b.ExitCode == 0, b.Stderr);
        Assert.DoesNotContain("warning", a.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("warning", b.Stderr, StringComparison.OrdinalIgnoreCase);

        string[] files = Files(withFonts);
        Assert.Equal(21, files.Length); // report.md, report.html, 9 charts as PNG and SVG, .depgraph-manifest
        Assert.Equal(files, Files(without));
        foreach (string f in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(withFonts, f)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(without, f))), f + " differs without system fonts");
        }

        string md = File.ReadAllText(Path.Combine(without, "report.md"));
        Assert.Contains("## 1. 概要", md, StringComparison.Ordinal);
        Assert.DoesNotContain("日本語フォントが見つからなかった", md, StringComparison.Ordinal);
        Assert.Contains("構成員数", ChartTestKit.AllSvgText(File.ReadAllText(Path.Combine(without, "charts", "coverage.svg"))), StringComparison.Ordinal);
    }

    [Fact]
    public void TheReport_WithNoFontAtAll_NotEvenTheShippedOne_IsStillWritten_AndSaysWhy()
    {
        string dir = Path.Combine(ChartTestKit.TempDir(), "report");
        HiddenFonts.Result r = HiddenFonts.RunCli(hide: true, hideShipped: true, "report", "--out", dir, "--font", "No Such Font 12345");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("warning: font 'No Such Font 12345' not found", r.Stderr, StringComparison.Ordinal);
        Assert.Contains(ChartFonts.Warning, r.Stderr, StringComparison.Ordinal);
        Assert.Equal(21, Files(dir).Length); // with .depgraph-manifest
        Assert.Contains("日本語フォントが見つからなかった", File.ReadAllText(Path.Combine(dir, "report.md")), StringComparison.Ordinal);
    }

    private static string[] Files(string dir)
        => [.. Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(dir, f)).Order(StringComparer.Ordinal)];
}

/// <summary>Runs the depgraph CLI built beside these tests, optionally with every system font hidden.</summary>
internal static class HiddenFonts
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    private static readonly string[] FontFolders =
    [
        "/usr/share/fonts", "/usr/local/share/fonts", "/var/cache/fontconfig",
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share", "fonts"),
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "fontconfig"),
    ];

    /// <summary>Runs <c>dotnet depgraph.dll args</c>; <paramref name="hide"/> hides the system fonts.</summary>
    public static Result RunCli(bool hide, params string[] args) => RunCli(hide, hideShipped: false, args);

    /// <summary>
    /// Runs <c>dotnet depgraph.dll args</c>. <paramref name="hide"/> hides the system fonts (and fails if any is still
    /// visible to fontconfig); <paramref name="hideShipped"/> hides the fonts/ folder of the build too (needs a mount namespace).
    /// </summary>
    public static Result RunCli(bool hide, bool hideShipped, params string[] args)
    {
        string bin = CliBuild();
        string dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        string[] command = [dotnet, Path.Combine(bin, "depgraph.dll"), .. args];
        if (!hide && !hideShipped)
        {
            return Run(command[0], command[1..], null);
        }

        // The .NET host resolves links to the app, so the shipped font is hidden the same way as the system fonts.
        string empty = ChartTestKit.TempDir();
        IEnumerable<string> folders = hide ? FontFolders.Where(Directory.Exists) : [];
        if (hideShipped)
        {
            folders = folders.Append(Path.Combine(bin, ChartFonts.ShippedFontFolder));
        }

        string script =
            "set -e; for d in " + string.Join(' ', folders.Select(Quote)) + "; do mount --bind " + Quote(empty) + " \"$d\"; done; "
            + "if command -v fc-list >/dev/null && [ -n \"$(fc-list)\" ]; then echo 'fonts still visible:' >&2; fc-list >&2; exit 97; fi; exec \"$@\"";
        string[] unshare = Environment.UserName == "root" ? ["-m"] : ["-r", "-m"];
        Result r = Run("unshare", [.. unshare, "sh", "-c", script, "sh", .. command], null);
        if (r.ExitCode != 0 && r.Stderr.Contains("unshare:", StringComparison.Ordinal))
        {
            Assert.False(hideShipped, "hiding the shipped font needs a private mount namespace (unshare -m): " + r.Stderr);
            // No mount namespaces here: point fontconfig (SkiaSharp's font source on Linux) at an empty configuration.
            string conf = Path.Combine(empty, "fonts.conf");
            File.WriteAllText(conf, "<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n");
            r = Run(command[0], command[1..], conf);
        }

        Assert.True(r.ExitCode != 97, r.Stderr);
        return r;
    }

    private static string Quote(string s) => "'" + s.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    /// <summary>src/Graph.Cli/bin/CONFIG/net10.0 of this repository, CONFIG being the tests' own configuration.</summary>
    private static string CliBuild()
    {
        var here = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        string framework = here.Name, configuration = here.Parent!.Name;
        DirectoryInfo? root = here;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Dependency.sln")))
        {
            root = root.Parent;
        }

        Assert.True(root is not null, "repository root (Dependency.sln) not found above " + here.FullName);
        string bin = Path.Combine(root!.FullName, "src", "Graph.Cli", "bin", configuration, framework);
        Assert.True(File.Exists(Path.Combine(bin, "depgraph.dll")), $"the CLI is not built: dotnet build src/Graph.Cli -c {configuration} (test.sh builds it)");
        return bin;
    }

    private static Result Run(string file, string[] args, string? fontconfigFile)
    {
        var psi = new System.Diagnostics.ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        if (fontconfigFile is not null)
        {
            psi.Environment["FONTCONFIG_FILE"] = fontconfigFile;
        }

        using var p = System.Diagnostics.Process.Start(psi)!;
        Task<string> stdout = p.StandardOutput.ReadToEndAsync();
        Task<string> stderr = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}
