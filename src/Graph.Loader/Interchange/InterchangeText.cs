using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Depgraph.Core.IO;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Interchange;

/// <summary>Formatting shared by the interchange writers and readers: numbers, and the small JSON values embedded in CSV and GraphML cells.</summary>
internal static class InterchangeText
{
    /// <summary>Shortest round-trip invariant form ("R"); <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c> for non-finite values.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Invariant integer.</summary>
    public static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Parses an invariant double (also <c>INF</c>, <c>-INF</c>, <c>inf</c> as GraphML and Python write them).</summary>
    public static bool TryParseDouble(string? text, out double value)
    {
        var t = text?.Trim() ?? "";
        switch (t.ToUpperInvariant())
        {
            case "INF" or "+INF" or "INFINITY" or "+INFINITY": value = double.PositiveInfinity; return true;
            case "-INF" or "-INFINITY": value = double.NegativeInfinity; return true;
            case "NAN": value = double.NaN; return true;
        }
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }

    /// <summary><c>[{"unit":"社","count":12}]</c>.</summary>
    public static string MembersJson(ImmutableArray<MemberCount> members) => Json(w =>
    {
        w.WriteStartArray();
        foreach (var m in members)
        {
            w.WriteStartObject();
            w.WriteString("unit", m.Unit);
            w.WriteNumber("count", m.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    });

    /// <summary><c>{"key":"value",…}</c> in key order.</summary>
    public static string AttributesJson(ImmutableSortedDictionary<string, string> attributes) => Json(w =>
    {
        w.WriteStartObject();
        foreach (var (k, v) in attributes) w.WriteString(k, v);
        w.WriteEndObject();
    });

    /// <summary><c>[{"quote":…,"line":…,"document":…}]</c>.</summary>
    public static string EvidenceJson(ImmutableArray<Evidence> evidence) => Json(w => WriteEvidence(w, evidence));

    /// <summary>Writes the evidence array value <c>[{"quote":…,"line":…,"document":…}]</c>: the one writer of evidence JSON (cells and <c>export json</c>).</summary>
    public static void WriteEvidence(Utf8JsonWriter w, ImmutableArray<Evidence> evidence)
    {
        w.WriteStartArray();
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("quote", e.Quote);
            w.WriteNumber("line", e.Line);
            w.WriteString("document", e.Document);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary><c>["a","b"]</c>.</summary>
    public static string StringArrayJson(ImmutableArray<string> items) => Json(w =>
    {
        w.WriteStartArray();
        foreach (var s in items) w.WriteStringValue(s);
        w.WriteEndArray();
    });

    /// <summary>Parses <see cref="MembersJson"/>; throws <see cref="JsonException"/> or <see cref="FormatException"/> when malformed.</summary>
    public static ImmutableArray<MemberCount> ParseMembers(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var b = ImmutableArray.CreateBuilder<MemberCount>();
        foreach (var e in ArrayOf(doc.RootElement))
        {
            var count = e.GetProperty("count").GetInt64();
            if (count is < 0 or > ReaderLimits.MaxMemberCount)
                throw new FormatException($"member count {count} for '{Str(e, "unit")}' must be a whole number from 0 to {ReaderLimits.MaxMemberCount:N0}");
            b.Add(new MemberCount(Str(e, "unit"), count));
        }
        return b.ToImmutable();
    }

    /// <summary>Parses <see cref="AttributesJson"/>.</summary>
    public static ImmutableSortedDictionary<string, string> ParseAttributes(string json)
    {
        using var doc = JsonDocument.Parse(json);
        if (doc.RootElement.ValueKind != JsonValueKind.Object) throw new FormatException("expected a JSON object");
        var b = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var p in doc.RootElement.EnumerateObject())
            b[p.Name] = p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText();
        return b.ToImmutable();
    }

    /// <summary>Parses <see cref="EvidenceJson"/>.</summary>
    public static ImmutableArray<Evidence> ParseEvidence(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var b = ImmutableArray.CreateBuilder<Evidence>();
        foreach (var e in ArrayOf(doc.RootElement))
            b.Add(new Evidence(Str(e, "quote"), e.GetProperty("line").GetInt32(), Str(e, "document")));
        return b.ToImmutable();
    }

    /// <summary>Parses <see cref="StringArrayJson"/>.</summary>
    public static ImmutableArray<string> ParseStringArray(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. ArrayOf(doc.RootElement).Select(e => e.GetString() ?? throw new FormatException("expected strings"))];
    }

    /// <summary>
    /// Replaces characters XML 1.0 cannot carry (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF) with U+FFFD.
    /// Lone surrogates are left alone: the strict UTF-8 encoder refuses them.
    /// </summary>
    public static string XmlSafe(string s)
    {
        var i = 0;
        while (i < s.Length && !NotXml(s[i])) i++;
        if (i == s.Length) return s;
        var sb = new StringBuilder(s.Length);
        foreach (var c in s) sb.Append(NotXml(c) ? '\uFFFD' : c);
        return sb.ToString();
    }

    private static bool NotXml(char c) => (c < 0x20 && c is not '\t' and not '\n' and not '\r') || c is '\uFFFE' or '\uFFFF';

    private static JsonElement.ArrayEnumerator ArrayOf(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? e.EnumerateArray() : throw new FormatException("expected a JSON array");

    private static string Str(JsonElement e, string name) => e.GetProperty(name).GetString() ?? throw new FormatException($"'{name}' must be a string");

    /// <summary>Compact JSON text (<see cref="JsonText.Compose"/>).</summary>
    internal static string Json(Action<Utf8JsonWriter> write) => JsonText.Compose(write);
}
