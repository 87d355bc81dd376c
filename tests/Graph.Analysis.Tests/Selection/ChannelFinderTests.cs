using Depgraph.Analysis.Selection;
using Depgraph.Core.Model;

namespace Depgraph.Analysis.Tests.Selection;

public class ChannelFinderTests
{
    private static readonly Channel[] Channels =
    [
        new("web", new LocalizedName("専用Web", "dedicated web portal"), 2, 0.9),
        new("email", new LocalizedName("メール", "e-mail"), 1, 0.95),
        new("lgwan_mail", new LocalizedName("LGWANメール", "LGWAN mail"), 1, 0.95),
        new("a_web_relay", new LocalizedName("Web中継", "web relay"), 3, 0.8),
    ];

    [Fact]
    public void Guards() => Assert.Throws<ArgumentNullException>(() => ChannelFinder.Find(null!, "x"));

    [Fact]
    public void Matching_is_case_and_width_insensitive_over_id_and_both_names()
    {
        Assert.Equal(ChannelFinder.Find(Channels, "web"), ChannelFinder.Find(Channels, "ＷＥＢ"));
        Assert.Equal(["email"], ChannelFinder.Find(Channels, "Ｅ－ＭＡＩＬ").Select(c => c.Id));
        Assert.Equal(["lgwan_mail"], ChannelFinder.Find(Channels, "lgwan").Select(c => c.Id));
        Assert.Empty(ChannelFinder.Find(Channels, "ファクス"));
        Assert.Equal(4, ChannelFinder.Find(Channels, "").Count);
    }

    [Fact]
    public void Exact_matches_come_first_then_by_id()
    {
        // "web" is the whole id of web and a part of a_web_relay, which comes first by id
        Assert.Equal(["web", "a_web_relay"], ChannelFinder.Find(Channels, "ｗｅｂ").Select(c => c.Id));
        Assert.Equal(["a_web_relay", "email", "lgwan_mail", "web"], ChannelFinder.Find(Channels, "").Select(c => c.Id));
    }
}
