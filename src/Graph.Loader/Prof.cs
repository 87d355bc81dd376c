using System.Diagnostics;

namespace Depgraph.Loader;

/// <summary>
/// A diagnostic for the compact CSV load: with the environment variable <c>DEPGRAPH_LOAD_PROF=1</c>, each phase's wall
/// and process CPU seconds, the managed heap and the garbage collections so far (generations 0/1/2, total pause) go to
/// standard error (a profile without a profiler; off otherwise).
/// </summary>
internal static class Prof
{
    private static readonly bool On = Environment.GetEnvironmentVariable("DEPGRAPH_LOAD_PROF") == "1";
    private static readonly Stopwatch Clock = Stopwatch.StartNew();
    private static double _wall, _cpu;

    /// <summary>Ends a phase.</summary>
    public static void Mark(string phase)
    {
        if (!On) return;
        double wall = Clock.Elapsed.TotalSeconds, cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        Console.Error.WriteLine($"[prof] {phase}: wall {wall - _wall:F3} cpu {cpu - _cpu:F3} heap {GC.GetTotalMemory(false) >> 20} MB gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalSeconds:F3} s");
        (_wall, _cpu) = (wall, cpu);
    }
}
