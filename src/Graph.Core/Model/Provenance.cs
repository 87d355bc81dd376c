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
    /// <param name="evidence">The quotes (may be empty).</param>
    /// <param name="assumption">The reason in English, when (part of) the fact is assumed.</param>
    /// <param name="assumptionJa">The same reason in Japanese (a dataset's <c>assumption_ja</c>); kept only beside an English reason.</param>
    public Provenance(ImmutableArray<Evidence> evidence, string? assumption, string? assumptionJa = null)
    {
        Evidence = evidence.IsDefault ? ImmutableArray<Evidence>.Empty : evidence;
        Assumption = string.IsNullOrWhiteSpace(assumption) ? null : assumption;
        AssumptionJa = Assumption is null || string.IsNullOrWhiteSpace(assumptionJa) ? null : assumptionJa;
    }

    /// <summary>Provenance resting on an assumption only.</summary>
    /// <param name="reason">The reason in English.</param>
    /// <param name="reasonJa">The reason in Japanese, when the dataset gives one.</param>
    public static Provenance Assumed(string reason, string? reasonJa = null) => new(ImmutableArray<Evidence>.Empty, reason, reasonJa);

    /// <summary>The quotes the fact rests on (may be empty).</summary>
    public ImmutableArray<Evidence> Evidence { get; }

    /// <summary>The reason, when (part of) the fact is assumed rather than quoted; <c>null</c> otherwise.</summary>
    public string? Assumption { get; }

    /// <summary>The reason of <see cref="Assumption"/> in Japanese, when the dataset gives one; <c>null</c> otherwise.</summary>
    public string? AssumptionJa { get; }

    /// <summary>
    /// The reason in the reader's language: Japanese gives <see cref="AssumptionJa"/> (falling back to the English
    /// reason when the dataset gives no Japanese one), English <see cref="Assumption"/>; <c>null</c> when nothing is assumed.
    /// </summary>
    /// <param name="language">The reader's language.</param>
    public string? AssumptionIn(Language language) => language == Language.Japanese ? AssumptionJa ?? Assumption : Assumption;

    /// <summary>The survey answer the fact comes from (<c>survey:&lt;sector&gt;:&lt;file&gt;:&lt;sheet&gt;:&lt;row&gt;</c>), or <c>null</c>.</summary>
    public string? Survey { get; init; }

    /// <summary>The scenario change that made the fact (<c>scenario:&lt;file&gt;:&lt;line&gt;</c>), or <c>null</c>.</summary>
    public string? Scenario { get; init; }

    /// <summary>
    /// What the fact rests on, decided here and nowhere else: a scenario change, else a survey answer, else an
    /// assumption (even beside quotes: the quoted part does not cover the assumed part), else quoted evidence, else
    /// the user's own input (no provenance recorded).
    /// </summary>
    public Basis Kind =>
        Scenario is not null ? Model.Basis.Scenario
        : Survey is not null ? Model.Basis.Survey
        : Assumption is not null ? Model.Basis.Assumption
        : !Evidence.IsEmpty ? Model.Basis.Evidence
        : Model.Basis.Input;

    /// <summary>Provenance of an answer to the mutual-dependency survey.</summary>
    /// <param name="reference">Where the answer is: <c>survey:&lt;sector&gt;:&lt;file&gt;:&lt;sheet&gt;:&lt;row&gt;</c>.</param>
    public static Provenance FromSurvey(string reference) => new(ImmutableArray<Evidence>.Empty, null) { Survey = reference };

    /// <summary>Provenance of a change made by a scenario file.</summary>
    /// <param name="reference">Where the change is: <c>scenario:&lt;file&gt;:&lt;line&gt;</c>.</param>
    public static Provenance FromScenario(string reference) => new(ImmutableArray<Evidence>.Empty, null) { Scenario = reference };

    /// <summary>True when the fact rests (at least partly) on an assumption.</summary>
    public bool IsAssumption => Assumption is not null;

    /// <summary>True when the fact rests on quoted evidence only.</summary>
    public bool IsEvidence => Kind == Model.Basis.Evidence;

    /// <summary>True when nothing is recorded.</summary>
    public bool IsEmpty => Kind == Model.Basis.Input;

    /// <summary><c>evidence</c>, <c>assumption</c>, <c>evidence+assumption</c>, <c>survey</c>, <c>scenario</c> or <c>none</c> (the detailed form of <see cref="Kind"/> written in exports).</summary>
    public string Basis => Scenario is not null ? "scenario" : Survey is not null ? "survey" : (Evidence.IsEmpty, Assumption is null) switch
    {
        (false, true) => "evidence",
        (true, false) => "assumption",
        (false, false) => "evidence+assumption",
        _ => "none",
    };
}
