using Depgraph.Core.Model;

namespace Depgraph.Core.Compact;

/// <summary>
/// Which edges an analysis uses, oriented the way an alert or a failure travels.
/// </summary>
/// <remarks>
/// <para>Tokens (comma-separated): an edge kind (<c>shares_with</c>, <c>member_of</c>, <c>depends_on</c>, …),
/// <c>shares_with:provide</c> or <c>shares_with:report</c> for one flow only, <c>~kind</c> to read a kind
/// against its stored direction, or <c>all</c>. <c>depends_on</c> (A depends on B) is always read reversed,
/// B → A, because a failure of B passes to A; <c>supplies</c> is already written that way.</para>
/// <para>Named layers: <see cref="Information"/> (<c>shares_with:provide</c>: NISC → ministry → CEPTOAR → members),
/// <see cref="Reporting"/> (<c>shares_with:report</c>), <see cref="Dependency"/> (<c>depends_on,supplies</c>),
/// <see cref="All"/>.</para>
/// </remarks>
public sealed class EdgeLayer
{
    // direction per (kind, flow): +1 stored direction, -1 reversed, 0 excluded.
    private readonly sbyte[,] _dir;

    private EdgeLayer(string name, sbyte[,] dir)
    {
        Name = name;
        _dir = dir;
    }

    /// <summary>The canonical name, as printed in every output's <c>layer</c> field.</summary>
    public string Name { get; }

    /// <summary>Every edge; <c>depends_on</c> reversed.</summary>
    public static EdgeLayer All { get; } = Parse("all");
    /// <summary>Downward information provision (情報提供): <c>shares_with:provide</c>.</summary>
    public static EdgeLayer Information { get; } = Parse("shares_with:provide");
    /// <summary>Upward reporting (情報連絡): <c>shares_with:report</c>.</summary>
    public static EdgeLayer Reporting { get; } = Parse("shares_with:report");
    /// <summary>The dependency layer: <c>depends_on</c> (reversed) and <c>supplies</c>.</summary>
    public static EdgeLayer Dependency { get; } = Parse("depends_on,supplies");

    /// <summary>+1 (stored direction), -1 (reversed) or 0 (excluded) for an edge of this kind and flow.</summary>
    public int Direction(EdgeKind kind, InfoFlow flow) => _dir[(int)kind, (int)flow];

    /// <summary>True when every edge of <paramref name="graph"/> is kept in its stored direction.</summary>
    public bool IsIdentityOn(CompactGraph graph)
    {
        for (int e = 0; e < graph.EdgeCount; e++)
            if (Direction(graph.EdgeKindOf(e), graph.FlowOf(e)) != 1) return false;
        return true;
    }

    /// <summary>Parses a comma-separated list of tokens; throws <see cref="FormatException"/> naming the bad token.</summary>
    public static EdgeLayer Parse(string spec) =>
        TryParse(spec, out var layer, out var error) ? layer! : throw new FormatException(error);

    /// <summary>Parses a comma-separated list of tokens.</summary>
    public static bool TryParse(string? spec, out EdgeLayer? layer, out string? error)
    {
        layer = null;
        error = null;
        int kinds = EdgeKinds.AllEdgeKinds.Count, flows = 3;
        var dir = new sbyte[kinds, flows];
        var names = new List<string>();
        var tokens = (spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (tokens.Length == 0) { error = "no edge types given; use e.g. shares_with, depends_on or all"; return false; }
        foreach (var raw in tokens)
        {
            var t = raw.ToLowerInvariant();
            if (t == "all")
            {
                for (int k = 0; k < kinds; k++)
                    for (int f = 0; f < flows; f++)
                        dir[k, f] = (sbyte)((EdgeKind)k == EdgeKind.DependsOn ? -1 : 1);
                names.Add("all");
                continue;
            }
            bool reverse = t.StartsWith('~');
            var body = reverse ? t[1..] : t;
            var parts = body.Split(':');
            if (!EdgeKinds.TryParseEdgeKind(parts[0], out var kind))
            {
                error = $"unknown edge type '{raw}'; known: {string.Join(", ", EdgeKinds.AllEdgeKinds.Select(k => k.Token()))}, all";
                return false;
            }
            var flow = InfoFlow.None;
            if (parts.Length > 2 || (parts.Length == 2 && (kind != EdgeKind.SharesWith || !EdgeKinds.TryParseFlow(parts[1], out flow))))
            {
                error = $"unknown edge type '{raw}'; a flow qualifier is only shares_with:provide or shares_with:report";
                return false;
            }
            sbyte d = (sbyte)((kind == EdgeKind.DependsOn) ^ reverse ? -1 : 1);
            for (int f = 0; f < flows; f++)
                if (flow == InfoFlow.None || f == (int)flow) dir[(int)kind, f] = d;
            names.Add((reverse ? "~" : "") + kind.Token() + (flow == InfoFlow.None ? "" : ":" + flow.Token()));
        }
        layer = new EdgeLayer(string.Join(",", names.Distinct()), dir);
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Name;
}
