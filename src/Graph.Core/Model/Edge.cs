using System.Collections.Immutable;

namespace Depgraph.Core.Model;

/// <summary>A directed relation between two nodes.</summary>
/// <remarks>
/// Immutable. <see cref="DelayHours"/> is the time information takes on a shares_with edge, or the time a
/// failure takes to pass on a dependency edge; <see cref="Probability"/> is the chance of delivery or of
/// transmission; <see cref="Strength"/> is the share of the dependant's supply (linear-threshold cascade).
/// </remarks>
public sealed record Edge
{
    /// <summary>Creates an edge.</summary>
    public Edge(string source, string target, EdgeKind kind, Provenance provenance,
        double delayHours = 0, double probability = 1, double strength = 1, InfoFlow flow = InfoFlow.None,
        ImmutableArray<string> channels = default, ImmutableSortedDictionary<string, string>? attributes = null,
        int line = 0, string? file = null, Basis? parameterBasis = null, ParameterBases? parameterBases = null)
    {
        Preconditions.NotNullOrEmpty(source, nameof(source));
        Preconditions.NotNullOrEmpty(target, nameof(target));
        Source = source;
        Target = target;
        Kind = kind;
        Provenance = provenance ?? Provenance.None;
        DelayHours = delayHours;
        Probability = probability;
        Strength = strength;
        Flow = flow;
        Channels = channels.IsDefault ? ImmutableArray<string>.Empty : channels;
        Attributes = attributes ?? ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        Line = line;
        File = file;
        ParameterBases = parameterBases ?? ParameterBases.All(parameterBasis ?? Provenance.Kind);
    }

    /// <summary>
    /// The attribute of a <c>shares_with</c> edge that passes information on only under a condition, written as the
    /// source writes it (水道: <c>内容に応じ</c>, depending on content). Reach reports what lies beyond such an edge apart
    /// from what is reached for certain.
    /// </summary>
    public const string ConditionalAttribute = "conditional";

    /// <summary>The condition under which the edge passes information on (<see cref="ConditionalAttribute"/>), or <c>null</c> when it always does.</summary>
    public string? Condition => Attributes.TryGetValue(ConditionalAttribute, out var c) && c.Trim().Length > 0 ? c : null;

    /// <summary>Source node id.</summary>
    public string Source { get; }
    /// <summary>Target node id.</summary>
    public string Target { get; }
    /// <summary>The kind of relation.</summary>
    public EdgeKind Kind { get; }
    /// <summary>Where the edge comes from.</summary>
    public Provenance Provenance { get; }
    /// <summary>Delay in hours (information) or time to impact in hours (dependency). Non-negative.</summary>
    public double DelayHours { get; }
    /// <summary>Probability of delivery or transmission, in [0, 1].</summary>
    public double Probability { get; }
    /// <summary>Dependency strength in [0, 1] (share of supply); 1 for other edges.</summary>
    public double Strength { get; }
    /// <summary>Flow direction of a shares_with edge.</summary>
    public InfoFlow Flow { get; }
    /// <summary>Channels (ids from the dataset's defaults) of a shares_with edge.</summary>
    public ImmutableArray<string> Channels { get; }
    /// <summary>Further attributes (scalar strings), sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; }
    /// <summary>1-based line in the file the edge was read from (0 when unknown).</summary>
    public int Line { get; }
    /// <summary>The file the edge was read from, when known.</summary>
    public string? File { get; }

    /// <summary>
    /// What the edge's numbers (delay, probability, strength) rest on; by default the basis of its provenance. An edge
    /// whose existence is quoted but whose delay and probability come from <c>defaults.yaml</c> is
    /// <see cref="Basis.Assumption"/> here although its <see cref="Provenance"/> is evidence. The weakest of
    /// <see cref="ParameterBases"/>.
    /// </summary>
    public Basis ParameterBasis => ParameterBases.Weakest;

    /// <summary>
    /// What each of the edge's numbers rests on (hours, probability, strength). Set from <c>parameterBases</c> when
    /// given, else every number rests on <c>parameterBasis</c> (by default the basis of the provenance). A survey row
    /// whose probability was not asked keeps <see cref="Basis.Assumption"/> for its probability.
    /// </summary>
    public ParameterBases ParameterBases { get; }
}
