using System.Text.Json;
using AngleSharp.Dom;

namespace Marsad.Extraction.Html;

/// <summary>What a page says about itself in its head and markup: headline, authors, canonical URL, language.</summary>
internal sealed record PageMetadata(string? Title, IReadOnlyList<string> Authors, string? CanonicalUrl, string? DeclaredLanguage)
{
    private static readonly string[] TitleSeparators = [" | ", " - ", " – ", " — ", " :: ", " » ", " « ", " · ", " ‹ ", " › ", " || ", " ｜ ", " / "];

    private static readonly JsonDocumentOptions JsonOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static PageMetadata Read(IDocument page, string? sourceUri)
    {
        ArgumentNullException.ThrowIfNull(page);
        var ld = JsonLd.Read(page);
        var metas = MetaTags.Read(page);
        var siteNames = new List<string>();
        AddIfText(siteNames, metas.Get("og:site_name"));
        AddIfText(siteNames, metas.Get("application-name"));
        AddIfText(siteNames, metas.Get("twitter:site")?.TrimStart('@'));
        siteNames.AddRange(ld.SiteNames);
        var host = HostOf(sourceUri) ?? HostOf(metas.Get("og:url"));
        if (host is not null)
        {
            siteNames.Add(host);
        }

        var title = ChooseTitle(page, ld.Headline, metas.Get("og:title") ?? metas.Get("twitter:title"), page.Title, siteNames);
        var authors = ld.Authors.Count > 0 ? ld.Authors : MarkupAuthors(page, metas);
        var canonical = Absolute((page.Head ?? (AngleSharp.Dom.IParentNode)page).QuerySelector("link[rel~='canonical']")?.GetAttribute("href"), sourceUri)
            ?? Absolute(metas.Get("og:url"), sourceUri)
            ?? Absolute(ld.Url, sourceUri);
        var language = PrimaryLanguage(page.DocumentElement?.GetAttribute("lang"))
            ?? PrimaryLanguage(page.DocumentElement?.GetAttribute("xml:lang"))
            ?? PrimaryLanguage(metas.Get("content-language"))
            ?? PrimaryLanguage(metas.Get("language"))
            ?? PrimaryLanguage(metas.Get("og:locale"))
            ?? PrimaryLanguage(ld.Language);
        return new PageMetadata(title, authors, canonical, language);
    }

