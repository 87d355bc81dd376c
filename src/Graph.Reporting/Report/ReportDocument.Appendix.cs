using System.Globalization;
using Depgraph.Core.Model;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>Section 5 and the appendices: methods, provenance, run parameters.</summary>
internal sealed partial class ReportDocument
{
    private void Methods()
    {
        H(2, 5);
        _blocks.Add(new LinkTableBlock(
            [L("分析", "Analysis"), L("手法", "Method"), L("文献", "Reference"), "DOI"],
            _m.Methods.Select(x => ((IReadOnlyList<string>)[L(x.UseJa, x.UseEn), x.Algorithm, x.Citation], x.Doi, x.Doi is null ? null : "https://doi.org/" + x.Doi)).ToList()));
        P(L("構成員数はCEPTOARごとののべ数。集計ノードに含まれる個別の構成員（included_in）は二重に数えず、構成員以外の情報展開先は構成員に含めない。",
            "Member counts are per CEPTOAR (an operator in two CEPTOARs counts twice). Named members already counted in an aggregate (included_in) are not counted again; outside recipients are not members."));
        if (_m.Provenance.Sources.Count > 0)
        {
            foreach (SourceInfo s in _m.Provenance.Sources)
            {
                P(L($"データ：{s.Publisher}「{s.Title}」" + (s.Date is null ? "" : $"（{s.Date}" + (s.Occasion is null ? "" : $"、{s.Occasion}資料") + "）") + $"。同資料の記述を引用して各ノード・エッジの根拠とし、記述のない事項は理由を付した仮定とした（データセット {_m.Overview.DatasetName}、資料の写し {s.FileName}）。",
                    $"Data: {s.PublisherEn ?? s.Publisher}, 「{s.Title}」" + (s.TitleEn is null ? "" : $" ({s.TitleEn})") + ((s.DateEn ?? s.Date) is { } d ? $", {d}" : "") + ((s.OccasionEn ?? s.Occasion) is { } o ? $" ({o})" : "") + $". Each node and edge quotes the document as its evidence; what the document does not say is an assumption with a stated reason (dataset {_m.Overview.DatasetName}, copy of the document: {s.FileName})."));
            }
        }
        else
        {
            P(L($"データ：{_m.Parameters.Input}（出典の記録のない汎用グラフ）。", $"Data: {_m.Parameters.Input} (a generic graph without recorded sources)."));
        }
    }

