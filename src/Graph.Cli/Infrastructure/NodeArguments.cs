using Depgraph.Analysis.Selection;
using Depgraph.Core.Compact;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// Resolves node arguments (<c>--from</c>, <c>--to</c>, …): ids, exact Japanese or English names, and the selectors
/// <c>kind:K</c> and <c>sector:S</c> (<see cref="NodeSelector"/>). Nothing selected, or an ambiguous name, is a usage
/// error naming the option and the candidates.
/// </summary>
public static class NodeArguments
{
    /// <summary>Resolves a comma-separated list on <paramref name="all"/> (the whole graph; its layers share vertex indices).</summary>
    public static int[] Resolve(CompactGraph all, string? spec, string option)
    {
        if (string.IsNullOrWhiteSpace(spec)) throw new UsageException($"{option} needs at least one node id, name or selector");
        try { return NodeSelector.SelectList(all, spec); }
        catch (SelectionException e) { throw new UsageException($"{option}: {e.Message}"); }
    }

    /// <summary>The ids <paramref name="spec"/> names, or none when it names nothing resolvable (for protecting sources from a scenario).</summary>
    public static IEnumerable<string> IdsOrNone(CompactGraph all, string? spec)
    {
        if (string.IsNullOrWhiteSpace(spec)) return [];
        try { return NodeSelector.SelectList(all, spec).Select(all.Id).ToArray(); }
        catch (SelectionException) { return []; }
    }
}
