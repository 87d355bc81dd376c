using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using CsCheck;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests.Fuzz;

/// <summary>One edit of a seed input: what to do, where (scaled to the input's length), how much, and which snippet.</summary>
public readonly record struct Mutation(int Op, int Position, int Length, int Snippet);

/// <summary>
/// The fuzz harness shared by every reader: generators of mutated and grammar-built inputs (CsCheck), the invariants
/// every load must keep, and the figures a run records.
/// </summary>
/// <remarks>
/// <para>Invariants, for every input: the reader returns (no exception escapes, no "unexpected failure"); every issue
/// names a file, and a line ≥ 1 inside the file unless it concerns the whole file (<c>file-not-found</c>,
/// <c>manifest</c>, <c>limit</c>, <c>too-many-issues</c>); no message shows .NET internals; a successful load has only
/// finite delays in [0, 1e9], probabilities in [0, 1] and member counts in [0, 1e9], and builds a compact graph; a
/// load takes under 10 s.</para>
/// <para>Iterations: <c>DEPGRAPH_FUZZ_ITER</c> (default 250 per reader, a few seconds in CI); figures are appended to
/// <c>DEPGRAPH_FUZZ_REPORT</c> when set (tests/fuzz/run.sh sets both).</para>
/// </remarks>
public static class FuzzHarness
{
    /// <summary>Inputs per reader for this run.</summary>
    public static long Iterations { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("DEPGRAPH_FUZZ_ITER"), out var n) && n > 0 ? n : 250;

    /// <summary>Seconds per reader instead of a count, when DEPGRAPH_FUZZ_SECONDS is set (-1: use <see cref="Iterations"/>).</summary>
    public static int Seconds { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("DEPGRAPH_FUZZ_SECONDS"), out var sec) && sec > 0 ? sec : -1;

    /// <summary>Threads for the sample (tests/fuzz/run.sh uses all cores; CI one).</summary>
    public static int Threads { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("DEPGRAPH_FUZZ_THREADS"), out var t) && t > 0 ? t : 1;

    /// <summary>Fragments that exercise the parsers' edges: quotes, separators, line ends, bad bytes, numbers at the bounds, YAML and XML syntax.</summary>
    public static readonly byte[][] Snippets =
    [
        .. new[]
        {
            "\"", "\"\"", ",", "\n", "\r\n", "\r", "\t", " ", "", "-", "1e308", "-1", "NaN", "Infinity", "1e9", "1000000001",
            "9223372036854775807", "-9223372036854775808", "0.5", "2", "\uFEFF", "\u001B[2J", "\u0007", "日本", "=cmd|calc",
            "[", "]", "{", "}", ":", ": ", "- ", "&a ", "*a", "? ", "!!str ", "---\n", "...\n", "#", "'", "|\n", ">\n", "%YAML 1.2\n",
            "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[", "&x [*x, *x, *x]", "<", ">", "</", "/>", "&amp;", "&#0;", "&#x1F600;",
            "<!DOCTYPE x [<!ENTITY a \"b\">]>", "<![CDATA[x]]>", "<graph>", "</graph>", "<node id=\"z\"/>", "<edge source=\"a\" target=\"z\"/>",
            "<hyperedge/>", "<x:node xmlns:x=\"urn:x\" id=\"q\"/>", "<data key=\"d0\">1e308</data>", "<data key=\"d0\">-5</data>",
            "[{\"unit\":\"社\",\"count\":-1}]", "[{\"unit\":\"社\",\"count\":9223372036854775807}]", "shares_with", "member", "supplies",
            "nisc", "a", "b", "|", "\\", "\u2028", "\u202E",
        }.Select(Encoding.UTF8.GetBytes),
        [0xFF], [0xFE, 0xFF], [0xC3], [0xE3, 0x81], [0x82, 0xA0], [0x00], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
    ];

    /// <summary>A mutation.</summary>
    public static readonly Gen<Mutation> MutationGen =
        Gen.Select(Gen.Int[0, 7], Gen.Int[0, int.MaxValue], Gen.Int[0, 64], Gen.Int[0, Snippets.Length - 1], (o, p, l, s) => new Mutation(o, p, l, s));

    /// <summary>Zero to eight mutations.</summary>
    public static readonly Gen<Mutation[]> Mutations = MutationGen.Array[0, 8];

