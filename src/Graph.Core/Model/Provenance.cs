using System.Collections.Immutable;

namespace Depgraph.Core.Model;

/// <summary>A verbatim quote from a source document and the 1-based line it comes from.</summary>
/// <param name="Quote">The quoted text, exactly as it appears in the source.</param>
/// <param name="Line">The 1-based line of the source text on which the quote starts.</param>
/// <param name="Document">The source document's file name (e.g. <c>nisc-ceptoar-fy2024.txt</c>).</param>
public sealed record Evidence(string Quote, int Line, string Document);

/// <summary>
/// Where a fact comes from: quotes from a source document (<see cref="Evidence"/>), or an
/// <see cref="Assumption"/> with its reason, or both. Every node and edge carries one.
/// </summary>
/// <remarks>Immutable. <see cref="None"/> is the value for facts with no recorded source (generic graphs).</remarks>
public sealed record Provenance
{
    /// <summary>No provenance recorded (generic CSV or GraphML input).</summary>
    public static Provenance None { get; } = new(ImmutableArray<Evidence>.Empty, null);

    /// <summary>Creates a provenance.</summary>
    public Provenance(ImmutableArray<Evidence> evidence, string? assumption)
    {
        Evidence = evidence.IsDefault ? ImmutableArray<Evidence>.Empty : evidence;
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption;
    }

    /// <summary>Provenance resting on an assumption only.</summary>
    public static Provenance Assumed(string reason) => new(ImmutableArray<Evidence>.Empty, reason);

    /// <summary>The quotes the fact rests on (may be empty).</summary>
    public ImmutableArray<Evidence> Evidence { get; }

    /// <summary>The reason, when (part of) the fact is assumed rather than quoted; <c>null</c> otherwise.</summary>
    public string? Assumption { get; }

    /// <summary>True when the fact rests (at least partly) on an assumption.</summary>
    public bool IsAssumption => Assumption is not null;

    /// <summary>True when the fact rests on quoted evidence only.</summary>
    public bool IsEvidence => Assumption is null && !Evidence.IsEmpty;

    /// <summary>True when nothing is recorded.</summary>
    public bool IsEmpty => Assumption is null && Evidence.IsEmpty;

    /// <summary><c>evidence</c>, <c>assumption</c>, <c>evidence+assumption</c> or <c>none</c>.</summary>
    public string Basis => (Evidence.IsEmpty, Assumption is null) switch
    {
        (false, true) => "evidence",
        (true, false) => "assumption",
        (false, false) => "evidence+assumption",
        _ => "none",
    };
}