    private void Provenance()
    {
        ProvenanceSection p = _m.Provenance;
        H(2, 7);
        if (!p.HasProvenance)
        {
            P(L("この入力（汎用グラフ）には出典の記録がない。すべての事実は入力ファイルのとおりであり、根拠も仮定も記録されていない。",
                "This input (a generic graph) records no provenance: every fact is as the input files state it, with neither evidence nor assumption recorded."));
            return;
        }

        string BasisName(string b) => b switch
        {
            "evidence" => L("資料の引用のみ", "evidence (quotes) only"),
            "evidence+assumption" => L("引用と仮定", "evidence and assumption"),
            "assumption" => L("仮定のみ", "assumption only"),
            _ => L("記録なし", "none recorded"),
        };
        var bases = p.NodeBasis.Select(b => b.Basis).Concat(p.EdgeBasis.Select(b => b.Basis)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        int Count(IReadOnlyList<(string Basis, int Count)> list, string basis) => list.FirstOrDefault(x => x.Basis == basis).Count;
        Table([L("根拠の区分", "Basis"), Glossary.Nodes.Title(_lang), Glossary.Edges.Title(_lang)],
            bases.Select(b => (IReadOnlyList<string>)[BasisName(b), N(Count(p.NodeBasis, b)), N(Count(p.EdgeBasis, b))])
                .Append([Glossary.Total.Title(_lang), N(p.NodeBasis.Sum(x => x.Count)), N(p.EdgeBasis.Sum(x => x.Count))]),
            1, 2);
        P(L($"仮定に基づく事実は {N(p.Items.Count)} 件（ノード {N(p.Items.Count(i => !i.IsEdge))}、エッジ {N(p.Items.Count(i => i.IsEdge))}）、理由の種類は {N(p.Groups.Count)} 種。このほか、伝達チャネルの遅延と到達確率はすべて仮定値である（defaults.yaml）。",
            $"{Of(p.Items.Count, "fact rests", "facts rest")} on assumptions ({Of(p.Items.Count(i => !i.IsEdge), "node", "nodes")}, {Of(p.Items.Count(i => i.IsEdge), "edge", "edges")}), with {Of(p.Groups.Count, "distinct reason", "distinct reasons")}. In addition, every channel delay and delivery probability is an assumption (defaults.yaml)."));
        H(3, L("A.1 理由別の仮定", "A.1 Assumptions by reason"), "sA-1");
        Table([L("仮定の理由（データセットの記載のまま）", "Reason (as written in the dataset)"), Glossary.Nodes.Title(_lang), Glossary.Edges.Title(_lang)],
            p.Groups.Select(g => (IReadOnlyList<string>)[g.ReasonIn(Ja), N(g.Nodes), N(g.Edges)]), 1, 2);
        _blocks.Add(new DetailsBlock(
            L($"A.2 仮定に基づく事実の全件（{N(p.Items.Count)} 件）", $"A.2 Every fact resting on an assumption ({N(p.Items.Count)})"),
            [new TableBlock(
                ["#", L("対象", "Subject"), L("種別", "Type"), L("区分", "Basis"), L("理由", "Reason")],
                p.Items.Select((x, i) => (IReadOnlyList<string>)[N(i + 1), x.Subject, x.Type, BasisName(x.Basis), x.ReasonIn(Ja)]).ToList(),
                new HashSet<int> { 0 })]));
    }

    private void Parameters()
    {
        RunParameters p = _m.Parameters;
        H(2, 8);
        string command = $"depgraph report --from {p.Root} --seed {p.Seed} --runs {p.Runs} --lang {p.Language}" + string.Concat(_m.Scenarios.Select(s => " --scenario " + s.Scenario.File));
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { L("入力", "Input"), p.Input },
            new[] { L("入力の指紋（SHA-256 先頭16桁）", "Input fingerprint (SHA-256, first 16 digits)"), p.Fingerprint },
            new[] { L("ノード / エッジ", "Nodes / edges"), $"{N(p.NodeCount)} / {N(p.EdgeCount)}" },
            new[] { L("起点（--from）", "Starting point (--from)"), p.Root },
            new[] { L("情報提供レイヤー（第2・3節）", "Information layer (sections 2–3)"), p.InformationLayer },
            new[] { L("依存関係レイヤー（第4節）", "Dependency layer (section 4)"), p.DependencyLayer },
            new[] { L("乱数シード", "Seed"), p.Seed.ToString(CultureInfo.InvariantCulture) },
            new[] { L("モンテカルロ試行回数（停止1件あたり）", "Monte Carlo runs per outage"), N(p.Runs) },
            new[] { L("線形閾値モデルの閾値", "Linear threshold"), Num(p.Threshold, "0.##") },
            new[] { L("k最短経路のk", "k of the k shortest paths"), N(p.PathCount) },
            new[] { L("順位表の件数", "Rows of the ranked tables"), N(p.TopN) },
            new[] { L("言語", "Language"), p.Language },
            new[] { L("ツールのバージョン", "Tool version"), "depgraph " + p.ToolVersion },
            new[] { L("再実行のコマンド", "Command to reproduce"), command },
        };
        if (_chartLang != _lang)
        {
            rows.Add([L("図のラベル", "Chart labels"), L("英語（日本語フォントが見つからなかったため）", "Japanese (fallback)")]);
        }

        Table([L("項目", "Parameter"), L("値", "Value")], rows);
        P(L("入力の指定（--data / --nodes と --edges / --graphml）は、入力の欄のとおりに与える。図は PNG（300 dpi）と SVG で charts/ にある。",
            "Give the input option (--data, --nodes with --edges, or --graphml) as named in the Input row. The charts are in charts/ as PNG (300 dpi) and SVG."));
    }
}
