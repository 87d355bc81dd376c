using System.Text.Encodings.Web;
using System.Text.Json;
using Depgraph.Core;
using Depgraph.Core.IO;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Interchange;

/// <summary>
/// Writes a whole <see cref="GraphDataset"/> as one JSON document (shape documented in <c>docs/json-export.md</c>):
/// <c>{"dataset", "sources", "nodes":[…], "edges":[…]}</c> with every attribute and the provenance of every fact.
/// </summary>
/// <remarks>
/// Deterministic: nodes and edges in input order, attributes in key order, numbers in shortest round-trip
/// invariant form (non-finite numbers, which JSON cannot carry, as the strings <c>"NaN"</c>, <c>"Infinity"</c>,
/// <c>"-Infinity"</c>). UTF-8 without BOM, two-space indentation, LF newlines; Japanese is written as is
/// (<see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/>: the output is meant for files, not for HTML).
/// </remarks>
public static class JsonExporter
{
    /// <summary>Writes the dataset to <paramref name="path"/> atomically (temp file, then move).</summary>
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
        using (var w = new Utf8JsonWriter(stream, JsonText.Indented))
        {
            w.WriteStartObject();
            w.WriteString("dataset", dataset.Name);
            w.WriteStartArray("sources");
            foreach (var s in dataset.Sources)
            {
                w.WriteStartObject();
                w.WriteString("file_name", s.FileName);
                w.WriteString("title", s.Title);
                w.WriteString("publisher", s.Publisher);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("nodes");
            foreach (var n in dataset.Nodes) WriteNode(w, n);
            w.WriteEndArray();
            w.WriteStartArray("edges");
            foreach (var e in dataset.Edges) WriteEdge(w, e);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
    }

    private static void WriteNode(Utf8JsonWriter w, Node n)
    {
        w.WriteStartObject();
        w.WriteString("id", n.Id);
        w.WriteString("kind", n.Kind.Token());
        w.WriteString("name_ja", n.NameJa);
        w.WriteString("name_en", n.NameEn);
        if (n.DepartmentJa is not null) w.WriteString("department_ja", n.DepartmentJa);
        if (!n.Scope.IsEmpty)
        {
            w.WriteStartArray("scope");
            foreach (var s in n.Scope) w.WriteStringValue(s);
            w.WriteEndArray();
        }
        w.WriteStartArray("members");
        foreach (var m in n.Members)
        {
            w.WriteStartObject();
            w.WriteString("unit", m.Unit);
            w.WriteNumber("count", m.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        if (n.MembersAsWritten is not null) w.WriteString("members_as_written", n.MembersAsWritten);
        WriteAttributes(w, n.Attributes);
        WriteProvenance(w, n.Provenance);
        w.WriteEndObject();
    }

    private static void WriteEdge(Utf8JsonWriter w, Edge e)
    {
        w.WriteStartObject();
        w.WriteString("source", e.Source);
        w.WriteString("target", e.Target);
        w.WriteString("type", e.Kind.Token());
        if (e.Flow != InfoFlow.None) w.WriteString("flow", e.Flow.Token());
        if (!e.Channels.IsEmpty)
        {
            w.WriteStartArray("channels");
            foreach (var c in e.Channels) w.WriteStringValue(c);
            w.WriteEndArray();
        }
        WriteNumber(w, "delay_hours", e.DelayHours);
        WriteNumber(w, "probability", e.Probability);
        WriteNumber(w, "strength", e.Strength);
        WriteAttributes(w, e.Attributes);
        WriteProvenance(w, e.Provenance);
        w.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name);
        if (double.IsFinite(value)) w.WriteRawValue(InterchangeText.Number(value));
        else w.WriteStringValue(InterchangeText.Number(value));
    }

    private static void WriteAttributes(Utf8JsonWriter w, IEnumerable<KeyValuePair<string, string>> attributes)
    {
        w.WriteStartObject("attributes");
        foreach (var (k, v) in attributes) w.WriteString(k, v);
        w.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter w, Provenance p)
    {
        w.WriteStartObject("provenance");
        w.WriteString("basis", p.Basis);
        w.WritePropertyName("evidence");
        InterchangeText.WriteEvidence(w, p.Evidence);
        if (p.Assumption is not null) w.WriteString("assumption", p.Assumption);
        w.WriteEndObject();
    }
}
