namespace Depgraph.Reporting.Report;

/// <summary>Appendix B: what is needed to reproduce the report.</summary>
/// <param name="Input">The input as named by the caller (no absolute path), e.g. <c>ceptoar-fy2024</c>.</param>
/// <param name="Fingerprint">SHA-256 (first 16 hex digits) of the graph: node ids, kinds, names, member counts, every edge with its type, flow, delay, probability and strength, and each fact's provenance basis and assumption, in input order.</param>
/// <param name="NodeCount">Nodes.</param>
/// <param name="EdgeCount">Edges.</param>
/// <param name="Root">Id of the source.</param>
/// <param name="InformationLayer">Layer of reach and single points of failure.</param>
/// <param name="DependencyLayer">Layer of propagation.</param>
/// <param name="Seed">Monte Carlo seed.</param>
/// <param name="Runs">Monte Carlo runs per outage.</param>
/// <param name="Threshold">Linear-threshold cascade threshold.</param>
/// <param name="PathCount">k of the k shortest paths.</param>
/// <param name="TopN">Rows of the ranked tables.</param>
/// <param name="Language">Requested language token (<c>ja</c> or <c>en</c>).</param>
/// <param name="ToolVersion">depgraph's version (informational version without the source revision).</param>
public sealed record RunParameters(
    string Input,
    string Fingerprint,
    int NodeCount,
    int EdgeCount,
    string Root,
    string InformationLayer,
    string DependencyLayer,
    int Seed,
    int Runs,
    double Threshold,
    int PathCount,
    int TopN,
    string Language,
    string ToolVersion);
