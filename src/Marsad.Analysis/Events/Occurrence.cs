using System.Collections.Frozen;
using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

/// <summary>
/// Whether a PROTEST or ASSAULT trigger reports a real occurrence rather than naming a topic. News Arabic uses the
/// same words for the act and the subject matter: «مسيرة» is a march and a career, «مقاطعة» a boycott and a province,
/// «تستهدف» an attack and an aim, «الهجوم» a raid and a football line, «الانتفاضة» last night's uprising and the one
/// of 2011. Three tests, cheapest first: the word's other senses (spelling, neighbours), a domain word elsewhere in the
/// sentence for the ambiguous words, and for nouns an anchor that makes them one occurrence (an eventive verb, a time,
/// a place, a count, a relative clause, the actor's genitive) with no topic frame («قانون التظاهر», «ملف الهجمات»).
/// </summary>
internal static class Occurrence
{
    /// <summary>Words that turn a following event noun into a subject matter or a past era.</summary>
    private static readonly FrozenSet<string> TopicFrames = new[]
    {
        "حول", "بشان", "بخصوص", "ملف", "قانون", "حق", "ظاهره", "مكافحه", "ثقافه", "موضوع", "منذ", "ابان", "ذكري", "مثل",
        "وقف", "ايقاف", "لوقف", "بوقف", "هدنه", "تاريخ", "اسلوب", "ادوات", "خطر", "مخاطر", "منع", "لمنع", "تجريم", "تنظيم",
        "الغاء", "لالغاء", "بالغاء", "تاجيل", "قواعد", "حكم", "تحريم", "لشن", "لتنفيذ", "لارتكاب",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs (and their nouns) that assert an event noun happened: «اندلعت احتجاجات», «نفذ هجوما», «شارك في مسيرة».</summary>
    private static readonly string[] EventiveStems =
    [
        "اندلع", "شهد", "تشهد", "يشهد", "نظم", "ينظم", "تنظم", "خرج", "يخرج", "تخرج", "شارك", "يشارك", "نفذ", "ينفذ", "شن", "يشن", "وشن", "فشن",
        "تشن", "وقع", "يقع", "تعرض", "يتعرض", "تتعرض", "اسفر", "جرت", "جري", "يجري", "تجري", "انطلق", "تنطلق", "تجمع", "قام",
        "يقوم", "تقوم", "اوقع", "خلفت", "تبني", "يتبني", "استمر", "تواصل", "يواصل", "اتسع", "امتد", "عمت", "اجتاح",
        "فرقت", "فرق", "تفريق", "فضت", "فض اعتصام", "قمع", "اصيب", "قتل", "سقط", "ادي", "تسبب", "استهدف", "طالت", "ضرب", "هزت", "هز انفجار", "نجم", "واجه",
        "احتشد", "رفع", "ردد", "هتف", "طالب", "ندد", "قطع", "اغلق", "اعلن", "ارتفع", "تصاعد", "حده", "تجدد", "نزل", "توجه", "مشارك",
    ];

    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "امس", "اليوم", "الليله", "الليل", "ليل", "ليله", "صباح", "مساء", "فجر", "ظهر", "عصر", "اليومين", "الاسبوع", "حاليا", "الان",
        "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "سبت", "احد", "اثنين", "ثلاثاء", "اربعاء", "خميس",
        "جمعه", "يوم", "يومي", "الماضي", "الماضيه", "الجاري", "اثناء", "خلال", "عقب", "اثر", "الساعات", "لاحق", "اعقاب",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CountWords = new[]
    {
        "عشرات", "مئات", "ميات", "الاف", "آلاف", "الوف", "الف", "مئه", "ميه", "الاف", "عده", "سلسله", "موجه", "حشود", "حشد", "نحو", "قرابه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Protest words that make an ambiguous protest word («مسيرة», «مقاطعة», «شغب», «انتفاضة») a protest.</summary>
    private static readonly string[] ProtestContext =
    [
        "متظاهر", "محتج", "احتجاج", "تظاهر", "مظاهرات", "اعتصام", "معتصم", "شعار", "هتاف", "هتف", "لافت", "تنديد", "منددين", "رفضا", "تنديدا",
        "مندد", "مطالبين", "مطالبه", "غاضب", "غضب", "احتشد", "تجمهر", "المسيل", "تفريق", "الشارع", "الشوارع", "ساحه", "ميدان",
        "سلميه", "حاشد", "رافضين", "رافضه", "مليوني", "اضراب", "عصيان", "انتخابات", "منتجات", "بضائع", "بضايع", "سلع",
    ];

    /// <summary>Violence words that make an ambiguous assault word («تستهدف», «الرصاصة», «انفجار») an attack.</summary>
    private static readonly string[] AssaultContext =
    [
        "قصف", "صاروخ", "صواريخ", "قذيف", "قذائف", "قذايف", "غاره", "غارات", "هجوم", "هجمات", "هاجم", "تفجير", "مفخخ", "انتحاري", "ارهاب",
        "مسلح", "رصاص", "اطلاق", "نار", "قتل", "قتلي", "مقتل", "جرحي", "مصاب", "اصاب", "اصيب", "استشهاد", "استشهد", "شهداء", "طائرات", "طايرات", "مسيره", "مسيرات", "درون", "جويه", "الجويه",
        "مدفعي", "عبوه", "ناسف", "اعتداء", "اشتباك", "معارك", "داعش", "الحوثي", "ميليشي", "مليشي", "متمرد", "قناص", "دمر", "تدمير", "قوات", "جيش", "جنود", "مقاتل", "سلاح", "اسلح",
        "سكاكين", "سكين", "عصي", "حجار", "مركز", "نقطه", "حاجز", "دوريه", "قريه", "بلده", "مواقع", "معسكر", "ثكن",
    ];

    /// <summary>Stems whose other sense is common in news: they need a word of their domain in the sentence.</summary>
    private static readonly FrozenSet<string> AmbiguousProtest = new[]
    {
        "مسيره", "مسيرات", "مقاطعه", "شغب", "انتفاضه", "انتفاض", "هتف", "قطع", "يوم", "احتشد", "تجمهر",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AmbiguousAssault = new[]
    {
        "استهدف", "يستهدف", "تستهدف", "استهداف", "رصاص", "انفجار", "انفجر", "قذيفه", "قذائف", "قذايف", "تعذيب", "عذب", "ذبح", "دهس", "هاجم", "يهاجم", "تهاجم",
        // «ضربة»: also a blow to an economy, a penalty kick, sunstroke.
        "ضربه", "ضربات",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of repelling or confronting an attack: it happened («صد هجوما», «تصدت لهجوم»).</summary>
    private static readonly FrozenSet<string> Repelled = new[]
    {
        "صد", "صدت", "صدوا", "يصد", "تصد", "تصدت", "تصدي", "تصدوا", "يتصدي", "يصدون", "احبطت", "احبط", "وصد", "وصدت", "فصد",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a word (folded) is a verb of repelling or confronting an attack («صدت», «تصدت»).</summary>
    internal static bool IsRepelVerb(ReadOnlySpan<char> key) => RepelledLookup.Contains(key);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RepelledLookup = Repelled.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adjectives right after an event noun that describe one occurrence of it.</summary>
    private static readonly FrozenSet<string> SizeWords = new[]
    {
        "واسعه", "واسع", "حاشده", "حاشد", "غاضبه", "غاضب", "عارمه", "عارم", "عنيفه", "عنيف", "ضخمه", "ضخم", "مماثله", "مماثل",
        "كبيره", "كبير", "انتحاري", "انتحاريه", "دموي", "دمويه", "مسلح", "مسلحه", "مفخخه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Purposes of a crowd that is not protesting: «احتشد كثيرون لمشاهدة الألعاب النارية».</summary>
    private static readonly string[] LeisureWords =
    [
        "لمشاهد", "مشاهده", "لمتابع", "للاحتفال", "احتفال", "احتفالا", "لاستقبال", "استقبال", "للترحيب", "ترحيبا", "لالتقاط", "للاستمتاع",
        "لتشجيع", "العاب", "مهرجان", "حفل",
    ];

    /// <summary>
    /// Words of a charge or an accusation: what follows them in the clause is alleged, not reported as done («بتهم … قطع
    /// الطرق», «المتهمون في اعتداءات 11 سبتمبر», «تتهم … والدها … بتعذيبها»).
    /// </summary>
    private static readonly FrozenSet<string> ChargeWords = new[]
    {
        "تهمه", "تهم", "بتهمه", "بتهم", "التهم", "بالتهم", "متهم", "المتهم", "متهمين", "المتهمين", "متهمون", "المتهمون", "متهمه",
        "المتهمه", "مدان", "المدان", "مدانين", "المدانين", "مدانون", "المدانون", "اتهام", "باتهام", "اتهامات", "الاتهامات",
        "اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم", "يتهمون", "تتهمه", "يتهمه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a march is in «مسيرة التنمية», «مسيرته الكروية»: a career or a course, not a march.</summary>
    private static readonly FrozenSet<string> CourseWords = new[]
    {
        "التعليميه", "المهنيه", "الفنيه", "الكرويه", "الدراسيه", "الرياضيه", "العلميه", "العمليه", "الغنائيه", "الغناييه", "التنمويه",
        "الاحترافيه", "الادبيه", "الاعلاميه", "الحافله", "التنميه", "السلام", "البناء", "العطاء", "الخير", "الخيره", "التطوير",
        "الاصلاح", "النماء", "التقدم", "الحج", "التعليم", "العمل", "المراه", "الشباب", "الطالب", "المبتعث", "التحكيم", "الوطن",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Who or what is killed in a sermon, a saying or a figure of speech: «قتل النفس», «قتل الأبرياء», «قتل الوقت».</summary>
    private static readonly FrozenSet<string> GenericVictims = new[]
    {
        "نفس", "النفس", "الانفس", "انفس", "ابرياء", "الابرياء", "للابرياء", "المسلم", "مسلم", "المعصوم", "المعصومه", "الانسان",
        "انسان", "للانسان", "البشر", "عباد", "عبادا", "الوقت", "وقت", "كل", "الملل", "الطموح", "الامل", "الروح", "الفراغ", "الحيتان",
        "الحيوانات", "الكلاب", "الطموحات", "المواهب", "الابداع", "الفرحه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads of a campaign, a plan or a study whose «استهدفت» is an aim, not an attack.</summary>
    private static readonly FrozenSet<string> AimHeads = new[]
    {
        "حمله", "حملات", "الحمله", "الحملات", "برنامج", "البرنامج", "مبادره", "المبادره", "دراسه", "الدراسه", "خطه", "الخطه",
        "قرار", "القرار", "مشروع", "المشروع", "استبيان", "الاستبيان", "ورشه", "دوره", "الدوره", "جوله", "الجوله", "اجراءات",
        "الاجراءات", "عقوبات", "العقوبات", "تعديلات", "التعديلات", "انظمه", "الانظمه", "ضوابط", "الضوابط", "زياره", "الزياره",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Football words that make «هاجم», «خطف», «اشتباك» sport.</summary>
    private static readonly string[] FootballContext = ["مباراه", "لاعب", "المرمي", "هدف", "مدرب", "الكره", "تمريره", "ركله", "الشوط", "الدوري", "البطاقه", "النادي", "المنتخب"];

    /// <summary>Animals that attack: «هجوم سمكة القرش» is no assault.</summary>
    private static readonly string[] Animals = ["قرش", "اسماك", "سمكه", "تمساح", "افعي", "ثعبان", "ضباع", "نحل"];

    /// <summary>What «استشهد ب» cites: a verse, a saying.</summary>
    private static readonly string[] Cited = ["باي", "بالاي", "بقول", "بحديث", "بالحديث", "بالقران", "بكلام", "بمقول", "ببيت", "بابيات", "بالمثل", "بمثل", "بما", "بنص", "بالنص"];

    /// <summary>What drones do or are, near «مسيرات»: «مسيرات تابعة للدعم السريع قصفت …», «أسقط الجيش مسيرة».</summary>
    private static readonly FrozenSet<string> DroneWords = new[]
    {
        "قصفت", "قصف", "استهدفت", "استهدف", "هاجمت", "ضربت", "انفجرت", "تابعه", "انتحاريه", "مفخخه", "ملغمه", "مسلحه", "اسقط", "اسقطت",
        "اعترض", "اعترضت", "اطلق", "اطلقت", "اطلاق", "اسقاط", "اعتراض", "بمسيره", "بمسيرات", "هجوم", "هجمات", "غاره", "غارات", "ايرانيه", "الصنع",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«مسيرات تابعة لـ«الدعم السريع» قصفت محطة كهرباء»: drones, by what they do or who fires them.</summary>
    private static bool DroneUse(List<Word> words, int w, int after)
    {
        for (var i = Math.Max(0, w - 2); i < Math.Min(words.Count, after + 4); i++)
        {
            if (i != w && DroneWords.Contains(ArabicWords.StripConjunction(words[i].Key).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Plots and plans (folded, no article): what they aim at is no act.</summary>
    private static readonly FrozenSet<string> PlotWords = new[]
    {
        "مخطط", "مخططا", "مخططات", "خطه", "خطط", "موامره", "محاوله", "محاولات",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether the imperfect at <paramref name="w"/> («تستهدف», «يستهدف», after «كانت» or «التي») describes a plot named
    /// at most four words before it.
    /// </summary>
    private static bool PlottedBefore(List<Word> words, int w)
    {
        var verb = ArabicWords.StripConjunction(words[w].Key);
        if (verb.Length < 4 || verb[0] is not ('ي' or 'ت') || (verb[0] == 'ت' && verb[1] == 'م'))
        {
            return false;
        }

        for (var i = w - 1; i >= 0 && i >= w - 4; i--)
        {
            if (PlotWords.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(words[i].Key)).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Heads that make «مسيرة» a drone («طائرة مسيرة»).</summary>
    private static readonly FrozenSet<string> DroneHeads = new[] { "طائره", "طايره", "طائرات", "طايرات", "الطائره", "الطايره", "الطائرات", "الطايرات" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsOccurrence(SentenceView s, int w, int after, Trigger t)
    {
        if (t.Type is not ("PROTEST" or "ASSAULT"))
        {
            return true;
        }

        var words = s.Words;
        var stem = t.Words[0].Stem;
        var bare = Bare(words[w].Key);
        var raw = s.Text.AsSpan(words[w].Start, words[w].End - words[w].Start);
        var prev = w > 0 ? ArabicWords.StripConjunction(words[w - 1].Key).ToString() : string.Empty;
        var next = after < words.Count ? words[after].Key : string.Empty;

        if (!OtherSenses(s, w, after, t, stem, bare, raw, prev, next))
        {
            return false;
        }

        if ((t.Type == "PROTEST" ? AmbiguousProtest : AmbiguousAssault).Contains(stem)
            && !HasContext(words, w, after, t.Type == "PROTEST" ? ProtestContext : AssaultContext)
            && !(t.Type == "ASSAULT" && HasArmedActor(s))
            // «الضربات الأمريكية على سوريا», «ضربات على إيران»: a state's strikes, or strikes on a state, are armed ones.
            && !(t.Type == "ASSAULT" && !t.IsVerb && StateStrike(s, after)))
        {
            return false;
        }

        if (t.Type == "ASSAULT" && PlottedBefore(words, w))
        {
            // «أحبطت مخططات إرهابية كانت تستهدف منشآت حيوية»: what a plot aimed at did not happen.
            return false;
        }

        if (t.IsVerb)
        {
            // «اتهمها بتعذيبها», «بتهمة قتل»: a masdar after «ب» in a charge is alleged.
            return !(words[w].Key.StartsWith('ب') && Charged(s, w));
        }

        // «الذكرى 12 لاستشهاد»: a frame may stand before a number.
        var framePrev = prev.Length > 0 && char.IsDigit(prev[0]) && w > 1 ? ArabicWords.StripConjunction(words[w - 2].Key).ToString() : prev;
        if (TopicFrames.Contains(prev) || TopicFrames.Contains(Bare(prev)) || TopicFrames.Contains(Bare(framePrev))
            || (t.Kind != TriggerKind.Agent && Charged(s, w)))
        {
            return false;
        }

        if (t.Kind == TriggerKind.Agent && words[w].Key.EndsWith('ا') && w + 1 < words.Count && !char.IsDigit(words[w - Math.Min(w, 1)].Key[0]))
        {
            // «إن متظاهرا قتل برصاص قوات الأمن»: one protester in the accusative is what happened to someone, not a
            // protest (the singular indefinite object; a count before it is another matter).
            return false;
        }

        if (t.Kind == TriggerKind.Agent && ObjectOfCoercion(words, w))
        {
            // «أعلنت الداخلية توقيف عشرات المحتجين», «اعتقلت الشرطة المتظاهرين»: the people are the object of the
            // police's act; their own act is not told.
            return false;
        }

        return t.Kind == TriggerKind.Agent ? AgentActs(s, w, after) || VerbBefore(words, w) || Anchored(s, w, after) : Anchored(s, w, after);
    }

    /// <summary>Arrests, dispersals and crackdowns whose object may be an agent noun (folded, no conjunction).</summary>
    private static readonly FrozenSet<string> CoercionWords = new[]
    {
        "توقيف", "اعتقال", "احتجاز", "حبس", "بحبس", "ملاحقه", "قمع", "تفريق", "لتفريق", "فض", "اوقفت", "اوقف", "اعتقلت", "اعتقل", "احتجزت", "فرقت",
        "قمعت", "لاحقت", "بتوقيف", "باعتقال", "باحتجاز", "بتفريق", "بقمع", "لاعتقال", "لقمع",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Counts between a coercion word and its object: «توقيف عشرات المحتجين», «اعتقال 20 متظاهرا».</summary>
    private static bool ObjectOfCoercion(List<Word> words, int w)
    {
        var j = w - 1;
        if (j >= 0 && (char.IsDigit(words[j].Key[0]) || Bare(words[j].Key) is "عشرات" or "مييات" or "ميات" or "الاف" or "عدد" or "العديد" or "بعض" or "من"))
        {
            j--;
        }

        if (j >= 0 && words[j].Key == "من" && j > 0)
        {
            j--;
        }

        return j >= 0 && CoercionWords.Contains(ArabicWords.StripConjunction(words[j].Key).ToString());
    }

    /// <summary>
    /// A word of violence in the sentence (beside the trigger) or an armed actor (a code with REB, RAD, MIL or UAF:
    /// «حركة الشباب», «الجيش»): «هاجم» is then an attack, not criticism.
    /// </summary>
    internal static bool HasViolence(SentenceView s, int w, int after) => HasContext(s.Words, w, after, AssaultContext) || HasArmedActor(s);

    /// <summary>As <see cref="HasViolence"/>, but talk of terror alone («مكافأة للإرهاب») is no violence.</summary>
    internal static bool HasPhysicalViolence(SentenceView s, int w, int after) => HasContext(s.Words, w, after, PhysicalContext) || HasArmedActor(s, terrorTalk: false);

    // After AssaultContext: static fields initialize in the order they are written.
    private static readonly string[] PhysicalContext = AssaultContext.Where(c => c != "ارهاب").ToArray();

    private static bool HasArmedActor(SentenceView s, bool terrorTalk = true)
    {
        foreach (var a in s.Actors)
        {
            if (!terrorTalk && Bare(ArabicWords.Fold(s.Text.AsSpan(a.Start, a.End - a.Start))).StartsWith("ارهاب", StringComparison.Ordinal))
            {
                // «مكافأة للإرهاب»: terror as a word, not an armed actor in the event.
                continue;
            }

            if (a.Code is { Length: >= 3 } code && (code.Contains("REB", StringComparison.Ordinal) || code.Contains("RAD", StringComparison.Ordinal)
                || code.Contains("MIL", StringComparison.Ordinal) || code.Contains("UAF", StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A state's nisba right after the noun, or «على/ضد» and a state right after it (or after the nisba).</summary>
    private static bool StateStrike(SentenceView s, int after)
    {
        if (after >= s.Words.Count)
        {
            return false;
        }

        var at = after;
        if (s.ActorAt(at) is { Kind: ActorKind.Country } state && state.Start == s.Words[at].Start && state.End <= s.Words[at].End && ActorView.IsNisba(s.Text, state))
        {
            return true;
        }

        return at + 1 < s.Words.Count && s.Words[at].Key is "علي" or "ضد" && s.ActorAt(at + 1) is { Kind: ActorKind.Country } struck
            && !ActorView.IsNisba(s.Text, struck);
    }

    /// <summary>The key without conjunction and article: «والمظاهرات» → «مظاهرات».</summary>
    private static string Bare(string key) => ArabicWords.StripArticle(ArabicWords.StripConjunction(key)).ToString();

    private static bool OtherSenses(SentenceView s, int w, int after, Trigger t, string stem, string bare, ReadOnlySpan<char> raw, string prev, string next)
    {
        // «بضربة رأس», «ضربة جزاء», «ضربة شمس»: a header, a penalty, sunstroke.
        if (stem is "ضربه" or "ضربات" && Bare(next) is "راس" or "جزاء" or "حره" or "ركنيه" or "ترجيح" or "ترجيحيه" or "بدايه" or "قاضيه" or "شمس" or "معلم" or "حظ" or "مرمي")
        {
            return false;
        }

        // «مظاهره» with a final ه, not ة, is «its manifestations» (folding merges the two letters).
        if (stem is "مظاهره" && raw.Length > 0 && raw[^1] == 'ه')
        {
            return false;
        }

        // «احتجنا», «احتجتم»: the verb «احتاج» (to need), not «احتج».
        if (stem is "احتج" or "يحتج" or "تحتج" && (bare.EndsWith("نا", StringComparison.Ordinal) || bare.EndsWith("تم", StringComparison.Ordinal)))
        {
            return false;
        }

        // «المعتصم» alone is a name (المعتصم بالله); the protesters are plural.
        if (stem == "معتصم" && bare == "معتصم")
        {
            return false;
        }

        // «اعتصموا بحبل الله»: holding fast to, not a sit-in.
        if (stem is "اعتصم" or "يعتصم" && (next.StartsWith("بحبل", StringComparison.Ordinal) || next.StartsWith("بالله", StringComparison.Ordinal)))
        {
            return false;
        }

        if (stem is "مسيره" or "مسيرات" && (DroneHeads.Contains(prev) || DroneUse(s.Words, w, after)))
        {
            return false;
        }

        // «مقاطعة كورام», «بمقاطعة لياونينج»: a province. A boycott governs a definite noun («مقاطعة الانتخابات»).
        if (stem == "مقاطعه" && (!next.StartsWith("ال", StringComparison.Ordinal) || prev is "في" || raw.StartsWith("بمقاطع", StringComparison.Ordinal) || s.ActorAt(Math.Min(after, s.Words.Count - 1)) is { Kind: ActorKind.Country }))
        {
            return false;
        }

        // «هجوم» in sport: «هجوم الفريق», «الهجوم الهلالي» with football words around.
        if (t.Type == "ASSAULT" && bare.StartsWith("هجوم", StringComparison.Ordinal) && HasContext(s.Words, w, after, ["مباراه", "لاعب", "المرمي", "هدف", "الدفاع والهجوم", "مدرب", "الكره", "تمريره", "ركله"]))
        {
            return false;
        }

        return t.Type == "PROTEST" ? OtherProtestSenses(s, w, after, t, stem, bare, next) : OtherAssaultSenses(s, w, after, stem, bare, prev, next);
    }

    private static bool OtherProtestSenses(SentenceView s, int w, int after, Trigger t, string stem, string bare, string next)
    {
        // «ويتظاهر بالصلاح», «تظاهرنا بالمثالية»: to pretend, not to demonstrate («تظاهروا بالآلاف», «بالقرب من» are).
        if (stem.StartsWith("تظاهر", StringComparison.Ordinal) || stem.StartsWith("يتظاهر", StringComparison.Ordinal))
        {
            if (t.IsVerb && next.Length > 2 && next[0] == 'ب' && next is not ("بالقرب" or "بالالاف" or "بالمئات" or "بالميات" or "بالعشرات" or "بالتزامن" or "بالاف" or "بمئات" or "بميات" or "بعشرات" or "بالاضافه" or "بعد" or "بسبب" or "بشكل" or "بصوره"))
            {
                return false;
            }
        }

        // «مسيرته التعليمية», «مسيرة التنمية»: a career or a course.
        if (stem is "مسيره" or "مسيرات" && (bare.StartsWith("مسيرت", StringComparison.Ordinal) || CourseWords.Contains(next)))
        {
            return false;
        }

        // «متظاهر», «محتج على سياسة رئيس النادي»: one person; a protest is a crowd's (the plural, or the singular counted
        // by a number: «700 متظاهر», «أكثر من مليون متظاهر»).
        if (t.Kind == TriggerKind.Agent && !(bare.EndsWith("ون", StringComparison.Ordinal) || bare.EndsWith("ين", StringComparison.Ordinal)
            || bare.EndsWith("ات", StringComparison.Ordinal) || bare.EndsWith('و') || Counted(s.Words, w)))
        {
            return false;
        }

        // «احتشد كثيرون لمشاهدة الألعاب النارية»: a crowd come to watch or to celebrate.
        if (stem is "احتشد" or "تجمهر" && HasContext(s.Words, w, after, LeisureWords))
        {
            return false;
        }

        return true;
    }

    /// <summary>Number words that count a singular noun after them («ألف متظاهر», «خمسين محتجا»).</summary>
    private static readonly FrozenSet<string> NumberWords = new[]
    {
        "مليون", "ملايين", "الف", "الفا", "الاف", "مئه", "ميه", "مائه", "مايه", "مائتا", "مائتي", "مايتا", "مايتي", "مئتي", "ميتي", "ثلاثمائه", "ثلاثمايه", "اربعمائه", "اربعمايه", "خمسمائه", "خمسمايه", "عشرين",
        "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين", "عشرون", "ثلاثون", "اربعون", "خمسون", "عشر", "عشره",
        "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A number (digits or a number word) right before word <paramref name="w"/>: «700 متظاهر», «15 متهماً».</summary>
    internal static bool Counted(List<Word> words, int w)
    {
        if (w == 0)
        {
            return false;
        }

        var k = ArabicWords.StripConjunction(words[w - 1].Key).ToString();
        return char.IsDigit(k[0]) || NumberWords.Contains(k) || CountWords.Contains(k);
    }

    private static bool OtherAssaultSenses(SentenceView s, int w, int after, string stem, string bare, string prev, string next)
    {
        var words = s.Words;
        var nextBare = Bare(next);

        // «تحريم قتل النفس», «ويقتلون الأبرياء», «قتل وقت انتظارهم»: a sermon, a saying, a figure of speech.
        if ((bare.StartsWith("قتل", StringComparison.Ordinal) || bare.StartsWith("يقتل", StringComparison.Ordinal) || bare.StartsWith("تقتل", StringComparison.Ordinal))
            && (GenericVictims.Contains(next) || GenericVictims.Contains(nextBare))
            && !(next == "كل" && after + 1 < words.Count && words[after + 1].Key == "من"))
        {
            return false;
        }

        // «حملة استهدفت الدولة الإسلامية», «برنامج يستهدف الشباب»: an aim.
        if (stem.Contains("ستهد", StringComparison.Ordinal))
        {
            var head = w - 1;
            if (head >= 0 && ArabicWords.StripConjunction(words[head].Key) is "التي" or "الذي")
            {
                head--;
            }

            for (var i = head; i >= 0 && i >= head - 1; i--)
            {
                if (AimHeads.Contains(ArabicWords.StripConjunction(words[i].Key).ToString()))
                {
                    return false;
                }
            }
        }

        // «وقف فوري ودائم لإطلاق النار», «هدنة شاملة لإطلاق النار»: a ceasefire with its adjectives.
        if (bare.StartsWith("لاطلاق", StringComparison.Ordinal))
        {
            for (var i = w - 1; i >= 0 && i >= w - 3; i--)
            {
                if (ArabicWords.StripConjunction(words[i].Key).ToString() is "وقف" or "لوقف" or "بوقف" or "هدنه" or "الهدنه" or "ووقف")
                {
                    return false;
                }
            }
        }

        // «مخازن رصاص»: ammunition found, not shots.
        if (stem == "رصاص" && prev is "مخازن" or "مخزن" or "ذخيره" or "صناديق" or "صندوق" or "علب")
        {
            return false;
        }

        // «يهاجم من الأطراف», «خطف البطاقة», «اشتباك بين النجمين»: football.
        if ((stem.Contains("هاجم", StringComparison.Ordinal) || stem.Contains("خطف", StringComparison.Ordinal) || stem.Contains("اشتبا", StringComparison.Ordinal) || stem.StartsWith("ضرب", StringComparison.Ordinal))
            && HasContext(words, w, after, FootballContext))
        {
            return false;
        }

        // «الهجوم الذي تعرض له من أحد أسماك القرش»: an animal's attack (no wolves here: «الذئب المنفرد» is the lone wolf
        // of terror news).
        if (HasContext(words, w, after, Animals))
        {
            return false;
        }

        // «استشهد بالآية», «استشهاده بقول الشاعر»: to cite.
        if (stem.StartsWith("استشهد", StringComparison.Ordinal) || stem.StartsWith("استشهاد", StringComparison.Ordinal))
        {
            // VSO: «واستشهد الخطيب بآية»: the cited text may follow the subject.
            for (var i = after; i < words.Count && i < after + 3; i++)
            {
                foreach (var c in Cited)
                {
                    if (words[i].Key.StartsWith(c, StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    /// <summary>A charge or an accusation earlier in the clause: «بتهم … قطع الطرق», «المتهمون في اعتداءات».</summary>
    private static bool Charged(SentenceView s, int w) => EventCoder.InClauseBefore(s.Words, s.Text, w, 15, ChargeWords);

    private static bool HasContext(List<Word> words, int w, int after, string[] stems)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (i >= w && i < after)
            {
                continue;
            }

            var k = Bare(words[i].Key);
            foreach (var c in stems)
            {
                if (k.StartsWith(c, StringComparison.Ordinal) || (k.Length > 2 && k[0] is 'ب' or 'ل' && k.AsSpan(1).StartsWith(c)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>An event noun is one occurrence when something in its clause pins it down.</summary>
    private static bool Anchored(SentenceView s, int w, int after)
    {
        var words = s.Words;
        // «وخرج مئات من أهالي مدينة حلب في مظاهرة»: the verb that asserts it may stand further back in its clause.
        for (var i = w - 5; i >= 0 && i >= w - 9; i--)
        {
            if (s.Text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).IndexOfAny("،,.؛;:") >= 0)
            {
                break;
            }

            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            if (IsVerbOfOccurrence(k) || IsVerbOfOccurrence(words[i].Key))
            {
                return true;
            }
        }

        var from = Math.Max(0, w - 4);
        var to = Math.Min(words.Count, after + 5);
        for (var i = from; i < to; i++)
        {
            if (i >= w && i < after)
            {
                continue;
            }

            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            // The word as written too: «فرقت الشرطة المظاهرة» is no «و/ف» and «رقت».
            // («وشن الطيران غارات»: a verb of occurrence just before, with its subject between, asserts it too.)
            if (IsEventive(k) || IsEventive(words[i].Key) || (i < w && IsVerbOfOccurrence(k)) || Repelled.Contains(k) || Repelled.Contains(words[i].Key)
                || k is "الذي" or "التي" or "اللذين" or "هذا" or "هذه" or "ذلك" or "تلك")
            {
                return true;
            }

            if (char.IsDigit(k[0]) || CountWords.Contains(k))
            {
                return true;
            }

            // «احتجاجات واسعة», «كانت الاحتجاجات كبيرة», «هجوم انتحاري»: a size or a manner is said of one occurrence.
            if (i >= after && i <= after + 1 && (SizeWords.Contains(k) || SizeWords.Contains(words[i].Key)))
            {
                return true;
            }

            // A place right after the noun: «هجوم في بغداد», «مظاهرة أمام السفارة», «غارات على صنعاء».
            if (i >= after && k is "في" or "امام" or "قرب" or "علي" or "ضد" or "داخل" or "باتجاه" or "نحو" or "صوب" && i + 1 < words.Count && s.ActorAt(i + 1) is not null)
            {
                return true;
            }
        }

        // The actor's genitive: «احتجاجات العمال», «هجوم داعش».
        if (after < words.Count && s.ActorAt(after) is { } genitive && !words[after].Key.StartsWith("ب", StringComparison.Ordinal))
        {
            return genitive.Start >= words[after].Start;
        }

        foreach (var word in words)
        {
            if (TimeWords.Contains(ArabicWords.StripConjunction(word.Key).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«المتظاهرون» are a protest only when they do something protesters do in the clause, not when they are
    /// merely named («مطالب المتظاهرين», «أصيب متظاهر»).</summary>
    private static bool AgentActs(SentenceView s, int w, int after)
    {
        var words = s.Words;
        for (var i = Math.Max(0, w - 3); i < Math.Min(words.Count, after + 4); i++)
        {
            if (i >= w && i < after)
            {
                continue;
            }

            var k = Bare(words[i].Key);
            if (i != w - 1 && LooksLikeVerb(k))
            {
                return true;
            }

            foreach (var c in (ReadOnlySpan<string>)["تجمع", "تجمعوا", "خرج", "احتشد", "رفع", "ردد", "هتف", "يهتف", "اغلق", "قطع", "رشق", "اقتحم", "تظاهر", "اعتصم", "سار", "جاب", "طالب", "ندد", "يرفع", "يردد", "نظم", "اشتبك", "احرق", "اضرم"])
            {
                if (k.StartsWith(c, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A plural verb form next to the protesters makes them its subject: «قاموا», «يحملون», «ساروا».
    /// (The word right before is skipped: «مطالب المتظاهرين» governs them as a genitive.)</summary>
    private static bool LooksLikeVerb(string k) =>
        k.Length > 3 && (k.EndsWith("وا", StringComparison.Ordinal) || (k[0] is 'ي' or 'ت' && k.EndsWith("ون", StringComparison.Ordinal)));

    /// <summary>VSO: «وقال المتظاهرون», «وسلم المتظاهرون» — a bare triliteral perfect with the conjunction right before
    /// the agent is its verb (a noun governing it as a genitive, «مطالب المتظاهرين», is longer or has no «و»).</summary>
    private static bool VerbBefore(List<Word> words, int w)
    {
        if (w == 0)
        {
            return false;
        }

        var key = words[w - 1].Key;
        var k = ArabicWords.StripConjunction(key);
        return k.Length != key.Length && k.Length == 3;
    }

    /// <summary>Verbs (not nouns) among the eventive stems: «خرج», «شارك», «نظم», «اندلع».</summary>
    private static bool IsVerbOfOccurrence(string key) =>
        key is "خرج" or "خرجت" or "خرجوا" or "شارك" or "شاركت" or "شاركوا" or "نظم" or "نظمت" or "نظموا" or "اندلعت" or "اندلع" or "شهدت" or "شهد"
            or "نفذ" or "نفذت" or "نفذوا" or "شن" or "وشن" or "فشن" or "شنت" or "شنوا" or "تجمع" or "تجمعوا" or "احتشد" or "احتشدوا" or "انطلقت" or "انطلق"
            // «أطلقت الشرطة الغاز المسيل للدموع», «استخدمت قوات الأمن خراطيم المياه»: the means fired or used.
            or "اطلق" or "اطلقت" or "اطلقوا" or "استخدم" or "استخدمت" or "استخدموا";

    private static bool IsEventive(string key)
    {
        var k = ArabicWords.StripArticle(key);
        foreach (var stem in EventiveStems)
        {
            if (k.StartsWith(stem))
            {
                return true;
            }
        }

        return false;
    }
}
