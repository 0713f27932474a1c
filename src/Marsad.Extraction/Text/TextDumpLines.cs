using System.Collections.Frozen;
using Marsad.Arabic.Dates;
using Marsad.Core;

namespace Marsad.Extraction.Text;

/// <summary>What a line of a pasted page is.</summary>
internal enum DumpLineKind
{
    Blank,

    /// <summary>Text that may be a headline, kicker or paragraph (decided by position).</summary>
    Text,

    /// <summary>Buttons, share links, social network names, counters («طباعة», «شارك», «A A»).</summary>
    Chrome,

    /// <summary>A line that is mostly a date («الخميس 5/سبتمبر/2024 - 11:40 م», «نشر في: …»).</summary>
    Date,
    Byline,

    /// <summary>«المصدر: …», «(رويترز)», «وكالات».</summary>
    Source,

    /// <summary>«اقرأ أيضا: …»: a link to another article inside the body.</summary>
    ReadAlso,

    /// <summary>Tags, related articles, comments, copyright: the article is over.</summary>
    Tail,
}

/// <summary>One classified line.</summary>
internal sealed record DumpLine(string Text, DumpLineKind Kind, NewsDate? Date = null, bool UpdateDate = false, IReadOnlyList<string>? Authors = null)
{
    public int Words { get; } = CountWords(Text);

    public bool EndsSentence => Text.Length > 0 && Text[^1] is '.' or '!' or '؟' or '?' or '»' or '"' or '”' or ')' or '…' or ':' or '؛' or ';';

    private static int CountWords(string s)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var space = c == ' ';
            if (!space && !inWord)
            {
                n++;
            }

            inWord = !space;
        }

        return n;
    }
}

/// <summary>The vocabulary of page chrome in Arabic and English, and the line classifier built on it.</summary>
internal static class TextDumpLines
{
    /// <summary>Words that make up button rows, share bars and counters (folded spelling).</summary>
    private static readonly FrozenSet<string> ChromeWords = Folded(
    [
        "طباعة", "اطبع", "طباعه", "شارك", "مشاركة", "شاركها", "شارك الخبر", "أرسل", "لصديق", "إرسال", "ارسال", "حجم", "الخط", "تكبير", "تصغير",
        "صغير", "كبير", "متوسط", "a", "a+", "a-", "+a", "-a", "aa", "تابعونا", "تابعنا", "تابع", "على", "عبر", "فيسبوك", "فيس", "بوك", "تويتر", "واتساب",
        "واتس", "اب", "آب", "تلغرام", "تليجرام", "تيليجرام", "انستغرام", "انستجرام", "إنستغرام", "يوتيوب", "لينكدإن", "لينكدين", "لينكد", "إن", "إكس",
        "x", "تيك", "توك", "سناب", "شات", "ماسنجر", "facebook", "twitter", "whatsapp", "telegram", "instagram", "youtube", "linkedin", "email", "e-mail",
        "print", "share", "tweet", "pinterest", "reddit", "messenger", "tiktok", "البريد", "الإلكتروني", "الالكتروني", "نسخ", "الرابط", "رابط",
        "مختصر", "حفظ", "المفضلة", "أضف", "تعليق", "تعليقات", "التعليقات", "comments", "comment", "save", "copy", "link", "اقرأ", "أيضا", "أيضاً",
        "المزيد", "more", "read", "also", "الرئيسية", "home", "مشاهدة", "مشاهدات", "views", "قراءة", "دقيقة", "دقائق", "min", "mins", "shares",
        "جوجل", "google", "news", "نيوز", "أخبار", "اشترك", "النشرة", "البريدية", "subscribe", "newsletter", "follow", "us", "on", "and", "و",
        "عدد", "القراءات", "زيارة", "زيارات", "إعجاب", "like", "likes", "reply", "رد", "تغريد", "غرد", "بريد", "صفحة", "page", "pdf", "إغلاق",
        "close", "menu", "القائمة", "بحث", "search", "الصوت", "استمع", "listen", "audio", "video", "فيديو", "صور", "photos",
    ]);

    private static readonly string[] ReadAlsoCues = Folded2(["اقرأ أيضا", "اقرأ أيضاً", "اقرأ ايضا", "إقرأ أيضا", "طالع أيضا", "شاهد أيضا", "اقرأ المزيد", "read also", "read more", "see also", "also read", "اقرأ كذلك"]);

