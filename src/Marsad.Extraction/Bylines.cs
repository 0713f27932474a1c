using System.Collections.Frozen;

namespace Marsad.Extraction;

/// <summary>
/// Arabic and English bylines: «كتب: فلان», «كتب - فلان», «بقلم: فلان», «بقلم الكاتب فلان», «كتبت فلانة», «إعداد:»,
/// «تقرير:», «المحرر:», «مراسل الجزيرة في بيروت - فلان», "By X and Y". Several authors are split on «و», «،», "and";
/// agencies, places and job titles trailing the names are dropped. A line that reads as a sentence is not a byline.
/// </summary>
public static class Bylines
{
    /// <summary>Cues that open a byline, longest first; Strict ones need a separator or a short name after them.</summary>
    private static readonly (string Cue, bool Strict)[] Cues =
    [
        ("بقلم الكاتبة", false), ("بقلم الكاتب", false), ("بقلم", false), ("بقلـم", false), ("الكاتبة", true), ("الكاتب", true), ("بواسطة", true),
        ("كتبت", true), ("كتبه", true), ("كتب", true),
        ("إعداد", false), ("اعداد", false), ("تقرير", true), ("تحرير", true), ("المحرر", true), ("متابعة", true), ("حوار", true),
        ("written by", false), ("posted by", false), ("reported by", false), ("by", false),
    ];

