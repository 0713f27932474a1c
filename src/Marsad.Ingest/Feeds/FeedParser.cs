using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Marsad.Extraction;

namespace Marsad.Ingest.Feeds;

/// <summary>
/// RSS 2.0, Atom, RDF/RSS 1.0, news sitemaps and sitemap indexes from bytes. DTDs are never processed; the bytes
/// are decoded by what they are rather than what the server or the prolog claims; HTML entities, bare ampersands and
/// junk before the root element (PHP warnings, BOMs, blank lines) are repaired before parsing.
/// </summary>
internal static partial class FeedParser
{
    public const long DefaultMaxBytes = 16L * 1024 * 1024;

    private const int MaxDepth = 100;

    public static ParsedFeed Parse(ReadOnlySpan<byte> bytes, string feedUrl, TimeZoneInfo? sourceZone = null, long maxBytes = DefaultMaxBytes)
    {
        ArgumentNullException.ThrowIfNull(feedUrl);
        if (bytes.IsEmpty)
        {
            throw new FeedFormatException(feedUrl, "empty answer");
        }

        if (bytes.Length > maxBytes)
        {
            throw new FeedFormatException(feedUrl, $"feed is {bytes.Length / (1024 * 1024)} MB, over the {maxBytes / (1024 * 1024)} MB limit");
        }

        var text = TextDecoder.Decode(bytes, isHtml: true, out _);
        var xml = Repair(text, feedUrl);
        XElement root;
        try
        {
            var settings = new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                CheckCharacters = false,
                IgnoreComments = true,
                IgnoreProcessingInstructions = true,
                MaxCharactersInDocument = maxBytes * 2,
            };
            // Building an XElement tree costs time quadratic in its depth (40,000 nested elements: 11 s; 100,000: 90 s)
            // while reading alone is linear (25 ms): refuse absurd nesting in a cheap first pass. Real feeds nest < 10.
            using (var probe = XmlReader.Create(new StringReader(xml), settings))
            {
                while (probe.Read())
                {
                    if (probe.Depth > MaxDepth)
                    {
                        throw new FeedFormatException(feedUrl, $"XML nested more than {MaxDepth} elements deep");
                    }
                }
            }

            using var reader = XmlReader.Create(new StringReader(xml), settings);
            root = XElement.Load(reader, LoadOptions.None);
        }
        catch (XmlException ex)
        {
            throw new FeedFormatException(feedUrl, $"malformed XML at line {ex.LineNumber}, position {ex.LinePosition}: {FirstSentence(ex.Message)}", ex);
        }

