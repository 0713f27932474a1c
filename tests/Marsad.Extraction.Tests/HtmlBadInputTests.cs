using System.Diagnostics;
using System.Text;
using Marsad.Core;
using Marsad.Extraction;
using Xunit;

namespace Marsad.Extraction.Tests;

public class HtmlBadInputTests
{
    private static Article Extract(byte[] bytes) => ArticleExtractor.Extract(bytes, new ExtractionOptions { Format = "html" });

    [Fact]
    public void Empty_input_is_a_clear_error()
    {
        var ex = Assert.Throws<MarsadInputException>(() => ArticleExtractor.Extract([], new ExtractionOptions()));
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public void Binary_input_is_a_clear_error()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[0] = 0x89; // PNG-like header with zero bytes following
        bytes[1] = 0;
        var ex = Assert.Throws<MarsadInputException>(() => ArticleExtractor.Extract(bytes, new ExtractionOptions()));
        Assert.Contains("binary", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Whitespace_only_html_has_empty_body_with_reason()
    {
        var a = Extract(Encoding.UTF8.GetBytes("<html><body>   \n  </body></html>"));
        Assert.Empty(a.Paragraphs);
        Assert.NotNull(a.Note);
    }

    [Theory]
    [InlineData("div")]
    [InlineData("b")]
    [InlineData("span")]
    public void Hundred_thousand_nested_elements_do_not_overflow_the_stack(string tag)
    {
        var sb = new StringBuilder();
        sb.Append("<html><body>");
        for (var i = 0; i < 100_000; i++)
        {
            sb.Append('<').Append(tag).Append('>');
        }

        sb.Append("<p>Deep inside the nesting there is a paragraph of text, long enough to be an article body.</p>");
        var sw = Stopwatch.StartNew();
        var a = Extract(Encoding.UTF8.GetBytes(sb.ToString()));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(30), $"took {sw.Elapsed}");
        Assert.True(a.Paragraphs.Count > 0 || a.Note is not null);
    }

    [Fact]
    public void Fifty_megabyte_page_is_cut_and_bounded()
    {
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("A sentence of filler text for a very large page. ", 20)) + "</p>\n";
        var sb = new StringBuilder(51 * 1024 * 1024);
        sb.Append("<html><body><article>");
        while (sb.Length < 50 * 1024 * 1024)
        {
            sb.Append(paragraph);
        }

        var bytes = Encoding.UTF8.GetBytes(sb.ToString());
        sb.Clear();
        var sw = Stopwatch.StartNew();
        var a = Extract(bytes);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(60), $"took {sw.Elapsed}");
        Assert.Contains("cut", a.Note, StringComparison.Ordinal);
        Assert.NotEmpty(a.Paragraphs);
    }

    [Fact]
    public void Input_over_the_byte_limit_is_refused_with_a_reason()
    {
        var ex = Assert.Throws<MarsadInputException>(() => ArticleExtractor.Extract(new byte[2048], new ExtractionOptions { MaxBytes = 1024 }));
        Assert.Contains("limit", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_markup_still_yields_the_text()
    {
        var a = Extract(Encoding.UTF8.GetBytes("<html><body><div><p>Unclosed paragraph of article text that goes on long enough to count as the body<div><p>Another unclosed paragraph, with more words, commas, and a full stop.</table></td></i>"));
        Assert.Equal(2, a.Paragraphs.Count);
    }

    [Fact]
    public void Broken_json_ld_is_ignored()
    {
        var a = Extract(Encoding.UTF8.GetBytes("<html><head><title>Good title here</title><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": </script></head><body><article><p>A paragraph of article text that is long enough, with punctuation, to count.</p></article></body></html>"));
        Assert.Equal("Good title here", a.Title);
    }
}