    private static readonly string[] TailCues = Folded2(
    [
        "الكلمات المفتاحية", "كلمات مفتاحية", "كلمات دلالية", "الكلمات الدلالية", "الوسوم", "وسوم", "الأوسمة", "tags", "مواضيع ذات صلة", "أخبار ذات صلة",
        "مقالات ذات صلة", "ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة", "أخبار متعلقة", "اخبار متعلقة", "related articles", "related stories", "related",
        "more from", "you may also like", "you might also like", "التعليقات", "تعليقات القراء", "أضف تعليق", "اضف تعليقك", "comments", "leave a comment",
        "المزيد من الأخبار", "آخر الأخبار", "أحدث الأخبار", "latest news", "most read", "trending",
    ]);

    private static readonly string[] CopyrightCues = Folded2(["جميع الحقوق محفوظة", "الحقوق محفوظة", "حقوق النشر", "copyright", "all rights reserved", "©"]);

    private static readonly string[] SourceCues = Folded2(["المصدر", "مصدر الخبر", "source", "المصادر", "sources"]);

    private static readonly FrozenSet<string> AgencyLines = Folded(
        ["وكالات", "الوكالات", "رويترز", "أ ف ب", "ا ف ب", "فرانس برس", "أ ش أ", "واس", "وام", "قنا", "كونا", "سانا", "وفا", "الأناضول", "reuters", "afp", "ap", "agencies",
            // The national wires of Algeria, Morocco, Tunisia, Jordan, Yemen, Iraq, Sudan and Libya by their Arabic acronyms.
            "واج", "و م ع", "ومع", "وات", "بترا", "سبأ", "واع", "سونا", "وال", "بنا", "العمانية",
            // German, American, Chinese and Iranian wires as Arabic papers credit them.
            "د ب أ", "أ ب", "شينخوا", "إرنا"]);

    /// <summary>Whether a folded word or phrase names a news agency («كونا», «رويترز», «أ ف ب»).</summary>
    internal static bool IsAgency(string folded) => AgencyLines.Contains(folded);

    /// <summary>Image credits that end a caption line (folded): «… على أطراف منبج (أ ف ب)».</summary>
    private static readonly FrozenSet<string> PhotoCredits = Folded(
        ["أ ف ب", "ا ف ب", "أ.ف.ب", "رويترز", "الأناضول", "أ ب", "إي بي إيه", "غيتي", "جيتي", "غيتي إيميجز", "مواقع التواصل", "مواقع التواصل الاجتماعي",
         "أرشيفية", "ارشيفية", "أرشيف", "الجزيرة", "إكس", "الفرنسية", "د ب أ", "سانا", "واس", "getty", "getty images", "afp", "reuters", "ap", "epa", "shutterstock"]);

    private static readonly string[] PhotoLabels = Folded2(["صورة:", "صورة -", "الصورة:", "صورة أرشيفية", "(صورة", "صور:", "photo:", "image:", "(photo"]);

