using System.Text;

namespace Depgraph.Loader.Survey;

/// <summary>
/// Decodes CSV bytes strictly: UTF-8 (with or without BOM) or Shift_JIS (code page 932, as Excel saves on Japanese
/// Windows), detected or given. Nothing is ever replaced: bytes that are not valid in the encoding are an error.
/// </summary>
public static class TextEncodingDetector
{
    static TextEncodingDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Names accepted for <c>--encoding</c>: <c>auto</c>, <c>utf-8</c>, <c>shift_jis</c> (also <c>sjis</c>, <c>cp932</c>, <c>windows-31j</c>).</summary>
    public static IReadOnlyList<string> Names { get; } = ["auto", "utf-8", "shift_jis"];

    /// <summary>Normalises an encoding name; null when it is not one of <see cref="Names"/> or their aliases.</summary>
    public static string? Canonical(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => "auto",
        "utf-8" or "utf8" or "utf-8-sig" => "utf-8",
        "shift_jis" or "shift-jis" or "sjis" or "cp932" or "ms932" or "windows-31j" => "shift_jis",
        _ => null,
    };

    private static Encoding StrictUtf8 { get; } = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>Code page 932 (the Windows form of Shift_JIS) that throws on bytes it cannot decode.</summary>
    public static Encoding StrictShiftJis { get; } = CreateShiftJis();

    private static Encoding CreateShiftJis()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(932, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>Decodes <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="encoding"><c>auto</c> (a UTF-8 BOM means UTF-8; else valid UTF-8 is UTF-8; else valid Shift_JIS is Shift_JIS), <c>utf-8</c> or <c>shift_jis</c>.</param>
    /// <param name="text">The text, without a BOM.</param>
    /// <param name="used">The encoding used: <c>utf-8-bom</c>, <c>utf-8</c> or <c>shift_jis</c>.</param>
    /// <param name="error">Why the bytes could not be decoded.</param>
    /// <returns>True when decoded.</returns>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string encoding, out string text, out string used, out string error)
    {
        text = ""; used = ""; error = "";
        bool bom = TextInput.Utf8BomLength(bytes) > 0;
        var enc = Canonical(encoding) ?? throw new ArgumentException($"unknown encoding '{encoding}'; use auto, utf-8 or shift_jis.", nameof(encoding));
        if (enc is "auto" or "utf-8")
        {
            try
            {
                text = StrictUtf8.GetString(bom ? bytes[3..] : bytes);
                used = bom ? "utf-8-bom" : "utf-8";
                return true;
            }
            catch (DecoderFallbackException ex)
            {
                if (enc == "utf-8" || bom)
                {
                    error = $"the bytes are not valid UTF-8 (at byte {ex.Index}); save the file as UTF-8 or give --encoding shift_jis.";
                    return false;
                }
            }
        }
        try
        {
            text = StrictShiftJis.GetString(bytes);
            used = "shift_jis";
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            error = enc == "shift_jis"
                ? $"the bytes are not valid Shift_JIS (at byte {ex.Index}); save the file as Shift_JIS or UTF-8, or give --encoding utf-8."
                : $"the bytes are neither valid UTF-8 nor valid Shift_JIS (at byte {ex.Index}); save the file as UTF-8 (CSV UTF-8 in Excel).";
            return false;
        }
    }
}
