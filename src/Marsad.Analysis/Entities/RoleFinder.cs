namespace Marsad.Analysis.Entities;

/// <summary>
/// Titles attached to a person: the phrase before the name («وزير الخارجية الأمريكي أنتوني بلينكن») or in apposition
/// after it («…، المتحدث باسم الحركة،»). The phrase runs from a title head over title words, nationality adjectives,
/// definite nouns and named organizations/places; its state (nationality or named state) becomes the person's
/// country, a named organization in it the affiliation.
/// </summary>
internal sealed class RoleFinder(ActorLexicon lexicon)
{
    private const int MaxRoleWords = 9;

    /// <summary>Words that end a role phrase: verbs of saying, particles, relatives, pronouns.</summary>
    private static readonly HashSet<string> Stops = new(StringComparer.Ordinal)
    {
        "قال", "وقال", "قالت", "وقالت", "اكد", "واكد", "اكدت", "اعلن", "واعلن", "اعلنت", "ان", "بان", "وان", "لان", "الذي",
        "التي", "الذين", "عن", "مع", "على", "الى", "بين", "قد", "كان", "وكان", "كانت", "لكن", "حيث", "هو", "هي", "ذلك", "هذا",
        "هذه", "كما", "او", "ثم", "بعد", "قبل", "منذ", "خلال", "اليوم", "امس", "يوم", "اضاف", "واضاف", "اشار", "واشار", "من",
        "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "مساء", "صباح", "فجر",
    };

    /// <summary>Linking words allowed inside a title: «المتحدث باسم الحركة», «سفير مصر لدى لبنان».</summary>
    private static readonly HashSet<string> Links = new(StringComparer.Ordinal) { "باسم", "لدى", "في", "العام", "الاعلى" };

    /// <summary>
    /// Names the tagger missed right after a title («نائب رئيس المكتب السياسي لحركة حماس خليل الحية إن»): up to four
    /// untagged words, the first a known given name, ending at punctuation, a stop word or a title word.
    /// </summary>
    public void AddTitledNames(SentenceView s, Gazetteer gazetteer)
    {
        for (var i = 0; i + 1 < s.Words.Length; i++)
        {
            if (!lexicon.IsTitleHead(s.Words[i]) || s.SpanAt(i) >= 0)
            {
                continue;
            }

            // The title chain after the head, then the candidate name.
            var k = i + 1;
            while (k < s.Words.Length && k - i < MaxRoleWords && s.SpanAt(k) < 0 && Continues(s, k)
                && (!gazetteer.IsPersonName(s.Words[k]) || lexicon.IsTitleHead(s.Words[k]) || lexicon.IsTitleWord(s.Words[k]) || lexicon.NationalityOf(s.Words[k]) is not null))
            {
                k++;
            }

            while (k < s.Words.Length && s.SpanAt(k) >= 0 && s.Spans[s.SpanAt(k)].Type != "PER")
            {
                k = s.Spans[s.SpanAt(k)].B;
            }

            // «وزير الخزانة الأمريكي في بيان»: a word after a linking preposition is no name («بيان» is also a given name).
            if (k >= s.Words.Length || s.SpanAt(k) >= 0 || !gazetteer.IsPersonName(s.Words[k]) || !IsNameWord(s.Words[k])
                || Links.Contains(NerText.Normalize(s.Words[k - 1])))
            {
                continue;
            }

            var end = k + 1;
            // («أبو علي العسكري»: after «أبو», «بن», «عبد» the next word is the name's, «علي» too, which reads as «على».)
            while (end < s.Words.Length && end - k < 4 && s.SpanAt(end) < 0
                && (IsNameWord(s.Words[end]) || (NerText.Normalize(s.Words[end - 1]) is "ابو" or "ام" or "ابن" or "بن" or "عبد" or "بنت" && !NerText.IsPunctuation(s.Words[end][0]))
                    || (end - k == 2 && NerText.Normalize(s.Words[k]) is "ابو" or "ام" && NerText.Normalize(s.Words[end]) is { Length: > 4 } laqab && laqab.StartsWith("ال", StringComparison.Ordinal)))
                && !(end - k >= 2 && IsCommonDefinite(s.Words[end], gazetteer) && !(end - k == 2 && NerText.Normalize(s.Words[k]) is "ابو" or "ام")))
            {
                end++;
            }

            s.Spans.Add((k, end, "PER"));
            s.Spans.Sort((x, y) => x.A.CompareTo(y.A));
            i = end - 1;
        }
    }

