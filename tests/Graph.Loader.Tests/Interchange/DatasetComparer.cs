using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests.Interchange;

/// <summary>
/// Compares two datasets as sets: nodes by id, edges by (source, target, type) with parallel edges in order; every
/// attribute and the provenance are compared exactly (doubles bit for bit); file, line and order are ignored.
/// </summary>
internal static class DatasetComparer
{
    /// <summary>Every difference, described; empty when the datasets are equal.</summary>
    public static List<string> Differences(GraphDataset expected, GraphDataset actual, Func<string, string>? mapArrayItem = null)
    {
        var map = mapArrayItem ?? (s => s);
        var diffs = new List<string>();
        var actualNodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        foreach (var n in actual.Nodes)
        {
            if (!actualNodes.TryAdd(n.Id, n)) diffs.Add($"node '{n.Id}' appears twice in actual");
        }
        if (expected.Nodes.Length != actual.Nodes.Length) diffs.Add($"node count {expected.Nodes.Length} != {actual.Nodes.Length}");
        foreach (var e in expected.Nodes)
        {
            if (!actualNodes.TryGetValue(e.Id, out var a)) { diffs.Add($"node '{e.Id}' missing"); continue; }
            var p = $"node '{e.Id}'";
            Check(diffs, p, "kind", e.Kind, a.Kind);
            Check(diffs, p, "name_ja", e.NameJa, a.NameJa);
            Check(diffs, p, "name_en", e.NameEn, a.NameEn);
            Check(diffs, p, "members", string.Join("|", e.Members.Select(m => $"{map(m.Unit)}={m.Count}")), string.Join("|", a.Members.Select(m => $"{m.Unit}={m.Count}")));
            Check(diffs, p, "members_as_written", e.MembersAsWritten, a.MembersAsWritten);
            CheckSeq(diffs, p, "scope", e.Scope.Select(map), a.Scope);
            Check(diffs, p, "department_ja", e.DepartmentJa, a.DepartmentJa);
            CheckSeq(diffs, p, "attributes", e.Attributes.Select(kv => kv.Key + "=" + kv.Value), a.Attributes.Select(kv => kv.Key + "=" + kv.Value));
            CheckProvenance(diffs, p, e.Provenance, a.Provenance, map);
        }
        if (expected.Edges.Length != actual.Edges.Length) diffs.Add($"edge count {expected.Edges.Length} != {actual.Edges.Length}");
        var groups = actual.Edges.GroupBy(x => (x.Source, x.Target, x.Kind)).ToDictionary(g => g.Key, g => new Queue<Edge>(g));
        foreach (var e in expected.Edges)
        {
            var p = $"edge {e.Source} -> {e.Target} ({e.Kind})";
            if (!groups.TryGetValue((e.Source, e.Target, e.Kind), out var q) || q.Count == 0) { diffs.Add(p + " missing"); continue; }
            var a = q.Dequeue();
            Check(diffs, p, "flow", e.Flow, a.Flow);
            CheckSeq(diffs, p, "channels", e.Channels.Select(map), a.Channels);
            Check(diffs, p, "delay_hours", e.DelayHours, a.DelayHours);
            Check(diffs, p, "probability", e.Probability, a.Probability);
            Check(diffs, p, "strength", e.Strength, a.Strength);
            CheckSeq(diffs, p, "attributes", e.Attributes.Select(kv => kv.Key + "=" + kv.Value), a.Attributes.Select(kv => kv.Key + "=" + kv.Value));
            CheckProvenance(diffs, p, e.Provenance, a.Provenance, map);
        }
        return diffs;
    }

    /// <summary>Asserts that the datasets are equal, listing the first differences.</summary>
    public static void AssertEqual(GraphDataset expected, GraphDataset actual, Func<string, string>? mapArrayItem = null)
    {
        var d = Differences(expected, actual, mapArrayItem);
        Assert.True(d.Count == 0, "datasets differ:\n" + string.Join("\n", d.Take(20)));
    }

    private static void CheckProvenance(List<string> diffs, string p, Provenance e, Provenance a, Func<string, string> map)
    {
        Check(diffs, p, "assumption", e.Assumption, a.Assumption);
        CheckSeq(diffs, p, "evidence", e.Evidence.Select(x => $"{map(x.Quote)}@{x.Line}@{map(x.Document)}"), a.Evidence.Select(x => $"{x.Quote}@{x.Line}@{x.Document}"));
    }

    private static void Check<T>(List<string> diffs, string p, string what, T e, T a)
    {
        if (!EqualityComparer<T>.Default.Equals(e, a)) diffs.Add($"{p} {what}: expected {Show(e)}, got {Show(a)}");
    }

    private static void CheckSeq(List<string> diffs, string p, string what, IEnumerable<string> e, IEnumerable<string> a)
    {
        var el = e.ToList();
        var al = a.ToList();
        if (!el.SequenceEqual(al, StringComparer.Ordinal)) diffs.Add($"{p} {what}: expected [{string.Join(", ", el.Select(Show))}], got [{string.Join(", ", al.Select(Show))}]");
    }

    private static string Show<T>(T v) => v is null ? "null" : v is double d ? d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)
        : System.Text.Json.JsonSerializer.Serialize(v.ToString());
}
