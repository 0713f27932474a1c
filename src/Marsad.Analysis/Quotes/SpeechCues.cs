using System.Collections.Frozen;

namespace Marsad.Analysis.Quotes;

/// <summary>How a speech cue introduces what was said.</summary>
internal enum CueKind : byte
{
    /// <summary>Needs a complementizer (أن/إن) or a colon: قال، أكد، أعلن، أوضح، اعتبر …</summary>
    Clause,

    /// <summary>Content may follow a preposition: شدد على، دعا إلى، حذر من، طالب بـ، أعرب عن.</summary>
    Prepositional,

    /// <summary>Reports through a channel: نقلت … عن X قوله، ذكرت، أفادت (the speaker may follow «عن»).</summary>
    Relay,
}

/// <summary>A speech verb: its kind and, for prepositional cues, the preposition(s) its content follows.</summary>
/// <param name="QuotedOnly">An act more than a statement («اتهم X بـ…», «هدد بـ…»): a quote only when its words are quoted.</param>
internal sealed record SpeechCue(CueKind Kind, string[] Prepositions, bool QuotedOnly = false);

/// <summary>
/// The Arabic reporting-verb family as folded keys (conjunction stripped), perfect and imperfect, masculine,
/// feminine and plural. Exact keys, not stems: «قال» must not fire on «قالب», nor «بين» (between) on its own.
/// </summary>
internal static class SpeechCues
{
    private static readonly string[] None = [];

    // Calls with whom they are to as a pronoun on the verb, by the preposition their content follows. («دعوه» and «دعاه» are
    // left out: they are the nouns «دعوة» and «دعاة» too.) Before Verbs: static fields initialize in the order written.
    private static readonly string[] DemandsOfPronoun = ["طالبه", "طالبها", "طالبهم", "طالبته", "طالبتها", "طالبتهم", "طالبوه", "طالبوها", "طالبوهم"];
    private static readonly string[] CallsOnPronoun = ["دعاها", "دعاهم", "دعته", "دعتها", "دعتهم", "دعوها", "دعوهم"];
    private static readonly string[] UrgesPronoun = ["حثه", "حثها", "حثهم", "حثته", "حثتها", "حثتهم"];

    public static readonly FrozenDictionary<string, SpeechCue> Verbs = BuildVerbs();

