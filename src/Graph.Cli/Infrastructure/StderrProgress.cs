namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// Progress on standard error, only when standard error is a terminal (<see cref="CliContext.IsErrorTerminal"/>);
/// redirected, a command writes no progress at all. Reports are written at once under a lock (not posted to the
/// thread pool), so nothing arrives after the result.
/// </summary>
/// <typeparam name="T">The progress value.</typeparam>
internal sealed class StderrProgress<T> : IProgress<T>
{
    private readonly TextWriter _err;
    private readonly Func<T, string> _text;
    private readonly bool _overwrite;
    private readonly object _gate = new();
    private int _width;

    private StderrProgress(TextWriter err, Func<T, string> text, bool overwrite)
    {
        _err = err;
        _text = text;
        _overwrite = overwrite;
    }

    /// <summary>One line per report, each ending with a newline; null when standard error is not a terminal.</summary>
    public static StderrProgress<T>? Lines(CliContext ctx, Func<T, string> text) =>
        ctx.IsErrorTerminal ? new StderrProgress<T>(ctx.Err, text, overwrite: false) : null;

    /// <summary>
    /// One line rewritten in place (carriage return) for counters that report often; <see cref="Finish"/> ends it with a
    /// newline. Null when standard error is not a terminal.
    /// </summary>
    public static StderrProgress<T>? Counter(CliContext ctx, Func<T, string> text) =>
        ctx.IsErrorTerminal ? new StderrProgress<T>(ctx.Err, text, overwrite: true) : null;

    /// <inheritdoc/>
    public void Report(T value)
    {
        string line = _text(value);
        lock (_gate)
        {
            if (!_overwrite) { _err.WriteLine(line); return; }
            _err.Write("\r" + line.PadRight(_width));
            _width = Math.Max(_width, line.Length);
        }
    }

    /// <summary>Ends a rewritten line with its newline (nothing when nothing was written).</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_overwrite && _width > 0) _err.WriteLine();
            _width = 0;
        }
    }
}
