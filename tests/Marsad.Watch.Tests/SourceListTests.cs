using Marsad.Core;
using Marsad.Ingest.Watch;

namespace Marsad.Watch.Tests;

public class SourceListTests
{
    [Fact]
    public void Sources_round_trip_through_yaml()
    {
        var path = Path.Combine(TestDirs.New(), "sources.yaml");
        SourceList.Save(path,
        [
            new NewsSource { Name = "صحيفة", Feeds = ["https://news.example/rss"], Sitemaps = ["https://news.example/news-sitemap.xml"], PollInterval = TimeSpan.FromSeconds(90), Language = "ar", TimeZone = "Asia/Riyadh" },
            new NewsSource { Name = "other", Feeds = ["https://other.example/feed"] },
        ]);
        var loaded = SourceList.Load(path);
        Assert.Equal(2, loaded.Count);
        Assert.Equal("صحيفة", loaded[0].Name);
        Assert.Equal(["https://news.example/news-sitemap.xml"], loaded[0].Sitemaps);
        Assert.Equal(TimeSpan.FromSeconds(90), loaded[0].PollInterval);
        Assert.Equal(TimeSpan.FromHours(3), loaded[0].Zone!.BaseUtcOffset);
        Assert.Equal(SourceList.DefaultInterval, loaded[1].PollInterval);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 5400)]
    [InlineData("00:02:00", 120)]
    [InlineData("2", 120)]
    public void Intervals_parse(string text, int seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), SourceList.ParseInterval(text));

    [Theory]
    [InlineData("1s")]
    [InlineData("soon")]
    [InlineData("5x")]
    public void Bad_intervals_are_refused(string text) => Assert.Null(SourceList.ParseInterval(text));

    [Fact]
    public void A_bad_url_is_reported_with_the_source_name()
    {
        var path = Path.Combine(TestDirs.New(), "sources.yaml");
        File.WriteAllText(path, "sources:\n  - name: broken\n    feeds: [ftp://news.example/rss]\n");
        var ex = Assert.Throws<MarsadInputException>(() => SourceList.Load(path));
        Assert.Contains("'broken'", ex.Message, StringComparison.Ordinal);
    }
}

internal static class TestDirs
{
    public static string New()
    {
        var dir = Path.Combine(Path.GetTempPath(), "marsad-watch-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
