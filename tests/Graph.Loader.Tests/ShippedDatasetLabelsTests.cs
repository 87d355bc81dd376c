using System.Text.RegularExpressions;
using Depgraph.Core.Model;

namespace Depgraph.Loader.Tests;

/// <summary>
/// The shipped dataset's labels and relations say no more than the document: inferences carry an assumption, FY2023
/// activities are not counted in FY2024, dates are complete, and the upward reporting the pages describe is there.
/// </summary>
public class ShippedDatasetLabelsTests
{
    private static readonly Lazy<GraphDataset> Data = new(() =>
        DatasetLoader.Load(Path.Combine(TestPaths.RepoRoot, "data", GraphInput.DefaultDatasetName)).GetValueOrThrow());

    private static GraphDataset Ds => Data.Value;

    private static Edge? Find(string from, string to, EdgeKind kind, InfoFlow flow = InfoFlow.None) =>
        Ds.Edges.SingleOrDefault(e => e.Source == from && e.Target == to && e.Kind == kind && (flow == InfoFlow.None || e.Flow == flow));

    private static readonly Regex Date = new(@"(\d{4})年(\d{1,2})月");

    /// <summary>The Japanese fiscal year 2024 runs from April 2024 to March 2025.</summary>
    private static bool InFy2024(int year, int month) => (year, month) is (2024, >= 4) or (2025, <= 3);

