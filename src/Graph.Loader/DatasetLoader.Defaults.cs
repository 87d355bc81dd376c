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
            string? reason = null, reasonJa = null, nameJa = null, nameEn = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var range = new RangeFields();
            foreach (var (k, v) in map.Children)
            {
                var f = Key(k) ?? "";
                switch (f)
                {
                    case "delay_hours": delay = Number(v, path, $"channels.{id}.delay_hours", probability: false); break;
                    case "probability": p = Number(v, path, $"channels.{id}.probability", probability: true); break;
                    case "name_ja":
                        if ((nameJa = Text(v, path, f)) is null) continue;
                        break;
                    case "name_en":
                        if ((nameEn = Text(v, path, f)) is null) continue;
                        break;
                    case "assumption":
                        if ((reason = Text(v, path, f)) is null) continue;
                        break;
                    case "assumption_ja": reasonJa = Text(v, path, f); continue;
                    default:
                        if (!ReadRangeField(f, v, path, $"channels.{id}", "delay_hours", range)) UnknownField(k, path, "channel", [.. ChannelFields, "assumption_ja", .. ChannelRangeFields]);
                        continue;
                }
                seen.Add(f);
            }
            foreach (var f in ChannelFields)
                if (!seen.Contains(f))
                    Issues.Error(path, LineOf(key), IssueCodes.MissingField, $"channel '{id}' has no '{f}'.");
            CheckReasonPair(reason, reasonJa, path, LineOf(key), $"channel '{id}'", "assumption");
            var r = range.Check(path, LineOf(key), $"channel '{id}'", delay, p, Issues);
            if (!_channels.TryAdd(id, new ChannelDefaults(delay ?? 0, p ?? 1, r)))
                Issues.Error(path, LineOf(key), IssueCodes.DuplicateId, $"channel '{id}' is defined twice.");
            else _channelList.Add(new Channel(id, new LocalizedName(nameJa ?? "", nameEn ?? ""), delay ?? 0, p ?? 1));
        }

        private void ReadDependencyDefaults(YamlNode value, string path)
        {
            if (value is not YamlMappingNode map) { Issues.Error(path, LineOf(value), IssueCodes.BadValue, "'dependency_defaults' must be a mapping (probability, time_to_impact_hours, assumption)."); return; }
            double? hours = null, p = null;
            string? reason = null, reasonJa = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var range = new RangeFields();
            foreach (var (k, v) in map.Children)
            {
                var f = Key(k) ?? "";
                switch (f)
                {
                    case "time_to_impact_hours": hours = Number(v, path, "dependency_defaults.time_to_impact_hours", probability: false); break;
                    case "probability": p = Number(v, path, "dependency_defaults.probability", probability: true); break;
                    case "assumption": if ((reason = Text(v, path, f)) is null) continue; break;
                    case "assumption_ja": reasonJa = Text(v, path, f); continue;
                    default:
                        if (!ReadRangeField(f, v, path, "dependency_defaults", "time_to_impact_hours", range))
                            UnknownField(k, path, "dependency_defaults", [.. DependencyDefaultFields, "assumption_ja", .. DependencyRangeFields]);
                        continue;
                }
                seen.Add(f);
            }
            foreach (var f in DependencyDefaultFields)
                if (!seen.Contains(f))
                    Issues.Error(path, LineOf(map), IssueCodes.MissingField, $"dependency_defaults has no '{f}'.");
            CheckReasonPair(reason, reasonJa, path, LineOf(map), "dependency_defaults", "assumption");
            var r = range.Check(path, LineOf(map), "dependency_defaults", hours, p, Issues);
            _dependencyDefaults = new ChannelDefaults(hours ?? _dependencyDefaults.DelayHours, p ?? _dependencyDefaults.Probability, r);
        }

        /// <summary>The optional range fields of a channel or of dependency_defaults, as read.</summary>
        private sealed class RangeFields
        {
            public double? DelayLow, DelayHigh, ProbabilityLow, ProbabilityHigh;
            public (string Text, int Line)? Distribution;
            public string? Reason, ReasonJa;
            public bool Bad;

            public Ranges.DefaultRange? Check(string path, int line, string who, double? delay, double? probability, IssueCollector issues) =>
                Bad || delay is null || probability is null ? null
                    : Ranges.DefaultRange.Check(path, line, who, delay.Value, probability.Value, DelayLow, DelayHigh, ProbabilityLow, ProbabilityHigh, Distribution, Reason, issues, ReasonJa);
        }

        /// <summary>Reads one range field (<c>{delayName}_low/_high</c>, <c>probability_low/_high</c>, <c>distribution</c>,
        /// <c>range_reason</c>); false when <paramref name="field"/> is not one.</summary>
        private bool ReadRangeField(string field, YamlNode v, string path, string where, string delayName, RangeFields into)
        {
            double? N(bool probability)
            {
                var x = Number(v, path, $"{where}.{field}", probability);
                into.Bad |= x is null;
                return x;
            }
            if (field == delayName + "_low") into.DelayLow = N(false);
            else if (field == delayName + "_high") into.DelayHigh = N(false);
            else if (field == "probability_low") into.ProbabilityLow = N(true);
            else if (field == "probability_high") into.ProbabilityHigh = N(true);
            else if (field == "distribution") into.Distribution = Text(v, path, field) is { } d ? (d, LineOf(v)) : null;
            else if (field == "range_reason") into.Reason = Text(v, path, field);
            else if (field == "range_reason_ja") into.ReasonJa = Text(v, path, field);
            else return false;
            return true;
        }
    }
}
