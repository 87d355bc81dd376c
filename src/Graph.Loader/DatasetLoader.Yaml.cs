using System.Collections.Immutable;
using System.Globalization;
using Depgraph.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Depgraph.Loader;

public static partial class DatasetLoader
{
    /// <summary>YAML plumbing: parsing under the reader limits, failure locations, typed field readers shared by every file.</summary>
    private sealed partial class Run
    {
        // ---------------------------------------------------------------- YAML plumbing

        private YamlMappingNode? LoadYaml(string rel)
        {
            var path = PathOf(rel);
            if (TextInput.ReadAll(path, options, out var readIssue) is not { } text)
            {
                Issues.Add(readIssue!);
                return null;
            }
            _lastLine = InFile(long.MaxValue, text);
            try
            {
                var stream = new YamlStream();
                stream.Load(new LimitedYamlParser(new Parser(new StringReader(text)), options.Limits));
                if (stream.Documents.Count == 0) return null;
                if (stream.Documents.Count > 1)
                    Issues.Warning(path, LineOf(stream.Documents[1].RootNode), IssueCodes.BadValue, "only the first YAML document is read; remove the '---' separator or move the rest to another file.");
                var root = stream.Documents[0].RootNode;
                if (root is YamlMappingNode map) return map;
                if (root is YamlScalarNode { Value: null or "" }) return null;
                Issues.Error(path, LineOf(root), IssueCodes.Syntax, "the file must be a YAML mapping (top-level keys such as nodes: and edges:).");
                return null;
            }
            catch (YamlException ex) when ((ex as YamlLimitException ?? ex.InnerException as YamlLimitException) is { } limit)
            {
                Issues.Error(path, InFile(limit.Start.Line, text), IssueCodes.Limit, YamlMessage(limit));
            }
            catch (YamlException ex)
            {
                Issues.Error(path, InFile(ex.Start.Line, text), IssueCodes.Syntax, $"YAML syntax error: {YamlMessage(ex)}");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // YamlDotNet sometimes fails with a non-YAML exception (e.g. an unclosed '[' at the end of a file):
                // find the line by replaying the low-level parser, which knows where it stopped.
                var (line, message) = LocateFailure(text, ex);
                Issues.Error(path, InFile(line, text), IssueCodes.Syntax, $"YAML syntax error: {message}");
            }
            return null;
        }

        /// <summary>A parser's line clamped to the file (YamlDotNet reports an error at the end of input one line past the last).</summary>
        private static int InFile(long line, string text)
        {
            int last = 1 + text.AsSpan().Count('\n');
            if (text.EndsWith('\n') && last > 1) last--;
            return (int)Math.Clamp(line, 1, last);
        }

        private static (int Line, string Message) LocateFailure(string text, Exception original)
        {
            long last = 1;
            try
            {
                var parser = new LimitedYamlParser(new Parser(new StringReader(text)), ReaderLimits.Default with { MaxYamlAliasNodes = long.MaxValue });
                while (parser.MoveNext()) last = parser.Current!.Start.Line;
            }
            catch (YamlException ex)
            {
                return (Math.Max(1, (int)ex.Start.Line), YamlMessage(ex));
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                return (Math.Max(1, (int)last), $"the YAML structure breaks after this line (an unclosed '[', '{{' or quote?); the parser said: {ex.Message}");
            }
            return (Math.Max(1, (int)last), $"the YAML structure breaks after this line; the parser said: {original.Message}");
        }

        private static string YamlMessage(YamlException ex)
        {
            var msg = (ex.InnerException as YamlException)?.Message ?? ex.Message;
            // YamlDotNet prefixes "(Line: 3, Col: 5, Idx: 20) - (Line: ...): "; the line is already in the issue.
            int cut = msg.IndexOf("): ", StringComparison.Ordinal);
            return msg.StartsWith("(Line", StringComparison.Ordinal) && cut > 0 ? msg[(cut + 3)..] : msg;
        }

        private static bool IsNull(YamlNode v) =>
            v is YamlScalarNode s && s.Style is ScalarStyle.Plain or ScalarStyle.Any && s.Value is null or "" or "~" or "null" or "Null" or "NULL";

