namespace Depgraph.Reporting.Report;

/// <summary>A source document the dataset's evidence quotes come from.</summary>
/// <param name="FileName">The shipped copy's file name.</param>
/// <param name="Title">Title (Japanese as published).</param>
/// <param name="Publisher">Publisher.</param>
/// <param name="Date">Publication date as written (e.g. 2025年6月2日); null when unknown.</param>
/// <param name="Occasion">Where it was presented; null when unknown.</param>
/// <param name="TitleEn">English translation of the title; null when unknown.</param>
/// <param name="PublisherEn">The publisher in English; null when unknown.</param>
/// <param name="DateEn">The date in English; null when unknown.</param>
/// <param name="OccasionEn">The occasion in English; null when unknown.</param>
public sealed record SourceInfo(
    string FileName, string Title, string Publisher, string? Date, string? Occasion,
    string? TitleEn = null, string? PublisherEn = null, string? DateEn = null, string? OccasionEn = null);
