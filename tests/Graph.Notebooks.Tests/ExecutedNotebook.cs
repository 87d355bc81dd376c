using System.Text.Json;

namespace Depgraph.Notebooks.Tests;

/// <summary>One output of a code cell: its type (display_data, execute_result, stream, error) and its text by MIME type.</summary>
internal sealed record CellOutput(string OutputType, IReadOnlyDictionary<string, string> Data)
{
    /// <summary>Every text of the output joined, for searching.</summary>
    public string AllText => string.Join("\n", Data.Values);

    /// <summary>True for a PNG, as <c>image/png</c> data or an inline <c>data:image/png;base64,</c> image.</summary>
    public bool HasPng =>
        Data.ContainsKey("image/png") ||
        (Data.TryGetValue("text/html", out var html) && html.Contains("<img src=\"data:image/png;base64,", StringComparison.Ordinal));

    /// <summary>True for an HTML table.</summary>
    public bool HasHtmlTable =>
        Data.TryGetValue("text/html", out var html) && html.Contains("<table", StringComparison.OrdinalIgnoreCase);
}

/// <summary>A cell of a notebook: type, source, whether dotnet repl ran it, outputs.</summary>
internal sealed record NotebookCell(int Index, string CellType, string Source, bool Ran, IReadOnlyList<CellOutput> Outputs);

/// <summary>A Jupyter notebook (nbformat 4) as written by dotnet repl, and the checks the notebook tests apply to it.</summary>
internal sealed class ExecutedNotebook
{
    private ExecutedNotebook(IReadOnlyList<NotebookCell> cells) => Cells = cells;

    /// <summary>All cells, in order.</summary>
    public IReadOnlyList<NotebookCell> Cells { get; }

    /// <summary>The code cells, in order.</summary>
    public IEnumerable<NotebookCell> CodeCells => Cells.Where(c => c.CellType == "code");

    /// <summary>Parses nbformat 4 JSON.</summary>
    public static ExecutedNotebook Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var cells = new List<NotebookCell>();
        int i = 0;
        foreach (var c in doc.RootElement.GetProperty("cells").EnumerateArray())
        {
            var type = c.GetProperty("cell_type").GetString() ?? "";
            var ran = c.TryGetProperty("metadata", out var md) && md.ValueKind == JsonValueKind.Object &&
                      md.TryGetProperty("dotnet_repl_cellExecutionEndTime", out _);
            var outputs = new List<CellOutput>();
            if (c.TryGetProperty("outputs", out var outs) && outs.ValueKind == JsonValueKind.Array)
                foreach (var o in outs.EnumerateArray()) outputs.Add(ReadOutput(o));
            cells.Add(new NotebookCell(i++, type, JoinText(c.TryGetProperty("source", out var s) ? s : default), ran, outputs));
        }
        return new ExecutedNotebook(cells);
    }

    private static CellOutput ReadOutput(JsonElement o)
    {
        var type = o.TryGetProperty("output_type", out var t) ? t.GetString() ?? "" : "";
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        if (o.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object)
            foreach (var p in d.EnumerateObject()) data[p.Name] = JoinText(p.Value);
        if (o.TryGetProperty("text", out var text)) data["stream"] = JoinText(text);
        if (type == "error")
        {
            var name = o.TryGetProperty("ename", out var en) ? en.GetString() : "";
            var value = o.TryGetProperty("evalue", out var ev) ? ev.GetString() : "";
            data["error"] = $"{name}: {value}";
        }
        return new CellOutput(type, data);
    }

    // nbformat stores text either as one string or as an array of lines.
    private static string JoinText(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => e.GetString() ?? "",
        JsonValueKind.Array => string.Concat(e.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.GetRawText())),
        JsonValueKind.Undefined or JsonValueKind.Null => "",
        _ => e.GetRawText(),
    };

    /// <summary>The errors of the run: error outputs, and outputs mentioning an exception or a compiler error, each with its cell.</summary>
    public IReadOnlyList<string> Errors()
    {
        var list = new List<string>();
        foreach (var cell in CodeCells)
            foreach (var o in cell.Outputs)
            {
                var text = o.AllText;
                if (o.OutputType == "error" || text.Contains("Exception", StringComparison.Ordinal) ||
                    text.Contains("error CS", StringComparison.Ordinal))
                    list.Add($"cell {cell.Index} ({FirstLine(cell.Source)}): {Shorten(text)}");
            }
        return list;
    }

    /// <summary>
    /// Everything wrong with an executed analyst notebook: a code cell that did not run, an error, no chart (PNG) or none
    /// in the last code cell, no HTML table.
    /// Empty when the notebook is fine.
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!CodeCells.Any()) problems.Add("the notebook has no code cells");
        foreach (var cell in CodeCells.Where(c => !c.Ran))
            problems.Add($"code cell {cell.Index} did not run ({FirstLine(cell.Source)})");
        problems.AddRange(Errors());
        var outputs = CodeCells.SelectMany(c => c.Outputs).ToList();
        if (!outputs.Any(o => o.HasPng)) problems.Add("no chart: no output holds image/png or <img src=\"data:image/png;base64,");
        else if (!CodeCells.Last().Outputs.Any(o => o.HasPng)) problems.Add("the last code cell shows no chart: a notebook ends with its chart");
        if (!outputs.Any(o => o.HasHtmlTable)) problems.Add("no table: no output holds an HTML <table");
        return problems;
    }

    private static string FirstLine(string s)
    {
        var line = s.Split('\n', 2)[0].Trim();
        return line.Length <= 80 ? line : line[..80] + "…";
    }

    private static string Shorten(string s) => s.Length <= 2000 ? s : s[..2000] + "…";
}
