using Depgraph.Core;

namespace Depgraph.Analysis.Resilience;

/// <summary>
/// The strongly connected components of a graph: component id per vertex and the count. Built by
/// <see cref="StronglyConnectedComponents.Compute"/>. Immutable.
/// </summary>
/// <remarks>
/// Component ids are 0..<see cref="Count"/>-1 in the order Tarjan's algorithm completes them, which is a reverse
/// topological order of the condensation: if some edge leads from component a to a different component b, then
/// <c>b &lt; a</c>. Vertices excluded from the computation (internal use) have id −1.
/// </remarks>
public sealed class StronglyConnectedComponentsResult
{
    private readonly int[] _component;
    private readonly int[] _size;

    internal StronglyConnectedComponentsResult(int[] component, int count)
    {
        _component = component;
        Count = count;
        _size = new int[count];
        foreach (int c in component) if (c >= 0) _size[c]++;
    }

    /// <summary>Number of strongly connected components.</summary>
    public int Count { get; }

    /// <summary>Component id of every vertex, indexed by vertex.</summary>
    public ReadOnlySpan<int> ComponentIds => _component;

    /// <summary>The component id of vertex <paramref name="v"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="v"/> is not a vertex.</exception>
    public int ComponentOf(int v) => _component[Preconditions.ValidVertex(v, _component.Length, nameof(v))];

    /// <summary>Number of vertices in component <paramref name="component"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="component"/> is not a component id.</exception>
    public int Size(int component) => _size[Preconditions.ValidVertex(component, Count, nameof(component))];
}
