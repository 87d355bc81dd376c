using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>Section 1: what the graph holds (from <see cref="Depgraph.Analysis.Summary.DatasetSummary"/>).</summary>
/// <param name="DatasetName">The dataset's name.</param>
/// <param name="IsCurated">True for the curated dataset (with provenance).</param>
/// <param name="NodeCount">Nodes.</param>
/// <param name="EdgeCount">Edges (all kinds).</param>
/// <param name="NodesByKind">Nodes per kind token, in kind order, kinds with none left out.</param>
/// <param name="EdgesByType">Edges per type token, in kind order.</param>
/// <param name="SectorCount">Nodes of kind sector.</param>
/// <param name="CeptoarCount">Nodes of kind ceptoar.</param>
/// <param name="MembersByUnit">Members by unit, summed over the member nodes (のべ数).</param>
/// <param name="ExternalByUnit">Recipients outside the membership, by unit.</param>
/// <param name="MemberTotal">All members the report counts (the 100 % of coverage).</param>
/// <param name="Hubs">The CEPTOARs (or member hubs) with their sector and members, by sector then hub order.</param>
/// <param name="HasSectors">True when CEPTOARs are attached to sectors (belongs_to); false on most generic graphs.</param>
public sealed record OverviewSection(
    string DatasetName,
    bool IsCurated,
    int NodeCount,
    int EdgeCount,
    IReadOnlyList<(string Kind, int Count)> NodesByKind,
    IReadOnlyList<(string Type, int Count)> EdgesByType,
    int SectorCount,
    int CeptoarCount,
    IReadOnlyList<MemberCount> MembersByUnit,
    IReadOnlyList<MemberCount> ExternalByUnit,
    long MemberTotal,
    IReadOnlyList<HubRow> Hubs,
    bool HasSectors)
{
    /// <summary>The part of <see cref="ExternalByUnit"/> that receives information only under a condition, by unit; never counted as certain.</summary>
    public IReadOnlyList<MemberCount> ConditionalExternalByUnit { get; init; } = [];
}
