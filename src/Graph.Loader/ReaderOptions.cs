using System.Text;

namespace Depgraph.Loader;

/// <summary>How the readers read: the <see cref="ReaderLimits"/> and the text encoding of the input files.</summary>
/// <remarks>Every reader takes one; <c>null</c> means <see cref="Default"/> (strict UTF-8, default limits).</remarks>
public sealed record ReaderOptions
{
    static ReaderOptions() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Strict UTF-8 and the default limits.</summary>
    public static ReaderOptions Default { get; } = new();

    /// <summary>The limits.</summary>
    public ReaderLimits Limits { get; init; } = ReaderLimits.Default;

    /// <summary>
    /// The encoding of CSV, YAML and source-text files (GraphML declares its own). Decoding is strict: a byte
    /// sequence that is not valid in it is an issue with file and line, never a silent U+FFFD.
    /// </summary>
    public Encoding Encoding { get; init; } = Strict(new UTF8Encoding(false));

    /// <summary>True when <see cref="Encoding"/> is UTF-8.</summary>
    internal bool IsUtf8 => Encoding.CodePage == Encoding.UTF8.CodePage;

    /// <summary>The encodings <see cref="TryGetEncoding"/> accepts, for messages.</summary>
    public const string EncodingNames = "utf-8, cp932 (Windows Japanese; also shift_jis, sjis, windows-31j), euc-jp";

    /// <summary>Looks up an encoding by the name a user gives (<c>utf-8</c>, <c>cp932</c>, <c>shift_jis</c>, <c>euc-jp</c>, …), strict.</summary>
    /// <param name="name">The name.</param>
    /// <param name="encoding">The strict encoding, or null.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryGetEncoding(string? name, out Encoding? encoding)
    {
        encoding = null;
        var n = (name ?? "").Trim().ToLowerInvariant();
        int? codePage = n switch
        {
            "utf-8" or "utf8" => 65001,
            "cp932" or "windows-31j" or "ms932" or "shift_jis" or "shift-jis" or "sjis" => 932,
            "euc-jp" or "eucjp" => 51932,
            _ => null,
        };
        if (codePage is not { } cp) return false;
        _ = Default; // runs the static constructor: the code-page provider is registered
        encoding = cp == 65001 ? Strict(new UTF8Encoding(false)) : Strict(Encoding.GetEncoding(cp));
        return true;
    }

    private static Encoding Strict(Encoding e) =>
        Encoding.GetEncoding(e.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
}
