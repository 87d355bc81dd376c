using System.Text;

namespace Depgraph.Core.IO;

/// <summary>
/// Writes files so that a reader never sees half-written output: the content goes to a temporary file in the
/// same folder, which then replaces the target with <see cref="File.Move(string, string, bool)"/> (a rename on
/// the same file system). Multi-file outputs are written into a temporary folder inside the output folder and
/// the finished files are then moved in one by one.
/// </summary>
/// <remarks>
/// On an exception the temporary file or folder is deleted and the target is left as it was (absent, or the
/// previous complete version). Text is UTF-8 without a byte-order mark; invalid UTF-16 (a lone surrogate) throws
/// rather than being replaced silently. The move of a multi-file output is per file: a crash of the process
/// between two moves can leave a mix of old and new complete files, never a partial file.
/// </remarks>
public static class AtomicFile
{
    /// <summary>UTF-8 without a byte-order mark that throws on invalid UTF-16 (lone surrogates).</summary>
    public static UTF8Encoding Utf8 { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Writes <paramref name="path"/> atomically with the bytes that <paramref name="write"/> writes to the stream.</summary>
    /// <param name="path">Target file; its folder is created when missing.</param>
    /// <param name="write">Writes the content. Any exception leaves the target untouched and is rethrown.</param>
    /// <param name="executable">On Unix, mark the file executable (mode 755), e.g. for a shell script.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static void Write(string path, Action<Stream> write, bool executable = false)
    {
        Preconditions.NotNullOrEmpty(path, nameof(path));
        Preconditions.NotNull(write, nameof(write));
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(fs);
                fs.Flush(flushToDisk: true);
            }
            if (executable && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(tmp, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                    | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            }
            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            TryDeleteFile(tmp);
            throw;
        }
    }

    /// <summary>Writes a text file atomically (UTF-8 without BOM; the writer's <see cref="TextWriter.NewLine"/> is LF).</summary>
    /// <param name="path">Target file.</param>
    /// <param name="write">Writes the text.</param>
    /// <param name="executable">On Unix, mark the file executable.</param>
    public static void WriteText(string path, Action<TextWriter> write, bool executable = false)
    {
        Preconditions.NotNull(write, nameof(write));
        Write(path, s =>
        {
            using var w = NewTextWriter(s);
            write(w);
        }, executable);
    }

    /// <summary>
    /// Writes several files into <paramref name="outDir"/>: <paramref name="writeInto"/> writes them into a fresh
    /// temporary folder (given as its argument) inside <paramref name="outDir"/>; when it returns, each file is moved
    /// into <paramref name="outDir"/>, replacing a file of the same name. Subfolders are not supported.
    /// </summary>
    /// <returns>The names of the files written, in ordinal order.</returns>
    /// <exception cref="ArgumentException"><paramref name="outDir"/> is null or empty.</exception>
    public static IReadOnlyList<string> WriteFiles(string outDir, Action<string> writeInto)
    {
        Preconditions.NotNullOrEmpty(outDir, nameof(outDir));
        Preconditions.NotNull(writeInto, nameof(writeInto));
        var full = Path.GetFullPath(outDir);
        Directory.CreateDirectory(full);
        var tmpDir = Path.Combine(full, $".tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(tmpDir);
        try
        {
            writeInto(tmpDir);
            if (Directory.GetDirectories(tmpDir).Length > 0)
                throw new InvalidOperationException("AtomicFile.WriteFiles does not support subfolders.");
            var files = Directory.GetFiles(tmpDir).Select(Path.GetFileName).OfType<string>()
                .Order(StringComparer.Ordinal).ToList();
            var refused = files.Select(n => OutputManifest.WhyNotOverwritable(full, n)).OfType<string>().ToList();
            if (refused.Count > 0)
                throw new IOException($"will not write into '{outDir}': {string.Join("; ", refused)}. Give a new or empty folder, or one depgraph wrote before.");
            foreach (var name in files) File.Move(Path.Combine(tmpDir, name), Path.Combine(full, name), overwrite: true);
            Directory.Delete(tmpDir, recursive: true);
            OutputManifest.Record(full, files);
            return files;
        }
        catch
        {
            try { Directory.Delete(tmpDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            throw;
        }
    }

    /// <summary>A text writer over <paramref name="stream"/>: UTF-8 without BOM, strict, LF newlines; leaves the stream open.</summary>
    public static StreamWriter NewTextWriter(Stream stream) => new(stream, Utf8, bufferSize: 1 << 16, leaveOpen: true) { NewLine = "\n" };

    /// <summary>Writes a string (UTF-8, no BOM) atomically.</summary>
    public static void WriteAllText(string path, string text) => WriteText(path, w => w.Write(text));

    /// <summary>Writes bytes atomically.</summary>
    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    /// <summary>
    /// Fills a folder atomically: <paramref name="fill"/> writes into a fresh temporary sibling folder, which then
    /// replaces <paramref name="dir"/> (an existing folder is moved aside first and deleted after). On an exception
    /// the temporary folder is deleted and <paramref name="dir"/> is untouched. The folder gets an
    /// <see cref="OutputManifest"/>; an existing folder is replaced only when its manifest shows depgraph wrote every
    /// file in it and none was changed since (else <see cref="IOException"/>, nothing touched). Temporary folders left
    /// by a killed run are removed first.
    /// </summary>
    public static void WriteFolder(string dir, Action<string> fill)
    {
        Preconditions.NotNullOrEmpty(dir, nameof(dir));
        var full = Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(parent);
        var why = OutputManifest.WhyNotReplaceable(full);
        if (why is not null)
            throw new IOException($"will not replace the folder '{dir}': {why}. Give a new or empty folder, or one depgraph wrote before.");
        CleanStale(parent, Path.GetFileName(full));
        var tag = Guid.NewGuid().ToString("N")[..8];
        var tmp = Path.Combine(parent, "." + Path.GetFileName(full) + "." + tag + ".tmp");
        var old = Path.Combine(parent, "." + Path.GetFileName(full) + "." + tag + ".old");
        Directory.CreateDirectory(tmp);
        try
        {
            fill(tmp);
            OutputManifest.WriteFor(tmp);
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

    // Temporary and moved-aside folders of a run that was killed (".NAME.xxxxxxxx.tmp" / ".old" beside NAME): ours by name.
    private static void CleanStale(string parent, string name)
    {
        foreach (var d in Directory.EnumerateDirectories(parent, "." + name + ".????????.*"))
        {
            var ext = Path.GetExtension(d);
            if (ext is ".tmp" or ".old") TryDeleteDir(d);
        }
    }

    private static void TryDeleteDir(string d)
    {
        try { if (Directory.Exists(d)) Directory.Delete(d, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static void TryDeleteFile(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
