using AngleSharp.Html.Parser;
using Marsad.Core;

namespace Marsad.Ingest.Feeds;

/// <summary>A feed item's own HTML (or text) as paragraphs: the body used when the article page cannot be read.</summary>
internal static class FeedContent
{
    private static readonly HtmlParser Parser = new();

    public static IReadOnlyList<string> Paragraphs(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            return [];
        }

        var doc = Parser.ParseDocument("<html><body>" + content + "</body></html>");
        foreach (var junk in doc.QuerySelectorAll("script, style, iframe, noscript, figure, img").ToList())
        {
            junk.Remove();
        }

        var blocks = doc.QuerySelectorAll("p, li, h1, h2, h3, h4, h5, h6, blockquote")
            .Where(e => e.QuerySelector("p, li, blockquote") is null)
            .Select(e => Collapse(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        if (blocks.Count > 0)
        {
            return blocks;
        }

        // No block markup: plain text or <br>-separated lines.
        foreach (var br in doc.QuerySelectorAll("br").ToList())
        {
            br.Replace(doc.CreateTextNode("\n"));
        }

        var text = doc.Body?.TextContent ?? string.Empty;
        return text.Split('\n').Select(Collapse).Where(t => t.Length > 0).ToList();
    }

    /// <summary>An article made only of what the feed says, for when the page fails.</summary>
    public static Article ToArticle(FeedItem item, string url, string? language, string why) => new()
    {
        Source = new DocumentSource(url, "feed", "utf-8"),
        Url = url,
        Title = item.Title,
        Published = item.Published,
        Language = language,
        Paragraphs = Paragraphs(item.Content),
        Note = $"body from the feed: {why}",
    };

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
