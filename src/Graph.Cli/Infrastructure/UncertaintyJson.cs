using System.Text.Json;

namespace Depgraph.Cli.Infrastructure;

/// <summary>The JSON shapes shared by the uncertainty outputs (<c>sensitivity</c>, <c>cascade --uncertainty</c>, <c>reach --uncertainty</c>).</summary>
internal static class UncertaintyJson
{
    /// <summary>Writes <c>"name": [a, b]</c>.</summary>
    public static void Pair(Utf8JsonWriter w, string name, double a, double b)
    {
        w.WriteStartArray(name);
        w.Number(a);
        w.Number(b);
        w.WriteEndArray();
    }

    /// <summary>Writes <c>"edge": {"source", "target", "type"}</c>, the edge as stored in the input.</summary>
    public static void Edge(Utf8JsonWriter w, string source, string target, string type)
    {
        w.WriteStartObject("edge");
        w.WriteString("source", source);
        w.WriteString("target", target);
        w.WriteString("type", type);
        w.WriteEndObject();
    }
}
