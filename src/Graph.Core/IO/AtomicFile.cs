using System.Text;

namespace Depgraph.Core.IO;

/// <summary>
/// Writes files so that a reader never sees a half-written file: content goes to a temporary file in the
/// same folder, which is then renamed over the destination (atomic on the same file system). On any
/// exception the temporary file is deleted and the destination is left as it was.
/// </summary>
public static class AtomicFile
{
    /// <summary>UTF-8 without a byte-order mark.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>Writes bytes produced by <paramref name="write"/> to <paramref name="path"/> atomically.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        Preconditions.NotNullOrEmpty(path, nameof(path));
        Preconditions.NotNull(write, nameof(write));
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(fs);
                fs.Flush(flushToDisk: false);
            }
            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            TryDelete(tmp);
            throw;
        }
    }

    /// <summary>Writes text (UTF-8, no BOM) produced by <paramref name="write"/> atomically.</summary>
    public static void WriteText(string path, Action<TextWriter> write) =>
        Write(path, s =>
        {
            using var w = new StreamWriter(s, Utf8, 1 << 16, leaveOpen: true) { NewLine = "\n" };
            write(w);
        });

    /// <summary>Writes a string (UTF-8, no BOM) atomically.</summary>
    public static void WriteAllText(string path, string text) => WriteText(path, w => w.Write(text));

    /// <summary>Writes bytes atomically.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    /// <summary>
    /// Fills a folder atomically: <paramref name="fill"/> writes into a fresh temporary sibling folder, which then
    /// replaces <paramref name="dir"/> (an existing folder is moved aside first and deleted after). On an exception
    /// the temporary folder is deleted and <paramref name="dir"/> is untouched.
    /// </summary>
    public static void WriteFolder(string dir, Action<string> fill)
    {
        Preconditions.NotNullOrEmpty(dir, nameof(dir));
        var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var tmp = Path.Combine(parent, "." + Path.GetFileName(full) + "." + tag + ".tmp");
        var old = Path.Combine(parent, "." + Path.GetFileName(full) + "." + tag + ".old");
        Directory.CreateDirectory(tmp);
        try
        {
            fill(tmp);
        }
        catch
        {
            TryDeleteDir(tmp);
            throw;
        }
        if (Directory.Exists(full)) Directory.Move(full, old);
        Directory.Move(tmp, full);
        TryDeleteDir(old);
    }

    private static void TryDelete(string f)
    {
        try { if (File.Exists(f)) File.Delete(f); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void TryDeleteDir(string d)
    {
        try { if (Directory.Exists(d)) Directory.Delete(d, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
