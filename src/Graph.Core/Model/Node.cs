using System.Collections.Immutable;

namespace Depgraph.Core.Model;

/// <summary>An organisation, group of members, activity or resource.</summary>
/// <remarks>Immutable. <see cref="Members"/> keeps counts as numbers by unit; <see cref="MembersAsWritten"/> keeps the source's text.</remarks>
public sealed record Node
{
    /// <summary>Creates a node.</summary>
    public Node(string id, NodeKind kind, string nameJa, string nameEn, Provenance provenance,
        ImmutableArray<MemberCount> members = default, string? membersAsWritten = null,
        ImmutableArray<string> scope = default, string? departmentJa = null,
        ImmutableSortedDictionary<string, string>? attributes = null, int line = 0, string? file = null)
    {
        Preconditions.NotNullOrEmpty(id, nameof(id));
        Id = id;
        Kind = kind;
        NameJa = nameJa ?? "";
        NameEn = nameEn ?? "";
        Provenance = provenance ?? Provenance.None;
        Members = members.IsDefault ? ImmutableArray<MemberCount>.Empty : members;
        MembersAsWritten = membersAsWritten;
        Scope = scope.IsDefault ? ImmutableArray<string>.Empty : scope;
        DepartmentJa = departmentJa;
        Attributes = attributes ?? ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
        Line = line;
        File = file;
    }

    /// <summary>Stable identifier, as in the input.</summary>
    public string Id { get; }
    /// <summary>The kind of node.</summary>
    public NodeKind Kind { get; }
    /// <summary>Japanese name (or the label of a generic graph).</summary>
    public string NameJa { get; }
    /// <summary>English name (may be empty).</summary>
    public string NameEn { get; }
    /// <summary>Where the node comes from.</summary>
    public Provenance Provenance { get; }
    /// <summary>Member counts by unit (empty for non-member nodes).</summary>
    public ImmutableArray<MemberCount> Members { get; }
    /// <summary>The member count exactly as the source writes it, e.g. "47 都道府県 1,741 市区町村".</summary>
    public string? MembersAsWritten { get; }
    /// <summary>Business scopes (事業の範囲) of a sector or CEPTOAR.</summary>
    public ImmutableArray<string> Scope { get; }
    /// <summary>Department of a secretariat, when the source names it.</summary>
    public string? DepartmentJa { get; }
    /// <summary>Further attributes (scalar strings), sorted by key.</summary>
    public ImmutableSortedDictionary<string, string> Attributes { get; }
    /// <summary>1-based line in the file the node was read from (0 when unknown).</summary>
    public int Line { get; }
    /// <summary>The file the node was read from, when known.</summary>
    public string? File { get; }

    /// <summary>Total members over all units.</summary>
    public long TotalMembers => Members.Sum(m => m.Count);

    /// <summary>Name in the requested language, falling back to the other one and then to the id.</summary>
    public string Name(Language language = Language.Japanese) =>
        (language == Language.English ? (NameEn.Length > 0 ? NameEn : NameJa) : (NameJa.Length > 0 ? NameJa : NameEn)) is { Length: > 0 } s ? s : Id;
}
