using System.Diagnostics;
using System.Text;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Ingest.Feeds;
using Marsad.Ingest.Sources;

namespace Marsad.Reliability.Tests;

/// <summary>
/// Pathological input to the readers before the pipeline (JSON Lines, feeds, HTML character references): each ends
/// in seconds, either read or refused with a reason; none overflows the stack or expands without bound.
/// </summary>
public class ReaderLimitsTests
{
    // Far below "hung" on a loaded CI machine; these readers take well under a second on a quiet one.
    private static readonly TimeSpan Ceiling = TimeSpan.FromSeconds(30);

    [Fact]
    public void A_json_record_nested_100000_deep_is_refused_with_the_depth_as_the_reason()
    {
        var path = Path.Combine(Path.GetTempPath(), "marsad-nest-" + Guid.NewGuid().ToString("N") + ".jsonl");
        var deep = "{\"id\": \"deep\", \"text\": " + Hostile.Repeat("[", 100_000) + Hostile.Repeat("]", 100_000) + "}";
        File.WriteAllText(path, deep + "\n{\"id\": \"ok\", \"text\": \"قال الوزير إن الاجتماع كان مثمرا.\"}\n");
        try
        {
            var clock = Stopwatch.StartNew();
            var items = new InputReader(new FieldMap()).ReadAsync([path]).ToBlockingEnumerable().ToList();

            // The deep record fails alone; the next line is a fresh record.
            Assert.True(clock.Elapsed < Ceiling, $"took {clock.Elapsed.TotalSeconds:F1} s");
            Assert.Equal(2, items.Count);
            Assert.Contains("depth", items[0].Error, StringComparison.Ordinal);
            Assert.Equal(("ok", null), (items[1].Id, items[1].Error));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_feed_nested_100000_elements_deep_is_refused_quickly_with_the_nesting_as_the_reason()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>أخبار</title>"
            + Hostile.Repeat("<item>", 100_000) + "<title>خبر</title><link>https://example.com/a</link>" + Hostile.Repeat("</item>", 100_000)
            + "</channel></rss>");

        var clock = Stopwatch.StartNew();

        // Building the XElement tree is quadratic in depth (this feed took 90 s before the depth check).
        var ex = Assert.ThrowsAny<MarsadInputException>(() => FeedParser.Parse(bytes, "https://example.com/feed.xml"));

        Assert.Contains("nested", ex.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < Ceiling, $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public void A_feed_with_exponential_entity_expansion_is_not_expanded()
    {
        // "Billion laughs": ten levels of ten references each would expand to 10^10 copies of one word.
        var dtd = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY l0 \"ضحك\">");
        for (var i = 1; i <= 10; i++)
        {
            dtd.Append("<!ENTITY l").Append(i).Append(" \"").Append(Hostile.Repeat($"&l{i - 1};", 10)).Append("\">");
        }

        var bytes = Encoding.UTF8.GetBytes(dtd + "]><rss version=\"2.0\"><channel><title>&l10;</title><item><title>&l10;</title><link>https://example.com/a</link></item></channel></rss>");
        var before = GC.GetTotalAllocatedBytes();

        AssertReadOrRefused(() =>
        {
            var feed = FeedParser.Parse(bytes, "https://example.com/feed.xml");
            Assert.All(feed.Items, item => Assert.True((item.Title?.Length ?? 0) < 1_000_000));
        });
        Assert.True(GC.GetTotalAllocatedBytes() - before < 1L << 30, "more than 1 GB allocated: the entities were expanded");
    }

    [Fact]
    public void A_page_of_three_million_character_references_is_extracted()
    {
        var bytes = Hostile.Page("<p>" + Hostile.Repeat("&amp;&#1575;&#x628;", 1_000_000) + "</p>");
        var clock = Stopwatch.StartNew();

        var article = ArticleExtractor.Extract(bytes, new ExtractionOptions { Uri = "https://example.com/entities" });

        Assert.True(clock.Elapsed < Ceiling, $"took {clock.Elapsed.TotalSeconds:F1} s");
        Assert.Contains("&اب&اب", string.Concat(article.Paragraphs), StringComparison.Ordinal);
    }

    private static void AssertReadOrRefused(Action read)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            read();
        }
        catch (MarsadInputException ex)
        {
            Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        }

        Assert.True(clock.Elapsed < Ceiling, $"took {clock.Elapsed.TotalSeconds:F1} s");
    }
}
