using System.Globalization;
using System.Text;
using Depgraph.Reporting.Charts;

namespace Depgraph.Reporting.Report;

/// <summary>
/// Writes a report as one self-contained HTML file (<c>report.html</c>): the charts are embedded as
/// <c>data:image/png;base64</c> URIs, the CSS is inline, nothing is fetched, so it opens offline and prints on A4.
/// </summary>
/// <remarks>
/// The markup is well-formed XML (XHTML polyglot: every element closed, only the five XML entities), so it can be
/// checked with an XML parser. Output is deterministic: LF line ends, no dates, no absolute paths.
/// </remarks>
public static class HtmlReportWriter
{
    private const string Css = """
        @page { size: A4; margin: 16mm 15mm 18mm 15mm; }
        @page wide { size: A4 landscape; margin: 12mm 12mm 12mm 12mm; }
        figure.wide { page: wide; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { font-family: "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", "IPAGothic", "IPAPGothic", "Noto Sans CJK JP", sans-serif;
               font-size: 10.5pt; line-height: 1.65; color: #1a1a1a; max-width: 182mm; margin: 0 auto; padding: 8mm 6mm; }
        h1 { font-size: 18pt; line-height: 1.35; border-bottom: 3px solid #0072B2; padding-bottom: .2em; margin: 0 0 .6em 0; }
        h2 { font-size: 14pt; border-left: 7px solid #0072B2; padding-left: .45em; margin: 1.8em 0 .6em 0; break-after: avoid; page-break-after: avoid; }
        h3 { font-size: 11.5pt; margin: 1.3em 0 .4em 0; break-after: avoid; page-break-after: avoid; }
        p { margin: .45em 0; }
        table { border-collapse: collapse; margin: .6em 0 .9em 0; font-size: 9pt; line-height: 1.45; }
        th, td { border: 1px solid #b8b8b8; padding: .22em .5em; vertical-align: top; text-align: left; }
        th { background: #e8f1f8; font-weight: bold; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        tbody tr:nth-child(even) td { background: #f7f9fb; }
        figure { margin: 1em 0 1.2em 0; text-align: center; break-inside: avoid; page-break-inside: avoid; }
        figure img { max-width: 100%; height: auto; }
        figcaption { font-size: 9pt; color: #333; margin-top: .3em; }
        .note { font-size: 9pt; color: #444; background: #f4f4f4; border-left: 4px solid #8c8c8c; padding: .35em .7em; }
        .assumption { font-size: 9.5pt; background: #fdf1e7; border-left: 5px solid #D55E00; padding: .4em .7em; }
        .assumption strong { color: #A04400; }
        details > summary { font-size: 11.5pt; font-weight: bold; margin: 1.3em 0 .4em 0; cursor: pointer; }
        a { color: #0060A0; }
        @media print { body { max-width: none; padding: 0; } a { color: inherit; text-decoration: none; } }
        """;

    /// <summary>Printable width of an A4 portrait page with the report's margins, in inches (180 mm).</summary>
    private const double PortraitWidthInches = 7.08;

    /// <summary>Printable width of an A4 landscape page with the wide pages' margins, in inches (273 mm).</summary>
    private const double LandscapeWidthInches = 10.7;

