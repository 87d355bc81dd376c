namespace Depgraph.Core;

/// <summary>Argument guards shared by all projects (after NodaTime's <c>Preconditions</c>).</summary>
public static class Preconditions
{
    /// <summary>Throws <see cref="ArgumentNullException"/> when <paramref name="value"/> is null.</summary>
    public static T NotNull<T>(T? value, string name) where T : class => value ?? throw new ArgumentNullException(name);

    /// <summary>Throws when a string is null or empty.</summary>
    public static string NotNullOrEmpty(string? value, string name) =>
        string.IsNullOrEmpty(value) ? throw new ArgumentException($"{name} must not be null or empty.", name) : value;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> unless <paramref name="value"/> is in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static double InRange(double value, double min, double max, string name) =>
        double.IsNaN(value) || value < min || value > max
            ? throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [{min}, {max}].")
            : value;

    /// <summary>Throws unless <paramref name="value"/> is in [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static int InRange(int value, int min, int max, string name) =>
        value < min || value > max
            ? throw new ArgumentOutOfRangeException(name, value, $"{name} must be in [{min}, {max}].")
            : value;

    /// <summary>Throws unless <paramref name="vertex"/> is a valid vertex index of a graph with <paramref name="count"/> vertices.</summary>
    public static int ValidVertex(int vertex, int count, string name = "vertex") =>
        (uint)vertex >= (uint)count
            ? throw new ArgumentOutOfRangeException(name, vertex, $"{name} must be a vertex index in [0, {count}).")
            : vertex;
}
