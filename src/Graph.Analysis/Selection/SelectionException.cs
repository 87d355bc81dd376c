namespace Depgraph.Analysis.Selection;

/// <summary>A selector or name that selects nothing, or a name that fits several nodes (the candidates are listed).</summary>
public sealed class SelectionException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public SelectionException(string message, IReadOnlyList<string> candidates) : base(message) => Candidates = candidates;

    /// <summary>The ids a name could mean (empty when nothing matched).</summary>
    public IReadOnlyList<string> Candidates { get; }
}
