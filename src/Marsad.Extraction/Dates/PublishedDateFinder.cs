using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using Marsad.Arabic.Dates;
using Marsad.Core;

namespace Marsad.Extraction.Dates;

/// <summary>A publication date and where it was read (for evaluation and debugging).</summary>
public sealed record PublishedDate(NewsDate Date, string Evidence);

/// <summary>
/// Finds a page's publication date-time. Sources in order of trust: JSON-LD <c>datePublished</c>, publication meta
/// tags, <c>itemprop=datePublished</c>, <c>&lt;time&gt;</c> in the article, date-classed elements, dates written
/// near the title, the URL; modification dates only when nothing states publication. Copyright years, dates before
/// 1995 and dates in the future are ignored.
/// </summary>
public static class PublishedDateFinder
{
    private static readonly DateTime MinDate = new(1995, 1, 1);

    /// <summary>Visible text read when looking for a written date: a publication date sits near the top, and this bounds the time.</summary>
    private const int MaxTextChars = 200_000;

    /// <summary>Meta names/properties that state publication (compared lower-case).</summary>
    private static readonly FrozenSet<string> PublishedMeta = FrozenSet.ToFrozenSet(
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published", "article.published",
        "published_time", "published-time", "publish-date", "publish_date", "publishdate", "pubdate", "pub_date", "publication_date",
        "publication-date", "date_published", "datepublished", "date-published", "dc.date.issued", "dcterms.issued", "dc.date.created",
        "dcterms.created", "sailthru.date", "parsely-pub-date", "citation_publication_date", "citation_date", "cxenseparse:recs:publishtime",
        "article_date_original", "originalpublicationdate", "original-publish-date", "rnews:datepublished", "eomportal-creationdate",
        "displaydate", "release_date", "dc.date.published", "prism.publicationdate", "bt:pubdate", "pdate", "article:post_date",
        "nv:date", "sort_date", "date.release", "cxenseparse:publishtime", "dateline",
    ], StringComparer.Ordinal);

    /// <summary>Generic date metas: usually publication, sometimes the crawl or page date.</summary>
    private static readonly FrozenSet<string> GenericMeta = FrozenSet.ToFrozenSet(
        ["date", "dc.date", "dcterms.date", "created", "creation_date", "dc.created", "datecreated", "timestamp", "article:created", "date_created", "article_date"],
        StringComparer.Ordinal);

    private static readonly FrozenSet<string> ModifiedMeta = FrozenSet.ToFrozenSet(
        ["article:modified_time", "og:updated_time", "og:modified_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "updated_time", "article:modified"],
        StringComparer.Ordinal);

    private static readonly SearchValues<string> DateClassCues = SearchValues.Create(["date", "time", "publish", "posted", "datum", "fecha", "dateline", "byline", "meta", "timestamp", "تاريخ"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> UpdateCues = SearchValues.Create(["تحديث", "محدث", "حدث", "updated", "update", "modified", "aktualisiert", "mis à jour", "actualizado", "geändert"], StringComparison.OrdinalIgnoreCase);
    private static readonly SearchValues<string> PublishCues = SearchValues.Create(["نشر", "تاريخ", "published", "posted", "veröffentlicht", "publié", "publicado", "erschienen"], StringComparison.OrdinalIgnoreCase);

    public static NewsDate? Find(IDocument page, string? url, DateTime? referenceTime) => FindWithEvidence(page, url, referenceTime)?.Date;

    public static PublishedDate? FindWithEvidence(IDocument page, string? url, DateTime? referenceTime)
    {
        ArgumentNullException.ThrowIfNull(page);
        var latest = (referenceTime ?? DateTime.UtcNow).AddDays(2);
        bool Valid(NewsDate d) => d.Value >= MinDate && d.Value <= latest;
        var scan = new DateScanOptions { MonthFirst = IsUsEnglish(page) };

        // A full date in the URL path (/2024/09/05/) is set once, when the story is published: the most stable
        // evidence there is, while metadata is often refreshed on edits. A metadata date on the same day still wins
        // because it carries the time of day.
        // Most pages state the date in <head>: read it alone first, and walk the whole page only when it says nothing.
        var sources = page.Head is { } head ? DateSources.Collect(head, DateClassCues) : null;
        var found = sources is null ? null : FromMetadata(sources, scan, Valid, out _, strongOnly: true);
        PublishedDate? modified = null;
        if (found is null)
        {
            sources = page.DocumentElement is { } top ? DateSources.Collect(top, DateClassCues) : null;
            if (sources is null)
            {
                return null;
            }

            found = FromMetadata(sources, scan, Valid, out modified);
        }

        if (sources is null)
        {
            return null;
        }

        var fromUrl = FromUrl(url) ?? FromUrl(sources.Canonical);
        if (fromUrl is { } u && Valid(u) && (found is null || found.Date.Day != u.Day))
        {
            return new PublishedDate(u, "url");
        }

        if (found is not null)
        {
            return found;
        }

        // Dates written on the page: date-classed elements, then the text around the title.
        var textScan = scan with { ReferenceTime = referenceTime };
        return FromScripts(sources, scan, Valid) ?? FromDateElements(sources, textScan, Valid) ?? FromTimeElements(sources, scan, Valid, maxRank: 3)
            ?? FromTextNearTitle(page, sources, textScan, Valid) ?? FromRelatedUrls(sources, Valid) ?? modified ?? FromAttributeTimestamps(sources, scan, Valid);
    }

    private static PublishedDate? FromRelatedUrls(DateSources sources, Func<NewsDate, bool> valid)
    {
        foreach (var u in sources.RelatedUrls)
        {
            if (FromUrl(u) is { } d && valid(d))
            {
                return new PublishedDate(d, "image/amp url");
            }
        }

        return null;
    }

    /// <summary>Last resort: the most frequent ISO timestamp written in the page's attributes (an article's own time recurs).</summary>
    private static PublishedDate? FromAttributeTimestamps(DateSources sources, DateScanOptions scan, Func<NewsDate, bool> valid)
    {
        var counts = new Dictionary<DateOnly, (int Count, NewsDate Date)>();
        foreach (var v in sources.AttributeTimestamps)
        {
            if (ParseValue(v, scan) is { } d && valid(d))
            {
                counts[d.Day] = counts.TryGetValue(d.Day, out var c) ? (c.Count + 1, c.Date) : (1, d);
            }
        }

        var best = counts.Values.OrderByDescending(c => c.Count).FirstOrDefault();
        return best.Count > 0 ? new PublishedDate(best.Date, "attribute timestamps") : null;
    }

    /// <summary>Field names that app-state JSON (Next.js, Nuxt, CMS bootstraps) uses for the publication date.</summary>
    private static readonly string[] ScriptFields = ["datePublished", "publishedAt", "published_at", "publishDate", "publishedDate", "publish_date", "date_published", "firstPublishDate", "pubDate", "publicationDate"];

    /// <summary>Publication fields in non-JSON-LD scripts (app state); the first field found in the first script wins.</summary>
    private static PublishedDate? FromScripts(DateSources sources, DateScanOptions scan, Func<NewsDate, bool> valid)
    {
        foreach (var script in sources.Scripts)
        {
            var text = script.TextContent;
            if (text.Length < 20 || text.Length > 3_000_000)
            {
                continue;
            }

            foreach (var field in ScriptFields)
            {
                if (FromEmbeddedJson(text, field, scan) is { } d && valid(d))
                {
                    return new PublishedDate(d, "script " + field);
                }
            }
        }

        // Machine dates in data attributes (data-utime, data-timestamp, data-published).
        foreach (var el in sources.DataAttributes)
        {
            if (InBoilerplate(el))
            {
                continue;
            }

            var v = el.GetAttribute("data-published") ?? el.GetAttribute("data-publish-date") ?? el.GetAttribute("data-utime") ?? el.GetAttribute("data-timestamp") ?? el.GetAttribute("data-date");
            if (ParseValue(v, scan) is { } d && valid(d))
            {
                return new PublishedDate(d, "data attribute");
            }
        }

        return null;
    }

    /// <summary>JSON-LD, publication metas, itemprop, &lt;time&gt;, then generic date metas; modification metas aside.</summary>
    private static PublishedDate? FromMetadata(DateSources sources, DateScanOptions scan, Func<NewsDate, bool> valid, out PublishedDate? modified, bool strongOnly = false)
    {
        modified = null;
        if (FromJsonLd(sources, scan, valid) is { } jsonLd)
        {
            return jsonLd;
        }

        PublishedDate? generic = null;
        PublishedDate? published = null;
        foreach (var meta in sources.Metas)
        {
            var key = (meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv"))?.Trim();
            if (string.IsNullOrEmpty(key) || key.Length > 48)
            {
                continue;
            }

            key = key.ToLowerInvariant();
            var content = meta.GetAttribute("content");
            if (key == "parsely-page" && content is not null)
            {
                if (published is null && FromEmbeddedJson(content, "pub_date", scan) is { } pd && valid(pd))
                {
                    published = new PublishedDate(pd, "meta parsely-page");
                }
            }
            else if (PublishedMeta.Contains(key))
            {
                if (published is null && ParseValue(content, scan) is { } d && valid(d))
                {
                    published = new PublishedDate(d, "meta " + key);
                }
            }
            else if (GenericMeta.Contains(key))
            {
                if (generic is null && ParseValue(content, scan) is { } d && valid(d))
                {
                    generic = new PublishedDate(d, "meta " + key);
                }
            }
            else if (modified is null && ModifiedMeta.Contains(key) && ParseValue(content, scan) is { } d && valid(d))
            {
                modified = new PublishedDate(d, "meta " + key);
            }
        }

        if (published is not null)
        {
            return published;
        }

        foreach (var el in sources.Itemprops)
        {
            var value = el.GetAttribute("content") ?? el.GetAttribute("datetime") ?? el.GetAttribute("title") ?? el.TextContent;
            if (ParseValue(value, scan) is { } d && valid(d))
            {
                return new PublishedDate(d, "itemprop datePublished");
            }
        }

        return strongOnly ? null : FromTimeElements(sources, scan, valid) ?? generic;
    }

    /// <summary>US pages write month first (09/05/2024); the page language or og:locale says so.</summary>
    private static bool IsUsEnglish(IDocument page)
    {
        var lang = page.DocumentElement?.GetAttribute("lang");
        if (!string.IsNullOrEmpty(lang))
        {
            return lang.Equals("en-us", StringComparison.OrdinalIgnoreCase) || lang.Equals("en", StringComparison.OrdinalIgnoreCase);
        }

        var locale = page.Head?.QuerySelector("meta[property='og:locale']")?.GetAttribute("content");
        return locale is not null && locale.Equals("en_US", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>ISO first (the common machine form), then the general scanner, then Unix epoch seconds or milliseconds.</summary>
    internal static NewsDate? ParseValue(string? value, DateScanOptions scan)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        if (v.Length > 300)
        {
            v = v[..300];
        }

        if (v.Length >= 10 && char.IsAsciiDigit(v[0]) && v[4] == '-' && NewsDate.TryParseIso(v, out var iso))
        {
            return iso;
        }

        if (v.Length is 10 or 13 && v.All(char.IsAsciiDigit) && long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var epoch))
        {
            var dto = v.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return new NewsDate(dto.UtcDateTime.AddTicks(-(dto.UtcDateTime.Ticks % TimeSpan.TicksPerMinute)), DatePrecision.Minute, TimeSpan.Zero);
        }

        if (v.Length == 8 && v.All(char.IsAsciiDigit)
            && DateTime.TryParseExact(v, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact))
        {
            return new NewsDate(compact, DatePrecision.Day);
        }

        return ArabicDates.Parse(v, scan);
    }

    // ---- JSON-LD ---------------------------------------------------------------------------------------------------

    private static PublishedDate? FromJsonLd(DateSources sources, DateScanOptions scan, Func<NewsDate, bool> valid)
    {
        (NewsDate Date, int Rank)? best = null;
        foreach (var script in sources.JsonLd)
        {
            var json = script.TextContent;
            if (json.Length == 0 || json.Length > 2_000_000)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                Walk(doc.RootElement, null, 0, scan, valid, ref best);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common (raw newlines, HTML in strings): fall back to reading the field directly.
                if (FromEmbeddedJson(json, "datePublished", scan) is { } d && valid(d) && (best is null || best.Value.Rank > 3))
                {
                    best = (d, 3);
                }
            }
        }

        return best is { } b ? new PublishedDate(b.Date, "json-ld datePublished") : null;
    }

    /// <summary>Collects datePublished (rank by the owner's type: articles first) and dateCreated as a weaker fallback.</summary>
    private static void Walk(JsonElement e, string? type, int depth, DateScanOptions scan, Func<NewsDate, bool> valid, ref (NewsDate Date, int Rank)? best)
    {
        if (depth > 12)
        {
            return;
        }

        switch (e.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item, type, depth + 1, scan, valid, ref best);
                }

                break;
            case JsonValueKind.Object:
                var ownType = type;
                if (e.TryGetProperty("@type", out var t))
                {
                    ownType = t.ValueKind == JsonValueKind.String ? t.GetString() : t.ValueKind == JsonValueKind.Array && t.GetArrayLength() > 0 ? t[0].ToString() : type;
                }

                var isArticle = ownType is not null && (ownType.Contains("Article", StringComparison.OrdinalIgnoreCase)
                    || ownType.Contains("Posting", StringComparison.OrdinalIgnoreCase) || ownType.Contains("Report", StringComparison.OrdinalIgnoreCase));
                foreach (var p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
                    {
                        var rank = p.NameEquals("datePublished") ? (isArticle ? 0 : 1) : p.NameEquals("dateCreated") ? (isArticle ? 2 : 4) : -1;
                        if (rank >= 0 && (best is null || best.Value.Rank > rank)
                            && ParseValue(p.Value.ToString(), scan) is { } d && valid(d))
                        {
                            best = (d, rank);
                        }
                    }
                    else
                    {
                        Walk(p.Value, ownType, depth + 1, scan, valid, ref best);
                    }
                }

                break;
        }
    }

    /// <summary>Reads <c>"field": "value"</c> out of text that may not be valid JSON.</summary>
    private static NewsDate? FromEmbeddedJson(string json, string field, DateScanOptions scan)
    {
        var at = json.IndexOf("\"" + field + "\"", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var i = at + field.Length + 2;
        while (i < json.Length && (json[i] is ' ' or ':' or '\t' or '\n' or '\r'))
        {
            i++;
        }

        if (i < json.Length && char.IsAsciiDigit(json[i]))
        {
            // Epoch numbers: "publishedAt": 1405771200
            var n = ReadDigits(json, i);
            return n is 10 or 13 ? ParseValue(json.Substring(i, n), scan) : null;
        }

        if (i >= json.Length || json[i] != '"')
        {
            return null;
        }

        var end = json.IndexOf('"', i + 1);
        return end < 0 || end - i > 80 ? null : ParseValue(json[(i + 1)..end], scan);
    }

    // ---- <time> and date-classed elements ------------------------------------------------------------------------

    private static PublishedDate? FromTimeElements(DateSources sources, DateScanOptions scan, Func<NewsDate, bool> valid, int maxRank = 2)
    {
        (NewsDate Date, int Rank, string Why)? best = null;
        foreach (var time in sources.Times)
        {
            var value = time.GetAttribute("datetime");
            var d = ParseValue(value, scan) ?? ParseValue(time.TextContent, scan);
            if (d is not { } date || !valid(date))
            {
                continue;
            }

            var cls = Describe(time);
            // «entry-date updated td-module-date»: WordPress themes mark the publication date «entry-date» beside «updated».
            if (Contains(cls, UpdateCues) && !cls.Contains("publish", StringComparison.Ordinal) && !cls.Contains("entry-date", StringComparison.Ordinal))
            {
                continue;
            }

            if (InBoilerplate(time))
            {
                continue;
            }

            // Rank: marked publication > inside the article header > any in the article > elsewhere.
            var rank = time.HasAttribute("pubdate") || cls.Contains("publish", StringComparison.Ordinal) || cls.Contains("pubdate", StringComparison.Ordinal) ? 0
                : InArticle(time) ? 1
                : cls.Contains("date", StringComparison.Ordinal) || cls.Contains("time", StringComparison.Ordinal) ? 2
                : 3;
            if (best is null || rank < best.Value.Rank)
            {
                best = (date, rank, "time");
            }
        }

        return best is { } b && b.Rank <= maxRank ? new PublishedDate(b.Date, b.Why) : null;
    }

    private static readonly SearchValues<string> PublishClassCues = SearchValues.Create(["publish", "posted", "pubdate", "created", "entry-date", "post-date", "article-date", "dateline", "story-date", "news-date"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Dates in elements whose class/id says date or time; those saying publication first (a plain "date" element is
    /// often the site header's "today").
    /// </summary>
    private static PublishedDate? FromDateElements(DateSources sources, DateScanOptions scan, Func<NewsDate, bool> valid)
    {
        PublishedDate? plain = null;
        PublishedDate? updated = null;
        foreach (var el in sources.DateClassed)
        {
            if (AttributesContain(el, CommentCue))
            {
                continue;
            }

            var cls = Describe(el);
            var isUpdate = Contains(cls, UpdateCues);
            var isPublish = Contains(cls, PublishClassCues);

            // hAtom microformats put the machine date in the title of <abbr class="published">.
            if (el.LocalName == "abbr" && !isUpdate && ParseValue(el.GetAttribute("title"), scan) is { } abbr && valid(abbr) && !InBoilerplate(el))
            {
                return new PublishedDate(abbr, "abbr ." + cls);
            }

            if (plain is not null && !isPublish)
            {
                continue;
            }

            var text = el.TextContent;
            if (text.Length > 250 || text.Length < 6)
            {
                // Blogspot and others keep the machine date in a title attribute of the date element.
                text = el.GetAttribute("title") ?? string.Empty;
                if (text.Length is > 100 or < 6)
                {
                    continue;
                }
            }

            if (InBoilerplate(el))
            {
                continue;
            }

            foreach (var m in ArabicDates.FindAll(text, scan))
            {
                if (!valid(m.Date))
                {
                    continue;
                }

                if (isUpdate || CueBefore(text, m.Start, UpdateCues))
                {
                    updated ??= new PublishedDate(m.Date, "element ." + cls);
                    continue;
                }

                if (isPublish || CueBefore(text, m.Start, PublishCues))
                {
                    return new PublishedDate(m.Date, "element ." + cls);
                }

                plain ??= new PublishedDate(m.Date, "element ." + cls);
                break;
            }
        }

        return plain ?? updated;
    }

    private static readonly SearchValues<string> CommentCue = SearchValues.Create(["comment"], StringComparison.OrdinalIgnoreCase);

    private static bool AttributesContain(IElement el, SearchValues<string> cues)
    {
        foreach (var name in (ReadOnlySpan<string>)["class", "id", "itemprop"])
        {
            var v = el.GetAttribute(name);
            if (v is not null && v.Length <= 200 && Contains(v, cues))
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(IElement el)
    {
        var cls = el.GetAttribute("class");
        var id = el.GetAttribute("id");
        var ip = el.GetAttribute("itemprop");
        var s = (cls, id, ip) switch
        {
            (null, null, null) => string.Empty,
            _ => string.Concat(cls, " ", id, " ", ip),
        };
        return s.Length > 200 ? s[..200].ToLowerInvariant() : s.ToLowerInvariant();
    }

    private static bool Contains(string s, SearchValues<string> cues) => s.AsSpan().ContainsAny(cues);

    /// <summary>Comments, footers, sidebars, related-article lists: their dates belong to other things.</summary>
    private static readonly SearchValues<string> BoilerplateCues = SearchValues.Create(["comment", "related", "sidebar", "footer"], StringComparison.OrdinalIgnoreCase);

    private static bool InBoilerplate(IElement el)
    {
        for (var e = el; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "aside" or "nav")
            {
                return true;
            }

            // A <footer> inside an <article> holds the post's own metadata («Posted on …»), not the site's.
            if (e.LocalName == "footer" && !InsideArticle(e))
            {
                return true;
            }

            var c = e.GetAttribute("class");
            var id = e.GetAttribute("id");
            if ((c is not null && c.AsSpan().ContainsAny(BoilerplateCues)) || (id is not null && id.AsSpan().ContainsAny(BoilerplateCues)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CueBefore(string text, int start, SearchValues<string> cues)
    {
        var from = Math.Max(0, start - 30);
        return text.AsSpan(from, start - from).ContainsAny(cues);
    }

    // ---- visible text near the title -------------------------------------------------------------------------------

    private static PublishedDate? FromTextNearTitle(IDocument page, DateSources sources, DateScanOptions scan, Func<NewsDate, bool> valid)
    {
        var body = page.Body;
        if (body is null)
        {
            return null;
        }

        var root = sources.Article ?? sources.Main ?? body;
        var h1 = sources.FirstH1;
        var sb = new StringBuilder();
        var titleAt = -1;
        AppendText(root, h1, sb, ref titleAt, MaxTextChars);
        if (titleAt < 0)
        {
            titleAt = 0;
        }

        // After the title first (bylines and date lines), then just above it (kickers); a date far above the title is
        // often the site header's "today", not the article's.
        var from = Math.Max(0, titleAt - 400);
        var to = Math.Min(sb.Length, titleAt + 2500);
        var found = FirstDate(sb.ToString(titleAt, to - titleAt), scan, valid, "text after title")
            ?? FirstDate(sb.ToString(from, titleAt - from), scan, valid, "text before title")
            ?? (to - from < sb.Length ? FirstDate(sb.ToString(), scan, valid, "text") : null);
        if (found is null && !ReferenceEquals(root, body))
        {
            // The first <article>/<main> may be a teaser or a wrapper without the date: read the whole body.
            sb.Clear();
            var ignored = -1;
            AppendText(body, null, sb, ref ignored, MaxTextChars);
            found = FirstDate(sb.ToString(), scan, valid, "body text");
        }

        return found;
    }

    /// <summary>The first publication-like date of <paramref name="window"/>: one cued as publication wins, update-cued ones never.</summary>
    private static PublishedDate? FirstDate(string window, DateScanOptions scan, Func<NewsDate, bool> valid, string evidence)
    {
        PublishedDate? first = null;
        foreach (var m in ArabicDates.FindAll(window, scan))
        {
            if (!valid(m.Date))
            {
                continue;
            }

            if (CueBefore(window, m.Start, UpdateCues))
            {
                continue;
            }

            if (CueBefore(window, m.Start, PublishCues))
            {
                return new PublishedDate(m.Date, evidence + " (cued)");
            }

            first ??= new PublishedDate(m.Date, evidence);
        }

        return first;
    }

    /// <summary>The visible text under <paramref name="root"/>, blocks separated by newlines; an iterative walk (deep pages).</summary>
    private static void AppendText(IElement root, IElement? title, StringBuilder sb, ref int titleAt, int limit)
    {
        var stack = new Stack<(INodeList Children, int Index)>();
        stack.Push((root.ChildNodes, 0));
        while (stack.Count > 0 && sb.Length <= limit)
        {
            var (children, index) = stack.Pop();
            if (index >= children.Length)
            {
                sb.Append('\n');
                continue;
            }

            stack.Push((children, index + 1));
            var node = children[index];
            if (node is IText text)
            {
                sb.Append(text.Data);
            }
            else if (node is IElement el && el.HasChildNodes && el.LocalName is not ("script" or "style" or "noscript" or "template" or "svg" or "nav" or "aside" or "iframe" or "select")
                && (el.LocalName != "footer" || root.LocalName == "article"))
            {
                if (ReferenceEquals(el, title))
                {
                    titleAt = sb.Length;
                }

                sb.Append('\n');
                stack.Push((el.ChildNodes, 0));
            }
        }
    }

    private static bool InsideArticle(IElement el)
    {
        for (var e = el.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName == "article")
            {
                return true;
            }
        }

        return false;
    }

    private static bool InArticle(IElement el)
    {
        for (var e = el.ParentElement; e is not null; e = e.ParentElement)
        {
            if (e.LocalName is "article" or "header" or "main" || string.Equals(e.GetAttribute("itemprop"), "articleBody", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // ---- URL ---------------------------------------------------------------------------------------------------------

    /// <summary>/2024/09/05/, /2024-09-05, /20240905/ in the path; a month alone is not a day.</summary>
    internal static NewsDate? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2000)
        {
            return null;
        }

        var s = url.AsSpan();
        var scheme = s.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0)
        {
            s = s[(scheme + 3)..];
        }

        for (var i = 0; i + 8 <= s.Length; i++)
        {
            if (!(s[i] is '/' or '-' or '_' or '=') || !char.IsAsciiDigit(s[i + 1]))
            {
                continue;
            }

            var r = s[(i + 1)..];
            if (TryYmd(r, out var date) || TryDmy(r, out date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>19-07-2014 / 19_07_2014 in a path: day first (as Arab and European sites write), only when it is a valid day.</summary>
    private static bool TryDmy(ReadOnlySpan<char> r, out NewsDate date)
    {
        date = default;
        var dLen = ReadDigits(r, 0);
        if (dLen is < 1 or > 2 || dLen >= r.Length || r[dLen] is not ('-' or '_'))
        {
            return false;
        }

        var sep = r[dLen];
        var mLen = ReadDigits(r, dLen + 1);
        var yStart = dLen + 1 + mLen + 1;
        if (mLen is < 1 or > 2 || yStart > r.Length || r[yStart - 1] != sep || ReadDigits(r, yStart) != 4)
        {
            return false;
        }

        ReadInt(r, 0, dLen, out var d);
        ReadInt(r, dLen + 1, mLen, out var m);
        ReadInt(r, yStart, 4, out var y);
        if (y is < 1995 or > 2100 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = NewsDate.DayOnly(y, m, d);
        return true;
    }

    private static bool TryYmd(ReadOnlySpan<char> r, out NewsDate date)
    {
        date = default;
        if (r.Length < 8 || !ReadInt(r, 0, 4, out var y) || y is < 1995 or > 2100)
        {
            return false;
        }

        int m, d;
        if (r[4] is '/' or '-' or '_' or '.')
        {
            var sep = r[4];
            var mLen = ReadDigits(r, 5);
            if (mLen is < 1 or > 2 || 5 + mLen >= r.Length || r[5 + mLen] != sep)
            {
                return false;
            }

            ReadInt(r, 5, mLen, out m);
            var dStart = 6 + mLen;
            var dLen = ReadDigits(r, dStart);
            if (dLen is < 1 or > 2 || (dStart + dLen < r.Length && char.IsAsciiDigit(r[dStart + dLen])))
            {
                return false;
            }

            ReadInt(r, dStart, dLen, out d);
        }
        else
        {
            // Compact yyyymmdd, bounded by a non-digit.
            if (!ReadInt(r, 4, 2, out m) || !ReadInt(r, 6, 2, out d) || (r.Length > 8 && char.IsAsciiDigit(r[8])))
            {
                return false;
            }
        }

        if (m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m))
        {
            return false;
        }

        date = NewsDate.DayOnly(y, m, d);
        return true;
    }

    private static int ReadDigits(ReadOnlySpan<char> s, int at)
    {
        var n = 0;
        while (at + n < s.Length && char.IsAsciiDigit(s[at + n]))
        {
            n++;
        }

        return n;
    }

    private static bool ReadInt(ReadOnlySpan<char> s, int at, int len, out int value)
    {
        value = 0;
        if (at + len > s.Length)
        {
            return false;
        }

        for (var i = at; i < at + len; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return true;
    }
}
