using AngleSharp.Html.Parser;
using Marsad.Core;
using Marsad.Extraction.Dates;

namespace Marsad.Extraction.Tests;

public class DatesPublishedDateFinderTests
{
    private static readonly DateTime Now = new(2024, 9, 10, 12, 0, 0);

    private static string? Find(string html, string? url = null, DateTime? reference = null)
    {
        using var doc = new HtmlParser().ParseDocument(html);
        return PublishedDateFinder.Find(doc, url, reference ?? Now)?.ToIso();
    }

    [Fact]
    public void Reads_json_ld_graph_news_article()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"x","datePublished":"2010-01-01"},
              {"@type":"NewsArticle","headline":"h","datePublished":"2024-09-05T11:40:00+03:00","dateModified":"2024-09-06T08:00:00+03:00"}]}
            </script></head><body><h1>h</h1></body></html>
            """;
        Assert.Equal("2024-09-05T11:40:00+03:00", Find(html));
    }

    [Fact]
    public void Reads_json_ld_arrays_and_nested_articles()
    {
        const string html = """
            <html><head><script type="application/ld+json">
            [{"@type":"BreadcrumbList"},{"@type":"WebPage","mainEntity":{"@type":"Article","datePublished":"2024-09-04"}}]
            </script></head><body></body></html>
            """;
        Assert.Equal("2024-09-04", Find(html));
    }

    [Fact]
    public void Broken_json_ld_still_yields_its_date()
    {
        const string html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\", \"headline\":\"a \n b\", \"datePublished\":\"2024-09-03T10:00:00Z\",}}</script></head><body></body></html>";
        Assert.Equal("2024-09-03T10:00:00Z", Find(html));
    }

    [Theory]
    [InlineData("property", "article:published_time", "2024-09-05T11:40:00+03:00", "2024-09-05T11:40:00+03:00")]
    [InlineData("property", "og:published_time", "2024-09-05", "2024-09-05")]
    [InlineData("name", "pubdate", "2024-09-05", "2024-09-05")]
    [InlineData("name", "publishdate", "2024/09/05", "2024-09-05")]
    [InlineData("name", "DC.date.issued", "2024-09-05", "2024-09-05")]
    [InlineData("name", "sailthru.date", "2024-09-05 11:40:00", "2024-09-05T11:40:00")]
    [InlineData("name", "parsely-pub-date", "2024-09-05T08:40:00Z", "2024-09-05T08:40:00Z")]
    [InlineData("name", "date", "05/09/2024", "2024-09-05")]
    [InlineData("itemprop", "datePublished", "1725525600", "2024-09-05T08:40:00Z")]
    public void Reads_publication_meta_tags(string attribute, string name, string content, string expected)
    {
        Assert.Equal(expected, Find($"<html><head><meta {attribute}=\"{name}\" content=\"{content}\"></head><body></body></html>"));
    }

    [Fact]
    public void Prefers_publication_over_modification_metadata()
    {
        const string html = """
            <html><head>
            <meta property="article:modified_time" content="2024-09-08T10:00:00Z">
            <meta property="article:published_time" content="2024-09-05T10:00:00Z">
            </head><body></body></html>
            """;
        Assert.Equal("2024-09-05T10:00:00Z", Find(html));
    }

    [Fact]
    public void A_full_url_date_beats_a_refreshed_metadata_day()
    {
        const string html = "<html><head><meta property=\"article:published_time\" content=\"2024-09-08T10:00:00Z\"></head><body></body></html>";
        Assert.Equal("2024-09-05", Find(html, "https://example.com/news/2024/09/05/story.html"));
        Assert.Equal("2024-09-08T10:00:00Z", Find(html, "https://example.com/news/2024/09/08/story.html"));
    }

    [Theory]
    [InlineData("https://www.youm7.com/story/2024/9/5/title/123", "2024-09-05")]
    [InlineData("https://example.com/2024-09-05/title", "2024-09-05")]
    [InlineData("https://example.com/news/20240905/title", "2024-09-05")]
    [InlineData("https://example.com/2024/09/title", null)]
    [InlineData("https://example.com/news/05-09-2024/title", "2024-09-05")]
    [InlineData("https://example.com/view?date=2024-09-05&id=3", "2024-09-05")]
    [InlineData("https://example.com/news/31-02-2024/title", null)]
    [InlineData("https://example.com/article/20240905123456", null)]
    public void Reads_dates_from_url_paths(string url, string? expected)
    {
        Assert.Equal(expected, PublishedDateFinder.FromUrl(url)?.ToIso());
    }

    [Fact]
    public void Prefers_a_pubdate_time_in_the_article_over_sidebar_times()
    {
        const string html = """
            <html><body>
            <aside><time datetime="2024-09-09">9 Sep</time></aside>
            <article><header><h1>t</h1><time class="published" datetime="2024-09-05T11:40">5 Sep</time></header><p>x</p></article>
            </body></html>
            """;
        Assert.Equal("2024-09-05T11:40:00", Find(html));
    }

    [Fact]
    public void Reads_an_arabic_date_line_under_the_title()
    {
        const string html = """
            <html><body><div class="top">اليوم السبت</div>
            <h1>وزير الري يتفقد أعمال تطهير الترع</h1>
            <div class="info"><span>الخميس 5/سبتمبر/2024 - 11:40 م</span></div>
            <p>تفقد وزير الموارد المائية والري أعمال التطهير.</p></body></html>
            """;
        Assert.Equal("2024-09-05T23:40:00", Find(html));
    }

    [Fact]
    public void Skips_last_updated_dates_in_text()
    {
        const string html = """
            <html><body><h1>عنوان</h1>
            <div class="meta">آخر تحديث: 7 سبتمبر 2024</div>
            <div class="meta">نشر في: 5 سبتمبر 2024</div>
            <p>نص الخبر.</p></body></html>
            """;
        Assert.Equal("2024-09-05", Find(html));
    }

    [Fact]
    public void Converts_hijri_dates_in_text()
    {
        const string html = "<html><body><h1>عنوان الخبر</h1><p>الأحد 2 ربيع الأول 1446 هـ</p><p>نص.</p></body></html>";
        Assert.Equal("2024-09-05", Find(html));
    }

    [Fact]
    public void Ignores_future_dates_and_copyright_years()
    {
        const string html = """
            <html><head><meta property="article:published_time" content="2031-01-01T00:00:00Z"></head>
            <body><h1>t</h1><p>Event on 3 December 2030.</p><footer>© 2024 Example</footer></body></html>
            """;
        Assert.Null(Find(html));
    }

    [Fact]
    public void A_page_without_dates_has_none()
    {
        Assert.Null(Find("<html><head><title>t</title></head><body><h1>t</h1><p>لا تاريخ هنا، فقط 2024 سنة.</p></body></html>"));
    }

    [Fact]
    public void Deeply_nested_pages_do_not_overflow()
    {
        // Built through the DOM (parsing 100,000 nested tags is the parser's cost, not the finder's).
        using var doc = new HtmlParser().ParseDocument("<html><body><h1>عنوان</h1></body></html>");
        AngleSharp.Dom.IElement parent = doc.Body!;
        for (var i = 0; i < 100_000; i++)
        {
            var div = doc.CreateElement("div");
            div.ClassName = "date";
            parent.AppendChild(div);
            parent = div;
        }

        parent.TextContent = "نشر في 5 سبتمبر 2024";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = PublishedDateFinder.Find(doc, null, Now)?.ToIso();
        // Well under a second on a quiet machine; 30 s leaves room for a loaded CI machine and still catches the
        // quadratic walk that 100,000 levels would make take minutes.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"find took {watch.Elapsed}");
        Assert.Equal("2024-09-05", result);
    }
}
