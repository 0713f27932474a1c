using System.Text;
using Marsad.Core;
using Marsad.Extraction;

namespace Marsad.Reliability.Tests;

/// <summary>Every crash or hang the fuzzers found (fuzz/run.sh), replayed through the entry point that failed.</summary>
public class FuzzRegressionTests
{
    private static string Findings(string target) => Path.Combine(AppContext.BaseDirectory, "Findings", target);

    public static IEnumerable<object[]> DecodeFindings() => Directory.GetFiles(Findings("decode")).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(DecodeFindings))]
    public void Decoder_finding_decodes(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Findings("decode"), file));

        var text = TextDecoder.Decode(bytes, isHtml: true, out var encoding);

        Assert.NotNull(text);
        Assert.False(string.IsNullOrEmpty(encoding));
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("UTF-7")]
    [InlineData("x-unicode-2-0-utf-7")]
    [InlineData("csUnicode11UTF7")]
    public void A_page_declaring_utf7_is_read_as_something_else_not_a_crash(string charset)
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{charset}\"></head><body><p>قال الوزير إن الاجتماع كان مثمرا وبناء.</p></body></html>");

        var article = ArticleExtractor.Extract(bytes, new ExtractionOptions());

        Assert.NotEqual("utf-7", article.Source.Encoding, StringComparer.OrdinalIgnoreCase);
        Assert.Contains(article.Paragraphs, p => p.Contains("الوزير", StringComparison.Ordinal));
    }

    [Fact]
    public void A_feed_declaring_utf7_is_parsed()
    {
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"utf-7\"?><rss version=\"2.0\"><channel><title>أخبار</title><item><title>خبر</title><link>https://example.com/a</link></item></channel></rss>");

        var feed = Marsad.Ingest.Feeds.FeedParser.Parse(bytes, "https://example.com/feed.xml");

        Assert.Single(feed.Items);
    }
}
