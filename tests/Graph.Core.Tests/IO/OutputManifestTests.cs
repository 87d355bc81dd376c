using Depgraph.Core.IO;

namespace Depgraph.Core.Tests.IO;

public class OutputManifestTests
{
    private static string Temp()
    {
        var d = Path.Combine(Path.GetTempPath(), "depgraph-manifest-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(d);
        return d;
    }

    [Fact]
    public void Missing_or_empty_folders_are_replaceable_and_foreign_ones_are_not()
    {
        var d = Temp();
        Assert.Null(OutputManifest.WhyNotReplaceable(Path.Combine(d, "absent")));
        Assert.Null(OutputManifest.WhyNotReplaceable(d));
        File.WriteAllText(Path.Combine(d, "notes.txt"), "mine");
        Assert.Contains("notes.txt", OutputManifest.WhyNotReplaceable(d));
    }

    [Fact]
    public void Folder_written_by_WriteFolder_is_replaceable_until_a_file_is_changed_or_added()
    {
        var d = Path.Combine(Temp(), "out");
        AtomicFile.WriteFolder(d, tmp => { Directory.CreateDirectory(Path.Combine(tmp, "sub")); File.WriteAllText(Path.Combine(tmp, "sub", "a.txt"), "a"); });
        Assert.Null(OutputManifest.WhyNotReplaceable(d));
        AtomicFile.WriteFolder(d, tmp => File.WriteAllText(Path.Combine(tmp, "b.txt"), "b"));
        Assert.False(File.Exists(Path.Combine(d, "sub", "a.txt")));
        File.WriteAllText(Path.Combine(d, "b.txt"), "edited");
        Assert.Contains("changed", OutputManifest.WhyNotReplaceable(d));
        Assert.Throws<IOException>(() => AtomicFile.WriteFolder(d, tmp => File.WriteAllText(Path.Combine(tmp, "c.txt"), "c")));
        Assert.Equal("edited", File.ReadAllText(Path.Combine(d, "b.txt")));
        File.WriteAllText(Path.Combine(d, "b.txt"), "b");
        File.WriteAllText(Path.Combine(d, "extra.txt"), "x");
        Assert.Contains("extra.txt", OutputManifest.WhyNotReplaceable(d));
    }

    [Fact]
    public void WriteFiles_overwrites_its_own_files_only()
    {
        var d = Temp();
        AtomicFile.WriteFiles(d, tmp => File.WriteAllText(Path.Combine(tmp, "x.csv"), "1"));
        AtomicFile.WriteFiles(d, tmp => File.WriteAllText(Path.Combine(tmp, "x.csv"), "2"));
        Assert.Equal("2", File.ReadAllText(Path.Combine(d, "x.csv")));
        File.WriteAllText(Path.Combine(d, "y.csv"), "user");
        Assert.Throws<IOException>(() => AtomicFile.WriteFiles(d, tmp => File.WriteAllText(Path.Combine(tmp, "y.csv"), "ours")));
        Assert.Equal("user", File.ReadAllText(Path.Combine(d, "y.csv")));
    }
}
