using System.Text.RegularExpressions;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests;

/// <summary>
/// Each quote about a CEPTOAR sits on that CEPTOAR's own page of the source (or on the summary pages, which speak of all),
/// and the aggregate member and outside-recipient counts match the CEPTOAR's cell of the table 「セプター一覧」.
/// </summary>
/// <remarks>
/// How the document delimits a CEPTOAR's section: after the summary pages and the table, every CEPTOAR (and the
/// 金融CEPTOAR連絡協議会) has one page 「セプターの概要」 that begins with its 名称 field (名 称 / 名称) naming it, in table
/// order. The text extraction keeps that field on every page but 化学's, which begins with its 事務局 石油化学工業協会.
/// <see cref="Anchors"/> holds the opening text of each page; a page runs to the next one's opening.
/// </remarks>
public class ShippedDatasetPagesTests
{
    private static string Folder => Path.Combine(TestPaths.RepoRoot, "data", GraphInput.DefaultDatasetName);

    /// <summary>The opening text of each page, in document order (the table's column order, with the council after 放送).</summary>
    internal static readonly (string Owner, string Anchor)[] Anchors =
    [
        ("ceptoar.t", "名 称\tT – CEPTOAR"), ("ceptoar.cable_tv", "ケーブルテレビCEPTOAR 名 称"), ("ceptoar.broadcast", "名 称放送CEPTOAR"),
        ("council.financial_ceptoar_liaison", "名 称\t金融CEPTOAR連絡協議会"), ("ceptoar.banks", "名 称\n\n銀行等CEPTOAR"),
        ("ceptoar.securities", "名称 証券CEPTOAR"), ("ceptoar.life_insurance", "生命保険CEPTOAR 名 称"), ("ceptoar.nonlife_insurance", "名 称 損害保険CEPTOAR"),
        ("ceptoar.funds_settlement", "名 称\n\n資金決済CEPTOAR"), ("ceptoar.aviation", "航空CEPTOAR 名 称"), ("ceptoar.airport", "空港CEPTOAR 名 称"),
        ("ceptoar.railway", "鉄道CEPTOAR 名 称"), ("ceptoar.electricity", "名 称\n\n電力CEPTOAR"), ("ceptoar.gas", "名 称 事務局 1. 機能 2. 構成\n\nGAS CEPTOAR"),
        ("ceptoar.local_gov", "自治体CEPTOAR 名 称"), ("ceptoar.medical", "名 称 事務局 概要\n\n医療CEPTOAR"), ("ceptoar.water", "名 称 事務局 概要\n\n水道CEPTOAR"),
        ("ceptoar.logistics", "物流CEPTOAR 名 称"), ("ceptoar.chemical", "事務局\n\n石油化学工業協会\n"), ("ceptoar.credit", "クレジットCEPTOAR 名 称"),
        ("ceptoar.oil", "石油CEPTOAR 名 称"), ("ceptoar.port", "港湾CEPTOAR 名 称"),
    ];

    private sealed class Pages
    {
        public Pages(string text)
        {
            Text = text;
            foreach (var (owner, anchor) in Anchors)
            {
                int at = text.IndexOf(anchor, StringComparison.Ordinal);
                Assert.True(at >= 0 && text.IndexOf(anchor, at + 1, StringComparison.Ordinal) < 0, $"the page opening of {owner} must occur exactly once");
                Assert.True(Starts.Count == 0 || at > Starts[^1].Start, $"the page of {owner} must follow the previous one");
                Starts.Add((owner, at));
            }
        }

        public string Text { get; }
        public List<(string Owner, int Start)> Starts { get; } = [];

        /// <summary>The page a position lies on: null for the summary pages before the first CEPTOAR page.</summary>
        public string? PageAt(int position) => Starts.LastOrDefault(s => s.Start <= position).Owner;

        /// <summary>True when some occurrence of the quote lies on one of the owners' pages or on the summary pages.</summary>
        public bool OnPageOf(string quote, IReadOnlySet<string> owners)
        {
            for (int at = Text.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = Text.IndexOf(quote, at + 1, StringComparison.Ordinal))
                if (PageAt(at) is not { } page || owners.Contains(page)) return true;
            return false;
        }
    }

    private static (GraphDataset Dataset, Pages Pages) Load()
    {
        var ds = DatasetLoader.Load(Folder).GetValueOrThrow();
        var text = File.ReadAllText(Path.Combine(Folder, "source", "nisc-ceptoar-fy2024.txt")).ReplaceLineEndings("\n");
        return (ds, new Pages(text));
    }

