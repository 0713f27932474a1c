using Marsad.Core;

namespace Marsad.Ingest.Feeds;

/// <summary>What a feed or sitemap is: decides how its items are read.</summary>
internal enum FeedKind
{
    Rss,
    Atom,
    Rdf,
    NewsSitemap,
    SitemapIndex,
}

/// <summary>One entry of a feed or news sitemap: a link to an article and what the feed itself says about it.</summary>
/// <param name="Link">Absolute URL of the article page, as the feed gives it (resolved against the feed URL).</param>
/// <param name="Content">The feed's own HTML or text for the item (content:encoded, Atom content, description), used when the page fails.</param>
/// <param name="Authors">Writers the feed names (dc:creator, author), if any.</param>
internal sealed record FeedItem(string Link, string? Guid, string? Title, NewsDate? Published, string? Content, IReadOnlyList<string>? Authors = null);

/// <summary>A parsed feed: its items, or for a sitemap index the child sitemaps it lists (newest first when dated).</summary>
internal sealed record ParsedFeed(FeedKind Kind, string? Title, IReadOnlyList<FeedItem> Items, IReadOnlyList<string> ChildSitemaps);

/// <summary>A feed Marsad cannot read; the message names the feed and the reason.</summary>
internal sealed class FeedFormatException : MarsadInputException
{
    public FeedFormatException(string feedUrl, string reason)
        : base($"{feedUrl}: {reason}")
    {
        FeedUrl = feedUrl;
        Reason = reason;
    }

    public FeedFormatException(string feedUrl, string reason, Exception inner)
        : base($"{feedUrl}: {reason}", inner)
    {
        FeedUrl = feedUrl;
        Reason = reason;
    }

    public string FeedUrl { get; }

    public string Reason { get; }
}
