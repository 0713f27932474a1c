using System.Text;
using Marsad.Core;
using Marsad.Extraction;
using Xunit;

namespace Marsad.Extraction.Tests;

public class EncodingTests
{
    private const string Headline = "الأمطار تعود إلى المدن الساحلية";
    private const string FirstWords = "عادت الأمطار إلى المدن الساحلية مساء أمس";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Encodings", name));

    private static Article Extract(byte[] bytes) => ArticleExtractor.Extract(bytes, new ExtractionOptions());

    [Theory]
    [InlineData("windows-1256-meta-charset.html", "windows-1256")]
    [InlineData("iso-8859-6-http-equiv.html", "iso-8859-6")]
    [InlineData("utf-8-bom.html", "utf-8")]
    [InlineData("utf-16le-bom.html", "utf-16le")]
    public void Declared_or_marked_encodings_are_decoded_and_recorded(string file, string expected)
    {
        var article = Extract(Fixture(file));
        Assert.Equal(expected, article.Source.Encoding);
        Assert.StartsWith(Headline, article.Title, StringComparison.Ordinal);
        Assert.StartsWith(FirstWords, article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("windows-1256-undeclared.html", "windows-1256")]
    [InlineData("iso-8859-6-undeclared.html", "iso-8859-6")]
    public void Undeclared_arabic_legacy_encodings_are_detected(string file, string expected)
    {
        var article = Extract(Fixture(file));
        Assert.Equal(expected, article.Source.Encoding);
        Assert.StartsWith(FirstWords, article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Windows_1256_page_that_claims_utf8_is_read_as_windows_1256()
    {
        var article = Extract(Fixture("windows-1256-declared-utf8.html"));
        Assert.Equal("windows-1256", article.Source.Encoding);
        Assert.StartsWith(FirstWords, article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_page_that_claims_windows_1256_is_read_as_utf8()
    {
        var article = Extract(Fixture("utf-8-declared-windows-1256.html"));
        Assert.Equal("utf-8", article.Source.Encoding);
        Assert.StartsWith(FirstWords, article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1200, "utf-16le")]
    [InlineData(1201, "utf-16be")]
    public void Utf16_without_bom_is_recognized(int codePage, string expected)
    {
        var html = Encoding.UTF8.GetString(Fixture("utf-8-bom.html").AsSpan(3));
        var bytes = Encoding.GetEncoding(codePage).GetBytes(html);
        var article = Extract(bytes);
        Assert.Equal(expected, article.Source.Encoding);
        Assert.StartsWith(FirstWords, article.Paragraphs[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_sequences_in_a_utf8_page_are_replaced_not_fatal()
    {
        var html = Encoding.UTF8.GetString(Fixture("utf-8-bom.html").AsSpan(3));
        var bytes = Encoding.UTF8.GetBytes(html).ToList();
        // A stray continuation byte and a truncated 3-byte sequence in the middle of the text.
        var at = bytes.IndexOf((byte)'<', 400);
        bytes.InsertRange(at, [0x80, 0xE2, 0x82]);
        var article = Extract([.. bytes]);
        Assert.Equal("utf-8", article.Source.Encoding);
        Assert.Contains(article.Paragraphs, p => p.StartsWith(FirstWords, StringComparison.Ordinal));
    }

    [Fact]
    public void Declared_charset_is_read_from_meta_and_http_equiv()
    {
        var meta = TextDecoder.DeclaredCharset("<html><head><meta charset='windows-1256'>"u8);
        var equiv = TextDecoder.DeclaredCharset("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-6\">"u8);
        Assert.Equal(1256, meta?.CodePage);
        Assert.Equal(28596, equiv?.CodePage);
    }
}
