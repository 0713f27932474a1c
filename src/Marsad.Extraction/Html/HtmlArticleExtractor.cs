using AngleSharp.Html.Parser;
using Marsad.Core;
using Marsad.Extraction.Dates;

namespace Marsad.Extraction.Html;

/// <summary>HTML page to article: metadata from the head and markup, date from the date finder, body from <see cref="BodyFinder"/>.</summary>
public static class HtmlArticleExtractor
{
    /// <summary>
    /// Pages beyond this many characters are cut before parsing. News articles are a few hundred KB; a page of tens of
    /// MB is inlined data or a dump, and parsing all of it would cost seconds and gigabytes for nothing.
    /// </summary>
    public const int MaxHtmlChars = 8 * 1024 * 1024;

    private static readonly HtmlParserOptions ParserOptions = new()
    {
        IsScripting = false,
        IsKeepingSourceReferences = false,
        IsNotSupportingFrames = true,
        DisableElementPositionTracking = true,
        ShouldEmitAttribute = (ref token, name) => Wanted(name.Span),
    };

    [ThreadStatic]
    private static HtmlParser? parser;

    /// <summary>
    /// Attributes nothing downstream reads (image sources, event handlers, most data-*): not building them saves a good
    /// share of parse time and memory. data-* names that mention a date or time stay for the date finder.
    /// </summary>
    private static bool Wanted(ReadOnlySpan<char> name)
    {
        if (name.StartsWith("data-", StringComparison.OrdinalIgnoreCase))
        {
            return name.Contains("date", StringComparison.OrdinalIgnoreCase) || name.Contains("time", StringComparison.OrdinalIgnoreCase)
                || name.Contains("publish", StringComparison.OrdinalIgnoreCase) || name.Contains("author", StringComparison.OrdinalIgnoreCase);
        }

        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase) && name.Length > 4)
        {
            return false;
        }

        if (name.StartsWith("aria-", StringComparison.OrdinalIgnoreCase))
        {
            return name.Equals("aria-hidden", StringComparison.OrdinalIgnoreCase);
        }

        return !(name.Equals("src", StringComparison.OrdinalIgnoreCase) || name.Equals("srcset", StringComparison.OrdinalIgnoreCase)
            || name.Equals("sizes", StringComparison.OrdinalIgnoreCase) || name.Equals("width", StringComparison.OrdinalIgnoreCase)
            || name.Equals("height", StringComparison.OrdinalIgnoreCase) || name.Equals("loading", StringComparison.OrdinalIgnoreCase)
            || name.Equals("decoding", StringComparison.OrdinalIgnoreCase) || name.Equals("alt", StringComparison.OrdinalIgnoreCase)
            || name.Equals("target", StringComparison.OrdinalIgnoreCase) || name.Equals("tabindex", StringComparison.OrdinalIgnoreCase)
            || name.Equals("integrity", StringComparison.OrdinalIgnoreCase) || name.Equals("crossorigin", StringComparison.OrdinalIgnoreCase));
    }

    public static Article Extract(string html, DocumentSource source, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        string? truncated = null;
        if (html.Length > MaxHtmlChars)
        {
            truncated = $"page cut at {MaxHtmlChars / (1024 * 1024)} M characters of {html.Length / (1024 * 1024)} M";
            html = html[..MaxHtmlChars];
        }

        html = MarkupPrefilter.Apply(html, out var flattened);
        if (flattened)
        {
            truncated = (truncated is null ? string.Empty : truncated + "; ") + $"elements nested deeper than {MarkupPrefilter.MaxDepth} levels were flattened";
        }

        // One parser per thread: building one has a cost, and batches extract many pages per thread.
        parser ??= new HtmlParser(ParserOptions);
        using var page = parser.ParseDocument(html);
        var meta = PageMetadata.Read(page, source.Uri);
        var url = meta.CanonicalUrl ?? source.Uri;
        var published = PublishedDateFinder.Find(page, url, options.ReferenceTime);
        var body = BodyFinder.Find(page, meta.Title);
        var authors = meta.Authors.Count > 0 ? meta.Authors : body.BylineAuthors;
        var note = (body.Note, truncated) switch
        {
            (null, null) => null,
            (null, { } t) => t,
            ({ } n, null) => n,
            ({ } n, { } t) => $"{n}; {t}",
        };
        return new Article
        {
            Source = source,
            Url = meta.CanonicalUrl,
            Title = meta.Title,
            Authors = authors,
            Published = published,
            Language = LanguageOf(meta.DeclaredLanguage, body.ArabicLetters, body.LatinLetters),
            Paragraphs = body.Paragraphs,
            Note = note,
        };
    }

    /// <summary>
    /// The declared language unless the text contradicts it: Arabic sites often keep a template's lang="en".
    /// With nothing declared, a mostly-Arabic text is "ar"; other scripts stay unknown rather than guessed.
    /// </summary>
    internal static string? LanguageOf(string? declared, int arabicLetters, int latinLetters)
    {
        var letters = arabicLetters + latinLetters;
        var arabicShare = letters == 0 ? 0 : (double)arabicLetters / letters;
        if (letters >= 50 && arabicShare >= 0.6 && declared is not ("ar" or "fa" or "ur" or "ps" or "ckb" or "ara"))
        {
            return "ar";
        }

        if (declared == "ara")
        {
            return "ar";
        }

        return declared;
    }
}
