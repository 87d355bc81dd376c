using System.Text;
using Depgraph.Core;
using Depgraph.Core.IO;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Interchange;

/// <summary>
/// Writes a <see cref="GraphDataset"/> as a Graphviz DOT digraph for drawing (<c>dot -Tsvg</c>):
/// left-to-right, the Japanese font IPAGothic, node labels <c>name_ja\n(id)</c>, a shape and colour per kind,
/// edge labels per type (with flow and channels on shares_with), dependencies in red, and everything that rests
/// on an assumption drawn dashed.
/// </summary>
/// <remarks>
/// Every id and label is a double-quoted DOT string: quotes and backslashes are escaped, line breaks become
/// <c>\n</c>, tabs become spaces, other control characters U+FFFD (the SVG output must stay valid XML).
/// Deterministic (input order), UTF-8 without BOM, LF newlines, written atomically. For drawing only: it keeps no
/// provenance text and is not read back.
/// </remarks>
public static class DotWriter
{
    /// <summary>Writes the dataset to <paramref name="path"/> atomically.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    /// <exception cref="ArgumentException">A string is not valid UTF-16 (lone surrogate); the target is left untouched.</exception>
    public static void Write(GraphDataset dataset, string path)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        AtomicFile.WriteText(path, w => Write(dataset, w));
    }

    /// <summary>Writes the dataset to <paramref name="writer"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> or <paramref name="writer"/> is null.</exception>
    public static void Write(GraphDataset dataset, TextWriter writer)
    {
        Preconditions.NotNull(dataset, nameof(dataset));
        Preconditions.NotNull(writer, nameof(writer));
        var w = writer;
        w.Write("digraph depgraph {\n");
        w.Write("  graph [rankdir=LR, fontname=\"IPAGothic\", label=");
        w.Write(Quote(dataset.Name));
        w.Write(", labelloc=t];\n");
        w.Write("  node [fontname=\"IPAGothic\", style=filled, fontsize=10];\n");
        w.Write("  edge [fontname=\"IPAGothic\", fontsize=8];\n");
        foreach (var n in dataset.Nodes)
        {
            var (shape, fill) = Style(n.Kind);
            w.Write("  ");
            w.Write(Quote(n.Id));
            w.Write(" [label=");
            w.Write(Quote(n.Name() + "\n(" + n.Id + ")"));
            w.Write($", shape={shape}, fillcolor=\"{fill}\"");
            if (n.Provenance.IsAssumption) w.Write(", style=\"filled,dashed\"");
            w.Write("];\n");
        }
        foreach (var e in dataset.Edges)
        {
            w.Write("  ");
            w.Write(Quote(e.Source));
            w.Write(" -> ");
            w.Write(Quote(e.Target));
            w.Write(" [label=");
            w.Write(Quote(EdgeLabel(e)));
            var color = e.Kind switch
            {
                EdgeKind.SharesWith => e.Flow == InfoFlow.Report ? "#1f77b4" : "#2ca02c",
                EdgeKind.DependsOn or EdgeKind.Supplies => "#d62728",
                _ => "#7f7f7f",
            };
            w.Write($", color=\"{color}\", fontcolor=\"{color}\"");
            if (e.Provenance.IsAssumption) w.Write(", style=dashed");
            w.Write("];\n");
        }
        w.Write("}\n");
    }

    private static string EdgeLabel(Edge e)
    {
        var sb = new StringBuilder(e.Kind.Token());
        if (e.Flow != InfoFlow.None) sb.Append(" (").Append(e.Flow.Token()).Append(')');
        if (!e.Channels.IsEmpty) sb.Append('\n').Append(string.Join(", ", e.Channels));
        return sb.ToString();
    }

    private static (string Shape, string Fill) Style(NodeKind kind) => kind switch
    {
        NodeKind.Government => ("doubleoctagon", "#ffd92f"),
        NodeKind.Ministry => ("box", "#fdb462"),
        NodeKind.Sector => ("folder", "#b3de69"),
        NodeKind.Ceptoar => ("ellipse", "#80b1d3"),
        NodeKind.Council => ("hexagon", "#bebada"),
        NodeKind.Secretariat => ("component", "#d9d9d9"),
        NodeKind.Isac => ("octagon", "#8dd3c7"),
        NodeKind.Coordination => ("diamond", "#fccde5"),
        NodeKind.Member => ("box3d", "#ffffb3"),
        NodeKind.External => ("note", "#ffffff"),
        NodeKind.Exercise => ("cds", "#ccebc5"),
        NodeKind.Resource => ("cylinder", "#fb8072"),
        _ => ("ellipse", "#ffffff"),
    };

    /// <summary>A double-quoted DOT string: <c>"</c> and <c>\</c> escaped, line breaks as <c>\n</c>, tabs as spaces, other controls as U+FFFD.</summary>
    internal static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r':
                    if (i + 1 < s.Length && s[i + 1] == '\n') break;
                    sb.Append("\\n");
                    break;
                case '\t': sb.Append(' '); break;
                default:
                    sb.Append(c < 0x20 || c == 0x7F || c is '\uFFFE' or '\uFFFF' ? '\uFFFD' : c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
