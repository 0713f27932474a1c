using Marsad.Ingest.Watch;

namespace Marsad.Watch.Tests;

public class RobotsRulesTests
{
    private const string Robots = """
        User-agent: *
        Disallow: /private/
        Crawl-delay: 2

        User-agent: Marsad
        User-agent: OtherBot
        Disallow: /search
        Disallow: /*.pdf$
        Allow: /search/about
        Crawl-delay: 1.5
        """;

    [Fact]
    public void The_group_naming_marsad_applies_instead_of_star()
    {
        var rules = RobotsRules.Parse(Robots, "marsad");
        Assert.True(rules.IsAllowed("/private/x"));
        Assert.False(rules.IsAllowed("/search?q=1"));
        Assert.Equal(TimeSpan.FromSeconds(1.5), rules.CrawlDelay);
    }

    [Fact]
    public void Longest_match_wins_and_wildcards_work()
    {
        var rules = RobotsRules.Parse(Robots, "marsad");
        Assert.True(rules.IsAllowed("/search/about"));
        Assert.False(rules.IsAllowed("/files/report.pdf"));
        Assert.True(rules.IsAllowed("/files/report.pdf?x=1"));
    }

    [Fact]
    public void Other_agents_get_the_star_group()
    {
        var rules = RobotsRules.Parse(Robots, "somebot");
        Assert.False(rules.IsAllowed("/private/x"));
        Assert.Equal(TimeSpan.FromSeconds(2), rules.CrawlDelay);
    }

    [Fact]
    public void Empty_disallow_allows_everything()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "marsad").IsAllowed("/anything"));
    }
}
