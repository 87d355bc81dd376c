using System.Text;
using System.Text.Unicode;
using Depgraph.Core.Model;

namespace Depgraph.Loader;

/// <summary>
/// The fast path's fields as UTF-8 bytes: trimming, tokens and numbers with exactly the meaning the full reader gives
/// the same text as characters (<see cref="Tokens"/>, <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/>).
/// </summary>
/// <remarks>Only the common forms are read from the bytes themselves (an ASCII field, an exact lowercase token, a
/// plain decimal); anything else is decoded and given to the character functions, so there is one definition of
/// each token and number.</remarks>
internal static partial class CsvGraphReader
{
    private static readonly (byte[] Token, EdgeKind Kind)[] EdgeTokensUtf8 =
        [.. EdgeKinds.AllEdgeKinds.Select(k => (Encoding.UTF8.GetBytes(k.Token()), k))];

    /// <summary>
    /// Valid UTF-8 without the white space at either end, as <see cref="MemoryExtensions.Trim(ReadOnlySpan{char})"/>
    /// removes it from the decoded text (<see cref="char.IsWhiteSpace(char)"/>; every white-space character is in the
    /// Basic Multilingual Plane).
    /// </summary>
    internal static ReadOnlySpan<byte> TrimUtf8(ReadOnlySpan<byte> s)
    {
        while (!s.IsEmpty)
        {
            if (s[0] < 0x80)
            {
                if (!char.IsWhiteSpace((char)s[0])) break;
                s = s[1..];
                continue;
            }
            Rune.DecodeFromUtf8(s, out var r, out int n);
            if (!(r.IsBmp && char.IsWhiteSpace((char)r.Value))) break;
            s = s[n..];
        }
        while (!s.IsEmpty)
        {
            if (s[^1] < 0x80)
            {
                if (!char.IsWhiteSpace((char)s[^1])) break;
                s = s[..^1];
                continue;
            }
            Rune.DecodeLastFromUtf8(s, out var r, out int n);
            if (!(r.IsBmp && char.IsWhiteSpace((char)r.Value))) break;
            s = s[..^n];
        }
        return s;
    }

    /// <summary>Valid UTF-8 as characters: ASCII widened into <paramref name="buffer"/>, anything else decoded.</summary>
    private static ReadOnlySpan<char> Chars(ReadOnlySpan<byte> utf8, Span<char> buffer)
    {
        if (utf8.Length <= buffer.Length)
        {
            int i = 0;
            for (; i < utf8.Length && utf8[i] < 0x80; i++) buffer[i] = (char)utf8[i];
            if (i == utf8.Length) return buffer[..i];
            if (Utf8.ToUtf16(utf8, buffer, out _, out int written) == System.Buffers.OperationStatus.Done) return buffer[..written];
        }
        return Encoding.UTF8.GetString(utf8);
    }

    /// <summary><see cref="Tokens.TryNodeKind"/> of a UTF-8 field.</summary>
    private static bool TryNodeKindUtf8(ReadOnlySpan<byte> s, out NodeKind kind) => Tokens.TryNodeKind(Chars(s, stackalloc char[32]), out kind);

    /// <summary><see cref="Tokens.TryEdgeType"/> of a UTF-8 field.</summary>
    private static bool TryEdgeTypeUtf8(ReadOnlySpan<byte> s, out EdgeKind kind, out InfoFlow flow)
    {
        foreach (var (token, k) in EdgeTokensUtf8) // the common case: the exact lowercase token
            if (s.SequenceEqual(token)) { kind = k; flow = InfoFlow.None; return true; }
        return Tokens.TryEdgeType(Chars(s, stackalloc char[32]), out kind, out flow);
    }

    /// <summary><see cref="Tokens.TryNumberFast"/> of a trimmed, non-empty UTF-8 field.</summary>
    private static bool TryNumberUtf8(ReadOnlySpan<byte> s, out double value) => Tokens.TryNumberFast(Chars(s, stackalloc char[32]), out value);
}
