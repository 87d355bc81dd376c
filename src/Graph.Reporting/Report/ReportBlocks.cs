namespace Depgraph.Reporting.Report;

/// <summary>A block of the report's text, laid out by <see cref="MarkdownReportWriter"/> and <see cref="HtmlReportWriter"/>.</summary>
internal abstract record Block;

/// <summary>A heading; level 1 is the title.</summary>
internal sealed record HeadingBlock(int Level, string Text, string Anchor) : Block;

/// <summary>A paragraph of plain text.</summary>
internal sealed record ParagraphBlock(string Text) : Block;

/// <summary>A highlighted note: the assumption label (<see cref="IsAssumption"/>) or a plain note.</summary>
internal sealed record NoteBlock(string Label, string Text, bool IsAssumption) : Block;

/// <summary>A bulleted list.</summary>
internal sealed record ListBlock(IReadOnlyList<string> Items) : Block;

/// <summary>A table; columns in <see cref="Numeric"/> are right-aligned.</summary>
internal sealed record TableBlock(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlySet<int> Numeric) : Block;

/// <summary>A figure: a rendered chart with its number and caption.</summary>
internal sealed record FigureBlock(RenderedChart Chart, string Caption) : Block;

/// <summary>Collapsible content (HTML &lt;details open&gt;; a sub-heading in Markdown).</summary>
internal sealed record DetailsBlock(string Summary, IReadOnlyList<Block> Content) : Block;

/// <summary>A list of references with links (text, then a URL or null).</summary>
internal sealed record LinkTableBlock(IReadOnlyList<string> Headers, IReadOnlyList<(IReadOnlyList<string> Cells, string? LinkText, string? Url)> Rows) : Block;
