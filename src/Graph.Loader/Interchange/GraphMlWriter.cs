using System.Xml;
using Depgraph.Core;
using Depgraph.Core.IO;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Interchange;

/// <summary>
/// Writes a <see cref="GraphDataset"/> as GraphML (directed) with typed <c>&lt;key&gt;</c> declarations, for networkx
/// (<c>nx.read_graphml</c>), Gephi, yEd and Cytoscape; <see cref="GraphMlReader"/> reads it back without loss.
/// </summary>
/// <remarks>
/// <para>Node keys: <c>label</c> (display name), <c>kind</c>, <c>name_ja</c>, <c>name_en</c>, <c>department_ja</c>,
/// <c>scope</c> (JSON array), <c>members_total</c> (long), <c>members_json</c>, <c>members_as_written</c>,
/// <c>provenance_basis</c>, <c>evidence_count</c> (int), <c>evidence_quotes</c> (quotes joined by line breaks, for
/// reading), <c>evidence_json</c> (exact quotes, lines and documents), <c>assumption</c>, <c>assumed</c> (boolean).
/// Edge keys: <c>type</c>, <c>flow</c>, <c>channels</c> (JSON array), <c>delay_hours</c>, <c>probability</c>,
/// <c>strength</c> (double), and the same provenance keys. Each further attribute <c>k</c> gets a string key named
/// <c>attr:k</c>. The graph's <c>sources_json</c> lists the source documents. Absent values are left out.</para>
/// <para>Deterministic (input order, keys in a fixed order then attribute names in ordinal order, shortest
/// round-trip numbers, <c>INF</c>/<c>-INF</c>/<c>NaN</c> as XML Schema writes them), UTF-8 without BOM, LF newlines,
/// written atomically. Characters XML 1.0 cannot carry (C0 controls other than tab and line breaks) are written as
/// U+FFFD; carriage returns are kept as character references.</para>
/// </remarks>
public static class GraphMlWriter
{
    /// <summary>The GraphML namespace.</summary>
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Name, string Type)[] NodeKeys =
    [
        ("label", "string"), ("kind", "string"), ("name_ja", "string"), ("name_en", "string"), ("department_ja", "string"),
        ("scope", "string"), ("members_total", "long"), ("members_json", "string"), ("members_as_written", "string"),
        .. ProvenanceKeys(),
    ];

    private static readonly (string Name, string Type)[] EdgeKeys =
    [
        ("type", "string"), ("flow", "string"), ("channels", "string"), ("delay_hours", "double"), ("probability", "double"),
        ("strength", "double"), .. ProvenanceKeys(),
    ];

    /// <summary>The prefix of the key names that carry a node's or edge's further attributes.</summary>
    public const string AttributePrefix = "attr:";

    /// <summary>Writes the dataset to <paramref name="path"/> atomically.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">A string is not valid UTF-16 (lone surrogate); the target is left untouched.</exception>
    public static void Write(GraphDataset dataset, string path)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        AtomicFile.Write(path, s => Write(dataset, s));
    }

    /// <summary>Writes the dataset to <paramref name="stream"/> (left open).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="stream"/> is null.</exception>
    public static void Write(GraphDataset dataset, Stream stream)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        Preconditions.NotNull(stream, nameof(stream));
        var settings = new XmlWriterSettings
        {
            Encoding = AtomicFile.Utf8,
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Entitize,
            CloseOutput = false,
        };
        var nodeAttrs = dataset.Nodes.SelectMany(n => n.Attributes.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        var edgeAttrs = dataset.Edges.SelectMany(e => e.Attributes.Keys).Distinct().Order(StringComparer.Ordinal).ToList();
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("graphml", Namespace);
            w.WriteAttributeString("xmlns", Namespace);
            w.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            w.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance",
                Namespace + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            var ids = new Dictionary<(string For, string Name), string>();
            void Key(string @for, string name, string type)
            {
                var id = "d" + ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
                ids[(@for, name)] = id;
                w.WriteStartElement("key", Namespace);
                w.WriteAttributeString("id", id);
                w.WriteAttributeString("for", @for);
                w.WriteAttributeString("attr.name", InterchangeText.XmlSafe(name));
                w.WriteAttributeString("attr.type", type);
                w.WriteEndElement();
            }
            Key("graph", "sources_json", "string");
            foreach (var (name, type) in NodeKeys) Key("node", name, type);
            foreach (var a in nodeAttrs) Key("node", AttributePrefix + a, "string");
            foreach (var (name, type) in EdgeKeys) Key("edge", name, type);
            foreach (var a in edgeAttrs) Key("edge", AttributePrefix + a, "string");

            void Data(string @for, string name, string? value)
            {
                if (value is null) return;
                w.WriteStartElement("data", Namespace);
                w.WriteAttributeString("key", ids[(@for, name)]);
                w.WriteString(InterchangeText.XmlSafe(value));
                w.WriteEndElement();
            }

            w.WriteStartElement("graph", Namespace);
            w.WriteAttributeString("id", InterchangeText.XmlSafe(dataset.Name));
            w.WriteAttributeString("edgedefault", "directed");
            Data("graph", "sources_json", SourcesJson(dataset.Sources));
            foreach (var n in dataset.Nodes)
            {
                w.WriteStartElement("node", Namespace);
                w.WriteAttributeString("id", InterchangeText.XmlSafe(n.Id));
                Data("node", "label", n.Name());
                Data("node", "kind", n.Kind.Token());
                Data("node", "name_ja", n.NameJa);
                Data("node", "name_en", n.NameEn);
                Data("node", "department_ja", n.DepartmentJa);
                Data("node", "scope", n.Scope.IsEmpty ? null : InterchangeText.StringArrayJson(n.Scope));
                Data("node", "members_total", InterchangeText.Number(n.TotalMembers));
                Data("node", "members_json", n.Members.IsEmpty ? null : InterchangeText.MembersJson(n.Members));
                Data("node", "members_as_written", n.MembersAsWritten);
                WriteProvenance(n.Provenance, (name, value) => Data("node", name, value));
                foreach (var (k, v) in n.Attributes) Data("node", AttributePrefix + k, v);
                w.WriteEndElement();
            }
            for (var i = 0; i < dataset.Edges.Length; i++)
            {
                var e = dataset.Edges[i];
                w.WriteStartElement("edge", Namespace);
                w.WriteAttributeString("id", "e" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
                w.WriteAttributeString("source", InterchangeText.XmlSafe(e.Source));
                w.WriteAttributeString("target", InterchangeText.XmlSafe(e.Target));
                Data("edge", "type", e.Kind.Token());
                Data("edge", "flow", e.Flow == InfoFlow.None ? null : e.Flow.Token());
                Data("edge", "channels", e.Channels.IsEmpty ? null : InterchangeText.StringArrayJson(e.Channels));
                Data("edge", "delay_hours", XmlDouble(e.DelayHours));
                Data("edge", "probability", XmlDouble(e.Probability));
                Data("edge", "strength", XmlDouble(e.Strength));
                WriteProvenance(e.Provenance, (name, value) => Data("edge", name, value));
                foreach (var (k, v) in e.Attributes) Data("edge", AttributePrefix + k, v);
                w.WriteEndElement();
            }
            w.WriteEndElement();
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
    }

    private static (string, string)[] ProvenanceKeys() =>
    [
        ("provenance_basis", "string"), ("evidence_count", "int"), ("evidence_quotes", "string"), ("evidence_json", "string"),
        ("assumption", "string"), ("assumed", "boolean"),
    ];

    private static void WriteProvenance(Provenance p, Action<string, string?> data)
    {
        data("provenance_basis", p.Basis);
        data("evidence_count", p.Evidence.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        data("evidence_quotes", p.Evidence.IsEmpty ? null : string.Join("\n", p.Evidence.Select(e => e.Quote)));
        data("evidence_json", p.Evidence.IsEmpty ? null : InterchangeText.EvidenceJson(p.Evidence));
        data("assumption", p.Assumption);
        data("assumed", p.IsAssumption ? "true" : "false");
    }

    private static string? SourcesJson(System.Collections.Immutable.ImmutableArray<SourceDocument> sources)
    {
        if (sources.IsEmpty) return null;
        return InterchangeText.Json(w =>
        {
            w.WriteStartArray();
            foreach (var s in sources)
            {
                w.WriteStartObject();
                w.WriteString("file_name", s.FileName);
                w.WriteString("title", s.Title);
                w.WriteString("publisher", s.Publisher);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        });
    }

    /// <summary>XML Schema lexical form of a double: shortest round trip, <c>INF</c>, <c>-INF</c>, <c>NaN</c>.</summary>
    internal static string XmlDouble(double v) =>
        double.IsPositiveInfinity(v) ? "INF" : double.IsNegativeInfinity(v) ? "-INF" : InterchangeText.Number(v);
}
