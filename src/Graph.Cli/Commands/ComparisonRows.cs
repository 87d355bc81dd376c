using Depgraph.Analysis.Comparison;
using Depgraph.Loader.Scenarios;

namespace Depgraph.Cli.Commands;

/// <summary>One line of a comparison table: a scenario, a section key (<c>lost</c>, <c>redundancy</c> …), an id and its values
/// (int/long counts or finite doubles; null where a value does not apply).</summary>
internal sealed record ComparisonRow(string Scenario, string Section, string Id, object? Base, object? ScenarioValue, object? Difference,
    object? Low = null, object? High = null);

/// <summary>The rows <c>depgraph compare</c> writes as CSV and as the workbook's 差分 sheet: one enumeration for both formats.</summary>
internal static class ComparisonRows
{
    /// <summary>Every changed item of every scenario, in the order the CSV lists them.</summary>
    public static IEnumerable<ComparisonRow> Of(IEnumerable<(AppliedScenario App, ScenarioComparisonResult Result)> results)
    {
        foreach (var (app, r) in results)
        {
            string s = app.Scenario.Name;
            foreach (var id in r.Lost) yield return new(s, "lost", id, 1, 0, -1);
            foreach (var id in r.Gained) yield return new(s, "gained", id, 0, 1, 1);
            foreach (var a in r.ArrivalChanged) yield return new(s, "arrivalChanged", a.Id, Num(a.Base), Num(a.Scenario), Num(a.Scenario - a.Base));
            foreach (var x in r.Redundancy) yield return new(s, "redundancy", x.Id, x.Base, x.Scenario, x.Scenario - x.Base);
            foreach (var id in r.ArticulationPointsAdded) yield return new(s, "articulationPointAdded", id, 0, 1, 1);
            foreach (var id in r.ArticulationPointsRemoved) yield return new(s, "articulationPointRemoved", id, 1, 0, -1);
            foreach (var x in r.NodeImpact)
                yield return new(s, "nodeImpactMembers", x.Id, x.Base?.Members, x.Scenario?.Members, (x.Scenario?.Members ?? 0) - (x.Base?.Members ?? 0));
            foreach (var c in r.Cascade) yield return new(s, "cascade", c.Id, Num(c.Base), Num(c.Scenario), Num(c.Difference), Num(c.Ci95Low), Num(c.Ci95High));
        }
    }

    /// <summary>A finite double, or null (an arrival that does not exist, an interval not computed).</summary>
    private static double? Num(double x) => double.IsFinite(x) ? x : null;
}