    /// <summary>
    /// The visible headline (&lt;h1&gt;) when it agrees with what the head says, else JSON-LD headline, og:title, or
    /// &lt;title&gt; with the site's name cut off ("Headline - Site", "الموقع | العنوان").
    /// </summary>
    internal static string? ChooseTitle(IDocument page, string? ldHeadline, string? ogTitle, string? titleTag, IReadOnlyList<string> siteNames)
    {
        var fromHead = new List<string>(3);
        AddIfText(fromHead, StripSiteName(ldHeadline, siteNames));
        AddIfText(fromHead, StripSiteName(ogTitle, siteNames));
        AddIfText(fromHead, StripSiteName(titleTag, siteNames));

        // Headings are few; stop after a handful so a page of thousands of h1 costs nothing.
        string? firstHeading = null;
        var seen = 0;
        // GetElementsByTagName enumerates lazily: the loop stops at the first headings instead of walking the page.
        foreach (var h in page.GetElementsByTagName("h1"))
        {
            if (++seen > 8)
            {
                break;
            }

            var text = Whitespace.Collapse(h.TextContent);
            if (text.Length is < 2 or > 400)
            {
                continue;
            }

            firstHeading ??= text;
            foreach (var candidate in fromHead)
            {
                if (Agrees(text, candidate))
                {
                    return text;
                }
            }
        }

        foreach (var candidate in fromHead)
        {
            // JSON-LD headlines are cut to 110 characters by some CMSs; a truncated one is a last resort.
            if (!candidate.EndsWith('…') && !candidate.EndsWith("...", StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return fromHead.Count > 0 ? fromHead[0] : firstHeading;
    }

    private static bool Agrees(string heading, string candidate)
    {
        var a = BodyFinder.Comparable(heading);
        var b = BodyFinder.Comparable(candidate);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }

        if (a == b)
        {
            return true;
        }

        // One contains the other and they share most of their length: a kicker or a site name was added to one side.
        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        return shorter.Length * 10 >= longer.Length * 6 && longer.Contains(shorter, StringComparison.Ordinal);
    }

    /// <summary>Cuts a site name off a title: known names first, else a short first or last segment.</summary>
    internal static string? StripSiteName(string? title, IReadOnlyList<string> siteNames)
    {
        if (string.IsNullOrWhiteSpace(title))
        {
            return null;
        }

        var t = Whitespace.Collapse(title);
        foreach (var separator in TitleSeparators)
        {
            var first = t.IndexOf(separator, StringComparison.Ordinal);
            if (first < 0)
            {
                continue;
            }

            var last = t.LastIndexOf(separator, StringComparison.Ordinal);
            var head = t[..last].Trim();
            var tail = t[(last + separator.Length)..].Trim();
            var lead = t[..first].Trim();
            var rest = t[(first + separator.Length)..].Trim();
            if (IsSiteName(tail, siteNames))
            {
                return StripSiteName(head, siteNames) ?? head;
            }

            if (IsSiteName(lead, siteNames))
            {
                return StripSiteName(rest, siteNames) ?? rest;
            }

            // No known name: a short segment at either end (1-3 words) beside a longer one is the site's name.
            if (WordCount(tail) <= 3 && WordCount(head) >= 4 && tail.Length * 2 <= head.Length)
            {
                return head;
            }

            if (WordCount(lead) <= 3 && WordCount(rest) >= 4 && lead.Length * 3 <= rest.Length)
            {
                return rest;
            }
        }

        return t;
    }

    private static bool IsSiteName(string segment, IReadOnlyList<string> siteNames)
    {
        var s = BodyFinder.Comparable(segment);
        if (s.Length == 0)
        {
            return false;
        }

        foreach (var name in siteNames)
        {
            var n = BodyFinder.Comparable(name);
            if (n.Length == 0)
            {
                continue;
            }

            // "CNN" against "cnn.com"/"edition.cnn.com", "الجزيرة نت" against "الجزيرة".
            if (s == n || (n.Length >= 3 && s.Contains(n, StringComparison.Ordinal) && s.Length <= n.Length + 12)
                || (s.Length >= 3 && n.Contains(s, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(string s)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter;
        }

        return count;
    }

    private static IReadOnlyList<string> MarkupAuthors(IDocument page, MetaTags metas)
    {
        var authors = new List<string>();
        foreach (var key in (ReadOnlySpan<string>)["author", "article:author", "byl", "dc.creator", "parsely-author", "sailthru.author", "cxenseparse:author"])
        {
            var value = metas.Get(key);
            if (value is null || value.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            AddNames(authors, value);
            if (authors.Count > 0)
            {
                return authors;
            }
        }

        var seen = 0;
        foreach (var e in page.QuerySelectorAll("[rel~='author'], [itemprop~='author']"))
        {
            if (++seen > 10)
            {
                break;
            }

            var name = e.QuerySelector("[itemprop~='name']")?.GetAttribute("content") ?? e.QuerySelector("[itemprop~='name']")?.TextContent
                ?? e.GetAttribute("content") ?? e.TextContent;
            var collapsed = Whitespace.Collapse(name ?? string.Empty);
            if (collapsed.Length is > 1 and < 80)
            {
                AddNames(authors, collapsed);
            }
        }

        if (authors.Count == 0)
        {
            // <span class="author">حميد يس</span>: the first element classed as the author or byline whose text is a
            // byline or a bare name (a comment's «comment-author» is another class).
            // <span id="ContentPlaceHolder1_divAuthor">: an element whose id names the author.
            var byId = page.QuerySelectorAll("[id*='uthor'], [id*='riter']")
                .Where(e => e.Id is { } id && !id.Contains("comment", StringComparison.OrdinalIgnoreCase) && e.Children.Length == 0);
            foreach (var e in page.QuerySelectorAll("[class~='author'], [class~='author-name'], [class~='byline'], [class~='writer'], [class~='article-author']").Take(5).Concat(byId.Take(3)))
            {
                var text = Whitespace.Collapse(e.TextContent).Trim();
                if (text.Length is > 3 and < 80 && (Bylines.TryParse(text, out var names) || (Bylines.LooksLikeName(text) && (names = [text]) is not null)
                    || Bylines.TryDateline(WithoutDates(text), loose: true, out names)) && names.Count > 0)
                {
                    authors.AddRange(names);
                    break;
                }
            }
        }

        return authors;
    }

    /// <summary>A reference time that lets relative times («منذ 3 ساعات») be found, to be cut out.</summary>
    private static readonly Marsad.Arabic.Dates.DateScanOptions AnyDay = new() { ReferenceTime = new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Unspecified) };

    /// <summary>«بيروت - ريتا شمعون منذ 3 ساعات»: a byline without the dates or times beside it.</summary>
    private static string WithoutDates(string text)
    {
        var found = Marsad.Arabic.Dates.ArabicDates.FindAll(text, AnyDay);
        if (found.Count == 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        foreach (var m in found)
        {
            Array.Fill(chars, ' ', m.Start, m.Length);
        }

        return Whitespace.Collapse(new string(chars)).Trim(' ', '|', '-', '–', '/', '،');
    }

    /// <summary>Splits "A, B and C" / «أ و ب» into names and drops a leading "By"/«بقلم».</summary>
    internal static void AddNames(List<string> authors, string value)
    {
        var v = Whitespace.Collapse(value);
        if (Bylines.TryParse(v, out var parsed))
        {
            foreach (var p in parsed)
            {
                AddName(authors, p);
            }

            return;
        }

        foreach (var part in v.Split([",", "،", " and ", " & ", ";"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            AddName(authors, part);
        }
    }

    private static void AddName(List<string> authors, string name)
    {
        var n = name.Trim(' ', ':', '-', '–', '|', '/');
        if (n.Length is > 1 and < 80 && !n.Contains("://", StringComparison.Ordinal) && !authors.Contains(n, StringComparer.OrdinalIgnoreCase) && !Bylines.IsOutlet(n))
        {
            authors.Add(n);
        }
    }

    private static void AddIfText(List<string> list, string? s)
    {
        if (!string.IsNullOrWhiteSpace(s))
        {
            list.Add(Whitespace.Collapse(s));
        }
    }

    private static string? HostOf(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var u) || (u.Scheme != "http" && u.Scheme != "https"))
        {
            return null;
        }

        var host = u.Host;
        var parts = host.Split('.');
        // "www.aljazeera.net" -> "aljazeera": the label a title is likely to spell.
        return parts.Length >= 2 ? parts[^2] : host;
    }

    private static string? Absolute(string? href, string? baseUri)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }

        var h = href.Trim();
        if (Uri.TryCreate(h, UriKind.Absolute, out var abs) && (abs.Scheme == "http" || abs.Scheme == "https"))
        {
            return abs.ToString();
        }

        if (baseUri is not null && Uri.TryCreate(baseUri, UriKind.Absolute, out var b) && (b.Scheme == "http" || b.Scheme == "https")
            && Uri.TryCreate(b, h, out var resolved))
        {
            return resolved.ToString();
        }

        return null;
    }

    /// <summary>"ar-EG" / "ar_AR" / "AR" to "ar"; null for empty or non-language values.</summary>
    internal static string? PrimaryLanguage(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }

        var t = tag.Trim();
        var cut = t.IndexOfAny(['-', '_', ',', ';', ' ']);
        var primary = (cut > 0 ? t[..cut] : t).ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    /// <summary>The page's meta tags by name/property/http-equiv (first value wins), read once.</summary>
    private sealed class MetaTags
    {
        private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);

        public static MetaTags Read(IDocument page)
        {
            var tags = new MetaTags();
            var seen = 0;
            // Meta tags belong in the head; reading only there spares a walk over the whole body.
            var scope = (IParentNode?)page.Head ?? page;
            foreach (var meta in scope.QuerySelectorAll("meta"))
            {
                if (++seen > 2000)
                {
                    break;
                }

                var content = meta.GetAttribute("content");
                if (content is null)
                {
                    continue;
                }

                foreach (var key in (ReadOnlySpan<string?>)[meta.GetAttribute("property"), meta.GetAttribute("name"), meta.GetAttribute("http-equiv"), meta.GetAttribute("itemprop")])
                {
                    if (!string.IsNullOrWhiteSpace(key))
                    {
                        tags.values.TryAdd(key.Trim(), content.Trim());
                    }
                }
            }

            return tags;
        }

        public string? Get(string key) => values.TryGetValue(key, out var v) && v.Length > 0 ? v : null;
    }

    /// <summary>The article facts a page states in JSON-LD (schema.org NewsArticle and kin, including @graph).</summary>
    private sealed class JsonLd
    {
        public string? Headline { get; private set; }

        public List<string> Authors { get; } = [];

        public List<string> SiteNames { get; } = [];

        public string? Url { get; private set; }

        public string? Language { get; private set; }

        public static JsonLd Read(IDocument page)
        {
            var ld = new JsonLd();
            var seen = 0;
            // After the prefilter only JSON scripts are left, so this walk finds few elements to test.
            foreach (var script in page.GetElementsByTagName("script"))
            {
                if (!string.Equals(script.GetAttribute("type")?.Trim(), "application/ld+json", StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                if (++seen > 20)
                {
                    break;
                }

                var json = script.TextContent;
                if (json.Length > 2_000_000)
                {
                    continue;
                }

                try
                {
                    using var doc = JsonDocument.Parse(json.Trim().TrimEnd(';'), JsonOptions);
                    ld.Visit(doc.RootElement, 0);
                }
                catch (JsonException)
                {
                    // Broken JSON-LD is common (CMS templates with stray commas or HTML); the rest of the page still counts.
                }
            }

            return ld;
        }

        private void Visit(JsonElement e, int depth)
        {
            if (depth > 6)
            {
                return;
            }

            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Visit(item, depth + 1);
                }

                return;
            }

            if (e.ValueKind != JsonValueKind.Object)
            {
                return;
            }

            if (e.TryGetProperty("@graph", out var graph))
            {
                Visit(graph, depth + 1);
            }

            var type = TypeOf(e);
            if (type.Contains("Article", StringComparison.Ordinal) || type.Contains("BlogPosting", StringComparison.Ordinal)
                || type.Contains("Report", StringComparison.Ordinal) || type.Contains("NewsArticle", StringComparison.Ordinal))
            {
                if (Headline is null && Text(e, "headline") is { } headline)
                {
                    Headline = headline;
                }

                if (Authors.Count == 0 && e.TryGetProperty("author", out var author))
                {
                    AddAuthors(author, 0);
                }

                if (e.TryGetProperty("publisher", out var publisher) && publisher.ValueKind == JsonValueKind.Object && Text(publisher, "name") is { } pub)
                {
                    SiteNames.Add(pub);
                }

                Url ??= Text(e, "url");
                Language ??= Text(e, "inLanguage");
            }
            else if (type is "WebSite" or "Organization" or "NewsMediaOrganization" && Text(e, "name") is { } site)
            {
                SiteNames.Add(site);
            }
        }

        private void AddAuthors(JsonElement e, int depth)
        {
            if (depth > 3)
            {
                return;
            }

            switch (e.ValueKind)
            {
                case JsonValueKind.String:
                    var s = e.GetString();
                    if (s is not null && !s.StartsWith("http", StringComparison.OrdinalIgnoreCase))
                    {
                        AddNames(Authors, s);
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in e.EnumerateArray())
                    {
                        AddAuthors(item, depth + 1);
                    }

                    break;
                case JsonValueKind.Object:
                    if (Text(e, "name") is { } name)
                    {
                        AddNames(Authors, name);
                    }

                    break;
            }
        }

        private static string TypeOf(JsonElement e)
        {
            if (!e.TryGetProperty("@type", out var t))
            {
                return string.Empty;
            }

            if (t.ValueKind == JsonValueKind.String)
            {
                return t.GetString() ?? string.Empty;
            }

            if (t.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in t.EnumerateArray())
                {
                    if (item.ValueKind == JsonValueKind.String && item.GetString() is { } s && (s.Contains("Article", StringComparison.Ordinal) || s.Contains("Posting", StringComparison.Ordinal)))
                    {
                        return s;
                    }
                }
            }

            return string.Empty;
        }

        private static string? Text(JsonElement e, string property)
        {
            if (!e.TryGetProperty(property, out var v) || v.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            var s = v.GetString();
            if (string.IsNullOrWhiteSpace(s))
            {
                return null;
            }

            // Some CMSs put HTML entities or tags in JSON-LD strings.
            var decoded = System.Net.WebUtility.HtmlDecode(s);
            return Whitespace.Collapse(decoded);
        }
    }
}