    /// <summary>
    /// «حذر الرئيس النيجيري بولا تينوبو، …»: after a title closed by a nationality, a foreign name the tagger cut and took
    /// for a place: one to three words, untagged or tagged as no known place, up to punctuation or a stop word, are the
    /// person's name.
    /// </summary>
    public void AddNamesAfterNationality(SentenceView s)
    {
        for (var i = 1; i + 2 < s.Words.Length; i++)
        {
            if (lexicon.NationalityOf(s.Words[i]) is null || !lexicon.IsTitleHead(s.Words[i - 1]) || s.SpanAt(i + 1) >= 0)
            {
                continue;
            }

            var end = i + 1;
            var placeLike = false;
            while (end < s.Words.Length && end - i <= 3)
            {
                var w = s.Words[end];
                var at = s.SpanAt(end);
                if (at >= 0)
                {
                    var (a, b, type) = s.Spans[at];
                    var name = s.TextOf(a, b);
                    if (type == "PER" || a != end || b - a > 2 || lexicon.StateOf(name) is not null || lexicon.CityOf(name) is not null || lexicon.CapitalOf(name) is not null)
                    {
                        break;
                    }

                    placeLike = true;
                    end = b;
                    continue;
                }

                if (!IsNameWord(w) || NerText.Normalize(w).StartsWith("ال", StringComparison.Ordinal) || lexicon.IsTitleHead(w) || lexicon.IsTitleWord(w)
                    || NerText.Normalize(w) is "ان" or "انه" or "بان" or "من" or "في" or "علي" or "الي" or "خلال" or "عن" or "مع")
                {
                    break;
                }

                end++;
            }

            // Only a name the tagger mistook for a place, closed by punctuation or a stop.
            if (!placeLike || end - i < 3 || end >= s.Words.Length || !(NerText.IsPunctuation(s.Words[end][0]) || Stops.Contains(NerText.Normalize(s.Words[end]))
                || NerText.Normalize(s.Words[end]) is "ان" or "انه" or "بان" or "من" or "في" or "خلال"))
            {
                continue;
            }

            s.Spans.RemoveAll(x => x.A > i && x.A < end);
            s.Spans.Add((i + 1, end, "PER"));
            s.Spans.Sort((x, y) => x.A.CompareTo(y.A));
            i = end - 1;
        }
    }

    private bool IsNameWord(string w) =>
        w.Length >= 2 && !NerText.IsPunctuation(w[0]) && NerText.Normalize(w) is var n && !Stops.Contains(n) && !Links.Contains(n)
        && !IsDefinitePlural(n)
        && !lexicon.IsTitleHead(w) && !lexicon.IsTitleWord(w) && lexicon.NationalityOf(w) is null;

    /// <summary>
    /// «نبيل أبو ردينة المجتمع الدولي»: after two name words, a definite word that is no nisba family name («الحوثي»)
    /// and no name the gazetteer knows is the object after the name, not more of it.
    /// </summary>
    private static bool IsCommonDefinite(string word, Gazetteer gazetteer)
    {
        var n = NerText.Normalize(word);
        return n.StartsWith("ال", StringComparison.Ordinal) && !n.EndsWith('ي') && !gazetteer.IsPersonName(word);
    }

    /// <summary>«الغارات», «الاتهامات»: a definite plural in -ات, which ends no name (the object after one).</summary>
    internal static bool IsDefinitePlural(string normalized) =>
        normalized.Length > 4 && normalized.StartsWith("ال", StringComparison.Ordinal) && normalized.EndsWith("ات", StringComparison.Ordinal);

