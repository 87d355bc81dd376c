using Depgraph.Analysis.Uncertainty;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Summary;

/// <summary>
/// What a result rests on: how many of the edges whose numbers it used rest on evidence, the survey, the user's
/// input, a scenario or an assumption. The one place where an output decides whether to carry the 【仮定】 label:
/// from the provenance of the edges it used (<see cref="CompactGraph.ParameterBasis"/>), never from where the input
/// came from.
/// </summary>
/// <param name="Evidence">Edges whose numbers are quoted.</param>
/// <param name="Survey">Edges whose numbers are survey answers.</param>
/// <param name="Input">Edges from the user's own graph file (no provenance recorded).</param>
/// <param name="Scenario">Edges added or changed by a scenario.</param>
/// <param name="Assumption">Edges whose numbers are assumed.</param>
public sealed record ResultBasis(int Evidence, int Survey, int Input, int Scenario, int Assumption)
{
    /// <summary>A result that used no edge.</summary>
    public static ResultBasis Nothing { get; } = new(0, 0, 0, 0, 0);

    /// <summary>The basis of a result that used every number of <paramref name="edges"/> of <paramref name="graph"/>.</summary>
    public static ResultBasis Of(CompactGraph graph, IEnumerable<int> edges) => Of(graph, edges, []);

    /// <summary>
    /// The basis of a result that read only <paramref name="parameters"/> of <paramref name="edges"/> (all three when
    /// empty): each edge counts with the weakest basis among the numbers read (<see cref="CompactGraph.ParameterBases"/>),
    /// so a surveyed strength beside an assumed probability makes an independent cascade an assumption and a
    /// linear-threshold cascade (with surveyed hours) a survey result.
    /// </summary>
    public static ResultBasis Of(CompactGraph graph, IEnumerable<int> edges, IReadOnlyList<EdgeParameter> parameters)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(edges);
        ArgumentNullException.ThrowIfNull(parameters);
        Span<int> c = stackalloc int[5];
        foreach (int e in edges) c[(int)Read(graph.ParameterBases(e), parameters)]++;
        return new ResultBasis(c[0], c[1], c[2], c[3], c[4]);
    }

    /// <summary>The basis of a result that may use every edge of <paramref name="graph"/> (e.g. a cascade over a layer).</summary>
    public static ResultBasis OfAllEdges(CompactGraph graph) => OfAllEdges(graph, []);

    /// <summary>The basis of a result that may read <paramref name="parameters"/> (all when empty) of every edge of <paramref name="graph"/>, e.g. <see cref="Cascade.IndependentCascade.ParametersRead"/>.</summary>
    public static ResultBasis OfAllEdges(CompactGraph graph, IReadOnlyList<EdgeParameter> parameters) =>
        Of(graph ?? throw new ArgumentNullException(nameof(graph)), Enumerable.Range(0, graph.EdgeCount), parameters);

    private static Basis Read(ParameterBases b, IReadOnlyList<EdgeParameter> parameters)
    {
        if (parameters.Count == 0) return b.Weakest;
        var basis = Basis.Evidence;
        foreach (var p in parameters)
            basis = basis.Weaker(p switch { EdgeParameter.Probability => b.Probability, EdgeParameter.Strength => b.Strength, _ => b.Hours });
        return basis;
    }

    /// <summary>Edges counted.</summary>
    public int Total => Evidence + Survey + Input + Scenario + Assumption;

    /// <summary>Edges counted with basis <paramref name="basis"/>.</summary>
    public int Count(Basis basis) => basis switch
    {
        Basis.Evidence => Evidence,
        Basis.Survey => Survey,
        Basis.Input => Input,
        Basis.Scenario => Scenario,
        _ => Assumption,
    };

    /// <summary>The weakest basis among the edges used (<see cref="Basis.Evidence"/> when none).</summary>
    public Basis Weakest =>
        Assumption > 0 ? Basis.Assumption : Scenario > 0 ? Basis.Scenario : Input > 0 ? Basis.Input : Survey > 0 ? Basis.Survey : Basis.Evidence;

    /// <summary>True when at least one number used is assumed: the output must carry the assumption label.</summary>
    public bool RestsOnAssumption => Assumption > 0;

    /// <summary>The bases present, firmest first, as tokens with counts: <c>evidence 12, assumption 40</c>.</summary>
    public string Describe() =>
        string.Join(", ", BasisExtensions.All.Where(b => Count(b) > 0).Select(b => $"{b.Token()} {Count(b)}"));
}
