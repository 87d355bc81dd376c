using System.Globalization;
using System.Text.Json;
using Depgraph.Analysis.Reach;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary><c>reach --to SELECTOR</c>: when is every selected node reached ("how many hours until all 金融 members receive it").</summary>
/// <param name="Selector">The selector as typed.</param>
/// <param name="Targets">The selected vertices.</param>
/// <param name="Reached">Selected vertices reached, with their arrival.</param>
/// <param name="NotReached">Selected vertices not reached.</param>
internal sealed record ReachTargets(string Selector, int[] Targets, IReadOnlyList<ReachedNode> Reached, IReadOnlyList<int> NotReached)
{
    /// <summary>The hour the last selected node is reached, or null when some are not reached.</summary>
    public double? AllReachedHours => NotReached.Count == 0 && Reached.Count > 0 ? Reached.Max(n => n.ArrivalHours) : null;

    public static ReachTargets Of(string selector, int[] targets, ReachResult r)
    {
        var set = targets.ToHashSet();
        var reached = r.Reached.Where(n => set.Contains(n.Vertex)).ToList();
        var hit = reached.Select(n => n.Vertex).ToHashSet();
        return new ReachTargets(selector, targets, reached, targets.Where(v => !hit.Contains(v)).ToArray());
    }

    public void WriteJson(Utf8JsonWriter w, CompactGraph g)
    {
        w.WriteStartObject("targets");
        w.WriteString("selector", Selector);
        w.WriteNumber("count", Targets.Length);
        w.WriteNumber("reached", Reached.Count);
        if (AllReachedHours is { } h) w.Number("allReachedHours", h); else w.WriteNull("allReachedHours");
        w.Strings("notReached", NotReached.Select(g.Id).Order(StringComparer.Ordinal));
        w.WriteEndObject();
    }

    public static void WriteTable(TextWriter o, CompactGraph g, ReachTargets? t, Language lang)
    {
        if (t is null) return;
        o.WriteLine();
        string hours = t.AllReachedHours is { } h ? h.ToString("0.##", CultureInfo.InvariantCulture) + (lang.Pick(" 時間で全て到達", " h until all are reached")) : (lang.Pick("全ては到達しない", "not all are reached"));
        o.WriteLine($"{lang.Pick("宛先", "targets")} {t.Selector}: {t.Reached.Count:N0} / {t.Targets.Length:N0} {Glossary.Reached.For(lang)}, {hours}");
        if (t.NotReached.Count > 0)
            o.WriteLine($"  {Glossary.NotReached.For(lang)}: {string.Join(", ", t.NotReached.Take(30).Select(g.Id))}{(t.NotReached.Count > 30 ? ", …" : "")}");
    }
}
