using AngleSharp.Html.Parser;
using Marsad.Core;

namespace Marsad.Extraction.Html;

/// <summary>HTML page to article (first cut: title and paragraphs; the full extractor replaces this).</summary>
public static class HtmlArticleExtractor
{
    public static Article Extract(string html, DocumentSource source, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);
        var title = doc.QuerySelector("h1")?.TextContent.Trim() ?? doc.Title?.Trim();
        var paragraphs = doc.QuerySelectorAll("p")
            .Select(p => Whitespace.Collapse(p.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        return new Article
        {
            Source = source,
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Paragraphs = paragraphs,
            Language = doc.DocumentElement.GetAttribute("lang"),
            Note = paragraphs.Count == 0 ? "no article body found" : null,
        };
    }
}
