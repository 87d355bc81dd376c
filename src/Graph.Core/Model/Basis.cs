namespace Depgraph.Core.Model;

/// <summary>
/// What a fact or a number rests on. The one vocabulary every output uses to say whether an answer rests on
/// evidence, on the mutual-dependency survey (相互依存性調査), on the user's own input, on a what-if scenario, or on an
/// assumption. Ordered from the firmest to the weakest, so the basis of a result is the <see cref="BasisExtensions.Weaker"/>
/// of the bases of what it used.
/// </summary>
public enum Basis : byte
{
    /// <summary>A verbatim quote from a source document (根拠あり).</summary>
    Evidence = 0,

    /// <summary>An answer to the mutual-dependency survey (相互依存性調査).</summary>
    Survey = 1,

    /// <summary>The user's own graph file (generic CSV, GraphML), which records no provenance.</summary>
    Input = 2,

    /// <summary>A change made by a what-if scenario file.</summary>
    Scenario = 3,

    /// <summary>An assumed value, with its reason (仮定).</summary>
    Assumption = 4,
}

/// <summary>Names and ordering of <see cref="Basis"/>.</summary>
public static class BasisExtensions
{
    /// <summary>All bases, firmest first.</summary>
    public static IReadOnlyList<Basis> All { get; } = [Basis.Evidence, Basis.Survey, Basis.Input, Basis.Scenario, Basis.Assumption];

    /// <summary>The weaker of two bases (the one further from evidence).</summary>
    public static Basis Weaker(this Basis a, Basis b) => a >= b ? a : b;

    /// <summary>The machine token used in JSON, CSV and GraphML: <c>evidence</c>, <c>survey</c>, <c>input</c>, <c>scenario</c>, <c>assumption</c>.</summary>
    public static string Token(this Basis b) => b switch
    {
        Basis.Evidence => "evidence",
        Basis.Survey => "survey",
        Basis.Input => "input",
        Basis.Scenario => "scenario",
        _ => "assumption",
    };

    /// <summary>The Japanese label shown to readers: 根拠あり, 調査, 入力データ, シナリオ, 仮定.</summary>
    public static string Japanese(this Basis b) => Glossary.Basis(b, Language.Japanese);

    /// <summary>The English label shown to readers.</summary>
    public static string English(this Basis b) => Glossary.Basis(b, Language.English);

    /// <summary>Parses a <see cref="Token"/>.</summary>
    public static bool TryParse(string? token, out Basis basis)
    {
        foreach (var b in All)
            if (string.Equals(b.Token(), token, StringComparison.Ordinal)) { basis = b; return true; }
        basis = Basis.Assumption;
        return false;
    }
}