    /// <summary>An image's description pasted with the page: a line opening with «صورة:» (or "Photo:").</summary>
    private static bool IsImageLabel(string folded)
    {
        foreach (var label in PhotoLabels)
        {
            if (folded.StartsWith(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «مقاتلون على أطراف منبج (أ ف ب)»: a short line with no sentence stop that ends with a photo credit in brackets. It
    /// is a caption above the body or under an image line; in the body the same shape can be a sentence with its wire.
    /// </summary>
    public static bool IsCreditedCaption(string line)
    {
        var t = line.TrimEnd();
        if (t.Length is < 8 or > 200 || t[^1] != ')' || CountSpaces(t) >= 25)
        {
            return false;
        }

        var open = t.LastIndexOf('(');
        return open > 0 && PhotoCredits.Contains(Fold(t[(open + 1)..^1].Trim())) && t.AsSpan(0, open).IndexOfAny(".!؟?") < 0;
    }

    /// <summary>
    /// «الملك عبدالله الثاني خلال لقائه الرئيس القبرصي في العقبة الأحد (الديوان الملكي الهاشمي)»: a line with no stop that
    /// ends with a credit of one to four words in brackets; above the body it is a photo's caption.
    /// </summary>
    public static bool IsCaptionWithCredit(string line)
    {
        var t = line.TrimEnd();
        if (t.Length is < 20 or > 240 || t[^1] != ')' || CountSpaces(t) is < 5 or >= 35)
        {
            return false;
        }

        var open = t.LastIndexOf('(');
        if (open <= 0 || t.AsSpan(0, open).IndexOfAny(".!؟?:") >= 0)
        {
            return false;
        }

        var credit = t[(open + 1)..^1].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return credit.Length is >= 1 and <= 4 && credit.All(w => w.All(c => char.IsLetter(c) || c is '.' or '-'));
    }

    /// <summary>Words that name a news outlet or the desk in a dateline («شفق نيوز», «الجزيرة نت», «خاص»).</summary>
    private static readonly FrozenSet<string> OutletWords = Folded(
        ["نيوز", "نت", "برس", "بوست", "الإخبارية", "الإخباري", "أونلاين", "اونلاين", "خاص", "مراسلنا", "مراسلتنا", "مراسل", "news", "press", "online", "tv", "24"]);

    /// <summary>Words allowed beside a date on a date line.</summary>
    private static readonly FrozenSet<string> DateLineWords = Folded(
    [
        "نشر", "نشر في", "في", "بتاريخ", "تاريخ", "النشر", "آخر", "اخر", "تحديث", "التحديث", "محدث", "تم", "الساعة", "published", "updated", "posted",
        "last", "on", "at", "date", "time", "gmt", "utc", "بتوقيت", "مكة", "المكرمة", "القاهرة", "غرينتش", "جرينتش", "الموافق", "يوم", "منذ", "am", "pm",
        // Era and tatweel marks left beside a date: «12 يونيو 2025 م ـ 16 ذو الحجة 1446 هـ».
        "م", "هـ", "ـ", "ص",
    ]);

    private static readonly string[] UpdateCues = Folded2(["تحديث", "محدث", "updated", "modified"]);

    public static DumpLine Classify(string line, DateScanOptions dates)
    {
        if (line.Length == 0)
        {
            return new DumpLine(line, DumpLineKind.Blank);
        }

        var folded = Fold(line);
        if (line.Length <= 160 && (StartsWithAny(folded, TailCues, wholeOrColon: true) || ContainsAny(folded, CopyrightCues)))
        {
            return new DumpLine(line, DumpLineKind.Tail);
        }

        if (line.Length <= 300 && StartsWithAny(folded, ReadAlsoCues, wholeOrColon: false))
        {
            return new DumpLine(line, DumpLineKind.ReadAlso);
        }

        // «14/12/2026» is all numbers, like a share counter, but a date.
        if (IsBreadcrumb(folded))
        {
            return new DumpLine(line, DumpLineKind.Chrome);
        }

        if (IsChrome(folded) && !(line.Length <= 40 && ArabicDates.FindAll(line, dates).Count > 0))
        {
            return new DumpLine(line, DumpLineKind.Chrome);
        }

        if (line.Length <= 200 && IsImageLabel(folded))
        {
            return new DumpLine(line, DumpLineKind.Chrome);
        }

        if (line.Length <= 100 && (AgencyLines.Contains(folded.Trim('(', ')', '[', ']', ' ', '-', '.')) || (StartsWithAny(folded, SourceCues, wholeOrColon: true) && CountSpaces(folded) < 10)))
        {
            return new DumpLine(line, DumpLineKind.Source);
        }

        if (line.Length <= 60 && IsDateline(folded))
        {
            return new DumpLine(line, DumpLineKind.Source);
        }

        if (line.Length <= 200)
        {
            var found = ArabicDates.FindAll(line, dates);
            if (found.Count > 0)
            {
                var rest = Residual(line, found);
                var update = ContainsAny(folded, UpdateCues);
                if (IsDateLineResidual(rest))
                {
                    return new DumpLine(line, DumpLineKind.Date, Preferred(found), update);
                }

                // «كتب: فلان | الخميس 5 سبتمبر 2024»: a byline and a date on one line.
                if (Bylines.TryParse(rest, out var both))
                {
                    return new DumpLine(line, DumpLineKind.Byline, Preferred(found), update, both);
                }

                // «عبد الرحمن يلماز |25.11.2025 - 09:14 تحديث : 25.11.2025 - 10:02»: a bare name, the date and an update.
                var bare = string.Join(' ', Fold(rest).Split([' ', ':', '|', '-', '/', '،'], StringSplitOptions.RemoveEmptyEntries).Any(w => DateLineWords.Contains(w))
                    ? rest.Split([' ', ':', '|', '/', '،'], StringSplitOptions.RemoveEmptyEntries).Where(w => !DateLineWords.Contains(Fold(w)) && w != "-")
                    : rest.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                if (Bylines.IsBareName(bare))
                {
                    return new DumpLine(line, DumpLineKind.Byline, Preferred(found), update, [bare]);
                }

                // «هسبريس - محمد الراجي / الأحد 12 يناير 2025 - 10:30»: the outlet or the place, the writer, the date.
                if (Bylines.TryDateline(rest, out var wired))
                {
                    return new DumpLine(line, DumpLineKind.Byline, Preferred(found), update, wired);
                }
            }
            else if (dates.ReferenceTime is null && line.Length <= 60 && IsRelativeTimeLine(line))
            {
                // «منذ 3 ساعات», «قبل يومين»: a date line whose day is unknown without the time the page was read.
                return new DumpLine(line, DumpLineKind.Date);
            }

            if (Bylines.TryParse(line, out var authors))
            {
                return new DumpLine(line, DumpLineKind.Byline, Authors: authors);
            }

            // «خليل موسى مراسل @khalilmousa», «كريم بن سعيد مراسل»: the writer's bare name with his role (and handle) after it.
            if (line.Length <= 60 && Bylines.WithoutTrailingRole(line) is var named && named.Length < line.Trim().Length && Bylines.IsBareName(named))
            {
                return new DumpLine(line, DumpLineKind.Byline, Authors: [named]);
            }

            // «نواكشوط - «القدس العربي»: أحمد ولد سيدي», «أربيل - سامان عبد الله»: a short line of a place, perhaps the paper,
            // and the writer is a byline wherever it stands (so the line above it stays the headline).
            if (line.Length <= 80 && Bylines.TryDateline(line, out var writer))
            {
                return new DumpLine(line, DumpLineKind.Byline, Authors: writer);
            }
        }

        return new DumpLine(line, DumpLineKind.Text);
    }

    /// <summary>
    /// The date a line gives: the Gregorian one when the line also has a Hijri one («14 جمادى الأولى 1448 هـ - 24 أكتوبر
    /// 2026 م»), since the Gregorian day is what the page states and a Hijri day depends on the calendar used.
    /// </summary>
    private static NewsDate Preferred(IReadOnlyList<DateMatch> found)
    {
        foreach (var m in found)
        {
            if (m.Kind != DateMatchKind.Hijri)
            {
                return m.Date;
            }
        }

        return found[0].Date;
    }

    private static readonly DateScanOptions AnyReference = new() { ReferenceTime = new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Unspecified) };

    /// <summary>Whether the line is only a time relative to when it was read: «منذ 3 ساعات», «قبل ساعتين», "2 hours ago".</summary>
    private static bool IsRelativeTimeLine(string line)
    {
        var found = ArabicDates.FindAll(line, AnyReference);
        return found.Count > 0 && found.All(m => m.Kind == DateMatchKind.Relative) && IsDateLineResidual(Residual(line, found));
    }

    /// <summary>«الرياض - واس», «القاهرة (رويترز)», «دبي - وكالات»: places and an agency, the wire's dateline.</summary>
    private static bool IsDateline(string folded)
    {
        var parts = folded.Split(['-', '–', '—', '(', ')', '/', '|', '،', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        // «صنعاء - عدن (وكالات)»: a story filed from two places. «بغداد - شفق نيوز», «عمّان - خاص»: a news site or the
        // desk's own report in place of the agency.
        // («الجزائر، 14 أكتوبر 2025 (واج)»: with a date in it, the line is the date line.)
        if (parts.Length is < 2 or > 4 || !parts[..^1].All(p => CountSpaces(p) <= 2 && !p.Any(char.IsDigit)))
        {
            return false;
        }

        var last = parts[^1].Trim('.', ' ');
        return AgencyLines.Contains(last)
            || (parts.Length == 2 && CountSpaces(last) <= 2 && last.Split(' ').Any(w => OutletWords.Contains(w)));
    }

    /// <summary>The line without its date spans and separators.</summary>
    private static string Residual(string line, IReadOnlyList<DateMatch> found)
    {
        var chars = line.ToCharArray();
        foreach (var m in found)
        {
            Array.Fill(chars, ' ', m.Start, m.Length);
        }

        return Whitespace.Collapse(new string(chars)).Trim(' ', '-', '–', '—', '|', ':', '،', ',', '/', '(', ')', '•', '·');
    }

    private static bool IsDateLineResidual(string rest)
    {
        if (rest.Length == 0)
        {
            return true;
        }

        var words = JoinInitials(Fold(rest).Split([' ', ':', '-', '|', '،', ',', '/', '(', ')', '–'], StringSplitOptions.RemoveEmptyEntries));
        var unknown = 0;
        foreach (var w in words)
        {
            // «| آخر تحديث: 21:40»: the hours and minutes of a time the date finder left (an update's).
            if (w.Length <= 2 && w.All(char.IsAsciiDigit))
            {
                continue;
            }

            if (!DateLineWords.Contains(w) && !(w.Length > 1 && w[0] is 'و' or 'ب' && DateLineWords.Contains(w[1..])))
            {
                unknown++;
            }
        }

        if (unknown == 0 || (unknown <= 1 && words.Length <= 4))
        {
            return true;
        }

        // «رام الله 27-6-2024 وفا-», «الجزيرة نت - 14/3/2025»: a place and the wire or the site beside the date.
        var wire = words.Count(w => AgencyLines.Contains(w) || OutletWords.Contains(w));
        return wire > 0 && unknown - wire <= 2 && words.Length <= 5;
    }

    /// <summary>
    /// «القاهرة في 27 نوفمبر 2025 - أ ش أ»: a wire named by its initials, letter by letter, is one word of the line, so that
    /// the three letters are not three unknown words.
    /// </summary>
    private static string[] JoinInitials(string[] words)
    {
        var joined = new List<string>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            var run = i;
            while (run < words.Length && words[run].Length == 1 && char.IsLetter(words[run][0]))
            {
                run++;
            }

            if (run - i >= 2 && AgencyLines.Contains(string.Join(' ', words[i..run])))
            {
                joined.Add(string.Join(' ', words[i..run]));
                i = run - 1;
                continue;
            }

            joined.Add(words[i]);
        }

        return joined.Count == words.Length ? words : [.. joined];
    }

    /// <summary>«الرئيسية / أخبار عربية», «الرئيسية › سياسة › تقارير»: the path to the page, short parts between arrows or slashes.</summary>
    private static bool IsBreadcrumb(string folded)
    {
        if (folded.Length > 100)
        {
            return false;
        }

        // Separators stand between spaces; «داعش» in a headline is quotation, not a path.
        var parts = folded.Split([" / ", " › ", " » ", " > ", " ‹ ", " « ", " < "], StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts.Any(p => p.Length == 0 || CountSpaces(p) > 2 || !p.Any(char.IsLetter)))
        {
            return false;
        }

        return parts.Length >= 3 || parts[0] is "الرييسيه" or "الرئيسيه" or "الصفحه الرئيسيه" or "home" or "الرئيسة";
    }

    private static bool IsChrome(string folded)
    {
        if (folded.Length > 120)
        {
            return false;
        }

        var words = 0;
        foreach (var range in folded.AsSpan().SplitAny(" |·•/،,:-–()[]\t"))
        {
            var w = folded.AsSpan()[range];
            if (w.IsEmpty)
            {
                continue;
            }

            words++;
            if (IsNumber(w))
            {
                continue;
            }

            if (!ChromeWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
            {
                return false;
            }
        }

        return words > 0 || folded.Trim().Length > 0;
    }

    private static bool IsNumber(ReadOnlySpan<char> w)
    {
        foreach (var c in w)
        {
            if (!(char.IsDigit(c) || c is 'k' or 'K' or '.' or '+'))
            {
                return false;
            }
        }

        return true;
    }

    private static int CountSpaces(string s) => s.AsSpan().Count(' ');

    private static bool StartsWithAny(string folded, string[] cues, bool wholeOrColon)
    {
        foreach (var cue in cues)
        {
            if (!folded.StartsWith(cue, StringComparison.Ordinal))
            {
                continue;
            }

            if (folded.Length == cue.Length)
            {
                return true;
            }

            var next = folded[cue.Length];
            if (next is ':' or '-' or '–' or '|' || (!wholeOrColon && next == ' '))
            {
                return true;
            }

            // «الوسوم» alone or followed by only a colon-less list is still a tail when short.
            if (wholeOrColon && next == ' ' && folded.Length - cue.Length <= 2)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ContainsAny(string folded, string[] cues)
    {
        foreach (var cue in cues)
        {
            if (folded.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Spelling-insensitive form for vocabulary matching: alef forms, ta marbuta, alef maqsura, harakat, tatweel, case.</summary>
    public static string Fold(string s)
    {
        var folded = string.Create(s.Length, s, static (span, src) =>
        {
            for (var i = 0; i < src.Length; i++)
            {
                var c = src[i];
                span[i] = c switch
                {
                    'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                    'ة' => 'ه',
                    'ى' => 'ي',
                    >= '\u064B' and <= '\u065F' => '\u0640',

                    // Case only exists outside Arabic; ToLowerInvariant on non-ASCII is a slow culture-data call.
                    < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
                    >= '\u0600' and <= '\u06FF' => c,
                    _ => char.ToLowerInvariant(c),
                };
            }
        });

        // Harakat were marked as tatweel above; drop both in one pass only when present.
        return folded.Contains('\u0640', StringComparison.Ordinal) ? folded.Replace("\u0640", string.Empty, StringComparison.Ordinal) : folded;
    }

    private static FrozenSet<string> Folded(string[] words) => words.Select(Fold).ToFrozenSet(StringComparer.Ordinal);

    private static string[] Folded2(string[] words) => words.Select(Fold).OrderByDescending(w => w.Length).ToArray();
}