    [Fact]
    public void Every_dated_quote_of_an_FY2024_activity_lies_in_FY2024()
    {
        var wrong = Ds.Edges.Where(e => e.Kind == EdgeKind.ParticipatesIn && Ds.Find(e.Target)?.Kind == NodeKind.Exercise)
            .SelectMany(e => e.Provenance.Evidence.SelectMany(q => Date.Matches(q.Quote))
                .Where(m => !InFy2024(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)))
                .Select(m => $"{e.File}:{e.Line} {e.Source} -> {e.Target}: {m.Value}"))
            .ToList();
        Assert.Empty(wrong);
        // GAS still takes part (the summary lists ガス), on the summary's word and with the reason stated
        var gas = Find("ceptoar.gas", "exercise.sector_cyber_exercises", EdgeKind.ParticipatesIn)!;
        Assert.True(gas.Provenance.IsAssumption);
        Assert.Contains("2023年度", gas.Provenance.AssumptionJa);
    }

    [Fact]
    public void Every_date_a_seminar_quote_names_is_among_the_edges_dates()
    {
        var wrong = new List<string>();
        foreach (var e in Ds.Edges.Where(e => e.Target == "exercise.seminars"))
        {
            var written = string.Join(" ", e.Attributes.Where(a => a.Key is "date" or "dates").Select(a => a.Value));
            foreach (Match m in e.Provenance.Evidence.SelectMany(q => Date.Matches(q.Quote)))
            {
                var ym = $"{m.Groups[1].Value}-{int.Parse(m.Groups[2].Value):00}";
                if (!written.Contains(ym, StringComparison.Ordinal)) wrong.Add($"{e.Source}: {m.Value} missing from '{written}'");
            }
        }
        Assert.Empty(wrong);
        Assert.Contains("2024-09", Find("ceptoar.aviation", "exercise.seminars", EdgeKind.ParticipatesIn)!.Attributes["dates"]);
    }

    [Theory]
    [InlineData("ceptoar.t", "exercise.sector_cyber_exercises")]
    [InlineData("ceptoar.local_gov", "exercise.sector_cyber_exercises")]
    [InlineData("ceptoar.electricity", "exercise.sector_cyber_exercises")]
    [InlineData("ceptoar.chemical", "exercise.seminars")]
    [InlineData("ceptoar.electricity", "exercise.seminars")]
    public void A_participation_the_page_does_not_name_carries_an_assumption(string ceptoar, string activity)
    {
        var e = Find(ceptoar, activity, EdgeKind.ParticipatesIn);
        Assert.NotNull(e);
        Assert.True(e.Provenance.IsAssumption, $"{e.File}:{e.Line}");
    }

    [Fact]
    public void Only_a_CEPTOAR_whose_page_says_it_joined_is_a_member_of_an_ISAC()
    {
        var joins = new Regex("入会|加盟|加入");
        var wrong = Ds.Edges.Where(e => e.Kind == EdgeKind.MemberOf && Ds.Find(e.Source)?.Kind == NodeKind.Ceptoar && Ds.Find(e.Target)?.Kind == NodeKind.Isac)
            .Where(e => !e.Provenance.Evidence.Any(q => joins.IsMatch(q.Quote)) && !e.Provenance.IsAssumption)
            .Select(e => $"{e.File}:{e.Line} {e.Source} -> {e.Target}").ToList();
        Assert.Empty(wrong);
        Assert.NotNull(Find("ceptoar.aviation", "isac.transport", EdgeKind.MemberOf));
        foreach (var c in new[] { "ceptoar.airport", "ceptoar.railway", "ceptoar.logistics" })
            Assert.NotNull(Find(c, "isac.transport", EdgeKind.ParticipatesIn));
    }

    [Fact]
    public void English_names_of_organisations_say_they_are_not_from_the_source()
    {
        var wrong = Ds.Nodes.Where(n => n.File == "organisations.yaml")
            .Where(n => n.Attributes.GetValueOrDefault("name_en_basis") is not ("own_english_name" or "translation"))
            .Select(n => $"{n.File}:{n.Line} {n.Id}").ToList();
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("members.aviation", "ceptoar.aviation")]
    [InlineData("members.airport", "ceptoar.airport")]
    [InlineData("members.port", "ceptoar.port")]
    [InlineData("members.nonlife_insurance", "ceptoar.nonlife_insurance")]
    [InlineData("members.oil", "ceptoar.oil")]
    [InlineData("members.securities", "ceptoar.securities")]
    [InlineData("members.electricity", "ceptoar.electricity")]
    [InlineData("members.chemical", "ceptoar.chemical")]
    [InlineData("ceptoar.electricity", "ministry.meti")]
    [InlineData("ceptoar.gas", "ministry.meti")]
    [InlineData("ceptoar.chemical", "ministry.meti")]
    public void Upward_reporting_runs_through_the_CEPTOAR_where_its_page_says_so(string from, string to)
    {
        var e = Find(from, to, EdgeKind.SharesWith, InfoFlow.Report);
        Assert.NotNull(e);
        Assert.NotEmpty(e.Provenance.Evidence);
    }

    [Fact]
    public void Electricity_and_chemical_report_over_the_channels_their_pages_name()
    {
        var wrong = Ds.Edges.Where(e => e.Flow == InfoFlow.Report && (e.Source.EndsWith(".electricity") || e.Source.EndsWith(".chemical")))
            .Where(e => e.Channels.SequenceEqual([DatasetLoader.UnspecifiedChannel])).Select(e => $"{e.Source} -> {e.Target}").ToList();
        Assert.Empty(wrong);
        Assert.Contains("tv_conference", Find("members.electricity", "ministry.meti", EdgeKind.SharesWith, InfoFlow.Report)!.Channels);
        Assert.Contains("bulletin_board", Find("ceptoar.chemical", "ministry.meti", EdgeKind.SharesWith, InfoFlow.Report)!.Channels);
    }

    [Fact]
    public void C4TAP_passes_information_to_every_CEPTOAR_taking_part_in_it()
    {
        var targets = Ds.Edges.Where(e => e.Source == "coord.c4tap" && e.Kind == EdgeKind.SharesWith && e.Flow == InfoFlow.Provide).Select(e => e.Target).Order(StringComparer.Ordinal);
        Assert.Equal(["ceptoar.banks", "ceptoar.broadcast", "ceptoar.electricity", "ceptoar.life_insurance", "ceptoar.nonlife_insurance"], targets);
    }

    [Fact]
    public void Aviation_shares_with_companies_outside_the_CEPTOAR_and_water_relays_only_depending_on_content()
    {
        var outside = Find("ceptoar.aviation", "external.aviation", EdgeKind.SharesWith, InfoFlow.Provide);
        Assert.NotNull(outside);
        Assert.Empty(Ds.Find("external.aviation")!.Members); // the table gives no number
        Assert.Equal("内容に応じ (depending on content)", Find("members.water", "external.water", EdgeKind.SharesWith)!.Condition);
        Assert.Single(Ds.Edges, e => e.Condition is not null);
    }
}
