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

        private void ReadDependencies()
        {
            var path = PathOf(DependenciesFile);
            var expected = DependenciesHeader.Split(',');
            int line = 0;
            bool header = false;
            try
            {
                using var reader = CsvGraphReader.TryOpen(path, options, Issues);
                if (reader is null) return;
                foreach (var row in reader)
                {
                    line = header ? row.LineNumberFrom : 1; // Sep can misnumber the first row of a header-less read
                    if (CsvGraphReader.RowProblem(row, options.Limits) is { } problem)
                    {
                        Issues.Error(path, line, problem.Code, problem.Message);
                        if (problem.Fatal) return;
                        continue;
                    }
                    if (!header)
                    {
                        header = true;
                        if (!Ranges.ParameterRanges.CheckHeader(row, expected, path, Issues, out _ranges, allowBases: true)) return;
                        continue;
                    }
                    if (CsvGraphReader.IsBlank(row)) continue;
                    if (row.ColCount != expected.Length + _ranges.Count)
                    {
                        Issues.Error(path, line, IssueCodes.BadRow, $"expected {expected.Length + _ranges.Count} fields ({DependenciesHeader}{(_ranges.Count > 0 ? " and the range columns" : "")}), found {row.ColCount}; quote a reason that contains a comma.");
                        continue;
                    }
                    ReadDependencyRow(row, path, line);
                }
                if (!header) Issues.Error(path, 1, IssueCodes.BadHeader, $"the file is empty; it must start with the header '{DependenciesHeader}'.");
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                Issues.Error(path, line, ex is IOException or UnauthorizedAccessException ? IssueCodes.FileNotFound : IssueCodes.Syntax,
                    $"cannot read the file after line {line}: {ex.Message}");
            }
        }

        private void ReadDependencyRow(nietras.SeparatedValues.SepReader.Row row, string path, int line)
        {
            string dependant = row[0].Span.Trim().ToString(), supplier = row[1].Span.Trim().ToString();
            string basis = row[5].Span.Trim().ToString(), reason = row[6].Span.Trim().ToString();
            bool ok = true;
            if (dependant.Length == 0 || supplier.Length == 0)
            {
                Issues.Error(path, line, IssueCodes.BadRow, $"empty {(dependant.Length == 0 ? "dependant" : "supplier")}; every row names a dependant and a supplier id.");
                ok = false;
            }
            else if (dependant == supplier)
            {
                Issues.Error(path, line, IssueCodes.SelfLoop, $"'{dependant}' depends on itself; remove the row.");
                ok = false;
            }
            double strength = 0, probability = _dependencyDefaults.Probability, hours = _dependencyDefaults.DelayHours;
            bool probabilityWritten = false, hoursWritten = false;
            var s = row[2].Span.Trim();
            if (!s.IsEmpty && !(Tokens.TryNumber(s, out strength) && Tokens.IsWeight(strength) && strength <= 1))
            {
                Issues.Error(path, line, IssueCodes.BadWeight, $"strength '{Tokens.Show(s)}' must be a number in [0, 1] (the dependant's share of supply).");
                ok = false;
            }
            var p = row[3].Span.Trim();
            if (!p.IsEmpty)
            {
                probabilityWritten = true;
                if (!(Tokens.TryNumber(p, out probability) && Tokens.IsProbability(probability)))
                {
                    Issues.Error(path, line, IssueCodes.BadProbability, $"probability '{Tokens.Show(p)}' must be a number in [0, 1].");
                    ok = false;
                }
            }
            var h = row[4].Span.Trim();
            hoursWritten = !h.IsEmpty;
            if (!h.IsEmpty && !(Tokens.TryNumber(h, out hours) && Tokens.IsWeight(hours)))
            {
                Issues.Error(path, line, IssueCodes.BadWeight, $"time_to_impact_hours '{Tokens.Show(h)}' must be a non-negative number of hours, at most {ReaderLimits.MaxHours:0e0}.");
                ok = false;
            }
            var attributes = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            Provenance provenance;
            switch (basis)
            {
                case "assumption":
                    if (reason.Length == 0)
                    {
                        Issues.Error(path, line, IssueCodes.MissingProvenance, "basis is 'assumption' but the reason is empty; say why the value is assumed.");
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
                    Issues.Error(path, line, IssueCodes.BadValue, $"basis '{basis}' must be 'assumption' or 'survey'.");
                    provenance = Provenance.None;
                    ok = false;
                    break;
            }
            ok &= _ranges.ReadRow(row, path, line, Issues, probability, hours, strength, attributes);
            string? reasonJa = attributes.TryGetValue(Ranges.ParameterRanges.ReasonJa, out var rj) ? rj : null;
            if (basis == "assumption")
            {
                attributes.Remove(Ranges.ParameterRanges.ReasonJa);
                if (reasonJa is not null) provenance = Provenance.Assumed(reason, reasonJa);
                CheckReasonPair(reason, reasonJa, path, line, $"row {dependant} -> {supplier}", "reason");
            }
            CheckReasonPair(attributes.GetValueOrDefault(Ranges.ParameterRanges.RangeReason), attributes.GetValueOrDefault(Ranges.ParameterRanges.RangeReasonJa),
                path, line, $"row {dependant} -> {supplier}", "range_reason");
            if (!ok || !(strength > 0 || (probabilityWritten && probability > 0))) return;
            // a value taken from defaults.yaml is an assumption (DependencyBases) with the default's range, whatever the row's basis
            Ranges.DefaultRange.WriteOnDependencyRow(_dependencyDefaults.Range, h.IsEmpty, !probabilityWritten, attributes);
            _edges.Add(new Edge(dependant, supplier, EdgeKind.DependsOn, provenance, hours, probability, strength,
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
