using Depgraph.Core.Model;
using YamlDotNet.RepresentationModel;

namespace Depgraph.Loader.Tests;

/// <summary>The dataset shipped in data/ceptoar-fy2024: it must exist, load cleanly, and quote its source verbatim.</summary>
public class ShippedDatasetTests
{
    private static string Folder => Path.Combine(TestPaths.RepoRoot, "data", GraphInput.DefaultDatasetName);

    [Fact]
    public void Shipped_dataset_loads_with_no_errors()
    {
        Assert.True(Directory.Exists(Folder), $"the shipped dataset is missing: {Folder}");
        var r = DatasetLoader.Load(Folder);
        Assert.Empty(r.Issues.Where(i => i.Severity == IssueSeverity.Error).Select(i => i.ToString()));
        var ds = r.GetValueOrThrow();
        Assert.Equal(GraphInput.DefaultDatasetName, ds.Name);
        Assert.True(ds.IsCurated);
        // the document's "15分野21セプター"
        Assert.Equal(15, ds.Nodes.Count(n => n.Kind == NodeKind.Sector));
        Assert.Equal(21, ds.Nodes.Count(n => n.Kind == NodeKind.Ceptoar));
        Assert.All(ds.Nodes, n => Assert.False(n.Provenance.IsEmpty, n.Id));
        Assert.All(ds.Edges.Where(e => e.Attributes.GetValueOrDefault("basis") != "survey"),
            e => Assert.False(e.Provenance.IsEmpty, $"{e.File}:{e.Line}"));
        // the compact graph builds (every edge end is a node)
        var g = ds.ToCompactGraph();
        Assert.Equal(ds.Edges.Length, g.EdgeCount);
    }

    /// <summary>Channels are part of the loaded dataset (so they can be found): every channel of defaults.yaml, in file order, with its names and values.</summary>
    [Fact]
    public void Channels_are_loaded_from_defaults_yaml_in_file_order()
    {
        var ds = DatasetLoader.Load(Folder).GetValueOrThrow();
        var yaml = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(Folder, "defaults.yaml"))) yaml.Load(reader);
        var channels = (YamlMappingNode)((YamlMappingNode)yaml.Documents[0].RootNode).Children[new YamlScalarNode("channels")];
        string Field(YamlNode n, string f) => ((YamlScalarNode)((YamlMappingNode)n).Children[new YamlScalarNode(f)]).Value!;
        var expected = channels.Children.Select(kv => (((YamlScalarNode)kv.Key).Value!, Field(kv.Value, "name_ja"), Field(kv.Value, "name_en"),
            double.Parse(Field(kv.Value, "delay_hours"), System.Globalization.CultureInfo.InvariantCulture),
            double.Parse(Field(kv.Value, "probability"), System.Globalization.CultureInfo.InvariantCulture))).ToList();
        Assert.True(expected.Count > 3);
        Assert.Equal(expected, ds.Channels.Select(c => (c.Id, c.Name.Japanese, c.Name.English, c.DelayHours, c.Probability)));
    }

    /// <summary>Independent of the loader: walk every YAML file and check each evidence quote against the source text.</summary>
    [Fact]
    public void Every_evidence_quote_occurs_verbatim_in_the_shipped_source()
    {
        Assert.True(Directory.Exists(Folder), $"the shipped dataset is missing: {Folder}");
        var sources = Directory.GetFiles(Path.Combine(Folder, "source"), "*.txt").Select(File.ReadAllText).ToList();
        Assert.NotEmpty(sources);
        var quotes = new List<(string File, long Line, string Quote)>();
        foreach (var file in Directory.GetFiles(Folder, "*.yaml"))
        {
            var yaml = new YamlStream();
            using (var reader = File.OpenText(file)) yaml.Load(reader);
            foreach (var doc in yaml.Documents) Collect(doc.RootNode, Path.GetFileName(file), quotes);
        }
        Assert.True(quotes.Count > 100, $"only {quotes.Count} quotes found");
        var missing = quotes.Where(q => !sources.Any(s => s.Contains(q.Quote.Trim(), StringComparison.Ordinal)))
            .Select(q => $"{q.File}:{q.Line}: {q.Quote}").ToList();
        Assert.Empty(missing);
    }

    private static void Collect(YamlNode node, string file, List<(string, long, string)> quotes)
    {
        var stack = new Stack<YamlNode>([node]);
        while (stack.Count > 0)
        {
            switch (stack.Pop())
            {
                case YamlMappingNode map:
                    foreach (var (k, v) in map.Children)
                    {
                        if (k is YamlScalarNode { Value: "evidence" })
                        {
                            if (v is YamlScalarNode s) quotes.Add((file, s.Start.Line, s.Value!));
                            else if (v is YamlSequenceNode seq)
                                foreach (var item in seq.OfType<YamlScalarNode>()) quotes.Add((file, item.Start.Line, item.Value!));
                        }
                        else stack.Push(v);
                    }
                    break;
                case YamlSequenceNode seq:
                    foreach (var item in seq) stack.Push(item);
                    break;
            }
        }
    }
}