    /// <summary>Words that cannot be in a person's name: a line containing them after the cue is prose.</summary>
    private static readonly FrozenSet<string> ProseWords = FrozenSet.ToFrozenSet(
    [
        "في", "على", "إلى", "الى", "عن", "أن", "ان", "إن", "الذي", "التي", "هذا", "هذه", "ذلك", "تلك", "كان", "كانت", "قد", "لقد", "لم", "لن",
        "مع", "حول", "بعد", "قبل", "عندما", "حين", "كما", "أو", "ثم", "رسالة", "مقالا", "مقالاً", "مقال", "كتابا", "كتاباً", "تدوينة", "منشورا",
        "تغريدة", "عبر", "قائلا", "قائلاً", "لا", "ما", "هو", "هي", "هم", "كل", "ليس", "ليست", "له", "لها", "به", "بها", "فيه", "فيها",
        "عليه", "عليها", "منه", "منها", "يا", "لنا", "لكم", "إنه", "انه", "أنه", "the", "a", "an", "of", "to", "in", "on", "for", "with", "that", "this", "is", "was", "from",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>Role words before a name («الكاتب فلان»): dropped, the name kept.</summary>
    private static readonly FrozenSet<string> Roles = FrozenSet.ToFrozenSet(
    [
        "الكاتب", "الكاتبة", "الصحفي", "الصحفية", "الصحافي", "الصحافية", "الزميل", "الزميلة", "الأستاذ", "الأستاذة", "الاستاذ", "الإعلامي",
        "الإعلامية", "المحرر", "المحررة", "محرر", "محررة", "الباحث", "الباحثة", "الشاعر", "الشاعرة", "الروائي", "الروائية",
    ], StringComparer.Ordinal);

    /// <summary>Agencies and desk names that follow names in bylines; they are sources, not authors.</summary>
    private static readonly FrozenSet<string> Agencies = FrozenSet.ToFrozenSet(
    [
        "رويترز", "وكالات", "الوكالات", "أ ف ب", "ا ف ب", "أ.ف.ب", "أ.ب", "د ب أ", "د.ب.أ", "واس", "وام", "قنا", "كونا", "بنا", "سانا", "وفا", "الأناضول", "بترا", "سبأ", "واج", "ومع", "ينا",
        "شينخوا", "سبوتنيك", "reuters", "ap", "afp", "associated press", "bloomberg", "dpa", "staff", "cnn", "bbc", "agencies", "wires",
    ], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] TitleWords = ["writer", "correspondent", "editor", "reporter", "contributor", "columnist", "مراسل", "مراسلة", "محرر"];

    /// <summary>Common given names that begin with «و», so «وليد» is not «و» + «ليد».</summary>
    private static readonly FrozenSet<string> WawNames = FrozenSet.ToFrozenSet(
        ["وليد", "وائل", "وفاء", "وسام", "وجدي", "وديع", "وهبة", "وعد", "ولاء", "وداد", "وحيد", "وضاح", "وسيم", "وصفي", "وفيق", "وهيب", "وجيه", "وئام", "ورد", "وردة", "وليم", "وجدان", "وصال", "وهاب", "ولد"],
        StringComparer.Ordinal);

    /// <summary>Common Arabic given names (folded: ا for أ/إ/آ, ه for ة, ي for ى), for bylines printed as a bare name.</summary>
    private static readonly FrozenSet<string> GivenNames = new[]
    {
        "محمد", "احمد", "محمود", "مصطفي", "علي", "حسن", "حسين", "عمر", "عمرو", "خالد", "يوسف", "ابراهيم", "عبد", "عبدالله", "عبدالرحمن",
        "سعيد", "سعد", "سامي", "سمير", "طارق", "هشام", "وليد", "كريم", "رامي", "ياسر", "ياسين", "ايمن", "اسامه", "انس", "بلال", "جمال",
        "حمزه", "زياد", "ماجد", "مازن", "مراد", "نبيل", "نادر", "هاني", "هيثم", "وائل", "يحيي", "يونس", "عادل", "عماد", "عصام", "فادي",
        "فارس", "فراس", "فيصل", "كمال", "لؤي", "مالك", "منير", "مهدي", "ناصر", "نزار", "هادي", "اسماعيل", "اياد", "باسم", "بسام", "توفيق",
        "جلال", "جميل", "حاتم", "حازم", "حامد", "حسام", "رشيد", "رضا", "زكريا", "سالم", "سليمان", "سلمان", "شريف", "صالح", "صلاح", "طه",
        "عباس", "عثمان", "عزيز", "علاء", "عمار", "غسان", "فؤاد", "قاسم", "لطفي", "ماهر", "مجدي", "مروان", "مصعب", "معاذ", "منصور", "مهند",
        "موسي", "نايف", "هاشم", "امين", "انور", "رياض", "جواد", "ادريس", "نور", "فاطمه", "مريم", "ساره", "هدي", "اسماء", "امنه", "خديجه",
        "زينب", "سلمي", "ليلي", "رنا", "رانيا", "دينا", "هبه", "مني", "ايمان", "سناء", "امل", "ناديه", "سميره", "سهام", "لينا", "ريم",
        "ياسمين", "نسرين", "هاله", "شيماء", "دعاء", "ايه", "اسراء", "مروه", "عائشه", "حنان", "رشا", "غاده", "نهي", "عبير", "سعاد",
        "حميد", "رشيد", "نجيب", "لحسن", "الحسين", "المهدي", "عبد الله", "بشير", "بشري", "سفيان", "اسامه", "مختار", "مبارك", "صابر", "شادي",
        "عمرو", "حمدي", "فتحي", "رمضان", "شعبان", "عاطف", "وجدي", "ايهاب", "ربيع", "راشد", "مشعل", "تركي", "بندر", "سلطان", "نواف",
        "فهد", "عبدالعزيز", "سعود", "حسان", "رامز", "جهاد", "حمد", "حمدان", "خليل", "زهير", "سامر",
        "صفوان", "طلال", "عامر", "عدنان", "عزت", "عزام", "عمران", "غازي", "فواز", "قيس",
        "مامون", "محسن", "معتز", "ممدوح", "نضال", "نعيم", "وسيم", "يزن", "رائد", "رشاد", "ضياء", "اشرف", "اكرم",
        "امجد", "باسل", "ثامر", "جابر", "حمود", "زيد", "شوقي", "عدي", "فهمي", "قصي", "منذر",
        "يعقوب", "جميله", "رهف", "سمر", "لبني", "لمي", "ميساء", "نجلاء",
        "دانه", "سلوي", "عفاف", "نوال", "عبدالكريم", "عبدالرحيم", "عبدالحميد", "عبدالمجيد",
        "عبدالسلام", "عبدالحكيم", "عبدالفتاح", "عبدالرزاق", "عبدالوهاب", "عبدالقادر", "عبدالناصر", "عبداللطيف",
        "عبدالمنعم", "عبدالاله", "عبدالملك", "هاديه", "الياس", "عيسي", "داود", "حسني", "رفيق",
        "شكري", "مدحت", "وحيد", "يسري", "اسعد", "بدريه", "تامر", "حسنين",
        "خضر", "رافت", "رمزي", "سامح", "صبحي", "عزالدين", "محي",
        "معن", "ناجي",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «محمد الراجي», «فاطمة الزهراء علي»: a line that is only a person's name (two to four words, the first a common
    /// given name, letters only). Only meaningful where a byline stands, by the date under the headline.
    /// </summary>
    public static bool IsBareName(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        var space = trimmed.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 && GivenNames.Contains(Text.TextDumpLines.Fold(trimmed[..space])) && LooksLikeName(trimmed);
    }

    /// <summary>Role words written after the writer's name on a byline line: «كريم بن سعيد مراسل», «خليل موسى صحافي».</summary>
    private static readonly FrozenSet<string> TrailingRoles = FrozenSet.ToFrozenSet(
        ["مراسل", "مراسلة", "صحافي", "صحافية", "صحفي", "صحفية", "محرر", "محررة", "كاتب", "كاتبة"], StringComparer.Ordinal);

    /// <summary>
    /// The writer's name without a role word or a social-media handle after it: «كريم بن سعيد مراسل» → «كريم بن سعيد»,
    /// «خليل موسى مراسل @khalilmousa» → «خليل موسى».
    /// </summary>
    public static string WithoutTrailingRole(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 2 && (words[^1].StartsWith('@') || TrailingRoles.Contains(words[^1])))
        {
            words.RemoveAt(words.Count - 1);
        }

        return string.Join(' ', words);
    }

    /// <summary>Two to four words of Arabic letters, none of them prose or an agency: a name where markup says it is one.</summary>
    public static bool LooksLikeName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 4
            && words.All(w => w.All(c => c is >= '\u0621' and <= '\u064A' || c is >= '\u064B' and <= '\u0652') && !ProseWords.Contains(w) && !Agencies.Contains(w));
    }

    /// <summary>
    /// «القاهرة - محمد عبد الحميد», «إدلب – عبد الرحمن الحسن», «عمّان - بترا - رنا الخطيب»: a dateline place (and an
    /// agency) and the writer's bare name, as news sites print them under the headline. The place is one to three words and no name; the writer is a bare name
    /// (<see cref="IsBareName"/>). Only meaningful in the header, above the body.
    /// </summary>
    public static bool TryDateline(string line, out IReadOnlyList<string> authors) => TryDateline(line, loose: false, out authors);

    /// <summary>
    /// As <see cref="TryDateline(string, out IReadOnlyList{string})"/>; with <paramref name="loose"/> (markup that says it
    /// is the byline) the writer may be any two to four words of letters («بيروت - ريتا شمعون»), not only a name
    /// starting with a known given name.
    /// </summary>
    public static bool TryDateline(string line, bool loose, out IReadOnlyList<string> authors)
    {
        ArgumentNullException.ThrowIfNull(line);
        authors = [];
        bool Named(string s) => IsBareName(s) || ((loose || HasNameParticle(s)) && LooksLikeName(s));
        var t = Whitespace.Collapse(line).Trim();
        var slashes = t.Split('/', StringSplitOptions.TrimEntries);
        if (slashes.Length == 3 && Agencies.Contains(slashes[2].Trim('.', ' ')) && IsDatelinePlace(slashes[0]) && LooksLikeName(slashes[1]))
        {
            // «الدوحة/ زينب أوزتورك/ الأناضول», Anadolu's form: the place, the writer and the agency between slashes. The
            // agency at the end vouches for the name between.
            authors = [slashes[1]];
            return true;
        }

        var colon = t.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0)
        {
            // «جدة: محمد الأمين ياسين», «بيروت – «القدس العربي»: من سعد الياس»: the place (and the outlet), a colon, the
            // writer.
            var left = t[..colon].Trim();
            var right = t[(colon + 1)..].Trim();
            if (right.StartsWith("من ", StringComparison.Ordinal))
            {
                right = right[3..].Trim();
            }

            // «كسلا ـ «القدس العربي»: عمار عوض»: a tatweel between spaces is a dash too.
            var dash = left.IndexOfAny(['-', '–', '—', '\u0640']);
            var place = dash > 0 && left[(dash + 1)..].Trim() is var outlet && outlet.Length > 2 && outlet[0] is '«' or '"' or '“' ? left[..dash].Trim() : left;
            if (IsDatelinePlace(place) && Named(right))
            {
                authors = [right];
                return true;
            }

            return false;
        }

        foreach (var sep in new[] { " - ", " – ", " — ", " -", "- " })
        {
            if (t.IndexOf(sep, StringComparison.Ordinal) <= 0)
            {
                continue;
            }

            // «عمّان - بترا - رنا الخطيب»: an agency may stand between the place and the writer.
            var parts = t.Split(sep).Select(p => p.Trim()).ToArray();
            if (parts.Length is < 2 or > 3 || (parts.Length == 3 && !Agencies.Contains(parts[1])))
            {
                return false;
            }

            var name = parts[^1];
            if (!IsDatelinePlace(parts[0]) || !Named(name))
            {
                return false;
            }

            authors = [name];
            return true;
        }

        return false;
    }

