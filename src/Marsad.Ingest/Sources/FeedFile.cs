using System.Text;
using Marsad.Core;
using Marsad.Extraction;
using Marsad.Extraction.Text;
using Marsad.Ingest.Feeds;

namespace Marsad.Ingest.Sources;

/// <summary>
/// An RSS, Atom or RDF feed saved as a file: one article per item, made of what the feed says (title, link, date,
/// writers, and the item's own content or description). The articles behind the links are not fetched; for that,
/// <c>marsad watch</c> follows a feed's address.
/// </summary>
public static class FeedFile
{
    /// <summary>Whether <paramref name="bytes"/> start like a feed: XML whose first element is rss, feed or rdf:RDF.</summary>
    public static bool Looks(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 4096)]).AsSpan().TrimStart("\uFEFF \t\r\n");
        while (head.StartsWith("<?", StringComparison.Ordinal) || head.StartsWith("<!", StringComparison.Ordinal))
        {
            // The XML declaration, stylesheet instructions, comments and a doctype come before the root.
            var end = head.StartsWith("<!--", StringComparison.Ordinal) ? head.IndexOf("-->", StringComparison.Ordinal) : head.IndexOf('>');
            if (end < 0)
            {
                return false;
            }

            head = head[(end + (head[end] == '-' ? 3 : 1))..].TrimStart(" \t\r\n");
        }

        return StartsWithElement(head, "rss") || StartsWithElement(head, "feed") || StartsWithElement(head, "rdf:RDF");
    }

    private static bool StartsWithElement(ReadOnlySpan<char> s, string name) =>
        s.Length > name.Length + 1 && s[0] == '<' && s[1..].StartsWith(name, StringComparison.Ordinal) && s[name.Length + 1] is ' ' or '>' or '\t' or '\r' or '\n';

    /// <summary>
    /// The feed's items as articles, in feed order. A feed that cannot be read throws a
    /// <see cref="MarsadInputException"/> naming <paramref name="input"/> and the reason.
    /// </summary>
    public static IReadOnlyList<Article> Articles(byte[] bytes, string input)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ParsedFeed feed;
        try
        {
            feed = FeedParser.Parse(bytes, input);
        }
        catch (FeedFormatException ex)
        {
            throw new MarsadInputException(ex.Reason, ex);
        }

        if (feed.Kind is FeedKind.NewsSitemap or FeedKind.SitemapIndex)
        {
            throw new MarsadInputException("a sitemap lists links only, with no article text (follow it with 'marsad watch')");
        }

        var articles = new List<Article>(feed.Items.Count);
        for (var i = 0; i < feed.Items.Count; i++)
        {
            var item = feed.Items[i];
            var paragraphs = FeedContent.Paragraphs(item.Content);
            articles.Add(new Article
            {
                Source = new DocumentSource($"{input}#item{i + 1}", "feed", "utf-8"),
                Url = item.Link,
                Title = item.Title,
                // «<dc:creator>وكالات</dc:creator>»: the wires are no writer.
                Authors = item.Authors?.Where(a => !Bylines.IsOutlet(a)).ToList() ?? [],
                Published = item.Published,
                Language = TextDumpExtractor.GuessLanguage(item.Title + "\n" + string.Join('\n', paragraphs)),
                Paragraphs = paragraphs,
                Note = "text from the feed item, not the linked page",
            });
        }

        return articles;
    }
}
