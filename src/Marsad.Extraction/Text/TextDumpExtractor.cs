using Marsad.Arabic.Dates;
using Marsad.Core;

namespace Marsad.Extraction.Text;

/// <summary>
/// Plain text, often a page pasted from a browser, to article: finds the headline, the date line, the byline, drops
/// buttons, share bars, source lines and the tail (tags, related headlines, copyright), and rebuilds paragraphs from
/// either one-paragraph-per-line or hard-wrapped text. Conservative: without a clear headline, the first line stays a
/// paragraph.
/// </summary>
public static class TextDumpExtractor
{
    /// <summary>How far into the text a headline and its date/byline lines may sit.</summary>
    private const int HeaderLines = 15;

    public static Article Extract(string text, DocumentSource source, ExtractionOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var dates = new DateScanOptions { ReferenceTime = options.ReferenceTime };
        var lines = Split(text).Select(l => TextDumpLines.Classify(l, dates)).ToList();
        DropCaptions(lines);

        var bodyStart = FindBodyStart(lines);
        var title = FindTitle(lines, bodyStart, out var titleIndex);

        IReadOnlyList<string> authors = [];
        NewsDate? published = null;
        var publishedIsUpdate = false;
        var paragraphs = new List<string>();
        var block = new List<DumpLine>();
        var skipHeadlines = 0;
        var kickers = new List<DumpLine>();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Date is { } d && (published is null || (publishedIsUpdate && !line.UpdateDate)))
            {
                published = d;
                publishedIsUpdate = line.UpdateDate;
            }

            if (line.Authors is { Count: > 0 } a && authors.Count == 0)
            {
                authors = a;
            }

            if (line.Kind == DumpLineKind.Tail && paragraphs.Count + block.Count > 0)
            {
                break;
            }

            if (line.Kind == DumpLineKind.ReadAlso)
            {
                // A bare «اقرأ أيضا» label is followed by the linked headlines.
                skipHeadlines = LabelOnly(line.Text) ? 3 : 0;
                Flush(block, paragraphs);
                continue;
            }

            if (line.Kind == DumpLineKind.Text && skipHeadlines > 0 && IsHeadlineLike(line))
            {
                skipHeadlines--;
                continue;
            }

            skipHeadlines = line.Kind == DumpLineKind.Blank ? skipHeadlines : 0;
            if (line.Kind is DumpLineKind.Source or DumpLineKind.Chrome && i < bodyStart && i > titleIndex && titleIndex >= 0 && authors.Count == 0
                && Bylines.TryDateline(line.Text, out var wired))
            {
                // «جدة: محمد الأمين ياسين» read as a wire's dateline: the writer is named.
                authors = wired;
            }

            if (line.Kind != DumpLineKind.Text || i == titleIndex)
            {
                if (line.Kind == DumpLineKind.Blank || i == titleIndex || block.Count > 0)
                {
                    Flush(block, paragraphs);
                }

                continue;
            }

            if (i < bodyStart && i > titleIndex && titleIndex >= 0 && authors.Count == 0 && NextToDate(lines, i) && Bylines.IsBareName(line.Text))
            {
                // «محمد الراجي» on its own line by the date, under the headline: the author, as many sites print it.
                authors = [line.Text];
                continue;
            }

            if (i < bodyStart && i > titleIndex && titleIndex >= 0 && authors.Count == 0 && Bylines.TryDateline(line.Text, out var dateline))
            {
                // «القاهرة - محمد عبد الحميد» under the headline: the place of the dateline and the author.
                authors = dateline;
                continue;
            }

            if (i < bodyStart && (IsRepeat(line, title) || line.Words <= 8 || (i > titleIndex && titleIndex >= 0 && DateBelow(lines, i, bodyStart))))
            {
                // (A deck between the headline and the date line is header too.)
                // Kickers, section names and the repeated headline above the body.
                kickers.Add(line);
                continue;
            }