    /// <summary>The HTML text of the report.</summary>
    /// <param name="model">The report model.</param>
    /// <param name="charts">The rendered charts to embed (may be empty: figures are then left out).</param>
    /// <param name="chartLanguage">The language the charts were actually drawn in (null: the report's language).</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Write(ReportModel model, IReadOnlyList<RenderedChart> charts, Language? chartLanguage = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(charts);
        IReadOnlyList<Block> blocks = ReportDocument.Compose(model, charts, chartLanguage ?? model.Options.Language);
        string title = blocks.OfType<HeadingBlock>().First().Text;
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n");
        sb.Append("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"").Append(model.Options.Language.Code()).Append("\">\n");
        sb.Append("<head>\n<meta charset=\"utf-8\" />\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n");
        sb.Append("<meta name=\"generator\" content=\"depgraph ").Append(Esc(model.Parameters.ToolVersion)).Append("\" />\n");
        sb.Append("<title>").Append(Esc(title)).Append("</title>\n<style>\n").Append(Css.Replace("\r\n", "\n", StringComparison.Ordinal)).Append("\n</style>\n</head>\n<body>\n");
        foreach (Block b in blocks)
        {
            Append(sb, b);
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, Block block)
    {
        switch (block)
        {
            case HeadingBlock h:
                string tag = "h" + h.Level.ToString(CultureInfo.InvariantCulture);
                sb.Append('<').Append(tag).Append(" id=\"").Append(Esc(h.Anchor)).Append("\">").Append(Esc(h.Text)).Append("</").Append(tag).Append(">\n");
                break;
            case ParagraphBlock p:
                sb.Append("<p>").Append(Esc(p.Text)).Append("</p>\n");
                break;
            case NoteBlock n:
                sb.Append("<p class=\"").Append(n.IsAssumption ? "assumption" : "note").Append("\"><strong>").Append(Esc(n.Label.Trim())).Append("</strong> ")
                    .Append(Esc(n.Text)).Append("</p>\n");
                break;
            case ListBlock l:
                sb.Append("<ul>\n");
                foreach (string item in l.Items)
                {
                    sb.Append("<li>").Append(Esc(item)).Append("</li>\n");
                }

                sb.Append("</ul>\n");
                break;
            case TableBlock t:
                Table(sb, t.Headers, t.Rows.Select(r => r.Select(Esc).ToList()), t.Numeric);
                break;
            case LinkTableBlock t:
                Table(sb, t.Headers, t.Rows.Select(r => r.Cells.Select(Esc).Append(r.Url is null ? "—" : $"<a href=\"{Esc(r.Url)}\">{Esc(r.LinkText ?? r.Url)}</a>").ToList()), new HashSet<int>());
                break;
            case FigureBlock f:
                // Charts wider than an A4 portrait page (the network slide) print on a landscape page at full size.
                bool wide = f.Chart.Size.WidthInches > PortraitWidthInches;
                double widthInches = Math.Min(f.Chart.Size.WidthInches, wide ? LandscapeWidthInches : PortraitWidthInches);
                sb.Append(wide ? "<figure class=\"wide\">" : "<figure>").Append("\n<img src=\"data:image/png;base64,").Append(Convert.ToBase64String(f.Chart.Png))
                    .Append("\" alt=\"").Append(Esc(f.Caption))
                    .Append("\" style=\"width: ").Append(widthInches.ToString("0.##", CultureInfo.InvariantCulture)).Append("in\" />\n<figcaption>")
                    .Append(Esc(f.Caption)).Append("</figcaption>\n</figure>\n");
                break;
            case DetailsBlock d:
                sb.Append("<details open=\"open\">\n<summary>").Append(Esc(d.Summary)).Append("</summary>\n");
                foreach (Block inner in d.Content)
                {
                    Append(sb, inner);
                }

                sb.Append("</details>\n");
                break;
            default:
                throw new InvalidOperationException($"Unknown block {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder sb, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> escapedRows, IReadOnlySet<int> numeric)
    {
        sb.Append("<table>\n<thead><tr>");
        for (int i = 0; i < headers.Count; i++)
        {
            sb.Append(numeric.Contains(i) ? "<th class=\"num\">" : "<th>").Append(Esc(headers[i])).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (IReadOnlyList<string> row in escapedRows)
        {
            sb.Append("<tr>");
            for (int i = 0; i < row.Count; i++)
            {
                sb.Append(numeric.Contains(i) ? "<td class=\"num\">" : "<td>").Append(row[i]).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
    }

    /// <summary>Escapes text for HTML/XML content and attributes: &amp; &lt; &gt; &quot; &#39;; drops characters XML forbids.</summary>
    private static string Esc(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                case '\t': sb.Append(' '); break;
                case < ' ' when c is not ('\n' or '\r'): break;
                default: sb.Append(c); break;
            }
        }

        return sb.ToString();
    }
}
