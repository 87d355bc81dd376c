using System.Security.Cryptography;
using System.Text;

namespace Depgraph.Core.IO;

/// <summary>
/// The marker depgraph leaves in every folder it writes (<c>.depgraph-manifest</c>): one line per file it wrote, with
/// its SHA-256. A folder is replaced, or a file in it overwritten, only when the marker says depgraph wrote it and the
/// file is still byte-for-byte what depgraph wrote; anything else (a user's own <c>report.md</c>, an edited chart, a
/// folder with no marker) is refused with a message naming the file, so a mistyped <c>--out</c> never destroys work.
/// </summary>
/// <remarks>Format: a first line <c>depgraph output manifest v1</c>, then <c>HEX␠␠relative/path</c> lines (forward slashes),
/// sorted ordinally, LF line ends: the same files give the same bytes.</remarks>
public static class OutputManifest
{
    /// <summary>The marker's file name.</summary>
    public const string FileName = ".depgraph-manifest";

    private const string Header = "depgraph output manifest v1";

    /// <summary>Writes the marker for every file under <paramref name="dir"/> (recursively, the marker excluded).</summary>
    public static void WriteFor(string dir)
    {
        Preconditions.NotNullOrEmpty(dir, nameof(dir));
        Save(dir, Hashes(dir));
    }

    /// <summary>
    /// Null when <paramref name="dir"/> may be replaced as a whole (it does not exist, is empty, or holds only files
    /// depgraph wrote and nobody changed since); otherwise the reason, naming the first file that is not depgraph's.
    /// </summary>
    public static string? WhyNotReplaceable(string dir)
    {
        Preconditions.NotNullOrEmpty(dir, nameof(dir));
        if (!Directory.Exists(dir)) return null;
        if (!Directory.EnumerateFileSystemEntries(dir).Any()) return null;
        var known = Read(dir);
        if (known is null)
        {
            var first = Directory.EnumerateFileSystemEntries(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal).First();
            return $"it holds '{first}' and has no {FileName}, so depgraph did not write it";
        }
        foreach (var (rel, hash) in Hashes(dir))
        {
            if (!known.TryGetValue(rel, out var expected)) return $"it holds '{rel}', which depgraph did not write";
            if (!string.Equals(expected, hash, StringComparison.Ordinal)) return $"'{rel}' was changed after depgraph wrote it";
        }
        return null;
    }

    /// <summary>
    /// Null when the file <paramref name="name"/> in <paramref name="dir"/> may be overwritten (absent, or written by
    /// depgraph and unchanged since); otherwise the reason.
    /// </summary>
    public static string? WhyNotOverwritable(string dir, string name)
    {
        var path = Path.Combine(dir, name);
        if (!File.Exists(path)) return Directory.Exists(path) ? $"'{name}' is a folder" : null;
        var known = Read(dir);
        if (known is null || !known.TryGetValue(name.Replace('\\', '/'), out var expected))
            return $"'{name}' exists and depgraph did not write it";
        return string.Equals(expected, Hash(path), StringComparison.Ordinal) ? null : $"'{name}' was changed after depgraph wrote it";
    }

    /// <summary>Adds (or updates) entries for <paramref name="names"/>, files directly in <paramref name="dir"/>, keeping the others.</summary>
    public static void Record(string dir, IEnumerable<string> names)
    {
        var known = Read(dir) ?? new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var n in names) known[n.Replace('\\', '/')] = Hash(Path.Combine(dir, n));
        Save(dir, known.OrderBy(k => k.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)));
    }

    private static void Save(string dir, IEnumerable<(string Rel, string Hash)> entries)
    {
        var sb = new StringBuilder(Header).Append('\n');
        foreach (var (rel, hash) in entries) sb.Append(hash).Append("  ").Append(rel).Append('\n');
        AtomicFile.WriteAllBytes(Path.Combine(dir, FileName), AtomicFile.Utf8.GetBytes(sb.ToString()));
    }

    private static Dictionary<string, string>? Read(string dir)
    {
        var path = Path.Combine(dir, FileName);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header) return null;
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var l in lines.Skip(1))
        {
            int sp = l.IndexOf("  ", StringComparison.Ordinal);
            if (sp > 0) d[l[(sp + 2)..]] = l[..sp];
        }
        return d;
    }

    private static IEnumerable<(string Rel, string Hash)> Hashes(string dir) =>
        Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories)
            .Select(f => (Rel: Path.GetRelativePath(dir, f).Replace('\\', '/'), Full: f))
            .Where(x => x.Rel != FileName)
            .OrderBy(x => x.Rel, StringComparer.Ordinal)
            .Select(x => (x.Rel, Hash(x.Full)));

    private static string Hash(string path)
    {
        using var s = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(s));
    }
}
