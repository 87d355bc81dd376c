using System.Text;

namespace Depgraph.Analysis.Selection;

/// <summary>
/// The key names are compared by: Unicode NFKC (full-width ＣＥＰＴＯＡＲ and half-width ｶﾅ become CEPTOAR and カナ),
/// then upper case (invariant culture), with surrounding white space trimmed.
/// </summary>
public static class TextKey
{
    /// <summary>The comparison key of <paramref name="text"/>.</summary>
    /// <example><c>TextKey.Of("ｸﾚｼﾞｯﾄＣＥＰＴＯＡＲ") == TextKey.Of("クレジットceptoar")</c>.</example>
    public static string Of(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Trim().Normalize(NormalizationForm.FormKC).ToUpperInvariant();
}