        var baseUri = Uri.TryCreate(feedUrl, UriKind.Absolute, out var b) ? b : null;
        return root.Name.LocalName switch
        {
            "rss" => ReadRss(root, baseUri, sourceZone),
            "feed" => ReadAtom(root, baseUri, sourceZone),
            "RDF" => ReadRdf(root, baseUri, sourceZone),
            "urlset" => ReadUrlSet(root, baseUri, sourceZone),
            "sitemapindex" => ReadSitemapIndex(root, baseUri),
            _ => throw new FeedFormatException(feedUrl, $"not a feed or sitemap: the root element is <{root.Name.LocalName}>"),
        };
    }

    private static ParsedFeed ReadRss(XElement root, Uri? baseUri, TimeZoneInfo? zone)
    {
        var channel = Child(root, "channel") ?? root;
        var items = new List<FeedItem>();
        foreach (var item in channel.Elements().Where(e => e.Name.LocalName == "item"))
        {
            var guid = Child(item, "guid")?.Value.Trim();
            var link = Value(item, "link") ?? Child(item, "enclosure")?.Attribute("url")?.Value;
            var guidIsLink = Child(item, "guid")?.Attribute("isPermaLink")?.Value is not "false";
            if (string.IsNullOrWhiteSpace(link) && guidIsLink && guid is not null && guid.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                link = guid;
            }

            Add(items, baseUri, link, guid, Value(item, "title"),
                FeedDates.Parse(Value(item, "pubDate") ?? Value(item, "date") ?? Value(item, "published"), zone),
                Value(item, "encoded") ?? Value(item, "description"), Authors(item));
        }

        return new ParsedFeed(FeedKind.Rss, Value(channel, "title"), items, []);
    }

    private static ParsedFeed ReadAtom(XElement root, Uri? baseUri, TimeZoneInfo? zone)
    {
        var items = new List<FeedItem>();
        foreach (var entry in root.Elements().Where(e => e.Name.LocalName == "entry"))
        {
            var links = entry.Elements().Where(e => e.Name.LocalName == "link").ToList();
            var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate")?.Attribute("href")?.Value
                ?? links.FirstOrDefault()?.Attribute("href")?.Value;
            var content = Child(entry, "content") ?? Child(entry, "summary");
            string? body = null;
            if (content is not null)
            {
                // type="xhtml" carries markup as child elements; html and text carry it as (escaped) text.
                body = (string?)content.Attribute("type") == "xhtml"
                    ? string.Concat(content.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))
                    : content.Value;
            }

            Add(items, baseUri, link, Value(entry, "id"), Value(entry, "title"),
                FeedDates.Parse(Value(entry, "published") ?? Value(entry, "updated") ?? Value(entry, "issued"), zone), body, Authors(entry));
        }

        return new ParsedFeed(FeedKind.Atom, Value(root, "title"), items, []);
    }

    private static ParsedFeed ReadRdf(XElement root, Uri? baseUri, TimeZoneInfo? zone)
    {
        var items = new List<FeedItem>();
        foreach (var item in root.Elements().Where(e => e.Name.LocalName == "item"))
        {
            var about = item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value;
            Add(items, baseUri, Value(item, "link") ?? about, about, Value(item, "title"),
                FeedDates.Parse(Value(item, "date") ?? Value(item, "pubDate"), zone),
                Value(item, "encoded") ?? Value(item, "description"), Authors(item));
        }

        var channel = Child(root, "channel");
        return new ParsedFeed(FeedKind.Rdf, channel is null ? null : Value(channel, "title"), items, []);
    }

    private static ParsedFeed ReadUrlSet(XElement root, Uri? baseUri, TimeZoneInfo? zone)
    {
        var items = new List<FeedItem>();
        foreach (var url in root.Elements().Where(e => e.Name.LocalName == "url"))
        {
            var news = Child(url, "news");
            var date = FeedDates.Parse((news is null ? null : Value(news, "publication_date")) ?? Value(url, "lastmod"), zone);
            var loc = Value(url, "loc");
            Add(items, baseUri, loc, loc, news is null ? null : Value(news, "title"), date, null);
        }

        return new ParsedFeed(FeedKind.NewsSitemap, null, items, []);
    }

    private static ParsedFeed ReadSitemapIndex(XElement root, Uri? baseUri)
    {
        var children = new List<(string Url, DateTime? Modified, int Order)>();
        var order = 0;
        foreach (var map in root.Elements().Where(e => e.Name.LocalName == "sitemap"))
        {
            var loc = Resolve(baseUri, Value(map, "loc"));
            if (loc is null)
            {
                continue;
            }

            var modified = FeedDates.Parse(Value(map, "lastmod")) is { } d ? d.Value - (d.Offset ?? TimeSpan.Zero) : (DateTime?)null;
            children.Add((loc, modified, order++));
        }

        // Newest first: a news site's index lists months of archives and only the latest few carry news.
        var sorted = children.OrderByDescending(c => c.Modified ?? DateTime.MinValue).ThenBy(c => c.Order).Select(c => c.Url).ToList();
        return new ParsedFeed(FeedKind.SitemapIndex, null, [], sorted);
    }

    /// <summary>
    /// The writers an item names: dc:creator, Atom author/name, RSS author («mail@site (Name)» gives the name; a bare
    /// address gives nothing).
    /// </summary>
    private static List<string>? Authors(XElement item)
    {
        var names = new List<string>();
        foreach (var e in item.Elements().Where(e => e.Name.LocalName is "creator" or "author"))
        {
            var name = (Child(e, "name")?.Value ?? e.Value).Trim();
            if (name.Contains('@', StringComparison.Ordinal))
            {
                var open = name.IndexOf('(', StringComparison.Ordinal);
                var close = name.LastIndexOf(')');
                name = open >= 0 && close > open ? name[(open + 1)..close].Trim() : string.Empty;
            }

            if (name.Length is > 0 and < 100 && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        }

        return names.Count == 0 ? null : names;
    }

    private static void Add(List<FeedItem> items, Uri? baseUri, string? link, string? guid, string? title, Marsad.Core.NewsDate? published, string? content, IReadOnlyList<string>? authors = null)
    {
        var resolved = Resolve(baseUri, link);
        if (resolved is null)
        {
            return;
        }

        items.Add(new FeedItem(resolved, string.IsNullOrWhiteSpace(guid) ? null : guid.Trim(), Clean(title), published,
            string.IsNullOrWhiteSpace(content) ? null : content, authors));
    }

    private static string? Resolve(Uri? baseUri, string? link)
    {
        if (string.IsNullOrWhiteSpace(link))
        {
            return null;
        }

        link = link.Trim();
        if (Uri.TryCreate(link, UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps))
        {
            return abs.AbsoluteUri;
        }

        if (baseUri is not null && !link.Contains(':', StringComparison.Ordinal) && Uri.TryCreate(baseUri, link, out var rel))
        {
            return rel.AbsoluteUri;
        }

        return null;
    }

    private static string? Clean(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        // Titles are often HTML-escaped twice ("&amp;quot;"): decode what is left, then collapse whitespace.
        var t = WebUtility.HtmlDecode(title);
        return WhitespaceRun().Replace(t, " ").Trim();
    }

    private static XElement? Child(XElement parent, string localName) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string? Value(XElement parent, string localName)
    {
        var v = Child(parent, localName)?.Value;
        return string.IsNullOrWhiteSpace(v) ? null : v.Trim();
    }

    private static string FirstSentence(string message)
    {
        var dot = message.IndexOf(". ", StringComparison.Ordinal);
        return dot > 0 ? message[..dot] : message.TrimEnd('.');
    }

    /// <summary>Fixes what breaks real feeds before an XML parser sees them; never touches CDATA sections.</summary>
    internal static string Repair(string text, string feedUrl)
    {
        var start = text.IndexOf("<?xml", StringComparison.Ordinal);
        if (start < 0)
        {
            var m = RootStart().Match(text);
            if (!m.Success)
            {
                throw new FeedFormatException(feedUrl, text.TrimStart().StartsWith('<') ? "not a feed or sitemap (no rss, feed, RDF, urlset or sitemapindex element)" : "not XML");
            }

            start = m.Index;
        }

        var span = text.AsSpan(start);
        // The prolog's encoding no longer applies (the text is decoded), and a DOCTYPE is never needed: drop both.
        if (span.StartsWith("<?xml", StringComparison.Ordinal))
        {
            var end = span.IndexOf("?>", StringComparison.Ordinal);
            span = end < 0 ? span : span[(end + 2)..];
        }

        var sb = new StringBuilder(span.Length + 64);
        var i = 0;
        while (i < span.Length)
        {
            var c = span[i];
            if (c == '<' && span[i..].StartsWith("<![CDATA[", StringComparison.Ordinal))
            {
                var end = span[i..].IndexOf("]]>", StringComparison.Ordinal);
                var len = end < 0 ? span.Length - i : end + 3;
                sb.Append(span.Slice(i, len));
                i += len;
            }
            else if (c == '<' && span[i..].StartsWith("<!DOCTYPE", StringComparison.OrdinalIgnoreCase))
            {
                i += DoctypeLength(span[i..]);
            }
            else if (c == '&')
            {
                i += AppendEntity(sb, span[i..]);
            }
            else if (c < ' ' && c is not ('\t' or '\n' or '\r'))
            {
                i++; // control characters are illegal in XML 1.0 and never meaningful in a feed
            }
            else
            {
                sb.Append(c);
                i++;
            }
        }

        return sb.ToString();
    }

    private static int DoctypeLength(ReadOnlySpan<char> s)
    {
        var depth = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '[')
            {
                depth++;
            }
            else if (s[i] == ']')
            {
                depth--;
            }
            else if (s[i] == '>' && depth <= 0)
            {
                return i + 1;
            }
        }

        return s.Length;
    }

    /// <summary>Copies one entity reference, turning HTML named entities into numeric ones and bare '&amp;' into '&amp;amp;'.</summary>
    private static int AppendEntity(StringBuilder sb, ReadOnlySpan<char> s)
    {
        var semi = s[..Math.Min(s.Length, 34)].IndexOf(';');
        if (semi > 1)
        {
            var name = s[1..semi];
            if (name[0] == '#')
            {
                var v = 0;
                var ok = name.Length > 1 && (name[1] is 'x' or 'X'
                    ? int.TryParse(name[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out v)
                    : int.TryParse(name[1..], NumberStyles.None, CultureInfo.InvariantCulture, out v));
                if (ok && IsXmlChar(v))
                {
                    sb.Append(s[..(semi + 1)]);
                    return semi + 1;
                }

                sb.Append("&amp;");
                return 1;
            }

            if (name is "amp" or "lt" or "gt" or "quot" or "apos")
            {
                sb.Append(s[..(semi + 1)]);
                return semi + 1;
            }

            var entity = s[..(semi + 1)].ToString();
            var decoded = WebUtility.HtmlDecode(entity);
            if (decoded != entity)
            {
                foreach (var rune in decoded.EnumerateRunes())
                {
                    sb.Append("&#").Append(rune.Value.ToString(CultureInfo.InvariantCulture)).Append(';');
                }

                return semi + 1;
            }
        }

        sb.Append("&amp;");
        return 1;
    }

    private static bool IsXmlChar(int v) => v is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    [GeneratedRegex(@"<(rss|feed|rdf:RDF|RDF|urlset|sitemapindex)[\s>]", RegexOptions.CultureInvariant)]
    private static partial Regex RootStart();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
