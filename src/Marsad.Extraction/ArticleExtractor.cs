using Marsad.Core;
using Marsad.Extraction.Html;
using Marsad.Extraction.Text;

namespace Marsad.Extraction;

/// <summary>Options for turning one input into an <see cref="Article"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>"html", "text", or null to detect.</summary>
    public string? Format { get; init; }

    /// <summary>Path or URL as given, recorded in the document's source.</summary>
    public string? Uri { get; init; }

    /// <summary>Inputs larger than this are refused with a clear reason rather than parsed.</summary>
    public long MaxBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>"Now" for relative dates («منذ 3 ساعات», «أمس»); null when unknown (then relative dates stay unresolved).</summary>
    public DateTime? ReferenceTime { get; init; }
}

/// <summary>Bytes to article: decides the format, decodes the bytes and runs the HTML or text-dump extractor.</summary>
public static class ArticleExtractor
{
    public static Article Extract(ReadOnlySpan<byte> bytes, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (bytes.Length == 0)
        {
            throw new MarsadInputException("empty input");
        }

        if (bytes.Length > options.MaxBytes)
        {
            throw new MarsadInputException($"input is {bytes.Length / (1024 * 1024)} MB, over the {options.MaxBytes / (1024 * 1024)} MB limit");
        }

        if (LooksBinary(bytes))
        {
            throw new MarsadInputException("binary data, not text or HTML");
        }

        var format = options.Format ?? (LooksLikeHtml(bytes) ? "html" : "text");
        var text = TextDecoder.Decode(bytes, format == "html", out var encoding);
        return FromText(text, format, encoding, options);
    }

    /// <summary>Extracts from already-decoded text (JSON Lines inputs, HTTP bodies).</summary>
    public static Article FromText(string content, string format, string? encoding, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        var source = new DocumentSource(options.Uri, format, encoding);
        var article = format switch
        {
            "html" => HtmlArticleExtractor.Extract(content, source, options),
            "text" => TextDumpExtractor.Extract(content, source, options),
            _ => throw new MarsadInputException($"unknown format '{format}' (use html or text)"),
        };
        return WithoutDateline(WithoutSignOff(article));
    }

    /// <summary>The wire dateline off the first paragraph («رام الله 7-9-2025 وفا- أدانت …»), and its day when the page gave none.</summary>
    private static Article WithoutDateline(Article article)
    {
        if (article.Paragraphs is not { Count: > 0 } paragraphs || !Datelines.TrySplit(paragraphs[0], out var dateline, out var rest))
        {
            return article;
        }

        // «نواف الغضوري- سبق- تبوك:»: the writer's bare name opening the dateline is the author the page did not give.
        var first = dateline.Split(['-', '–'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var lead, _, ..] ? lead : null;
        return article with
        {
            Paragraphs = [rest, .. paragraphs.Skip(1)],
            Dateline = dateline,
            Published = article.Published ?? Datelines.DateOf(dateline),
            Authors = article.Authors.Count == 0 && first is not null && Bylines.IsBareName(first) ? [first] : article.Authors,
        };
    }

    /// <summary>«(النهاية) ع ا ب / م ع», «-انتهى-»: a wire's sign-off and the editors' initials end the text, not the story.</summary>
    private static readonly System.Text.RegularExpressions.Regex SignOff = new(
        @"\s*(?:\(\s*النهاية\s*\)|[-–]\s*انتهى\s*[-–]?|\(\s*انتهى\s*\)|/+\s*انتهى\s*/*)(?:\s*[\u0621-\u064A]{1,2}(?:\s+[\u0621-\u064A]{1,2})*(?:\s*/\s*[\u0621-\u064A]{1,2}(?:\s+[\u0621-\u064A]{1,2})*)*)?\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>«المصدر : الجزيرة + وكالات»: the source line a page prints under the story.</summary>
    private static readonly System.Text.RegularExpressions.Regex SourceLine = new(
        @"^\s*المصدر\s*:\s*[^.!؟?]{1,40}$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>«ع ا ب / ت ع ح»: the editors' initials on a line of their own under the sign-off.</summary>
    private static readonly System.Text.RegularExpressions.Regex InitialsLine = new(
        @"^\s*[\u0621-\u064A]{1,2}(?:\s+[\u0621-\u064A]{1,2})*(?:\s*/\s*[\u0621-\u064A]{1,2}(?:\s+[\u0621-\u064A]{1,2})*)+\s*$",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static Article WithoutSignOff(Article article)
    {
        if (article.Paragraphs is { Count: > 1 } withSource && SourceLine.IsMatch(withSource[^1]))
        {
            article = article with { Paragraphs = withSource.Take(withSource.Count - 1).ToList() };
        }

        if (article.Paragraphs is { Count: > 1 } signed && InitialsLine.IsMatch(signed[^1]) && SignOff.IsMatch(signed[^2]))
        {
            article = article with { Paragraphs = signed.Take(signed.Count - 1).ToList() };
        }

        if (article.Paragraphs is not { Count: > 0 } paragraphs || SignOff.Match(paragraphs[^1]) is not { Success: true } m)
        {
            return article;
        }

        var kept = paragraphs.ToList();
        var last = kept[^1][..m.Index].TrimEnd();
        if (last.Length == 0)
        {
            kept.RemoveAt(kept.Count - 1);
        }
        else
        {
            kept[^1] = last;
        }

        return article with { Paragraphs = kept };
    }

    public static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        string s;
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            s = System.Text.Encoding.Unicode.GetString(head[2..]);
        }
        else if (head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            s = System.Text.Encoding.BigEndianUnicode.GetString(head[2..]);
        }
        else if (TextDecoder.LooksLikeUtf16(head, out var bigEndian))
        {
            // UTF-16 without a BOM: read as Latin-1, every other character would be NUL and "<html" never matches.
            s = (bigEndian ? System.Text.Encoding.BigEndianUnicode : System.Text.Encoding.Unicode).GetString(head);
        }
        else
        {
            s = System.Text.Encoding.Latin1.GetString(head);
        }
        var t = s.TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n', '\0');
        if (t.StartsWith('<'))
        {
            return true;
        }

        return s.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || s.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || s.Contains("<!doctype", StringComparison.OrdinalIgnoreCase)
            || s.Contains("<div", StringComparison.OrdinalIgnoreCase)
            || s.Contains("<p>", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Control bytes other than whitespace in the first 8 KB, ignoring UTF-16 zero bytes.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || TextDecoder.LooksLikeUtf16(head, out _))
        {
            return false;
        }

        int zeros = 0, controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                zeros++;
            }
            else if (b < 0x20 && b is not (9 or 10 or 12 or 13 or 27))
            {
                controls++;
            }
        }

        // UTF-16 text has about half its bytes zero in a regular pattern; binary has zeros and other controls.
        var utf16Like = zeros > head.Length / 4 && controls < head.Length / 100;
        if (utf16Like)
        {
            return false;
        }

        return zeros > 0 || controls > head.Length / 50 + 1;
    }
}