            block.Add(line);
        }

        Flush(block, paragraphs);
        if (paragraphs.Count == 0 && title is null)
        {
            // Nothing but short lines and no headline among them: one short sentence («وأفرجت السلطات عن عشرين
            // معتقلا.») is the text, not a kicker above a body that is not there.
            Flush(kickers, paragraphs);
        }

        DropTailHeadlines(paragraphs);
        return new Article
        {
            Source = source,
            Title = title,
            Authors = authors.Select(Bylines.WithoutTrailingRole).Where(a => a.Length > 0).ToList(),
            Published = published,
            Paragraphs = paragraphs,
            Language = GuessLanguage(text),
            Note = paragraphs.Count == 0 ? "no text" : null,
        };
    }

    private static List<string> Split(string text)
    {
        // \r\n, \r and \n all end a line; a blank line is a paragraph break.
        var normalized = text.Contains('\r', StringComparison.Ordinal)
            ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
            : text;
        var lines = new List<string>();
        foreach (var range in normalized.AsSpan().Split('\n'))
        {
            lines.Add(Whitespace.Collapse(normalized[range]));
        }

        return lines;
    }

    /// <summary>The first line that reads as body text: a sentence, a long line, or the start of a wrapped paragraph.</summary>
    /// <summary>
    /// Credited captions («… (أ ف ب)») above the body, or right under an image line, are chrome; in the body the same
    /// shape may be a sentence that ends with its wire, and stays.
    /// </summary>
    private static void DropCaptions(List<DumpLine> lines)
    {
        var body = false;
        var previous = DumpLineKind.Blank;
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Kind == DumpLineKind.Text && ((TextDumpLines.IsCreditedCaption(l.Text) && (!body || previous == DumpLineKind.Chrome))
                || (!body && TextDumpLines.IsCaptionWithCredit(l.Text) && NextTextIsBody(lines, i))))
            {
                lines[i] = l with { Kind = DumpLineKind.Chrome };
            }
            else if (l.Kind == DumpLineKind.Text && ((l.EndsSentence && l.Words >= 6) || l.Words >= 25))
            {
                body = true;
            }

            previous = l.Kind == DumpLineKind.Blank ? previous : lines[i].Kind;
        }
    }

    /// <summary>Whether the next text line after <paramref name="i"/> reads as body (a sentence of six words or more).</summary>
    private static bool NextTextIsBody(List<DumpLine> lines, int i)
    {
        for (var j = i + 1; j < lines.Count; j++)
        {
            if (lines[j].Kind == DumpLineKind.Text)
            {
                return (lines[j].EndsSentence && lines[j].Words >= 6) || lines[j].Words >= 25;
            }
        }

        return false;
    }

    /// <summary>
    /// «ليبيا | اشتباكات عنيفة في الزاوية …», «عاجل | …»: a section or urgency label of one or two words before a bar is
    /// no part of the headline.
    /// </summary>
    internal static string WithoutSectionLabel(string title)
    {
        var bar = title.IndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0)
        {
            return title;
        }

        var label = title[..bar].Trim();
        var rest = title[(bar + 3)..].Trim();
        return label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 4
            && !rest.Contains(" | ", StringComparison.Ordinal) ? rest : title;
    }

    private static int FindBodyStart(List<DumpLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var l = lines[i];
            if (l.Kind != DumpLineKind.Text)
            {
                continue;
            }

            if ((l.EndsSentence && l.Words >= 6 && !QuotedHeadline(lines, i) && !DeckOverDate(lines, i)) || l.Words >= 25 || ContinuesInto(lines, i))
            {
                return i;
            }
        }

        return lines.Count;
    }

    /// <summary>
    /// «محكمة مصرية تقضي بإعدام 12 متهماً في قضية "اغتيال النائب العام"»: a first line that ends with a closing quote (no
    /// stop inside it) over a short line that is no sentence (a byline, a dateline) or a date is a headline, not body.
    /// </summary>
    private static bool QuotedHeadline(List<DumpLine> lines, int i)
    {
        var text = lines[i].Text;
        // (A site name or a section label of a word or two may stand above it: «القدس العربي», «رياضة».)
        if (lines[i].Words > 20 || text.Length < 2 || text[^1] is not ('"' or '»' or '”') || text[^2] is '.' or '!' or '؟' or '?'
            || lines.Take(i).Any(l => l.Kind == DumpLineKind.Text && l.Words > 2))
        {
            return false;
        }

        var j = i + 1;
        while (j < lines.Count && lines[j].Kind is DumpLineKind.Blank or DumpLineKind.Chrome)
        {
            j++;
        }

        if (j < lines.Count && lines[j].Kind == DumpLineKind.Text && lines[j].Words <= 25 && lines[j].Text[^1] is not ('.' or '؟' or '?' or '!')
            && j + 1 < lines.Count && lines[j + 1].Kind is DumpLineKind.Date or DumpLineKind.Byline)
        {
            // «الرياض تدعو الطرفين إلى «تغليب مصلحة الشعب السوداني»» under it, then the date: a deck.
            return true;
        }

        return j < lines.Count && (lines[j].Kind is DumpLineKind.Date or DumpLineKind.Byline or DumpLineKind.Source
            || (lines[j].Kind == DumpLineKind.Text && lines[j].Words <= 8 && !lines[j].EndsSentence));
    }

    /// <summary>Whether the line just above or below (chrome lines skipped) is a date line.</summary>
    private static bool NextToDate(List<DumpLine> lines, int i)
    {
        for (var step = -1; step <= 1; step += 2)
        {
            var j = i + step;
            while (j >= 0 && j < lines.Count && lines[j].Kind == DumpLineKind.Chrome)
            {
                j += step;
            }

            if (j >= 0 && j < lines.Count && lines[j].Kind == DumpLineKind.Date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «الرياض تدعو الطرفين إلى «تغليب مصلحة الشعب السوداني»» right under the headline and right over the date line: the
    /// deck, not the body's first sentence.
    /// </summary>
    private static bool DeckOverDate(List<DumpLine> lines, int i) =>
        i + 1 < lines.Count && lines[i + 1].Kind == DumpLineKind.Date && lines[i].Words <= 25 && lines[i].Text[^1] is not ('.' or '؟' or '?' or '!')
        && lines.Take(i).Count(l => l.Kind == DumpLineKind.Text) == 1;

    /// <summary>Whether a date line follows line <paramref name="i"/> before line <paramref name="end"/>.</summary>
    private static bool DateBelow(List<DumpLine> lines, int i, int end)
    {
        for (var j = i + 1; j < end && j < lines.Count; j++)
        {
            if (lines[j].Kind == DumpLineKind.Date)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Line <paramref name="i"/> is the first of a hard-wrapped paragraph: the next line follows with no blank and similar width.</summary>
    private static bool ContinuesInto(List<DumpLine> lines, int i)
    {
        if (i + 1 >= lines.Count || lines[i + 1].Kind != DumpLineKind.Text || lines[i].EndsSentence)
        {
            return false;
        }

        if (i + 2 < lines.Count && lines[i + 2].Kind is DumpLineKind.Date or DumpLineKind.Byline && !EndsWithStop(lines[i + 1].Text)
            && !lines.Take(i).Any(l => l.Kind == DumpLineKind.Text))
        {
            // A headline and its deck over the date line or the byline, at the top: two header lines, not a paragraph.
            return false;
        }

        var a = lines[i].Text.Length;
        var b = lines[i + 1].Text.Length;
        // A short next line continues only as a paragraph's last line, which ends its sentence: a headline over a
        // bare byline («يوسف بن علي») is not a wrapped paragraph.
        return a >= 40 && a * 10 >= b * 6 && (b >= 30 || EndsWithStop(lines[i + 1].Text));
    }

    /// <summary>
    /// A short line that closes a wrapped paragraph ends with a stop, perhaps inside a closing quote («… قال.»», «…».");
    /// a dateline «بيروت - «الشرق الأوسط»» ends with a quote and no stop.
    /// </summary>
    private static bool EndsWithStop(string text)
    {
        var t = text.AsSpan().TrimEnd().TrimEnd("»\"”')");
        return t.Length > 0 && t[^1] is '.' or '!' or '؟' or '?' or '…' or ':' or '؛' or ';';
    }

    /// <summary>
    /// The headline: the first text line above the body with at least four words (else two), short and without
    /// sentence punctuation, and only when body text follows.
    /// </summary>
    private static string? FindTitle(List<DumpLine> lines, int bodyStart, out int index)
    {
        index = -1;
        if (bodyStart >= lines.Count)
        {
            return null;
        }

        var limit = Math.Min(bodyStart, HeaderLines);
        for (var pass = 0; pass < 2 && index < 0; pass++)
        {
            var minWords = pass == 0 ? 4 : 2;
            for (var i = 0; i < limit; i++)
            {
                if (lines[i].Kind == DumpLineKind.Text && IsHeadlineLike(lines[i]) && lines[i].Words >= minWords)
                {
                    index = i;
                    break;
                }
            }
        }

        return index >= 0 ? WithoutSectionLabel(lines[index].Text) : null;
    }

    private static bool IsHeadlineLike(DumpLine line) =>
        line.Words is >= 2 and <= 25 && line.Text.Length <= 220 && !(line.Text[^1] is '.' or '،' or ',' or ':' or ';' or '؛');

    private static bool IsRepeat(DumpLine line, string? title)
    {
        if (title is null)
        {
            return false;
        }

        var a = TextDumpLines.Fold(line.Text);
        var b = TextDumpLines.Fold(title);
        return a == b || (a.Length > 10 && (b.Contains(a, StringComparison.Ordinal) || a.Contains(b, StringComparison.Ordinal)));
    }

    private static bool LabelOnly(string text)
    {
        var colon = text.IndexOfAny([':', '-', '|']);
        return colon < 0 ? text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3 : text[(colon + 1)..].Trim().Length == 0;
    }

    /// <summary>
    /// Text lines between blank lines become paragraphs: each line its own, unless the lines are hard-wrapped (no
    /// sentence end, near the block's width), in which case they are joined.
    /// </summary>
    private static void Flush(List<DumpLine> block, List<string> paragraphs)
    {
        if (block.Count == 0)
        {
            return;
        }

        // Hard-wrapped text has a bounded width and lines that mostly stop mid-sentence; one-paragraph-per-line text
        // has lines that mostly end sentences.
        var width = block.Max(l => l.Text.Length);
        var endings = 0;
        for (var i = 0; i < block.Count - 1; i++)
        {
            endings += block[i].EndsSentence ? 1 : 0;
        }

        var wrapped = width <= 160 && endings * 2 < block.Count - 1;
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < block.Count; i++)
        {
            var line = block[i].Text;
            if (current.Length > 0)
            {
                current.Append(' ');
            }

            current.Append(line);
            var joinNext = wrapped && i + 1 < block.Count && !block[i].EndsSentence && line.Length * 10 >= width * 6;
            if (!joinNext)
            {
                paragraphs.Add(current.ToString());
                current.Clear();
            }
        }

        block.Clear();
    }

    /// <summary>A sentence's end with a wire's sign-off or credit after it: «… المشاركة.(النهاية)», «… (أ ف ب)», «- انتهى -».</summary>
    private static readonly System.Text.RegularExpressions.Regex SignedSentenceEnd = new(
        @"[.!؟?»""…]\s*(?:\(\s*[^()]{1,25}\)|[-–/]+\s*انتهى\s*[-–/]*)\s*$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Words that open a sentence of the report, never a related headline or a tag: «يذكر أن …», «ويشار إلى …»,
    /// «وكانت …», «وأضاف …». A last paragraph that starts with one is text even when it is short and its full stop is lost.
    /// </summary>
    private static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "يذكر", "ويذكر", "يشار", "ويشار", "يُذكر", "ويُذكر", "يُشار", "ويُشار", "وكان", "وكانت", "ويأتي", "وتأتي",
        "وأضاف", "وأضافت", "وتابع", "وتابعت", "وختم", "وختمت", "واختتم", "واختتمت", "وأوضح", "وأوضحت", "وأكد", "وأكدت",
        "وأشار", "وأشارت", "ولفت", "ولفتت", "وقال", "وقالت", "كما", "وبحسب", "ووفق", "ووفقا", "وتجدر", "تجدر",
    };

    private static bool ReadsAsSentence(string paragraph)
    {
        if (paragraph.Length == 0)
        {
            return false;
        }

        if (paragraph[^1] is '.' or '!' or '؟' or '?' or '»' or '"' or '…' || paragraph.Split(' ').Length > 20)
        {
            return true;
        }

        var space = paragraph.IndexOf(' ');
        return (space > 0 && SentenceOpeners.Contains(paragraph[..space])) || (paragraph[^1] is ')' or '-' or '–' or '/' && SignedSentenceEnd.IsMatch(paragraph));
    }

    /// <summary>Short headline-like lines after the last sentence are related-article links or tags.</summary>
    private static void DropTailHeadlines(List<string> paragraphs)
    {
        var lastSentence = paragraphs.FindLastIndex(ReadsAsSentence);
        if (lastSentence < 0 || lastSentence == paragraphs.Count - 1)
        {
            return;
        }

        var tail = paragraphs.Count - lastSentence - 1;
        if (paragraphs.Skip(lastSentence + 1).All(p => p.Split(' ').Length <= 15))
        {
            paragraphs.RemoveRange(lastSentence + 1, tail);
        }
    }

    /// <summary>«ar» or «en» by the letters of <paramref name="text"/>, or null when neither clearly wins.</summary>
    public static string? GuessLanguage(string text)
    {
        int arabic = 0, latin = 0;
        var span = text.AsSpan(0, Math.Min(text.Length, 20_000));
        foreach (var c in span)
        {
            if (c is >= '\u0621' and <= '\u064A')
            {
                arabic++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        return arabic + latin < 20 ? null : arabic > latin * 2 ? "ar" : latin > arabic * 2 ? "en" : null;
    }
}
