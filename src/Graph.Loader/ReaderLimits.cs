using System.Globalization;

namespace Depgraph.Loader;

/// <summary>
/// The limits every reader enforces, so that no input can make a load crash, hang or exhaust memory. Defaults are
/// generous for real data (the shipped dataset is 154 nodes; the L benchmark 1,000,000 nodes and 5,000,000 edges);
/// a load that hits one stops with an issue (code <c>limit</c>) naming the limit and how to raise it.
/// </summary>
/// <remarks>
/// <para>On the command line every limit is set with <c>--limits name=value,…</c> using the names in
/// <see cref="Names"/> (e.g. <c>--limits max-nodes=50000000,yaml-depth=200</c>).</para>
/// <para>Number bounds are not limits but part of the data model and cannot be raised: delays and weights are finite
/// and at most <see cref="MaxHours"/> hours; member counts are integers in [0, <see cref="MaxMemberCount"/>].</para>
/// </remarks>
public sealed record ReaderLimits
{
    /// <summary>The defaults.</summary>
    public static ReaderLimits Default { get; } = new();

    /// <summary>Largest delay or weight accepted, in hours (about 114,000 years): every analysis (reach, paths, spof,
    /// cascade) sums delays along paths, and this bound keeps every sum exact enough to compare and far from overflow.</summary>
    public const double MaxHours = 1e9;

    /// <summary>Largest member count accepted for one unit of one node (Japan has about 3.7 million companies); with
    /// the file-size limit no sum of counts can overflow.</summary>
    public const long MaxMemberCount = 1_000_000_000;

    /// <summary>Largest input file, in bytes (<c>max-file-bytes</c>; default 2 GiB).</summary>
    public long MaxFileBytes { get; init; } = 2L << 30;

    /// <summary>Largest number of nodes (<c>max-nodes</c>; default 20,000,000).</summary>
    public int MaxNodes { get; init; } = 20_000_000;

    /// <summary>Largest number of edges (<c>max-edges</c>; default 200,000,000).</summary>
    public int MaxEdges { get; init; } = 200_000_000;

    /// <summary>Longest field (a CSV cell, a YAML scalar, a GraphML data value), in characters (<c>max-field-length</c>; default 1,000,000).</summary>
    public int MaxFieldLength { get; init; } = 1_000_000;

    /// <summary>Deepest YAML nesting of lists and mappings (<c>yaml-depth</c>; default 64; the dataset needs 5).</summary>
    public int MaxYamlDepth { get; init; } = 64;

    /// <summary>Most YAML aliases (<c>*name</c>) in one file (<c>yaml-aliases</c>; default 10,000).</summary>
    public int MaxYamlAliases { get; init; } = 10_000;

    /// <summary>Most YAML nodes the aliases of one file may stand for in total, counting every node an alias repeats
    /// (<c>yaml-alias-nodes</c>; default 1,000,000). This stops "billion laughs" alias bombs.</summary>
    public long MaxYamlAliasNodes { get; init; } = 1_000_000;

    /// <summary>The limit names used by <see cref="TryParse"/> and in messages.</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["max-file-bytes", "max-nodes", "max-edges", "max-field-length", "yaml-depth", "yaml-aliases", "yaml-alias-nodes"];

    /// <summary>The current value of the limit <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Unknown name.</exception>
    public long Get(string name) => name switch
    {
        "max-file-bytes" => MaxFileBytes,
        "max-nodes" => MaxNodes,
        "max-edges" => MaxEdges,
        "max-field-length" => MaxFieldLength,
        "yaml-depth" => MaxYamlDepth,
        "yaml-aliases" => MaxYamlAliases,
        "yaml-alias-nodes" => MaxYamlAliasNodes,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown limit"),
    };

    /// <summary>
    /// Parses <c>name=value[,name=value…]</c> over <paramref name="baseline"/> (default <see cref="Default"/>).
    /// Values are positive integers; <c>_</c> separators and the suffixes <c>k</c>, <c>M</c>, <c>G</c> (×1,000ⁿ) and
    /// <c>KiB</c>, <c>MiB</c>, <c>GiB</c> (×1,024ⁿ) are accepted.
    /// </summary>
    /// <param name="spec">The text to parse.</param>
    /// <param name="limits">The limits, or null on error.</param>
    /// <param name="error">What is wrong, or null.</param>
    /// <param name="baseline">The limits to start from.</param>
    /// <returns>True when the text is valid.</returns>
    public static bool TryParse(string? spec, out ReaderLimits? limits, out string? error, ReaderLimits? baseline = null)
    {
        limits = baseline ?? Default;
        error = null;
        foreach (var part in (spec ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            int eq = part.IndexOf('=');
            var name = (eq < 0 ? part : part[..eq]).Trim().ToLowerInvariant();
            if (!Names.Contains(name))
            {
                error = $"unknown limit '{name}'; known limits: {string.Join(", ", Names)}";
                limits = null;
                return false;
            }
            var text = eq < 0 ? "" : part[(eq + 1)..].Trim();
            long max = name is "max-file-bytes" or "yaml-alias-nodes" ? long.MaxValue : int.MaxValue;
            if (!TryValue(text, out long value) || value <= 0 || value > max)
            {
                error = $"limit {name} must be a positive whole number up to {max:N0} (e.g. {name}={Default.Get(name) * 2}); got '{text}'";
                limits = null;
                return false;
            }
            limits = name switch
            {
                "max-file-bytes" => limits with { MaxFileBytes = value },
                "max-nodes" => limits with { MaxNodes = (int)value },
                "max-edges" => limits with { MaxEdges = (int)value },
                "max-field-length" => limits with { MaxFieldLength = (int)value },
                "yaml-depth" => limits with { MaxYamlDepth = (int)value },
                "yaml-aliases" => limits with { MaxYamlAliases = (int)value },
                _ => limits with { MaxYamlAliasNodes = value },
            };
        }
        return true;
    }

    private static bool TryValue(string text, out long value)
    {
        value = 0;
        var t = text.Replace("_", "", StringComparison.Ordinal);
        (string Suffix, long Factor)[] suffixes = [("KiB", 1L << 10), ("MiB", 1L << 20), ("GiB", 1L << 30), ("k", 1_000), ("K", 1_000), ("M", 1_000_000), ("G", 1_000_000_000)];
        long factor = 1;
        foreach (var (s, f) in suffixes)
            if (t.EndsWith(s, StringComparison.Ordinal)) { factor = f; t = t[..^s.Length]; break; }
        if (!long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
        try { value = checked(n * factor); return true; }
        catch (OverflowException) { return false; }
    }

    /// <summary>The issue message for a limit that was hit: what, the limit's name and value, and how to raise it.</summary>
    internal string Exceeded(string name, string what) =>
        $"{what}: more than the limit {name}={Get(name):N0}. If the input is genuine, raise it with --limits {name}=N (library: ReaderLimits).";
}
