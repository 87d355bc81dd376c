using Depgraph.Core.Model;

namespace Depgraph.Cli.Infrastructure;

/// <summary>The label every output resting on the assumed inter-sector dependency matrix carries.</summary>
public static class AssumptionLabel
{
    /// <summary>The JSON <c>basis</c> value.</summary>
    public const string Basis = "assumption: the dependency matrix is assumed (NISC's interdependency analysis), not survey data";

    /// <summary>The line printed above a table.</summary>
    public static string TableLine(Language lang) =>
        lang.Pick("※ 分野間依存関係は仮定(assumption)であり、相互依存性調査の結果ではない", "NOTE: " + Basis);
}
