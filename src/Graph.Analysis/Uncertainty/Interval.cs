namespace Depgraph.Analysis.Uncertainty;

/// <summary>A closed interval [Low, High].</summary>
/// <param name="Low">Lower end.</param>
/// <param name="High">Upper end.</param>
public readonly record struct Interval(double Low, double High)
{
    /// <summary>True when <paramref name="x"/> lies in the interval.</summary>
    public bool Contains(double x) => x >= Low && x <= High;

    /// <summary>High − Low.</summary>
    public double Width => High - Low;
}
