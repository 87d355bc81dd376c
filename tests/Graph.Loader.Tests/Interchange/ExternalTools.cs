using System.Diagnostics;
using System.Text;

namespace Depgraph.Loader.Tests.Interchange;

/// <summary>Runs the external checkers (node + Neo4j's Cypher parser, Debian's python3-networkx, graphviz).</summary>
internal static class ExternalTools
{
    public static string RepoRoot { get; } = FindRoot();

    public static string ToolsDir => Path.Combine(RepoRoot, "tests", "tools");

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "Dependency.sln"))) return d.FullName;
        }
        throw new InvalidOperationException("Dependency.sln not found above " + AppContext.BaseDirectory);
    }

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Runs a program; null when it cannot be started (not installed).</summary>
    public static Result? TryRun(string program, IEnumerable<string> args, string? workDir = null)
    {
        var psi = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workDir ?? RepoRoot,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        Process p;
        try
        {
            p = Process.Start(psi) ?? throw new InvalidOperationException();
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
        using (p)
        {
            var stdout = p.StandardOutput.ReadToEndAsync();
            var stderr = p.StandardError.ReadToEndAsync();
            if (!p.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                p.Kill(entireProcessTree: true);
                throw new TimeoutException($"{program} did not finish within 5 minutes");
            }
            return new Result(p.ExitCode, stdout.Result, stderr.Result);
        }
    }

    /// <summary>Runs tests/tools/lint-cypher.mjs on the files; fails the test with a clear message when node or the npm package is missing.</summary>
    public static Result LintCypher(params string[] files)
    {
        var package = Path.Combine(ToolsDir, "node_modules", "@neo4j-cypher", "language-support", "package.json");
        Assert.True(File.Exists(package), $"Neo4j's Cypher parser is not installed: run `npm ci` in {ToolsDir} (test.sh does this).");
        var r = TryRun("node", [Path.Combine(ToolsDir, "lint-cypher.mjs"), .. files]);
        Assert.True(r is not null, "node is not installed: install Node.js, then run `npm ci` in tests/tools.");
        Assert.True(r!.ExitCode != 3, "Cypher parser not loadable: run `npm ci` in tests/tools. " + r.Stderr);
        Assert.True(r.ExitCode != 2, "lint-cypher.mjs usage error: " + r.Stderr);
        return r;
    }

    /// <summary>Runs Debian's /usr/bin/python3 with networkx; fails with a clear message when it is missing.</summary>
    public static Result Python(string script, params string[] args)
    {
        Assert.True(File.Exists("/usr/bin/python3"), "/usr/bin/python3 is missing: apt-get install -y python3-networkx (test.sh does this).");
        var check = TryRun("/usr/bin/python3", ["-c", "import networkx"]);
        Assert.True(check is { ExitCode: 0 }, "networkx is not importable by /usr/bin/python3: apt-get install -y python3-networkx (test.sh does this). " + check?.Stderr);
        var r = TryRun("/usr/bin/python3", ["-c", script, .. args]);
        Assert.NotNull(r);
        return r!;
    }

    /// <summary>Runs graphviz's dot; fails with a clear message when it is missing.</summary>
    public static Result Dot(params string[] args)
    {
        var r = TryRun("dot", args);
        Assert.True(r is not null, "graphviz's dot is not installed: apt-get install -y graphviz fonts-ipafont-gothic (test.sh does this).");
        return r!;
    }

    /// <summary>A fresh temporary folder, deleted on dispose.</summary>
    public sealed class TempDir : IDisposable
    {
        public TempDir() => Directory.CreateDirectory(Path);

        public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "depgraph-interchange-" + Guid.NewGuid().ToString("N"));

        public string File(string name) => System.IO.Path.Combine(Path, name);

        public void Dispose()
        {
            try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
        }
    }
}
