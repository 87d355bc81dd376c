using System.Text.Encodings.Web;
using System.Text.Json;

namespace Depgraph.Core.IO;

/// <summary>
/// The one set of JSON writer options every JSON output uses: readable Japanese (no <c>\u</c> escapes), <c>\n</c> line
/// ends on every platform, and either indented (documents: CLI output, <c>export json</c>) or compact (small JSON values
/// embedded in CSV, GraphML and Neo4j cells).
/// </summary>
public static class JsonText
{
    /// <summary>Indented, <c>\n</c> line ends, relaxed escaping (Japanese as written).</summary>
    public static JsonWriterOptions Indented { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>One line, relaxed escaping (Japanese as written).</summary>
    public static JsonWriterOptions Compact { get; } = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The compact JSON text <paramref name="write"/> produces.</summary>
    /// <param name="write">Writes one JSON value.</param>
    /// <returns>The text (UTF-8 decoded).</returns>
    public static string Compose(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, Compact))
        {
            write(w);
        }

        return AtomicFile.Utf8.GetString(ms.GetBuffer(), 0, (int)ms.Length);
    }
}
