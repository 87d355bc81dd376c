using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.IO;
using Depgraph.Core.Model;
using Depgraph.Loader;
using Depgraph.Loader.Survey;
using Depgraph.Reporting.Charts;

namespace Depgraph.Cli.Commands;

/// <summary>
/// <c>depgraph survey export|import</c>: the 相互依存性調査 questionnaires out (one workbook or CSV pair per sector) and the
/// answers in (a new dataset folder whose dependency matrix rests on them, with a change summary and a difference heatmap).
/// </summary>
public static class SurveyCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliContext ctx)
    {
        var cmd = new Command("survey");
        cmd.Subcommands.Add(CreateExport(ctx));
        cmd.Subcommands.Add(CreateImport(ctx));
        return cmd;
    }

    private static Option<string?> DataOption() => new("--data") { Description = "Dataset folder (default: the shipped data/ceptoar-fy2024)", HelpName = "DIR" };

    private static Option<string?> LangOption() => new("--lang") { Description = "ja (default) or en", HelpName = "ja|en" };

    private static Language Lang(ParseResult pr, Option<string?> o) => InputOptions.ParseLanguage(pr.GetValue(o));

    private static (GraphDataset Dataset, string Folder) LoadDataset(ParseResult pr, Option<string?> data)
    {
        var dir = pr.GetValue(data) ?? GraphInput.FindDefaultDataset()
            ?? throw new UsageException("the default dataset data/ceptoar-fy2024 was not found; give --data DIR");
        if (!Directory.Exists(dir)) throw new UsageException($"--data {dir}: no such folder");
        var d = GraphInput.LoadDataset(dir);
        if (d.HasErrors) throw new BadInputException(d.Issues);
        return (d.Value!, dir);
    }

    private static Command CreateExport(CliContext ctx)
    {
        var data = DataOption();
        var lang = LangOption();
        var outOpt = new Option<string>("--out") { Description = "Folder for the questionnaires (created if missing)", Required = true, HelpName = "DIR" };
        var sector = new Option<string?>("--sector") { Description = "Only these dependant sectors (ids, comma-separated)", HelpName = "ID,..." };
        var format = new Option<string?>("--format") { Description = "xlsx (default: one workbook per sector) or csv (UTF-8 with BOM: a sector and an operator CSV per sector)", HelpName = "xlsx|csv" };
        var deadline = new Option<string?>("--deadline") { Description = "Answer deadline shown in the instructions", HelpName = "TEXT" };
        var contact = new Option<string?>("--contact") { Description = "Contact shown in the instructions", HelpName = "TEXT" };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace questionnaire files of the same name (they may hold answers)" };
        var cmd = new Command("export")
            { data, lang, outOpt, sector, format, deadline, contact, overwrite };
        cmd.SetAction(pr => Cli.Guard(ctx, () =>
        {
            var l = Lang(pr, lang);
            bool csv = pr.GetValue(format)?.Trim().ToLowerInvariant() switch
            {
                null or "" or "xlsx" => false,
                "csv" => true,
                var x => throw new UsageException($"--format must be xlsx or csv; got '{x}'"),
            };
            var (ds, folder) = LoadDataset(pr, data);
            var sectors = (pr.GetValue(sector) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = sectors.Where(s => ds.Find(s) is not { Kind: NodeKind.Sector }).ToList();
            if (unknown.Count > 0)
                throw new UsageException($"--sector: {string.Join(", ", unknown)} {(unknown.Count == 1 ? "is not a sector" : "are not sectors")}; sectors: {string.Join(", ", ds.Nodes.Where(n => n.Kind == NodeKind.Sector).Select(n => n.Id))}");
            var outDir = pr.GetValue(outOpt)!;
            IReadOnlyList<string> files;
            try
            {
                files = QuestionnaireExporter.Export(ds, folder, outDir, new QuestionnaireOptions(l, sectors, csv, pr.GetValue(deadline), pr.GetValue(contact), Overwrite: pr.GetValue(overwrite)));
            }
            catch (ArgumentException ex)
            {
                throw new UsageException(ex.Message);
            }
            ctx.Err.WriteLine($"wrote {files.Count} file{(files.Count == 1 ? "" : "s")} to {outDir}");
            foreach (var f in files) ctx.Out.WriteLine(Path.Combine(outDir, f));
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    private static Command CreateImport(CliContext ctx)
    {
        var data = DataOption();
        var lang = LangOption();
        var paths = new Argument<string[]>("FILE|DIR") { Description = "Answered workbooks (.xlsx), CSVs, or folders of them", Arity = ArgumentArity.OneOrMore };
        var outOpt = new Option<string>("--out") { Description = "The new dataset folder (must not exist or be empty)", Required = true, HelpName = "NEWDIR" };
        var format = new Option<string?>("--format") { Description = "table | json (default: table on a terminal, json otherwise)", HelpName = "FORMAT" };
        var encoding = new Option<string?>("--encoding") { Description = "CSV encoding: auto (default: UTF-8 with or without BOM, else Shift_JIS), utf-8 or shift_jis", HelpName = "ENC" };
        var cmd = new Command("import")
            { paths, data, outOpt, format, encoding, lang };
        cmd.SetAction(pr => Cli.Guard(ctx, () =>
        {
            var l = Lang(pr, lang);
            var f = pr.GetValue(format)?.Trim().ToLowerInvariant() switch
            {
                null or "" => ctx.IsTerminal ? OutputFormat.Table : OutputFormat.Json,
                "table" => OutputFormat.Table,
                "json" => OutputFormat.Json,
                var x => throw new UsageException($"--format must be table or json; got '{x}'"),
            };
            var enc = TextEncodingDetector.Canonical(pr.GetValue(encoding))
                ?? throw new UsageException($"--encoding must be auto, utf-8 or shift_jis; got '{pr.GetValue(encoding)}'");
            var (ds, folder) = LoadDataset(pr, data);
            var outDir = pr.GetValue(outOpt)!;
            try { SurveyImporter.CheckTarget(folder, outDir); }
            catch (IOException ex) { throw new UsageException(ex.Message); }
            var answers = SurveyAnswerReader.Read(pr.GetValue(paths)!, new SectorDirectory(ds), enc);
            var result = SurveyImporter.Merge(ds, folder, answers);
            if (result.HasErrors)
            {
                if (f == OutputFormat.Json) WriteJson(ctx.Out, result, null);
                throw new BadInputException([.. answers.Issues.Select(i => i.ToLoadIssue())]);
            }
            foreach (var w in answers.Issues.Concat(result.Warnings)) ctx.Err.WriteLine(w.ToString());
            SurveyImporter.Write(result, folder, outDir,
                summaryJson: (path, _) => AtomicFile.WriteText(path, w => WriteJson(w, result, outDir)),
                extra: survey =>
                {
                    if (result.Changes.Count == 0) return;
                    var chart = SurveyDifferenceChart.Create(Difference(ds, folder, result), l);
                    ChartExport.Save(chart, Path.Combine(survey, "changes"), ChartSize.Square);
                });
            if (f == OutputFormat.Json) WriteJson(ctx.Out, result, outDir);
            else WriteTable(ctx.Out, result, ds, l, outDir);
            ctx.Err.WriteLine($"wrote {outDir} ({result.Answers.Rows:N0} answered rows, {result.Changes.Count(c => c.Kind != DependencyChangeKind.Confirmed):N0} changes)");
            return ExitCodes.Ok;
        }));
        return cmd;
    }

    /// <summary>The before/after matrix of the sectors (rows) and sectors and resources (columns) for the difference chart.</summary>
    internal static SurveyDifference Difference(GraphDataset ds, string folder, SurveyImportResult r)
    {
        var dir = new SectorDirectory(ds);
        var rows = dir.Sectors.ToList();
        var cols = dir.All.ToList();
        var ri = rows.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var ci = cols.Select((n, i) => (n.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var before = new double[rows.Count, cols.Count];
        var after = new double[rows.Count, cols.Count];
        var answered = new bool[rows.Count, cols.Count];
        foreach (var row in DependencyTable.Read(Path.Combine(folder, DatasetLoader.DependenciesFile)))
            if (ri.TryGetValue(row.Dependant, out var i) && ci.TryGetValue(row.Supplier, out var j)) before[i, j] = after[i, j] = row.StrengthValue;
        foreach (var c in r.Changes)
        {
            if (!ri.TryGetValue(c.Dependant, out var i) || !ci.TryGetValue(c.Supplier, out var j)) continue;
            after[i, j] = c.After;
            answered[i, j] = true;
        }
        return new SurveyDifference([.. rows.Select(n => new LocalizedName(n.NameJa, n.NameEn))], [.. cols.Select(n => new LocalizedName(n.NameJa, n.NameEn))],
            before, after, answered);
    }

    private static void WriteJson(TextWriter o, SurveyImportResult r, string? outDir) => Json.Write(o, w =>
    {
        w.WriteStartObject();
        w.WriteStartArray("files");
        foreach (var f in r.Answers.Files)
        {
            w.WriteStartObject();
            w.WriteString("file", f.File);
            w.WriteString("encoding", f.Encoding);
            w.WriteNumber("sectorRows", f.SectorRows);
            w.WriteNumber("operatorRows", f.OperatorRows);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("rows", r.Answers.Rows);
        WriteIssues(w, "errors", r.Answers.Issues.Where(i => i.Severity == IssueSeverity.Error));
        WriteIssues(w, "warnings", r.Answers.Issues.Concat(r.Warnings).Where(i => i.Severity == IssueSeverity.Warning));
        w.WriteStartArray("changes");
        foreach (var c in r.Changes.Where(c => c.Kind != DependencyChangeKind.Confirmed))
        {
            w.WriteStartObject();
            w.WriteString("dependant", c.Dependant);
            w.WriteString("supplier", c.Supplier);
            w.Number("before", c.Before);
            w.Number("after", c.After);
            w.WriteString("change", c.KindToken);
            w.WriteString("basis", "survey");
            w.WriteString("basisBefore", c.BasisBefore);
            if (c.HoursBefore is { } hb) w.Number("hoursBefore", hb); else w.WriteNull("hoursBefore");
            if (c.HoursAfter is { } ha) w.Number("hoursAfter", ha); else w.WriteNull("hoursAfter");
            if (c.Low is { } lo) w.Number("strengthLow", lo);
            if (c.High is { } hi) w.Number("strengthHigh", hi);
            w.WriteString("probabilityBasis", c.ProbabilityBasis);
            w.WriteString("hoursBasis", c.HoursBasis);
            if (c.Respondents > 0)
            {
                w.WriteNumber("respondents", c.Respondents);
                w.Number("shareAffected", c.ShareAffected ?? 0);
            }
            w.WriteString("survey", c.Reference);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteNumber("confirmed", r.Changes.Count(c => c.Kind == DependencyChangeKind.Confirmed));
        if (outDir is not null) w.WriteString("out", outDir);
        w.WriteEndObject();
    });

    private static void WriteIssues(Utf8JsonWriter w, string name, IEnumerable<SurveyIssue> issues)
    {
        w.WriteStartArray(name);
        foreach (var i in issues)
        {
            w.WriteStartObject();
            w.WriteString("file", i.File);
            w.WriteString("sheet", i.Sheet);
            w.WriteNumber("row", i.Row);
            w.WriteString("column", i.ColumnLetter);
            w.WriteString("columnKey", i.ColumnKey);
            w.WriteString("code", i.Code);
            w.WriteString("message", i.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteTable(TextWriter o, SurveyImportResult r, GraphDataset ds, Language lang, string outDir)
    {
        string Name(string id) => ds.Find(id)?.Name(lang) ?? id;
        static string N(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "";
        o.WriteLine(lang.Pick($"回答ファイル: {r.Answers.Files.Count}   回答行: {r.Answers.Rows:N0}   出力: {outDir}", $"files: {r.Answers.Files.Count}   answered rows: {r.Answers.Rows:N0}   out: {outDir}"));
        var counts = r.Changes.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count());
        int C(DependencyChangeKind k) => counts.GetValueOrDefault(k);
        o.WriteLine(lang.Pick(
            $"追加 {C(DependencyChangeKind.Added)}  削除 {C(DependencyChangeKind.Removed)}  強化 {C(DependencyChangeKind.Strengthened)}  弱化 {C(DependencyChangeKind.Weakened)}  時間のみ変更 {C(DependencyChangeKind.Retimed)}  確認(値は同じ) {C(DependencyChangeKind.Confirmed)}",
            $"added {C(DependencyChangeKind.Added)}  removed {C(DependencyChangeKind.Removed)}  strengthened {C(DependencyChangeKind.Strengthened)}  weakened {C(DependencyChangeKind.Weakened)}  retimed {C(DependencyChangeKind.Retimed)}  confirmed {C(DependencyChangeKind.Confirmed)}"));
        var changed = r.Changes.Where(c => c.Kind != DependencyChangeKind.Confirmed).ToList();
        if (changed.Count == 0)
        {
            o.WriteLine(lang.Pick("依存関係の変更はありません。", "No dependency changed."));
            return;
        }
        var t = new TextTable(lang.Pick("依存する分野", "dependant"), lang.Pick("供給元", "supplier"), lang.Pick("変更", "change"), lang.Pick("従来", "before"), lang.Pick("調査", "after"),
            lang.Pick("時間(従来→調査)", "hours (before→after)"), lang.Pick("根拠", "basis")).AlignRight(3, 4);
        foreach (var c in changed)
        {
            string kind = lang == Language.Japanese ? c.Kind switch
            {
                DependencyChangeKind.Added => "追加",
                DependencyChangeKind.Removed => "削除",
                DependencyChangeKind.Strengthened => "強化",
                DependencyChangeKind.Weakened => "弱化",
                _ => "時間",
            } : c.KindToken;
            t.Add(Name(c.Dependant), Name(c.Supplier), kind, N(c.Before), N(c.After), $"{N(c.HoursBefore)}→{N(c.HoursAfter)}", lang.Pick($"調査 ({c.Reference})", $"survey ({c.Reference})"));
        }
        t.Write(o);
    }
}
