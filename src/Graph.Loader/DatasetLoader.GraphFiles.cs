using System.Collections.Immutable;
using System.Globalization;
using Depgraph.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Depgraph.Loader;

public static partial class DatasetLoader
{
    /// <summary>The node and edge files (every *.yaml other than defaults.yaml and manifest.yaml).</summary>
    private sealed partial class Run
    {
        // ---------------------------------------------------------------- node and edge files

        private void ReadGraphFile(string rel)
        {
            int before = Issues.Count;
            var root = LoadYaml(rel);
            var path = PathOf(rel);
            if (root is null)
            {
                if (Issues.Count == before)
                    Issues.Error(path, 1, IssueCodes.Manifest, $"'{rel}' holds no YAML content; give its nodes: or edges:, or remove it from {ManifestFile}.");
                _unreadGraphFiles++;
                return;
            }
            foreach (var (k, v) in root.Children)
            {
                var key = Key(k);
                if (key is not ("nodes" or "edges")) { UnknownField(k, path, "top-level", ["nodes", "edges"]); continue; }
                if (IsNull(v)) continue;
                if (v is not YamlSequenceNode seq) { Issues.Error(path, LineOf(v), IssueCodes.BadValue, $"'{key}' must be a list ('- id: …' items)."); continue; }
                foreach (var item in seq)
                {
                    if (item is not YamlMappingNode map) { Issues.Error(path, LineOf(item), IssueCodes.BadValue, $"each item of '{key}' must be a mapping of fields."); continue; }
                    if (key == "nodes") ReadNode(map, rel);
                    else ReadEdge(map, rel);
                }
            }
        }

        private void ReadNode(YamlMappingNode m, string rel)
        {
            var path = PathOf(rel);
            int line = LineOf(m);
            string? id = null, kindText = null, nameJa = null, nameEn = null, dept = null, asWritten = null, assumption = null, assumptionJa = null;
            YamlNode? kindNode = null;
            var scope = ImmutableArray.CreateBuilder<string>();
            var members = ImmutableArray.CreateBuilder<MemberCount>();
            var evidence = ImmutableArray<Evidence>.Empty;
            int quotes = 0;
            ImmutableSortedDictionary<string, string>? attributes = null;
            foreach (var (k, v) in m.Children)
            {
                switch (Key(k))
                {
                    case "id": id = Text(v, path, "id")?.Trim(); break;
                    case "kind": kindText = Text(v, path, "kind"); kindNode = v; break;
                    case "name_ja": nameJa = Text(v, path, "name_ja"); break;
                    case "name_en": nameEn = Text(v, path, "name_en"); break;
                    case "department_ja": dept = Text(v, path, "department_ja"); break;
                    case "members_as_written": asWritten = Text(v, path, "members_as_written"); break;
                    case "assumption": assumption = Text(v, path, "assumption"); break;
                    case "assumption_ja": assumptionJa = Text(v, path, "assumption_ja"); break;
                    case "scope": foreach (var s in TextList(v, path, "scope")) scope.Add(s.Value!); break;
                    case "evidence": evidence = ReadEvidence(v, path, out quotes); break;
                    case "attributes": attributes = ReadAttributes(v, path); break;
                    case "members": ReadMembers(v, path, members); break;
                    default: UnknownField(k, path, "node", NodeFields); break;
                }
            }
            string who = id is null ? "node" : $"node '{id}'";
            if (string.IsNullOrEmpty(id)) Issues.Error(path, line, IssueCodes.MissingField, "node has no 'id'.");
            if (kindText is null) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'kind'; use one of: {Tokens.NodeKindList}.");
            if (nameJa is null) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'name_ja'.");
            if (nameEn is null) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'name_en'.");
            var kind = NodeKind.Member;
            if (kindText is not null && !Tokens.TryNodeKind(kindText, out kind))
                Issues.Error(path, LineOf(kindNode!), IssueCodes.UnknownKind, $"{who}: unknown kind '{kindText}'; use one of: {Tokens.NodeKindList}.");
            if (quotes == 0 && assumption is null)
                Issues.Error(path, line, IssueCodes.MissingProvenance, $"{who} has neither 'evidence' (quotes from the source) nor 'assumption' (the reason); add one.");
            CheckReasonPair(assumption, assumptionJa, path, line, who, "assumption");
            if (string.IsNullOrEmpty(id)) return;
            if (_byId.TryGetValue(id, out var first))
            {
                Issues.Error(path, line, IssueCodes.DuplicateId, $"node id '{id}' is already defined at {PathOf(first.File!)}:{first.Line}; ids must be unique.");
                return;
            }
            var node = new Node(id, kind, nameJa ?? "", nameEn ?? "", new Provenance(evidence, assumption, assumptionJa),
                members.ToImmutable(), asWritten, scope.ToImmutable(), dept, attributes, line, rel);
            _byId.Add(id, node);
            _nodes.Add(node);
        }

