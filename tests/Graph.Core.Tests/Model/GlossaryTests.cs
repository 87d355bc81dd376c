using System.Reflection;
using Depgraph.Core.Model;

namespace Depgraph.Core.Tests.Model;

public class GlossaryTests
{
    private static IEnumerable<(string Property, LocalizedName Term)> Terms() =>
        typeof(Glossary).GetProperties(BindingFlags.Public | BindingFlags.Static)
            .Where(p => p.PropertyType == typeof(LocalizedName))
            .Select(p => (p.Name, (LocalizedName)p.GetValue(null)!));

    [Theory]
    [InlineData("社", "companies (社)")]
    [InlineData("市区町村", "municipalities (市区町村)")]
    [InlineData("都道府県", "prefectures (都道府県)")]
    [InlineData("機関", "bodies (機関)")]
    [InlineData("団体", "associations (団体)")]
    [InlineData("member", "members")]
    [InlineData("未知の単位", "未知の単位")]
    public void Units_in_English_translate_and_keep_the_recorded_unit(string unit, string english) =>
        Assert.Equal(english, Glossary.Unit(unit, Language.English));

    [Theory]
    [InlineData("社", "社")]
    [InlineData("市区町村", "市区町村")]
    [InlineData("member", "構成員")]
    public void Units_in_Japanese_are_as_recorded(string unit, string japanese) =>
        Assert.Equal(japanese, Glossary.Unit(unit, Language.Japanese));

    [Fact]
    public void Every_basis_and_node_kind_has_a_distinct_name_in_both_languages()
    {
        foreach (var language in Languages.All)
        {
            var bases = BasisExtensions.All.Select(b => Glossary.Basis(b, language)).ToList();
            Assert.Equal(bases.Count, bases.Distinct().Count());
            Assert.All(bases, s => Assert.False(string.IsNullOrWhiteSpace(s)));
            var kinds = Enum.GetValues<NodeKind>().Select(k => Glossary.Kind(k, language)).ToList();
            Assert.Equal(kinds.Count, kinds.Distinct().Count());
        }
        Assert.Equal("仮定", Glossary.Basis(Basis.Assumption, Language.Japanese));
        Assert.Equal("assumption", Basis.Assumption.English());
        Assert.Equal("所管省庁", Glossary.Kind(NodeKind.Ministry, Language.Japanese));
    }

    [Fact]
    public void One_word_per_concept_every_term_is_bilingual_and_no_two_terms_share_a_word()
    {
        var terms = Terms().ToList();
        Assert.True(terms.Count >= 20, $"only {terms.Count} terms");
        Assert.All(terms, t =>
        {
            Assert.False(string.IsNullOrWhiteSpace(t.Term.Japanese), t.Property);
            Assert.False(string.IsNullOrWhiteSpace(t.Term.English), t.Property);
            Assert.NotEqual(t.Term.Japanese, t.Term.English);
        });
        Assert.Empty(terms.GroupBy(t => t.Term.Japanese).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(terms.GroupBy(t => (t.Term.English, t.Term.Japanese)).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    [Fact]
    public void Title_capitalises_English_only()
    {
        Assert.Equal("Members", Glossary.Members.Title(Language.English));
        Assert.Equal("構成員", Glossary.Members.Title(Language.Japanese));
        Assert.Equal("members", Glossary.Members.For(Language.English));
    }

    [Theory]
    [InlineData(1, "機関", "1 body (機関)")]
    [InlineData(7, "機関", "7 bodies (機関)")]
    [InlineData(1, "社・団体", "1 company or association (社・団体)")]
    [InlineData(1189, "事業体", "1,189 utilities (事業体)")]
    [InlineData(1, "事業体", "1 utility (事業体)")]
    [InlineData(1, "水道事業体", "1 water utility (水道事業体)")]
    [InlineData(2, "unknown-unit", "2 unknown-unit")]
    public void English_units_agree_with_the_number(long count, string unit, string expected)
        => Assert.Equal(expected, Glossary.CountOf(count, unit, Language.English));

    [Fact]
    public void Japanese_counts_keep_the_recorded_unit() => Assert.Equal("1,189 事業体", Glossary.CountOf(1189, "事業体", Language.Japanese));

    [Fact]
    public void A_total_over_mixed_units_is_labelled_as_a_total_count_of_organisations()
    {
        MemberCount[] securities = [new("社", 272), new("機関", 7)];
        MemberCount[] local = [new("市区町村", 1741), new("市区町村", 6)];
        Assert.True(Glossary.MixesUnits(securities));
        Assert.False(Glossary.MixesUnits(local));
        Assert.False(Glossary.MixesUnits([]));
        Assert.Equal(Glossary.AllUnitsTotal, Glossary.TotalOf(securities));
        Assert.Equal(Glossary.Total, Glossary.TotalOf(local));
        Assert.StartsWith("延べ組織数", Glossary.TotalOf(securities).For(Language.Japanese));
        Assert.Contains("mixed units", Glossary.TotalOf(securities).For(Language.English));
        Assert.Equal("合計", Glossary.TotalOf(local).For(Language.Japanese));
        Assert.Throws<ArgumentNullException>(() => Glossary.MixesUnits(null!));
    }
}
