using System.Globalization;
using Depgraph.Analysis.Comparison;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;
using Depgraph.Loader.Scenarios;

namespace Depgraph.Cli.Commands;

/// <summary>
/// The workbook of <c>depgraph compare --format xlsx --out FILE</c>: one sheet of differences (the rows of the CSV, with
/// names beside ids) and one sheet of each scenario's changes with their provenance (<c>scenario:&lt;file&gt;:&lt;line&gt;</c>),
/// so a reader sees which numbers rest on a proposal rather than on the dataset.
/// </summary>
internal static class CompareXlsx
{
    public static IEnumerable<XlsxTables.Sheet> Sheets(CompactGraph all, ComparisonParameters p,
        IReadOnlyList<(AppliedScenario App, ScenarioComparisonResult Result)> results, Language lang)
    {
        string Name(string id) => all.IndexOf(id) is int v and >= 0 ? all.Label(v, lang) : "";
        var head = $"{Glossary.Layer.For(lang)}: {p.InformationLayer.Name}   {Glossary.Source.For(lang)}: {string.Join(", ", p.Sources.Select(Name))}";
        var diff = new XlsxTables.Sheet(lang.Pick("差分", "differences"), lang.Pick("現状とシナリオの差分", "Base and scenarios: what changed"))
            .Note(head)
            .Note(lang.Pick("変更内容の根拠はシナリオファイル（提案）であり、データセットの根拠ではない。", "The changes rest on the scenario files (proposals), not on the dataset's evidence."))
            .Note(XlsxTables.BasisNote(all, lang))
            .Headers(lang.Pick("シナリオ", "scenario"), lang.Pick("項目", "section"), Glossary.Name.For(lang), "id",
                lang.Pick("現状", "base"), lang.Pick("シナリオ", "scenario"), lang.Pick("差", "difference"), lang.Pick("95%区間 下限", "ci95 low"), lang.Pick("95%区間 上限", "ci95 high"));
        foreach (var row in ComparisonRows.Of(results))
            diff.Row(row.Scenario, Section(row.Section, lang), Name(row.Id), row.Id, row.Base, row.ScenarioValue, row.Difference, row.Low, row.High);
        var changes = new XlsxTables.Sheet(lang.Pick("変更内容", "changes"), lang.Pick("シナリオの変更内容", "What each scenario changes"))
            .Headers(lang.Pick("シナリオ", "scenario"), lang.Pick("説明", "description"), lang.Pick("操作", "action"), lang.Pick("内容", "change"), lang.Pick("根拠", "provenance"));
        foreach (var (app, _) in results)
            foreach (var c in app.Changes)
                changes.Row(app.Scenario.Name, app.Scenario.Description, c.Action, c.Description, AppliedScenario.Label(app.Scenario, c.Line));
        return [diff, changes];
    }

    /// <summary>The section of a row as the sheet names it.</summary>
    private static string Section(string key, Language lang) => key switch
    {
        "lost" => lang.Pick("届かなくなる", "lost"),
        "gained" => lang.Pick("新たに届く", "gained"),
        "arrivalChanged" => lang.Pick("到達時間の変化(時間)", "arrival changed (hours)"),
        "redundancy" => lang.Pick("点素な経路数", "disjoint routes"),
        "articulationPointAdded" => lang.Pick("関節点になる", "articulation point added"),
        "articulationPointRemoved" => lang.Pick("関節点でなくなる", "articulation point removed"),
        "nodeImpactMembers" => lang.Pick("障害時に失われる構成員", "members cut off if it fails"),
        "cascade" => lang.Pick("機能障害の確率", "failure probability"),
        _ => key,
    };
}