    /// <summary>The pages a node's facts belong on: its CEPTOAR's (members.x, external.x…, member.x.…), those a secretariat runs,
    /// and the page of a council a CEPTOAR is a member of.</summary>
    internal static Dictionary<string, HashSet<string>> Owners(GraphDataset ds)
    {
        var pages = Anchors.Select(a => a.Owner).ToHashSet(StringComparer.Ordinal);
        var owners = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var n in ds.Nodes)
        {
            var parts = n.Id.Split('.');
            string? page = n.Kind switch
            {
                NodeKind.Ceptoar or NodeKind.Council when pages.Contains(n.Id) => n.Id,
                NodeKind.Member or NodeKind.External when parts.Length >= 2 && pages.Contains("ceptoar." + parts[1]) => "ceptoar." + parts[1],
                _ => null,
            };
            if (page is not null) owners[n.Id] = [page];
        }
        // a council with its own page (金融CEPTOAR連絡協議会) describes its member CEPTOARs there too
        foreach (var e in ds.Edges.Where(e => e.Kind == EdgeKind.MemberOf && pages.Contains(e.Target) && owners.ContainsKey(e.Source) && ds.Find(e.Source)?.Kind == NodeKind.Ceptoar))
            owners[e.Source].Add(e.Target);
        foreach (var e in ds.Edges.Where(e => e.Kind == EdgeKind.Operates && ds.Find(e.Source)?.Kind == NodeKind.Secretariat && pages.Contains(e.Target)))
        {
            if (!owners.TryGetValue(e.Source, out var set)) owners[e.Source] = set = [];
            set.Add(e.Target);
        }
        return owners;
    }

    [Fact]
    public void Every_page_opening_is_found_once_and_in_table_order()
    {
        var (_, pages) = Load();
        Assert.Equal(22, pages.Starts.Count);
        // the summary pages (and the table) come first; the port page is the last
        Assert.Null(pages.PageAt(pages.Text.IndexOf("セプター一覧", StringComparison.Ordinal)));
        Assert.Equal("ceptoar.port", pages.PageAt(pages.Text.IndexOf("2024年度情報伝達訓練に参加。", StringComparison.Ordinal)));
        Assert.Equal("ceptoar.chemical", pages.PageAt(pages.Text.IndexOf("主要な石油化学事業者13社", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_quote_about_a_CEPTOAR_sits_on_its_own_page_or_the_summary()
    {
        var (ds, pages) = Load();
        var owners = Owners(ds);
        var wrong = new List<string>();
        int checkedQuotes = 0;
        foreach (var n in ds.Nodes.Where(n => owners.ContainsKey(n.Id)))
            foreach (var q in n.Provenance.Evidence)
            {
                checkedQuotes++;
                if (!pages.OnPageOf(q.Quote.Trim(), owners[n.Id])) wrong.Add($"{n.File}:{n.Line} {n.Id}: 「{q.Quote}」");
            }
        foreach (var e in ds.Edges)
        {
            var set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var id in new[] { e.Source, e.Target })
                if (owners.TryGetValue(id, out var o)) set.UnionWith(o);
            if (set.Count == 0) continue;
            foreach (var q in e.Provenance.Evidence)
            {
                checkedQuotes++;
                if (!pages.OnPageOf(q.Quote.Trim(), set)) wrong.Add($"{e.File}:{e.Line} {e.Source} -> {e.Target}: 「{q.Quote}」");
            }
        }
        Assert.True(checkedQuotes > 400, $"only {checkedQuotes} quotes checked");
        Assert.True(wrong.Count == 0, $"{wrong.Count} quotes off their page:\n" + string.Join("\n", wrong));
    }

    [Fact]
    public void A_quote_taken_from_another_CEPTOARs_page_is_caught()
    {
        var (_, pages) = Load();
        // 空港's page line, claimed for 航空: not on 航空's page, not on the summary
        Assert.False(pages.OnPageOf("空港・空港ビル事業者が所有する重要システム", new HashSet<string> { "ceptoar.aviation" }));
        Assert.True(pages.OnPageOf("空港・空港ビル事業者が所有する重要システム", new HashSet<string> { "ceptoar.airport" }));
    }

    private static readonly Regex Count = new(@"(\d+)(社・団体|社・機関|水道事業体|地方公共団体|都道府県|市区町村|グループ|団体|機関|事業体|社)");

    /// <summary>A table cell as counts by unit: spaces and thousands separators removed ("1,741 市区町村" → 市区町村 1741).</summary>
    internal static List<MemberCount> Parse(string cell) =>
        [.. Count.Matches(Regex.Replace(cell, @"[\s,]", "")).Select(m => new MemberCount(m.Groups[2].Value, long.Parse(m.Groups[1].Value)))];

    [Fact]
    public void Member_and_outside_recipient_counts_match_the_table_cell_of_their_CEPTOAR()
    {
        var (ds, pages) = Load();
        var lines = pages.Text.Split('\n');
        string[] Row(string head) => lines.Single(l => l.StartsWith(head, StringComparison.Ordinal)).Split('\t')[1..];
        var members = Row("構成員 (のベ数)");
        var outside = Row("構成員以外の 情報展開先");
        var ceptoars = Anchors.Select(a => a.Owner).Where(o => o.StartsWith("ceptoar.", StringComparison.Ordinal)).ToList();
        Assert.Equal(21, ceptoars.Count);
        Assert.Equal(21, members.Length);
        Assert.Equal(21, outside.Length);
        var wrong = new List<string>();
        for (int i = 0; i < 21; i++)
        {
            string suffix = ceptoars[i]["ceptoar.".Length..];
            Compare("members." + suffix, members[i]);
            Compare("external." + suffix, outside[i]);
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} quotes off their page:\n" + string.Join("\n", wrong));

        void Compare(string id, string cell)
        {
            var expected = Parse(cell);
            var counts = ds.Find(id)?.Members.ToList() ?? [];
            if (!expected.OrderBy(m => m.Unit, StringComparer.Ordinal).SequenceEqual(counts.OrderBy(m => m.Unit, StringComparer.Ordinal)))
                wrong.Add($"{id}: table cell '{cell}' = {string.Join(" ", expected)}, dataset {string.Join(" ", counts)}");
        }
    }

    [Fact]
    public void Table_cells_parse_as_the_document_writes_them()
    {
        Assert.Equal([new MemberCount("都道府県", 47), new MemberCount("市区町村", 1741)], Parse("47 都道府県 1,741 市区町村"));
        Assert.Equal([new MemberCount("事業体", 1189)], Parse("内容に応じ 1,189事業 体へ展開"));
        Assert.Equal([new MemberCount("地方公共団体", 7)], Parse("7地方公 共団体"));
        Assert.Empty(Parse("-"));
    }
}
