using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Depgraph.Core.Model;

namespace Depgraph.Reporting.Report;

/// <summary>A short, stable hash of a dataset's content (nodes, edges, names, parameters, provenance) for appendix B.</summary>
public static class DatasetFingerprint
{
    /// <summary>The first 16 hex digits of the SHA-256 of the dataset's canonical text, in input order.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The fingerprint.</returns>
    public static string Compute(GraphDataset dataset)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var sb = new StringBuilder();
        void Flush()
        {
            hash.AppendData(Encoding.UTF8.GetBytes(sb.ToString()));
            sb.Clear();
        }

        foreach (Node x in dataset.Nodes)
        {
            sb.Append("n\t").Append(x.Id).Append('\t').Append(x.Kind.Token()).Append('\t').Append(x.NameJa).Append('\t').Append(x.NameEn)
                .Append('\t').Append(x.Provenance.Basis).Append('\t').Append(x.Provenance.Assumption);
            foreach (MemberCount m in x.Members)
            {
                sb.Append('\t').Append(m.Unit).Append('=').Append(m.Count.ToString(CultureInfo.InvariantCulture));
            }

            sb.Append('\n');
            if (sb.Length > 1 << 16)
            {
                Flush();
            }
        }

        foreach (Edge x in dataset.Edges)
        {
            sb.Append("e\t").Append(x.Source).Append('\t').Append(x.Target).Append('\t').Append(x.Kind.Token()).Append('\t').Append(x.Flow.Token())
                .Append('\t').Append(x.DelayHours.ToString("R", CultureInfo.InvariantCulture))
                .Append('\t').Append(x.Probability.ToString("R", CultureInfo.InvariantCulture))
                .Append('\t').Append(x.Strength.ToString("R", CultureInfo.InvariantCulture))
                .Append('\t').Append(x.Provenance.Basis).Append('\t').Append(x.Provenance.Assumption).Append('\n');
            if (sb.Length > 1 << 16)
            {
                Flush();
            }
        }

        Flush();
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
