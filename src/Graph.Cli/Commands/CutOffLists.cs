using System.Text.Json;
using Depgraph.Analysis.Comparison;
using Depgraph.Analysis.Resilience;
using Depgraph.Cli.Infrastructure;
using Depgraph.Core.Compact;
using Depgraph.Core.Model;

namespace Depgraph.Cli.Commands;

/// <summary>Who is cut off (spof): the CEPTOARs, member groups and outside recipients, by id.</summary>
/// <remarks>
/// The grouping is <see cref="CutOffSets.Groups(int)"/>'s. With <paramref name="ranks"/> (the JSON output, which writes
/// every list whole and has the ranks for its <c>idom</c> map anyway) each list is sorted by integer rank; without them
/// (the table's top rows) by string comparisons. The lists are the same.
/// </remarks>
internal sealed class CutOffLists(CompactGraph g, DominatorTree tree, IdRanks? ranks = null)
{
    private readonly CutOffSets _sets = new(g, tree);

    /// <summary>The CEPTOARs, member groups, outside recipients (each by id) and the number of other nodes cut off by <paramref name="v"/>'s failure.</summary>
    public (IReadOnlyList<int> Ceptoars, IReadOnlyList<int> Members, IReadOnlyList<int> Outside, int Others) Of(int v)
    {
        var groups = ranks is null ? _sets.Groups(v) : _sets.Groups(v, ranks.Sort);
        return (groups.Ceptoars, groups.MemberGroups, groups.OutsideRecipients, groups.OtherNodes);
    }

    /// <summary>Writes the <c>cutOff</c> object of <paramref name="v"/>; <paramref name="items"/> writes the ids of a list as the items of the array just opened.</summary>
    public void WriteJson(Utf8JsonWriter w, int v, Action<IReadOnlyList<int>> items)
    {
        var (c, m, x, others) = Of(v);
        w.WriteStartObject("cutOff");
        List("ceptoars", c);
        List("memberGroups", m);
        List("outsideRecipients", x);
        w.WriteNumber("otherNodes", others);
        w.WriteEndObject();

        void List(string name, IReadOnlyList<int> vertices)
        {
            w.WriteStartArray(name);
            items(vertices);
            w.WriteEndArray();
        }
    }

    public void WriteTable(TextWriter o, IEnumerable<int> vertices, Language lang)
    {
        o.WriteLine();
        o.WriteLine(lang.Pick("切り離される組織(セプター / 構成員グループ / 構成員以外の展開先)", "Who is cut off (CEPTOARs / member groups / outside recipients)"));
        foreach (int v in vertices)
        {
            var (c, m, x, others) = Of(v);
            o.WriteLine($"  {g.Label(v, lang)} ({g.Id(v)})");
            if (c.Count > 0) o.WriteLine($"    {lang.Pick("セプター", "CEPTOARs")}: {Names(c)}");
            if (m.Count > 0) o.WriteLine($"    {Glossary.Members.For(lang)}: {Names(m)}");
            if (x.Count > 0) o.WriteLine($"    {lang.Pick("構成員以外", "outside")}: {Names(x)}");
            if (others > 0) o.WriteLine($"    {lang.Pick("その他", "other nodes")}: {others:N0}");
        }

        string Names(IReadOnlyList<int> vs) => string.Join(", ", vs.Take(8).Select(u => g.Label(u, lang))) + (vs.Count > 8 ? $", … ({vs.Count:N0})" : "");
    }
}
