using Marsad.Arabic.Dates;
using Marsad.Core;
using Marsad.Extraction.Text;

namespace Marsad.Extraction;

/// <summary>
/// The wire dateline at the head of a story's first paragraph: «بغداد - 23 - 7 (كونا) -- دانت …», «رام الله 7-9-2025
/// وفا- أدانت …», «أبوظبي في 14 أكتوبر / وام / نجحت …», «بيروت- أعلن …». It is where and by whom the story was filed,
/// not a sentence of it: left in, its city reads as the first actor of the first sentence.
/// </summary>
public static class Datelines
{
    private const int MaxLength = 70;

    /// <summary>
    /// Splits <paramref name="paragraph"/> into its dateline and the text after it; false (and the paragraph whole) when it
    /// opens with no dateline.
    /// </summary>
    public static bool TrySplit(string paragraph, out string dateline, out string rest)
    {
        ArgumentNullException.ThrowIfNull(paragraph);
        dateline = string.Empty;
        rest = paragraph;
        var head = paragraph.Length > MaxLength + 10 ? paragraph[..(MaxLength + 10)] : paragraph;
        var tokens = Tokens(head);
        var i = 0;
        var placeWords = 0;
        while (i < tokens.Count && placeWords < 3 && tokens[i].Kind == Kind.Word && !IsFi(tokens[i].Text) && !IsWire(tokens[i].Text))
        {
            i++;
            placeWords++;
        }

        if (placeWords == 0)
        {
            return false;
        }

        var placeThenSeparator = i < tokens.Count && tokens[i].Kind == Kind.Separator;
        var end = -1;
        var wire = false;
        var others = 0;
        for (; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == Kind.Separator)
            {
                end = t.End;
                continue;
            }

            if (t.Kind == Kind.Wire || (t.Kind == Kind.Word && IsWire(t.Text)))
            {
                wire = true;
                continue;
            }

            if (t.Kind == Kind.Number || (t.Kind == Kind.Word && (IsMonth(t.Text) || IsFi(t.Text))))
            {
                others++;
                continue;
            }

            break;
        }

        // A wire, a date, or a place alone before the dash: «قتل 5 - 7 أشخاص» (a range) is no dateline.
        if (end < 0 || end > MaxLength
            || !(wire || (others > 0 && DateOf(paragraph[..end]) is not null) || (placeThenSeparator && placeWords <= 2 && others == 0)))
        {
            return false;
        }

        // «نواف الغضوري- سبق- تبوك: نفذ …», «أنقرة - «الشرق الأوسط»: أعلنت …»: the writer, the outlet and the city, each
        // set off by a dash, the last by a colon.
        for (var more = 0; more < 3 && NextSegment(paragraph, end) is { } segmentEnd; more++)
        {
            end = segmentEnd;
        }

        var after = end;
        while (after < paragraph.Length && (char.IsWhiteSpace(paragraph[after]) || paragraph[after] is ':' or '،'))
        {
            after++;
        }

        if (after >= paragraph.Length || paragraph[after] is not (>= '\u0621' and <= '\u064A') and not '«' and not '"')
        {
            return false;
        }

