namespace Depgraph.Core.Model;

/// <summary>
/// The language an output is written in: the one type every public API takes (names of nodes, CLI tables, help,
/// progress, the report and the charts). Parse the command line's <c>ja</c>/<c>en</c> with <see cref="Languages.Parse"/>.
/// </summary>
/// <remarks>The default value is <see cref="Japanese"/>, the language of the committee papers.</remarks>
public enum Language
{
    /// <summary>日本語 (<c>ja</c>): the default.</summary>
    Japanese = 0,

    /// <summary>English (<c>en</c>).</summary>
    English = 1,
}