    /// <summary>Applies the mutations in order: insert a snippet, delete, duplicate, replace by a snippet, truncate, flip a byte, swap two ranges, repeat a snippet.</summary>
    public static byte[] Mutate(byte[] seed, Mutation[] mutations)
    {
        var b = new List<byte>(seed);
        foreach (var m in mutations)
        {
            int pos = b.Count == 0 ? 0 : m.Position % (b.Count + 1);
            int len = Math.Min(m.Length, b.Count - pos);
            var snip = Snippets[m.Snippet];
            switch (m.Op)
            {
                case 0: b.InsertRange(pos, snip); break;
                case 1: b.RemoveRange(pos, len); break;
                case 2: b.InsertRange(pos, b.GetRange(pos, len)); break;
                case 3: b.RemoveRange(pos, len); b.InsertRange(pos, snip); break;
                case 4: b.RemoveRange(pos, b.Count - pos); break;
                case 5: if (pos < b.Count) b[pos] ^= (byte)(1 << (m.Length & 7)); break;
                case 6:
                    int other = b.Count == 0 ? 0 : (m.Position / 7) % (b.Count + 1);
                    int olen = Math.Min(len, b.Count - other);
                    if (olen > 0 && len > 0 && (other >= pos + len || other + olen <= pos))
                    {
                        var first = b.GetRange(pos, len);
                        var second = b.GetRange(other, olen);
                        if (other > pos) { b.RemoveRange(other, olen); b.InsertRange(other, first); b.RemoveRange(pos, len); b.InsertRange(pos, second); }
                        else { b.RemoveRange(pos, len); b.InsertRange(pos, second); b.RemoveRange(other, olen); b.InsertRange(other, first); }
                    }
                    break;
                default: for (int i = 0; i < 1 + (m.Length & 15); i++) b.InsertRange(pos, snip); break;
            }
        }
        return [.. b];
    }

    /// <summary>
    /// Samples <paramref name="gen"/> for the run's count or time budget on the run's threads, checks each input with
    /// <paramref name="check"/>, and returns the figures line of <paramref name="reader"/> (also appended to the report file).
    /// </summary>
    public static string Run<T>(string reader, Stats stats, Gen<T> gen, Action<T> check, Func<T, string> print)
    {
        var sw = Stopwatch.StartNew();
        if (Seconds > 0) gen.Sample(check, time: Seconds, threads: Threads, print: print);
        else gen.Sample(check, iter: Iterations, threads: Threads, print: print);
        return Report(reader, stats, sw.Elapsed);
    }

    /// <summary>Lines of a file as the invariants count them (LF and CR each end one; an upper bound for CR LF files).</summary>
    public static int LineCount(byte[] bytes) => 1 + bytes.AsSpan().Count((byte)'\n') + bytes.AsSpan().Count((byte)'\r');

    /// <summary>An input for the failure report: every file, escaped.</summary>
    public static string Print(IReadOnlyDictionary<string, byte[]> files) =>
        string.Join("\n", files.Select(f => $"--- {f.Key}: \"{Escape(f.Value)}\""));

    private static string Escape(byte[] b)
    {
        var s = new StringBuilder();
        foreach (var c in new UTF8Encoding(false, false).GetString(b))
            s.Append(c switch { '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", '"' => "\\\"", '\\' => "\\\\", < ' ' => $"\\u{(int)c:X4}", _ => c.ToString() });
        return s.ToString();
    }

    /// <summary>A per-thread scratch folder (CsCheck samples on several threads).</summary>
    public static string ScratchDir(string reader)
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath(); // memory-backed when there is one
        var dir = Path.Combine(root, "depgraph-fuzz", reader + "-" + Environment.ProcessId + "-" + Environment.CurrentManagedThreadId);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static readonly HashSet<string> WholeFileCodes =
        [IssueCodes.FileNotFound, IssueCodes.Manifest, IssueCodes.Limit, IssueCodes.TooManyIssues];

    private static readonly string[] Internals = ["please report", "unexpected failure", "Exception", "System.", "   at ", "`1"];

    /// <summary>Figures of one reader's run.</summary>
    public sealed class Stats
    {
        private long _inputs, _accepted, _rejected, _maxTicks;
        /// <summary>Issue codes seen, with counts.</summary>
        public ConcurrentDictionary<string, long> Codes { get; } = new();
        /// <summary>Inputs tried.</summary>
        public long Inputs => Interlocked.Read(ref _inputs);
        /// <summary>Inputs loaded without errors.</summary>
        public long Accepted => Interlocked.Read(ref _accepted);
        /// <summary>Inputs refused with errors.</summary>
        public long Rejected => Interlocked.Read(ref _rejected);
        /// <summary>The slowest load.</summary>
        public TimeSpan Slowest => TimeSpan.FromTicks(Interlocked.Read(ref _maxTicks));

