using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Selection;

/// <summary>A five-organisation structure: one sector, two CEPTOARs (one in it), members and an outside recipient.</summary>
internal static class SelectionGraph
{
    public static CompactGraph Build()
    {
        var b = new CompactGraphBuilder();
        int nisc = b.AddNode("nisc", NodeKind.Government, "内閣サイバーセキュリティセンター", "NISC");
        int fin = b.AddNode("sector.finance", NodeKind.Sector, "金融", "Finance");
        int banks = b.AddNode("ceptoar.banks", NodeKind.Ceptoar, "銀行等CEPTOAR", "Banks CEPTOAR");
        int sec = b.AddNode("ceptoar.securities", NodeKind.Ceptoar, "証券CEPTOAR", "Securities CEPTOAR");
        int water = b.AddNode("ceptoar.water", NodeKind.Ceptoar, "水道CEPTOAR", "Water CEPTOAR");
        int mb = b.AddNode("members.banks", NodeKind.Member, "銀行等CEPTOAR構成員", "Banks members");
        int xb = b.AddNode("external.banks", NodeKind.External, "銀行等 構成員以外", "Banks outside");
        b.AddNode("exercise.drill", NodeKind.Exercise, "セプター訓練", "CEPTOAR drill");
        b.AddEdge(banks, fin, EdgeKind.BelongsTo);
        b.AddEdge(sec, fin, EdgeKind.BelongsTo);
        b.AddEdge(mb, banks, EdgeKind.MemberOf);
        b.AddEdge(banks, xb, EdgeKind.SharesWith, flow: InfoFlow.Provide);
        b.AddEdge(nisc, banks, EdgeKind.SharesWith, flow: InfoFlow.Provide);
        b.AddEdge(nisc, water, EdgeKind.SharesWith, flow: InfoFlow.Provide);
        b.AddEdge(banks, mb, EdgeKind.SharesWith, flow: InfoFlow.Provide);
        return b.Build();
    }
}
