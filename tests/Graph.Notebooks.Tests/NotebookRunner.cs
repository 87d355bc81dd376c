using System.Diagnostics;
using System.Text;

namespace Depgraph.Notebooks.Tests;

/// <summary>The outcome of one headless run of <c>dotnet repl</c>.</summary>
internal sealed record NotebookRun(int ExitCode, string OutputPath, string StdOut, string StdErr, TimeSpan Elapsed)
{
    /// <summary>The executed notebook, or null when dotnet repl wrote none.</summary>
    public ExecutedNotebook? Output =>
        File.Exists(OutputPath) ? ExecutedNotebook.Parse(File.ReadAllText(OutputPath)) : null;

    /// <summary>A failure message: the cell errors from the executed notebook, else the tail of the process output.</summary>
    public string Describe()
    {
        var sb = new StringBuilder($"dotnet repl exited with {ExitCode} after {Elapsed.TotalSeconds:F1} s; executed notebook: {OutputPath}\n");
        var errors = Output?.Errors() ?? [];
        foreach (var e in errors) sb.AppendLine(e);
        if (errors.Count == 0)
        {
            sb.AppendLine("stdout: " + Tail(StdOut));
            sb.AppendLine("stderr: " + Tail(StdErr));
        }
        return sb.ToString();
    }

    private static string Tail(string s) => s.Length <= 4000 ? s : "…" + s[^4000..];
}

/// <summary>Runs a notebook with the pinned dotnet-repl tool (dotnet-tools.json), working directory notebooks/.</summary>
internal static class NotebookRunner
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);
    private static readonly Lazy<string?> ToolRestoreError = new(RestoreTools);
    private static readonly object Gate = new();

    /// <summary>Fails with a clear message when the Release build or the dotnet-repl tool is missing.</summary>
    public static void EnsurePrerequisites()
    {
        var analysis = Path.Combine(RepoPaths.ReleaseBin, "Depgraph.Analysis.dll");
        if (!File.Exists(analysis))
            Assert.Fail($"The notebooks load the Release build of src/Graph.Cli, and {analysis} does not exist. " +
                        "Run `dotnet build -c Release` at the repository root (test.sh does) and run the tests again.");
        if (ToolRestoreError.Value is { } error) Assert.Fail(error);
    }

    /// <summary>Runs <paramref name="notebookPath"/> headless; the executed copy goes to <paramref name="outputPath"/>.</summary>
    public static NotebookRun Run(string notebookPath, string outputPath)
    {
        EnsurePrerequisites();
        // One kernel at a time: each run starts a .NET Interactive kernel and the machines have few cores.
        lock (Gate)
        {
            var sw = Stopwatch.StartNew();
            var (code, stdout, stderr) = Exec(RepoPaths.NotebooksDir,
                ["repl", "--run", notebookPath, "--exit-after-run", "--output-path", outputPath]);
            return new NotebookRun(code, outputPath, stdout, stderr, sw.Elapsed);
        }
    }

    private static string? RestoreTools()
    {
        var (code, stdout, stderr) = Exec(RepoPaths.RepoRoot, ["tool", "restore"]);
        return code == 0 ? null : $"`dotnet tool restore` failed (exit {code}); dotnet-repl is needed to run the notebooks.\n{stdout}\n{stderr}";
    }

    private static (int Code, string StdOut, string StdErr) Exec(string workingDirectory, IReadOnlyList<string> args)
    {
        var psi = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["DOTNET_NOLOGO"] = "1";
        psi.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start dotnet");
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(Timeout))
        {
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            return (-1, stdout.Result, $"timed out after {Timeout.TotalMinutes} min\n{stderr.Result}");
        }
        p.WaitForExit();
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    // The dotnet that runs the tests (set by the SDK), else the one on PATH.
    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