    private static readonly FrozenSet<string> OutletWords = FrozenSet.ToFrozenSet(
        ["نيوز", "نت", "برس", "بوست", "الإخبارية", "الإخباري", "أونلاين", "اونلاين", "عربية", "news", "press", "online", "tv"], StringComparer.OrdinalIgnoreCase);

    private static readonly string[] OutletHeads = ["وكالة", "قناة", "صحيفة", "جريدة", "موقع", "مجلة", "إذاعة", "تلفزيون", "شبكة"];

    /// <summary>
    /// «وكالات», «رويترز», «سكاي نيوز عربية - أبوظبي», «موقع الخليج»: an agency or an outlet (perhaps with its city), not a
    /// writer, where a page's metadata or a feed names one as the author.
    /// </summary>
    public static bool IsOutlet(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var core = name.Trim();
        foreach (var dash in new[] { " - ", " – ", " — ", "/" })
        {
            var at = core.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0)
            {
                core = core[..at].Trim();
            }
        }

        return Agencies.Contains(core) || OutletHeads.Any(h => core.StartsWith(h + " ", StringComparison.Ordinal))
            || core.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(OutletWords.Contains);
    }

    /// <summary>«سامان عبد الله», «قيس أبو سمرة»: a name particle («عبد», «أبو», «بن») before the last word marks a person's
    /// name where the given name is not a common one.</summary>
    private static bool HasNameParticle(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 1; i < words.Length - 1; i++)
        {
            if (Text.TextDumpLines.Fold(words[i]) is "عبد" or "ابو" or "ابي" or "بن" or "ابن" or "بنت")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One to three words of Arabic letters, the first no given name: the place of a dateline.</summary>
    private static bool IsDatelinePlace(string place)
    {
        var words = place.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 3 && place.All(c => c == ' ' || c is >= '\u0621' and <= '\u064A' or >= '\u064B' and <= '\u0652')
            && !GivenNames.Contains(Text.TextDumpLines.Fold(words[0]));
    }

    /// <summary>Authors named by <paramref name="line"/> when the whole line is a byline; false otherwise.</summary>
    public static bool TryParse(string line, out IReadOnlyList<string> authors)
    {
        ArgumentNullException.ThrowIfNull(line);
        authors = [];
        var t = Whitespace.Collapse(line).Trim('•', '·', '-', '–', '—', '|', ' ', '*');
        if (t.Length < 3 || t.Length > 160)
        {
            return false;
        }

        foreach (var (cue, strict) in Cues)
        {
            if (!t.StartsWith(cue, StringComparison.OrdinalIgnoreCase) || t.Length == cue.Length)
            {
                continue;
            }

            var next = t[cue.Length];
            var separated = next is ':' or '-' or '–' or '—' or '/' or '|' or '\u0640';
            if (!separated && next != ' ')
            {
                // «كتبي», "Byron": the cue is the start of another word.
                continue;
            }

            var rest = t[cue.Length..].TrimStart(':', '-', '–', '—', '/', '|', '\u0640', ' ');
            if (rest.StartsWith(':'))
            {
                rest = rest.TrimStart(':', ' ');
            }

            var names = SplitNames(rest, maxWordsEach: strict && !separated ? 4 : 6);
            if (names.Count == 0 || (strict && !separated && names.Count > 2))
            {
                return false;
            }

            if (names is [var desk] && desk.Split(' ') is var deskWords && deskWords.Length <= 3 && deskWords.All(d => d.StartsWith("ال", StringComparison.Ordinal))
                && (desk.EndsWith('ي') || desk.EndsWith("ية", StringComparison.Ordinal)))
            {
                // «المحرر السياسي», «إعداد: القسم الاقتصادي»: a desk, not a person; the line is a byline with no name.
                authors = [];
                return true;
            }

            authors = names;
            return true;
        }

        return TryCorrespondent(t, out authors);
    }

    /// <summary>«مراسل الجزيرة في بيروت - فلان», «فلان، مراسل الجزيرة في بيروت», «مراسلنا في القاهرة: فلان».</summary>
    private static bool TryCorrespondent(string t, out IReadOnlyList<string> authors)
    {
        authors = [];
        var at = t.IndexOf("مراسل", StringComparison.Ordinal);
        if (at < 0 || t.Length > 100 || (at > 0 && t[at - 1] != ' ' && t[at - 1] != '،' && t[at - 1] != '-'))
        {
            return false;
        }

        var separators = new[] { " - ", " – ", " — ", ":", "،", " | ", "/" };
        foreach (var sep in separators)
        {
            var i = t.IndexOf(sep, StringComparison.Ordinal);
            if (i <= 0)
            {
                continue;
            }

            var left = t[..i].Trim();
            var right = t[(i + sep.Length)..].Trim();

            // The name is the side without «مراسل»; that side must read as a title, not a sentence.
            var leftIsTitle = left.Contains("مراسل", StringComparison.Ordinal);
            var nameSide = leftIsTitle ? right : left;
            var titleSide = leftIsTitle ? left : right;
            if (titleSide.Split(' ').Length > 8 || titleSide.Contains(" إن ", StringComparison.Ordinal) || titleSide.Contains(" أن ", StringComparison.Ordinal)
                || titleSide.StartsWith("قال", StringComparison.Ordinal))
            {
                return false;
            }

            var names = SplitNames(nameSide, 5);
            if (names.Count > 0 && !names[0].Contains("مراسل", StringComparison.Ordinal))
            {
                authors = names;
                return true;
            }
        }

        return false;
    }

    /// <summary>Splits «أحمد علي ومحمد حسن»/"X, Y and Z" into names, cutting trailing place/agency/date info.</summary>
    private static List<string> SplitNames(string rest, int maxWordsEach)
    {
        var names = new List<string>();

        // «أسامة الجارد - وليد الورفلي»: two bare names either side of a dash are two writers.
        foreach (var dash in new[] { " - ", " – " })
        {
            var at = rest.IndexOf(dash, StringComparison.Ordinal);
            if (at > 0 && IsBareName(rest[..at]) && rest[(at + dash.Length)..].Trim() is var second && IsBareName(second.TrimEnd('.', '،', ',')))
            {
                rest = rest[..at] + "، " + second;
            }
        }

        // What follows a bracket, a spaced dash, a bar or a slash is place/agency/date information.
        var cut = rest.Length;
        foreach (var stop in new[] { "(", " - ", " – ", " — ", "|", " / ", "\n", "•" })
        {
            var i = rest.IndexOf(stop, StringComparison.Ordinal);
            if (i >= 0 && i < cut)
            {
                cut = i;
            }
        }

        var body = rest[..cut].Trim().TrimEnd('.', '،', ',', ':', '-');
        if (body.Length == 0 || body.Any(char.IsDigit))
        {
            return names;
        }

        foreach (var part in body.Split([",", "،", " and ", " & ", " AND "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in SplitOnWaw(part))
            {
                var clean = CleanName(name, maxWordsEach, out var prose);
                if (prose)
                {
                    names.Clear();
                    return names;
                }

                if (clean is not null)
                {
                    names.Add(clean);
                }
            }
        }

        return names;
    }

    /// <summary>«أحمد علي ومحمد حسن» → two names: a word starting with «و» that is not itself a «و» name opens a new name.</summary>
    private static IEnumerable<string> SplitOnWaw(string part)
    {
        var words = part.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 0;
        for (var i = 1; i < words.Length; i++)
        {
            var w = words[i];
            if (w.Length >= 4 && w[0] == 'و' && !WawNames.Contains(w) && !w.StartsWith("ولد", StringComparison.Ordinal))
            {
                yield return string.Join(' ', words[start..i]);
                words[i] = w[1..];
                start = i;
            }
        }

        yield return string.Join(' ', words[start..]);
    }

    private static string? CleanName(string name, int maxWords, out bool prose)
    {
        prose = false;
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && Roles.Contains(words[0]))
        {
            words.RemoveAt(0);
        }

        // «أحمد علي من القاهرة»: a place after «من»/«في» at the end.
        var place = words.FindIndex(1, w => w is "من" or "في" or "from" or "in");
        if (place > 0 && words.Count - place <= 3)
        {
            words.RemoveRange(place, words.Count - place);
        }

        if (words.Count == 0)
        {
            return null;
        }

        var joined = string.Join(' ', words).Trim('.', ' ', '"', '«', '»');
        if (Agencies.Contains(joined) || joined.StartsWith("وكالة", StringComparison.Ordinal) || TitleWords.Any(tw => joined.Contains(tw, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        foreach (var w in words)
        {
            if (ProseWords.Contains(w))
            {
                prose = true;
                return null;
            }

            foreach (var c in w)
            {
                if (!(char.IsLetter(c) || c is '.' or '\'' or '’' or '-' or '\u0640' || c is >= '\u064B' and <= '\u065F'))
                {
                    prose = true;
                    return null;
                }
            }
        }

        if (words.Count > maxWords)
        {
            prose = true;
            return null;
        }

        return joined.Length is >= 2 and <= 60 ? joined : null;
    }
}
