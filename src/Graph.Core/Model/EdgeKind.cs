namespace Depgraph.Core.Model;

/// <summary>The kind of a directed relation. Tokens (<see cref="EdgeKinds.Token(EdgeKind)"/>) are the snake_case names used in files and on the command line.</summary>
public enum EdgeKind : byte
{
    /// <summary>Information flows from source to target (情報提供 or 情報連絡), over a channel, with a delay and a delivery probability.</summary>
    SharesWith,
    /// <summary>A ministry oversees a sector or a CEPTOAR.</summary>
    Oversees,
    /// <summary>A CEPTOAR belongs to a sector.</summary>
    BelongsTo,
    /// <summary>A secretariat operates a CEPTOAR.</summary>
    Operates,
    /// <summary>A member belongs to a CEPTOAR, ISAC or council.</summary>
    MemberOf,
    /// <summary>An organisation takes part in an exercise, activity or council.</summary>
    ParticipatesIn,
    /// <summary>Source depends on target: a failure of the target can propagate to the source.</summary>
    DependsOn,
    /// <summary>Source supplies target (generic CSV form of a dependency, written the way a failure travels).</summary>
    Supplies,
}

/// <summary>Direction of an information flow on a <see cref="EdgeKind.SharesWith"/> edge.</summary>
public enum InfoFlow : byte
{
    /// <summary>No flow recorded (edges other than shares_with).</summary>
    None,
    /// <summary>情報提供: downward, NISC → ministry → CEPTOAR → operators.</summary>
    Provide,
    /// <summary>情報連絡: upward, operator → ministry → NISC (faults, incidents, near misses).</summary>
    Report,
}

/// <summary>Tokens for <see cref="NodeKind"/>, <see cref="EdgeKind"/> and <see cref="InfoFlow"/>.</summary>
public static class EdgeKinds
{
    private static readonly string[] EdgeTokens =
        ["shares_with", "oversees", "belongs_to", "operates", "member_of", "participates_in", "depends_on", "supplies"];

    private static readonly string[] NodeTokens =
        ["government", "ministry", "sector", "ceptoar", "council", "secretariat", "isac", "coordination", "member", "external", "exercise", "resource"];

    /// <summary>All edge kinds in declaration order.</summary>
    public static IReadOnlyList<EdgeKind> AllEdgeKinds { get; } = Enum.GetValues<EdgeKind>();

    /// <summary>All node kinds in declaration order.</summary>
    public static IReadOnlyList<NodeKind> AllNodeKinds { get; } = Enum.GetValues<NodeKind>();

    /// <summary>The snake_case token of an edge kind, e.g. <c>shares_with</c>.</summary>
    public static string Token(this EdgeKind kind) => EdgeTokens[(int)kind];

    /// <summary>The lowercase token of a node kind, e.g. <c>ceptoar</c>.</summary>
    public static string Token(this NodeKind kind) => NodeTokens[(int)kind];

    /// <summary>The token of a flow: <c>provide</c>, <c>report</c> or empty.</summary>
    public static string Token(this InfoFlow flow) => flow switch { InfoFlow.Provide => "provide", InfoFlow.Report => "report", _ => "" };

    /// <summary>Parses an edge-kind token (case-insensitive).</summary>
    public static bool TryParseEdgeKind(string? token, out EdgeKind kind)
    {
        var i = token is null ? -1 : Array.FindIndex(EdgeTokens, t => string.Equals(t, token.Trim(), StringComparison.OrdinalIgnoreCase));
        kind = i < 0 ? default : (EdgeKind)i;
        return i >= 0;
    }

    /// <summary>Parses a node-kind token (case-insensitive).</summary>
    public static bool TryParseNodeKind(string? token, out NodeKind kind)
    {
        var i = token is null ? -1 : Array.FindIndex(NodeTokens, t => string.Equals(t, token.Trim(), StringComparison.OrdinalIgnoreCase));
        kind = i < 0 ? default : (NodeKind)i;
        return i >= 0;
    }

    /// <summary>Parses a flow token: <c>provide</c> or <c>report</c>.</summary>
    public static bool TryParseFlow(string? token, out InfoFlow flow)
    {
        flow = token?.Trim().ToLowerInvariant() switch { "provide" => InfoFlow.Provide, "report" => InfoFlow.Report, _ => InfoFlow.None };
        return flow != InfoFlow.None;
    }
}
