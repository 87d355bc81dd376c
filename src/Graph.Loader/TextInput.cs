using System.Text;

namespace Depgraph.Loader;

/// <summary>
/// Reading input text strictly: the file-size limit, and decoding in the declared encoding (strict UTF-8 by default)
/// where an invalid byte sequence is an issue naming the file and line instead of a silent U+FFFD.
/// </summary>
internal static class TextInput
{
    /// <summary>3 when <paramref name="bytes"/> start with the UTF-8 byte-order mark (EF BB BF), else 0.</summary>
    public static int Utf8BomLength(ReadOnlySpan<byte> bytes) => bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;

    /// <summary>The issue code for a limit that was hit.</summary>
    public const string LimitCode = IssueCodes.Limit;

    /// <summary>An issue when the file is larger than the limit (or cannot be measured); null when it may be read.</summary>
    public static LoadIssue? CheckSize(string path, ReaderOptions options)
    {
        long length;
        try { length = new FileInfo(path).Length; }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LoadIssue(path, 0, IssueCodes.FileNotFound, $"cannot read the file: {ex.Message}");
        }
        return length > options.Limits.MaxFileBytes
            ? new LoadIssue(path, 0, LimitCode, options.Limits.Exceeded("max-file-bytes", $"the file is {length:N0} bytes"))
            : null;
    }

    /// <summary>
    /// Checks size and encoding of a file streamed by another reader (Sep) without holding it in memory.
    /// </summary>
    /// <returns>The first issue found, or null when the file can be read.</returns>
    public static LoadIssue? Check(string path, ReaderOptions options)
    {
        if (CheckSize(path, options) is { } size) return size;
        try
        {
            using var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var decoder = options.Encoding.GetDecoder();
            var bytes = new byte[(int)Math.Clamp(f.Length + 1, 16, 1 << 20)]; // one byte more than a small file: the first read ends it
            var chars = new char[options.Encoding.GetMaxCharCount(bytes.Length) + 4];
            long lines = 1;
            bool first = true;
            while (true)
            {
                int n = f.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
                int start = first && options.IsUtf8 ? Utf8BomLength(bytes.AsSpan(0, n)) : 0;
                first = false;
                try
                {
                    decoder.Convert(bytes, start, n - start, chars, 0, chars.Length, flush: n < bytes.Length, out _, out _, out _);
                }
                catch (DecoderFallbackException ex)
                {
                    int at = Math.Clamp(start + ex.Index, 0, n);
                    lines += bytes.AsSpan(0, at).Count((byte)'\n');
                    return Invalid(path, (int)Math.Min(lines, int.MaxValue), options, ex);
                }
                lines += bytes.AsSpan(0, n).Count((byte)'\n');
                if (n < bytes.Length) return null;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LoadIssue(path, 0, IssueCodes.FileNotFound, $"cannot read the file: {ex.Message}");
        }
    }

    /// <summary>Reads a whole file as text (size limit, strict decoding, a UTF-8 byte-order mark dropped).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Limits and encoding.</param>
    /// <param name="issue">The problem when the result is null.</param>
    /// <returns>The text, or null.</returns>
    public static string? ReadAll(string path, ReaderOptions options, out LoadIssue? issue)
    {
        issue = CheckSize(path, options);
        if (issue is not null) return null;
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            issue = new LoadIssue(path, 0, IssueCodes.FileNotFound, $"cannot read the file: {ex.Message}");
            return null;
        }
        int start = options.IsUtf8 ? Utf8BomLength(bytes) : 0;
        try
        {
            return options.Encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException ex)
        {
            int at = Math.Clamp(start + ex.Index, 0, bytes.Length);
            issue = Invalid(path, 1 + bytes.AsSpan(0, at).Count((byte)'\n'), options, ex);
            return null;
        }
    }

    private static LoadIssue Invalid(string path, int line, ReaderOptions options, DecoderFallbackException ex)
    {
        var hex = ex.BytesUnknown is { Length: > 0 } b ? " (bytes " + string.Join(" ", b.Take(4).Select(x => x.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))) + ")" : "";
        return new LoadIssue(path, line, IssueCodes.Encoding, options.IsUtf8
            ? $"the file is not valid UTF-8{hex}; save it as UTF-8, or name its encoding (--encoding cp932 for Shift_JIS / Windows Japanese)."
            : $"the file is not valid {options.Encoding.WebName}{hex}; check --encoding (known: {ReaderOptions.EncodingNames}).");
    }
}
