using System.Collections.Immutable;

using Depgraph.Core.Model;

namespace Depgraph.Loader.Survey;

/// <summary>One column of a questionnaire table: its machine key, its Japanese and English headers, and whether an answered row must fill it.</summary>
/// <param name="Key">The machine-readable column name (the CSV header), e.g. <c>supplier_sector</c>.</param>
/// <param name="Ja">The Japanese header, e.g. 供給元の分野.</param>
/// <param name="En">The English header.</param>
/// <param name="Mandatory">True when an answered row must fill the cell.</param>
/// <param name="IsAnswer">True for columns the respondent fills (false for pre-filled ids and the informational columns).</param>
public sealed record SurveyColumn(string Key, string Ja, string En, bool Mandatory, bool IsAnswer)
{
    /// <summary>The header written in a workbook or CSV: <c>Japanese (key)</c> in Japanese, <c>key</c> in English.</summary>
    public string Header(Language lang) => lang == Language.English ? Key : $"{Ja} ({Key})";
}

/// <summary>
/// The machine-readable layout of the 相互依存性調査 questionnaire (documented in docs/survey.md): the sector table
/// (one row per supplier the dependant sector depends on) and the operator table (one row per operator and supplier).
/// </summary>
/// <remarks>
/// A header cell is recognised by its key (<c>strength</c>), its Japanese header (依存の強さ), its English header, or the
/// written form <c>依存の強さ (strength)</c>, after Unicode NFKC normalisation and trimming. Columns may come in any order.
/// The informational columns (<c>current_*</c>, <c>supplier_name</c>) are written by the export and ignored by the import.
/// </remarks>
public static class SurveyLayout
{
    /// <summary>Sheet name of the instructions (説明).</summary>
    public const string InstructionsSheet = "説明";
    /// <summary>Sheet name of the sector table (分野).</summary>
    public const string SectorSheet = "分野";
    /// <summary>Sheet name of the operator table (事業者).</summary>
    public const string OperatorSheet = "事業者";
    /// <summary>Sheet name of the hidden lists the drop-downs use (一覧).</summary>
    public const string ListsSheet = "一覧";

    /// <summary>
    /// The sector table's answer columns, in the documented order. <c>probability</c> (with its range) is optional and
    /// comes last, so questionnaires written before it was asked still read: left blank, the dependency keeps its previous
    /// probability and that probability keeps its previous basis (an assumption stays an assumption).
    /// </summary>
    public static ImmutableArray<SurveyColumn> SectorColumns { get; } =
    [
        new("dependant_sector", "依存する分野", "Dependant sector", true, false),
        new("supplier_sector", "供給元の分野", "Supplier sector", true, false),
        new("strength", "依存の強さ", "Strength (0-1)", true, true),
        new("strength_low", "強さの下限", "Strength, low (0-1)", false, true),
        new("strength_high", "強さの上限", "Strength, high (0-1)", false, true),
        new("hours_to_impact", "影響が出るまでの時間", "Hours to impact", false, true),
        new("respondent", "回答者", "Respondent", false, true),
        new("date", "回答日", "Date (YYYY-MM-DD)", false, true),
        new("note", "備考", "Note", false, true),
        new("probability", "波及する確率", "Probability of propagation (0-1)", false, true),
        new("probability_low", "確率の下限", "Probability, low (0-1)", false, true),
        new("probability_high", "確率の上限", "Probability, high (0-1)", false, true),
    ];

    /// <summary>The informational columns the export adds to the right of the sector table (ignored on import).</summary>
    public static ImmutableArray<SurveyColumn> SectorInfoColumns { get; } =
    [
        new("supplier_name", "供給元(サービス)", "Supplier (service)", false, false),
        new("current_strength", "現在の強さ", "Current strength", false, false),
        new("current_hours_to_impact", "現在の影響時間", "Current hours to impact", false, false),
        new("current_probability", "現在の確率", "Current probability", false, false),
        new("current_basis", "現在の根拠", "Current basis", false, false),
        new("current_reason", "現在の根拠の説明", "Current reason", false, false),
    ];

    /// <summary>The operator table's columns, in the documented order.</summary>
    public static ImmutableArray<SurveyColumn> OperatorColumns { get; } =
    [
        new("operator", "事業者名", "Operator", true, true),
        new("operator_sector", "事業者の分野", "Operator's sector", true, true),
        new("supplier_sector", "供給元の分野", "Supplier sector", true, true),
        new("strength", "依存の強さ", "Strength (0-1)", true, true),
        new("hours_to_impact", "影響が出るまでの時間", "Hours to impact", false, true),
        new("substitute", "代替手段の有無", "Substitute available", false, true),
        new("date", "回答日", "Date (YYYY-MM-DD)", false, true),
        new("note", "備考", "Note", false, true),
    ];

    /// <summary>The sector CSV header line.</summary>
    public static string SectorCsvHeader { get; } = string.Join(",", SectorColumns.Select(c => c.Key));

    /// <summary>The operator CSV header line.</summary>
    public static string OperatorCsvHeader { get; } = string.Join(",", OperatorColumns.Select(c => c.Key));

    /// <summary>Words accepted for "a substitute is available" (after NFKC and lower-casing).</summary>
    public static ImmutableArray<string> Yes { get; } = ["yes", "y", "true", "1", "あり", "有", "有り", "はい", "○"];

    /// <summary>Words accepted for "no substitute".</summary>
    public static ImmutableArray<string> No { get; } = ["no", "n", "false", "0", "なし", "無", "無し", "いいえ", "×"];

    /// <summary>Finds the column a header cell names, among <paramref name="columns"/>; null when it names none.</summary>
    public static SurveyColumn? Match(string header, IEnumerable<SurveyColumn> columns)
    {
        var h = SurveyText.Normalize(header);
        if (h.Length == 0) return null;
        string? key = null;
        int open = h.LastIndexOf('(');
        if (open > 0 && h.EndsWith(')')) key = h[(open + 1)..^1].Trim();
        foreach (var c in columns)
        {
            if (string.Equals(h, c.Key, StringComparison.OrdinalIgnoreCase) || h == SurveyText.Normalize(c.Ja)
                || string.Equals(h, c.En, StringComparison.OrdinalIgnoreCase)
                || (key is not null && string.Equals(key, c.Key, StringComparison.OrdinalIgnoreCase)))
                return c;
        }
        return null;
    }
}
