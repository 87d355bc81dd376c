using System.Collections.ObjectModel;

namespace Depgraph.Learning;

/// <summary>
/// The structural features of every vertex of a graph, one row per vertex, one column per feature
/// (<see cref="NodeFeatures.Names"/>), stored row-major in one <see cref="float"/> array.
/// </summary>
/// <remarks>
/// Memory: 4 · <see cref="NodeCount"/> · <see cref="Width"/> bytes (about 100 MB for a million vertices),
/// one array instead of a million small ones. Immutable: the constructor copies nothing, so it is internal.
/// </remarks>
public sealed class NodeFeatureMatrix
{
    private readonly float[] _values;

    internal NodeFeatureMatrix(int nodeCount, float[] values)
    {
        NodeCount = nodeCount;
        _values = values;
    }

    /// <summary>Rows: the vertices of the graph, by index.</summary>
    public int NodeCount { get; }

    /// <summary>Columns: the number of features (<see cref="NodeFeatures.Count"/>).</summary>
    public int Width => NodeFeatures.Count;

    /// <summary>Feature names, in column order.</summary>
    public ReadOnlyCollection<string> Names => NodeFeatures.Names;

    /// <summary>Feature <paramref name="feature"/> of vertex <paramref name="v"/>.</summary>
    public float this[int v, int feature]
    {
        get
        {
            if ((uint)v >= (uint)NodeCount) throw new ArgumentOutOfRangeException(nameof(v), v, $"v must be a vertex index in [0, {NodeCount}).");
            if ((uint)feature >= (uint)Width) throw new ArgumentOutOfRangeException(nameof(feature), feature, $"feature must be in [0, {Width}).");
            return _values[(long)v * Width + feature];
        }
    }

    /// <summary>Feature <paramref name="name"/> of vertex <paramref name="v"/>.</summary>
    /// <exception cref="ArgumentException">No feature has that name.</exception>
    public float this[int v, string name] => this[v, NodeFeatures.IndexOf(name)];

    /// <summary>The features of vertex <paramref name="v"/> (a view, not a copy).</summary>
    public ReadOnlySpan<float> Row(int v)
    {
        if ((uint)v >= (uint)NodeCount) throw new ArgumentOutOfRangeException(nameof(v), v, $"v must be a vertex index in [0, {NodeCount}).");
        return new ReadOnlySpan<float>(_values, v * Width, Width);
    }

    /// <summary>A copy of the features of vertex <paramref name="v"/>.</summary>
    public float[] RowArray(int v) => Row(v).ToArray();
}
