namespace Depgraph.Loader;

/// <summary>Collects issues in order of discovery, up to a cap; counts what it drops.</summary>
internal sealed class IssueCollector(int max = int.MaxValue)
{
    private readonly List<LoadIssue> _issues = [];
    private int _droppedErrors;
    private int _droppedWarnings;

    public bool HasErrors { get; private set; }

    public int Count => _issues.Count + _droppedErrors + _droppedWarnings;

    public void Error(string file, int line, string code, string message) => Add(new LoadIssue(file, line, code, message));

    public void Warning(string file, int line, string code, string message) =>
        Add(new LoadIssue(file, line, code, message, IssueSeverity.Warning));

    public void Add(LoadIssue issue)
    {
        bool error = issue.Severity == IssueSeverity.Error;
        HasErrors |= error;
        if (_issues.Count < max) _issues.Add(issue);
        else if (error) _droppedErrors++;
        else _droppedWarnings++;
    }

    /// <summary>The issues, plus one closing <c>too-many-issues</c> line when some were left out.</summary>
    public List<LoadIssue> ToList()
    {
        var list = new List<LoadIssue>(_issues);
        int dropped = _droppedErrors + _droppedWarnings;
        if (dropped > 0)
            list.Add(new LoadIssue("", 0, IssueCodes.TooManyIssues,
                $"{dropped:N0} more issue(s) not listed ({_droppedErrors:N0} errors, {_droppedWarnings:N0} warnings); only the first {max:N0} are shown. Fix these and run again.",
                _droppedErrors > 0 ? IssueSeverity.Error : IssueSeverity.Warning));
        return list;
    }
}
