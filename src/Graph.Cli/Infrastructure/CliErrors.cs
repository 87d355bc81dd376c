using Depgraph.Loader;

namespace Depgraph.Cli.Infrastructure;

/// <summary>Process exit codes of <c>depgraph</c> (documented in README).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;
    /// <summary>Bad input: the message names file, line and problem.</summary>
    public const int BadInput = 1;
    /// <summary>Usage error: unknown option, missing argument, unknown id, invalid value.</summary>
    public const int Usage = 2;
}

/// <summary>A usage error (exit code 2): wrong option value, unknown node id, conflicting options.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>Bad input (exit code 1), with every issue found.</summary>
public sealed class BadInputException(IReadOnlyList<LoadIssue> issues) : Exception("bad input")
{
    /// <summary>The issues.</summary>
    public IReadOnlyList<LoadIssue> Issues { get; } = issues;
}
