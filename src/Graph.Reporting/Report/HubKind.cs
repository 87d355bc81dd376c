namespace Depgraph.Reporting.Report;

/// <summary>What plays the role of the CEPTOARs in a report.</summary>
public enum HubKind
{
    /// <summary>The CEPTOARs (kind <c>ceptoar</c>) of the curated dataset.</summary>
    Ceptoar = 0,

    /// <summary>On a generic graph: every node of kind <c>ceptoar</c> or <c>isac</c> (member hubs).</summary>
    MemberHub = 1,
}
