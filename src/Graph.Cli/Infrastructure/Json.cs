using System.Text;
using System.Text.Json;
using Depgraph.Core.IO;

namespace Depgraph.Cli.Infrastructure;

/// <summary>Writes stable, indented JSON with readable Japanese (no \u escapes) to a TextWriter, with the one set of options of <see cref="JsonText"/>.</summary>
public static class Json
{
    /// <summary>Writes one JSON document produced by <paramref name="write"/>, followed by a newline.</summary>
    public static void Write(TextWriter output, Action<Utf8JsonWriter> write)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonText.Indented)) write(w);
        output.Write(Encoding.UTF8.GetString(ms.GetBuffer(), 0, (int)ms.Length));
        output.Write('\n');
    }

    /// <summary>Writes a number so that whole numbers print without a fraction and others round-trip.</summary>
    public static void Number(this Utf8JsonWriter w, string name, double value)
    {
        w.WritePropertyName(name);
        Number(w, value);
    }

    /// <summary>Writes a number value (NaN and infinities as null).</summary>
    public static void Number(this Utf8JsonWriter w, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value)) w.WriteNullValue();
        else if (value == Math.Floor(value) && Math.Abs(value) < 1e15) w.WriteNumberValue((long)value);
        else w.WriteNumberValue(Math.Round(value, 9));
    }

    /// <summary>Writes a string array property.</summary>
    public static void Strings(this Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }
}
