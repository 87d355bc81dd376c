using System.Collections.Immutable;
using System.Text;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Scenarios;

/// <summary>
/// Reads a scenario YAML file (format in <c>docs/scenarios.md</c>) and checks it on its own: required fields,
/// known edge types and flows, numbers in range, no unknown fields. Whether the ids exist and the matches find
/// edges is checked when the scenario is applied to a dataset (<see cref="ScenarioApplier"/>).
/// </summary>
/// <remarks>
/// Limits, as for the dataset: at most <see cref="MaxBytes"/> bytes, nesting depth 16, 200,000 YAML nodes, and no
/// aliases. Every problem is collected with its 1-based line; malformed input never throws.
/// <example><code>var s = ScenarioReader.Read("what-if/meti.yaml").GetValueOrThrow();</code></example>
/// </remarks>
public static class ScenarioReader
{
    /// <summary>Largest scenario file read, in bytes.</summary>
    public const int MaxBytes = ScenarioYaml.MaxBytes;

    private static readonly string[] TopFields = ["name", "description", "remove_nodes", "remove_edges", "add_edges", "set_edges"];
    private static readonly string[] MatchFields = ["source", "target", "from", "to", "type", "flow"];
    private static readonly string[] AddFields = ["source", "target", "from", "to", "type", "flow", "delay_hours", "probability", "strength", "channels", "note"];
    private static readonly string[] SetFields = ["match", "probability", "scale_probability", "delay_hours", "scale_delay", "strength", "note"];

