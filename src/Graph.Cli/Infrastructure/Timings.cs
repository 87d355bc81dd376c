using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Depgraph.Cli.Infrastructure;

/// <summary>
/// <c>--timings</c>: wall seconds per phase of one command, written on stderr as one JSON line
/// <c>{"timings": {"load": s, "analysis": s, "write": s}}</c>, so users see where the time goes on their own graphs
/// and benchmarks can time the analysis alone. Phases are laps of one stopwatch started when the input starts loading.
/// </summary>
public sealed class Timings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Phase, double Seconds)> _laps = [];
    private double _mark;

    /// <summary>The option, added to the analysis commands by <see cref="InputOptions.AddTimingsTo"/>.</summary>
    public static Option<bool> CreateOption() => new("--timings")
    {
        Description = "Write wall seconds per phase as one JSON line on stderr: {\"timings\": {\"load\": s, \"analysis\": s, \"write\": s}}",
    };

    /// <summary>Ends the current phase, naming it <paramref name="phase"/>.</summary>
    public void Lap(string phase)
    {
        double now = _clock.Elapsed.TotalSeconds;
        _laps.Add((phase, now - _mark));
        _mark = now;
    }

    /// <summary>The JSON line (invariant culture, seconds with 6 decimals).</summary>
    public string ToJsonLine()
    {
        var sb = new StringBuilder("{\"timings\": {");
        for (int i = 0; i < _laps.Count; i++)
        {
            if (i > 0) sb.Append(", ");
            sb.Append('"').Append(_laps[i].Phase).Append("\": ").Append(_laps[i].Seconds.ToString("F6", CultureInfo.InvariantCulture));
        }
        return sb.Append("}}").ToString();
    }
}