        /// <summary>A scalar's text, or null (with a bad-value issue when the node is not a scalar).</summary>
        private string? Text(YamlNode v, string path, string field)
        {
            if (v is YamlScalarNode s)
                return IsNull(v) ? null : s.Value;
            Issues.Error(path, LineOf(v), IssueCodes.BadValue, $"'{field}' must be a single text value, not a list or mapping.");
            return null;
        }

        private IEnumerable<YamlScalarNode> TextList(YamlNode v, string path, string field)
        {
            if (v is YamlScalarNode s) { if (!IsNull(s)) yield return s; yield break; }
            if (v is not YamlSequenceNode seq)
            {
                Issues.Error(path, LineOf(v), IssueCodes.BadValue, $"'{field}' must be a text or a list of texts.");
                yield break;
            }
            foreach (var item in seq)
            {
                if (item is YamlScalarNode si && !IsNull(si)) yield return si;
                else Issues.Error(path, LineOf(item), IssueCodes.BadValue, $"each item of '{field}' must be a non-empty text.");
            }
        }

        /// <summary>A number field; null when absent or bad (the issue is reported).</summary>
        private double? Number(YamlNode v, string path, string field, bool probability)
        {
            var text = Text(v, path, field);
            bool ok = Tokens.TryNumber(text, out double x) && (probability ? Tokens.IsProbability(x) : Tokens.IsWeight(x));
            if (text is not null && ok) return x;
            Issues.Error(path, LineOf(v), probability ? IssueCodes.BadProbability : IssueCodes.BadWeight,
                probability
                    ? $"'{field}' is '{Tokens.Show(text)}'; it must be a number in [0, 1]."
                    : $"'{field}' is '{Tokens.Show(text)}'; it must be a non-negative number of hours, at most {ReaderLimits.MaxHours:0e0}.");
            return null;
        }

        private void UnknownField(YamlNode key, string path, string what, string[] known) =>
            Issues.Warning(path, LineOf(key), IssueCodes.BadValue,
                $"unknown {what} field '{(key as YamlScalarNode)?.Value ?? key.ToString()}' is ignored; known fields: {string.Join(", ", known)}.");

        private static string? Key(YamlNode k) => (k as YamlScalarNode)?.Value;

        private ImmutableArray<Evidence> ReadEvidence(YamlNode v, string path, out int written)
        {
            written = 0;
            var found = ImmutableArray.CreateBuilder<Evidence>();
            foreach (var q in TextList(v, path, "evidence"))
            {
                written++;
                var quote = q.Value!.Trim();
                if (quote.Length == 0) { Issues.Error(path, LineOf(q), IssueCodes.BadValue, "empty evidence quote."); continue; }
                if (_sources.Count == 0) continue; // the missing source is reported once
                if (_sources.Find(quote) is { } ev) found.Add(ev);
                else
                    Issues.Error(path, LineOf(q), IssueCodes.QuoteNotFound,
                        $"evidence quote \"{quote}\" does not occur verbatim in {string.Join(", ", _sources.Names.Select(n => SourceFolder + "/" + n))}; copy it exactly (spaces and punctuation included).");
            }
            return found.ToImmutable();
        }

        private ImmutableSortedDictionary<string, string> ReadAttributes(YamlNode v, string path)
        {
            var b = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (v is not YamlMappingNode map)
            {
                if (!IsNull(v)) Issues.Error(path, LineOf(v), IssueCodes.BadValue, "'attributes' must be a mapping of names to single values.");
                return b.ToImmutable();
            }
            foreach (var (k, val) in map.Children)
            {
                var key = Key(k);
                if (string.IsNullOrEmpty(key)) { Issues.Error(path, LineOf(k), IssueCodes.BadValue, "an attribute name must be a text."); continue; }
                if (val is not YamlScalarNode s) { Issues.Error(path, LineOf(val), IssueCodes.BadValue, $"attribute '{key}' must be a single value, not a list or mapping."); continue; }
                b[key] = s.Value ?? "";
            }
            return b.ToImmutable();
        }
    }
}