    public void Attach(SentenceView s, int a, int b, Mention person)
    {
        // Before the name, possibly set off by a comma («وزير الخارجية، جون كيري»).
        var end = a;
        if (a >= 2 && s.Words[a - 1] is "،" or "," && s.SpanAt(a - 2) < 0)
        {
            end = a - 1;
        }
        else if (a >= 3 && IsTrailingRank(s.Words[a - 1]) && s.Words[a - 2] is "،" or "," && s.SpanAt(a - 3) < 0)
        {
            // «رئيسة الحكومة التونسية، السيدة سارة الزعفراني»: a comma and an honorific between the office and the name.
            end = a - 2;
        }

        var lo = end;
        // Words of a body's name the tagger found, and brackets, count as one word: «المفوض العام لوكالة الأمم المتحدة
        // لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) فيليب لازاريني».
        var named = 0;
        for (var i = end - 1; i >= 0 && end - i - named <= MaxRoleWords; i--)
        {
            if (!Continues(s, i))
            {
                break;
            }

            if (s.Words[i] is "(" or ")" || (s.SpanAt(i) is var at && at >= 0 && s.Spans[at].A < i))
            {
                named++;
            }

            lo = i;
        }

        var head = -1;
        for (var i = lo; i < end; i++)
        {
            if (lexicon.IsTitleHead(s.Words[i]) || IsGluedHead(s.Words[i]))
            {
                head = i;
                break;
            }
        }

        if (head >= 0)
        {
            Add(s, head, end, person);
        }
        else if (a >= 2 && lexicon.NationalityOf(s.Words[a - 1]) is { } counterpartOf && NerText.Normalize(s.Words[a - 2]).StartsWith("نظير", StringComparison.Ordinal))
        {
            // «التقى وزير الخارجية السعودي … نظيره الإيراني حسين أمير عبداللهيان»: the counterpart's nationality.
            person.Country ??= counterpartOf;
        }

        // In apposition after it: «X، وزير الخارجية الأمريكي،» or «X وزير الخارجية».
        var j = b;
        if (j < s.Words.Length && s.Words[j] is "،" or ",")
        {
            j++;
        }

        // A raw head only: «، وسفيرة …» after a name starts another person, not an apposition. Without a comma, not
        // after the subject of a verb of meeting: «واستقبل الرئيس عبد الفتاح السيسي أمير قطر» names the guest.
        if (j < s.Words.Length && lexicon.IsRawTitleHead(s.Words[j]) && s.SpanAt(j) < 0 && (j > b || !AfterMeetingVerb(s, head >= 0 ? head : a)))
        {
            var hi = j + 1;
            while (hi < s.Words.Length && hi - j < MaxRoleWords && Continues(s, hi) && (s.SpanAt(hi) < 0 || s.Spans[s.SpanAt(hi)].Type != "PER"))
            {
                hi++;
            }

            // «استجوب المحقق العدلي طارق البيطار رئيس الحكومة السابق حسان دياب»: a title that runs into another person's
            // name is that person's.
            if (hi < s.Words.Length && s.SpanAt(hi) is var nextSpan && nextSpan >= 0 && s.Spans[nextSpan].Type == "PER" && s.Spans[nextSpan].A == hi)
            {
                return;
            }

            Add(s, j, hi, person);
        }
    }

