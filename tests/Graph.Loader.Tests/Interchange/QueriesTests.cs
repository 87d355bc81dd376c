using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests.Interchange;

/// <summary>
/// The analysts' Cypher queries in queries/: ten of them, each shown verbatim in the README, each accepted by Neo4j's
/// parser, and each with an expected answer on the curated dataset that these tests recompute from the dataset by
/// evaluating the query's own semantics (Cypher's path modes, filters, hop bounds, ordering) in C#.
/// </summary>
public class QueriesTests
{
    private static string QueriesDir => Path.Combine(ExternalTools.RepoRoot, "queries");

    private static string[] Files() => [.. Directory.GetFiles(QueriesDir, "*.cypher").Order(StringComparer.Ordinal)];

    private static string Readme() => File.ReadAllText(Path.Combine(QueriesDir, "README.md")).ReplaceLineEndings("\n");

    [Fact]
    public void ThereAreTenQueries_EachInTheReadmeVerbatim_EachWithAnAnswer()
    {
        var files = Files();
        Assert.Equal(10, files.Length);
        var readme = Readme();
        var blocks = Regex.Matches(readme, "```cypher\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(files.Select(f => File.ReadAllText(f).ReplaceLineEndings("\n")), blocks);
        Assert.Equal(10, Regex.Matches(readme, "^Expected answer \\(CLI\\): ", RegexOptions.Multiline).Count);
        Assert.DoesNotContain("Expected answer (CLI): …", readme);
        for (var q = 1; q <= 10; q++) Assert.NotEmpty(Section(readme, q).Tables);
    }

    [Fact]
    public void EveryQuery_PassesNeo4jsParser()
    {
        var files = Files();
        var r = ExternalTools.LintCypher(files);
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
        using var doc = JsonDocument.Parse(r.Stdout);
        Assert.Equal(files.Length, doc.RootElement.GetArrayLength());
        foreach (var result in doc.RootElement.EnumerateArray())
        {
            Assert.Equal(1, result.GetProperty("statements").GetInt32());
            Assert.Equal(0, result.GetProperty("diagnostics").GetArrayLength());
        }
    }

    // ---------------------------------------------------------------- the README's answers, recomputed

    [Fact]
    public void Q1_ReachWithin3ProvideHops_GroupedByHopsAndEarliestHours()
    {
        var c = new Curated();
        var best = new Dictionary<string, (int Hops, double Hours)>(StringComparer.Ordinal);
        foreach (var (nodes, rels) in c.Trails(c.Nisc, 3))
        {
            var x = nodes[^1];
            var hours = rels.Sum(i => c.Edges[i].DelayHours);
            best[x] = best.TryGetValue(x, out var b) ? (Math.Min(b.Hops, rels.Count), Math.Min(b.Hours, hours)) : (rels.Count, hours);
        }
        var rows = best.GroupBy(kv => kv.Value).OrderBy(g => g.Key.Hops).ThenBy(g => g.Key.Hours)
            .Select(g => Row(g.Key.Hops, F(g.Key.Hours), g.Count(), Join(g.Select(kv => kv.Key))));
        var s = Section(Readme(), 1);
        AssertTable(s.Tables[0], ["hops", "earliest_hours", "rows", "ids"], rows);
        Assert.Contains($"{best.Count} organisations", s.Text);
        Assert.Contains($"The {best.Count} rows", s.Text);
        Assert.DoesNotContain(c.Nisc, best.Keys);
    }

    [Fact]
    public void Q2_SingleRouteCeptoars_SimplePathsUpTo6Links_AndVertexDisjointPathsAsTheCliCountsThem()
    {
        var c = new Curated();
        var simple = c.Ceptoars.ToDictionary(id => id, _ => new List<List<string>>(), StringComparer.Ordinal);
        foreach (var (nodes, _) in c.Trails(c.Nisc, 6))
        {
            if (simple.TryGetValue(nodes[^1], out var list) && nodes.Distinct(StringComparer.Ordinal).Count() == nodes.Count) list.Add(nodes);
        }
        var single = c.Ceptoars.Where(id => simple[id].Count == 1).ToList();
        var s = Section(Readme(), 2);
        AssertTable(s.Tables[0], ["ceptoar", "name_ja", "route"], single.Select(id => Row(id, c.Node[id].NameJa, string.Join(", ", simple[id][0]))));
        AssertTable(s.Tables[1], ["ceptoar", "routes", "disjoint_paths"],
            c.Ceptoars.Select(id => Row(id, simple[id].Count, c.VertexDisjointProvidePaths(c.Nisc, id))));
        Assert.Contains($"same {single.Count} CEPTOARs", s.Text);
    }

    [Fact]
    public void Q2_CountingTrails_WouldTakeLoopsForSecondRoutes_WhichIsWhyTheQueryRequiresDistinctNodes()
    {
        // Cypher's default match mode repeats no relationship but may repeat nodes: 化学CEPTOAR → 日本化学工業協会 → 化学CEPTOAR.
        var c = new Curated();
        var trails = c.Trails(c.Nisc, 6).Count(t => t.Nodes[^1] == "ceptoar.chemical");
        var simple = c.Trails(c.Nisc, 6).Count(t => t.Nodes[^1] == "ceptoar.chemical" && t.Nodes.Distinct().Count() == t.Nodes.Count);
        Assert.Equal(1, simple);
        Assert.True(trails > 1);
        Assert.Contains("WHERE all(n IN nodes(p) WHERE single(m IN nodes(p) WHERE m = n))", File.ReadAllText(Path.Combine(QueriesDir, "02-single-route-ceptoars.cypher")));
    }

    [Fact]
    public void Q3_MembersPerSector_ThroughItsCeptoars()
    {
        var c = new Curated();
        var rows = c.Edges.Where(e => e.Kind == EdgeKind.BelongsTo && c.Is(e.Source, NodeKind.Ceptoar) && c.Is(e.Target, NodeKind.Sector))
            .GroupBy(e => e.Target)
            .Select(g =>
            {
                var ceptoars = g.Select(e => e.Source).ToHashSet(StringComparer.Ordinal);
                var members = c.Edges.Where(e => e.Kind == EdgeKind.MemberOf && ceptoars.Contains(e.Target)).Select(e => e.Source).Distinct(StringComparer.Ordinal);
                return (Sector: g.Key, Ceptoars: ceptoars.Count, Members: members.Sum(m => c.Node[m].TotalMembers));
            })
            .OrderByDescending(r => r.Members).ThenBy(r => r.Sector, StringComparer.Ordinal).ToList();
        var s = Section(Readme(), 3);
        AssertTable(s.Tables[0], ["sector", "name_ja", "ceptoars", "members"], rows.Select(r => Row(r.Sector, c.Node[r.Sector].NameJa, r.Ceptoars, r.Members)));
        Assert.Contains($"the total, {rows.Sum(r => r.Members).ToString("N0", CultureInfo.InvariantCulture)},", s.Text);
    }

    [Fact]
    public void Q4_CeptoarsInEachExercise()
    {
        var c = new Curated();
        var rows = c.Edges.Where(e => e.Kind == EdgeKind.ParticipatesIn && c.Is(e.Source, NodeKind.Ceptoar) && c.Is(e.Target, NodeKind.Exercise))
            .GroupBy(e => e.Target).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, c.Node[g.Key].NameJa, g.Count(), Join(g.Select(e => e.Source))));
        var s = Section(Readme(), 4);
        AssertTable(s.Tables[0], ["exercise", "name_ja", "ceptoars", "participants"], rows);
        Assert.Contains($"{s.Tables[0].Rows.Count} exercises have CEPTOAR participants", s.Text);
    }

    [Fact]
    public void Q5_ExternalRecipientsPerCeptoar()
    {
        var c = new Curated();
        var rows = c.Ceptoars
            .Select(id => (Id: id, Ext: c.Provide.Where(e => e.Source == id && c.Is(e.Target, NodeKind.External)).Select(e => e.Target).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(r => r.Ext.Count).ThenBy(r => r.Id, StringComparer.Ordinal)
            .Select(r => Row(r.Id, c.Node[r.Id].NameJa, r.Ext.Count, string.Join(", ", r.Ext.Select(x => c.Node[x].NameJa))));
        var s = Section(Readme(), 5);
        AssertTable(s.Tables[0], ["ceptoar", "name_ja", "external_recipients", "recipients"], rows);
        Assert.Contains($"{s.Tables[0].Rows.Count(r => r[2] != "0")} of the 21 CEPTOARs", s.Text);
    }

    [Fact]
    public void Q6_DependantsOfElectricity_EveryOneWithItsCaveat()
    {
        var c = new Curated();
        var power = c.Nodes.Where(n => n.Kind is NodeKind.Sector or NodeKind.Resource && (n.NameJa == "電力" || n.NameEn is "Electricity" or "Power supply"))
            .Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(["sector.electricity"], power);
        var rows = c.Edges.Where(e => e.Kind == EdgeKind.DependsOn && power.Contains(e.Target))
            .OrderByDescending(e => e.Strength).ThenBy(e => e.Source, StringComparer.Ordinal)
            .Select(e => Row(e.Source, c.Node[e.Source].Kind.Token(), c.Node[e.Source].NameJa, F(e.Strength), F(e.DelayHours), e.Provenance.Basis,
                e.Provenance.Assumption is null ? "" : "ASSUMPTION: " + e.Provenance.Assumption)).ToList();
        var s = Section(Readme(), 6);
        AssertTable(s.Tables[0], ["dependant", "kind", "name_ja", "strength", "hours_to_impact", "basis", "caveat"], rows);
        Assert.All(rows, r => Assert.StartsWith("ASSUMPTION: ", r[6]));
        Assert.Contains($"{rows.Count} organisations depend on it", s.Text);
    }

    [Fact]
    public void Q7_SecretariatsRunningSeveralCeptoars_NoneOnTheCuratedDataset()
    {
        var c = new Curated();
        var bySecretariat = c.Edges.Where(e => e.Kind == EdgeKind.Operates && c.Is(e.Source, NodeKind.Secretariat) && c.Is(e.Target, NodeKind.Ceptoar))
            .GroupBy(e => e.Source).ToList();
        var several = bySecretariat.Where(g => g.Count() > 1).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, c.Node[g.Key].NameJa, g.Count(), Join(g.Select(e => e.Target))));
        var s = Section(Readme(), 7);
        AssertTable(s.Tables[0], ["secretariat", "name_ja", "count", "ceptoars"], several);
        AssertTable(s.Tables[1], ["ceptoars_run", "secretariats"],
            bySecretariat.GroupBy(g => g.Count()).OrderBy(g => g.Key).Select(g => Row(g.Key, g.Count())));
        Assert.Contains($"Every one of the {bySecretariat.Count} secretariats", s.Text);
        // the prose's reasons: 放送 has two secretariats, 電力 and T are run by ISACs
        var operators = c.Edges.Where(e => e.Kind == EdgeKind.Operates && c.Is(e.Target, NodeKind.Ceptoar)).ToLookup(e => e.Target, e => e.Source);
        Assert.Equal(["secretariat.jba", "secretariat.nhk"], operators["ceptoar.broadcast"].Order(StringComparer.Ordinal));
        Assert.Equal(["isac.electricity"], operators["ceptoar.electricity"]);
        Assert.Equal(["isac.ict"], operators["ceptoar.t"]);
    }

    [Fact]
    public void Q8_FactsRestingOnAssumptions_GroupedByWhatKindAndBasis()
    {
        var c = new Curated();
        var rows = c.Nodes.Where(n => n.Provenance.Assumption is not null).Select(n => (What: "node", Fact: n.Id, Kind: n.Kind.Token(), n.Provenance.Basis))
            .Concat(c.Edges.Where(e => e.Provenance.Assumption is not null).Select(e =>
            {
                var type = e.Kind.Token().ToUpperInvariant();
                return (What: "relationship", Fact: $"{e.Source} -[{type}]-> {e.Target}", Kind: type, e.Provenance.Basis);
            }))
            .ToList();
        var groups = rows.GroupBy(r => (r.What, r.Kind, r.Basis))
            .OrderBy(g => g.Key.What, StringComparer.Ordinal).ThenBy(g => g.Key.Kind, StringComparer.Ordinal).ThenBy(g => g.Key.Basis, StringComparer.Ordinal)
            .Select(g => Row(g.Key.What, g.Key.Kind, g.Key.Basis, g.Count(), g.Select(r => r.Fact).Order(StringComparer.Ordinal).First()));
        var s = Section(Readme(), 8);
        AssertTable(s.Tables[0], ["what", "kind", "basis", "rows", "first_fact"], groups);
        int nodes = rows.Count(r => r.What == "node"), rels = rows.Count - nodes;
        Assert.Contains($"the query's {rows.Count} rows ({nodes} nodes, {rels} relationships)", s.Text);
    }

    [Fact]
    public void Q9_IsacMemberships()
    {
        var c = new Curated();
        var rows = c.Edges.Where(e => e.Kind == EdgeKind.MemberOf && c.Is(e.Target, NodeKind.Isac))
            .GroupBy(e => e.Target).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => Row(g.Key, c.Node[g.Key].NameJa, g.Count(), Join(g.Select(e => e.Source))));
        var s = Section(Readme(), 9);
        AssertTable(s.Tables[0], ["isac", "name_ja", "members", "member_ids"], rows);
        Assert.Contains($"{s.Tables[0].Rows.Count} of the {c.Nodes.Count(n => n.Kind == NodeKind.Isac)} ISACs", s.Text);
    }

    [Fact]
    public void Q10_FewestLinksProvideRoute_UniquePerCeptoar()
    {
        var c = new Curated();
        var (dist, ways, via) = c.ProvideBfs(c.Nisc);
        var rows = c.Ceptoars.Select(id =>
        {
            Assert.True(ways.GetValueOrDefault(id) == 1, $"{id}: {ways.GetValueOrDefault(id)} fewest-links routes; the README says Neo4j has no tie to break");
            var route = new List<string> { id };
            var hours = 0.0;
            for (var v = id; v != c.Nisc;)
            {
                var e = via[v];
                hours += e.DelayHours;
                v = e.Source;
                route.Insert(0, v);
            }
            return Row(id, dist[id], string.Join(", ", route), F(hours));
        }).ToList();
        var s = Section(Readme(), 10);
        AssertTable(s.Tables[0], ["ceptoar", "hops", "route", "hours"], rows);
        Assert.Contains($"{rows.Count(r => r[1] == "1")} CEPTOARs hear from NISC directly", s.Text);
        Assert.Contains($"{rows.Count(r => r[1] == "2")} through their ministry", s.Text);
    }

    // ---------------------------------------------------------------- helpers

    /// <summary>A float as Neo4j prints it: shortest round-trip form, always with a decimal point (4.0, 4.25).</summary>
    private static string F(double d)
    {
        var s = d.ToString("R", CultureInfo.InvariantCulture);
        return s.Contains('.') || s.Contains('E') || s.Contains("NaN") || s.Contains('∞') ? s : s + ".0";
    }

    private static string Join(IEnumerable<string> ids) => string.Join(", ", ids.Order(StringComparer.Ordinal));

    private static string[] Row(params object[] cells) => [.. cells.Select(x => Convert.ToString(x, CultureInfo.InvariantCulture)!)];

    private static void AssertTable(Table actual, string[] header, IEnumerable<string[]> expectedRows)
    {
        Assert.Equal(header, actual.Header);
        var expected = expectedRows.Select(r => string.Join(" | ", r)).ToList();
        var got = actual.Rows.Select(r => string.Join(" | ", r)).ToList();
        Assert.True(expected.SequenceEqual(got, StringComparer.Ordinal),
            "README table differs from the dataset.\nExpected:\n" + string.Join("\n", expected.Select(r => "| " + r + " |")) + "\nREADME:\n" + string.Join("\n", got.Select(r => "| " + r + " |")));
    }

    private sealed record Table(string[] Header, List<string[]> Rows);

    private sealed record ReadmeSection(string Text, List<Table> Tables);

    /// <summary>The text of "## Qn." up to the next "## " heading, and its Markdown tables (header, separator, rows).</summary>
    private static ReadmeSection Section(string readme, int q)
    {
        var m = Regex.Match(readme, $"^## Q{q}\\. .*?(?=^## |\\z)", RegexOptions.Singleline | RegexOptions.Multiline);
        Assert.True(m.Success, $"README has no section Q{q}");
        var tables = new List<Table>();
        var lines = m.Value.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith('|')) continue;
            var header = Cells(lines[i]);
            Assert.Matches("^\\|(---\\|)+$", lines[i + 1]);
            var rows = new List<string[]>();
            for (i += 2; i < lines.Length && lines[i].StartsWith('|'); i++)
            {
                var cells = Cells(lines[i]);
                Assert.True(cells.Length == header.Length, $"Q{q}: row with {cells.Length} cells under a header of {header.Length}: {lines[i]}");
                rows.Add(cells);
            }
            tables.Add(new Table(header, rows));
        }
        return new ReadmeSection(m.Value, tables);

        static string[] Cells(string line)
        {
            Assert.StartsWith("| ", line + " ");
            Assert.EndsWith("|", line);
            return [.. line[1..^1].Split('|').Select(c => c.Trim())];
        }
    }

    /// <summary>The curated dataset, indexed for evaluating the queries.</summary>
    private sealed class Curated
    {
        public Curated()
        {
            var ds = CuratedExportTests.Curated;
            Nodes = ds.Nodes;
            Edges = ds.Edges;
            Node = Nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
            Nisc = Assert.Single(Nodes, n => n.Kind == NodeKind.Government).Id;
            Ceptoars = [.. Nodes.Where(n => n.Kind == NodeKind.Ceptoar).Select(n => n.Id).Order(StringComparer.Ordinal)];
            Provide = [.. Edges.Where(e => e.Kind == EdgeKind.SharesWith && e.Flow == InfoFlow.Provide)];
            for (var i = 0; i < Edges.Length; i++)
            {
                var e = Edges[i];
                if (e.Kind != EdgeKind.SharesWith || e.Flow != InfoFlow.Provide) continue;
                if (!_out.TryGetValue(e.Source, out var list)) _out[e.Source] = list = [];
                list.Add(i);
            }
        }

        private readonly Dictionary<string, List<int>> _out = new(StringComparer.Ordinal);

        public System.Collections.Immutable.ImmutableArray<Node> Nodes { get; }

        public System.Collections.Immutable.ImmutableArray<Edge> Edges { get; }

        public Dictionary<string, Node> Node { get; }

        public string Nisc { get; }

        public List<string> Ceptoars { get; }

        public List<Edge> Provide { get; }

        public bool Is(string id, NodeKind kind) => Node[id].Kind == kind;

        private IEnumerable<int> Out(string id) => _out.TryGetValue(id, out var l) ? l : [];

        /// <summary>
        /// Every provide path of 1..maxLinks links from <paramref name="source"/> that uses no relationship twice (Cypher's
        /// default match mode for <c>-[:SHARES_WITH {flow: 'provide'}]->{1,k}</c>; nodes may repeat), by edge index.
        /// </summary>
        public IEnumerable<(List<string> Nodes, List<int> Rels)> Trails(string source, int maxLinks)
        {
            var stack = new Stack<(List<string> Nodes, List<int> Rels)>();
            stack.Push(([source], []));
            while (stack.Count > 0)
            {
                var (nodes, rels) = stack.Pop();
                if (rels.Count > 0) yield return (nodes, rels);
                if (rels.Count == maxLinks) continue;
                foreach (var i in Out(nodes[^1]))
                {
                    if (!rels.Contains(i)) stack.Push(([.. nodes, Edges[i].Target], [.. rels, i]));
                }
            }
        }

        /// <summary>Breadth-first search over provide links: fewest links, number of fewest-links routes, and the last link of one.</summary>
        public (Dictionary<string, int> Dist, Dictionary<string, long> Ways, Dictionary<string, Edge> Via) ProvideBfs(string source)
        {
            var dist = new Dictionary<string, int>(StringComparer.Ordinal) { [source] = 0 };
            var ways = new Dictionary<string, long>(StringComparer.Ordinal) { [source] = 1 };
            var via = new Dictionary<string, Edge>(StringComparer.Ordinal);
            var queue = new Queue<string>([source]);
            while (queue.Count > 0)
            {
                var u = queue.Dequeue();
                foreach (var i in Out(u))
                {
                    var v = Edges[i].Target;
                    if (!dist.TryGetValue(v, out var dv))
                    {
                        dist[v] = dist[u] + 1;
                        ways[v] = ways[u];
                        via[v] = Edges[i];
                        queue.Enqueue(v);
                    }
                    else if (dv == dist[u] + 1)
                    {
                        ways[v] += ways[u];
                    }
                }
            }
            return (dist, ways, via);
        }

        /// <summary>
        /// Internally vertex-disjoint provide paths from s to t (Menger): unit-capacity max flow with every other node
        /// split into in → out of capacity 1, by augmenting breadth-first (Edmonds–Karp). Independent of the analysis library.
        /// </summary>
        public int VertexDisjointProvidePaths(string s, string t)
        {
            // vertex v: in = 2v, out = 2v + 1
            var index = Nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
            var cap = new Dictionary<(int, int), int>();
            var adj = new Dictionary<int, HashSet<int>>();
            void Add(int a, int b, int c)
            {
                cap[(a, b)] = cap.GetValueOrDefault((a, b)) + c;
                cap.TryAdd((b, a), 0);
                (adj.TryGetValue(a, out var la) ? la : adj[a] = []).Add(b);
                (adj.TryGetValue(b, out var lb) ? lb : adj[b] = []).Add(a);
            }
            foreach (var n in Nodes)
            {
                var v = index[n.Id];
                Add(2 * v, 2 * v + 1, n.Id == s || n.Id == t ? Nodes.Length : 1);
            }
            foreach (var e in Provide) Add(2 * index[e.Source] + 1, 2 * index[e.Target], 1);
            int src = 2 * index[s] + 1, sink = 2 * index[t], flow = 0;
            while (true)
            {
                var parent = new Dictionary<int, int> { [src] = src };
                var queue = new Queue<int>([src]);
                while (queue.Count > 0 && !parent.ContainsKey(sink))
                {
                    var u = queue.Dequeue();
                    foreach (var v in adj.GetValueOrDefault(u) ?? [])
                    {
                        if (cap[(u, v)] > 0 && parent.TryAdd(v, u)) queue.Enqueue(v);
                    }
                }
                if (!parent.ContainsKey(sink)) return flow;
                for (var v = sink; v != src; v = parent[v])
                {
                    cap[(parent[v], v)]--;
                    cap[(v, parent[v])]++;
                }
                flow++;
            }
        }
    }
}
