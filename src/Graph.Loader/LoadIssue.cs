namespace Depgraph.Loader;

/// <summary>How serious a load problem is.</summary>
public enum IssueSeverity
{
    /// <summary>The input is wrong; the load fails.</summary>
    Error,
    /// <summary>Suspicious but loadable.</summary>
    Warning,
}

/// <summary>
/// One problem found while loading or validating input: where (file and 1-based line), a stable code
/// (e.g. <c>duplicate-id</c>), and a message that says what is wrong and how to fix it.
/// </summary>
/// <param name="File">The file, as given by the user (or relative to the dataset folder).</param>
/// <param name="Line">1-based line; 0 when the problem concerns the whole file.</param>
/// <param name="Code">Stable, documented code (see <see cref="IssueCodes"/>).</param>
/// <param name="Message">What is wrong and how to fix it.</param>
/// <param name="Severity">Error (load fails) or warning.</param>
public sealed record LoadIssue(string File, int Line, string Code, string Message, IssueSeverity Severity = IssueSeverity.Error)
{
    /// <summary><c>file:line: error code: message</c>, the form compilers use so editors can jump to it.</summary>
    public override string ToString() =>
        $"{File}:{Line}: {(Severity == IssueSeverity.Error ? "error" : "warning")} {Code}: {Message}";
}

/// <summary>The stable issue codes. Documented in README ("Validation codes").</summary>
public static class IssueCodes
{
    /// <summary>Two nodes share an id.</summary>
    public const string DuplicateId = "duplicate-id";
    /// <summary>An edge (or a reference in a row) names a node that does not exist.</summary>
    public const string DanglingReference = "dangling-reference";
    /// <summary>A node kind is not one of the known kinds.</summary>
    public const string UnknownKind = "unknown-kind";
    /// <summary>An edge type is not one of the known types.</summary>
    public const string UnknownType = "unknown-type";
    /// <summary>A weight (hours, strength) is negative or not a number.</summary>
    public const string BadWeight = "bad-weight";
    /// <summary>A probability is not a number in [0, 1].</summary>
    public const string BadProbability = "bad-probability";
    /// <summary>An edge goes from a node to itself.</summary>
    public const string SelfLoop = "self-loop";
    /// <summary>An evidence quote does not occur verbatim in the source text.</summary>
    public const string QuoteNotFound = "quote-not-found";
    /// <summary>A node or edge of a curated dataset has neither evidence nor assumption.</summary>
    public const string MissingProvenance = "missing-provenance";
    /// <summary>A CSV header is missing or wrong.</summary>
    public const string BadHeader = "bad-header";
    /// <summary>A CSV row has the wrong number of fields or an empty required field.</summary>
    public const string BadRow = "bad-row";
    /// <summary>A required field is missing.</summary>
    public const string MissingField = "missing-field";
    /// <summary>A YAML or XML file cannot be parsed.</summary>
    public const string Syntax = "syntax";
    /// <summary>An XML file declares a DTD or external entity (refused for safety).</summary>
    public const string DtdRefused = "dtd-refused";
    /// <summary>A file or folder does not exist or cannot be read.</summary>
    public const string FileNotFound = "file-not-found";
    /// <summary>A shares_with edge names a channel that defaults.yaml does not define.</summary>
    public const string UnknownChannel = "unknown-channel";
    /// <summary>A member count is negative, not an integer, or an unknown field is used.</summary>
    public const string BadValue = "bad-value";
    /// <summary>A reader limit (<see cref="ReaderLimits"/>) was hit; the message names it and how to raise it.</summary>
    public const string Limit = "limit";
    /// <summary>The bytes of a file are not valid in its encoding (UTF-8 unless another is given).</summary>
    public const string Encoding = "encoding";
    /// <summary>A file the dataset's manifest lists is missing, empty or misnamed, or a file is not in the manifest.</summary>
    public const string Manifest = "manifest";
    /// <summary>A structure the reader does not support (a nested GraphML graph, a hyperedge, an element in a foreign namespace).</summary>
    public const string Unsupported = "unsupported";
    /// <summary>More issues were found than a loader lists; the closing issue says how many were left out.</summary>
    public const string TooManyIssues = "too-many-issues";
}

/// <summary>
/// The outcome of a load: a value (when there are no errors) and every issue found.
/// After NodaTime's <c>ParseResult</c> and System.CommandLine's <c>ParseResult.Errors</c>: collect, don't throw on the first.
/// </summary>
public sealed class LoadResult<T> where T : class
{
    /// <summary>Creates a result.</summary>
    public LoadResult(T? value, IEnumerable<LoadIssue> issues)
    {
        Issues = [.. issues];
        Value = HasErrors ? null : value;
    }

    /// <summary>The loaded value; null when there are errors.</summary>
    public T? Value { get; }
    /// <summary>Every problem found, in file and line order of discovery.</summary>
    public IReadOnlyList<LoadIssue> Issues { get; }
    /// <summary>True when any issue is an error.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity == IssueSeverity.Error);
    /// <summary>True when the value loaded without errors.</summary>
    public bool Success => !HasErrors && Value is not null;

    /// <summary>The value, or an <see cref="InvalidDataException"/> listing every error.</summary>
    public T GetValueOrThrow() => Success
        ? Value!
        : throw new InvalidDataException(string.Join(Environment.NewLine, Issues.Where(i => i.Severity == IssueSeverity.Error)));
}
