using System.Text;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>Writes a report as Markdown (<c>report.md</c>): headings, tables, figures linking <c>charts/NAME.png</c> and <c>.svg</c>.</summary>
/// <remarks>
/// The text is the same as <see cref="HtmlReportWriter"/>'s (both lay out one composition). Output is deterministic:
/// LF line ends, no dates, no absolute paths. Table cells escape <c>|</c>; the full assumption list, a collapsible
/// block in HTML, is a sub-section here.
/// </remarks>
public static class MarkdownReportWriter
{
    /// <summary>The Markdown text of the report.</summary>
    /// <param name="model">The report model.</param>
    /// <param name="charts">The rendered charts to link (may be empty: figures are then left out).</param>
    /// <param name="chartLanguage">The language the charts were actually drawn in (null: the report's language); noted in Appendix B when it differs.</param>
    /// <returns>The Markdown.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(ReportModel model, IReadOnlyList<RenderedChart> charts, Language? chartLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(charts);
        var sb = new StringBuilder();
        foreach (Block b in ReportDocument.Compose(model, charts, chartLanguage ?? model.Options.Language))
        {
            Append(sb, b);
        }

        return sb.ToString().TrimEnd('\n') + "\n";
    }

    private static void Append(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case HeadingBlock h:
                sb.Append('#', h.Level).Append(' ').Append(Inline(h.Text)).Append("\n\n");
                break;
            case ParagraphBlock p:
                sb.Append(Inline(p.Text)).Append("\n\n");
                break;
            case NoteBlock n:
                sb.Append("> **").Append(Inline(n.Label.Trim())).Append("** ").Append(Inline(n.Text)).Append("\n\n");
                break;
            case ListBlock l:
                foreach (string item in l.Items)
                {
                    sb.Append("- ").Append(Inline(item)).Append('\n');
                }

                sb.Append('\n');
                break;
            case TableBlock t:
                Table(sb, t.Headers, t.Rows.Select(r => r.Select(Cell).ToList()), t.Numeric);
                break;
            case LinkTableBlock t:
                Table(sb, t.Headers, t.Rows.Select(r => r.Cells.Select(Cell).Append(r.Url is null ? "—" : $"[{Cell(r.LinkText ?? r.Url)}]({r.Url})").ToList()), new HashSet<int>());
                break;
            case FigureBlock f:
                sb.Append("![").Append(Cell(f.Caption)).Append("](").Append(f.Chart.PngPath).Append(")\n\n");
                sb.Append('*').Append(Inline(f.Caption)).Append("* ([SVG](").Append(f.Chart.SvgPath).Append("))\n\n");
                break;
            case DetailsBlock d:
                sb.Append("### ").Append(Inline(d.Summary)).Append("\n\n");
                foreach (Block inner in d.Content)
                {
                    Append(sb, inner);
                }

                break;
            default:
                throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder sb, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlySet<int> numeric)
    {
        sb.Append("| ").AppendJoin(" | ", headers.Select(Cell)).Append(" |\n|");
        for (int i = 0; i < headers.Count; i++)
        {
            sb.Append(numeric.Contains(i) ? " ---: |" : " --- |");
        }

        sb.Append('\n');
        foreach (IReadOnlyList<string> row in rows)
        {
            sb.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }

        sb.Append('\n');
    }

    /// <summary>Escapes text for a table cell: inline escapes plus <c>|</c>, newlines become spaces.</summary>
    private static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>Escapes the characters that would start emphasis, code, HTML or links in running text.</summary>
    private static string Inline(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            switch (c)
            {
                case '\\' or '*' or '`' or '<' or '>' or '[' or ']':
                    sb.Append('\\').Append(c);
                    break;
                case '\r' or '\n':
                    sb.Append(' ');
                    break;
                default:
                    sb.Append(c);
                    break;
            }
        }

        return sb.ToString();
    }
}