    /// <summary>Calls with whom they are to as a pronoun on the verb («وطالبه بـ…», «ودعاهم إلى …»), folded.</summary>
    public static readonly FrozenSet<string> PronounObjectCues = DemandsOfPronoun.Concat(CallsOnPronoun).Concat(UrgesPronoun)
        .Select(w => ArabicWords.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Complementizers that open reported content (folded: أن، إن، بأن with pronoun suffixes).</summary>
    public static readonly FrozenSet<string> Complementizers = new[]
    {
        "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "انني", "انهن", "انك",
        "بان", "بانه", "بانها", "بانهم", "بانهما", "باننا", "بانني",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that end a speaker phrase: the channel, the time, the addressee, the complementizer.</summary>
    public static readonly FrozenSet<string> SpeakerStops = new[]
    {
        "في", "خلال", "لدي", "عقب", "امس", "اليوم", "يوم", "مساء", "صباح", "عبر", "امام", "ل", "له", "لها", "لهم",
        "الي", "علي", "من", "عن", "مع", "بعد", "قبل", "حيث", "كما", "الذي", "التي", "ان", "ايضا", "بدوره", "بدورها",
        "انه", "انها", "بان", "ضمن", "اثناء", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
        "الليله", "ظهر", "نهايه", "مطلع", "قائلا", "قايلا", "قائله", "قايله", "مضيفا", "امام", "لوكاله", "للصحفيين", "للصحافيين", "لقناه", "لصحيفه", "لوسائل",
        // «وجدد الدكتور آل الشيخ التأكيد على أن …»: what is renewed is no part of who speaks.
        "التاكيد", "تاكيده", "تاكيدها", "تاكيدهم",
        // A demonstrative starts the object («ونفى المكتب هذه الاتهامات»), never part of who speaks.
        "هذه", "هذا", "هذان", "هاتان", "هؤلاء", "هولاء", "تلك", "ذلك",
        // A description of the speaker («الدفاع المدني السوري المعروف باسم "الخوذ البيضاء"») is not its name.
        "المعروف", "المعروفه", "المعروفين", "المعروفون", "الملقب", "الملقبه", "المسمي", "المسماه", "المدعو", "المدعوه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Attribution words that name a source without a speech verb: بحسب، وفق، حسبما، نقلا عن، على لسان.</summary>
    public static readonly FrozenSet<string> Attributions = new[]
    {
        "بحسب", "حسب", "وفق", "وفقا", "حسبما", "طبقا", "نقلا",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «ودانت وزارة الخارجية السورية الغارات، واصفة إياها بأنها …»: verbs of condemning, whose subject goes on speaking
    /// (folded, conjunction off; written before <see cref="SpeakerOnly"/>, which includes them).
    /// </summary>
    public static readonly FrozenSet<string> CondemnVerbs = new[]
    {
        "ادان", "ادانت", "دان", "دانت", "ندد", "نددت", "استنكر", "استنكرت", "شجب", "شجبت",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Verbs that name a speaker without giving a quote (thanks, praise, welcome, talk): their subject becomes the
    /// speaker a following «وقال:» or «وأضاف» carries over.
    /// </summary>
    public static readonly FrozenSet<string> SpeakerOnly = new[]
    {
        "اعرب", "اعربت", "اشاد", "اشادت", "رحب", "رحبت", "تحدث", "تحدثت", "ثمن", "ثمنت", "قدم", "قدمت",
        "هنا", "هنات", "علق", "علقت", "بعث", "بعثت", "وجه", "وجهت", "اجاب", "اجابت", "كتب", "كتبت", "غرد", "غردت", "ختم", "ختمت", "استهل", "استهلت",
    }.Concat(CondemnVerbs).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns that make a phrase a source for «بحسب», «وفق»: not «وفق خطط واضحة» but «وفق إحصائيات الوزارة».</summary>
    public static readonly FrozenSet<string> SourceNouns = new[]
    {
        "مصدر", "مصادر", "وكاله", "صحيفه", "بيان", "تقرير", "تقارير", "احصاييات", "احصاءات", "احصاءيات", "وزاره", "مسؤول", "مسوول",
        "مسوول", "مسؤولين", "مسوولين", "شهود", "متحدث", "ناطق", "قناه", "موقع", "مراسل", "وسائل", "وسايل", "اعلام", "دراسه", "بيانات", "مكتب",
        "مصادر", "معلومات", "الامم", "منظمه", "مرصد", "هيئه", "هييه", "رويترز", "الفرنسيه", "الالمانيه", "واس", "وزير", "رييس",
        "قول", "تصريحات", "تصريح", "مسح", "تحليل", "استطلاع", "سجلات", "ارقام", "الشرطه", "الجيش", "السلطات", "الحكومه",
        "اداره", "جمعيه", "رياسه", "مجلس", "لجنه", "شركه", "جامعه", "جماعه", "مديريه", "امانه", "نادي", "اتحاد", "حزب",
    }.Select(ArabicWords.ActorKey).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns of messages (folded, no article) whose sender, after «من», a verb right after them speaks for:
    /// «رسالة من واشنطن تدعو …».</summary>
    public static readonly FrozenSet<string> MessageNouns = new[]
    {
        "رساله", "رسايل", "بيان", "مذكره", "مبادره", "مقترح", "ورقه", "وثيقه", "برقيه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Participles that open a new quote of the same speaker even without a comma («… معتبرا أن …»).</summary>
    public static readonly FrozenSet<string> Participles = new[]
    {
        "مضيفا", "مضيفه", "مؤكدا", "موكدا", "مؤكده", "موكده", "موضحا", "موضحه", "مبينا", "مبينه", "معتبرا", "معتبره", "مشيرا", "مشيره",
        "لافتا", "لافته", "منوها", "منوهه", "مشددا", "مشدده", "داعيا", "داعيه", "محذرا", "محذره", "مطالبا", "مطالبه",
        "متوقعا", "متوقعه", "مرجحا", "مرجحه", "معربا", "معربه", "قائلا", "قايلا", "قائله", "قايله",
        // Participles of another act, which end the quote before them: «…، متهما قوات الدعم السريع بعرقلة …».
        "متهما", "متهمه", "منتقدا", "منتقده", "رافضا", "رافضه", "محملا", "محمله", "مشيدا", "مشيده", "مثمنا", "مثمنه", "مرحبا", "مرحبه",
        "نافيا", "نافيه", "مهددا", "مهدده", "ملوحا", "ملوحه", "متوعدا", "متوعده", "بالقول", "مبرزا", "مبرزه", "زاعما", "زاعمه", "زاعمين",
        "واصفا", "واصفه", "واصفين", "واصفتين", "معلنا", "معلنه", "مطالبين", "مطالبتين", "داعين",
        "مؤكدين", "مؤكدتين", "مضيفين", "مضيفتين", "موضحين", "موضحتين", "معتبرين", "معتبرتين", "مشيرين", "مشيرتين", "داعيين", "داعيتين",
        // Plurals of the participles of acts: «…، محملين سلطات الاحتلال مسؤولية التصعيد» (not «متهمين», as often
        // "suspects": «القبض على متهمين اثنين»).
        "منتقدين", "رافضين", "محملين", "محملتين", "مهددين", "متوعدين", "نافين",
    }.Select(w => ArabicWords.Fold(w)).ToFrozenSet(StringComparer.Ordinal); // folded as word keys are («مؤكدا» → «موكدا»)

    /// <summary>
    /// «اعتبر» with its object as a pronoun («واعتبرتها "متأخرة"», «ما اعتبره X "خرقا"»), folded: what the speaker calls it
    /// follows in quoted words.
    /// </summary>
    public static readonly FrozenSet<string> Evaluations = new[]
    {
        "اعتبره", "اعتبرها", "اعتبرهم", "اعتبرته", "اعتبرتها", "اعتبرتهم", "اعتبروه", "اعتبروها", "اعتبروهم", "يعتبره", "يعتبرها",
        "يعتبرهم", "تعتبره", "تعتبرها", "تعتبرهم", "يعتبرونه", "يعتبرونها", "يعتبرونهم", "وصفوه", "وصفوها", "وصفوهم",
    }.Select(w => ArabicWords.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«واصفا إياه بـ"…"», «واصفة ذلك بأنه "…"»: participles of describing (folded, with their «و»).</summary>
    public static readonly FrozenSet<string> DescribingParticiples = new[] { "واصفا", "واصفة", "واصفين", "واصفتين" }
        .Select(w => ArabicWords.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Participles that are also plain adjectives («كان القرار متوقعا»): they end a quote only after a comma.</summary>
    public static readonly FrozenSet<string> AdjectiveParticiples = new[] { "متوقعا", "متوقعه", "مرجحا", "مرجحه", "معلنا", "معلنه" }
        .Select(w => ArabicWords.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Cues whose first noun phrase is the object, not the speaker: «وصف الاتحاد الأوروبي بأنه …».</summary>
    public static readonly FrozenSet<string> ObjectFirst = new[] { "وصف", "وصفت", "وصفوا" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Honorific pronouns standing for a person named earlier: «وأوضح سموه», «وأكد معاليه».</summary>
    public static readonly FrozenSet<string> Honorifics = new[]
    {
        "سموه", "سموها", "معاليه", "معاليها", "فخامته", "سعادته", "سيادته", "جلالته", "دولته", "سماحته", "فضيلته",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a cue that cancel it: «لم يقل», «لا يرى».</summary>
    /// <summary>Words that negate the cue after them; «طلب عدم ذكر اسمه» asks not to be named and says nothing.</summary>
    public static readonly FrozenSet<string> Negations = new[] { "لم", "لن", "لا", "ما", "ليس", "عدم", "بعدم" }.ToFrozenSet(StringComparer.Ordinal);

    private static FrozenDictionary<string, SpeechCue> BuildVerbs()
    {
        var d = new Dictionary<string, SpeechCue>(StringComparer.Ordinal);

        void Add(CueKind kind, string[] preps, params string[] forms)
        {
            foreach (var f in forms)
            {
                d[ArabicWords.Fold(f)] = new SpeechCue(kind, preps);
            }
        }

        void AddQuoted(string[] preps, params string[] forms)
        {
            foreach (var f in forms)
            {
                d.TryAdd(ArabicWords.Fold(f), new SpeechCue(CueKind.Prepositional, preps, QuotedOnly: true));
            }
        }

        Add(CueKind.Clause, None,
            "قال", "قالت", "قالوا", "قالا", "يقول", "تقول", "يقولون",
            "أكد", "أكدت", "أكدوا", "أكدا", "يؤكد", "تؤكد", "يؤكدون",
            "أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن",
            "أوضح", "أوضحت", "أوضحوا", "يوضح", "توضح",
            "صرح", "صرحت", "صرحوا",
            "أضاف", "أضافت", "أضافوا", "يضيف", "تضيف",
            "تابع", "تابعت", "أردف", "أردفت", "استطرد", "استطردت", "استدرك", "استدركت",
            "اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر",
            "رأى", "رأت", "رأوا", "يرى", "ترى",
            "ذكر", "ذكرت", "ذكروا", "أفاد", "أفادت", "أفادوا",
            "أشار", "أشارت", "أشاروا", "يشير", "تشير", "لفت", "لفتت", "نوه", "نوهت",
            "بينت", "كشف", "كشفت", "أفصح", "أفصحت",
            "زعم", "زعمت", "ادعى", "ادعت", "أوضحا", "أعلنا",
            "أبلغ", "أبلغت", "أخبر", "أخبرت", "اعترف", "اعترفت", "أقر", "أقرت",
            "قالت", "ختم", "ختمت", "تساءل", "تساءلت", "أعتبر",
            "نفى", "نفت", "نفوا", "ينفي", "تنفي");
        Add(CueKind.Prepositional, ["علي"], "شدد", "شددت", "شددوا", "يشدد", "تشدد", "أكد", "أكدت", "حث", "حثت");
        Add(CueKind.Prepositional, ["الي"], "دعا", "دعت", "دعوا", "يدعو", "تدعو");
        Add(CueKind.Prepositional, ["من"], "حذر", "حذرت", "حذروا", "يحذر", "تحذر");
        Add(CueKind.Prepositional, ["ب"], "طالب", "طالبت", "طالبوا", "يطالب", "تطالب");
        Add(CueKind.Prepositional, ["ب"], "أوصى", "أوصت", "وعد", "وعدت");
        Add(CueKind.Clause, None,
            "توقع", "توقعت", "تمنى", "تمنت", "أورد", "أوردت", "ألمح", "ألمحت", "أجاب", "أجابت", "وصف", "وصفت", "أكدت",
            "رد", "ردت", "استبعد", "استبعدت", "رجح", "رجحت", "أوضحت", "جاء");
        Add(CueKind.Prepositional, ["الي"], "أشار", "أشارت", "أشاروا", "يشير", "تشير", "لفت", "لفتت");
        Add(CueKind.Prepositional, ["عن"], "أعلن", "أعلنت", "أعلنوا", "معلنا", "معلنة");
        // Participles continue the sentence's speaker: «…، مضيفا أن», «مؤكدة أن», «مشددا على».
        Add(CueKind.Clause, None,
            "مضيفا", "مضيفة", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "مبينا", "مبينة", "معتبرا", "معتبرة", "مشيرا", "مشيرة",
            "لافتا", "لافتة", "منوها", "منوهة", "معربا", "معربة", "قائلا", "قائلة", "مستدركا", "متابعا", "مردفا", "مختتما",
            "متوقعا", "متوقعة", "مرجحا", "مرجحة");
        Add(CueKind.Prepositional, ["علي"], "مشددا", "مشددة", "مؤكدا", "مؤكدة");
        Add(CueKind.Prepositional, ["الي"], "داعيا", "داعية", "مشيرا", "مشيرة", "لافتا", "لافتة");
        Add(CueKind.Prepositional, ["من"], "محذرا", "محذرة");
        Add(CueKind.Prepositional, ["ب"], "مطالبا", "مطالبة");
        Add(CueKind.Relay, None, "نقل", "نقلت", "نقلوا", "نقلا");
        // «جدد الأنصاري إدانة دولة قطر …», «جددت الوزارة التأكيد على …»: renewing a stance states it again.
        Add(CueKind.Prepositional, ["علي"], "جدد", "جددت", "جددوا", "يجدد", "تجدد");
        // «وطالبه بـ"…"», «ودعاهم إلى …»: whom the call is to as a pronoun on the verb; the sentence's subject calls.
        Add(CueKind.Prepositional, ["ب"], DemandsOfPronoun);
        Add(CueKind.Prepositional, ["الي"], CallsOnPronoun);
        Add(CueKind.Prepositional, ["الي"], "يدعون", "تدعون");
        Add(CueKind.Prepositional, ["علي"], UrgesPronoun);
        // Plural participles: «مطالبين الحكومة بإبرام صفقة …», «داعين إلى …».
        Add(CueKind.Prepositional, ["ب"], "مطالبين", "مطالبتين");
        Add(CueKind.Prepositional, ["الي"], "داعين");
        // «نافيا أن …», «ورد … بالقول إن …»: a participle and a verbal noun that go on with the sentence's subject.
        Add(CueKind.Clause, None, "نافيا", "نافية", "بالقول", "مبرزا", "مبرزة", "زاعما", "زاعمة", "زاعمين");
        // Duals and plurals of the participles: «مؤكدتين أن …» (two states), «مشيرين إلى أن …».
        Add(CueKind.Clause, None, "مؤكدين", "مؤكدتين", "مضيفين", "مضيفتين", "موضحين", "موضحتين", "معتبرين", "معتبرتين", "مشيرين", "مشيرتين");
        Add(CueKind.Prepositional, ["الي"], "مشيرين", "مشيرتين", "داعيين", "داعيتين");
        // «ووصفه بأنه "أخبار مفبركة"»: the thing described is the pronoun; the subject is the sentence's. Only before
        // «بأنه/بأنها» and quoted words («عن مصدر وصفته بأنه مطلع» describes a source, «يتم وصفها بالسذاجة» no one).
        foreach (var f in new[] { "وصفه", "وصفها", "وصفهم", "وصفته", "وصفتها", "وصفتهم" })
        {
            d[ArabicWords.Fold(f)] = new SpeechCue(CueKind.Clause, None, QuotedOnly: true);
        }
        // Accusations and threats in quoted words: «متهما الدعم السريع بـ«ارتكاب جرائم»», «واتهم … الحكومة بـ"الرضوخ"»,
        // «مهددا بأن "أي محاولة … ستواجه بحزم"».
        AddQuoted(["ب"], "اتهم", "اتهمت", "اتهموا", "متهما", "متهمة", "مهددا", "مهددة", "هدد", "هددت", "توعد", "توعدت", "متوعدا", "متوعدة",
            "تعهد", "تعهدت", "متعهدا", "متعهدة");
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
