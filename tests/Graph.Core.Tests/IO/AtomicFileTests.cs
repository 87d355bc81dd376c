using Depgraph.Core.IO;

namespace Depgraph.Core.Tests.IO;

public class AtomicFileTests
{
    private static string Temp()
    {
        var d = Path.Combine(Path.GetTempPath(), "atomic-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(d);
        return d;
    }

    [Fact]
    public void Writes_text_without_bom()
    {
        var d = Temp();
        var f = Path.Combine(d, "a.txt");
        AtomicFile.WriteAllText(f, "日本語");
        Assert.Equal("日本語"u8.ToArray(), File.ReadAllBytes(f));
        Assert.Single(Directory.GetFiles(d));
    }

    [Fact]
    public void A_failing_write_leaves_the_old_file_and_no_temporary_file()
    {
        var d = Temp();
        var f = Path.Combine(d, "a.txt");
        File.WriteAllText(f, "old");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(f, w => { w.Write("half"); w.Flush(); throw new InvalidOperationException("boom"); }));
        Assert.Equal("old", File.ReadAllText(f));
        Assert.Single(Directory.GetFileSystemEntries(d));
    }

    [Fact]
    public void A_failing_folder_fill_leaves_nothing_behind()
    {
        var d = Temp();
        var target = Path.Combine(d, "out");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteFolder(target, t => { File.WriteAllText(Path.Combine(t, "x"), "x"); throw new InvalidOperationException(); }));
        Assert.Empty(Directory.GetFileSystemEntries(d));
    }

    [Fact]
    public void A_folder_replaces_the_previous_one()
    {
        var d = Temp();
        var target = Path.Combine(d, "out");
        AtomicFile.WriteFolder(target, t => File.WriteAllText(Path.Combine(t, "one"), "1"));
        AtomicFile.WriteFolder(target, t => File.WriteAllText(Path.Combine(t, "two"), "2"));
        Assert.Equal(["two"], Directory.GetFiles(target).Select(Path.GetFileName).Where(n => n != OutputManifest.FileName));
        Assert.Single(Directory.GetFileSystemEntries(d));
    }
}
