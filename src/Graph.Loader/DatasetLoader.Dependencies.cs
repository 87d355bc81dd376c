using System.Collections.Immutable;
using System.Globalization;
using Depgraph.Core.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Depgraph.Loader;

public static partial class DatasetLoader
{
    /// <summary>dependencies.csv: the inter-sector dependency matrix and its optional range columns.</summary>
    private sealed partial class Run
    {
        // ---------------------------------------------------------------- dependencies.csv

        private Ranges.ParameterRanges _ranges = Ranges.ParameterRanges.None;

        /// <summary>What reading dependencies.csv found: its issues, in the order found, and its edges.</summary>
        private sealed class DependencyRows
        {
            public IssueCollector Issues { get; } = new();
            public List<Edge> Edges { get; } = [];
        }

        /// <summary>Adds what dependencies.csv gave after what the node and edge files gave.</summary>
        private void Take(DependencyRows rows)
        {
            foreach (var issue in rows.Issues.ToList()) Issues.Add(issue);
            _edges.AddRange(rows.Edges);
        }

        /// <summary>
        /// Reads dependencies.csv. Uses only the folder, the options, the manifest's languages and the dependency
        /// defaults (all read before) and writes only <see cref="_ranges"/> and what it returns, so it can run on
        /// another thread while the node and edge files are checked.
        /// </summary>
        private DependencyRows ReadDependencies()
        {
            var rows = new DependencyRows();
            var issues = rows.Issues;
            var path = PathOf(DependenciesFile);
            var expected = DependenciesHeader.Split(',');
            int line = 0;
            bool header = false;
            try
            {
                using var reader = CsvGraphReader.TryOpen(path, options, issues);
                if (reader is null) return rows;
                foreach (var row in reader)
                {
                    line = header ? row.LineNumberFrom : 1; // Sep can misnumber the first row of a header-less read
                    if (CsvGraphReader.RowProblem(row, options.Limits) is { } problem)
                    {
                        issues.Error(path, line, problem.Code, problem.Message);
                        if (problem.Fatal) return rows;
                        continue;
                    }
                    if (!header)
                    {
                        header = true;
                        if (!Ranges.ParameterRanges.CheckHeader(row, expected, path, issues, out _ranges, allowBases: true)) return rows;
                        continue;
                    }
                    if (CsvGraphReader.IsBlank(row)) continue;
                    if (row.ColCount != expected.Length + _ranges.Count)
                    {
                        issues.Error(path, line, IssueCodes.BadRow, $"expected {expected.Length + _ranges.Count} fields ({DependenciesHeader}{(_ranges.Count > 0 ? " and the range columns" : "")}), found {row.ColCount}; quote a reason that contains a comma.");
                        continue;
                    }
                    ReadDependencyRow(row, path, line, rows);
                }
                if (!header) issues.Error(path, 1, IssueCodes.BadHeader, $"the file is empty; it must start with the header '{DependenciesHeader}'.");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                issues.Error(path, line, ex is IOException or UnauthorizedAccessException ? IssueCodes.FileNotFound : IssueCodes.Syntax,
                    $"cannot read the file after line {line}: {ex.Message}");
            }
            return rows;
        }

