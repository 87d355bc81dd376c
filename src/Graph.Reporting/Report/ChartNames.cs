using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Names as the charts show them: Japanese names kept, English names shortened where many labels share an axis or a
/// line. Dataset-specific short names come from <see cref="ReportLabels"/>; the rules here are generic.
/// </summary>
public static class ChartNames
{
    /// <summary>
    /// A sector's name as the sector charts show it: the Japanese name, and a short English name (the heatmap's
    /// 15 labels must fit beside and below it): the dataset's short English chart name when it gives one
    /// (<see cref="ReportLabels"/>), otherwise the English name without its parenthesis, at most 24 characters.
    /// </summary>
    /// <param name="sector">The sector.</param>
    /// <param name="labels">The dataset's labels, or null.</param>
    /// <returns>The chart name.</returns>
    public static LocalizedName Sector(NodeRef sector, ReportLabels? labels = null)
    {
        ArgumentNullException.ThrowIfNull(sector);
        string english = labels?.ChartName(sector.Id, Language.English) ?? sector.Name(Language.English);
        int paren = english.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            english = english[..paren];
        }

        if (english.Length > 24)
        {
            english = english[..23].TrimEnd() + "…";
        }

        return new LocalizedName(sector.Name(Language.Japanese), english);
    }

    /// <summary>
    /// Short English labels for the network drawing, where 30 names share one line: the acronym in parentheses when
    /// there is one (“Financial Services Agency (FSA)” → “FSA”), else the name without its parenthesis, “… CEPTOAR
    /// members” shortened to “… members” and “Airport CEPTOAR” to “Airport”, at most 22 characters. Japanese names are kept.
    /// </summary>
    public static LocalizedName Network(NodeRef node)
    {
        string english = node.Name(Language.English);
        var acronym = System.Text.RegularExpressions.Regex.Match(english, @"\(([A-Z][A-Za-z]{1,7})\)");
        if (acronym.Success && node.Kind is NodeKind.Government or NodeKind.Ministry)
        {
            english = acronym.Groups[1].Value;
        }

        int paren = english.IndexOf(" (", StringComparison.Ordinal);
        if (paren > 0)
        {
            english = english[..paren];
        }

        english = english.Replace(" CEPTOAR members", " members", StringComparison.Ordinal);
        if (node.Kind == NodeKind.Ceptoar && english.EndsWith(" CEPTOAR", StringComparison.Ordinal))
        {
            english = english[..^" CEPTOAR".Length]; // the legend says CEPTOARs
        }
        if (english.Length > 22)
        {
            english = english[..21].TrimEnd() + "…";
        }

        return new LocalizedName(node.Name(Language.Japanese), english);
    }

    /// <summary>Bar labels: English names longer than 32 characters become their acronym in parentheses, else lose the parenthesis.</summary>
    public static LocalizedName Bar(NodeRef node)
    {
        string english = node.Name(Language.English);
        if (english.Length > 32)
        {
            var acronym = System.Text.RegularExpressions.Regex.Match(english, @"\(([A-Z][A-Za-z]{1,7})\)");
            int paren = english.IndexOf(" (", StringComparison.Ordinal);
            english = acronym.Success ? acronym.Groups[1].Value : paren > 0 ? english[..paren] : english[..31].TrimEnd() + "…";
        }

        return new LocalizedName(node.Name(Language.Japanese), english);
    }

    /// <summary>Lower-cases the first letter of a name that sits inside an English sentence (“Power” → “power”, “ICT” stays).</summary>
    public static string LowerFirst(string s) =>
        s.Length > 1 && char.IsUpper(s[0]) && !char.IsUpper(s[1]) ? char.ToLowerInvariant(s[0]) + s[1..] : s;
}