        internal void Add(bool ok, IEnumerable<LoadIssue> issues, TimeSpan elapsed)
        {
            Interlocked.Increment(ref _inputs);
            Interlocked.Increment(ref ok ? ref _accepted : ref _rejected);
            foreach (var code in issues.Select(i => i.Code).Distinct()) Codes.AddOrUpdate(code, 1, (_, c) => c + 1);
            long t = elapsed.Ticks, seen;
            while (t > (seen = Interlocked.Read(ref _maxTicks)) && Interlocked.CompareExchange(ref _maxTicks, t, seen) != seen) { }
        }
    }

    /// <summary>
    /// A message shows no .NET internals (exception names, stack frames, generic arity marks) — unless the text is the
    /// user's own: a message may quote the input, and a mutated input can hold <c>`1</c> or <c>System.</c> itself.
    /// </summary>
    public static void AssertNoInternals(string message, IReadOnlyDictionary<string, byte[]> files)
    {
        foreach (var bad in Internals)
        {
            if (!message.Contains(bad, StringComparison.Ordinal)) continue;
            bool quoted = files.Values.Any(b => new UTF8Encoding(false, false).GetString(b).Contains(bad, StringComparison.Ordinal));
            Assert.True(quoted, $"message shows .NET internals ('{bad}'): {message}");
        }
    }

    /// <summary>Loads with <paramref name="load"/>, checks every invariant, records the figures.</summary>
    public static void Check<T>(Stats stats, Func<LoadResult<T>> load, IReadOnlyDictionary<string, byte[]> files) where T : class
    {
        var sw = Stopwatch.StartNew();
        var r = load(); // an exception here fails the property: CsCheck shrinks the input and reports the seed
        sw.Stop();
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(10), $"load took {sw.Elapsed}");
        foreach (var i in r.Issues)
        {
            Assert.False(string.IsNullOrEmpty(i.File) && i.Code != IssueCodes.TooManyIssues, $"issue without a file: {i}");
            Assert.True(i.Line >= 0, i.ToString());
            if (i.Severity == IssueSeverity.Error && !WholeFileCodes.Contains(i.Code))
                Assert.True(i.Line >= 1, $"error without a line: {i}");
            if (files.TryGetValue(Path.GetFileName(i.File), out var bytes) && bytes.Length > 0)
            {
                int lines = LineCount(bytes);
                Assert.True(i.Line <= lines, $"line {i.Line} is past the end of the file ({lines} lines): {i}");
            }
            AssertNoInternals(i.Message, files);
        }
        Assert.Equal(r.HasErrors, r.Value is null);
        if (r.Value is GraphDataset ds)
        {
            foreach (var e in ds.Edges)
            {
                Assert.True(double.IsFinite(e.DelayHours) && e.DelayHours is >= 0 and <= ReaderLimits.MaxHours, $"delay {e.DelayHours}");
                Assert.True(e.Probability is >= 0 and <= 1, $"probability {e.Probability}");
                Assert.True(double.IsFinite(e.Strength) && e.Strength is >= 0 and <= ReaderLimits.MaxHours, $"strength {e.Strength}");
            }
            foreach (var n in ds.Nodes)
            {
                Assert.All(n.Members, m => Assert.InRange(m.Count, 0, ReaderLimits.MaxMemberCount));
                _ = n.TotalMembers; // checked sum: throws on overflow
            }
            _ = ds.ToCompactGraph();
        }
        stats.Add(!r.HasErrors, r.Issues, sw.Elapsed);
    }

    /// <summary>Appends the figures to DEPGRAPH_FUZZ_REPORT (if set) and to the test output.</summary>
    public static string Report(string reader, Stats s, TimeSpan wall)
    {
        var line = $"{reader}\tinputs={s.Inputs}\taccepted={s.Accepted}\trejected={s.Rejected}\tcodes={s.Codes.Count}\tslowest_ms={s.Slowest.TotalMilliseconds:0}\twall_s={wall.TotalSeconds:0}\t"
            + string.Join(",", s.Codes.OrderByDescending(c => c.Value).Select(c => $"{c.Key}:{c.Value}"));
        if (Environment.GetEnvironmentVariable("DEPGRAPH_FUZZ_REPORT") is { Length: > 0 } path)
            File.AppendAllText(path, line + Environment.NewLine);
        return line;
    }
}
