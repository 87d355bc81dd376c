namespace Depgraph.Reporting.Report;

/// <summary>An algorithm the report uses and the paper it comes from.</summary>
/// <param name="UseJa">What it computes, in Japanese.</param>
/// <param name="UseEn">What it computes, in English.</param>
/// <param name="Algorithm">The algorithm's name.</param>
/// <param name="Citation">Authors, year, title, venue.</param>
/// <param name="Doi">The DOI, or null when the paper has none.</param>
public sealed record MethodReference(string UseJa, string UseEn, string Algorithm, string Citation, string? Doi)
{
    /// <summary>Every method the report names, in the order of the report's sections.</summary>
    public static IReadOnlyList<MethodReference> All { get; } =
    [
        new("最短到達時間（情報の到達）", "Earliest arrival (reach)", "Dijkstra",
            "E. W. Dijkstra (1959), A note on two problems in connexion with graphs, Numerische Mathematik 1, 269–271", "10.1007/BF01386390"),
        new("関節点と橋（無向グラフ）", "Articulation points and bridges (undirected view)", "Hopcroft–Tarjan",
            "J. Hopcroft, R. Tarjan (1973), Algorithm 447: efficient algorithms for graph manipulation, Communications of the ACM 16(6), 372–378", "10.1145/362248.362272"),
        new("支配木・組織とリンクの障害影響", "Dominator tree; node and link impact", "Lengauer–Tarjan",
            "T. Lengauer, R. E. Tarjan (1979), A fast algorithm for finding dominators in a flowgraph, ACM TOPLAS 1(1), 121–141", "10.1145/357062.357071"),
        new("強関節点と強橋（有向グラフ）", "Strong articulation points and strong bridges", "Italiano–Laura–Santaroni",
            "G. F. Italiano, L. Laura, F. Santaroni (2012), Finding strong bridges and strong articulation points in linear time, Theoretical Computer Science 447, 74–84", "10.1016/j.tcs.2011.11.011"),
        new("経路の冗長性（点素な経路の数）", "Route redundancy (vertex-disjoint paths)", "Menger; max-flow (Dinic)",
            "K. Menger (1927), Zur allgemeinen Kurventheorie, Fundamenta Mathematicae 10, 96–115", "10.4064/fm-10-1-96-115"),
        new("最大流（点素な経路の計算）", "Maximum flow (counting disjoint paths)", "Dinic",
            "E. A. Dinic (1970), Algorithm for solution of a problem of maximum flow in networks with power estimation, Soviet Mathematics Doklady 11, 1277–1280", null),
        new("最大流（増加路法）", "Maximum flow (augmenting paths)", "Edmonds–Karp",
            "J. Edmonds, R. M. Karp (1972), Theoretical improvements in algorithmic efficiency for network flow problems, Journal of the ACM 19(2), 248–264", "10.1145/321694.321699"),
        new("波及経路（k最短経路）", "Propagation paths (k shortest paths)", "Yen",
            "J. Y. Yen (1971), Finding the k shortest loopless paths in a network, Management Science 17(11), 712–716", "10.1287/mnsc.17.11.712"),
        new("線形閾値カスケード", "Linear threshold cascade", "Watts",
            "D. J. Watts (2002), A simple model of global cascades on random networks, PNAS 99(9), 5766–5771", "10.1073/pnas.082090499"),
        new("独立カスケード（モンテカルロ）", "Independent cascade (Monte Carlo)", "Kempe–Kleinberg–Tardos",
            "D. Kempe, J. Kleinberg, É. Tardos (2003), Maximizing the spread of influence through a social network, KDD 2003, 137–146", "10.1145/956750.956769"),
        new("確率の区間推定", "Interval for a proportion", "Wilson score interval",
            "E. B. Wilson (1927), Probable inference, the law of succession, and statistical inference, JASA 22(158), 209–212", "10.1080/01621459.1927.10502953"),
    ];
}
