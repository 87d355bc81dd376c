using System.Collections.Immutable;
using System.Globalization;
using Depgraph.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Depgraph.Loader;

public static partial class DatasetLoader
{
    /// <summary>The manifest (which files the folder must hold) and the source texts the quotes are checked against.</summary>
    private sealed partial class Run
    {
        // ---------------------------------------------------------------- manifest

        /// <summary>
        /// Reads manifest.yaml and checks the folder against it: every listed file exists under that exact name and is
        /// not empty; every *.yaml / *.yml / dependencies.csv in the folder is listed (or is defaults.yaml / manifest.yaml).
        /// Returns the graph files to read (ordinal order) and whether to read dependencies.csv. Without a manifest (an
        /// error) every *.yaml is read so that all other problems are still reported.
        /// </summary>
        private (List<string> GraphFiles, bool Dependencies) ReadManifest()
        {
            var present = Directory.GetFiles(folder).Select(Path.GetFileName).OfType<string>().ToHashSet(StringComparer.Ordinal);
            static bool Reserved(string f) => f.Equals(DefaultsFile, StringComparison.Ordinal) || f.Equals(ManifestFile, StringComparison.Ordinal);
            foreach (var f in present.Where(f => f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
                Issues.Error(PathOf(f), 0, IssueCodes.Manifest, $"'{f}' has the extension .yml, which the loader does not read; rename it to '{Path.ChangeExtension(f, ".yaml")}' (and list it in {ManifestFile}).");
            var manifestPath = PathOf(ManifestFile);
            if (!present.Contains(ManifestFile))
            {
                Issues.Error(manifestPath, 0, IssueCodes.Manifest,
                    $"{ManifestFile} is missing; it lists the dataset's files ('files: [government.yaml, …, {DependenciesFile}]') so that a missing or empty file is an error rather than a smaller graph.");
                return ([.. present.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) && !Reserved(f)).Order(StringComparer.Ordinal)],
                    present.Contains(DependenciesFile));
            }
            int before = Issues.Count;
            var root = LoadYaml(ManifestFile);
            var listed = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            bool sawFiles = false;
            if (root is null && Issues.Count == before)
                Issues.Error(manifestPath, 1, IssueCodes.Manifest, $"{ManifestFile} is empty; give 'files:', the list of the dataset's files.");
            foreach (var (k, v) in root?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
            {
                if (Key(k) == "languages") { ReadLanguages(v, manifestPath); continue; }
                if (Key(k) != "files") { UnknownField(k, manifestPath, "manifest", ["files", "languages"]); continue; }
                sawFiles = true;
                foreach (var item in TextList(v, manifestPath, "files"))
                {
                    var f = item.Value!.Trim();
                    int line = LineOf(item);
                    if (f != Path.GetFileName(f) || Reserved(f) || !(f.EndsWith(".yaml", StringComparison.Ordinal) || f == DependenciesFile))
                    {
                        Issues.Error(manifestPath, line, IssueCodes.Manifest, $"'{f}' cannot be listed: list the node/edge files (*.yaml, in this folder) and {DependenciesFile}; {DefaultsFile} and {ManifestFile} are always read.");
                        continue;
                    }
                    if (!seen.Add(f)) { Issues.Error(manifestPath, line, IssueCodes.Manifest, $"'{f}' is listed twice."); continue; }
                    if (!present.Contains(f))
                    {
                        var near = present.FirstOrDefault(p => p.Equals(f, StringComparison.OrdinalIgnoreCase)
                            || p.Equals(Path.ChangeExtension(f, ".yml"), StringComparison.OrdinalIgnoreCase));
                        Issues.Error(PathOf(f), 0, IssueCodes.Manifest, near is null
                            ? $"'{f}' is listed in {ManifestFile} (line {line}) but does not exist; restore it, or remove it from the manifest if the dataset really has no such file."
                            : $"'{f}' is listed in {ManifestFile} (line {line}) but does not exist; the folder has '{near}' — rename it to '{f}'.");
                        continue;
                    }
                    long length = 0;
                    try { length = new FileInfo(PathOf(f)).Length; }
                    catch (IOException) { }
                    if (length == 0)
                    {
                        Issues.Error(PathOf(f), 0, IssueCodes.Manifest, $"'{f}' is empty; it is listed in {ManifestFile} (line {line}), so it must hold its {(f == DependenciesFile ? "rows" : "nodes: or edges:")}.");
                        continue;
                    }
                    listed.Add(f);
                }
            }
            if (root is not null && !sawFiles)
                Issues.Error(manifestPath, 1, IssueCodes.Manifest, "'files:' is missing; list the dataset's node/edge files and dependencies.csv.");
            foreach (var f in present.Where(f => (f.EndsWith(".yaml", StringComparison.Ordinal) || f == DependenciesFile) && !Reserved(f) && !seen.Contains(f)).Order(StringComparer.Ordinal))
                Issues.Error(PathOf(f), 0, IssueCodes.Manifest, $"'{f}' is not listed in {ManifestFile}, so it would not be read; add it to 'files:' or remove it.");
            return ([.. listed.Where(f => f != DependenciesFile).Order(StringComparer.Ordinal)], listed.Contains(DependenciesFile));
        }

        /// <summary>
        /// <c>languages: [ja, en]</c>: the languages the dataset's texts are written in. With <c>ja</c> listed, every
        /// English reason (<c>assumption</c>, <c>reason</c>, <c>range_reason</c>) needs its Japanese twin
        /// (<c>assumption_ja</c>, <c>reason_ja</c>, <c>range_reason_ja</c>).
        /// </summary>
        private void ReadLanguages(YamlNode v, string manifestPath)
        {
            foreach (var item in TextList(v, manifestPath, "languages"))
            {
                var lang = item.Value!.Trim();
                if (lang is "ja" or "en") { if (lang == "ja") _japaneseRequired = true; continue; }
                Issues.Error(manifestPath, LineOf(item), IssueCodes.BadValue, $"language '{Tokens.Show(lang)}' is not known; list ja and/or en.");
            }
        }

        // ---------------------------------------------------------------- sources

        private void ReadSources()
        {
            var dir = PathOf(SourceFolder);
            string[] files = Directory.Exists(dir) ? Directory.GetFiles(dir, "*.txt") : [];
            if (files.Length == 0)
            {
                Issues.Error(dir, 0, IssueCodes.FileNotFound, $"no source text: a curated dataset needs its source document(s) as {SourceFolder}/*.txt to check evidence quotes against.");
                return;
            }
            foreach (var f in files.Order(StringComparer.Ordinal))
            {
                if (TextInput.ReadAll(f, options, out var issue) is { } text) _sources.Add(Path.GetFileName(f), text);
                else Issues.Add(issue!);
            }
        }
    }
}
