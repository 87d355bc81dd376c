using System.CommandLine;
using System.Text.Json;
using Depgraph.Analysis.Summary;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Model;
using Depgraph.Reporting;
using Depgraph.Reporting.Charts;

namespace Depgraph.Cli.Commands;

/// <summary><c>depgraph summary</c>: counts by kind, members by unit, sectors with their CEPTOARs, provenance, validation status.</summary>
public static class SummaryCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx) =>
        AnalysisCommand.Create(ctx, "summary", AnalysisFeatures.Xlsx | AnalysisFeatures.Timings | AnalysisFeatures.NoCsv, [], run =>
        {
            var input = run.Load(needDataset: true);
            var s = DatasetSummary.Compute(input.Dataset!);
            return CommandOutput.ByFormat(o => WriteJson(o, s), null, o => WriteTable(o, s, run.Language), () => XlsxTables.Summary(s, run.Language));
        });

    private static void WriteJson(TextWriter o, DatasetSummary s) => Json.Write(o, w =>
    {
        w.WriteStartObject();
        w.WriteString("dataset", s.Name);
        w.WriteNumber("nodes", s.NodeCount);
        w.WriteNumber("edges", s.EdgeCount);
        w.WriteStartObject("nodesByKind");
        foreach (var (k, c) in s.NodesByKind) w.WriteNumber(k, c);
        w.WriteEndObject();
        w.WriteStartObject("edgesByType");
        foreach (var (k, c) in s.EdgesByType) w.WriteNumber(k, c);
        w.WriteEndObject();
        WriteUnits(w, "membersByUnit", s.MembersByUnit);
        w.WriteNumber("membersTotal", s.MembersByUnit.Sum(m => m.Count));
        // membersTotal adds different units (社, 機関 …) when membersTotalMixesUnits: a 延べ count, whose parts follow
        w.WriteBoolean("membersTotalMixesUnits", Glossary.MixesUnits(s.MembersByUnit));
        w.WriteStartObject("membersTotalParts");
        foreach (var m in s.MembersByUnit) w.WriteNumber(m.Unit, m.Count);
        w.WriteEndObject();
        WriteUnits(w, "externalByUnit", s.ExternalByUnit);
        WriteUnits(w, "conditionalExternalByUnit", s.ConditionalExternalByUnit);
        w.WriteStartArray("sectors");
        foreach (var sec in s.Sectors)
        {
            w.WriteStartObject();
            w.WriteString("id", sec.Sector.Id);
            w.WriteString("name_ja", sec.Sector.NameJa);
            w.WriteString("name_en", sec.Sector.NameEn);
            w.Strings("scope", sec.Sector.Scope);
            w.WriteStartArray("ceptoars");
            foreach (var c in sec.Ceptoars)
            {
                w.WriteStartObject();
                w.WriteString("id", c.Ceptoar.Id);
                w.WriteString("name_ja", c.Ceptoar.NameJa);
                w.WriteString("name_en", c.Ceptoar.NameEn);
                WriteUnits(w, "members", c.Members);
                WriteUnits(w, "external", c.External);
                WriteUnits(w, "conditionalExternal", c.ConditionalExternal);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("provenance");
        foreach (var (what, counts) in new[] { ("nodes", s.NodeBasis), ("edges", s.EdgeBasis) })
        {
            w.WriteStartObject(what);
            foreach (var (b, c) in counts) w.WriteNumber(b, c);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteStartObject("validation");
        w.WriteNumber("errors", 0);
        w.WriteNumber("warnings", s.Warnings);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static void WriteUnits(Utf8JsonWriter w, string name, IReadOnlyList<MemberCount> units)
    {
        w.WriteStartArray(name);
        foreach (var m in units)
        {
            w.WriteStartObject();
            w.WriteString("unit", m.Unit);
            w.WriteNumber("count", m.Count);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTable(TextWriter o, DatasetSummary s, Language lang)
    {
        o.WriteLine($"{lang.Pick("データセット", "Dataset")}: {s.Name}   {Glossary.Nodes.For(lang)} {s.NodeCount:N0}   {Glossary.Edges.For(lang)} {s.EdgeCount:N0}");
        o.WriteLine();
        var kinds = new TextTable(Glossary.KindHeading.For(lang), Glossary.Count.For(lang)).AlignRight(1);
        foreach (var (k, c) in s.NodesByKind) kinds.Add(k, c);
        kinds.Write(o);
        o.WriteLine();
        var types = new TextTable(Glossary.EdgeType.For(lang), Glossary.Count.For(lang)).AlignRight(1);
        foreach (var (k, c) in s.EdgesByType) types.Add(k, c);
        types.Write(o);
        o.WriteLine();
        o.WriteLine(Glossary.MembersByUnit.For(lang));
        var units = new TextTable(Glossary.UnitHeading.For(lang), Glossary.Count.For(lang)).AlignRight(1);
        foreach (var m in s.MembersByUnit) units.Add(Glossary.Unit(m.Unit, lang), m.Count);
        units.Add(Glossary.TotalOf(s.MembersByUnit).For(lang), s.MembersByUnit.Sum(m => m.Count));
        units.Write(o, "  ");
        o.WriteLine();
        o.WriteLine(Glossary.SectorsAndCeptoars.For(lang));
        var t = new TextTable(Glossary.Sector.For(lang), lang.Pick("セプター", "CEPTOAR"), Glossary.Members.For(lang), Glossary.ExternalRecipients.For(lang));
        foreach (var sec in s.Sectors)
        {
            if (sec.Ceptoars.Count == 0) t.Add(sec.Sector.Name(lang), "", "", "");
            for (int i = 0; i < sec.Ceptoars.Count; i++)
            {
                var c = sec.Ceptoars[i];
                t.Add(i == 0 ? sec.Sector.Name(lang) : "", c.Ceptoar.Name(lang),
                    string.Join(" ", c.Members.Select(m => Units(m, lang))),
                    c.External.Count == 0 ? "-" : string.Join(" ", c.External.Select(m => Units(m, lang)))
                        + (c.ConditionalExternal.Count == 0 ? "" : lang.Pick("(うち条件付き ", " (conditional: ") + string.Join(" ", c.ConditionalExternal.Select(m => Units(m, lang))) + ")"));
            }
        }
        t.Write(o, "  ");
        o.WriteLine();
        o.WriteLine($"{lang.Pick("分野", "sectors")}: {s.Sectors.Count}   CEPTOAR: {s.Sectors.Sum(x => x.Ceptoars.Count)}");
        o.WriteLine($"{lang.Pick("出典", "provenance")}: {Glossary.Nodes.For(lang)} {Basis(s.NodeBasis)}; {Glossary.Edges.For(lang)} {Basis(s.EdgeBasis)}");
        o.WriteLine($"{lang.Pick("検証", "validation")}: 0 {lang.Pick("件のエラー", "errors")}, {s.Warnings} {lang.Pick("件の警告", "warnings")}");
    }

    /// <summary>"28 社" in Japanese, "28 companies (社)" in English (one glossary for every output).</summary>
    private static string Units(MemberCount m, Language lang) => $"{m.Count:N0} {Glossary.Unit(m.Unit, lang)}";

    private static string Basis(IReadOnlyList<(string Basis, int Count)> b) => string.Join(", ", b.Select(x => $"{x.Basis} {x.Count:N0}"));
}