        dateline = paragraph[..end].Trim();
        rest = paragraph[after..];
        return true;
    }

    /// <summary>Verbs of saying that can open a story right after its dateline («قال الوزير: …»), never a place.</summary>
    private static readonly HashSet<string> SayingVerbs = new(StringComparer.Ordinal)
    {
        "قال", "قالت", "أكد", "أكدت", "أعلن", "أعلنت", "أوضح", "أوضحت", "ذكر", "ذكرت", "صرح", "صرحت", "أضاف", "أضافت", "كتب", "كتبت",
    };

    /// <summary>
    /// The end of one more short segment of the dateline after <paramref name="from"/>: one to three words (or a name in
    /// «…») closed by a dash, or one or two words closed by a colon; null when the story begins there.
    /// </summary>
    private static int? NextSegment(string paragraph, int from)
    {
        var i = from;
        while (i < paragraph.Length && char.IsWhiteSpace(paragraph[i]))
        {
            i++;
        }

        var start = i;
        while (i < paragraph.Length && i - start <= 30)
        {
            var c = paragraph[i];
            if (c is '-' or '–' or ':')
            {
                var segment = paragraph[start..i].Trim();
                var parts = segment.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                if (parts.Length == 0 || parts.Any(SayingVerbs.Contains) || (c == ':' && parts.Length > 2) || parts.Length > 3)
                {
                    return null;
                }

                var end = i + 1;
                while (end < paragraph.Length && paragraph[end] is '-' or '–')
                {
                    end++;
                }

                return end < paragraph.Length && char.IsWhiteSpace(paragraph[end]) ? end : null;
            }

            if (!char.IsWhiteSpace(c) && !(c is >= '\u0621' and <= '\u064A' || c is '«' or '»' or '"'))
            {
                return null;
            }

            i++;
        }

        return null;
    }

    /// <summary>The day the dateline gives («رام الله 7-9-2025 وفا-»), or null.</summary>
    public static NewsDate? DateOf(string dateline)
    {
        ArgumentNullException.ThrowIfNull(dateline);
        foreach (var m in ArabicDates.FindAll(dateline))
        {
            if (m.Kind != DateMatchKind.Hijri)
            {
                return m.Date;
            }
        }

        return null;
    }

    private enum Kind
    {
        Word,
        Number,
        Separator,
        Wire,
    }

    private readonly record struct Token(string Text, Kind Kind, int End);

    private static bool IsFi(string word) => word is "في" or "فى";

    private static bool IsWire(string word) => TextDumpLines.IsAgency(TextDumpLines.Fold(word));

    private static readonly HashSet<string> Months = new(new[]
    {
        "يناير", "فبراير", "مارس", "أبريل", "ابريل", "مايو", "يونيو", "يوليو", "أغسطس", "اغسطس", "سبتمبر", "أكتوبر", "اكتوبر",
        "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين", "جانفي", "فيفري",
        "أفريل", "ماي", "جوان", "جويلية", "أوت", "الثاني", "الأول",
    }, StringComparer.Ordinal);

    private static bool IsMonth(string word) => Months.Contains(word);

    /// <summary>Words, numbers («23», «7-9-2025»), separators («-», «--», «/», «–») and bracketed wires («(كونا)», «(أ ف ب)»).</summary>
    private static List<Token> Tokens(string head)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < head.Length)
        {
            var c = head[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is '-' or '–' or '—' or '/' or '|')
            {
                var s = i;
                while (i < head.Length && head[i] is '-' or '–' or '—' or '/' or '|')
                {
                    i++;
                }

                tokens.Add(new Token(head[s..i], Kind.Separator, i));
                continue;
            }

            if (c == '(')
            {
                var close = head.IndexOf(')', i);
                if (close < 0 || close - i > 20)
                {
                    break;
                }

                var inside = head[(i + 1)..close].Trim();
                tokens.Add(new Token(inside, IsWire(inside) ? Kind.Wire : Kind.Word, close + 1));
                i = close + 1;
                if (!IsWire(inside))
                {
                    break;
                }

                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                while (i < head.Length && (char.IsDigit(head[i]) || (head[i] is '-' or '/' or '.' && i + 1 < head.Length && char.IsDigit(head[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new Token(head[start..i], Kind.Number, i));
                continue;
            }

            while (i < head.Length && !char.IsWhiteSpace(head[i]) && head[i] is not ('-' or '–' or '—' or '/' or '|' or '(' or ')' or '،' or ',' or ':' or '.'))
            {
                i++;
            }

            if (i == start)
            {
                // Punctuation that no dateline holds («،», «:», «.»): the dateline, if any, ended before it.
                break;
            }

            var word = head[start..i];
            if (!word.All(ch => ch is >= '\u0621' and <= '\u064A' || ch is >= '\u064B' and <= '\u0652'))
            {
                break;
            }

            tokens.Add(new Token(word, Kind.Word, i));
        }

        return tokens;
    }
}