        private void ReadMembers(YamlNode v, string path, ImmutableArray<MemberCount>.Builder members)
        {
            if (v is not YamlMappingNode map)
            {
                if (!IsNull(v)) Issues.Error(path, LineOf(v), IssueCodes.BadValue, "'members' must be a mapping of unit to count, e.g. '社: 120'.");
                return;
            }
            foreach (var (k, c) in map.Children)
            {
                var unit = Key(k);
                if (string.IsNullOrWhiteSpace(unit)) { Issues.Error(path, LineOf(k), IssueCodes.BadValue, "a member unit must be a text such as 社 or 団体."); continue; }
                var text = (c as YamlScalarNode)?.Value;
                if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n <= ReaderLimits.MaxMemberCount)
                    members.Add(new MemberCount(unit, n));
                else
                    Issues.Error(path, LineOf(c), IssueCodes.BadValue, $"member count for '{unit}' is '{Tokens.Show(text)}'; it must be a whole number from 0 to {ReaderLimits.MaxMemberCount:N0} without separators (e.g. 1741).");
            }
        }

        private void ReadEdge(YamlMappingNode m, string rel)
        {
            var path = PathOf(rel);
            int line = LineOf(m);
            string? from = null, to = null, typeText = null, flowText = null, assumption = null, assumptionJa = null;
            YamlNode? typeNode = null, flowNode = null, channelsNode = null;
            double? delay = null, probability = null;
            bool badNumber = false;
            var channels = new List<YamlScalarNode>();
            var evidence = ImmutableArray<Evidence>.Empty;
            int quotes = 0;
            ImmutableSortedDictionary<string, string>? attributes = null;
            foreach (var (k, v) in m.Children)
            {
                switch (Key(k))
                {
                    case "from": from = Text(v, path, "from")?.Trim(); break;
                    case "to": to = Text(v, path, "to")?.Trim(); break;
                    case "type": typeText = Text(v, path, "type"); typeNode = v; break;
                    case "flow": flowText = Text(v, path, "flow"); flowNode = v; break;
                    case "channels": channelsNode = v; channels.AddRange(TextList(v, path, "channels")); break;
                    case "delay_hours": delay = Number(v, path, "delay_hours", probability: false); badNumber |= delay is null; break;
                    case "probability": probability = Number(v, path, "probability", probability: true); badNumber |= probability is null; break;
                    case "assumption": assumption = Text(v, path, "assumption"); break;
                    case "assumption_ja": assumptionJa = Text(v, path, "assumption_ja"); break;
                    case "evidence": evidence = ReadEvidence(v, path, out quotes); break;
                    case "attributes": attributes = ReadAttributes(v, path); break;
                    default: UnknownField(k, path, "edge", EdgeFields); break;
                }
            }
            string who = $"edge {from ?? "?"} -> {to ?? "?"}";
            if (string.IsNullOrEmpty(from)) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'from'.");
            if (string.IsNullOrEmpty(to)) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'to'.");
            if (typeText is null) Issues.Error(path, line, IssueCodes.MissingField, $"{who} has no 'type'; use one of: {CuratedTypes}.");
            bool typeOk = false;
            var kind = EdgeKind.SharesWith;
            if (typeText is not null)
            {
                typeOk = Tokens.TryEdgeType(typeText, out kind, out _) && kind != EdgeKind.Supplies && !typeText.Contains(':');
                if (!typeOk)
                    Issues.Error(path, LineOf(typeNode!), IssueCodes.UnknownType, kind == EdgeKind.Supplies && !typeText.Contains(':')
                        ? $"{who}: 'supplies' is only for generic CSV graphs; in a dataset write 'depends_on' from the dependant to the supplier."
                        : $"{who}: unknown type '{typeText}'; use one of: {CuratedTypes}.");
            }
            var flow = InfoFlow.None;
            if (typeOk && kind == EdgeKind.SharesWith)
            {
                flow = InfoFlow.Provide;
                if (flowText is not null && !EdgeKinds.TryParseFlow(flowText, out flow))
                    Issues.Error(path, LineOf(flowNode!), IssueCodes.BadValue, $"{who}: flow '{flowText}' must be 'provide' (情報提供, downward) or 'report' (情報連絡, upward).");
            }
            else if (typeOk)
            {
                if (flowNode is not null) Issues.Error(path, LineOf(flowNode), IssueCodes.BadValue, $"{who}: 'flow' is only for shares_with edges, not {kind.Token()}; remove it.");
                if (channelsNode is not null) Issues.Error(path, LineOf(channelsNode), IssueCodes.BadValue, $"{who}: 'channels' are only for shares_with edges, not {kind.Token()}; remove them.");
            }
            if (quotes == 0 && assumption is null)
                Issues.Error(path, line, IssueCodes.MissingProvenance, $"{who} has neither 'evidence' (quotes from the source) nor 'assumption' (the reason); add one.");
            CheckReasonPair(assumption, assumptionJa, path, line, who, "assumption");
            if (attributes is not null && attributes.TryGetValue(Edge.ConditionalAttribute, out var condition) && (!typeOk || kind != EdgeKind.SharesWith || condition.Trim().Length == 0))
                Issues.Error(path, line, IssueCodes.BadValue, $"{who}: '{Edge.ConditionalAttribute}' says when a shares_with edge passes information on (e.g. 内容に応じ); give it as a non-empty text, on a shares_with edge only.");
            if (!string.IsNullOrEmpty(from) && from == to)
                Issues.Error(path, line, IssueCodes.SelfLoop, $"{who} goes from a node to itself; remove it or fix an id.");

            var chanIds = ImmutableArray<string>.Empty;
            double d = delay ?? 0, p = probability ?? 1;
            bool defaulted = false;
            var used = new List<Ranges.DefaultRange?>();
            string group = "";
            if (typeOk && kind == EdgeKind.SharesWith)
            {
                var ids = ImmutableArray.CreateBuilder<string>();
                double minDelay = double.PositiveInfinity, miss = 1;
                bool any = false;
                if (channels.Count == 0)
                {
                    ids.Add(UnspecifiedChannel);
                    if (_channels.TryGetValue(UnspecifiedChannel, out var u)) { any = true; minDelay = u.DelayHours; miss = 1 - u.Probability; used.Add(u.Range); }
                    else if (_defaultsRead)
                        Issues.Error(path, line, IssueCodes.UnknownChannel, $"{who} names no channel, so it uses '{UnspecifiedChannel}', which {DefaultsFile} does not define; define it or name a channel.");
                }
                foreach (var c in channels)
                {
                    var cid = c.Value!.Trim();
                    ids.Add(cid);
                    if (_channels.TryGetValue(cid, out var ch)) { any = true; minDelay = Math.Min(minDelay, ch.DelayHours); miss *= 1 - ch.Probability; used.Add(ch.Range); }
                    else if (_defaultsRead) Issues.Error(path, LineOf(c), IssueCodes.UnknownChannel, $"{who}: channel '{cid}' is not defined in {DefaultsFile}; known channels: {string.Join(", ", _channels.Keys.Order(StringComparer.Ordinal))}.");
                }
                chanIds = ids.ToImmutable();
                group = "channels:" + string.Join("+", chanIds.Distinct().Order(StringComparer.Ordinal));
                if (any)
                {
                    d = delay ?? minDelay;
                    p = probability ?? 1 - miss;
                    defaulted = delay is null || probability is null;
                }
            }
            else if (typeOk && kind == EdgeKind.DependsOn)
            {
                d = delay ?? _dependencyDefaults.DelayHours;
                p = probability ?? _dependencyDefaults.Probability;
                defaulted = delay is null || probability is null;
                used.Add(_dependencyDefaults.Range);
                group = Ranges.DefaultRange.DependencyGroup;
            }
            if (string.IsNullOrEmpty(from) || string.IsNullOrEmpty(to) || !typeOk || badNumber) return;
            var provenance = new Provenance(evidence, assumption, assumptionJa);
            if (defaulted && used.Count > 0)
            {
                var withRanges = (attributes ?? ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal)).ToBuilder();
                Ranges.DefaultRange.WriteOnEdge(used, delay is null, probability is null, group, withRanges);
                if (withRanges.Count != (attributes?.Count ?? 0)) attributes = withRanges.ToImmutable();
            }
            // Hours and probabilities taken from defaults.yaml are assumptions (defaults.yaml says why), even on a quoted edge.
            _edges.Add(new Edge(from, to, kind, provenance, d, p, 1, flow, chanIds, attributes, line, rel,
                parameterBasis: defaulted ? Basis.Assumption : provenance.Kind));
        }

        /// <summary>The edge types a dataset file may use, for messages (built when one is written, not on every load).</summary>
        private static string CuratedTypes =>
            string.Join(", ", EdgeKinds.AllEdgeKinds.Where(k => k != EdgeKind.Supplies).Select(k => k.Token()));
    }
}
