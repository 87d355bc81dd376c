using Depgraph.Core.IO;
using Depgraph.Loader.Interchange;

namespace Depgraph.Loader.Tests.Interchange;

public class AtomicFileTests
{
    [Fact]
    public void Write_ReplacesTheTarget_WithoutBomAndWithoutLeftovers()
    {
        using var tmp = new ExternalTools.TempDir();
        var path = tmp.File("sub/a.txt");
        AtomicFile.WriteText(path, w => w.WriteLine("一"));
        AtomicFile.WriteText(path, w => w.WriteLine("二"));
        Assert.Equal("二\n"u8.ToArray(), File.ReadAllBytes(path));
        Assert.Single(Directory.GetFileSystemEntries(Path.GetDirectoryName(path)!));
    }

    [Fact]
    public void Write_ExceptionMidway_KeepsThePreviousFile_AndDeletesTheTemporary()
    {
        using var tmp = new ExternalTools.TempDir();
        var path = tmp.File("a.txt");
        File.WriteAllText(path, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, w =>
        {
            w.Write(new string('x', 100_000));
            w.Flush();
            throw new InvalidOperationException("boom");
        }));
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFileSystemEntries(tmp.Path));
    }

    [Fact]
    public void Write_LoneSurrogate_Throws_AndLeavesNoFile()
    {
        using var tmp = new ExternalTools.TempDir();
        Assert.ThrowsAny<ArgumentException>(() => AtomicFile.WriteText(tmp.File("a.txt"), w => w.Write("ok \uD800 no")));
        Assert.Empty(Directory.GetFileSystemEntries(tmp.Path));
    }

    [Fact]
    public void WriteFiles_ExceptionMidway_LeavesTheFolderAsItWas()
    {
        using var tmp = new ExternalTools.TempDir();
        AtomicFile.WriteFiles(tmp.Path, dir => File.WriteAllText(Path.Combine(dir, "a.csv"), "old"));
        Assert.Throws<IOException>(() => AtomicFile.WriteFiles(tmp.Path, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "a.csv"), "new");
            File.WriteAllText(Path.Combine(dir, "b.csv"), "new");
            throw new IOException("disk full");
        }));
        Assert.Equal([".depgraph-manifest", "a.csv"], Directory.GetFileSystemEntries(tmp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("old", File.ReadAllText(tmp.File("a.csv")));

        var written = AtomicFile.WriteFiles(tmp.Path, dir =>
        {
            File.WriteAllText(Path.Combine(dir, "b.csv"), "new");
            File.WriteAllText(Path.Combine(dir, "a.csv"), "new");
        });
        Assert.Equal(["a.csv", "b.csv"], written);
        Assert.Equal("new", File.ReadAllText(tmp.File("a.csv")));
        Assert.Equal(3, Directory.GetFileSystemEntries(tmp.Path).Length); // a.csv, b.csv, .depgraph-manifest
    }
}
