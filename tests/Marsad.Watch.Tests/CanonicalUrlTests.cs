using Marsad.Ingest.Watch;

namespace Marsad.Watch.Tests;

public class CanonicalUrlTests
{
    [Theory]
    [InlineData("https://News.Example/a/1?utm_source=tw&utm_medium=social", "https://news.example/a/1")]
    [InlineData("https://news.example/a/1/?fbclid=abc&gclid=x#comments", "https://news.example/a/1")]
    [InlineData("https://news.example:443/a/1", "https://news.example/a/1")]
    [InlineData("http://news.example:80/a/1", "http://news.example/a/1")]
    [InlineData("https://news.example/amp/a/1", "https://news.example/a/1")]
    [InlineData("https://news.example/a/1/amp/", "https://news.example/a/1")]
    [InlineData("https://news.example/a/1?amp=1", "https://news.example/a/1")]
    [InlineData("https://news.example/a/1.amp.html", "https://news.example/a/1.html")]
    [InlineData("https://news.example/a?id=7&b=2", "https://news.example/a?b=2&id=7")]
    [InlineData("https://news.example:8443/a/1", "https://news.example:8443/a/1")]
    [InlineData("https://news.example/", "https://news.example/")]
    public void One_spelling_per_article(string url, string expected) => Assert.Equal(expected, CanonicalUrl.Of(url));

    [Fact]
    public void Arabic_paths_are_escaped_the_same_however_written()
    {
        Assert.Equal(CanonicalUrl.Of("https://news.example/أخبار/1"), CanonicalUrl.Of("https://news.example/%d8%a3%d8%ae%d8%a8%d8%a7%d8%b1/1"));
    }

    [Theory]
    [InlineData("https://News.Example/amp/a/1/?utm_x=1&z=2&amp=1#x")]
    [InlineData("http://news.example:80/a.amp.html?b=1&a=2")]
    public void Canonical_form_is_stable(string url)
    {
        var once = CanonicalUrl.Of(url);
        Assert.Equal(once, CanonicalUrl.Of(once));
    }

    [Theory]
    [InlineData("mailto:desk@news.example")]
    [InlineData("/relative/path")]
    [InlineData("")]
    public void Non_http_is_rejected(string url) => Assert.Null(CanonicalUrl.Of(url));
}
