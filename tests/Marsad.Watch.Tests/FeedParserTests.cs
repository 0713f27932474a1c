using System.Text;
using Marsad.Ingest.Feeds;

namespace Marsad.Watch.Tests;

public class FeedParserTests
{
    private const string Url = "https://news.example/rss";

    private static ParsedFeed Parse(string xml) => FeedParser.Parse(Encoding.UTF8.GetBytes(xml), Url);

    [Fact]
    public void Rss_items_have_link_guid_title_date_and_content()
    {
        var feed = Parse(Fixtures.Rss(1, [3, 4], i => $"https://news.example/a/{i}"));
        Assert.Equal(FeedKind.Rss, feed.Kind);
        Assert.Equal(2, feed.Items.Count);
        var first = feed.Items[0];
        Assert.Equal("https://news.example/a/3", first.Link);
        Assert.Equal("s1-i3", first.Guid);
        Assert.Equal(Fixtures.Title(1, 3), first.Title);
        Assert.Equal(Fixtures.Published(3).DateTime, first.Published!.Value.Value);
        Assert.Equal(TimeSpan.FromHours(3), first.Published!.Value.Offset);
        Assert.Contains(Fixtures.Paragraphs(1, 3)[0], first.Content, StringComparison.Ordinal);
    }

    [Fact]
    public void Atom_entries_read_alternate_link_and_xhtml_content()
    {
        var feed = Parse("""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>أخبار</title>
            <entry><id>tag:news.example,2026:1</id><title>عنوان الخبر</title>
              <link rel="self" href="https://news.example/self/1"/><link rel="alternate" href="/a/1"/>
              <updated>2026-11-28T10:00:00+03:00</updated>
              <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>فقرة أولى</p></div></content></entry>
            </feed>
            """);
        Assert.Equal(FeedKind.Atom, feed.Kind);
        var e = Assert.Single(feed.Items);
        Assert.Equal("https://news.example/a/1", e.Link);
        Assert.Equal("tag:news.example,2026:1", e.Guid);
        Assert.Contains("فقرة أولى", e.Content, StringComparison.Ordinal);
        Assert.Equal(new DateTime(2026, 11, 28, 10, 0, 0), e.Published!.Value.Value);
    }

    [Fact]
    public void Rdf_items_are_read()
    {
        var feed = Parse("""
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://news.example/"><title>أخبار</title></channel>
              <item rdf:about="https://news.example/a/7"><title>خبر</title><link>https://news.example/a/7</link><dc:date>2026-11-27</dc:date></item>
            </rdf:RDF>
            """);
        Assert.Equal(FeedKind.Rdf, feed.Kind);
        var item = Assert.Single(feed.Items);
        Assert.Equal("https://news.example/a/7", item.Link);
        Assert.Equal(Marsad.Core.DatePrecision.Day, item.Published!.Value.Precision);
    }

    [Fact]
    public void News_sitemap_reads_loc_title_and_publication_date()
    {
        var feed = Parse("""
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
              <url><loc>https://news.example/a/9</loc><news:news><news:publication_date>2026-11-28T09:15:00+03:00</news:publication_date><news:title>خبر عاجل</news:title></news:news></url>
            </urlset>
            """);
        Assert.Equal(FeedKind.NewsSitemap, feed.Kind);
        var item = Assert.Single(feed.Items);
        Assert.Equal("خبر عاجل", item.Title);
        Assert.Equal(15, item.Published!.Value.Value.Minute);
    }

    [Fact]
    public void Sitemap_index_lists_children_newest_first()
    {
        var feed = Parse("""
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <sitemap><loc>https://news.example/s/2026-09.xml</loc><lastmod>2026-09-30</lastmod></sitemap>
              <sitemap><loc>https://news.example/s/2026-11.xml</loc><lastmod>2026-11-28</lastmod></sitemap>
            </sitemapindex>
            """);
        Assert.Equal(FeedKind.SitemapIndex, feed.Kind);
        Assert.Equal(["https://news.example/s/2026-11.xml", "https://news.example/s/2026-09.xml"], feed.ChildSitemaps);
    }

    [Fact]
    public void Html_entities_and_bare_ampersands_do_not_break_the_feed()
    {
        var feed = Parse("<rss><channel><item><title>الاقتصاد&nbsp;و&amp;السياسة & الرياضة&hellip;</title><link>https://news.example/a?x=1&y=2</link></item></channel></rss>");
        var item = Assert.Single(feed.Items);
        Assert.Equal("الاقتصاد و&السياسة & الرياضة…", item.Title);
        Assert.Equal("https://news.example/a?x=1&y=2", item.Link);
    }

    [Fact]
    public void Junk_and_bom_before_the_root_are_skipped()
    {
        var xml = "\uFEFF\n<br />\n<b>Warning</b>: something in <b>/var/www/feed.php</b> on line 3<br />\n" + Fixtures.Rss(2, [1], i => $"https://news.example/a/{i}");
        Assert.Single(Parse(xml).Items);
    }

    [Fact]
    public void Bytes_win_over_a_wrong_declared_encoding()
    {
        // windows-1256 bytes in a feed whose prolog claims UTF-8.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>" + Fixtures.Title(3, 5) + "</title><link>https://news.example/a/5</link><description>" + Fixtures.Paragraphs(3, 5)[0] + "</description></item></channel></rss>";
        var feed = FeedParser.Parse(Encoding.GetEncoding(1256).GetBytes(xml), Url);
        Assert.Equal(Fixtures.Title(3, 5), Assert.Single(feed.Items).Title);
    }

    [Fact]
    public void Malformed_xml_names_the_feed_and_the_place()
    {
        var ex = Assert.Throws<FeedFormatException>(() => Parse("<rss><channel><item><title>خبر</item></channel></rss>"));
        Assert.StartsWith(Url + ": malformed XML at line 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_page_is_not_a_feed()
    {
        var ex = Assert.Throws<FeedFormatException>(() => Parse("<html><body><p>مرحبا</p></body></html>"));
        Assert.Contains("not a feed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Dtd_entities_are_never_expanded()
    {
        var feed = Parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
            <rss><channel><item><title>x&b;y</title><link>https://news.example/a/1</link></item></channel></rss>
            """);
        Assert.DoesNotContain("aaaa", Assert.Single(feed.Items).Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Oversized_feed_is_refused_with_the_limit()
    {
        var ex = Assert.Throws<FeedFormatException>(() => FeedParser.Parse(new byte[2 * 1024 * 1024], Url, maxBytes: 1024 * 1024));
        Assert.Contains("over the 1 MB limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Feed_content_becomes_paragraphs()
    {
        var paragraphs = FeedContent.Paragraphs("<p>الفقرة الأولى</p><script>x()</script><p>الفقرة   الثانية</p>");
        Assert.Equal(["الفقرة الأولى", "الفقرة الثانية"], paragraphs);
    }
}
