using System.Globalization;
using System.Text;

namespace Depgraph.Loader.Survey;

/// <summary>Text helpers of the survey reader and writer: normalisation, column letters, formula prefixes.</summary>
internal static class SurveyText
{
    /// <summary>NFKC (full-width digits and letters become ASCII, half-width katakana full-width) and trimmed.</summary>
    public static string Normalize(string? s)
    {
        if (string.IsNullOrEmpty(s)) return "";
        var t = s.Trim();
        bool ascii = true;
        foreach (var ch in t) if (ch > 0x7E) { ascii = false; break; }
        return ascii ? t : t.Normalize(NormalizationForm.FormKC).Trim();
    }

    /// <summary>The spreadsheet column letters of a 0-based column index (0 → A, 26 → AA).</summary>
    public static string ColumnLetters(int index)
    {
        var sb = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) sb.Insert(0, (char)('A' + (n - 1) % 26));
        return sb.ToString();
    }

    /// <summary>The 0-based column index of a cell reference such as <c>C12</c>; -1 when it has no letters.</summary>
    public static int ColumnIndex(ReadOnlySpan<char> reference)
    {
        int n = 0, i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++) n = n * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
        return i == 0 ? -1 : n - 1;
    }

    /// <summary>True when a text would start a formula in a spreadsheet (<c>= + - @</c>, also after a tab or CR).</summary>
    public static bool LooksLikeFormula(string s) => s.Length > 0 && s[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>An invariant number in its shortest round-trip form.</summary>
    public static string Number(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>Parses an invariant number after NFKC (so full-width digits are accepted); commas as thousands separators are refused.</summary>
    public static bool TryNumber(string s, out double value) =>
        double.TryParse(Normalize(s), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>Display width with East Asian wide characters counted twice (for column widths).</summary>
    public static int Width(string s)
    {
        int w = 0;
        foreach (var rune in s.EnumerateRunes())
        {
            int c = rune.Value;
            w += c is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3 or >= 0xF900 and <= 0xFAFF
                or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x20000 and <= 0x3FFFD ? 2 : 1;
        }
        return w;
    }
}