        private void ReadDependencyRow(nietras.SeparatedValues.SepReader.Row row, string path, int line, DependencyRows rows)
        {
            var issues = rows.Issues;
            string dependant = row[0].Span.Trim().ToString(), supplier = row[1].Span.Trim().ToString();
            string basis = row[5].Span.Trim().ToString(), reason = row[6].Span.Trim().ToString();
            bool ok = true;
            if (dependant.Length == 0 || supplier.Length == 0)
            {
                issues.Error(path, line, IssueCodes.BadRow, $"empty {(dependant.Length == 0 ? "dependant" : "supplier")}; every row names a dependant and a supplier id.");
                ok = false;
            }
            else if (dependant == supplier)
            {
                issues.Error(path, line, IssueCodes.SelfLoop, $"'{dependant}' depends on itself; remove the row.");
                ok = false;
            }
            double strength = 0, probability = _dependencyDefaults.Probability, hours = _dependencyDefaults.DelayHours;
            bool probabilityWritten = false, hoursWritten = false;
            var s = row[2].Span.Trim();
            if (!s.IsEmpty && !(Tokens.TryNumber(s, out strength) && Tokens.IsWeight(strength) && strength <= 1))
            {
                issues.Error(path, line, IssueCodes.BadWeight, $"strength '{Tokens.Show(s)}' must be a number in [0, 1] (the dependant's share of supply).");
                ok = false;
            }
            var p = row[3].Span.Trim();
            if (!p.IsEmpty)
            {
                probabilityWritten = true;
                if (!(Tokens.TryNumber(p, out probability) && Tokens.IsProbability(probability)))
                {
                    issues.Error(path, line, IssueCodes.BadProbability, $"probability '{Tokens.Show(p)}' must be a number in [0, 1].");
                    ok = false;
                }
            }
            var h = row[4].Span.Trim();
            hoursWritten = !h.IsEmpty;
            if (!h.IsEmpty && !(Tokens.TryNumber(h, out hours) && Tokens.IsWeight(hours)))
            {
                issues.Error(path, line, IssueCodes.BadWeight, $"time_to_impact_hours '{Tokens.Show(h)}' must be a non-negative number of hours, at most {ReaderLimits.MaxHours:0e0}.");
                ok = false;
            }
            var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            Provenance provenance;
            switch (basis)
            {
                case "assumption":
                    if (reason.Length == 0)
                    {
                        issues.Error(path, line, IssueCodes.MissingProvenance, "basis is 'assumption' but the reason is empty; say why the value is assumed.");
                        ok = false;
                    }
                    provenance = Provenance.Assumed(reason);
                    attributes["basis"] = "assumption";
                    break;
                case "survey":
                    provenance = Provenance.FromSurvey(reason.StartsWith("survey:", StringComparison.Ordinal)
                        ? reason
                        : $"survey:{dependant}:{DependenciesFile}::{line}");
                    attributes["basis"] = "survey";
                    if (reason.Length > 0) attributes["reason"] = reason;
                    break;
                default:
                    issues.Error(path, line, IssueCodes.BadValue, $"basis '{basis}' must be 'assumption' or 'survey'.");
                    provenance = Provenance.None;
                    ok = false;
                    break;
            }
            ok &= _ranges.ReadRow(row, path, line, issues, probability, hours, strength, attributes);
            string? reasonJa = attributes.TryGetValue(Ranges.ParameterRanges.ReasonJa, out var rj) ? rj : null;
            if (basis == "assumption")
            {
                attributes.Remove(Ranges.ParameterRanges.ReasonJa);
                if (reasonJa is not null) provenance = Provenance.Assumed(reason, reasonJa);
                CheckReasonPair(issues, reason, reasonJa, path, line, $"row {dependant} -> {supplier}", "reason");
            }
            CheckReasonPair(issues, attributes.GetValueOrDefault(Ranges.ParameterRanges.RangeReason), attributes.GetValueOrDefault(Ranges.ParameterRanges.RangeReasonJa),
                path, line, $"row {dependant} -> {supplier}", "range_reason");
            if (!ok || !(strength > 0 || (probabilityWritten && probability > 0))) return;
            // a value taken from defaults.yaml is an assumption (DependencyBases) with the default's range, whatever the row's basis
            Ranges.DefaultRange.WriteOnDependencyRow(_dependencyDefaults.Range, h.IsEmpty, !probabilityWritten, attributes);
            rows.Edges.Add(new Edge(dependant, supplier, EdgeKind.DependsOn, provenance, hours, probability, strength,
                attributes: attributes.ToImmutable(), line: line, file: DependenciesFile,
                parameterBases: DependencyBases(provenance.Kind, attributes, probabilityWritten, hoursWritten)));
        }

        /// <summary>
        /// What a dependency row's numbers rest on: the strength on the row's basis; the probability and the hours on their
        /// basis column when given, else on the row's basis when written, else on <see cref="Basis.Assumption"/> (an empty
        /// cell takes <c>dependency_defaults</c>, which are assumed). So a survey answer that left the probability as it was
        /// never makes an independent cascade look surveyed.
        /// </summary>
        private static ParameterBases DependencyBases(Basis row, ImmutableSortedDictionary<string, string>.Builder attributes, bool probabilityWritten, bool hoursWritten)
        {
            Basis Of(string column, bool written) =>
                attributes.TryGetValue(column, out var b) ? (b == "survey" ? Basis.Survey : Basis.Assumption) : written ? row : Basis.Assumption;
            return new ParameterBases(Of(Ranges.ParameterRanges.HoursBasis, hoursWritten), Of(Ranges.ParameterRanges.ProbabilityBasis, probabilityWritten), row);
        }
    }
}