    /// <summary>Reads and checks a scenario file.</summary>
    /// <param name="path">The file; issues name it as given.</param>
    /// <returns>The scenario, or every issue found.</returns>
    public static LoadResult<Scenario> Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string text;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
                return new LoadResult<Scenario>(null, [new LoadIssue(path, 0, IssueCodes.FileNotFound, $"scenario file '{path}' does not exist.")]);
            if (info.Length > MaxBytes)
                return new LoadResult<Scenario>(null, [new LoadIssue(path, 0, ScenarioIssueCodes.Limit, $"the scenario file is {info.Length:N0} bytes; at most {MaxBytes:N0} are read.")]);
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LoadResult<Scenario>(null, [new LoadIssue(path, 0, IssueCodes.FileNotFound, $"cannot read the scenario file: {ex.Message}")]);
        }
        return Parse(text, path);
    }

    /// <summary>Reads a scenario from text (for tests and notebooks); <paramref name="file"/> names it in issues and provenance.</summary>
    public static LoadResult<Scenario> Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var issues = new IssueCollector(200);
        var scenario = new Reader(file, issues).Read(text);
        return new LoadResult<Scenario>(scenario, issues.ToList());
    }

    /// <summary>Reads several scenario files and refuses two with the same name (at the second one's <c>name:</c> line).</summary>
    public static LoadResult<IReadOnlyList<Scenario>> ReadAll(IEnumerable<string> paths)
    {
        var all = new List<LoadIssue>();
        var list = new List<Scenario>();
        var seen = new Dictionary<string, Scenario>(StringComparer.Ordinal);
        foreach (var p in paths)
        {
            var r = Read(p);
            all.AddRange(r.Issues);
            if (r.Value is not { } s) continue;
            if (seen.TryGetValue(s.Name, out var first))
                all.Add(new LoadIssue(s.File, s.NameLine, ScenarioIssueCodes.DuplicateName,
                    $"scenario name '{s.Name}' is already used by {first.File}:{first.NameLine}; give each scenario its own name."));
            else seen[s.Name] = s;
            list.Add(s);
        }
        return new LoadResult<IReadOnlyList<Scenario>>(list, all);
    }

    private sealed class Reader(string file, IssueCollector issues)
    {
        private void Error(int line, string code, string message) => issues.Error(file, line, code, message);

        public Scenario? Read(string text)
        {
            var root = ScenarioYaml.Parse(text, out var err);
            if (err is { } e)
            {
                Error(e.Line, e.Message.StartsWith("YAML syntax", StringComparison.Ordinal) ? IssueCodes.Syntax : ScenarioIssueCodes.Limit, e.Message);
                return null;
            }
            if (root is not YMap map)
            {
                Error(root?.Line ?? 1, IssueCodes.Syntax, "a scenario file is a YAML mapping with name: and the changes (remove_nodes:, remove_edges:, add_edges:, set_edges:).");
                return null;
            }
            string? name = null, description = null;
            int nameLine = 1;
            var removeNodes = ImmutableArray.CreateBuilder<ScenarioNodeRemoval>();
            var removeEdges = ImmutableArray.CreateBuilder<ScenarioEdgeMatch>();
            var addEdges = ImmutableArray.CreateBuilder<ScenarioEdgeAddition>();
            var setEdges = ImmutableArray.CreateBuilder<ScenarioEdgeSetting>();
            var seenKeys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in map.Entries)
            {
                if (!seenKeys.Add(key.Value ?? "")) { Error(key.Line, IssueCodes.BadValue, $"'{key.Value}' is given twice; merge the two lists."); continue; }
                switch (key.Value)
                {
                    case "name": name = Text(value, "name"); nameLine = key.Line; break;
                    case "description": description = Text(value, "description"); break;
                    case "remove_nodes":
                        foreach (var item in Items(value, "remove_nodes"))
                            if (item is YScalar { IsNull: false, Value: { Length: > 0 } id }) removeNodes.Add(new ScenarioNodeRemoval(id.Trim(), item.Line));
                            else Error(item.Line, IssueCodes.BadValue, "each item of remove_nodes is a node id.");
                        break;
                    case "remove_edges":
                        foreach (var item in Items(value, "remove_edges"))
                            if (Match(item, "remove_edges", MatchFields) is { } m) removeEdges.Add(m);
                        break;
                    case "add_edges":
                        foreach (var item in Items(value, "add_edges"))
                            if (Addition(item) is { } a) addEdges.Add(a);
                        break;
                    case "set_edges":
                        foreach (var item in Items(value, "set_edges"))
                            if (Setting(item) is { } s) setEdges.Add(s);
                        break;
                    default:
                        Error(key.Line, IssueCodes.BadValue, $"unknown field '{key.Value}'; known fields: {string.Join(", ", TopFields)}.");
                        break;
                }
            }
            if (string.IsNullOrWhiteSpace(name))
            {
                Error(nameLine, IssueCodes.MissingField, "the scenario needs a name: (shown in every output that uses it).");
                return null;
            }
            return new Scenario(name.Trim(), description?.Trim() ?? "", file, nameLine,
                removeNodes.ToImmutable(), removeEdges.ToImmutable(), addEdges.ToImmutable(), setEdges.ToImmutable());
        }

        private string? Text(YNode v, string field)
        {
            if (v is YScalar s) return s.Value;
            Error(v.Line, IssueCodes.BadValue, $"'{field}' must be a single text value, not a list or mapping.");
            return null;
        }

        private IEnumerable<YNode> Items(YNode v, string field)
        {
            if (v is YScalar { IsNull: true }) return [];
            if (v is YSeq seq) return seq.Items;
            Error(v.Line, IssueCodes.BadValue, $"'{field}' must be a list (- item or [a, b]).");
            return [];
        }

        private Dictionary<string, (YScalar Key, YNode Value)>? Fields(YNode item, string what, string[] known)
        {
            if (item is not YMap m)
            {
                Error(item.Line, IssueCodes.BadValue, $"each item of {what} is a mapping such as {{source: nisc, target: ceptoar.water, type: shares_with}}.");
                return null;
            }
            var d = new Dictionary<string, (YScalar, YNode)>(StringComparer.Ordinal);
            bool ok = true;
            foreach (var (k, v) in m.Entries)
            {
                var name = k.Value ?? "";
                if (Array.IndexOf(known, name) < 0)
                {
                    Error(k.Line, IssueCodes.BadValue, $"unknown field '{name}' in {what}; known fields: {string.Join(", ", known)}.");
                    ok = false;
                    continue;
                }
                string canonical = name switch { "from" => "source", "to" => "target", _ => name };
                if (!d.TryAdd(canonical, (k, v))) { Error(k.Line, IssueCodes.BadValue, $"'{name}' is given twice in one {what} entry."); ok = false; }
            }
            return ok ? d : null;
        }

        private string? Id(Dictionary<string, (YScalar Key, YNode Value)> f, string field) =>
            f.TryGetValue(field, out var x) ? Text(x.Value, field)?.Trim() is { Length: > 0 } s ? s : null : null;

        private bool Kind(Dictionary<string, (YScalar Key, YNode Value)> f, out EdgeKind? kind, out InfoFlow? flow)
        {
            kind = null;
            flow = null;
            bool ok = true;
            if (f.TryGetValue("type", out var t))
            {
                var text = Text(t.Value, "type") ?? "";
                var parts = text.Split(':', 2);
                if (!EdgeKinds.TryParseEdgeKind(parts[0], out var k))
                {
                    Error(t.Value.Line, IssueCodes.UnknownType, $"unknown edge type '{text}'; known: {string.Join(", ", EdgeKinds.AllEdgeKinds.Select(x => x.Token()))}.");
                    ok = false;
                }
                else kind = k;
                if (parts.Length == 2)
                {
                    if (EdgeKinds.TryParseFlow(parts[1], out var fl) && k == EdgeKind.SharesWith) flow = fl;
                    else { Error(t.Value.Line, IssueCodes.UnknownType, $"'{text}': only shares_with:provide and shares_with:report carry a flow."); ok = false; }
                }
            }
            if (f.TryGetValue("flow", out var fv))
            {
                var text = Text(fv.Value, "flow");
                if (!EdgeKinds.TryParseFlow(text, out var fl)) { Error(fv.Value.Line, IssueCodes.BadValue, $"flow is '{text}'; it must be provide or report."); ok = false; }
                else if (kind is not null and not EdgeKind.SharesWith) { Error(fv.Value.Line, IssueCodes.BadValue, "flow applies to shares_with edges only."); ok = false; }
                else flow = fl;
            }
            return ok;
        }

        private double? Number(Dictionary<string, (YScalar Key, YNode Value)> f, string field, bool probability, ref bool ok)
        {
            if (!f.TryGetValue(field, out var x)) return null;
            var text = Text(x.Value, field);
            if (Tokens.TryNumber(text, out double v) && (probability ? Tokens.IsProbability(v) : Tokens.IsWeight(v))) return v;
            Error(x.Value.Line, probability ? IssueCodes.BadProbability : IssueCodes.BadWeight,
                probability ? $"'{field}' is '{text}'; it must be a number in [0, 1]." : $"'{field}' is '{text}'; it must be a non-negative number.");
            ok = false;
            return null;
        }

        private ScenarioEdgeMatch? Match(YNode item, string what, string[] known)
        {
            var f = Fields(item, what, known);
            if (f is null) return null;
            string? s = Id(f, "source"), t = Id(f, "target");
            if (!Kind(f, out var kind, out var flow)) return null;
            if (s is null && t is null && kind is null)
            {
                Error(item.Line, IssueCodes.MissingField, $"a {what} entry needs a source, a target or a type to match edges by.");
                return null;
            }
            return new ScenarioEdgeMatch(s, t, kind, flow, item.Line);
        }

        private ScenarioEdgeAddition? Addition(YNode item)
        {
            var f = Fields(item, "add_edges", AddFields);
            if (f is null) return null;
            bool ok = Kind(f, out var kind, out var flow);
            string? s = Id(f, "source"), t = Id(f, "target");
            foreach (var (field, v) in new[] { ("source", s), ("target", t) })
                if (v is null) { Error(item.Line, IssueCodes.MissingField, $"an add_edges entry needs a {field}."); ok = false; }
            if (kind is null && ok) { Error(item.Line, IssueCodes.MissingField, "an add_edges entry needs a type (shares_with, depends_on, …)."); ok = false; }
            if (s is not null && s == t) { Error(item.Line, IssueCodes.SelfLoop, $"the edge goes from {s} to itself."); ok = false; }
            double? delay = Number(f, "delay_hours", false, ref ok), p = Number(f, "probability", true, ref ok), strength = Number(f, "strength", true, ref ok);
            var channels = ImmutableArray<string>.Empty;
            if (f.TryGetValue("channels", out var ch))
            {
                if (ch.Value is YSeq seq) channels = [.. seq.Items.OfType<YScalar>().Select(x => x.Value ?? "").Where(x => x.Length > 0)];
                else if (ch.Value is YScalar { Value: { Length: > 0 } one }) channels = [one];
            }
            string? note = f.TryGetValue("note", out var n) ? Text(n.Value, "note") : null;
            if (!ok) return null;
            var fl = kind == EdgeKind.SharesWith ? flow ?? InfoFlow.Provide : InfoFlow.None;
            return new ScenarioEdgeAddition(s!, t!, kind!.Value, fl, delay ?? 0, p ?? 1, strength ?? 1, channels, note, item.Line);
        }

        private ScenarioEdgeSetting? Setting(YNode item)
        {
            var f = Fields(item, "set_edges", SetFields);
            if (f is null) return null;
            if (!f.TryGetValue("match", out var m))
            {
                Error(item.Line, IssueCodes.MissingField, "a set_edges entry needs match: {source, target, type} to choose the edges.");
                return null;
            }
            var match = Match(m.Value, "match", MatchFields);
            bool ok = match is not null;
            double? p = Number(f, "probability", true, ref ok), delay = Number(f, "delay_hours", false, ref ok), strength = Number(f, "strength", true, ref ok);
            double? sp = Number(f, "scale_probability", false, ref ok), sd = Number(f, "scale_delay", false, ref ok);
            if (p is not null && sp is not null) { Error(item.Line, IssueCodes.BadValue, "give probability or scale_probability, not both."); ok = false; }
            if (delay is not null && sd is not null) { Error(item.Line, IssueCodes.BadValue, "give delay_hours or scale_delay, not both."); ok = false; }
            if (ok && p is null && sp is null && delay is null && sd is null && strength is null)
            {
                Error(item.Line, IssueCodes.MissingField, "a set_edges entry changes probability, scale_probability, delay_hours, scale_delay or strength; it gives none.");
                ok = false;
            }
            string? note = f.TryGetValue("note", out var n) ? Text(n.Value, "note") : null;
            return ok ? new ScenarioEdgeSetting(match! with { Line = m.Value.Line }, p, sp, delay, sd, strength, note, item.Line) : null;
        }
    }
}
