using System.Text.RegularExpressions;
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
/// <remarks>The message is cleaned (<see cref="CliErrors.Clean"/>): a library message passed on as is loses .NET's
/// <c>(Parameter 'x')</c> and <c>Actual value was …</c> suffixes.</remarks>
public sealed class UsageException(string message) : Exception(CliErrors.Clean(message));

/// <summary>Bad input (exit code 1), with every issue found.</summary>
public sealed class BadInputException(IReadOnlyList<LoadIssue> issues) : Exception("bad input")
{
    /// <summary>The issues.</summary>
    public IReadOnlyList<LoadIssue> Issues { get; } = issues;
}

/// <summary>Turns messages from .NET and System.CommandLine into messages for a user: no type names, no parameter suffixes.</summary>
public static partial class CliErrors
{
    /// <summary>
    /// The message of an argument error from the library, without .NET's <c>(Parameter 'Runs')</c> and
    /// <c>Actual value was -1.</c> suffixes; the value is appended as <c>(got -1)</c>.
    /// </summary>
    /// <param name="ex">The exception.</param>
    /// <returns>One line for the user.</returns>
    public static string Describe(ArgumentException ex)
    {
        var text = ex.Message;
        if (ex.ParamName is { } p) text = text.Replace($" (Parameter '{p}')", "", StringComparison.Ordinal);
        return Clean(text);
    }

    /// <summary>
    /// A message with .NET type names replaced by plain words, <c>(Parameter 'x')</c> removed and <c>Actual value was
    /// -1.</c> turned into <c>(got -1)</c>, on one line.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <returns>The cleaned message.</returns>
    public static string Clean(string message)
    {
        var text = ParameterSuffix().Replace(message, "");
        text = ActualValue().Replace(text, m => " (got " + m.Groups[1].Value.TrimEnd('.') + ")");
        text = NullableType().Replace(text, m => Word(m.Groups[1].Value));
        text = SystemType().Replace(text, m => Word(m.Groups[1].Value));
        return string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string Word(string type) => type switch
    {
        "Int32" or "Int64" or "Int16" or "UInt32" or "UInt64" or "Byte" => "a whole number",
        "Double" or "Single" or "Decimal" => "a number",
        "Boolean" => "true or false",
        "String" => "a text",
        _ => "a value",
    };

    [GeneratedRegex(@"'?System\.Nullable`1\[System\.(\w+)\]'?")]
    private static partial Regex NullableType();

    [GeneratedRegex(@"'?System\.(Int32|Int64|Int16|UInt32|UInt64|Byte|Double|Single|Decimal|Boolean|String)'?")]
    private static partial Regex SystemType();

    [GeneratedRegex(@"\s*Actual value was ([^\r\n]*)")]
    private static partial Regex ActualValue();

    [GeneratedRegex(@" ?\(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();
}