    /// <summary>Verbs whose subject is followed by whom they meet, receive or call (normalized, conjunction off).</summary>
    private static readonly HashSet<string> MeetingVerbs = new(new[]
    {
        "استقبل", "استقبلت", "التقى", "التقت", "يستقبل", "تستقبل", "يلتقي", "تلتقي", "هاتف", "هاتفت", "صافح", "صافحت", "ودع", "ودعت",
        "قلد", "قلدت", "منح", "منحت", "هنأ", "هنأت", "عزى", "عزت", "بحث", "بحثت", "استدعى", "استدعت", "زار", "زارت", "التقي",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>Whether the word right before word <paramref name="i"/> is a verb of meeting (conjunction off).</summary>
    private static bool AfterMeetingVerb(SentenceView s, int i)
    {
        if (i < 1)
        {
            return false;
        }

        var w = NerText.Normalize(s.Words[i - 1]);
        return MeetingVerbs.Contains(w) || (w.Length > 3 && w[0] is 'و' or 'ف' && MeetingVerbs.Contains(w[1..]));
    }

    private bool Continues(SentenceView s, int i)
    {
        var w = s.Words[i];
        if (w.Length == 0)
        {
            return false;
        }

        // Quotation marks around a party's name («المؤتمر الوطني») and unit numbers («الفرقة 11») stay inside; so does a
        // body's acronym in brackets («المفوض العام لوكالة … (الأونروا) فيليب لازاريني»).
        if (w is "«" or "»" or "\"" or "“" or "”" || char.IsDigit(w[0])
            || (w is ")" && i >= 2 && s.Words[i - 2] is "(") || (w is "(" && i + 2 < s.Words.Length && s.Words[i + 2] is ")"))
        {
            return true;
        }

        if (NerText.IsPunctuation(w[0]))
        {
            return false;
        }

        var span = s.SpanAt(i);
        if (span >= 0)
        {
            return s.Spans[span].Type != "PER";
        }

        // «لحركة حماس», «باسم الخارجية»: a word leading into a named organization or place continues the title.
        if (i + 1 < s.Words.Length && s.SpanAt(i + 1) is var next && next >= 0 && s.Spans[next].Type != "PER")
        {
            return true;
        }

        var folded = NerText.Normalize(w);
        if ((folded == "عن" && i > 0 && lexicon.IsTitleHead(s.Words[i - 1])) || (folded == "في" && i > 0 && ActorLexicon.TakesFi(s.Words[i - 1])))
        {
            // «القيادي في حركة الجهاد الإسلامي محمد الهندي», «عضو في المكتب السياسي».

            // «النائب عن تحالف السيادة خالد العبيدي», «المسؤول عن الملف»: «عن» after a title head belongs to it.
            return true;
        }

        if (Stops.Contains(folded))
        {
            return false;
        }

        // «رئيس الوزراء الفلسطيني والوفد المرافق له»: after the nationality that closes a title, «و» opens another phrase
        // (unless it opens a second title: «… السعودي والمتحدث الرسمي للجنة»).
        if (folded.StartsWith("وال", StringComparison.Ordinal) && i > 0 && lexicon.NationalityOf(s.Words[i - 1]) is not null && !lexicon.IsTitleHead(w[1..]))
        {
            return false;
        }

        if (Links.Contains(folded) || lexicon.IsTitleHead(w) || lexicon.IsTitleWord(w) || lexicon.NationalityOf(w) is not null || IsGluedHead(w))
        {
            return true;
        }

        // «نائب رئيس المكتب السياسي لحركة "حماس" موسى أبو مرزوق», «… لـ"أنصار الله" حسين العزي»: a preposition or a
        // noun with one leads into a quoted name, which stays inside the title.
        var quoteNext = i + 1 < s.Words.Length && s.Words[i + 1] is "«" or "\"" or "“";
        if (quoteNext && (folded == "ل" || (folded.Length > 3 && folded[0] is 'ل' or 'ب') || ConstructNouns.Contains(folded)))
        {
            return true;
        }

        // Definite nouns («الخارجية», «للحركة») continue a title; bare words (mostly verbs) end it.
        var stripped = folded.AsSpan(folded.Length > 1 && folded[0] is 'و' or 'ف' ? 1 : 0);
        if (stripped.StartsWith("ال", StringComparison.Ordinal) || stripped.StartsWith("لل", StringComparison.Ordinal) || stripped.StartsWith("بال", StringComparison.Ordinal))
        {
            return true;
        }

        // A noun in construct with the definite word after it: «وزير الخارجية وشؤون المغتربين», «المفوض العام لوكالة
        // الأونروا» (a preposition on the noun, or a noun that heads offices).
        // «رئيس حكومة تصريف الأعمال»: a chain of such nouns before the definite one.
        return i + 1 < s.Words.Length && (NerText.Normalize(s.Words[i + 1]).StartsWith("ال", StringComparison.Ordinal)
                || (ConstructNouns.Contains(stripped.ToString()) && ConstructNouns.Contains(NerText.Normalize(s.Words[i + 1]))))
            && ((stripped.Length > 3 && stripped[0] is 'ل' or 'ب') || ConstructNouns.Contains(stripped.ToString()));
    }

    /// <summary>Whether a word is a rank or honorific that stands right before a name («الأمير», «الدكتور»).</summary>
    internal static bool IsTrailingRank(string word) => TrailingRanks.Contains(NerText.Normalize(word));

    /// <summary>Ranks and honorifics that stand right before a name (normalized).</summary>
    private static readonly HashSet<string> TrailingRanks = new(new[]
    {
        "الأمير", "الشيخ", "الدكتور", "السفير", "اللواء", "العماد", "الفريق", "العميد", "العقيد", "المشير", "الجنرال", "السيد", "السيدة",
        "المهندس", "الأستاذ", "القاضي", "الرائد", "المقدم", "الأدميرال", "النقيب",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>Nouns that head an office or a body inside a title (normalized): «شؤون», «قطاع», «هيئة» ….</summary>
    private static readonly HashSet<string> ConstructNouns = new(new[]
    {
        "شؤون", "قطاع", "هيئة", "مكتب", "مجلس", "وزارة", "جهاز", "إدارة", "دائرة", "لجنة", "مركز", "مؤسسة", "وكالة", "شعبة", "قسم",
        "حكومة", "تصريف",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    private void Add(SentenceView s, int from, int to, Mention person)
    {
        // «رئيس الوزراء التركي رئيس حزب العدالة والتنمية»: two titles, split where a head follows a nationality.
        for (var i = from + 2; i < to; i++)
        {
            if (IsHeadWord(s.Words[i]) && s.SpanAt(i) < 0 && lexicon.NationalityOf(s.Words[i - 1]) is not null)
            {
                AddOne(s, from, i, person);
                from = i;
            }
            else if (IsHeadWord(s.Words[i]) && NerText.Normalize(s.Words[i]).StartsWith("ال", StringComparison.Ordinal) && s.SpanAt(i) < 0
                && !IsTrailingRank(s.Words[i]) && s.SpanAt(i - 1) is var place && place >= 0 && s.Spans[place].Type == "LOC"
                && s.Spans[place].A > from && NerText.Normalize(s.Words[s.Spans[place].A - 1]) is "في" or "ب")
            {
                // «استقبل الرئيس العراقي في بغداد المبعوث الأمريكي توم باراك»: a title closed by where it was held, then
                // a new definite title: the first is someone else's (the host's), only the second is the name's.
                from = i;
            }
        }

        AddOne(s, from, to, person);
    }

    /// <summary>«برئيس», «لوزير»: a title head with a one-letter preposition written on it («اتصالا هاتفيا برئيس الوزراء العراقي
    /// محمد شياع السوداني»); the role starts after the letter.</summary>
    private bool IsGluedHead(string w) => w.Length > 4 && w[0] is 'ب' or 'ل' && !lexicon.IsRawTitleHead(w) && lexicon.IsRawTitleHead(w[1..]);

    private bool IsHeadWord(string w) => lexicon.IsRawTitleHead(w) || (w.Length > 3 && w[0] == 'و' && lexicon.IsRawTitleHead(w[1..]));

    private void AddOne(SentenceView s, int from, int to, Mention person)
    {
        // Trim linking words and punctuation at the end («… في», «… »»).
        // «الأمين العام» keeps its adjective: only prepositions are trimmed.
        while (to > from + 1 && ((NerText.Normalize(s.Words[to - 1]) is var link && Links.Contains(link) && link is not ("العام" or "الاعلى"))
            || (NerText.IsPunctuation(s.Words[to - 1][0]) && !HasOpenQuote(s, from, to - 1) && !(s.Words[to - 1] is ")" && to - 3 >= from && s.Words[to - 3] is "("))))
        {
            to--;
        }

        // «وزير الخارجية السعودي الأمير فيصل بن فرحان», «رئيس الجمهورية العماد جوزاف عون»: a rank or honorific between
        // the office and the name is the person's, not the office's.
        while (to > from + 1 && TrailingRanks.Contains(NerText.Normalize(s.Words[to - 1])))
        {
            to--;
        }

        // «رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان», «الفريق الركن»: a rank of two words.
        if (to > from + 2 && NerText.Normalize(s.Words[to - 1]) is "اول" or "ركن" or "الركن" && TrailingRanks.Contains(NerText.Normalize(s.Words[to - 2])))
        {
            to -= 2;
        }

        var start = s.Tokens[s.From + from].Start;
        var first = s.Words[from];
        var prefix = "";
        if ((first.Length > 3 && first[0] == 'و' && !lexicon.IsRawTitleHead(first) && lexicon.IsRawTitleHead(first[1..])) || IsGluedHead(first))
        {
            // «ووزير …», «برئيس الوزراء …»: the conjunction or the preposition written on the head is no part of the role.
            start++;
        }
        else if (first.Length > 4 && first.StartsWith("لل", StringComparison.Ordinal) && lexicon.IsRawTitleHead("ال" + first[2..]))
        {
            // «للرئيس السابق» → «الرئيس السابق».
            start += 2;
            prefix = "ال";
        }

        var role = prefix + s.Text[start..s.Tokens[s.From + to - 1].End];
        if (!person.Roles.Contains(role))
        {
            person.Roles.Add(role);
        }

        var sawBody = false;
        var envoy = PostingHeads.Contains(NerText.Normalize(s.Words[from]) is var h && h.StartsWith("ال", StringComparison.Ordinal) ? h[2..] : h);
        for (var i = from; i < to; i++)
        {
            if (lexicon.NationalityOf(s.Words[i]) is { } code)
            {
                person.Country ??= code;
                continue;
            }

            var span = s.SpanAt(i);
            if (span >= 0)
            {
                var (a, b, type) = s.Spans[span];
                var name = s.TextOf(a, b);
                if (type == "ORG")
                {
                    person.Affiliation ??= name;
                    sawBody |= IsInternational(name);
                }
                else if (type == "LOC" && lexicon.StateOf(name) is { } state
                    // «سفير الاتحاد الأوروبي في ليبيا», «منسق الأمم المتحدة في اليمن», «ممثل اليونيسف في اليمن»: the state
                    // after «في/لدى» is where a body's official or an envoy serves, not his own.
                    && !(a > from && NerText.Normalize(s.Words[a - 1]) is "في" or "لدي" && (sawBody || envoy)))
                {
                    person.Country ??= state;
                }

                i = b - 1;
            }
        }
    }

    /// <summary>«الأمم المتحدة», «الاتحاد الأوروبي», «منظمة الصحة العالمية», «اللجنة الدولية …»: a body above states.</summary>
    private static bool IsInternational(string name) =>
        name.Split(' ').Any(w => NerText.Normalize(w) is var n && (n.StartsWith("الامم", StringComparison.Ordinal) || n.StartsWith("للامم", StringComparison.Ordinal)
            || InternationalWords.Contains(n)));

    private static readonly HashSet<string> InternationalWords = new(new[]
    {
        "الدولي", "الدولية", "العالمي", "العالمية", "الأممي", "الأممية", "الأوروبي", "الأوروبية", "الأفريقي", "الإفريقي", "الأفريقية",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>Heads of the titles of officials posted abroad or of international bodies (normalized, without «ال»).</summary>
    private static readonly HashSet<string> PostingHeads = new(new[]
    {
        "سفير", "سفيرة", "مندوب", "مندوبة", "مبعوث", "مبعوثة", "ممثل", "ممثلة", "منسق", "منسقة", "مقرر", "مقررة", "قنصل",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>True when «…» or "…" opened inside [from, end] and closes at <paramref name="end"/>.</summary>
    private static bool HasOpenQuote(SentenceView s, int from, int end)
    {
        var w = s.Words[end];
        if (w is not ("»" or "\"" or "”"))
        {
            return false;
        }

        for (var i = from; i < end; i++)
        {
            if (s.Words[i] is "«" or "\"" or "“")
            {
                return true;
            }
        }

        return false;
    }
}
