using System.Text.Json;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// What a dataset tells the report beyond its nodes and edges: short names for the charts (where 15 or 30 labels
/// share an axis) and the bibliographic facts of its source documents. Read from the dataset folder's
/// <see cref="FileName"/>; a dataset without one gets the generic shortening rules and the loader's source titles.
/// </summary>
/// <remarks>
/// The file is JSON (the loader reads every <c>*.yaml</c> of a dataset as nodes and edges):
/// <code>
/// { "chart_names": { "sector.info_comm": { "en": "ICT" }, "nisc": { "ja": "NISC", "en": "NISC" } },
///   "sources": { "doc.txt": { "title_ja": "…", "publisher_ja": "…", "date_ja": "…", "occasion_ja": "…",
///                             "title_en": "…", "publisher_en": "…", "date_en": "…", "occasion_en": "…" } } }
/// </code>
/// </remarks>
/// <param name="ChartNames">Short chart names by node id; a missing language keeps the node's own name.</param>
/// <param name="Sources">Source metadata by file name (as in <c>source/</c>).</param>
public sealed record ReportLabels(
    IReadOnlyDictionary<string, (string? Japanese, string? English)> ChartNames,
    IReadOnlyDictionary<string, SourceInfo> Sources)
{
    /// <summary>The file in a dataset folder that holds the labels.</summary>
    public const string FileName = "report-labels.json";

    /// <summary>No labels: generic rules only.</summary>
    public static ReportLabels Empty { get; } = new(
        new Dictionary<string, (string?, string?)>(StringComparer.Ordinal),
        new Dictionary<string, SourceInfo>(StringComparer.Ordinal));

    /// <summary>The short chart name given for <paramref name="id"/> in <paramref name="language"/>, or null.</summary>
    /// <param name="id">A node id.</param>
    /// <param name="language">The language.</param>
    /// <returns>The name, or null when the dataset gives none.</returns>
    public string? ChartName(string id, Language language) =>
        ChartNames.TryGetValue(id, out var n) ? (language == Language.English ? n.English : n.Japanese) : null;

    /// <summary>Reads <see cref="FileName"/> from a dataset folder; <see cref="Empty"/> when the folder has none.</summary>
    /// <param name="datasetFolder">The dataset folder, or null.</param>
    /// <returns>The labels.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The file is not valid (the message names the file).</exception>
    public static ReportLabels Load(string? datasetFolder)
    {
        string? path = datasetFolder is null ? null : Path.Combine(datasetFolder, FileName);
        if (path is null || !File.Exists(path))
        {
            return Empty;
        }

        try
        {
            return Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new FormatException($"{path}: {e.Message}", e);
        }
    }

    /// <summary>Parses the JSON text of a labels file.</summary>
    /// <param name="json">The text.</param>
    /// <returns>The labels.</returns>
    public static ReportLabels Parse(string json)
    {
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        JsonElement root = doc.RootElement;
        var names = new Dictionary<string, (string?, string?)>(StringComparer.Ordinal);
        if (root.TryGetProperty("chart_names", out JsonElement cn))
        {
            foreach (JsonProperty p in cn.EnumerateObject())
            {
                names[p.Name] = (Text(p.Value, "ja"), Text(p.Value, "en"));
            }
        }

        var sources = new Dictionary<string, SourceInfo>(StringComparer.Ordinal);
        if (root.TryGetProperty("sources", out JsonElement src))
        {
            foreach (JsonProperty p in src.EnumerateObject())
            {
                JsonElement s = p.Value;
                sources[p.Name] = new SourceInfo(
                    p.Name,
                    Text(s, "title_ja") ?? p.Name,
                    Text(s, "publisher_ja") ?? string.Empty,
                    Text(s, "date_ja"),
                    Text(s, "occasion_ja"),
                    Text(s, "title_en"),
                    Text(s, "publisher_en"),
                    Text(s, "date_en"),
                    Text(s, "occasion_en"));
            }
        }

        return new ReportLabels(names, sources);

        static string? Text(JsonElement e, string name) =>
            e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
    }
}
