using System.Collections.Immutable;
using System.Globalization;
using Depgraph.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Depgraph.Loader;

public static partial class DatasetLoader
{
    /// <summary>defaults.yaml: the channel table and the dependency defaults.</summary>
    private sealed partial class Run
    {
        // ---------------------------------------------------------------- defaults.yaml

        private void ReadDefaults()
        {
            var path = PathOf(DefaultsFile);
            if (!File.Exists(path))
            {
                Issues.Error(path, 0, IssueCodes.FileNotFound, $"{DefaultsFile} is missing; it defines the channels (channels:) and dependency_defaults:.");
                return;
            }
            int before = Issues.Count;
            var root = LoadYaml(DefaultsFile);
            if (root is null)
            {
                if (Issues.Count == before) Issues.Error(path, 1, IssueCodes.MissingField, $"{DefaultsFile} is empty; it must define channels: and dependency_defaults:.");
                return;
            }
            _defaultsRead = true;
            bool sawChannels = false, sawDeps = false;
            foreach (var (k, v) in root.Children)
            {
                switch (Key(k))
                {
                    case "channels":
                        sawChannels = true;
                        if (v is YamlMappingNode chans)
                            foreach (var (ck, cv) in chans.Children) ReadChannel(ck, cv, path);
                        else Issues.Error(path, LineOf(v), IssueCodes.BadValue, "'channels' must be a mapping of channel id to its settings.");
                        break;
                    case "dependency_defaults":
                        sawDeps = true;
                        ReadDependencyDefaults(v, path);
                        break;
                    default:
                        UnknownField(k, path, "defaults", ["channels", "dependency_defaults"]);
                        break;
                }
            }
            if (!sawChannels) Issues.Error(path, 1, IssueCodes.MissingField, "'channels:' is missing; define at least the 'unspecified' channel.");
            if (!sawDeps) Issues.Error(path, 1, IssueCodes.MissingField, "'dependency_defaults:' is missing; give probability, time_to_impact_hours and assumption.");
        }

        private void ReadChannel(YamlNode key, YamlNode value, string path)
        {
            var id = Key(key);
            if (string.IsNullOrEmpty(id)) { Issues.Error(path, LineOf(key), IssueCodes.BadValue, "a channel id must be a text."); return; }
            if (value is not YamlMappingNode map) { Issues.Error(path, LineOf(value), IssueCodes.BadValue, $"channel '{id}' must be a mapping ({string.Join(", ", ChannelFields)})."); return; }
            double? delay = null, p = null;
            string? reason = null, reasonJa = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var f = Key(k) ?? "";
                switch (f)
                {
                    case "delay_hours": delay = Number(v, path, $"channels.{id}.delay_hours", probability: false); break;
                    case "probability": p = Number(v, path, $"channels.{id}.probability", probability: true); break;
                    case "name_ja" or "name_en":
                        if (Text(v, path, f) is null) continue;
                        break;
                    case "assumption":
                        if ((reason = Text(v, path, f)) is null) continue;
                        break;
                    case "assumption_ja": reasonJa = Text(v, path, f); continue;
                    default: UnknownField(k, path, "channel", [.. ChannelFields, "assumption_ja"]); continue;
                }
                seen.Add(f);
            }
            foreach (var f in ChannelFields)
                if (!seen.Contains(f))
                    Issues.Error(path, LineOf(key), IssueCodes.MissingField, $"channel '{id}' has no '{f}'.");
            CheckReasonPair(reason, reasonJa, path, LineOf(key), $"channel '{id}'", "assumption");
            if (!_channels.TryAdd(id, new Channel(delay ?? 0, p ?? 1)))
                Issues.Error(path, LineOf(key), IssueCodes.DuplicateId, $"channel '{id}' is defined twice.");
        }

        private void ReadDependencyDefaults(YamlNode value, string path)
        {
            if (value is not YamlMappingNode map) { Issues.Error(path, LineOf(value), IssueCodes.BadValue, "'dependency_defaults' must be a mapping (probability, time_to_impact_hours, assumption)."); return; }
            double? hours = null, p = null;
            string? reason = null, reasonJa = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (k, v) in map.Children)
            {
                var f = Key(k) ?? "";
                switch (f)
                {
                    case "time_to_impact_hours": hours = Number(v, path, "dependency_defaults.time_to_impact_hours", probability: false); break;
                    case "probability": p = Number(v, path, "dependency_defaults.probability", probability: true); break;
                    case "assumption": if ((reason = Text(v, path, f)) is null) continue; break;
                    case "assumption_ja": reasonJa = Text(v, path, f); continue;
                    default: UnknownField(k, path, "dependency_defaults", [.. DependencyDefaultFields, "assumption_ja"]); continue;
                }
                seen.Add(f);
            }
            foreach (var f in DependencyDefaultFields)
                if (!seen.Contains(f))
                    Issues.Error(path, LineOf(map), IssueCodes.MissingField, $"dependency_defaults has no '{f}'.");
            CheckReasonPair(reason, reasonJa, path, LineOf(map), "dependency_defaults", "assumption");
            _dependencyDefaults = new Channel(hours ?? _dependencyDefaults.DelayHours, p ?? _dependencyDefaults.Probability);
        }
    }
}
