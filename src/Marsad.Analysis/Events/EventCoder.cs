using System.Collections.Frozen;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Events;

/// <summary>An event as the coder sees it, with the actor spans kept for span evaluation.</summary>
internal sealed record CodedEvent(
    string Type,
    string? Mode,
    TextSpan Trigger,
    int Sentence,
    ActorMention? Source,
    ActorMention? Target,
    bool Reported,
    bool Hypothetical,
    string? Date,
    bool FirstPerson = false);

/// <summary>
/// Codes PLOVER events sentence by sentence: a trigger from the lexicon, its negation, intent and condition from
/// the words before it, and ACTOR / RECIPIENT from Arabic word order — the subject after the verb (VSO) or before it
/// (SVO), the object, the genitive of a nominal trigger, and the actor after the trigger's prepositions
/// («مع», «إلى», «على», «ضد»).
/// </summary>
internal static class EventCoder
{
    private static readonly FrozenSet<string> Negations = new[]
    {
        "لم", "لن", "لا", "ليس", "ليست", "غير", "عدم", "دون", "بدون", "بعدم", "لعدم", "نفي", "نفت", "ينفي", "تنفي", "نفوا",
        // Obstruction: «بعرقلة وصول المساعدات» is aid that did not arrive; «نهبت شاحنات الإغاثة» aid taken.
        "عرقله", "بعرقله", "لعرقله", "تعطيل", "بتعطيل", "عرقل", "عرقلت", "يعرقل", "تعرقل",
        "نهب", "نهبت", "نهبوا", "ينهب", "تنهب", "ينهبون", "سرقت", "سرقوا", "استولت", "استولوا", "استولي",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Intent and promise: the act is announced, not done (PLOVER codes the announcement as AGREE/THREATEN).</summary>
    private static readonly FrozenSet<string> Intent = new[]
    {
        "سوف", "يعتزم", "تعتزم", "يعتزمون", "تنوي", "ينوي", "ينوون", "تعهد", "تعهدت", "يتعهد", "تتعهد", "وعد", "وعدت",
        "مستعد", "مستعده", "مستعدون", "استعداد", "استعدادها", "استعداده", "يستعد", "تستعد", "تخطط", "يخطط", "عازم", "عازمه",
        "قررت", "قرر", "ستعمل", "سيعمل", "اعلن", "اعلنت", "نيته", "نيتها", "نيتهم", "عزمه", "عزمها", "عزمهم", "اعتزام", "اعتزامه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Stance nouns with the speaker's pronoun (folded, no conjunction): «إدانتها», «رفضه», «دعمها» …. Announced, the
    /// stance is taken, not intended.
    /// </summary>
    private static readonly FrozenSet<string> StanceNouns = new[] { "ادانت", "رفض", "دعم", "ترحيب", "تضامن", "تاييد", "استنكار", "شجب" }
        .SelectMany(n => new[] { "ه", "ها", "هم", "هما" }.Select(p => n + p))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «أعلنت مصر إدانتها للهجوم», «أعلن الحزب رفضه للقرار»: after «أعلن» a stance noun with a pronoun (the trigger
    /// itself, or a word between the verb and the trigger, whose object the trigger is) was declared: no intention.
    /// </summary>
    private static bool StanceDeclared(List<Word> words, int verb, int trigger)
    {
        for (var i = verb + 1; i <= trigger; i++)
        {
            if (StanceNouns.Contains(ArabicWords.StripConjunction(words[i].Key).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«تعليق جزء من العقوبات», «رفع العقوبات»: a measure easing sanctions (decided, it is taken like a sanction).</summary>
    private static bool EasedSanctions(List<Word> words, int w)
    {
        for (var i = w + 1; i < words.Count && i <= w + 3; i++)
        {
            if (words[i].Key is "العقوبات")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The generic actor («الجانبان», «الوزيرين») that is one of a two-word trigger's words, or null.</summary>
    private static ActorMention? PartyInTrigger(SentenceView s, int w)
    {
        for (var i = w; i <= w + 1 && i < s.Words.Count; i++)
        {
            if (s.ActorAt(i) is { Kind: ActorKind.Agent, EntityId: null } party && party.Start >= s.Words[w].Start && party.End <= s.Words[w + 1].End)
            {
                return party;
            }
        }

        return null;
    }

    /// <summary>«توقيع», «وقع»: the trigger at <paramref name="w"/> is a signing (folded, conjunction and article off).</summary>
    private static bool Signing(List<Word> words, int w) =>
        ArabicWords.StripArticle(ArabicWords.StripConjunction(words[w].Key)) is var k && (k.StartsWith("توقيع") || k.StartsWith("وقع"));

    /// <summary>Verbs of hosting a visitor (folded key): «استقبل», «يستقبل», «استضاف» ….</summary>
    private static bool Hosting(string key) =>
        ArabicWords.StripConjunction(key).ToString() is var k
        && (k.StartsWith("استقبل", StringComparison.Ordinal) || k.StartsWith("يستقبل", StringComparison.Ordinal) || k.StartsWith("تستقبل", StringComparison.Ordinal)
            || k.StartsWith("استضاف", StringComparison.Ordinal) || k.StartsWith("يستضيف", StringComparison.Ordinal) || k.StartsWith("تستضيف", StringComparison.Ordinal));

    /// <summary>Verbs of denying (folded, no conjunction).</summary>
    private static readonly FrozenSet<string> DenialVerbs = new[]
    {
        "نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", "نافيه", "كذب", "كذبت", "فند", "فندت",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a denial denies before the event it reports (folded, no article).</summary>
    private static readonly FrozenSet<string> ReportNouns = new[]
    {
        "تقارير", "تقرير", "انباء", "اخبار", "شايعات", "شائعات", "ادعاءات", "مزاعم", "صحه", "روايات", "تسريبات",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «نفى مصدر في الشرطة تقارير تحدثت عن مقتل أحد المعتقلين», «ونفت الوزارة صحة الأنباء عن اعتقال …», «ونفت أن تكون
    /// قواتها قد استخدمت …»: an event told in reports, or in a clause after «أن», that the clause denies is denied; so
    /// is one that «لن تسمح/لا يسمح» rules out.
    /// </summary>
    private static bool DeniedReport(List<Word> words, string text, int w, bool verb, string? type)
    {
        var report = false;
        var complement = false;
        var comma = false;
        for (var i = w - 1; i >= 0 && i >= w - 12; i--)
        {
            if (text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).IndexOfAny(".؛;!؟?") >= 0)
            {
                return false;
            }

            comma |= text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).IndexOfAny("،,") >= 0;

            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            report |= ReportNouns.Contains(ArabicWords.StripArticle(k).ToString());
            complement |= k is "ان" or "بان" or "انه" or "انها" or "بانه" or "بانها";
            if (DenialVerbs.Contains(k))
            {
                // «ونفت أن تكون قواتها قد استخدمت الرصاص المطاطي»: what a denial's «أن» governs is denied too.
                // «ونفت قوات الدعم السريع، على لسان مستشار قائدها، انسحابها من المدينة», «نفى الوزير وجود أي اتصالات»: so is
                // the act named as the denial's object, after its subject and perhaps an aside between two commas.
                // (Denied accusations were made all the same: «ونفى المصدر الاتهامات الجزائرية».)
                return report || complement || (!verb && type != "ACCUSE" && DeniedObject(words, text, i, w));
            }

            if (k is "تسمح" or "يسمح" or "نسمح" or "اسمح" && !comma && i > 0 && ArabicWords.StripConjunction(words[i - 1].Key).ToString() is "لن" or "لا")
            {
                // «لن تسمح باستخدام الأراضي العراقية منطلقاً للاعتداء»: what will not be allowed does not happen (not past
                // a comma: «لن تسمح لإيران بذلك، ملوحا بتوجيه ضربة»).
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the masdar at <paramref name="w"/> is the object of the denial verb at <paramref name="denial"/>: between them
    /// only the subject and at most one aside set off by two commas, no verb of saying.
    /// </summary>
    private static bool DeniedObject(List<Word> words, string text, int denial, int w)
    {
        var commas = 0;
        for (var i = denial + 1; i <= w; i++)
        {
            var gap = text.AsSpan(words[i - 1].End, words[i].Start - words[i - 1].End);
            commas += CommaCount(gap);
            var k = ArabicWords.StripArticle(ArabicWords.StripConjunction(words[i].Key)).ToString();
            if (gap.IndexOfAny(":()") >= 0 || (i < w && (SpeechCues.Verbs.ContainsKey(k) || Complementizers.Contains(words[i].Key)
                // («نفى مسؤولية قواته عن استهداف المنشآت», «نفى أي صلة له بالهجوم»: the act happened; who did it is denied.)
                || k.StartsWith("مسووليه", StringComparison.Ordinal) || k.StartsWith("علاق", StringComparison.Ordinal) || k.StartsWith("صله", StringComparison.Ordinal)
                || k.StartsWith("صلت", StringComparison.Ordinal) || k.StartsWith("تورط", StringComparison.Ordinal))))
            {
                return false;
            }
        }

        return commas is 0 or 2;
    }

    /// <summary>Verbs of threatening (folded, no conjunction): what they govern with «ب» is only threatened.</summary>
    private static readonly FrozenSet<string> ThreatVerbs = new[]
    {
        "هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "مهددا", "مهدده", "توعد", "توعدت", "توعدوا", "يتوعد", "تتوعد", "متوعدا",
        "لوح", "لوحت", "لوحوا", "يلوح", "تلوح", "ملوحا",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Condition and possibility: the event may not happen.</summary>
    private static readonly FrozenSet<string> Conditions = new[]
    {
        "اذا", "لو", "لكي", "كي", "لمنع", "منع", "ربما", "كانني", "كانه", "كانها", "كانهم", "كانما", "كاننا", "يمكن", "يمكنه", "يمكنها", "محتمل", "احتمال", "حال", "لولا", "ينبغي", "يجب", "ضروره", "بضروره",
        // A call or a need is not the act: «دعا إلى التظاهر», «بحاجة إلى انتفاضة».
        "دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "دعوه", "دعوات", "بحاجه", "حاجه", "تحتاج", "نحتاج", "يحتاج",
        "حث", "وحث", "حثت", "يحث", "تحث", "ناشد", "ناشدت", "يناشد",
        // A demand neither: «شعارات تطالب بإطلاق سراح المعتقلين» (bare «طالب» is also a student, so it is not here).
        "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "نطالب", "مطالبا", "مطالبين", "مطالبه", "للمطالبه", "بالمطالبه", "مطالبات",
        // The terms or the aim of a deal are not acts done: «اتفاق يضمن رفع العقوبات», «المرحلة الثانية التي تشمل الإفراج
        // عن …», «شريطة أن تنسحب». («تتضمن تأكيد دعم قطر»: what a message contains was said, so not «تتضمن».)
        "يضمن", "يشمل", "تشمل", "شريطه", "بشرط", "بهدف",
        // A schedule, an arrangement or a possibility of an act, or reneging on it: «الجدول الزمني لانسحاب قوات التحالف»,
        // «ترتيبات ما بعد الانسحاب», «إمكانية الانسحاب من المعاهدة», «التنصل من الإفراج عن الصحافيين».
        "جدول", "الجدول", "بجدول", "ترتيبات", "امكانيه", "بامكانيه", "التنصل", "بالتنصل",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Numbers in words: «قتل ثلاثة أشخاص» at a clause start is «قُتل», the victims after it (folded keys).</summary>
    internal static readonly FrozenSet<string> CountWords = new[]
    {
        "اثنان", "اثنين", "ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره", "ثلاث", "اربع", "خمس", "ست", "سبع",
        "ثماني", "تسع", "عشر", "عشرات", "مئات", "ميات", "الاف", "عدد", "اثني", "اثنتي", "شخص", "شخصان", "شخصين", "مدني", "مدنيان", "مدنيين", "جندي", "جنديان", "جنديين",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«قُتل», «وأُصيب»: a damma on the verb's first letter marks the passive where the text is vocalized.</summary>
    private static bool MarkedPassive(SentenceView s, int w)
    {
        var word = s.Words[w];
        var text = s.Text;
        var i = word.Start + (text[word.Start] is 'و' or 'ف' && word.End - word.Start > 3 ? 1 : 0);
        return i + 1 < word.End && text[i + 1] == '\u064F' || (i + 2 < word.End && text[i + 1] == '\u0651' && text[i + 2] == '\u064F');
    }

    /// <summary>Words that make a following masdar passive: «تم اعتقال», «جرى استهداف».</summary>
    private static readonly FrozenSet<string> PassiveMarkers = new[] { "تم", "يتم", "جري", "يجري", "تمت" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Prepositions = new[]
    {
        "في", "من", "علي", "الي", "عن", "مع", "ضد", "بين", "امام", "خلال", "بعد", "قبل", "عند", "لدي", "منذ", "حول", "نحو", "قرب",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static List<CodedEvent> Code(Document document, IReadOnlyList<TextSpan> quoteContents, CancellationToken cancellationToken = default)
    {
        var view = ActorView.Of(document, cancellationToken);
        var lexicon = TriggerLexicon.Default;
        var events = new List<CodedEvent>();
        var accidentStory = AccidentStory(document, view);
        foreach (var s in view.Sentences)
        {
            var date = (string?)null;
            // One event per type and sentence: «تظاهر الطلاب … احتجاجا على» is one protest.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            ActorMention? lastSource = null;
            var words = s.Words;
            // (one delegate per sentence, not per word)
            Func<int, bool> insideName = i => s.ActorAt(i) is { } name && name.Start < words[i].Start;
            for (var w = 0; w < words.Count; w++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if ((lexicon.Match(words, w, s.Text, insideName) ?? Launch(s, w) ?? Retaliation(s, w) ?? Warning(s, w) ?? Refusal(s, w) ?? Condemning(s, w) ?? Summons(s, w)) is not { } hit)
                {
                    continue;
                }

                var t = hit.Trigger;
                if (t.Kind == TriggerKind.Transitive && hit.Count == 1 && w > 0 && t.Words[0].Open
                    && ArabicWords.StripConjunction(words[w].Key).SequenceEqual(t.Words[0].Stem) && DeclaringVerbBefore(s, w))
                {
                    // «أعلنت الخارجية طرد السفير», «قررت السلطات طرد 12 موظفا»: the bare stem right after a verb of
                    // announcing or deciding is its masdar object; its genitive is whom it falls on.
                    t = t with { Kind = TriggerKind.PatientNoun };
                }

                var triggerSpan = new TextSpan(words[w].Start, words[w + hit.Count - 1].End);
                var afterTrigger = w + hit.Count;
                if (hit.Subject > 0 && s.ActorAt(w + hit.Subject + 1) is { } held && held.Start < words[w + hit.Subject + 1].Start)
                {
                    // «قدمهما الأمير عبدالله بن مساعد»: the pattern's noun is the end of a name, not an object.
                    continue;
                }

                if (!t.IsVerb && words[w].Key.StartsWith('ل') && InsideBodyName(s, w))
                {
                    // «وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين», «مركز الملك سلمان للإغاثة»: the rest of a body's name.
                    continue;
                }

                if (s.ActorAt(w) is { } covering && covering.Kind != ActorKind.Agent
                    && (covering.End > words[w].End || covering.Start < words[w].Start || covering.Code is not null))
                {
                    // Part of a name («حركة الاحتجاج الوطني»), or a name known to the actor dictionary that reads like a
                    // trigger («طالبان», not «طالبا»), is not an event.
                    continue;
                }

                if (t.Type is "SUPPORT" or "AID" && w > 0 && (!t.IsVerb || ArabicWords.StripConjunction(words[w].Key) is "دعم")
                    && ArabicWords.StripConjunction(words[w - 1].Key).ToString() is "عنصر" or "عناصر" or "عنصرا" or "عنصري"
                    or "شبكه" or "شبكات" or "خليه" or "خلايا" or "مجموعه" or "مجموعات")
                {
                    // «أوقفت 14 عنصر دعم للجماعات الإرهابية», «شبكات دعم»: «support» naming what the people or the network are.
                    continue;
                }

                if (t.Type == "CONSULT" && t.IsVerb && ArabicWords.StripConjunction(words[w].Key).StartsWith("استقبل", StringComparison.Ordinal)
                    && ReceivesPeopleInNeed(words, afterTrigger))
                {
                    // «استقبلت فرقها أكثر من 60 جريحا», «واستقبلت تركيا آلاف اللاجئين»: receiving the wounded or refugees is
                    // care given, not a meeting.
                    continue;
                }

                if (t.Kind == TriggerKind.Agent && w > 1 && ArabicWords.StripConjunction(words[w - 1].Key) is "احد" or "احدي" or "لاحد" or "لاحدي"
                    && (SpeechCues.Verbs.ContainsKey(ArabicWords.StripConjunction(words[w - 2].Key).ToString()) || words[w - 2].Key is "عن" || words[w - 1].Key.StartsWith('ل')))
                {
                    // «وقال أحد المتظاهرين إن …», «نقلت عن أحد المحتجين»: one of the protesters is who speaks, not a protest told.
                    continue;
                }

                if (!t.IsVerb && w > 0 && words[w - 1].Key is "هذه" or "هذا" or "تلك" or "ذلك" or "هذين" or "هاتين")
                {
                    // «ونفى المكتب هذه الاتهامات»: a demonstrative points back to an event told before, not a new one.
                    continue;
                }

                // (Only an attack: «لافتات تندد بإعدامه» is a protest's words about an execution, not an attack told.)
                var afterCondemning = !t.IsVerb && t.Type is not ("ACCUSE" or "PROTEST") && InClauseBefore(words, s.Text, w, 8, CondemnVerbs);
                var condemnedAttack = afterCondemning && t.Type == "ASSAULT"
                    && (IsAttackNoun(words[w].Key) || ArabicWords.StripArticle(ArabicWords.StripConjunction(words[w].Key)) is "اغتيال" or "باغتيال" or "لاغتيال" or "بالاغتيال");
                if (afterCondemning && (t.Type != "ASSAULT" || (!condemnedAttack && Perpetrator(s, w) is null)))
                {
                    // «ونددت الوزارة بحملة الاعتقالات»: what is condemned was told as its own event (or was not): the
                    // condemnation is the event here. An attack condemned is told, as a reference («أدان الهجوم على
                    // الناقلة», «أدانت التفجير الذي استهدف المسجد»), with its doer only where named (below).
                    continue;
                }

                if (!t.IsVerb && t.Type == "SANCTION" && ((afterTrigger < words.Count && ArabicWords.StripConjunction(words[afterTrigger].Key) is "المفروضه")
                    || (w > 0 && ArabicWords.StripConjunction(words[w - 1].Key) is "قانون" or "لقانون" or "بقانون" or "قوانين" && words[w].Key is "العقوبات")))
                {
                    // («قانون العقوبات»: the penal code, no sanction.)
                    // «العقوبات المفروضة على قطاع الطاقة»: sanctions in force, no act of imposing them here.
                    continue;
                }

                if (!t.IsVerb && w > 0 && InClauseBefore(words, s.Text, w, 6, NeedWords))
                {
                    // «25 مليون شخص يحتاجون إلى مساعدات»: a need, not aid given.
                    continue;
                }

                if (!t.IsVerb && t.Type == "COERCE" && t.Mode == "seize" && IsDefiniteOccupation(words[w].Key))
                {
                    // «جرائم الاحتلال», «قوات الاحتلال»: «الاحتلال» names the occupier, not an act of seizing.
                    continue;
                }

                if (afterTrigger < words.Count && words[afterTrigger].Key == "الله")
                {
                    // «أيده الله», «حفظه الله»: a blessing, not an act.
                    continue;
                }

                if (IsNotAnEventSense(words, w, afterTrigger, t, s.Text))
                {
                    continue;
                }

                if (t.IsVerb && hit.Count == 1 && s.Text[words[w].End - 1] == 'ة' && !t.Words[0].Stem.EndsWith('ه'))
                {
                    // «عين زارة», «سوق الجمعة»: a word in «ة» is a noun, never the verb its folded letters spell («زاره»).
                    continue;
                }

                // «أعلن تنظيم داعش مسؤوليته عن الهجوم», «وتبنى التنظيم التفجير»: a claimed attack happened; the claimant is
                // its ACTOR, and the announcing verb makes it no intent.
                var claimant = t.Type == "ASSAULT" ? Claimant(s, w) : null;
                if (claimant is null && !Occurrence.IsOccurrence(s, w, afterTrigger, t) && !VerbalAttack(s, w, afterTrigger, t, null))
                {
                    continue;
                }

                if (t.Type == "COERCE" && w > 0 && ArabicWords.StripConjunction(words[w].Key).StartsWith("داهم", StringComparison.Ordinal)
                    && ArabicWords.StripArticle(ArabicWords.StripConjunction(words[w - 1].Key)).ToString() is "خطر" or "خطرا" or "تهديد" or "تهديدا")
                {
                    // «كانت تشكل "خطرا داهما"»: an imminent danger, no raid.
                    continue;
                }

                if (!t.IsVerb && t.Type is "ACCUSE" or "THREATEN" && words[w].Key.StartsWith("ال", StringComparison.Ordinal) && CommentedOn(words, w)
                    // («تعليقا على الانتقادات الموجهة للحزب» still tells whom the criticism was aimed at.)
                    && FirstActorAfter(s, afterTrigger, maxWords: 3) is null && !(afterTrigger < words.Count && words[afterTrigger].Key.StartsWith("الموجه", StringComparison.Ordinal)))
                {
                    // «ولم تعلق قوات الدعم السريع على الاتهامات», «وردا على التهديدات»: the accusations told before, not a
                    // new one by whoever comments.
                    continue;
                }

                if (t.Type == "REQUEST" && t.IsVerb && Student(s, w))
                {
                    // «واعتقلت الشرطة طالبا جامعيا», «وقال طالب في الجامعة إن …»: a student, not «طالب» (demanded).
                    continue;
                }

                if (t.Type == "THREATEN" && !t.IsVerb && w > 0 && ArabicWords.StripConjunction(words[w - 1].Key).ToString() is "شكل" or "شكلت" or "شكلوا" or "يشكل" or "تشكل"
                    or "يشكلون" or "يمثل" or "تمثل" or "مثل" or "مثلت" or "يمثلون")
                {
                    // «اقتربوا من الخط الأصفر وشكلوا تهديدا مباشرا»: posing a threat is no threat made.
                    continue;
                }

                if (t.Type == "THREATEN" && !t.IsVerb && UnderCondition(words, w))
                {
                    // «لن تتفاوض تحت الضغط والتهديد»: a condition one refuses to act under, not a threat anyone made.
                    continue;
                }


                if (t.Type == "ASSAULT" && t.Mode is null && (HasAccidentWord(words) || (accidentStory && !Occurrence.HasViolence(s, w, afterTrigger))))
                {
                    // «قتل ثلاثة في تحطم طائرة»: deaths in an accident are no assault; nor, in a story whose headline or
                    // first sentence is an accident, «قتلوا وجرح خمسة» told later with no weapon or armed actor.
                    continue;
                }

                var (negated, intent, conditional) = Modality(words, s.Text, w, hit.Future, t.IsVerb, t.Type);
                if (ReferenceEquals(t, RefusalTrigger) || ReferenceEquals(t, PromiseTrigger))
                {
                    // The negation is the event: «لن تقبل» refuses, «لن ندخر جهدا» promises.
                    (negated, intent) = (false, false);
                }

                intent &= claimant is null;
                if (negated)
                {
                    w = afterTrigger - 1;
                    continue;
                }

                if (t.PrepositionRequired && !HasPrepositionActorOrWord(s, afterTrigger, t.Prepositions))
                {
                    continue;
                }

                var (source, target) = hit.Subject > 0 ? GapActors(s, w, hit.Subject, afterTrigger, t) : Actors(s, w, afterTrigger, t, hit.Possessed);
                if (source is null && t.IsVerb && t.Type is "ASSAULT" or "COERCE" && w > 0 && IsClauseBreak(s, w) && words[w].Key.Length > 3 && words[w].Key[0] == 'و'
                    && ArabicWords.StripConjunction(words[w].Key).Length < words[w].Key.Length && target is { } struckAfter && afterTrigger < words.Count
                    && struckAfter.Start <= words[afterTrigger].Start + 1 && !Imperfect(words[w].Key)
                    && SentenceSubject(s, w) is { } carriedOn && carriedOn.End <= words[w].Start && !SameActor(carriedOn, struckAfter) && !Prepositional(s, carriedOn))
                {
                    // «دفع الجيش الإسرائيلي بتعزيزات إلى المخيم، واعتقل 15 فلسطينيا»: a perfect verb joined after a comma with its
                    // object right after it goes on with the sentence's subject.
                    source = carriedOn;
                }

                if (t.Type is "PROTEST" or "REQUEST" or "ACCUSE" or "REJECT" or "SUPPORT" or "AGREE" or "THREATEN")
                {
                    // «تظاهر مئات من خريجي الجامعات في مدينة الناصرية مركز محافظة ذي قار»: a place named after its head is
                    // where a protest, a call or a stance was made, neither side of it (a city attacked, seized or visited
                    // codes whom it happened to: those keep it).
                    target = target is { } placeTarget && NamedAfterPlaceHead(s, placeTarget) ? null : target;
                    source = source is { } placeSource && NamedAfterPlaceHead(s, placeSource) ? null : source;
                }
                else if (source is { } placeBefore && placeBefore.End <= words[w].Start && NamedAfterPlaceHead(s, placeBefore))
                {
                    // «إقامة منفذ الهجوم في منزل بمنطقة أسنيورت بإسطنبول، فداهمت المنزل»: a place named after its head before
                    // the act is where, not who did it (after the act it may be whom it fell on).
                    source = null;
                }

                if (t.IsVerb && source is { } teller && teller.End <= words[w].Start && w >= 2 && ActDescribedBefore(s, w))
                {
                    // «ووصفته بأنه عمل إرهابي يستهدف اقتصاد الإقليم»: the verb describes an act named right before it (its
                    // subject); who described it did not do it.
                    source = null;
                }

                if (t.IsVerb && SenderOfMessage(s, w) is { } sender)
                {
                    // «نقلت رسالة من واشنطن تدعو بيروت إلى الإسراع في …»: a message that calls or warns is its sender's; the
                    // name after the verb is whom it addresses.
                    var addressed = FirstActorAfter(s, afterTrigger, maxWords: 2);
                    (source, target) = (sender, addressed is { } ad && !Prepositional(s, ad) && !SameActor(ad, sender) ? ad : SameActor(target, sender) ? null : target);
                }

                if (source is { } member && target is { } patron && AffiliatedTo(s, member, patron) is var objectFrom && objectFrom > 0)
                {
                    // «واعتقلت الأجهزة الأمنية التابعة للحوثيين في صنعاء عشرة من موظفي الأمم المتحدة»: whose the subject is
                    // belongs to it, not to the act; a generic subject acts for the body it belongs to (as «مسلحون من
                    // جماعة …»; not for one it is loyal to, «الفصائل الموالية لإيران»), and the object comes after.
                    var obj = FirstActorAfter(s, objectFrom, maxWords: 3);
                    var owned = ArabicWords.StripConjunction(words[WordAfter(s, member.End)].Key).StartsWith("التابع", StringComparison.Ordinal);
                    (source, target) = (member.Kind == ActorKind.Agent && owned ? patron : member, obj is { } o && !Prepositional(s, o) && !SameActor(o, patron) ? o : null);
                }

                if (t.IsVerb && afterTrigger < words.Count && words[afterTrigger].Key is "اياهم" or "اياه" or "اياها" or "اياهما"
                    && events.FindLast(e => e.Sentence == s.Index) is { Target: { } referent })
                {
                    // «واعتقلت … عشرة من موظفي الأمم المتحدة، متهمة إياهم بالتجسس»: the detached pronoun is the previous
                    // act's object.
                    target = referent;
                }

                if (ReferenceEquals(t, CondemningTrigger) && target is { } called && (s.Text[called.Start] == 'ب' || AfterDescription(s, called)))
                {
                    // «وصفت الوزارة الهجوم بالإرهابي», «ووصفته بأنه اعتداء على البنية التحتية للعراق»: what it was called is no
                    // one accused.
                    target = null;
                }

                if (target is { Kind: ActorKind.Country } placeAdjective && ActorView.IsNisba(s.Text, placeAdjective) && WordContaining(s, placeAdjective.Start) is var pa
                    && pa > 0 && ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[pa - 1].Key)).ToString() is "مدن" or "بعده" or "عده" or "بلدات" or "قري"
                        or "مناطق" or "محافظات" or "ولايات" or "عواصم" or "شوارع" or "جامعات" or "مخيمات" or "مدينه" or "بلده" or "قريه" or "منطقه" or "عاصمه")
                {
                    // «في مظاهرات بعدة مدن مغربية»: where it happened, not whom it is against.
                    target = null;
                }

                if (target is { } led && WordAfter(s, led.Start) is var ledAt && ledAt > 0 && ledAt < s.Words.Count && s.Words[ledAt].Start == led.Start
                    && ArabicWords.StripConjunction(s.Words[ledAt - 1].Key) is "برياسه" or "برئاسه" or "بقياده" or "بزعامه" or "برعايه" or "بحضور" or "بمشاركه" or "بوساطه")
                {
                    // «بتشكيل لجنة تحقيق عليا برئاسة مستشار الأمن القومي»: who heads, sponsors or attends it is not whom it
                    // is aimed at.
                    target = null;
                }

                if (source is null && !t.IsVerb && t.Type is "CONSULT" or "COOPERATE" && SubjectBeforeAside(s, w) is { } meeting && !SameActor(meeting, target))
                {
                    // «أكد الوزير بدر عبد العاطي، خلال اتصال هاتفي مع نظيره اللبناني، …»: the talks in an aside are the
                    // subject's, named right before it.
                    source = meeting;
                }

                if (source is { } callee && target is null && !t.IsVerb && !hit.Possessed && t.Type is "CONSULT" && CallerOfManner(s, w, callee) is { } mannerCaller)
                {
                    // «وهنأ الرئيس الإيراني نظيره العراقي في اتصال هاتفي»: the talks the clause was held in are its
                    // subject's with its object, not the object's.
                    (source, target) = (mannerCaller, callee);
                }

                if (t.Type == "ACCUSE" && target is { } harmed && VictimOfHarmNoun(s, harmed))
                {
                    // «ونددت النقابة بمقتل المصور أحمد سليمان»: whom the killing befell is not whom the condemnation is of.
                    target = null;
                }

                if (t.Type == "ACCUSE" && source is { } harmedAfter && harmedAfter.Start > words[w].Start && VictimOfHarmNoun(s, harmedAfter))
                {
                    // «وأدانت النقابة مقتل المصور أحمد منصور»: nor who condemns (here a body no dictionary names).
                    source = null;
                }

                if (ReferenceEquals(t, CondemningTrigger) && source is { Kind: ActorKind.Country } place && place.End <= words[w].Start)
                {
                    // «قرب بلدة كفرشوبا، وهو ما وصفته البعثة بأنه …»: a place told before is not who describes.
                    source = null;
                }

                if (ReferenceEquals(t, RefusalTrigger) || ReferenceEquals(t, PromiseTrigger))
                {
                    (source, target) = RefuserAndRefused(s, w, afterTrigger, t);
                }

                if (ReferenceEquals(t, RetaliationTrigger) && MetWith(s, w) && source is { } aggressor && aggressor.End <= words[w].Start)
                {
                    // «أي اعتداء إسرائيلي جديد سيقابل برد مناسب»: the aggression named before «سيقابل» is whom the threat is
                    // aimed at; who will respond is the speaker's side (the quote's speaker).
                    (source, target) = (null, aggressor);
                }

                if (t.Type == "ASSAULT" && t.IsVerb && source is { } counted && counted.Kind == ActorKind.Agent && counted.End <= words[w].Start
                    && ArabicWords.StripConjunction(words[w].Key).StartsWith("قتل", StringComparison.Ordinal)
                    && WordAfter(s, counted.Start) is var cw && cw < words.Count && ActorLexicon.IsNumber(words[cw].Key))
                {
                    // «أن 40 مدنيا قتلوا جراء قصف نفذته قوات الدعم السريع»: a count before «قتلوا» is who was killed; who
                    // did it is named after the verb, if at all.
                    (source, target) = (target is { } doer && doer.Start > words[w].End ? doer : null, counted);
                }

                if (t.IsVerb && source is { } objectBefore && objectBefore.End <= words[w].Start && ArabicWords.StripConjunction(words[w].Key).Length < words[w].Key.Length
                    && events.FindLast(e => e.Sentence == s.Index) is { Source: { } earlierDoer, Target: { } earlierObject } earlier
                    && earlier.Trigger.End <= objectBefore.Start && SameActor(earlierObject, objectBefore) && !SameActor(earlierDoer, target))
                {
                    // «أن قواتنا دحرت الميليشيا وقتلت العشرات من عناصرها»: a verb joined by «و» with no subject of its own goes
                    // on with the first verb's subject, not with that verb's object.
                    source = earlierDoer;
                }

                if (source is { Kind: ActorKind.Agent } spokesman && WordAfter(s, spokesman.End) is var bw && bw + 1 < words.Count
                    && ArabicWords.StripConjunction(words[bw].Key) is "باسم" && s.ActorAt(bw + 1) is { } spokenFor)
                {
                    // «وتوعد المتحدث العسكري باسم الحوثيين بـ…»: a spokesman named only by the title acts for whom he speaks.
                    source = spokenFor;
                    target = SameActor(target, spokenFor) ? null : target;
                }

                if ((t.IsVerb || t.Kind == TriggerKind.PatientNoun) && (t.Type is "COERCE" or "SANCTION" || ReferenceEquals(t, SummonNounTrigger)) && AnnouncedMeasure(s, w, t.IsVerb) is { } announcer && !SameActor(announcer, source))
                {
                    // «أعلنت الكويت، الأحد، طرد ثلاثة دبلوماسيين»: after «أعلن/قرر» the trigger is a masdar; who announced the
                    // measure took it, and its genitive is whom it is taken against.
                    var measured = FirstActorAfter(s, afterTrigger, maxWords: 2);
                    (source, target) = (announcer, measured is { } m0 && !Prepositional(s, m0) && !SameActor(m0, announcer) ? m0 : null);
                }

                if (t.IsVerb && source is null && t.Kind != TriggerKind.Passive && Forceful(t.Type) && ArabicWords.StripConjunction(words[w].Key).Length < words[w].Key.Length
                    && w > 0 && !IsClauseBreak(s, w) && events.FindLast(e => e.Sentence == s.Index) is { Source: { } goingOn } previous
                    && Forceful(previous.Type) && previous.Trigger.End <= words[w].Start && !SameActor(goingOn, target)
                    && (afterTrigger >= words.Count || s.ActorAt(afterTrigger) is not { } own || SameActor(own, target)))
                {
                    // «شن الحوثيون أكثر من 100 هجوم … واحتجزوا طاقم سفينة»: a verb joined by «و» with no subject named goes on with
                    // the sentence's last act's doer.
                    source = goingOn;
                }

                // («أصيب شابان برصاص قوات الاحتلال خلال اقتحامها بلدة بيتا، فيما اعتقلت 12 مواطنا»: or by «فيما».)
                if (t.IsVerb && t.Kind != TriggerKind.Passive && Forceful(t.Type)
                    && (ArabicWords.StripConjunction(words[w].Key).Length < words[w].Key.Length || (w > 0 && words[w - 1].Key is "فيما" or "كما"))
                    && FeminineVerb(s.Text, words[w]) && FirstFeminineSubject(s, w) is { } she && !SameActor(she, target)
                    // (a name before that subject, «وفي ريف درعا، توغلت …», is where, not who)
                    && (source is null || (source is { Kind: ActorKind.Country } where && where.End <= she.Start && !SameActor(where, she)
                        && (Prepositional(s, where) || GenitiveInPhrase(s, where)))))
                {
                    // «توغلت قوة إسرائيلية في ريف القنيطرة، ونفذت عمليات تفتيش، واعتقلت ثلاثة شبان»: a feminine verb joined by
                    // «و» with no subject goes on with the subject of the sentence's feminine verb before it, even when that
                    // verb is no event.
                    source = she;
                }

                if (t.IsVerb && source is null && t.Kind != TriggerKind.Passive && Forceful(t.Type) && w > 0 && words[w - 1].Key is "فيما"
                    && FeminineVerb(s.Text, words[w]) && events.FindLast(e => e.Sentence == s.Index) is { Source: { } forces } before0 && Forceful(before0.Type)
                    && forces.Code is { Length: >= 3 } forceCode && forceCode[^3..] is "MIL" or "COP" or "SPY" && !SameActor(forces, target))
                {
                    // «أصيب شابان برصاص قوات الاحتلال خلال اقتحامها بلدة بيتا، فيما اعتقلت 12 مواطنا»: a feminine verb of force
                    // after «فيما» with no subject goes on with the forces that acted before it.
                    source = forces;
                }

                if (t.Type is "THREATEN" or "ACCUSE" or "REQUEST" or "SANCTION" && target is { Pronoun: true } ownState && source is { Code: { Length: >= 3 } doerCode }
                    && ownState.Code is { Length: >= 3 } ownCode && doerCode[..3] == ownCode[..3])
                {
                    // «هدد كاتس بأن بلاده ستضرب …»: the speaker's own state is no one he threatens or accuses.
                    target = null;
                }

                if (t.Type == "THREATEN" && target is { Kind: ActorKind.Country, Pronoun: false, Code: { Length: 3 } stateCode } ownNamed && source is { Code: { Length: >= 6 } officialCode }
                    && officialCode[..3] == stateCode && ownNamed.Start > words[w].End)
                {
                    // «واتهم كاتس الحركة بالمماطلة، مهددا بأن إسرائيل ستستأنف القتال»: his own state named in the threat is
                    // who will act, not whom it is aimed at; that is whom the sentence's act before it was aimed at.
                    target = events.FindLast(e => e.Sentence == s.Index && e.Source is { } earlier && SameActor(earlier, source)) is { Target: { } aimed } && !SameActor(aimed, ownNamed) ? aimed : null;
                }

                if (t.Type == "SANCTION" && t.Mode == "convict" && target is null)
                {
                    // «وحكمت محكمة عسكرية على الناشط X بالسجن»: whom the sentence is passed on stands before it, after «على».
                    for (var i = w - 1; i > 0 && i >= w - 7 && !IsClauseBreak(s, i + 1); i--)
                    {
                        if (words[i].Key == "علي" && s.ActorAt(i + 1) is { } sentenced && sentenced.End <= words[w].Start && !SameActor(sentenced, source))
                        {
                            target = sentenced;
                            break;
                        }
                    }
                }

                // (A place struck may have been let go as a side already: it is still where the attack fell.)
                if (!t.IsVerb && t.Type == "ASSAULT" && (source is null || source.Value.End <= words[w].Start) && Perpetrator(s, w) is { } carriedOutBy
                    && !SameActor(carriedOutBy, target))
                {
                    // «أعربت الإمارات عن إدانتها للهجوم الذي شنته ميليشيا الحوثي»: the clause naming who carried the attack
                    // out names its ACTOR, not a condemner or speaker before it.
                    source = carriedOutBy;
                }

                if (t.Type == "ACCUSE" && CondemnVerb(t) && (target ?? PlaceStruck(s, afterTrigger)) is { } struckPlace && AttackedObject(s, source is { } condemner && condemner.Start >= words[w].End ? WordAfter(s, condemner.End) : afterTrigger, struckPlace) is var perpetrator && perpetrator.Attacked)
                {
                    // «أدانت الخارجية القطرية الغارات على الحديدة وصنعاء», «أدانت الاعتداء على بلدة ترمسعيا الذي نفذه
                    // مستعمرون»: what the condemned act fell on is no one accused; its doer, when named, is.
                    target = perpetrator.Doer;
                }

                if (t.Type == "ACCUSE" && target is null && (CondemnVerb(t) || CondemnNoun(words[w].Key))
                    && (source is { } named && named.Start >= words[w].End ? WordAfter(s, named.End) : afterTrigger) is var condemned
                    && CondemnedAct(s, condemned) is { } actAt && Perpetrator(s, actAt) is { } condemnedDoer && !SameActor(condemnedDoer, source))
                {
                    // «وأدان بوريطة الهجمات التي تشنها جماعة الحوثي على السفن», «أعربت عن إدانتها للهجوم الذي شنته
                    // ميليشيا الحوثي»: the doer of the condemned act is who is condemned.
                    target = condemnedDoer;
                }

                if (t.Type == "COOPERATE" && t.IsVerb && afterTrigger < words.Count && ArabicWords.StripConjunction(words[afterTrigger].Key).ToString() is "الاجتماع" or "اللقاء" or "المحادثات" or "المباحثات" or "الاجتماعات"
                    && events.Exists(e => e.Type == "CONSULT"))
                {
                    // «وشارك في الاجتماع القائد العام …»: taking part in the meeting told is that meeting, no cooperation of its own.
                    w = afterTrigger - 1;
                    continue;
                }

                if (!t.IsVerb && t.Type == "CONSULT" && s.Text[words[w].Start] is not 'ب' && ArabicWords.StripConjunction(words[w].Key).StartsWith("ال", StringComparison.Ordinal)
                    && w > 0 && (ArabicWords.StripConjunction(words[w - 1].Key).ToString() is "خلال" or "عقب" or "بعد" or "اثر" or "اثناء" or "قبيل" or "ختام" or "هامش" or "مستهل"
                        || (w > 1 && words[w - 1].Key == "في" && ArabicWords.StripConjunction(words[w - 2].Key).ToString() is "شارك" or "شاركت" or "شاركوا" or "حضر" or "حضرت"))
                    && events.Exists(e => e.Type == "CONSULT"))
                {
                    // «وأكدا خلال الاجتماع …», «وعقب اللقاء …», «وشارك في الاجتماع …»: the meeting already told, not another one.
                    w = afterTrigger - 1;
                    continue;
                }

                if (t.Type is "ASSAULT" or "COERCE" && target is { } instrument && s.Text.AsSpan(instrument.Start).StartsWith("بال", StringComparison.Ordinal)
                    && instrument.Kind == ActorKind.Agent)
                {
                    // «قصفت قوات الدعم السريع بالمدفعية أحياء سكنية»: what it was done with is no recipient; what follows it may be.
                    target = FirstActorAfter(s, WordAfter(s, instrument.End), maxWords: 3) is { } struck && !Prepositional(s, struck) ? struck : null;
                }

                if (t.Type == "CONSULT" && target is null && EachOf(s, afterTrigger) is { } first)
                {
                    // «أجرى اتصالين هاتفيين بكل من X وY», «التقى كلا من X وY»: the first of those met.
                    target = SameActor(first, source) ? null : first;
                }

                if (t.Type == "REJECT" && ArabicWords.StripConjunction(words[w].Key).ToString() is "رفضا" && afterTrigger < words.Count
                    && words[afterTrigger].Key.StartsWith('ل') && events.Exists(e => e.Sentence == s.Index))
                {
                    // «خرج المئات في مسيرة رفضا لارتفاع الأسعار»: the reason of the act already told, not a rejection of its own.
                    w = afterTrigger - 1;
                    continue;
                }

                if (!t.IsVerb && t.Type == "CONSULT" && t.Mode == "visit" && ArrivalBefore(s, w) is { } arrival)
                {
                    // «ووصل السوداني إلى طهران في زيارة رسمية»: who arrived visits where they arrived.
                    (source, target) = arrival;
                }

                if (t.Type == "ACCUSE" && t.IsVerb && source is { } adjective && adjective.Kind == ActorKind.Country && ActorView.IsNisba(s.Text, adjective)
                    && WordAfter(s, adjective.Start) is var aw && aw > w + 1 && s.ActorAt(aw - 1) is null)
                {
                    // «ودانت القمة الغارات الإسرائيلية على سوريا»: the nationality of what is condemned is whom it is aimed at.
                    (source, target) = (null, adjective);
                }

                if (t.IsVerb && t.Kind != TriggerKind.Passive && source is { } afterVerb && afterVerb.Start >= words[w].End
                    && FeminineVerb(s.Text, words[w]) && MasculineHead(s, afterVerb)
                    // («أن الشرطة داهمت 54 موقعا … واوقفت التونسي»: a verb joined by «و» goes on with the act told right before it.)
                    && ((Forceful(t.Type) && words[w].Key.StartsWith('و') && events.FindLast(e => e.Sentence == s.Index) is { Source: { } joinedTo } prior
                            && Forceful(prior.Type) && prior.Trigger.End <= words[w].Start ? joinedTo : (ActorMention?)null)
                        ?? FirstFeminineSubject(s, w) ?? LeadSubject(s, w)) is { } lead && !SameActor(lead, afterVerb))
                {
                    // «واستدعت سفير الاتحاد الأوروبي …», «إذ اعتقلت، فجر أمس، 14 ناشطا»: a feminine verb does not agree with a
                    // masculine noun after it, so that noun is the object; the verb goes on with its sentence's subject.
                    (source, target) = (lead, target is null || SameActor(target, afterVerb) ? afterVerb : target);
                }

                // («تلقى سموه برقيتي تأييد من X», «تلقت الحكومة دعوة من Y»: a message received, too.)
                if ((t.Mode == "phone" || (!t.IsVerb && t.Type is "SUPPORT" or "REQUEST" or "AID" or "ACCUSE" or "THREATEN"))
                    && (Received(s, w) ?? (IsReceiveVerb(words[w].Key) ? source : null)) is { } receiver && CallerAfter(s, afterTrigger) is { } caller)
                {
                    // «تلقى X اتصالا هاتفيا من Y», «وتلقى X اتصالا، اليوم، من Y»: Y made the call (PLOVER's ACTOR), X took it.
                    (source, target) = (caller, receiver);
                }
                else if (t.Mode == "phone" && !t.IsVerb && ReceivedBy(s, afterTrigger) is { } takenAt
                    && FirstActorAfter(s, takenAt + 1, maxWords: 2) is { } taker && CallerAfter(s, takenAt + 1) is { } callerAfter && !SameActor(taker, callerAfter))
                {
                    // «خلال اتصال هاتفي تلقاه عبد العاطي، أمس، من نظيره السوداني»: the clause on the call names who took it
                    // and who made it.
                    (source, target) = (callerAfter, taker);
                }
                else if (t.Mode == "phone" && IsReceiveVerb(words[w].Key) && CallerAfter(s, afterTrigger) is { } unnamedTo)
                {
                    // The same with whoever took the call unnamed or inside the trigger: the caller is no recipient.
                    (source, target) = (unnamedTo, null);
                }
                if (claimant is { } claimed)
                {
                    source = claimed;
                    if (SameActor(claimed, target))
                    {
                        target = null;
                    }
                }

                if (!t.IsVerb && (words[w].Key.StartsWith("لل", StringComparison.Ordinal) || ArabicWords.StripConjunction(words[w].Key) is "احتجاجا" or "تنديدا" or "استنكارا" or "رفضا" or "تضامنا")
                    && lastSource is { } purposeOf && !(t.Type == "ASSAULT" && Perpetrator(s, w) is not null))
                {
                    // «تظاهر مئات التونسيين … للمطالبة بالإفراج عن …», «استدعت الخارجية … السفير، احتجاجا على …»,
                    // «ونفذ الاتحاد وقفة احتجاجية … تنديدا بـ…»: a purpose or a reason is its clause's act's, not the place's.
                    source = purposeOf;
                    if (SameActor(purposeOf, target))
                    {
                        target = null;
                    }
                }

                if (!t.IsVerb && t.Type is "ASSAULT" or "PROTEST" or "COERCE" or "SANCTION" or "ACCUSE" or "THREATEN" && CommentedOn(words, w))
                {
                    // «ولم يعلق الجيش اللبناني على الغارات», «وردا على الهجوم»: who comments on an act did not do it.
                    if (source is { } commenter && commenter.Start < words[w].Start)
                    {
                        source = null;
                    }
                }

                var type = t.Type;
                var mode = t.Mode;
                if (ReferenceEquals(t, SummonNounTrigger) && source is { Code: { Length: >= 3 } recallerCode } && target is { Code: { Length: >= 3 } envoyCode }
                    && recallerCode[..3] == envoyCode[..3])
                {
                    // «أعلنت الخارجية الجزائرية استدعاء سفيري الجزائر لدى مالي والنيجر»: the announcer's own envoys are
                    // recalled (SANCTION) from where they serve.
                    (type, mode, target) = ("SANCTION", "withdraw", null);
                }

                if (type == "ACCUSE" && ArabicWords.StripConjunction(words[w].Key).ToString() == "احتجاجا"
                    && !(source is { } state && (state.Kind == ActorKind.Country || state.Code is { Length: >= 6 } c && c[3..] is "GOV" or "MIL" || state.Code is "GOV"))
                    // («واستدعت الخارجية السفير احتجاجا على …»: an envoy summoned is no protester either.)
                    && !(w > 0 && InClauseBefore(words, s.Text, w, 6, SummonVerbs)))
                {
                    // PLOVER: done «احتجاجا» by people or a movement (a boycott, a sit-in) is a protest; by a state (a
                    // recalled ambassador) it disapproves.
                    (type, mode) = ("PROTEST", null);
                }

                if (type == "SANCTION" && target is null && t.Words[0].Stem.StartsWith("استدع", StringComparison.Ordinal))
                {
                    // «استدعت الخارجية الجزائرية سفيرها لدى فرنسا»: the state the envoy is recalled from.
                    for (var j = afterTrigger; j < Math.Min(words.Count - 1, afterTrigger + 3); j++)
                    {
                        if (words[j].Key is "لدي" or "في" && s.ActorAt(j + 1) is { Kind: ActorKind.Country } host)
                        {
                            target = host;
                            break;
                        }
                    }
                }

                if (type == "SANCTION" && t.Words[0].Stem.StartsWith("استدع", StringComparison.Ordinal) && !ReferenceEquals(t, RecallTrigger) && !ReferenceEquals(t, RecallNounTrigger) && !ReferenceEquals(t, SummonNounTrigger) && !RecallsOwnEnvoy(s, w, afterTrigger))
                {
                    // PLOVER: summoning another state's envoy to hear a grievance («استدعت الخارجية العراقية القائم
                    // بالأعمال التركي») is ACCUSE; recalling one's own («استدعت سفيرها للتشاور») reduces relations.
                    (type, mode) = ("ACCUSE", "disapprove");
                }

                if (type == "PROTEST" && VerbalProtest(s, w, t, source))
                {
                    // PLOVER: a protest by one person, a state or an office («احتج الوزير على …», «مذكرة احتجاج») is a
                    // verbal disapproval (ACCUSE); PROTEST is a crowd's physical act.
                    (type, mode) = ("ACCUSE", "disapprove");
                }

                if (type == "COERCE" && mode == "deport" && DiplomatsAfter(words, afterTrigger))
                {
                    // PLOVER: expelling ambassadors, diplomats or embassy staff is SANCTION 'expel'; deporting
                    // individuals stays COERCE.
                    (type, mode) = ("SANCTION", "expel");
                }

                if (type == "ACCUSE" && t.Words[0].Stem.StartsWith("ادان", StringComparison.Ordinal) && Convicted(s, w, afterTrigger))
                {
                    // PLOVER: a court finding someone guilty («بعد إدانته بالإساءة إلى …», «أدانت المحكمة المتهم
                    // بالرشوة») is SANCTION 'convict', not a condemnation.
                    (type, mode) = ("SANCTION", "convict");
                }

                if (type == "ASSAULT" && mode is null or "heavy-weapons" or "aerial" && AirMode(words, w, afterTrigger) is { } air)
                {
                    // PLOVER: «غارة بطائرة مسيرة» is a drone strike; «قصفت الطائرات الحربية», «قصف جوي» a manned aerial one.
                    mode = air;
                }

                if (type == "ASSAULT" && ((t.Words.Length == 2 && t.Words[1].Stem == "علي" && t.Words[0].Stem is "قضي" or "قضت" or "قضينا" or "قضاء")
                        || t.Words[0].Stem is "حيد" or "حيدت" or "حيدوا" or "تحييد")
                    && (target is not { Kind: ActorKind.Person or ActorKind.Agent or ActorKind.Organization } eliminated
                        || afterTrigger >= words.Count || eliminated.Start > words[afterTrigger].End))
                {
                    // «قضى على الفساد», «القضاء على الإرهاب», «لتحييد مخاطر التهديد»: eliminating or neutralizing a thing,
                    // not people.
                    continue;
                }

                if (type == "ASSAULT" && VerbalAttack(s, w, afterTrigger, t, source))
                {
                    // «هاجم وزير الخارجية الإسرائيلي المحادثات», «هاجم الرئيس في خطابه المعارضة»: an office-holder's or a
                    // state's attack with no weapon, fighter or casualty in the sentence is criticism (ACCUSE).
                    (type, mode) = ("ACCUSE", "disapprove");
                }

                if (type == "SUPPORT" && !t.IsVerb && afterTrigger < words.Count
                    && ArabicWords.StripConjunction(words[afterTrigger].Key).ToString() is "مالي" or "ماليا" or "اقتصادي" or "اقتصاديا" or "عسكري" or "عسكريا" or "لوجستي" or "انساني" or "انسانيا" or "تقني" or "فني")
                {
                    // PLOVER: «دعم مالي», «دعم عسكري», «دعم إنساني» is aid given, not political support.
                    (type, mode) = ("AID", ArabicWords.StripConjunction(words[afterTrigger].Key).ToString() switch
                    {
                        "عسكري" or "عسكريا" or "لوجستي" => "military",
                        "انساني" or "انسانيا" => "humanitarian",
                        _ => "economic",
                    });
                }

                if (type == "SUPPORT" && t.IsVerb && UpholdsRuling(s, afterTrigger)
                    && (source is not { } upholding || ArabicWords.Fold(s.Text.AsSpan(upholding.Start, upholding.End - upholding.Start)).Contains("محكم", StringComparison.Ordinal)))
                {
                    // «وكانت محكمة الاستئناف قد أيدت أحكاما بالسجن …»: a court upholding a ruling backs no one (the
                    // sentence is coded as such).
                    w = afterTrigger - 1;
                    continue;
                }

                if (type == "ASSAULT" && source is { } actor && IsProtester(s, actor))
                {
                    // PLOVER: violence by protesters («أحرق المتظاهرون», «اشتبك المحتجون مع الشرطة») is a riot.
                    (type, mode) = ("PROTEST", "riot");
                }
                // «أعلن الاتحاد إضرابا عاما الأسبوع المقبل»: an act dated after publication has not happened yet; «بالرد على
                // أي اعتداء»: any act at all is none in particular.
                var hypothetical = conditional || FutureNear(s, w, afterTrigger) || AnyBefore(words, w)
                    // «ودعا الأمين العام …، الطرفين إلى وقف فوري لإطلاق النار والسماح بوصول المساعدات»: a masdar in what a call or
                    // a demand asks for, however far from its verb, is asked for, not done (not an attack or an arrest,
                    // «طالب بالتحقيق في مقتل …», which the call names as done). A verb's letters joined with «و» and ending in
                    // «ة» read as the masdar there: «، وإعادة فتح معبر رفح».
                    || ((!t.IsVerb || (words[w].Key.Length > 4 && words[w].Key[0] == 'و' && words[w].Key[^1] == 'ه')) && type is not ("PROTEST" or "ASSAULT" or "COERCE")
                        && AskedFor(document, triggerSpan))
                    // («ستستضيف الدوحة جولة مفاوضات»: talks a host will hold have not happened.)
                    || (type == "CONSULT" && !t.IsVerb && HostOfTalks(s, w) is { } hostVerb && hostVerb.StartsWith('س'))
                    // («إضراب عام يوم 21 يناير المقبل»: a strike or a meeting dated after the publication day; an agreement's
                    // later date is as often when it takes effect.)
                    || (type is "PROTEST" or "CONSULT" && EventDates.After(EventDates.Resolve(words, document.Published, w), document.Published));
                if (!t.IsVerb && source is { } briefer && briefer.End <= words[w].Start && BriefedOn(s, w) is { } briefAt && briefer.Start < words[briefAt].End + 60)
                {
                    // «وأطلع الرئيس عباس الضيف الإسباني على آخر المستجدات، خاصة جرائم المستعمرين واعتداءاتهم»: who briefs on
                    // acts did not do them; a pronoun on the act's noun is the people named right before it.
                    source = words[w].Key.StartsWith('و') && s.Text.AsSpan(words[w].Start, words[w].End - words[w].Start).EndsWith("هم")
                        && s.ActorAt(w - 1) is { Kind: ActorKind.Agent } people && people.End == words[w - 1].End ? people : null;
                }

                if (HopedFor(words, w))
                {
                    // «وأشار الوزير إلى أن بلاده تتطلع إلى رفع كامل العقوبات المفروضة عليها»: what one hopes others do is
                    // not done, and not by the one who hopes.
                    hypothetical = true;
                    if (source is { } hoping && hoping.End <= words[w].Start)
                    {
                        source = null;
                    }
                }

                if (intent)
                {
                    // PLOVER: promises and offers of cooperation are AGREE; announced violence or sanctions are THREATEN.
                    (type, mode, hypothetical) = type switch
                    {
                        // «وأعلن الرئيسان توقيع اتفاقيات»: an agreement announced as signed has happened.
                        "AGREE" or "SUPPORT" when !hit.Future && AnnouncedOnly(words, w) && (type == "AGREE" || Signing(words, w)) => (type, mode, hypothetical),
                        "COOPERATE" or "AID" or "RETREAT" or "CONCEDE" or "CONSULT" or "SUPPORT" => ("AGREE", null, hypothetical),
                        "ASSAULT" or "COERCE" or "SANCTION" or "MOBILIZE" => ("THREATEN", null, hypothetical),
                        _ => (type, mode, true),
                    };
                }

                // A possible act does not stand for a real one of its type told later in the sentence, nor the reverse.
                // Sanctions of different kinds are different acts: «استدعاء سفيرها للتشاور، وطرد 12 موظفا»; so are coercions
                // («اقتحمت قوات الاحتلال بلدة بيتا، فيما اعتقلت 12 مواطنا»).
                var seenKey = (hypothetical ? type + "?" : type) + (type == "SANCTION" ? "/" + mode : "");
                var told = type == "COERCE" && t.IsVerb && !Imperfect(words[w].Key)
                    // A coercion told by a verb in the past is its own act unless one of its kind was told before
                    // («اقتحمت قوات الاحتلال بلدة بيتا، فيما اعتقلت 12 مواطنا»); a noun or a present tense after one is the same act
                    // («واعتقلت قوات الاحتلال 12 فلسطينيا خلال حملة مداهمات»).
                    ? seen.Contains(seenKey + "~" + mode) || !seen.Add(seenKey + "/" + mode)
                    : type == "COERCE"
                        ? seen.Any(k => k.StartsWith(seenKey + "/", StringComparison.Ordinal) || k.StartsWith(seenKey + "~", StringComparison.Ordinal)) | !seen.Add(seenKey + "~" + mode)
                        : !seen.Add(seenKey);
                if (told)
                {
                    // «قتل 12 شخصا أمس عندما هاجم انتحاريان حمام سباحة», «بعد زيارة عمل التقى خلالها الرئيس …»: the same
                    // act told twice in one sentence; a side the first telling left open is taken from the second when
                    // that one is a verb or names its doer («هجومين تبنتهما حركة طالبان»); other nominal mentions only
                    // guess theirs.
                    // («جاءت الضربات ردا على إطلاق صاروخ باتجاه مطار بن غوريون»: the act responded to is another one; its
                    // sides are not the first act's.)
                    var answered = RespondedTo(s, w);
                    if (!answered && (t.IsVerb || Perpetrator(s, afterTrigger) is not null))
                    {
                        FillSides(events, type, hypothetical, s.Index, source, target);
                    }
                    else if (!answered && t.Kind == TriggerKind.PatientNoun)
                    {
                        // «شنت طائرات … غارات …، ما أسفر عن مقتل شخصين»: whom the act fell on, named by its outcome.
                        FillSides(events, type, hypothetical, s.Index, null, target);
                    }

                    w = afterTrigger - 1;
                    continue;
                }

                if (type == "CONSULT" && source is null && hit.Count == 2 && PartyInTrigger(s, w) is { } party)
                {
                    // «وناقش الجانبان …», «أن الوزيرين بحثا …»: the two who met are named inside the pattern; they are
                    // its ACTOR, and the verb alone its trigger.
                    source = party;
                    triggerSpan = party.Start > words[w].Start ? new TextSpan(words[w].Start, words[w].End) : new TextSpan(words[w + 1].Start, words[w + 1].End);
                }

                if (type == "CONSULT" && (Hosting(words[w].Key) || (hit.Count == 2 && ArabicWords.StripConjunction(words[w + 1].Key).StartsWith("استقبال", StringComparison.Ordinal)))
                    && !(w > 0 && PassiveMarkers.Contains(ArabicWords.StripConjunction(words[w - 1].Key).ToString())))
                {
                    // PLOVER codebook (CONSULT, visit): «the visitor will always be coded as the actor and the host will be
                    // the recipient»: «استقبل الرئيس وزير الخارجية التركي» is the minister's visit to the president.
                    // («استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا وزير الخارجية الفرنسي», «أن المشير خليفة حفتر استقبل
                    // في بنغازي وزير الخارجية الإيطالي»: the guest after the place.)
                    if (target is null && source is { } host && GuestAfter(s, host) is { } guest && guest.Start > words[w].Start)
                    {
                        target = guest;
                    }

                    (source, target) = (target, source);
                }

                // Per event: a month or a span in the sentence is the act's only near its trigger.
                date = EventDates.Resolve(words, document.Published, w);

                var reported = false;
                foreach (var q in quoteContents)
                {
                    if (q.Contains(triggerSpan))
                    {
                        reported = true;
                        break;
                    }
                }

                if (type == "REQUEST" && ArabicWords.PassiveDemand(s.Text, words, w))
                {
                    // «والحكومة مطالبة بتفعيل …»: the subject is whom it is asked of; in someone's words it is the
                    // speaker's demand (who is named by the quote), in the narration nobody's.
                    if (!reported)
                    {
                        continue;
                    }

                    (source, target) = (null, source);
                }

                // «لن نقبل», «لن نتراجع»: the refusal's verb in the first person; «اتفقنا», «رفضنا»: the perfect's, where
                // «نا» is no object («هاجمنا» is as often «he attacked us»).
                var firstPerson = t.FirstPerson || ((ReferenceEquals(t, RefusalTrigger) || ReferenceEquals(t, PromiseTrigger)) && words[w].Key.StartsWith('ن'))
                    || (ReferenceEquals(t, RetaliationTrigger) && (ArabicWords.StripConjunction(words[w].Key).StartsWith("سن", StringComparison.Ordinal) || MetWith(s, w)))
                    || (t.IsVerb && t.Words[0].Open && (t.Kind == TriggerKind.Intransitive || t.Type == "REJECT" || (!HostileOrDemanding(t.Type) && t.Type is not ("ASSAULT" or "COERCE")))
                        && ArabicWords.StripConjunction(words[w].Key) is var said && said.Length == t.Words[0].Stem.Length + 2
                        && said.StartsWith(t.Words[0].Stem, StringComparison.Ordinal) && said.EndsWith("نا", StringComparison.Ordinal));
                if (condemnedAttack && source is { } byCondemner && byCondemner.End <= words[w].Start)
                {
                    // Whoever condemns an attack did not carry it out: its doer is the one named with it after it («الهجمات
                    // التي تشنها جماعة الحوثي»), or no one.
                    source = Perpetrator(s, w) is { } attacker && attacker.Start >= words[w].End && !SameActor(attacker, target) ? attacker : null;
                }

                if (firstPerson && source is { } later && later.Start >= triggerSpan.End)
                {
                    // «سنتخذ الإجراءات اللازمة لحماية المدنيين»: a first person verb's subject is never after it; an object
                    // without a preposition is whom it is aimed at.
                    target ??= t.Kind == TriggerKind.Transitive && !Prepositional(s, later) ? later : null;
                    source = null;
                }

                events.Add(new CodedEvent(type, mode, triggerSpan, s.Index, source, target, reported, hypothetical, date, firstPerson));
                lastSource = source ?? lastSource;
                w = afterTrigger - 1;
            }
        }

        return events;
    }

    /// <summary>
    /// «أعلنت الحكومة حظراً للتجوال», «أعلن الجيش حالة الطوارئ», «أعلنت الداخلية توقيف عشرات المحتجين»: a restriction, an
    /// arrest or a sanction that «أعلن» governs directly as
    /// its object (a masdar, no complementizer between, no imperfect) is declared and so imposed, not intended. (A declared
    /// ceasefire stays a promise: PLOVER codes its declaration, not its implementation, as CONCEDE.)
    /// </summary>
    private static bool DeclaredMeasure(List<Word> words, int announce, int w, bool verb)
    {
        for (var i = announce + 1; i < w; i++)
        {
            if (Complementizers.Contains(ArabicWords.StripConjunction(words[i].Key).ToString()) || words[i].Key is "عن" or "عزمه" or "عزمها" or "نيته" or "نيتها")
            {
                return false;
            }
        }

        // «توقيف», «تجميد»: a masdar may begin like an imperfect; only the trigger's kind tells them apart.
        var key = ArabicWords.StripConjunction(words[w].Key);
        return !verb || !(key.Length > 3 && key[0] is 'ي' or 'ت' or 'ن' or 'س');
    }

    /// <summary>Types whose two sides act together: «التقى X وY», «وقعت مصر والسعودية اتفاقية».</summary>
    private static bool Symmetric(string type) => type is "AGREE" or "CONSULT" or "COOPERATE" or "AID" or "SUPPORT";

    /// <summary>A state, or a body whose code is international or non-governmental (IGO…, NGO…).</summary>
    private static bool StateOrInternational(ActorMention a) =>
        a.Kind == ActorKind.Country || (a.Kind == ActorKind.Organization && a.Code is { } c && (c.StartsWith("IGO", StringComparison.Ordinal) || c.StartsWith("NGO", StringComparison.Ordinal)));

    /// <summary>«X وY»: the second mention follows the first with only the conjunction between.</summary>
    private static bool Coordinated(SentenceView s, ActorMention first, ActorMention second)
    {
        if (second.Start <= first.End)
        {
            return false;
        }

        var gap = s.Text.AsSpan(first.End, second.Start - first.End).Trim();
        return gap is "و" || (gap.IsEmpty && s.Text[second.Start] == 'و' && WordAfter(s, second.Start) is var i && i < s.Words.Count
            && ArabicWords.StripConjunction(s.Words[i].Key).Length < s.Words[i].Key.Length);
    }

    /// <summary>The crowd named after «لتفريق» within the clause after <paramref name="from"/>.</summary>
    private static ActorMention? Dispersed(SentenceView s, int from)
    {
        for (var i = from; i < s.Words.Count && i < from + 8; i++)
        {
            if (i > from && IsClauseBreak(s, i))
            {
                return null;
            }

            if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "لتفريق" or "لتفرقه" or "لتفريقهم")
            {
                return FirstActorAfter(s, i + 1, maxWords: 3);
            }
        }

        return null;
    }

    /// <summary>«سفيرها», «سفيره», «سفيرنا»: the envoy recalled is the caller's own.</summary>
    private static bool RecallsOwnEnvoy(SentenceView s, int w, int after)
    {
        for (var i = w + 1; i < after && i < s.Words.Count; i++)
        {
            var word = s.Words[i];
            var raw = s.Text.AsSpan(word.Start, word.End - word.Start);
            if (raw.StartsWith("سفير") && (raw.EndsWith("ها") || raw.EndsWith("ه") || raw.EndsWith("هم") || raw.EndsWith("نا") || raw.EndsWith("يها")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «وكالة الأمم المتحدة لإغاثة …», «مركز الملك سلمان للإغاثة»: an indefinite head of a body (a construct, no article)
    /// within the three words before, with no punctuation between: the masdar with «لـ» is the rest of its name.
    /// </summary>
    private static bool InsideBodyName(SentenceView s, int w)
    {
        for (var i = w - 1; i >= 0 && i >= w - 4; i--)
        {
            if (IsClauseBreak(s, i + 1))
            {
                return false;
            }

            var key = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            if (key.Length > 4 && key[0] is 'ل' or 'ب' && !key.StartsWith("ال", StringComparison.Ordinal))
            {
                key = key[1..];
            }

            if (NameHeads.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Heads of bodies whose names go on with «لـ» + a masdar («وكالة … لإغاثة», «مركز … للإغاثة»).</summary>
    private static readonly FrozenSet<string> NameHeads = new[]
    {
        "وكاله", "مركز", "مكتب", "صندوق", "هييه", "جمعيه", "منظمه", "برنامج", "مفوضيه", "لجنه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Letters of protest (folded, article off): «مذكرة احتجاج», «بيانات احتجاج».</summary>
    private static readonly FrozenSet<string> ProtestLetters = new[]
    {
        "بيان", "بيانات", "مذكره", "مذكرات", "رساله", "رسائل", "رسايل", "برقيه", "شكوي", "خطاب", "نبره", "لهجه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs and nouns of conveying a protest (folded, no conjunction): «أبلغته احتجاجها», «نقل احتجاج بلاده».</summary>
    private static readonly FrozenSet<string> ConveyingVerbs = new[]
    {
        "ابلغ", "ابلغت", "ابلغه", "ابلغته", "ابلغها", "ابلغتها", "ابلغهم", "ابلغتهم", "نقل", "نقلت", "سلم", "سلمت", "سلمه", "سلمته", "قدم", "قدمت",
        "وجه", "وجهت", "ابلاغ", "ابلاغه", "ابلاغها", "تسليم", "تسليمه", "يبلغ", "تبلغ", "ليبلغ", "لتبلغ", "لابلاغه", "لابلاغها",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool VerbalProtest(SentenceView s, int w, Trigger t, ActorMention? source)
    {
        var stem = t.Words[0].Stem;
        if (!t.IsVerb)
        {
            // «وأبلغته احتجاجها الشديد», «نقل احتجاج بلاده»: a protest conveyed is a word, not a crowd.
            return stem.StartsWith("احتجاج", StringComparison.Ordinal) && w > 0
                && (ProtestLetters.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[w - 1].Key)).ToString())
                    || ConveyingVerbs.Contains(ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString()));
        }

        return stem is "احتج" or "يحتج" or "تحتج" && !IsPluralVerb(s, w, t)
            && source is { } doer && (doer.Kind is ActorKind.Person or ActorKind.Country || doer.Code is { Length: >= 6 } c && c[3..] is "GOV");
    }

    /// <summary>Words of a court and its sentences (folded, no conjunction or article).</summary>
    private static readonly FrozenSet<string> CourtWords = new[]
    {
        "محكمه", "قضت", "قضي", "القضاء", "قضاء", "حكم", "حكما", "بالسجن", "سجن", "بسجنه", "بسجنها", "بسجنهم", "بالاعدام", "قاضي", "القاضي",
        "عقوبه", "جنايات", "التمييز", "الاستيناف", "الاستئناف",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«إدانته بـ…» or «أدانت … بـ…» (a charge after «ب») in a sentence about a court.</summary>
    private static bool Convicted(SentenceView s, int w, int after)
    {
        var charge = false;
        for (var i = after; i < Math.Min(s.Words.Count, after + 4); i++)
        {
            // «أدان بشدة حكم المحكمة»: a manner, not a charge.
            if (s.Words[i].Key.StartsWith('ب') && s.Words[i].Key.Length > 3 && s.Words[i].Key is not ("بشده" or "بقوه" or "باشد" or "بكل"))
            {
                charge = true;
                break;
            }
        }

        if (!charge)
        {
            return false;
        }

        foreach (var word in s.Words)
        {
            var k = ArabicWords.StripConjunction(word.Key).ToString();
            if (CourtWords.Contains(k) || CourtWords.Contains(ArabicWords.StripArticle(k).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«أدانت الولايات المتحدة وتركيا وقطر الهجوم»: condemning verbs take an act as their object, so names joined
    /// to the subject are more subjects.</summary>
    private static bool CondemnVerb(Trigger t) =>
        t.IsVerb && t.Words[0].Stem is var stem && (stem.StartsWith("دان", StringComparison.Ordinal) || stem.StartsWith("ادان", StringComparison.Ordinal)
            || stem.StartsWith("ندد", StringComparison.Ordinal) || stem.StartsWith("استنكر", StringComparison.Ordinal) || stem.StartsWith("شجب", StringComparison.Ordinal)
            || stem.StartsWith("يدين", StringComparison.Ordinal) || stem.StartsWith("تدين", StringComparison.Ordinal));

    /// <summary>Offices one person holds (folded, no conjunction): a title before a name, not a group («المسلحون»).</summary>
    private static readonly FrozenSet<string> OfficeHeads = new[]
    {
        "رييس", "الرييس", "وزير", "الوزير", "نايب", "النايب", "المتحدث", "متحدث", "الناطق", "ناطق", "الامين", "امين", "مدير", "المدير",
        "قايد", "القايد", "السفير", "سفير", "المبعوث", "مبعوث", "محافظ", "المحافظ", "امير", "الامير", "الملك", "العاهل", "المستشار",
        "مستشار", "المندوب", "مندوب", "زعيم", "الزعيم", "رييسه", "وزيره", "المتحدثه", "الناشط", "الناشطه", "عضو",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool OfficeTitle(SentenceView s, ActorMention title)
    {
        foreach (var w in s.Words)
        {
            if (w.End > title.Start)
            {
                return OfficeHeads.Contains(ArabicWords.StripConjunction(w.Key).ToString());
            }
        }

        return false;
    }

    /// <summary>What is endangered rather than threatened by someone (folded, no article): «تهدد سيادة العراق».</summary>
    private static readonly FrozenSet<string> AbstractThreatened = new[]
    {
        "سياده", "امن", "استقرار", "حياه", "مستقبل", "سلم", "سلامه", "وحده", "مصالح", "اقتصاد", "صحه", "بقاء", "وجود", "مسار", "جهود",
        "عمليه", "فرص", "الامن", "بتقويض", "بانهيار", "بتفجير", "باشعال", "بانفجار", "بتوسيع", "بعرقله", "بنسف",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What is endangered, not threatened by anyone in particular: «تهديد الملاحة الدولية», «تهديد السلم».</summary>
    private static readonly FrozenSet<string> ThreatenedCommons = new[]
    {
        "ملاحه", "سلم", "سلام", "بيئه", "حريه", "حريات", "تجاره", "ممرات", "اقتصاد", "معيشه", "حقوق", "منطقه", "حياه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Goods and prices a state subsidizes (folded, no article): «دعم الوقود» is a subsidy.</summary>
    private static readonly FrozenSet<string> Subsidized = new[]
    {
        "وقود", "محروقات", "خبز", "سلع", "طاقه", "كهرباء", "بنزين", "سولار", "ديزل", "غاز", "دقيق", "طحين", "سكر", "زيت", "اسعار",
        "مواد", "الاسعار", "اسمده", "ادويه", "مياه", "تموين", "بطاقات",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The aerial mode of an attack from its clause (four words before the trigger to six after): «مسيرة»,
    /// «بدون طيار», «درون» make it a drone strike; «طائرة/طائرات» (not drones), «الطيران», «مقاتلات», «مروحية», «جوي»
    /// a manned aerial one. Null when neither is said.
    /// </summary>
    private static string? AirMode(List<Word> words, int w, int after)
    {
        string? mode = null;
        for (var i = Math.Max(0, w - 4); i < Math.Min(words.Count, after + 6); i++)
        {
            var k = ArabicWords.StripArticle(ArabicWords.StripConjunction(words[i].Key)).ToString();
            if (k.Length > 1 && k[0] == 'ب' && !k.StartsWith("بدون", StringComparison.Ordinal))
            {
                k = ArabicWords.StripArticle(k.AsSpan(1)).ToString();
            }

            if (k is "مسيره" or "مسيرات" or "مسيّره" or "درون" or "درونز" || (k is "بدون" && i + 1 < words.Count && words[i + 1].Key.StartsWith("طيار", StringComparison.Ordinal)))
            {
                return "drone";
            }

            if (k is "طاير" or "طايره" or "طايرات" or "طائره" or "طائرات" or "طيران" or "مقاتلات" or "مقاتله" or "مروحيه" or "مروحيات" or "جوي" or "جويه" or "حربيه" or "غاره" or "غارات")
            {
                mode = "aerial";
            }
        }

        return mode;
    }

    /// <summary>«أعلن/قرر» up to four words before <paramref name="w"/> in its clause (its subject between), no «أن» between.</summary>
    private static bool DeclaringVerbBefore(SentenceView s, int w)
    {
        for (var i = w - 1; i >= 0 && i >= w - 4; i--)
        {
            var k = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            if (k is "اعلن" or "اعلنت" or "قرر" or "قررت" or "تقرر" or "يقرر" or "قررا" or "اعلنا")
            {
                return true;
            }

            if (Complementizers.Contains(k) || IsClauseBreak(s, i + 1))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>«طرد السفير», «طرد 12 موظفا في السفارة الفرنسية», «طرد دبلوماسيين»: diplomats within four words after.</summary>
    private static bool DiplomatsAfter(List<Word> words, int after)
    {
        for (var i = after; i < Math.Min(words.Count, after + 5); i++)
        {
            var k = ArabicWords.StripArticle(ArabicWords.StripConjunction(words[i].Key)).ToString();
            if (k.StartsWith("سفير", StringComparison.Ordinal) || k.StartsWith("سفاره", StringComparison.Ordinal) || k.StartsWith("دبلوماسي", StringComparison.Ordinal)
                || k.StartsWith("قنصل", StringComparison.Ordinal) || k is "بالسفاره" or "بالقنصليه" or "القايم" or "القائم" or "بعثه" or "ملحق")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«يعلق على الغارات», «تعليقا على الهجوم», «ردا على الاعتداء»: a noun trigger after «على/عن» that a verb or
    /// masdar of commenting governs (within four words before).</summary>
    private static bool CommentedOn(List<Word> words, int w)
    {
        if (w < 2 || ArabicWords.StripConjunction(words[w - 1].Key).ToString() is not ("علي" or "عن"))
        {
            return false;
        }

        for (var i = w - 2; i >= 0 && i >= w - 5; i--)
        {
            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            if (k is "يعلق" or "تعلق" or "علق" or "علقت" or "تعليق" or "تعليقا" or "تعقيبا" or "ردا" or "رد" or "يرد" or "ترد" or "تحدث" or "يتحدث"
                or "تتحدث" or "تحدثت" or "يعقب")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Things one attacks only in words (folded, no article): «هاجم … المحادثات», «… القرار».</summary>
    private static readonly HashSet<string> SpokenTargets = new(StringComparer.Ordinal)
    {
        "محادثات", "مفاوضات", "قرار", "قرارات", "اتفاق", "اتفاقيه", "سياسه", "سياسات", "تصريحات", "موقف", "مواقف", "خطه", "مبادره",
        "حكومه", "معارضه", "اعلام", "صحافه", "انتقادات", "دعوات", "مشروع", "قانون", "تقرير", "بيان", "خطاب", "نهج", "اداء",
    };

    /// <summary>
    /// «هاجم»/«يهاجم» as criticism: no violence word or armed actor in the sentence, and the doer a person or an
    /// office, or what is attacked a thing attacked in words («المحادثات», «القرار»).
    /// </summary>
    private static bool VerbalAttack(SentenceView s, int w, int after, Trigger t, ActorMention? source)
    {
        if (!t.IsVerb || !t.Words[0].Stem.Contains("هاجم", StringComparison.Ordinal) || Occurrence.HasPhysicalViolence(s, w, after))
        {
            return false;
        }

        // A person or an office; a state attacks in words only what is attacked in words.
        if (source is { } doer && (doer.Kind is ActorKind.Person || doer.Code is { Length: >= 6 } c && c[3..] is "GOV" or "LEG" or "JUD"))
        {
            return true;
        }

        return SpokenTargetAfter(s, after);
    }

    private static bool SpokenTargetAfter(SentenceView s, int after)
    {
        for (var j = after; j < Math.Min(s.Words.Count, after + 5); j++)
        {
            if (SpokenTargets.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[j].Key)).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«أي اعتداء», «تمنع أي تجمعات أو مظاهرات أو احتجاجات»: any act at all, through a list joined by «أو».</summary>
    private static bool AnyBefore(List<Word> words, int w)
    {
        var j = w - 1;
        while (j >= 2 && words[j].Key == "او")
        {
            j -= 2;
        }

        return j >= 0 && ArabicWords.StripConjunction(words[j].Key) is "اي";
    }

    /// <summary>
    /// Completes the sentence's earlier event of <paramref name="type"/> with the ACTOR or RECIPIENT of a second telling
    /// of it, where the first had none and the two would not be one actor.
    /// </summary>
    private static void FillSides(List<CodedEvent> events, string type, bool hypothetical, int sentence, ActorMention? source, ActorMention? target)
    {
        var i = events.FindLastIndex(e => e.Sentence == sentence && e.Type == type && e.Hypothetical == hypothetical);
        if (i < 0)
        {
            return;
        }

        var first = events[i];
        var newSource = first.Source ?? (SameActor(source, first.Target) ? null : source);
        var newTarget = first.Target ?? (SameActor(target, newSource) ? null : target);
        if (newSource != first.Source || newTarget != first.Target)
        {
            events[i] = first with { Source = newSource, Target = newTarget };
        }
    }

    /// <summary>Verbs that fire a weapon; with a weapon noun after them they are an attack (<see cref="Launch"/>).</summary>
    private static readonly FrozenSet<string> LaunchVerbs = new[]
    {
        "اطلق", "اطلقت", "اطلقوا", "يطلق", "تطلق", "يطلقون", "اطلاق",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LaunchVerbLookup = LaunchVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string> Weapons = new[]
    {
        "صاروخ", "صاروخا", "صواريخ", "قذيفه", "قذايف", "قذائف", "النار", "نار", "الرصاص", "رصاص", "رصاصه", "طلقات", "قنابل", "قنبله",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly Trigger SummonTrigger = new([new Pattern("استدع", true)], "ACCUSE", "disapprove", TriggerKind.Transitive, [], false);
    private static readonly Trigger RecallTrigger = new([new Pattern("استدع", true)], "SANCTION", "withdraw", TriggerKind.Transitive, [], false);
    private static readonly Trigger SummonNounTrigger = new([new Pattern("استدعاء", false)], "ACCUSE", "disapprove", TriggerKind.PatientNoun, [], false);
    private static readonly Trigger RecallNounTrigger = new([new Pattern("استدعاء", false)], "SANCTION", "withdraw", TriggerKind.PatientNoun, ["لدي"], false);

    /// <summary>
    /// «استدعت وزارة الخارجية الجزائرية، اليوم السبت، السفير الفرنسي …»: the verb of summoning with its subject (and an
    /// aside) before the envoy, which the lexicon's «استدعى سفير» pattern does not reach. Another state's envoy summoned is
    /// ACCUSE (PLOVER: a grievance heard); one's own («سفيرها») recalled is SANCTION.
    /// </summary>
    private static TriggerHit? Summons(SentenceView s, int w)
    {
        var k = ArabicWords.StripConjunction(s.Words[w].Key);
        if (k is "استدعاء" && w + 1 < s.Words.Count && ArabicWords.StripArticle(s.Words[w + 1].Key) is var envoy
            && (envoy.StartsWith("سفير", StringComparison.Ordinal) || envoy.StartsWith("قايم", StringComparison.Ordinal)))
        {
            // «قررت الجزائر استدعاء سفيرها لدى فرنسا للتشاور», «أعلنت الخارجية استدعاء السفير الفرنسي»: the masdar, its
            // envoy right after it; who decided or announced it is its ACTOR (see AnnouncedMeasure).
            return new TriggerHit(envoy is "سفيرها" or "سفيره" or "سفيرهم" or "سفيرنا" or "سفراءها" or "سفرايها" ? RecallNounTrigger : SummonNounTrigger, w, 1, false);
        }

        if (!k.StartsWith("استدع", StringComparison.Ordinal) || k.StartsWith("استدعا", StringComparison.Ordinal))
        {
            return null;
        }

        var commas = 0;
        for (var i = w + 1; i < s.Words.Count && i <= w + 12; i++)
        {
            var gap = s.Text.AsSpan(s.Words[i - 1].End, s.Words[i].Start - s.Words[i - 1].End);
            commas += CommaCount(gap);
            if (gap.IndexOfAny(".;؛:") >= 0 || commas > 2)
            {
                return null;
            }

            var word = ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i].Key)).ToString();
            if (i == w + 1 && (word.StartsWith("سفير", StringComparison.Ordinal) || word == "قايم"))
            {
                return null; // right after the verb: the lexicon's pattern
            }

            if (word is "سفيرها" or "سفيره" or "سفيرهم" or "سفيرنا" or "سفراءها" or "سفرايها" or "سفراءه" or "سفرايه")
            {
                return new TriggerHit(RecallTrigger, w, 1, false);
            }

            if (word is "سفير" or "قايم" or "سفراء" or "سفراي")
            {
                return new TriggerHit(SummonTrigger, w, 1, false);
            }
        }

        return null;
    }

    /// <summary>«أي اعتداء إسرائيلي جديد سيقابل برد»: a future passive of meeting («will be met with a response») after an
    /// act named in the three words before it (not «الجيش سيواجه بالقوة …», the army confronting).</summary>
    private static bool MetWith(SentenceView s, int w)
    {
        if (ArabicWords.StripConjunction(s.Words[w].Key) is not ("سيقابل" or "ستقابل" or "سيواجه" or "ستواجه"))
        {
            return false;
        }

        for (var i = w - 1; i >= 0 && i >= w - 3; i--)
        {
            if (ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i].Key)).ToString() is "اعتداء" or "عدوان" or "هجوم" or "تصعيد" or "استهداف" or "خرق" or "انتهاك" or "توغل")
            {
                return true;
            }
        }

        // «إن أي قرار جديد ضد إيران في مجلس المحافظين سيقابل برد»: whatever «أي» opens, in the same clause, is what the
        // response will meet.
        for (var i = w - 1; i >= 0 && i >= w - 12; i--)
        {
            if (s.Words[i].Key == "اي" && (i == 0 || Complementizers.Contains(ArabicWords.StripConjunction(s.Words[i - 1].Key).ToString()) || IsClauseBreak(s, i)))
            {
                return true;
            }

            if (i == 0 || IsClauseBreak(s, i))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly Trigger LaunchTrigger = new([new Pattern("اطلق", true)], "ASSAULT", "heavy-weapons", TriggerKind.Intransitive, ["علي", "باتجاه", "نحو", "صوب", "ضد"], false);

    /// <summary>
    /// «أطلقت حركة الجهاد الإسلامي صواريخ على إسرائيل»: a launching verb whose object, a weapon, comes after its subject,
    /// so the lexicon's fixed «أطلق النار» does not see it. An attack when a weapon noun follows within five words
    /// before a clause break («أطلق حملة», «أطلق سراح» have none).
    /// </summary>
    private static readonly Trigger RetaliationTrigger = new([new Pattern("رد", true)], "THREATEN", null, TriggerKind.Intransitive, ["علي", "ضد"], false);

    /// <summary>
    /// «الجماعة سترد على العدوان», «سنرد بقوة», «أي توسيع للعدوان سيقابل برد»: a promised retaliation is a threat
    /// (PLOVER THREATEN). Only the future: «يرد على سؤال» answers a question.
    /// </summary>
    private static TriggerHit? Retaliation(SentenceView s, int w)
    {
        var k = ArabicWords.StripConjunction(s.Words[w].Key).ToString();
        if (k is "سترد" or "سيرد" or "سنرد" or "سيردون" or "ستردان")
        {
            return new TriggerHit(RetaliationTrigger, w, 1, false);
        }

        if (k is "سيقابل" or "ستقابل" or "سيواجه" or "ستواجه" && w + 1 < s.Words.Count
            && ArabicWords.StripConjunction(s.Words[w + 1].Key).ToString() is "برد" or "بالرد" or "بردود" or "برد")
        {
            return new TriggerHit(RetaliationTrigger, w, 2, false);
        }

        return StatedThreat(s, w, k);
    }

    /// <summary>
    /// The idioms of a stated threat: force or firmness promised («ستتعامل بكل حزم مع …», «سيواجه بالقوة», «ستواصل العمل بقوة
    /// ضد …»), measures to come («سنتخذ الإجراءات اللازمة», «ستتخذ كافة التدابير»), a price to pay («سيدفع الثمن») and «لن يمر
    /// دون رد». Only the future: «تتعامل الحكومة بحزم» and «اتخذت إجراءات» report what is done.
    /// </summary>
    private static TriggerHit? StatedThreat(SentenceView s, int w, string k)
    {
        // Asked of nearly every word: only a future verb or «لن» goes on.
        var future = k.Length > 3 && k[0] == 'س' && k[1] is 'ي' or 'ت' or 'ن';
        if ((!future && k != "لن") || w + 1 >= s.Words.Count || IsClauseBreak(s, w + 1))
        {
            return null;
        }

        var next = ArabicWords.StripConjunction(s.Words[w + 1].Key).ToString();
        var after = w + 2 < s.Words.Count && !IsClauseBreak(s, w + 2) ? ArabicWords.StripConjunction(s.Words[w + 2].Key).ToString() : string.Empty;
        var verb = future ? k[2..] : k;
        if (future && verb is "تعامل" or "تعاملون" or "واجه" or "واجهون" or "قابل" && (Firmly(next) || (next == "بكل" && after is "حزم" or "قوه" or "حسم")))
        {
            return new TriggerHit(RetaliationTrigger, w, next == "بكل" ? 3 : 2, false);
        }

        if (future && verb is "واصل" or "واصلون" or "ستمر" && next is "العمل" or "التعامل" or "عملياتها" or "عملياته" && Firmly(after))
        {
            return new TriggerHit(RetaliationTrigger, w, 3, false);
        }

        if (future && verb is "واصل" or "واصلون" && next is "استهداف" or "ملاحقه" or "مطارده" or "ضرب" or "قصف")
        {
            // «سنواصل استهداف كل مصدر دخل تستخدمه طهران», «ستواصل ملاحقة فلول داعش».
            return new TriggerHit(RetaliationTrigger, w, 2, false);
        }

        if (future && verb is "تخذ" or "تخذون" && next is "اجراءات" or "الاجراءات" or "تدابير" or "التدابير" or "كافه" or "كل" or "جميع" or "اجراء"
            && (next is not ("كافه" or "كل" or "جميع") || after is "الاجراءات" or "التدابير" or "الخيارات"))
        {
            return new TriggerHit(RetaliationTrigger, w, 2, false);
        }

        if (future && verb is "دفع" or "دفعون" && next is "الثمن" or "ثمن")
        {
            return new TriggerHit(RetaliationTrigger, w, 2, false);
        }

        // «لن يمر دون رد», «لن تمر دون عقاب»: the negation is part of the threat.
        return k is "لن" && next is "يمر" or "تمر" && after is "دون" or "بدون" or "بلا" && w + 3 < s.Words.Count
            && ArabicWords.StripConjunction(s.Words[w + 3].Key) is "رد" or "عقاب" or "حساب" or "محاسبه"
            ? new TriggerHit(RetaliationTrigger, w, 4, false)
            : null;
    }

    private static bool Firmly(string word) => word is "بحزم" or "بالقوه" or "بقوه" or "بحسم" or "بصرامه" or "بكل";

    private static readonly Trigger RefusalTrigger = new([new Pattern("قبل", true)], "REJECT", null, TriggerKind.Intransitive, ["ب", "علي"], false);

    private static readonly Trigger PromiseTrigger = new([new Pattern("ادخر", true)], "AGREE", null, TriggerKind.Intransitive, [], false);

    /// <summary>Verbs of accepting, signing or yielding whose negation refuses (folded, without the person prefix).</summary>
    private static readonly FrozenSet<string> AcceptStems = new[]
    {
        "قبل", "وافق", "وقع", "تنازل", "رضخ", "اعترف", "تراجع", "خضع", "ذعن",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «مصر لن تقبل بسياسة الأمر الواقع», «الجيش لن يوقع على أي اتفاق …», «لن نتراجع»: a negated verb of accepting,
    /// signing or yielding is a refusal (PLOVER REJECT); «لن ندخر جهدا» is a promise (AGREE).
    /// </summary>
    private static TriggerHit? Refusal(SentenceView s, int w)
    {
        // («لم يوقع» has not signed, perhaps not yet: only «لن/لا» refuse.)
        if (w == 0 || ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString() is not ("لن" or "لا"))
        {
            return null;
        }

        var k = s.Words[w].Key;
        var stem = k.Length > 3 && k[0] is 'ي' or 'ت' or 'ن' or 'ا' ? k[1..] : k;
        if (stem is "دخر" && w + 1 < s.Words.Count && s.Words[w + 1].Key is "جهدا" or "جهد" or "اي" or "وسعا")
        {
            return new TriggerHit(PromiseTrigger, w, 1, false);
        }

        // «لا يقبل القسمة», «لم يوقع أحد»: only with a following preposition or object, and not the passive «لا يقبل».
        return AcceptStems.Contains(stem) && w + 1 < s.Words.Count && !IsClauseBreak(s, w + 1)
            ? new TriggerHit(RefusalTrigger, w, 1, false)
            : null;
    }

    /// <summary>
    /// Who refuses or promises, and what party is refused: the speaker for «إنه لن يقبل», the subject before the negation
    /// («مصر لن تقبل»), or the subject right after the verb («لن تقبل مصر»); a party after «بـ/على» is refused.
    /// </summary>
    private static (ActorMention? Source, ActorMention? Target) RefuserAndRefused(SentenceView s, int w, int after, Trigger t)
    {
        var negation = w - 1;
        ActorMention? source = null;
        if (negation > 0 && ArabicWords.StripConjunction(s.Words[negation - 1].Key).ToString() is "انه" or "انها" or "انهم" or "بانه" or "بانها" or "اننا")
        {
            source = SpeakerOfClause(s, negation - 1);
        }

        if (negation > 0 && ArabicWords.StripConjunction(s.Words[negation - 1].Key).ToString() is "لكنه" or "لكنها" or "لكنهم")
        {
            // «إن السودان "يرحب بأي جهد …، لكنه لن يقبل بوساطة …"»: the pronoun is the clause's subject before it.
            for (var i = negation - 2; i > 0 && source is null; i--)
            {
                if (ArabicWords.StripConjunction(s.Words[i - 1].Key).ToString() is "ان" or "بان" && s.ActorAt(i) is { } subject && !Prepositional(s, subject))
                {
                    source = subject;
                }
            }
        }

        source ??= SubjectBeforeVerb(s, negation);
        if (source is null && s.ActorAt(after) is { } next && next.Start >= s.Words[after].Start && !Prepositional(s, next))
        {
            source = next;
        }

        var target = ReferenceEquals(t, PromiseTrigger) || (after < s.Words.Count && s.Words[after].Key.StartsWith("بان", StringComparison.Ordinal))
            ? null : ActorAfterPreposition(s, after, t.Prepositions);
        return (source, SameActor(source, target) ? null : target);
    }

    /// <summary>The first actor after «بكل من», «مع كل من» or «كلا من» within two words of <paramref name="from"/>.</summary>
    private static ActorMention? EachOf(SentenceView s, int from)
    {
        for (var i = from; i < s.Words.Count - 2 && i < from + 2; i++)
        {
            if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "بكل" or "كلا" or "لكل" || (s.Words[i].Key == "مع" && s.Words[i + 1].Key == "كل"))
            {
                var j = s.Words[i].Key == "مع" ? i + 2 : i + 1;
                return j < s.Words.Count && s.Words[j].Key == "من" ? FirstActorAfter(s, j + 1, maxWords: 4) : null;
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> ArrivalVerbs = new[]
    {
        "وصل", "وصلت", "وصلوا", "يصل", "تصل", "توجه", "توجهت", "حل", "حلت", "قدم", "قدمت", "بدا", "بدات", "انتقل", "انتقلت",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// For a visit noun after «في/ضمن» («في زيارة»), the arriving actor and the place arrived at of an arrival verb earlier in
    /// the clause («ووصل X إلى Y في زيارة», «X يصل إلى Y في زيارة»).
    /// </summary>
    private static (ActorMention? Visitor, ActorMention? Host)? ArrivalBefore(SentenceView s, int w)
    {
        if (w < 3 || ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString() is not ("في" or "ضمن" or "خلال"))
        {
            return null;
        }

        for (var i = w - 2; i >= 0 && i >= w - 14; i--)
        {
            // («وصل فيدان، اليوم الإثنين، إلى دمشق في زيارة»: a time set off by commas does not end the clause.)
            if (IsClauseBreak(s, i + 1) && !(TriggerLexicon.IsAsideTime(s.Words[i].Key) || TriggerLexicon.IsAsideTime(s.Words[i + 1].Key)))
            {
                return null;
            }

            if (!ArrivalVerbs.Contains(ArabicWords.StripConjunction(s.Words[i].Key).ToString()))
            {
                continue;
            }

            ActorMention? visitor = SubjectBeforeVerb(s, i);
            ActorMention? host = null;
            for (var j = i + 1; j < w - 1; j++)
            {
                if (s.Words[j].Key is "الي" && host is null)
                {
                    host = FirstActorAfter(s, j + 1, maxWords: 4);
                    break;
                }

                if (visitor is null && s.ActorAt(j) is { } a && a.Start >= s.Words[j].Start && !Prepositional(s, a))
                {
                    visitor = a;
                }
            }

            return visitor is null ? null : (visitor, SameActor(visitor, host) ? null : host);
        }

        return null;
    }

    /// <summary>A perfect verb in the feminine singular («اعتقلت», «استدعت»), conjunction off.</summary>
    private static bool FeminineVerb(string text, Word word)
    {
        var raw = ArabicWords.StripConjunction(ArabicWords.Fold(text.AsSpan(word.Start, word.End - word.Start)));
        // (Not an imperfect «تعتقل», «يستقبل», nor a future «ستعقد».)
        return raw.Length >= 4 && raw[^1] == 'ت' && raw[0] is not ('ت' or 'ي' or 'ن' or 'س');
    }

    /// <summary>
    /// Whether an actor after a verb is a masculine noun («سفير», «الرئيس», «14 ناشطا») that a feminine verb cannot have as
    /// subject: no feminine ending, not a state, a coded body or a movement (names of those take the feminine).
    /// </summary>
    private static bool MasculineHead(SentenceView s, ActorMention a)
    {
        if (a.Kind is ActorKind.Country or ActorKind.Organization)
        {
            // «وطردت السفير الفرنسي»: a man's title joined with a nationality reads as the state; its head still tells.
            // («واوقفت التونسي بشبهة …»: a masculine nisba alone is a man of that nation.)
            var lead = WordAfter(s, a.Start);
            return lead < s.Words.Count && s.Words[lead].Start == a.Start
                && (MasculineTitles.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[lead].Key)).ToString())
                    || (a.Kind == ActorKind.Country && a.End <= s.Words[lead].End && ActorView.IsNisba(s.Text, a) && s.Words[lead].Key.StartsWith("ال", StringComparison.Ordinal)
                        && s.Text[a.End - 1] == 'ي'));
        }

        if (a.Kind == ActorKind.Person && a.Code is not null)
        {
            return false;
        }

        var i = WordAfter(s, a.Start);
        if (i < s.Words.Count && ActorLexicon.IsNumber(s.Words[i].Key) && i + 1 < s.Words.Count)
        {
            i++; // «14 ناشطا»: the counted noun
        }

        if (i >= s.Words.Count)
        {
            return false;
        }

        var raw = s.Text.AsSpan(s.Words[i].Start, s.Words[i].End - s.Words[i].Start).TrimEnd('ً');
        var head = ArabicWords.StripConjunction(ArabicWords.Fold(raw)).ToString();
        return a.Kind == ActorKind.Agent ? MasculineAgents.Contains(ArabicWords.StripArticle(head).ToString()) || head.EndsWith("ين", StringComparison.Ordinal) || head.EndsWith("ون", StringComparison.Ordinal)
            : a.Kind == ActorKind.Person && MasculineAgents.Contains(ArabicWords.StripArticle(head).ToString());
    }

    /// <summary>Masculine singular office and people nouns (folded, no article) that head an object phrase.</summary>
    private static readonly FrozenSet<string> MasculineAgents = new[]
    {
        "سفير", "رييس", "وزير", "قايد", "زعيم", "مسوول", "مسؤول", "ناشط", "ناشطا", "ناشطين", "مدير", "امين", "نايب", "مبعوث", "مندوب", "قنصل", "ضابط",
        "جندي", "شاب", "مواطن", "صحفي", "صحافي", "معارض", "قيادي", "عضو", "متهم", "مشتبه", "نشطاء", "عناصر", "مقاتل", "مسلح", "شخص", "اشخاص",
        "معتقل", "طالب", "صحفيين", "جنود", "مدنيين", "رجل", "مهاجر", "لاجي", "سجين", "اسير", "اسري",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Masculine singular titles of office (folded, no article), a subset of <see cref="MasculineAgents"/>.</summary>
    private static readonly FrozenSet<string> MasculineTitles = new[]
    {
        "سفير", "رييس", "وزير", "قايد", "زعيم", "مسوول", "مسؤول", "مدير", "امين", "نايب", "مبعوث", "مندوب", "قنصل",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first actor standing right after a perfect verb in the feminine before word <paramref name="w"/>, no
    /// preposition on it: the subject of «توغلت قوة إسرائيلية».</summary>
    private static ActorMention? FirstFeminineSubject(SentenceView s, int w)
    {
        for (var i = 0; i + 1 < w; i++)
        {
            // (Also a perfect of the fifth form, «توغلت», «تسللت», which begins like an imperfect.)
            var key = ArabicWords.StripConjunction(s.Words[i].Key);
            if (!(FeminineVerb(s.Text, s.Words[i]) || (key.Length >= 5 && key[0] == 'ت' && key[^1] == 'ت')) || IsClauseBreak(s, i + 1))
            {
                continue;
            }

            // («توغلت قوة إسرائيلية»: a force of a nationality is that state's.)
            var at = i + 2 < w && s.Words[i + 1].Key is "قوه" or "دوريه" or "وحده" or "مجموعه" or "جرافات" or "اليات" ? i + 2 : i + 1;
            // («طالت 12 شابا»: a count after the verb is what it reached.)
            if (s.ActorAt(at) is { } a && a.Start == s.Words[at].Start && a.End <= s.Words[w].Start && !Prepositional(s, a) && !ActorLexicon.IsNumber(s.Words[at].Key)
                && (at == i + 1 || (a.Kind == ActorKind.Country && ActorView.IsNisba(s.Text, a))))
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>The sentence's first actor before word <paramref name="w"/> that no preposition governs: who the
    /// sentence is about, and the subject of a verb joined to it with no subject of its own.</summary>
    private static ActorMention? LeadSubject(SentenceView s, int w)
    {
        foreach (var a in s.Actors)
        {
            if (a.End > s.Words[w].Start)
            {
                break;
            }

            if (!Prepositional(s, a) && !GenitiveInPhrase(s, a) && a.Kind != ActorKind.Agent || (a.Kind == ActorKind.Agent && !Prepositional(s, a) && WordAfter(s, a.Start) is var at && at > 0 && at <= 2))
            {
                return a;
            }
        }

        return null;
    }

    private static readonly Trigger WarningTrigger = new([new Pattern("حذر", true)], "THREATEN", null, TriggerKind.Transitive, [], false);

    private static readonly Trigger CondemningTrigger = new([new Pattern("وصف", true)], "ACCUSE", "disapprove", TriggerKind.Transitive, [], false);

    /// <summary>Words of blame a description may use (folded, no article): «إرهابي», «عدوان», «جريمة», «انتهاك».</summary>
    private static readonly string[] BlameStems =
    [
        "ارهاب", "عدوان", "عدواني", "جريمه", "جرائم", "اجرام", "انتهاك", "خرق", "استفزاز", "تصعيد", "عدايي", "كاذب", "كذب", "اكاذيب", "باطل",
        "سخيف", "مرفوض", "همجي", "وحشي", "جبان", "تحريض", "افتراء", "مزاعم", "تضليل", "مغالطات", "قرصنه", "ابتزاز", "بلطجه", "مشين",
        "انقلاب", "غير مسوول", "غير مقبول", "غير قانوني", "غير شرعي", "اعتداء", "مجزره", "تهديد", "خيانه", "تامر", "مؤامره", "موامره",
    ];

    /// <summary>
    /// «ووصف المتحدث الاتهامات بأنها "سخيفة"», «وصفت الوزارة الهجوم بالإرهابي»: a description in words of blame is an
    /// accusation (PLOVER ACCUSE, disapprove); a neutral or kind one («وصف اللقاء بالإيجابي») is not.
    /// </summary>
    private static TriggerHit? Condemning(SentenceView s, int w)
    {
        if (ArabicWords.StripConjunction(s.Words[w].Key) is not ("وصف" or "وصفت" or "وصفوا" or "يصف" or "تصف" or "وصفه" or "وصفها" or "وصفته" or "وصفتها" or "وصفهم" or "وصفتهم"))
        {
            return null;
        }

        for (var i = w + 1; i < s.Words.Count && i <= w + 12; i++)
        {
            var key = s.Words[i].Key;
            if (!(key.StartsWith('ب') && key.Length > 2) || key is "باسم" || (s.ActorAt(i) is { } named && (named.Start < s.Words[i].Start || named.End > s.Words[i].End)))
            {
                // («المتحدث باسم الخارجية», «بحركة حماس»: a «ب» inside the subject's name or title.)
                continue;
            }

            // «بأنه/بأنها "…"», «بالإرهابي», «بالعدوان»: what the thing was called follows «بـ».
            var from = key is "بانه" or "بانها" or "بانهم" or "بانهما" ? i + 1 : i;
            for (var j = from; j < s.Words.Count && j <= from + 3; j++)
            {
                // The word with the next one after it, so two-word stems («غير مسوول») match too.
                var called = ArabicWords.StripArticle(j == i ? key.AsSpan(1) : ArabicWords.StripConjunction(s.Words[j].Key)).ToString();
                var pair = j + 1 < s.Words.Count ? called + " " + ArabicWords.StripArticle(s.Words[j + 1].Key).ToString() : called;
                foreach (var stem in BlameStems)
                {
                    if (pair.StartsWith(stem, StringComparison.Ordinal))
                    {
                        return new TriggerHit(CondemningTrigger, w, 1, false);
                    }
                }
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// «وحذر وزير الدفاع حزب الله من أن …», «وحذر عبد العاطي إثيوبيا من المساس بحقوق مصر»: a warning addressed to a
    /// named party (subject, then the party, then «من») is a threat (PLOVER: forceful warnings). A warning of a danger
    /// («حذرت الأمم المتحدة من خطورة الوضع») names no party and is none.
    /// </summary>
    private static TriggerHit? Warning(SentenceView s, int w)
    {
        if (ArabicWords.StripConjunction(s.Words[w].Key).ToString() is not ("حذر" or "حذرت" or "يحذر" or "تحذر" or "حذروا"))
        {
            return null;
        }

        ActorMention? subject = null;
        var addressed = false;
        for (var i = w + 1; i < s.Words.Count && i <= w + 10; i++)
        {
            if (IsClauseBreak(s, i))
            {
                return null;
            }

            if (s.Words[i].Key is "من" or "بان" or "بانه")
            {
                return addressed ? new TriggerHit(WarningTrigger, w, 1, false) : null;
            }

            if (s.ActorAt(i) is not { } a || a.Start < s.Words[i].Start || Prepositional(s, a))
            {
                continue;
            }

            if (subject is null)
            {
                subject = a;
            }
            else if (a.EntityId is not null && a.Kind is ActorKind.Country or ActorKind.Organization or ActorKind.Person
                && !ActorView.IsNisba(s.Text, a) && !PlaceWordBefore(s, i) && !Coordinated(s, subject.Value, a) && s.Text[a.Start] != 'و')
            {
                // A named state, body or person after the subject: whom the warning is to.
                addressed = true;
            }
        }

        return null;
    }

    /// <summary>«بمنطقة جازان», «في مدينة حلب»: a place head right before word <paramref name="i"/>.</summary>
    private static bool PlaceWordBefore(SentenceView s, int i) =>
        i > 0 && ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i - 1].Key)).ToString() is var k
            && (k is "منطقه" or "مدينه" or "محافظه" or "ولايه" or "بلده" or "قريه" or "اقليم" or "بمنطقه" or "بمدينه" or "بمحافظه" or "بولايه");

    private static TriggerHit? Launch(SentenceView s, int w)
    {
        var words = s.Words;
        if (!LaunchVerbLookup.Contains(ArabicWords.StripConjunction(words[w].Key)))
        {
            return null;
        }

        for (var i = w + 1; i < words.Count && i <= w + 5; i++)
        {
            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            if (Weapons.Contains(k) || Weapons.Contains(ArabicWords.StripArticle(k).ToString()))
            {
                // «أطلق رصاصة الرحمة»: the coup de grâce of sports and politics is no shot.
                return i + 1 < words.Count && words[i + 1].Key is "الرحمه" ? null : new TriggerHit(LaunchTrigger, w, 1, false);
            }

            if (i > w + 1 && IsClauseBreak(s, i))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// «طالبا جامعيا», «طالب في الجامعة» after a verb of saying, «طالبة»: the noun student, not the verb «طالب» (the dual
    /// «طالبا» and the verb keep «ب» and what is asked for after them).
    /// </summary>
    private static bool Student(SentenceView s, int w)
    {
        var words = s.Words;
        var key = ArabicWords.StripConjunction(words[w].Key).ToString();
        if (key is not ("طالب" or "طالبا" or "طالبه"))
        {
            return false;
        }

        var next = w + 1 < words.Count ? words[w + 1].Key : string.Empty;
        if (next.Length > 2 && next[0] == 'ب' && !next.StartsWith("بين", StringComparison.Ordinal))
        {
            return false;
        }

        if (next is "جامعي" or "جامعيا" or "جامعيه" or "بكليه" or "ثانوي" || (w > 0 && char.IsDigit(words[w - 1].Key[0])))
        {
            return true;
        }

        if (key is "طالبا" or "طالبه" && (next is "في" || next.StartsWith("وطالب", StringComparison.Ordinal) || w + 1 >= words.Count || IsClauseBreak(s, w + 1)))
        {
            // An indefinite student in the accusative ending its phrase («اعتقلت الشرطة طالبا.», «بدأ حياته طالبا في
            // …», «طالبا وطالبة»); the participle asks for something after it («طالبا منهم أن …», «طالبا إخلاء الجو»).
            return w > 0 && !words[w].Key.StartsWith('و');
        }

        return w > 0 && SpeechCues.Verbs.ContainsKey(ArabicWords.StripConjunction(words[w - 1].Key).ToString());
    }

    /// <summary>«أطلع X على …», «وضعه في صورة …»: the verb of briefing up to twenty words before <paramref name="w"/>, in its sentence part.</summary>
    private static int? BriefedOn(SentenceView s, int w)
    {
        for (var i = w - 1; i >= 0 && i >= w - 20; i--)
        {
            if (s.Text.AsSpan(s.Words[i].End, s.Words[i + 1].Start - s.Words[i].End).IndexOfAny(".؛;:") >= 0)
            {
                return null;
            }

            if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "اطلع" or "اطلعت" or "يطلع" or "تطلع" or "اطلعه" or "اطلعها" or "اطلعوا")
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>«تتطلع إلى رفع العقوبات», «نأمل في وقف الحرب»: the masdar at <paramref name="w"/> after a verb of hoping and its preposition.</summary>
    private static bool HopedFor(List<Word> words, int w)
    {
        if (w < 2 || ArabicWords.StripConjunction(words[w - 1].Key) is not ("الي" or "في"))
        {
            return false;
        }

        var verb = ArabicWords.StripConjunction(words[w - 2].Key);
        return verb is "تتطلع" or "يتطلع" or "نتطلع" or "اتطلع" or "تطلع" or "تطلعت" or "يتطلعون" or "تتطلعان" or "يامل" or "تامل" or "نامل" or "امل" or "املا"
            or "يطمح" or "تطمح" or "نطمح" or "يتوق" or "تتوق";
    }

    /// <summary>«تحت التهديد», «تحت الضغط والتهديد», «تحت وطأة التهديدات»: the noun at <paramref name="w"/> after «تحت».</summary>
    private static bool UnderCondition(List<Word> words, int w)
    {
        for (int j = w, step = 0; j > 0 && step < 3; step++)
        {
            var before = ArabicWords.StripConjunction(words[j - 1].Key);
            if (before is "تحت")
            {
                return true;
            }

            if (!(words[j].Key.StartsWith('و') || words[j - 1].Key is "وطاه"))
            {
                return false;
            }

            j--;
        }

        return false;
    }

    /// <summary>What one adopts that is no attack (folded): a demonstrative, a text, a plan or a policy.</summary>
    private static bool AdoptedText(string key) =>
        ArabicWords.StripArticle(ArabicWords.StripConjunction(key)).ToString() is "هذه" or "هذا" or "ذلك" or "تلك" or "وثيقه" or "قرار" or "مشروع" or "اتفاق" or "اتفاقيه"
            or "سياسه" or "سياسات" or "مبادره" or "خطه" or "مقترح" or "مقترحات" or "موقف" or "نهج" or "استراتيجيه" or "دستور" or "قانون" or "بيان" or "اعلان" or "برنامج"
            or "رؤيه" or "توصيات" or "توصيه" or "مطالب" or "فكره" or "افكار" or "خطاب" or "رواي" or "روايه" or "معايير" or "نظام" or "ميثاق";

    /// <summary>
    /// Who claims the attack named at word <paramref name="w"/>: «أعلن X مسؤوليته عن الهجوم», «تبنى X التفجير»: the
    /// first name of the clause, once a claim word is seen within seven words before the trigger; null without one,
    /// and when the responsibility is denied or laid on someone («نفى مسؤوليته», «حمّل الحوثيين المسؤولية»).
    /// </summary>
    private static ActorMention? Claimant(SentenceView s, int w)
    {
        var words = s.Words;
        var claim = -1;
        var announced = false; // «تبنى» claims by itself; «مسؤولية» only when announced
        // «وتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم»: a long claimant's name stands between.
        for (var i = w - 1; i >= 0 && i >= w - 10; i--)
        {
            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            announced = k is "تبني" or "يتبني" or "تبنت" or "تتبني" or "تبنوا" or "تبنيه" or "تبنيها";
            // «مسؤولية», «مسؤوليته», «مسؤوليتها» (folded or not: ؤ may be kept or written و).
            if (announced && i + 1 < words.Count && AdoptedText(words[i + 1].Key))
            {
                // «أن تبني هذه الوثيقة كان سيعني المصادقة على الضربات»: adopting a text or a policy claims no attack.
                return null;
            }

            if (announced || k.StartsWith("مسوولي", StringComparison.Ordinal) || k.StartsWith("مسؤولي", StringComparison.Ordinal))
            {
                claim = i;
                break;
            }
        }

        if (claim < 0)
        {
            return null;
        }

        // «مسؤولية» claims only when announced: «أعلن X مسؤوليته»; «من المتوقع أن يكون داعش مسؤولا» is a guess.
        for (var i = Math.Max(0, claim - 8); i < claim; i++)
        {
            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            if ((i >= claim - 5 && Negations.Contains(k)) || k.StartsWith("حمل", StringComparison.Ordinal) || k.StartsWith("يحمل", StringComparison.Ordinal)
                || k.StartsWith("تحمل", StringComparison.Ordinal) || k is "نفي" or "نفت" or "ينفي" or "تنفي" or "نفوا")
            {
                return null;
            }

            announced |= k.StartsWith("اعلن", StringComparison.Ordinal) || k.StartsWith("يعلن", StringComparison.Ordinal)
                || k.StartsWith("تعلن", StringComparison.Ordinal) || k.StartsWith("تبن", StringComparison.Ordinal) || k.StartsWith("يتبن", StringComparison.Ordinal);
        }

        if (!announced)
        {
            return null;
        }

        // The first name in the clause: «أعلنت كتائب القسام، الجناح العسكري لحركة حماس، مسؤوليتها» is the brigades'
        // claim, the movement named after them only describes them. A generic agent only when no name is there.
        var from = words[Math.Max(0, claim - 7)].Start;
        ActorMention? agent = null;
        foreach (var a in s.Actors)
        {
            if (a.Start < from || a.End > words[w].Start)
            {
                continue;
            }

            if (a.Kind != ActorKind.Agent)
            {
                return a;
            }

            agent ??= a;
        }

        return agent;
    }

    private static readonly FrozenSet<string> FuturePeriods = new[]
    {
        "الاسبوع", "الشهر", "العام", "السنه", "الايام", "الاسابيع", "الاشهر", "الشهور", "المرحله",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// A future date in the trigger's clause: «الأسبوع المقبل», «الشهر القادم», «غدا», «الأحد المقبل», within four words
    /// before or eight after, with no comma or stop between.
    /// </summary>
    private static bool FutureNear(SentenceView s, int w, int after)
    {
        var words = s.Words;
        for (var i = w - 1; i >= 0 && i >= w - 4; i--)
        {
            if (IsClauseBreak(s, i + 1))
            {
                break;
            }

            if (IsFutureAt(words, i))
            {
                return true;
            }
        }

        for (var i = after; i < words.Count && i < after + 8; i++)
        {
            if (i > after && IsClauseBreak(s, i))
            {
                break;
            }

            if (IsFutureAt(words, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFutureAt(List<Word> words, int i)
    {
        var k = ArabicWords.StripConjunction(words[i].Key).ToString();
        if (k is "غدا" or "مستقبلا")
        {
            return true;
        }

        var next = i + 1 < words.Count ? words[i + 1].Key : string.Empty;
        return next is "المقبل" or "المقبله" or "القادم" or "القادمه"
            && (FuturePeriods.Contains(k) || k is "الاحد" or "الاثنين" or "الثلاثاء" or "الاربعاء" or "الخميس" or "الجمعه" or "السبت");
    }

    private static bool Imperfect(string key)
    {
        var k = ArabicWords.StripConjunction(key);
        // «تظاهروا», «تجمعوا»: a ت that opens a perfect (تفاعل، تفعل) with the plural «وا» is no imperfect prefix.
        return k.Length > 3 && k[0] is 'ي' or 'ت' or 'ن' && !(k[0] == 'ت' && k.EndsWith("وا", StringComparison.Ordinal));
    }

    private static bool CallFurtherBack(List<Word> words, string text, int i) =>
        // «دعا المبعوث الأممي الأطراف الليبية إلى "تقديم تنازلات"»: caller and addressee may stand between.
        InClauseBefore(words, text, i, 5, Conditions);

    private static readonly FrozenSet<string> NeedWords = new[]
    {
        "يحتاج", "يحتاجون", "تحتاج", "نحتاج", "احتاج", "بحاجه", "حاجه", "بحاجتها", "بحاجته", "يفتقر", "يفتقرون", "تفتقر", "تفتقد", "يفتقد",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a word of <paramref name="set"/> (conjunction off) stands within <paramref name="reach"/> words before
    /// <paramref name="w"/>, with no clause break («، . ؛ :») between.
    /// </summary>
    internal static bool InClauseBefore(List<Word> words, string text, int w, int reach, FrozenSet<string> set)
    {
        for (var i = w - 1; i >= 0 && i >= w - reach; i--)
        {
            if (text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).IndexOfAny("،,.؛;:") >= 0)
            {
                return false;
            }

            if (set.Contains(ArabicWords.StripConjunction(words[i].Key).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDefiniteOccupation(string key)
    {
        var conj = ArabicWords.StripConjunction(key);
        var bare = ArabicWords.StripArticle(conj);
        return bare.Length < conj.Length && bare.StartsWith("احتلال", StringComparison.Ordinal);
    }

    /// <summary>Verbs of condemning (folded keys, conjunction off).</summary>
    /// <summary>Verbs of summoning an envoy (folded).</summary>
    private static readonly FrozenSet<string> SummonVerbs = new[]
    {
        "استدعت", "استدعي", "يستدعي", "تستدعي", "استدعاء", "باستدعاء",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CondemnVerbs = new[]
    {
        "ندد", "نددت", "نددوا", "يندد", "تندد", "ادان", "ادانت", "دان", "دانت", "يدين", "تدين", "استنكر", "استنكرت", "يستنكر", "تستنكر",
        "شجب", "شجبت", "انتقد", "انتقدت", "ينتقد", "تنتقد",
        // «ووصفت البعثة الهجوم بأنه انتهاك»: what is described was told as its own event (or was not).
        "وصف", "وصفت", "يصف", "تصف", "واصفا", "واصفه",
        // Their masdars and participles of purpose: «مظاهرة … تنديداً بالغارات».
        "تنديدا", "استنكارا", "منددين", "مستنكرين", "منددا", "مستنكرا",
        // Their masdars with the condemner's pronoun: «أعلنت مصر إدانتها للهجوم».
        "ادانتها", "ادانته", "ادانتهم", "استنكارها", "استنكاره", "استنكارهم", "شجبها", "شجبه", "تنديدها", "تنديده", "تنديدهم",
        // A rejection of an act, as a masdar with the rejecter's pronoun: «تؤكد رفضها التام لاستهداف قوات حفظ السلام».
        "رفضها", "رفضه", "رفضهم", "رفضنا",
        // A protest lodged against an act: «وسلمته مذكرة احتجاج على الغارة الجوية التي استهدفت …».
        "احتجاج", "احتجاجها", "احتجاجه",
    }.ToFrozenSet(StringComparer.Ordinal);


    /// <summary>Whether the only intent word before the trigger is «أعلن» (announcing, not intending).</summary>
    private static bool AnnouncedOnly(List<Word> words, int w)
    {
        var announced = false;
        for (var i = w - 1; i >= 0 && i >= w - 3; i--)
        {
            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            if (k is "اعلن" or "اعلنت" or "اعلنا" or "اعلنتا" or "اعلنوا")
            {
                announced = true;
            }
            else if (Intent.Contains(k))
            {
                return false;
            }
        }

        return announced;
    }

    /// <summary>Whether «بأنه/بأنها/باعتباره» stands before <paramref name="a"/> in its clause (within eight words).</summary>
    private static bool AfterDescription(SentenceView s, ActorMention a)
    {
        var first = WordContaining(s, a.Start);
        for (var i = first - 1; i >= 0 && i >= first - 8; i--)
        {
            if (ArabicWords.StripConjunction(s.Words[i].Key) is "بانه" or "بانها" or "بانهم" or "باعتباره" or "باعتبارها")
            {
                return true;
            }

            if (IsClauseBreak(s, i + 1))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a word stands between quotation marks of its own («"سنتكوم"»).</summary>
    private static bool Quoted(string text, Word word) =>
        word.Start > 0 && word.End < text.Length && text[word.Start - 1] is '"' or '«' or '“' && text[word.End] is '"' or '»' or '”';

    private static (bool Negated, bool Intent, bool Conditional) Modality(List<Word> words, string text, int w, bool future, bool verb = false, string? type = null)
    {
        if (DeniedReport(words, text, w, verb, type))
        {
            return (true, false, false);
        }

        var intent = future;
        var conditional = false;
        var purpose = false;
        // «أعلنت أنها ردت باستهداف تجمعات»: a masdar after a perfect verb of doing was done, whatever announced it.
        var announced = !verb && w > 0 && words[w].Key.StartsWith('ب')
            && ArabicWords.StripConjunction(words[w - 1].Key).ToString() is "رد" or "ردت" or "ردوا" or "قام" or "قامت" or "قاموا" or "بادر" or "بادرت";
        var crossedComma = false;
        for (var i = w - 1; i >= 0 && i >= w - 3; i--)
        {
            // («ونفت الجزائر الاتهامات، واتهمت الرباط بالتصعيد»: a negation or denial before a comma is another clause's.)
            crossedComma |= text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).IndexOfAny("،,") >= 0;
            var k = ArabicWords.StripConjunction(words[i].Key).ToString();
            if (!crossedComma && (Negations.Contains(k) || (k.Length == 3 && k[0] is 'و' or 'ف' && Negations.Contains(k[1..]))))
            {
                return (true, false, false);
            }

            if (verb && !future && Complementizers.Contains(k) && !Imperfect(words[w].Key))
            {
                // «وأعلنت الشرطة أنها اعتقلت أحد المشاركين»: what is announced in the perfect has happened; the
                // announcing verb before «أن» is no intent (a condition or a negation there still counts).
                announced = true;
            }

            // «أعلنت الحكومة حظراً للتجوال»: a measure announced as a noun is declared, hence taken; a verb after «أعلن»
            // («أعلن أنه سيزور») keeps the intent test.
            // «أعلن نيته المقاطعة عقب مقتل …»: an intention governs the masdar right after it, not a later one.
            var intention = k is "نيته" or "نيتها" or "نيتهم" or "عزمه" or "عزمها" or "عزمهم" or "اعتزام" or "اعتزامه";
            if ((!announced && Intent.Contains(k) && (!intention || i == w - 1) && !(k is "اعلن" or "اعلنت" && StanceDeclared(words, i, w)) && !(k is "اعلن" or "اعلنت" or "قرر" or "قررت" && (type is "COERCE" or "SANCTION" or "ASSAULT" or "ACCUSE" || (type == "RETREAT" && (!verb || EasedSanctions(words, w)))) && DeclaredMeasure(words, i, w, verb)))
                // («"سنتكوم"»: a name in quotation marks is no verb with the future «س».)
                || (k.Length > 3 && k[0] == 'س' && k[1] is 'ي' or 'ت' or 'ن' && i == w - 1 && !Quoted(text, words[i])))
            {
                intent = true;
            }

            if (Conditions.Contains(k))
            {
                conditional = true;
            }

            if (!verb && words[w].Key.StartsWith('ب') && ThreatVerbs.Contains(k))
            {
                // «وهددت إيران بالانسحاب من المعاهدة», «توعد بالرد»: the threatened act is the threat's content, not done.
                conditional = true;
            }

            // «خلية خططت لتنفيذ عمليات إطلاق نار»: a plan made is no act done (nor a threat made to anyone).
            if (k is "خطط" or "خططت" or "خططوا" or "يخططون" or "تخطيطه" or "تخطيطها" or "تخطيطهم" && i < w - 1)
            {
                conditional = true;
            }

            // «ستستمر العمليات حتى رفع الحصار», «حتى انسحاب القوات»: until an act, which has not happened.
            if (i == w - 1 && k == "حتي")
            {
                conditional = true;
            }

            // «لإيصال المساعدات», «لتقديم الدعم»: the purpose of a plan, not an act done (an offer, «مستعد لتقديم
            // المساعدات», is the offer's AGREE instead).
            purpose |= i == w - 1 && PurposeWords.Contains(k);

            if (i == w - 3 && !conditional)
            {
                // A call or a need governs its whole clause («ودعا الطرفين إلى التوصل لاتفاق»): look three words further
                // for one, up to a comma or a stop.
                conditional = CallFurtherBack(words, text, i);
            }

            // «قد يهاجم», «عندما تهاجم الميليشيات …»: with the imperfect these are possible or generic; with the
            // perfect («قد هاجم», «عندما هاجم») they narrate what happened.
            if (k is "قد" or "عندما" or "كلما" or "حين" && (Imperfect(words[w].Key) || (!verb && i + 1 < w && Imperfect(words[i + 1].Key))))
            {
                conditional = true;
            }
        }

        // «وطالب المجلس إسرائيل بالانسحاب»: a demand governs the masdar after «بـ» (bare «طالب» is also a student, so only
        // with that masdar).
        var demanded = !verb && words[w].Key.StartsWith('ب') && InClauseBefore(words, text, w, 6, BareDemand);
        // (A call for a strike or a protest far from its verb is left as the protest it announces, as event data sets code it.)
        if (!conditional && !verb && !future && ((purpose && !intent) || demanded || (type != "PROTEST" && CoordinatedInCall(words, text, w)) || TopicOfTalks(words, text, w)))
        {
            conditional = true;
        }

        if (conditional && !verb && type == "CONSULT" && w > 1 && ArabicWords.StripConjunction(words[w - 1].Key) is "خلال" or "اثناء" or "عبر"
            && text.AsSpan(words[w - 2].End, words[w - 1].Start - words[w - 2].End).IndexOfAny("،,") >= 0)
        {
            // «وحث الوزير، خلال اتصال هاتفي مع نظيره، على …»: the call set off as an aside is where the urging was made, which
            // happened; the call does not hang on it.
            conditional = false;
        }

        if (conditional && !verb && type is "ASSAULT" or "COERCE" && Investigated(words, w))
        {
            // «وطالبت النقابة السلطات بفتح تحقيق في مقتل المصور»: what an inquiry asked for looks into has happened.
            conditional = false;
        }

        return (false, intent, conditional);
    }

    /// <summary>
    /// The hosting verb («استضافت», «تستضيف», «ستستضيفان», «تحتضن») within the seven words before a talks noun at
    /// <paramref name="w"/>, in its clause (folded, conjunction off); null when none.
    /// </summary>
    private static string? HostOfTalks(SentenceView s, int w)
    {
        for (var i = w - 1; i >= 0 && i >= w - 7; i--)
        {
            var k = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            if (k.Contains("ستضيف", StringComparison.Ordinal) || k.Contains("ستضاف", StringComparison.Ordinal) || k.Contains("حتضن", StringComparison.Ordinal))
            {
                return k;
            }

            if (i == 0 || IsClauseBreak(s, i))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether a ruling («حكما», «أحكاما», «الحكم», «الأحكام») is the object of the verb ending before
    /// <paramref name="after"/>, within four words and its clause.</summary>
    private static bool UpholdsRuling(SentenceView s, int after)
    {
        for (var i = after; i < s.Words.Count && i < after + 4; i++)
        {
            if (i > after && IsClauseBreak(s, i))
            {
                return false;
            }

            if (ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i].Key)).ToString() is "حكم" or "حكما" or "احكام" or "احكاما")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «في قرى محيطة بمدينة بارا، مشيرة إلى مقتل 47 مدنيا»: whether an actor is named as a place, after «في» or a place
    /// head («بمدينة», «قرية», «محافظة»); where it happened is not who did it.
    /// </summary>
    private static bool NamedAsPlace(SentenceView s, ActorMention? actor)
    {
        if (actor is not { } a || a.Code is not null || a.Kind is ActorKind.Person or ActorKind.Agent || WordAfter(s, a.Start) is var i && (i == 0 || i >= s.Words.Count))
        {
            return false;
        }

        return ArabicWords.StripConjunction(s.Words[i - 1].Key).ToString() is "في" or "مدينه" or "بمدينه" or "بلده" or "ببلده" or "قريه" or "بقريه" or "منطقه"
            or "بمنطقه" or "محافظه" or "بمحافظه" or "ولايه" or "بولايه" or "مخيم" or "بمخيم" or "حي" or "بحي" or "ريف" or "بريف";
    }

    /// <summary>Whether <paramref name="span"/> lies in what a quote cued by a verb of calling or demanding asks for.</summary>
    private static bool AskedFor(Document document, TextSpan span)
    {
        foreach (var q in document.Quotes)
        {
            if (q.Cue is { } cue && cue.End <= span.Start && q.Start <= span.Start
                && (span.End <= q.End
                    // «… للسماح بدخول المساعدات دون قيود، وإعادة فتح معبر رفح»: a masdar joined with «و» right after the
                    // comma that ends what the call asks for is asked for too.
                    || (q.End <= span.Start && document.Text.AsSpan(q.End, span.Start - q.End).Trim() is "،" or "," && document.Text[span.Start] == 'و'))
                && CallWords.Contains(ArabicWords.StripConjunction(ArabicWords.Fold(cue.Of(document.Text))).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> BareDemand = new[] { "طالب" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PurposeWords = new[]
    {
        "لايصال", "لادخال", "لتوصيل", "لتقديم", "لتسهيل", "لتامين", "لضمان", "لتوفير",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> CallWords = new[]
    {
        "دعا", "دعت", "دعوا", "يدعو", "تدعو", "ندعو", "داعيا", "داعيه", "طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "مطالبا", "مطالبه", "حث", "وحث", "حثت",
        "ناشد", "ناشدت", "يناشد", "مناشدا",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «ودعا المبعوث الطرفين إلى البناء على هذا الزخم والإفراج عن جميع المحتجزين»: a masdar joined by «و» to what a
    /// call asks for, in the same clause, is asked for too.
    /// </summary>
    private static bool CoordinatedInCall(List<Word> words, string text, int w)
    {
        if (!InClauseBefore(words, text, w, 12, CallWords))
        {
            return false;
        }

        if (words[w].Key.Length > 3 && words[w].Key[0] == 'و' && ArabicWords.StripConjunction(words[w].Key).Length < words[w].Key.Length)
        {
            return true;
        }

        // «وحث الأمين العام … الطرفين على العودة إلى طاولة المفاوضات»: inside the call's «على/إلى» phrase.
        for (var i = w - 1; i >= 0 && i >= w - 12; i--)
        {
            if (words[i].Key is "علي" or "الي")
            {
                return true;
            }

            if (CallWords.Contains(ArabicWords.StripConjunction(words[i].Key).ToString()))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> TalkNouns = new[]
    {
        "محادثات", "مفاوضات", "مباحثات", "مشاورات", "حوار", "نقاش", "نقاشات", "مقترح", "خطه", "اتفاق", "تفاهم", "المحادثات", "المفاوضات",
        "المباحثات", "المشاورات", "الحوار", "الاتفاق", "المقترح", "الخطه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«محادثات حول جدول زمني لانسحاب قوات التحالف»: the subject of talks or of a plan has not happened.</summary>
    private static bool TopicOfTalks(List<Word> words, string text, int w)
    {
        for (var i = w - 1; i >= 1 && i >= w - 4; i--)
        {
            if (text.AsSpan(words[i].End, words[i + 1].Start - words[i].End).IndexOfAny("،,.؛;:") >= 0)
            {
                return false;
            }

            if (words[i].Key is "حول" or "بشان" or "بخصوص" or "حيال")
            {
                return TalkNouns.Contains(ArabicWords.StripConjunction(words[i - 1].Key).ToString())
                    || (i >= 2 && TalkNouns.Contains(ArabicWords.StripConjunction(words[i - 2].Key).ToString()));
            }
        }

        return false;
    }

    /// <summary>
    /// ACTOR and RECIPIENT of a verb whose subject stood inside its pattern («وقعت مصر والسعودية اتفاقية»,
    /// «استدعت الخارجية التركية السفير الإسرائيلي»): the subject's first actor, a second one joined by «و» as the other
    /// side, else what follows the pattern (after its prepositions, or right after it).
    /// </summary>
    private static (ActorMention? Source, ActorMention? Target) GapActors(SentenceView s, int w, int subjectWords, int after, Trigger t)
    {
        var from = s.Words[w + 1].Start;
        var to = s.Words[w + subjectWords].End;
        ActorMention? source = null;
        ActorMention? target = null;
        foreach (var a in s.Actors)
        {
            if (a.Start < from || a.Start >= to)
            {
                continue;
            }

            if (source is null)
            {
                source = a;
            }
            else if (a.Start < source.Value.End)
            {
                // A mention inside the subject's own (the tagger's and the dictionary's may overlap): no second party.
                continue;
            }
            else if (s.Text[a.Start] == 'و' || s.Text.AsSpan(source.Value.End, a.Start - source.Value.End).Trim() is ['و']
                || (a.Start > 1 && s.Text[a.Start - 1] == 'و' && !char.IsLetter(s.Text[a.Start - 2])))
            {
                // «وقعت مصر وقطر اتفاقية»: the second of two joined subjects is the other side of a joint act; of any
                // other act («فرضت بريطانيا وكندا عقوبات على …») it is one more doer, and whom it is aimed at comes after.
                if (target is null && Symmetric(t.Type))
                {
                    target = a;
                }
            }
            else if (target is null && t.Kind == TriggerKind.Transitive && s.Text.AsSpan(source.Value.End, a.Start - source.Value.End).IndexOfAny("،,") < 0)
            {
                // «حمّلت الحكومة اليمنية جماعة الحوثي المسؤولية»: subject, then object, inside the pattern (not the
                // subject's apposition after a comma: «سلمت كتائب القسام، الجناح العسكري لحركة حماس، جثث …»).
                target = a;
            }
        }

        if (source is { } only && target is null && t.Type == "ACCUSE" && t.Kind == TriggerKind.Transitive && w > 2 && IsClauseBreak(s, w)
            && ArabicWords.StripConjunction(s.Words[w].Key).Length < s.Words[w].Key.Length
            && SentenceSubject(s, w) is { } first && first.End <= s.Words[w].Start && !SameActor(first, only))
        {
            // «وأدانت الحكومة الهجوم، وحملت الحوثيين المسؤولية»: a verb joined after a comma goes on with the sentence's
            // subject; the one name inside the pattern is whom it holds responsible.
            return (first, only);
        }

        target ??= ActorAfterPreposition(s, after, t.Prepositions) ?? FirstActorAfter(s, after, maxWords: 3);
        // «وكانت فرق الأمن التركية ألقت أمس السبت، القبض على …»: only a time stood in the gap; the subject came first.
        source ??= KanSubject(s, w) ?? SubjectBeforeVerb(s, w) ?? LastActorBefore(s, w, maxWords: 5);
        return (source, SameActor(source, target) ? null : target);
    }

    /// <summary>Verbs of surviving (with «من») and of being hurt or killed (with «في», «جراء», «إثر») an attack.</summary>
    private static readonly FrozenSet<string> SurviveVerbs = new[] { "نجا", "نجت", "نجوا", "ينجو", "تنجو", "نجاه", "نجاته", "نجاتها" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> HurtVerbs = new[]
    {
        "اصيب", "اصيبت", "اصيبوا", "يصاب", "لقي", "لقيت", "لقوا", "استشهد", "استشهدت", "استشهدوا", "اصابه", "اصابته", "مصرع", "مقتل", "استشهاد",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The person or body named after a verb of surviving or being hurt earlier in the clause of a nominal attack.</summary>
    private static ActorMention? VictimBefore(SentenceView s, int w)
    {
        if (w < 2)
        {
            return null;
        }

        var prep = ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString();
        var glued = s.Words[w].Key.StartsWith('ب') || s.Words[w].Key.StartsWith("اثر", StringComparison.Ordinal);
        var survive = prep == "من";
        if (!survive && !glued && prep is not ("في" or "جراء" or "اثر" or "خلال" or "بسبب" or "نتيجه"))
        {
            return null;
        }

        for (var i = w - 2; i >= 0 && i >= w - 9; i--)
        {
            if (IsClauseBreak(s, i + 1))
            {
                return null;
            }

            var k = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            if (survive ? SurviveVerbs.Contains(k) : HurtVerbs.Contains(k))
            {
                if (FirstActorAfter(s, i + 1, maxWords: 3) is { } a && a.End <= s.Words[w].Start && !Prepositional(s, a))
                {
                    return a;
                }

                // «وأصيب خلال الاشتباكات ثلاثة جنود»: the hurt may follow the act's noun (not its genitive: «أصيب شابان
                // برصاص قوات الاحتلال» names who shot).
                return !survive && !glued && i == w - 2 && w + 1 < s.Words.Count && s.ActorAt(w + 1) is { } later && later.Start == s.Words[w + 1].Start
                    && !Prepositional(s, later) && (ActorLexicon.IsNumber(s.Words[w + 1].Key) || later.Code is { Length: >= 3 } lc && lc[^3..] is "CVL" or "MIL" or "COP")
                    ? later : null;
            }
        }

        return null;
    }

    /// <summary>«موكبه», «منزلها», «مواقعهم»: a noun with a possessive pronoun as written (ه, not the folded ة).</summary>
    private static bool PossessedByPronoun(SentenceView s, int i)
    {
        var word = s.Words[i];
        var raw = s.Text.AsSpan(word.Start, word.End - word.Start);
        // «بشاحنته», «لمنزله»: a preposition makes it an instrument or a place, not the object.
        return raw.Length > 4 && !raw.StartsWith("ال") && raw[0] is not ('ب' or 'ل' or 'ك') && (raw.EndsWith("ه") || raw.EndsWith("ها") || raw.EndsWith("هم") || raw.EndsWith("هما"))
            && !raw.EndsWith("اه") && !raw.EndsWith("ياه");
    }

    private static (ActorMention? Source, ActorMention? Target) Actors(SentenceView s, int w, int after, Trigger t, bool possessed = false)
    {
        // «وقالت القوات الأمريكية إنها قتلت قياديا», «وقال الجيش إنه اعتقل ثلاثة فلسطينيين»: a pronoun on «إن» that agrees
        // with the speech verb before it is the verb's subject, so the verb is active whatever follows it. (A masculine
        // «أنه» after a feminine verb, «وأعلنت الوزارة أنه قتل ثلاثة أشخاص», is the pronoun of the matter: passive.)
        var saidBySpeaker = t.IsVerb && w > 1 && SpeakerPronounAgrees(s, w - 1);
        var passive = t.Kind == TriggerKind.Passive
            || (w > 0 && PassiveMarkers.Contains(ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString()))
            // («أن قوات الأمن أوقفت 409 أشخاص»: not with a force or a body as the subject right before the verb.)
            || (t.IsVerb && after < s.Words.Count && char.IsDigit(s.Words[after].Key[0]) && !(SubjectBeforeVerb(s, w) is { } fronted0 && Authority(fronted0)))
            || (t.IsVerb && MarkedPassive(s, w));
        passive = passive || (!saidBySpeaker && (false
            || (t.Kind == TriggerKind.Transitive && after < s.Words.Count && CountWords.Contains(s.Words[after].Key) && LastActorBefore(s, w, maxWords: 8) is null)
            // «وقتل أكثر من 20 مدنيا»: an approximated count after the verb, with nobody named before, is who was killed.
            || (t.Kind == TriggerKind.Transitive && ApproximateCount(s, after) is not null && LastActorBefore(s, w, maxWords: 8) is null)
            // «وقتل في الغارة قيادي بارز», «وأصيب خلال الاشتباكات ثلاثة جنود»: the same with the circumstance first.
            || (t.IsVerb && t.Type is "ASSAULT" or "COERCE" && VictimAfterCircumstance(s, after) is not null && LastActorBefore(s, w, maxWords: 8) is null)
            // «وقتل قيادي في حزب الله في غارة»: an indefinite member of a body right after the verb, with nobody named
            // before and no object after him, is who was killed.
            || (t.IsVerb && t.Kind == TriggerKind.Transitive && t.Type == "ASSAULT" && after < s.Words.Count && !s.Words[after].Key.StartsWith("ال", StringComparison.Ordinal)
                && s.ActorAt(after) is { } member && member.Start == s.Words[after].Start && MemberOfBody(s, member)
                && (FirstActorAfter(s, WordAfter(s, member.End), maxWords: 2) is not { } objectAfter || Prepositional(s, objectAfter))
                && LastActorBefore(s, w, maxWords: 8) is null)
            // «قتل متظاهران اثنان»: a noun counted by a number after it, with nobody named before, is who was killed.
            || (t.Kind == TriggerKind.Transitive && after + 1 < s.Words.Count && s.Words[after + 1].Key is "اثنان" or "اثنين"
                && LastActorBefore(s, w, maxWords: 8) is null)));
        var prepTarget = ActorAfterPreposition(s, after, t.Prepositions);
        var next = FirstActorAfter(s, AfterTimeAside(s, after), maxWords: 4);
        if (t.Words.Length > 1 && (Prepositions.Contains(t.Words[^1].Stem) || Array.IndexOf(t.Prepositions, t.Words[^1].Stem) >= 0))
        {
            // «أفرج عن», «اعتدى على»: the trigger ends with its preposition, so what follows is the RECIPIENT.
            prepTarget = next;
            next = null;
        }
        var before = LastActorBefore(s, w, maxWords: 8);
        if (!t.IsVerb && t.Type == "ASSAULT" && VictimBefore(s, w) is { } hurt)
        {
            // «نجا وزير الداخلية من هجوم استهدف موكبه», «أصيب المحافظ بجروح في انفجار عبوة ناسفة»: who survived or was
            // hurt in an attack is whom it fell on; who did it is named only in the act's genitive («برصاص قوات
            // الاحتلال») or the clause that describes it («في غارة شنها …»).
            var shooter = FirstActorAfter(s, after, maxWords: 1) is { } g && g.Start == s.Words[Math.Min(after, s.Words.Count - 1)].Start
                && !Prepositional(s, g) && !SameActor(g, hurt) ? g : Perpetrator(s, after);
            return (SameActor(shooter, hurt) ? null : shooter, hurt);
        }

        if (!t.IsVerb && t.Type == "SANCTION" && SentencedOne(s, w) is { } sentenced)
        {
            // «الشابي، الذي صدر بحقه حكم غيابي بالسجن 12 عاما»: whom the sentence was passed on, named before «الذي».
            return (null, sentenced);
        }

        if (!t.IsVerb && t.Type == "ASSAULT" && Repeller(s, w) is { } defender)
        {
            // «وأكد أن القوات الحكومية صدت الهجوم», «وصد الجيش هجوما لمسلحي داعش»: who repelled the attack is whom it was
            // aimed at; who attacked is the noun's genitive or owner after it, when named.
            var attacker = FirstActorAfter(s, after, maxWords: 2);
            return (SameActor(attacker, defender) ? null : attacker, defender);
        }

        if (!t.IsVerb && t.Type is "ASSAULT" or "COERCE" or "ACCUSE" or "THREATEN" or "SANCTION" && ExposedTo(s, w) is { } exposed)
        {
            // «تعرضت دورية لقوات اليونيفيل لإطلاق نار من دبابة إسرائيلية», «تعرض الصحفي لاعتداء من قبل مستوطنين»: who
            // suffered the act is whom it fell on; who did it follows «من» or the clause describing it.
            var attacker = ActorAfterWords(s, after, ["قبل"]) ?? ActorAfterWords(s, after, ["من"]) ?? Perpetrator(s, after);
            return (SameActor(attacker, exposed) ? null : attacker, exposed);
        }

        if (!passive && t.IsVerb && t.Kind == TriggerKind.Transitive && t.Type is "ASSAULT" or "COERCE" && after < s.Words.Count
            && PossessedByPronoun(s, after) && (s.ActorAt(after) is not { } tagged || (tagged.Kind != ActorKind.Person && tagged.Code is null
                && tagged.Start == s.Words[after].Start && tagged.End == s.Words[after].End))
            && before is { } owner && !Prepositional(s, owner))
        {
            // «التي قُتل فيها النائب العام … بتفجير سيارة مفخخة استهدف موكبه», «اقتحمت قوات منزله»: the pronoun on the
            // object is the person named before; that person is hit, not the one who hits. A doer may follow the object.
            var doer = after + 1 < s.Words.Count && s.ActorAt(after + 1) is { } d && d.Start == s.Words[after + 1].Start && !Prepositional(s, d) ? d : (ActorMention?)null;
            return (doer, owner);
        }

        var relative = t.IsVerb && !passive && w > 1 && RelativePronouns.Contains(ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString());
        if (relative)
        {
            // «أدان المجلس الهجوم الذي استهدف فندقا»: the subject of a relative clause's verb is what the pronoun stands
            // for (the attack), never a name earlier in the sentence.
            var antecedent = s.ActorAt(w - 2) is { } a && a.End <= s.Words[w - 1].Start && !IsClauseBreak(s, w - 1) ? a : (ActorMention?)null;
            before = antecedent is { } subjectCandidate && !Prepositional(s, subjectCandidate) ? subjectCandidate : null;
            if (antecedent is { } patient && HasObjectPronoun(s, w, t))
            {
                // «باكستان التي يتهمها تنظيم داعش»: the pronoun on the verb is the antecedent, the object; the subject
                // follows the verb.
                return (next is { } doerAfter && !SameActor(doerAfter, patient) && !Prepositional(s, doerAfter) ? doerAfter : null, patient);
            }

            if (before is { } doer && t.Kind == TriggerKind.Transitive && next is { } done && !SameActor(doer, done))
            {
                // «القوات التي هاجمت المتظاهرين»: the antecedent acts on what follows the verb.
                return (doer, Prepositional(s, done) ? prepTarget : done);
            }

            if (before is { } speakerOf && t.Kind == TriggerKind.Intransitive && !SameActor(speakerOf, prepTarget))
            {
                // «… علي خامنئي، الذي دعا العراق إلى …»: the antecedent acts; whom it calls on (after the verb) or what
                // the preposition names receives it.
                var calledOn = next is { } n && !Prepositional(s, n) && !SameActor(n, speakerOf) ? n : prepTarget;
                return (speakerOf, calledOn);
            }

            if (antecedent is null && s.ActorAt(w - 2) is null && t.Kind == TriggerKind.Transitive && next is { } hit && !HasObjectPronoun(s, w, t))
            {
                // «أدان الهجوم الذي استهدف المدنيين»: the antecedent is no actor (an attack, a strike), so the verb's
                // subject is unnamed and what follows it is whom it fell on.
                return (null, Prepositional(s, hit) ? prepTarget : hit);
            }
        }

        if (t.IsVerb && !passive && w > 1 && IssuedTextBefore(s, w))
        {
            // «تبنى مجلس المحافظين قرارا يطالب إيران بتقديم معلومات», «أصدرت الحركة بيانا تدعو فيه …»: the verb describes
            // the resolution or statement; who issued it asks, and the name after the verb is whom it asks.
            var issuer = SentenceSubject(s, w) is { } subj && subj.End <= s.Words[w - 1].Start ? subj : (ActorMention?)null;
            var asked = next is { } n1 && !Prepositional(s, n1) && !SameActor(n1, issuer) ? n1 : prepTarget;
            return (issuer, SameActor(asked, issuer) ? null : asked);
        }

        if (t.IsVerb && !passive && t.Kind == TriggerKind.Transitive && t.Type is "ASSAULT" or "COERCE" && AttackNounBefore(s, w) && next is { } struck)
        {
            // «في هجوم انتحاري استهدف قاعدة عسكرية», «غارة استهدفت سيارة»: a verb describing an attack noun has the
            // attack for its subject; the noun after it is what was struck, never who struck.
            return (null, Prepositional(s, struck) ? prepTarget : struck);
        }

        ActorMention? source = null;
        ActorMention? target = null;
        if (t.IsVerb && Quotes.SpeechCues.Participles.Contains(s.Words[w].Key))
        {
            // «…، متهما قوات الدعم السريع بعرقلة …»: a participle's subject is its sentence's; the noun after it is
            // the RECIPIENT.
            return (SentenceSubject(s, w), next ?? prepTarget);
        }

        if (!passive && t.Kind == TriggerKind.Transitive && t.Type is "SUPPORT" or "ASSAULT" or "AID" && IsMasdarUse(s, w, t))
        {
            // «وبحث معه سبل دعم الوكالة», «في دعم المعارضة», «تسببت في قتل الأبرياء»: the verb's letters read as its
            // masdar, whose genitive is what the act is done to; who does it is not said there. (The genitive of
            // «رفض», «طلب» is more often who rejects or asks, so those keep the verb's reading.)
            // «أقدم على قتل …», «قامت بدعم …», «إن بلاده ستواصل دعم …»: a verb of doing or going on before the masdar
            // has the doer as its subject.
            var doer = (w > 1 && ArabicWords.StripConjunction(s.Words[w - 2].Key).ToString() is "اقدم" or "اقدمت" or "اقدموا" or "قام" or "قامت" or "قاموا" or "تعمد" or "تعمدت")
                || (w > 0 && ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString() is "واصل" or "واصلت" or "يواصل" or "تواصل" or "ستواصل" or "سيواصل" or "واصلوا" or "يواصلون")
                ? LastActorBefore(s, w - 1, maxWords: 6) : UndertookBefore(s, w);
            if (doer is null && t.Type == "ASSAULT" && VictimBefore(s, w) is { } diedInIt)
            {
                // «ولقي خمسة مدنيين حتفهم جراء قصف مدفعي»: who died in it is whom it fell on.
                return (Perpetrator(s, after), diedInIt);
            }

            var done = FirstActorAfter(s, after, maxWords: 1) is { } g && !Prepositional(s, g) ? g : prepTarget;
            return (doer, SameActor(doer, done) ? null : done);
        }

        if (!passive && t.Kind == TriggerKind.Transitive && t.Type is "ACCUSE" or "REQUEST" or "THREATEN" && w > 2
            && ArabicWords.StripConjunction(s.Words[w].Key).Length < s.Words[w].Key.Length && IsClauseBreak(s, w)
            && next is { } addressed && addressed.Start < s.Words[Math.Min(w + 1, s.Words.Count - 1)].End && !Prepositional(s, addressed)
            && SentenceSubject(s, w) is { } first && first.End <= s.Words[w].Start && !SameActor(first, addressed)
            // («أدانت الولايات المتحدة الهجوم، ودعت وزارة الخارجية الأمريكية في بيان الحوثيين إلى …»: an organ of the
            // subject's own state after the verb is a new subject.)
            && !(addressed.Code is { Length: >= 6 } organCode && organCode[^3..] is "GOV" or "MIL" or "COP" or "JUD" or "LEG" or "SPY"
                && first.Code is { Length: >= 3 } firstCode && organCode[..3] == firstCode[..3])
            // («…، ودانت وزارة الخارجية السورية الغارات»: a definite noun after the name is the verb's object, so the
            // name is a new subject.)
            && !(WordAfter(s, addressed.End) is var objectAt && objectAt < s.Words.Count && !IsClauseBreak(s, objectAt)
                && s.Words[objectAt].Key.StartsWith("ال", StringComparison.Ordinal) && s.ActorAt(objectAt) is null && !ArabicWords.IsDefiniteNisba(s.Words[objectAt].Key)))
        {
            // «نفت الجزائر الاتهامات، واتهمت الرباط بـ…»: a verb joined after a comma goes on with the sentence's subject;
            // the name right after it is whom it accuses, asks or threatens.
            return (first, addressed);
        }

        if (!passive && t.Kind == TriggerKind.Transitive && IsPluralVerb(s, w, t) && next is { } plural && !Prepositional(s, plural))
        {
            // «أن مقاتليه استهدفوا ثكنة زرعيت»: a verb with the plural ending has its subject before it (or in it); the
            // actor after it is its object.
            // («وأكد الحوثيون أنهم استهدفوا سفينة»: after «أنهم» the subject is who speaks.)
            var before0 = SubjectBeforeVerb(s, w) ?? (saidBySpeaker ? SpeakerOfClause(s, w - 1) : null);
            return (before0, SameActor(before0, plural) ? null : plural);
        }

        var kan = !passive && t.Kind is TriggerKind.Transitive or TriggerKind.Intransitive ? KanSubject(s, w) : null;
        if (kan is { } kanSubject && t.Kind == TriggerKind.Transitive && next is { } object0 && !SameActor(object0, kanSubject) && !Prepositional(s, object0))
        {
            // «وكان رئيس دولة الإمارات … قد استقبل ولي العهد السعودي»: the subject stands between «كان» and «قد», so
            // the noun after the verb is its object.
            return (kanSubject, object0);
        }

        if (t.IsVerb && t.Type == "ASSAULT" && next is { } shot && !Prepositional(s, shot) && WordAfter(s, shot.End) is var fire && fire + 1 < s.Words.Count
            && fire <= after + 4 && s.Words[fire].Key is "برصاص" or "بنيران" or "برصاصه" && FirstActorAfter(s, fire + 1, maxWords: 2) is { } firing && !SameActor(firing, shot))
        {
            // «وقتل الشاب محمد علي برصاص الشرطة»: the victim right after the (passive) verb, then by whose fire.
            return (firing, shot);
        }

        if (t.IsVerb && after + 1 < s.Words.Count && ArabicWords.StripConjunction(s.Words[after].Key) is "برصاص" or "بنيران" or "برصاصه")
        {
            // «متظاهرا قتل برصاص قوات الأمن»: killed by someone's fire; the victim stands before the verb.
            var shooter = FirstActorAfter(s, after + 1, maxWords: 3);
            var victim = next is { } n1 && !SameActor(n1, shooter) ? n1 : LastActorBefore(s, w, maxWords: 4);
            return (shooter, SameActor(shooter, victim) ? null : victim);
        }

        if (passive)
        {
            target = next ?? ApproximateCount(s, after) ?? PartitiveCount(s, after) ?? VictimAfterCircumstance(s, after) ?? prepTarget;
            // The means comes after the victim («قتل قيادي في حزب الله في غارة إسرائيلية»): a «في» inside the victim's
            // phrase is not it.
            var meansFrom = target is { } victim && MemberOfBody(s, victim) && after < s.Words.Count && victim.Start >= s.Words[after].Start ? WordAfter(s, victim.End) : after;
            source = ActorAfterWords(s, after, ["يد", "قبل"]) ?? PerpetratorOfMeans(s, meansFrom);
        }
        else
        {
            switch (t.Kind)
            {
                case TriggerKind.Transitive:
                    if (next is { } n0 && Prepositional(s, n0))
                    {
                        next = null;
                    }

                    if (next is { Kind: ActorKind.Agent } title && !Prepositional(s, title) && (t.Type == "CONSULT" || OfficeTitle(s, title))
                        && FirstActorAfter(s, WordAfter(s, title.End), maxWords: 2) is { Kind: ActorKind.Person } holder && !Prepositional(s, holder)
                        && !IsClauseBreak(s, WordAfter(s, title.End)))
                    {
                        // «بحث رئيس الوزراء العراقي محمد شياع السوداني مع …», «ودعا رئيس مفوضيتها عمر توراي إلى …»: a
                        // title and its holder are one subject.
                        next = holder with { Start = title.Start };
                    }

                    if (t.Type == "ASSAULT" && next is { } further && UnnamedSubject(s, after, further))
                    {
                        // «وقصف الطيران مواقع المسلحين»: a definite noun no dictionary names stands right after the verb;
                        // it is the subject, and the name further on belongs to the object.
                        (source, target) = (null, further);
                        break;
                    }

                    source = next ?? before;
                    target = next is { } subj ? FirstActorAfter(s, AfterQuantity(s, AfterTimeAside(s, AfterAdjectives(s, WordAfter(s, subj.End)))), maxWords: 3) : FirstActorAfter(s, after, maxWords: 3);
                    if (target is null && next is { } actingOne && t.Type is "COERCE" or "ASSAULT" && CountedPeople(s, AfterTimeAside(s, AfterAdjectives(s, WordAfter(s, actingOne.End)))) is { } counted)
                    {
                        // «اعتقلت قوة من جهاز المخابرات ثلاثة من أعضاء لجنة المعلمين»: a counted group right after the
                        // subject is whom the act fell on, though no dictionary names its people.
                        target = counted;
                    }

                    var lastSubject = next;
                    if (next is { } firstSubject && target is { } secondSubject
                        && (t.Type is "ASSAULT" or "COERCE" or "MOBILIZE" or "SANCTION" || (t.Type == "ACCUSE" && CondemnVerb(t))
                            // «ودعت السعودية وقطر الطرفين إلى …»: with a third name right after the two, those two call.
                            || (t.Type is "REQUEST" or "ACCUSE" or "THREATEN" && FirstActorAfter(s, WordAfter(s, secondSubject.End), maxWords: 1) is { } calledOnAfterBoth
                                && !Prepositional(s, calledOnAfterBoth) && !Coordinated(s, secondSubject, calledOnAfterBoth))
                            // «ودعت السعودية ومصر والإمارات والولايات المتحدة، في بيان مشترك، إلى هدنة»: states joined by «و» call
                            // together.
                            // «ودعت الجامعة العربية والاتحاد الأفريقي إلى …»: so do international bodies (never addressees of
                            // one another's calls in the same breath).
                            || (t.Type is "REQUEST" or "ACCUSE" or "THREATEN" && StateOrInternational(firstSubject) && StateOrInternational(secondSubject)
                                && !(secondSubject.Kind == ActorKind.Country && ActorView.IsNisba(s.Text, secondSubject))))
                        && Coordinated(s, firstSubject, secondSubject))
                    {
                        // «وهاجم الجيش والشرطة المتظاهرين», «أدانت الولايات المتحدة وتركيا وقطر الهجوم»: names joined to the
                        // subject by «و» are more subjects; whom the act is aimed at comes after them all, if it is named at
                        // all. (Not for calls and accusations: there a subject named a sentence before leaves both nouns
                        // addressees, «ودعت الحكومة والسلطة القضائية إلى».)
                        while (FirstActorAfter(s, WordAfter(s, secondSubject.End), maxWords: 1) is { } more && Coordinated(s, secondSubject, more))
                        {
                            secondSubject = more;
                        }

                        lastSubject = secondSubject;

                        target = FirstActorAfter(s, WordAfter(s, secondSubject.End), maxWords: 3) is { } third && !Prepositional(s, third) && !GenitiveInPhrase(s, third)
                            && !ActorView.IsNisba(s.Text, third) && third.Start > s.Words[WordAfter(s, secondSubject.End)].Start - 1
                            && !IsClauseBreak(s, WordAfter(s, secondSubject.End)) ? third : null;
                    }

                    target ??= prepTarget ?? OwnerOfObject(s, lastSubject is { } named ? WordAfter(s, named.End) : after);
                    break;
                case TriggerKind.Intransitive:
                    source = next is { } n && (prepTarget is null || n.Start < prepTarget.Value.Start) ? n : before;
                    target = prepTarget;
                    if (t.Mode == "release" && after > 0 && after < s.Words.Count && s.Words[after - 1].Key == "سراح" && next is { } freed
                        && freed.Start == s.Words[after].Start)
                    {
                        // «اقتحم مسلحون سجنا …، وأطلقوا سراح عشرات المعتقلين»: whom «سراح» governs is who was freed; the
                        // pronoun on the verb is the sentence's subject.
                        (source, target) = (SentenceSubject(s, w) is { } freer && !SameActor(freer, freed) ? freer : null, freed);
                    }
                    if (target is null && t.Type == "ASSAULT" && Dispersed(s, after) is { } crowd && !SameActor(crowd, source))
                    {
                        // «أطلقت قوات مكافحة الشغب الرصاص الحي لتفريق آلاف المحتجين»: fired at the crowd it dispersed.
                        target = crowd;
                    }

                    break;
                case TriggerKind.ActorNoun when possessed:
                    // «محادثاته مع الرئيس الكيني», «زيارته كينيا»: the pronoun is the ACTOR, named before (the nearest
                    // person, else the clause's subject); a visit's place may follow it directly, as the masdar's object.
                    // («تعهد الدبيبة … في العاصمة طرابلس "…"، وذلك خلال لقائه …»: a person named further back before a place.)
                    source = NearestPersonBefore(s, w) ?? SentenceSubject(s, w)
                        ?? (s.Words[w].Key is var possessor && possessor.EndsWith('ه') && !possessor.EndsWith("ها", StringComparison.Ordinal) ? FirstPersonBefore(s, w) : null)
                        ?? before;
                    target = prepTarget ?? (t.Mode == "visit" && FirstActorAfter(s, after, maxWords: 1) is { } visited && !Prepositional(s, visited) ? visited : null);
                    break;
                case TriggerKind.ActorNoun:
                    if (before is { } witness && WordAfter(s, witness.Start) is var wi && wi > 0
                        && ArabicWords.StripConjunction(s.Words[wi - 1].Key).ToString() is "شهد" or "شهدت" or "يشهد" or "تشهد" or "تشهده" or "يشهده")
                    {
                        // «ويشهد العراق احتجاجات واسعة»: the place that sees the protests, not who protests.
                        before = null;
                    }

                    // (A noun's genitive follows it with no comma: «…عملية الاغتيال، وطالبت السلطات» names no one of it.)
                    var genitive = after < s.Words.Count && CommaBefore(s, after) ? null : FirstActorAfter(s, after, maxWords: 1);
                    if (genitive is { } g && Prepositional(s, g))
                    {
                        // «زيارة لغانا»: a preposition on the word makes it the RECIPIENT, not the genitive ACTOR.
                        (prepTarget, genitive) = (prepTarget ?? g, null);
                    }

                    if (t.Type == "CONSULT" && t.Mode == "visit" && genitive is { Kind: ActorKind.Country } visitedPlace && !ActorView.IsNisba(s.Text, visitedPlace))
                    {
                        // «دعوة للرئيس السيسي لزيارة تركيا», «إلى زيارة الجزائر»: a state or city after «زيارة» is where the visit
                        // goes, not who goes; the one invited, named just before, goes.
                        (genitive, prepTarget) = (null, prepTarget ?? visitedPlace);
                        before = InvitedBefore(s, w, before);
                    }

                    if (t.Type == "CONSULT" && HostOfTalks(s, w) is not null)
                    {
                        // «أن الدوحة والقاهرة ستستضيفان جولة جديدة من المفاوضات»: who hosts talks is not a party to them.
                        before = null;
                    }

                    if (w > 1 && s.Words[w - 1].Key == "عن" && ArabicWords.StripConjunction(s.Words[w - 2].Key).ToString() is "ابلغ" or "ابلغت" or "ابلغوا" or "افاد" or "افادت" or "تحدث" or "تحدثت" or "اخبر" or "اخبرت")
                    {
                        // «قبطان السفينة أبلغ عن انفجار قريب منها»: who reports an act did not do it.
                        before = null;
                    }

                    if ((t.Type is "ACCUSE" or "PROTEST" or "REJECT" && w > 0 && ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString() is "اثر" or "بعد" or "عقب" or "وسط" or "بسبب" or "جراء")
                        // («مطالبين برحيل الحكومة، على خلفية الاشتباكات الدامية»: nor is a fight given as the cause.)
                        || (t.Type == "ASSAULT" && w > 1 && s.Words[w - 1].Key == "خلفيه" && s.Words[w - 2].Key == "علي"))
                    {
                        // «أقال وزير الداخلية إثر انتقادات واسعة»: criticism or protest given as the cause of another act is
                        // not that act's subject's.
                        before = null;
                    }

                    if (t.Type == "ACCUSE" && genitive is { } charged && WordAfter(s, charged.End) is var chargeAt && chargeAt < s.Words.Count
                        && !IsClauseBreak(s, chargeAt) && s.Words[chargeAt].Key.Length > 3 && s.Words[chargeAt].Key[0] == 'ب'
                        && s.Words[chargeAt].Start >= charged.End)
                    {
                        // «ورد المندوب الجزائري باتهام الرباط بـ"عرقلة …"»: the genitive charged with something («بـ») is whom
                        // the accusation is against; who accuses is named before.
                        (genitive, prepTarget) = (null, charged);
                    }

                    if (t.Type is "RETREAT" or "PROTEST" or "CONSULT" or "AGREE" or "SANCTION" or "COOPERATE"
                        && genitive is null && !possessed && after < s.Words.Count && !CommaBefore(s, after) && after == w + 1
                        && !ArabicWords.StripConjunction(s.Words[w].Key).StartsWith("ال", StringComparison.Ordinal)
                        && s.Words[after].Key.StartsWith("ال", StringComparison.Ordinal) && s.Words[after].Key.Length > 4 && s.ActorAt(after) is null
                        && !ArabicWords.IsDefiniteNisba(s.Words[after].Key) && !TimeNouns.Contains(s.Words[after].Key))
                    {
                        // «قبل انسحاب العدو», «احتجاج الأهالي»: a noun in construct names its own doer (one no dictionary
                        // knows); a name earlier in the sentence is not it.
                        before = null;
                    }

                    // «لمواجهة الاعتداءات», «إدانته للتفجير»: who confronts or condemns an act named before it did not do it.
                    // («وأفادت وزارة الصحة بمقتل 12 شخصا»: who reports an act named by a noun did not do it either.)
                    source = genitive ?? (w > 0 && ConfrontingWords.Contains(ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString()) || ReporterOf(s, before) ? null : before);
                    target = prepTarget;
                    if (genitive is null && !possessed && PressuredBefore(s, w) is { } pressed)
                    {
                        // «بالضغط على إسرائيل لوقف اعتداءاتها والانسحاب»: what the pressure is for is done by whom it presses.
                        source = pressed;
                    }
                    if (t.Type == "ASSAULT" && after + 1 < s.Words.Count && !CommaBefore(s, after)
                        && ArabicWords.StripConjunction(s.Words[after].Key) is "استهدف" or "استهدفت" or "طال" or "طالت"
                        && (FirstActorAfter(s, after + 1, maxWords: 1) is { } struckFirst && !Prepositional(s, struckFirst) ? struckFirst
                            : OwnerOfObject(s, after + 1) ?? MembersOwner(s, after + 2)) is { } hitByIt)
                    {
                        // «إن الغارات استهدفت تجمعا لمقاتلي الحركة كانوا يخططون لشن هجمات على قواعد الجيش»: what the verb
                        // after the attack noun names (or whose it is) was struck, not a place named later.
                        target = hitByIt;
                    }
                    break;
                case TriggerKind.Agent:
                    source = s.ActorAt(w) ?? next;
                    target = prepTarget;
                    break;
                case TriggerKind.PatientNoun:
                    target = (after < s.Words.Count && CommaBefore(s, after) ? null : FirstActorAfter(s, after, maxWords: 2)) ?? prepTarget;
                    if (AbleBefore(s, w) is { } able)
                    {
                        // «أن قوى الأمن الداخلي في محافظة إدلب تمكنت من تفكيك خلية»: who managed it did it.
                        before = able;
                    }

                    // («وأعلن الدفاع المدني استشهاد 37 فلسطينيا»: who announces martyrs or wounded counts them; he did not kill.)
                    source = ActorAfterWords(s, after, ["يد", "قبل"]) ?? (ReporterOf(s, before) || NamedAsPlace(s, before) || (Martyrdom(s.Words[w].Key) && SubjectOf(s, before, AnnouncingVerbs))
                        // («فتحت النيابة تحقيقا في ملابسات مقتل الصحفي»: who investigates an act did not do it.)
                        || Investigated(s.Words, w) ? null : before);
                    if (t.Type == "CONSULT" && t.Words.Length == 2 && t.Words[0].Stem is "خلال" or "اثناء" && after > 0
                        && s.Words[after - 1].Key is var met && met.EndsWith('ه') && !met.EndsWith("ها", StringComparison.Ordinal))
                    {
                        // «تعهد الدبيبة … في العاصمة طرابلس "…"، وذلك خلال لقائه أعيان المنطقة»: the pronoun is the person who
                        // met, named before (the nearest person, else the sentence's subject), not a place the clause ended on.
                        source = NearestPersonBefore(s, w) ?? SentenceSubject(s, w) ?? FirstPersonBefore(s, w) ?? source;
                    }

                    if (t.Type == "REQUEST" && ArabicWords.StripConjunction(s.Words[w].Key).ToString() is "داعيا" or "داعيه" or "مطالبا"
                        && SentenceSubject(s, w) is { } caller && !ActorView.IsNisba(s.Text, caller) && !SameActor(caller, target))
                    {
                        // «ودانت السفارة الهجوم، داعية الحكومة إلى …»: a singular participle of calling goes on with the
                        // sentence's subject; the noun after it is whom it calls on. (A plural one, «المحتجين … مطالبين»,
                        // goes with the group named before it.)
                        source = caller;
                    }

                    if (target is { } doerFirst && after < s.Words.Count && doerFirst.Start == s.Words[after].Start && WordAfter(s, doerFirst.End) is var o && o < s.Words.Count
                        && !IsClauseBreak(s, o) && ArabicWords.StripConjunction(s.Words[o].Key).Length == s.Words[o].Key.Length && (s.ActorAt(o) is { } patient && patient.Start == s.Words[o].Start && !Prepositional(s, patient)
                            ? true : PossessedByPronoun(s, o)))
                    {
                        // «إعدام الرياض رجل الدين نمر النمر», «اقتحام محتجين إيرانيين سفارتها»: a masdar with its doer in the
                        // genitive and its object after it.
                        source = doerFirst;
                        target = s.ActorAt(o) is { } done && done.Start == s.Words[o].Start ? done : null;
                    }
                    else if (target is { } authority && after < s.Words.Count && authority.Start == s.Words[after].Start && Authority(authority)
                        && WordAfter(s, authority.End) is var io && io < s.Words.Count && !IsClauseBreak(s, io)
                        && CountedPeople(s, io) is var countedObject && (countedObject is not null || IndefiniteObject(s, io)))
                    {
                        // «توقيف السلطات الفرنسية موظفا في القنصلية», «اعتقال قوات الاحتلال 25 فلسطينيا»: a state, force or
                        // body in the genitive with an indefinite object after it is who acts.
                        source = authority;
                        // («توقيف السلطات الفرنسية موظفا قنصليا جزائريا»: an indefinite agent is the object too.)
                        target = countedObject ?? (s.ActorAt(io) is { } indefinite && indefinite.Start == s.Words[io].Start && !SameActor(indefinite, authority) ? indefinite : null);
                    }

                    break;
            }

            if (!t.IsVerb && after + 1 < s.Words.Count && ArabicWords.StripConjunction(s.Words[after].Key) is "مفروض" or "مفروضا" or "مفروضه" or "المفروض" or "المفروضه"
                && s.Words[after + 1].Key == "من" && FirstActorAfter(s, after + 2 < s.Words.Count && s.Words[after + 2].Key == "قبل" ? after + 3 : after + 2, maxWords: 2) is { } imposer
                && !SameActor(imposer, target))
            {
                // «وتشهد الفاشر حصارا مفروضا من قوات الدعم السريع»: who imposed the siege or the ban is its ACTOR.
                source = imposer;
            }

            if (!t.IsVerb && DoerOfCarryingVerb(s, w) is { } carrier && !SameActor(carrier, target))
            {
                // «وقالت القيادة الأمريكية إنها نفذت غارة», «أعلن الجيش أنه شن هجوما»: the subject of the verb that carried
                // the act out is who did it.
                source = carrier;
            }

            if (!t.IsVerb && Perpetrator(s, after) is { } doer && !SameActor(doer, target))
            {
                // «هجوم انتحاري بسيارة ملغومة نفذه أعضاء من الحركة», «غارات شنتها طائرات التحالف»: who carried out the act
                // is named in the clause that describes it.
                source = doer;
            }
        }

        if (!passive && t.IsVerb && SubjectBeforeVerb(s, w) is { } subject && (source is null || source.Value.Start != subject.Start))
        {
            // «أكد أن فرنسا تدعم الجهود السعودية»: after a complementizer (or opening the sentence) the actor right before
            // the verb is its subject (SVO); what follows the verb is its object.
            var obj = FirstActorAfter(s, AfterTimeAside(s, after), maxWords: 3);
            (source, target) = (subject, t.Kind == TriggerKind.Transitive ? obj ?? prepTarget ?? OwnerOfObject(s, after) : prepTarget ?? target);
        }

        // («إن الكثير من القتلى مدنيون قتلوا على الأرض»: the predicate right before the verb, too.)
        if (!passive && t.IsVerb && t.Kind == TriggerKind.Transitive && t.Type is "COERCE" or "ASSAULT"
            && (SubjectBeforeVerb(s, w) ?? (before is { } adjacentBefore && WordAfter(s, adjacentBefore.End) == w && !IsClauseBreak(s, w) ? adjacentBefore : null)) is { } fronted
            && source is { } doer0 && doer0.Start == fronted.Start && (target is not { } done0 || Prepositional(s, done0)) && PeopleSubject(fronted)
            && (after >= s.Words.Count || IsClauseBreak(s, after) || ArabicWords.StripConjunction(s.Words[after].Key) is "في" or "خلال" or "اثناء" or "امس" or "اليوم"
                or "علي" or "جراء" or "اثر" or "برصاص" or "بنيران" or "بعد"))
        {
            // «إن الصحفي اعتقل في عدن», «أن الناشط أحمد سعيد اعتقل أمس»: a person or a group of people before an arrest or
            // attack verb with no object after it is whom it fell on (the unvocalized passive).
            (source, target) = (null, fronted);
        }

        if (!passive && t.IsVerb && w > 1
            && IsPronounComplementizer(ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString()))
        {
            // «وقالت القوات الأمريكية إنها قتلت قياديا», «وأكد الوزير أنه التقى نظيره التركي»: the pronoun on «إن» is
            // the verb's subject — who speaks, when the sentence names them — and what follows the verb is its object.
            var speaker = SpeakerOfClause(s, w - 1);
            var obj = t.Kind == TriggerKind.Transitive ? FirstActorAfter(s, after, maxWords: 3) is { } o && !Prepositional(s, o) ? o : prepTarget ?? OwnerOfObject(s, after) : prepTarget ?? target;
            (source, target) = (speaker, SameActor(speaker, obj) ? null : obj);
        }

        if (!passive && target is null && source is { } host && t.Type == "CONSULT" && t.Kind == TriggerKind.Transitive)
        {
            // «استقبل ولي العهد، في قصر اليمامة بالرياض اليوم، الرئيس الفرنسي»: time and place phrases may stand between
            // the host and the guest; the guest is the next name that no preposition governs, in the same clause.
            target = GuestAfter(s, host);
        }

        if (!passive && target is null && source is { } first0 && t.Type is "AGREE" or "CONSULT" or "COOPERATE"
            && WordAfter(s, first0.End) is var andAt && andAt < s.Words.Count && s.Words[andAt].Key.StartsWith('و')
            && s.ActorAt(andAt) is { } second && !SameActor(first0, second) && andAt < w + 8)
        {
            // «واتفقت الحكومة والمعارضة على …»: the second of two joined names is the other side of a symmetric act.
            target = second;
        }

        // («تدعم الحوار بين الطرفين»: after a verb, the parties alone, uncoded, are the object's, not the verb's sides.)
        if (!passive && Between(s, after, far: t.Type == "ASSAULT" && !t.IsVerb) is { } pair && !(t.IsVerb && pair.Item2 is null && pair.Item1 is { Kind: ActorKind.Agent, Code: null, EntityId: null }))
        {
            // «اشتباكات بين الجيش والمسلحين», «محادثات بين مصر وإثيوبيا»: the two sides, in the order named; but
            // «استعداد أنقرة للتوسط بين السودان والإمارات»: a named party that offers, promises or backs talks between
            // two others stays the ACTOR, and the first of them is the RECIPIENT.
            if (t.Type is "AGREE" or "SUPPORT" && !t.IsVerb && source is { } offering && offering.End <= pair.Item1.Start && offering.Start >= s.Words[w].End
                && !SameActor(offering, pair.Item1) && (pair.Item2 is not { } other || !SameActor(offering, other)))
            {
                target = pair.Item1;
            }
            else
            {
                (source, target) = pair;
            }
        }

        if (source is { Kind: ActorKind.Agent } agent && WordAfter(s, agent.End) is var j && j + 1 < s.Words.Count
            && s.Words[j].Key == "من" && s.ActorAt(j + 1) is { Kind: ActorKind.Organization, Code: not null } group
            && (target is null || target.Value.Start != group.Start))
        {
            // «مسلحون من جماعة بوكو حرام»: the gunmen act for the group, which PLOVER codes as the ACTOR.
            source = group;
        }

        if (target is null && t.Type == "ASSAULT" && !passive && OutcomeVictims(s, after) is { } victims && !SameActor(source, victims))
        {
            // «وأسفر الهجوم … عن إصابة 45 شخصا»: whom the attack killed or wounded, named by its outcome.
            target = victims;
        }

        if (!passive && t.IsVerb && t.Type == "ASSAULT")
        {
            // «وقصف الطيران مواقع المسلحين», «إن المسيرات استهدفت سيارة تقل عناصر من حركة الشباب»: the air force, the
            // artillery or the drones, named by no dictionary alone, are the military that struck when they are the
            // attack verb's subject; a name after the verb is then what was struck.
            if (ForceNoun(s, w - 1) is { } forceBefore && (source is null || source.Value.Start >= s.Words[w].End))
            {
                target ??= source;
                source = forceBefore;
            }
            else if (source is null && ForceNoun(s, after) is { } forceAfter && !SameActor(forceAfter, target))
            {
                source = forceAfter;
            }
            else if (ForceNoun(s, after) is { } forceFirst && source is { } struckAfterForce && struckAfterForce.Start > forceFirst.End && target is null
                && !(WordAfter(s, forceFirst.End) is var fa && fa < s.Words.Count && s.Words[fa].Start == struckAfterForce.Start && ActorView.IsNisba(s.Text, struckAfterForce)))
            {
                // «وقصفت الطائرات مستشفى الشفاء»: the aircraft right after the verb struck; the name after them was struck.
                (source, target) = (forceFirst, struckAfterForce);
            }
        }

        if (SameActor(source, target))
        {
            target = null;
        }

        // «حفظه الله», «ودعا … الله أن يتغمد»: a blessing names no party to the act.
        source = source is { } src && ActorView.IsGod(s.Text, src.Span) ? null : source;
        target = target is { } tgt && ActorView.IsGod(s.Text, tgt.Span) ? null : target;

        if (t.Type is "PROTEST" or "ACCUSE" && target is { } killed && KillerOf(s, killed) is { } killer && !SameActor(killer, source))
        {
            // «المحتجين على مقتل فتى برصاص الشرطة»: a protest at a killing is aimed at who killed, when named.
            target = killer;
        }

        if (target is null && !passive && t.Kind != TriggerKind.PatientNoun && HostileOrDemanding(t.Type))
        {
            // What a protest, accusation or demand is against is often further on («… مطالبين برحيل السلطات»):
            // the first actor after the trigger that is not the ACTOR and not a place after «في».
            target = DistantActor(s, after, source);
        }

        return (source, target);
    }

    /// <summary>The actor ending right before verb <paramref name="w"/> when a complementizer (أن، إن، بأن، لأن) or the
    /// sentence's start comes right before it.</summary>
    private static ActorMention? SubjectBeforeVerb(SentenceView s, int w)
    {
        if (w == 0)
        {
            return null;
        }

        var verbStart = s.Words[w].Start;
        foreach (var a in s.Actors)
        {
            // («أن واشنطن "لن تقبل …"»: a quotation may open between the subject and its verb.)
            if (a.End > verbStart || s.Text.AsSpan(a.End, verbStart - a.End).Trim() is var between && !between.IsEmpty && !(between.Length == 1 && between[0] is '"' or '«' or '“'))
            {
                continue;
            }

            var first = WordAfter(s, a.Start);
            if (first == 0)
            {
                return a;
            }

            var before = ArabicWords.StripConjunction(s.Words[first - 1].Key).ToString();
            // «إن نحو 50 مستوطنا اقتحموا», «أن أكثر من 20 مسلحا هاجموا»: an approximation opens the counted subject.
            var approx = before is "نحو" or "قرابه" or "حوالي" or "زهاء" ? 1
                : before == "من" && first >= 2 && s.Words[first - 2].Key is "اكثر" or "اقل" ? 2
                : before == "عن" && first >= 4 && s.Words[first - 2].Key is "يقل" or "تقل" && s.Words[first - 3].Key == "لا" && s.Words[first - 4].Key == "ما" ? 4
                : 0;
            if (approx > 0 && first - approx >= 1)
            {
                before = ArabicWords.StripConjunction(s.Words[first - approx - 1].Key).ToString();
            }

            if (before is "في" && first >= 2)
            {
                // «إن العمليات الروسية في سوريا تستهدف الإرهابيين»: a place between the subject and its verb; the subject
                // (here named by its nationality after a noun) opens the clause after «إن».
                foreach (var p in s.Actors)
                {
                    if (p.End != s.Words[first - 2].End)
                    {
                        continue;
                    }

                    var pw = WordAfter(s, p.Start);
                    var lead = pw > 0 ? ArabicWords.StripConjunction(s.Words[pw - 1].Key).ToString() : string.Empty;
                    var lead2 = pw > 1 ? ArabicWords.StripConjunction(s.Words[pw - 2].Key).ToString() : string.Empty;
                    return lead is "ان" or "بان" or "لان" || (ActorView.IsNisba(s.Text, p) && lead2 is "ان" or "بان" or "لان") ? p : null;
                }
            }

            // «بأن مسيرات تابعة لـ«الدعم السريع» قصفت …»: whose weapons or men they are did it.
            // «لكن العليمي اتهم الميليشيات …», «فيما الحكومة تتهم …»: a clause opened by «لكن» or a conjunction of time
            // puts its subject first too.
            return before is "ان" or "بان" or "لان" or "انه" or "تابعه" or "التابعه" or "تابع" or "التابع" or "تابعين" or "التابعين"
                or "لكن" or "فيما" or "بينما" ? a : null;
        }

        return null;
    }

    /// <summary>A state, a body, or a force or an authority no dictionary names («السلطات», «قوات الأمن»).</summary>
    private static bool Authority(ActorMention a) =>
        a.Kind is ActorKind.Country or ActorKind.Organization
        || (a.Kind == ActorKind.Agent && a.Code is { Length: >= 3 } code && code[^3..] is "GOV" or "MIL" or "COP" or "JUD" or "SPY");

    /// <summary>«موظفا», «صحفيا»: an indefinite noun in the accusative as written (a final alif, no article, no
    /// preposition on it), not an adverb («مجددا», «أيضا»).</summary>
    private static bool IndefiniteObject(SentenceView s, int i)
    {
        var word = s.Words[i];
        var raw = s.Text.AsSpan(word.Start, word.End - word.Start);
        var key = ArabicWords.StripConjunction(word.Key).ToString();
        return raw.Length >= 4 && key.Length == word.Key.Length && raw.EndsWith("ا") && !raw.EndsWith("اا") && !raw.StartsWith("ال") && raw[0] is not ('ب' or 'ل' or 'ك')
            && !AccusativeAdverbs.Contains(key);
    }

    private static readonly FrozenSet<string> AccusativeAdverbs = new[]
    {
        "مجددا", "مؤخرا", "موخرا", "سابقا", "لاحقا", "حاليا", "رسميا", "فورا", "تعسفيا", "تعسفا", "جدا", "ايضا", "مساء", "صباحا", "ليلا", "نهارا",
        "فجرا", "ظهرا", "عصرا", "مبكرا", "تقريبا", "اساسا", "خصوصا", "عمدا", "قسرا", "غيابيا", "احترازيا", "مطلقا", "كثيرا", "قليلا", "مرارا",
        "تحديدا", "اولا", "ثانيا", "اخيرا", "تماما", "جزئيا", "كليا", "مباشره", "مؤقتا", "موقتا", "نهائيا", "داخليا", "خارجيا", "عسكريا", "سياسيا",
        "امنيا", "قضائيا", "ميدانيا", "دوليا", "محليا", "عربيا", "شعبيا", "علنا", "سرا", "معا", "جماعيا", "يوميا", "اسبوعيا", "سنويا",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A named person, or a generic group of people (civilians, journalists, activists), not a force or a body.</summary>
    private static bool PeopleSubject(ActorMention a) =>
        a.Kind == ActorKind.Person || (a.Kind == ActorKind.Agent && a.Code is { Length: >= 3 } code && code[^3..] is "CVL" or "MED" or "OPP" or "EDU" or "LAB" or "REF");

    /// <summary>One actor on both sides: the same mention, or two mentions of one entity.</summary>
    private static bool SameActor(ActorMention? a, ActorMention? b) =>
        a is { } x && b is { } y && (x.Start == y.Start || (x.EntityId is not null && x.EntityId == y.EntityId));

    /// <summary>The two actors of «بين X و Y» right after the trigger (within three words; within ten for fighting,
    /// <paramref name="far"/>, past its time and place).</summary>
    private static (ActorMention, ActorMention?)? Between(SentenceView s, int from, bool far = false)
    {
        for (var i = from; i < s.Words.Count && i < from + (far ? 14 : 3); i++)
        {
            // «اندلعت اشتباكات فجر اليوم في العاصمة الليبية طرابلس بين قوات …»: past three words, only times and places
            // of the fighting may stand before «بين».
            // («اندلعت اشتباكات عنيفة، فجر اليوم، بين …»: a time set off by commas is no break.)
            if (i >= from + 3 && ((IsClauseBreak(s, i) && !TriggerLexicon.IsAsideTime(s.Words[i - 1].Key)) || s.ActorAt(i) is { Kind: not ActorKind.Country }))
            {
                return null;
            }

            if (s.Words[i].Key != "بين")
            {
                continue;
            }

            if (i > 0 && ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i - 1].Key)).ToString() is "طريق" or "الطريق" or "المسافه" or "الحدود" or "الخط" or "خط")
            {
                // «هجوم استهدف قافلة على الطريق بين باماكو وسيغو»: the two ends of a road are no sides.
                return null;
            }

            if (FirstActorAfter(s, i + 1, 3) is not { } first)
            {
                return null;
            }

            var j = WordAfter(s, first.End);
            if (s.Text.AsSpan(first.End).TrimStart() is [ '(', .. ] && s.Text.IndexOf(')', first.End) is var close && close > 0 && close < s.End)
            {
                // «بين قوات سوريا الديمقراطية (قسد) ومسلحين من العشائر»: the first side's alias in brackets.
                j = WordAfter(s, close + 1);
            }

            if (j < s.Words.Count && s.Words[j].Key.StartsWith('و'))
            {
                // The tagger's mention may start after the conjunction («و|إثيوبيا»), or one word on when the
                // conjunction sits on a head noun it left out («وحركة حماس» tagged as «حماس»).
                var word = s.Words[j];
                var end = j + 1 < s.Words.Count ? s.Words[j + 1].End : word.End;
                foreach (var a in s.Actors)
                {
                    if (a.Start >= word.Start && a.Start < end && a.Start != first.Start)
                    {
                        return (first, a);
                    }
                }
            }

            return (first, null);
        }

        return null;
    }

    /// <summary>The index of the word that holds <paramref name="offset"/> or, past it, the next one (-1 at the end):
    /// a mention may start inside a word, after a preposition written on it.</summary>
    private static int WordContaining(SentenceView s, int offset) => s.Words.FindIndex(x => x.End > offset);

    private static int WordAfter(SentenceView s, int offset)
    {
        var i = 0;
        while (i < s.Words.Count && s.Words[i].Start < offset)
        {
            i++;
        }

        return i;
    }

    /// <summary>The first actor starting within <paramref name="maxWords"/> words of <paramref name="from"/>,
    /// unless a preposition or a clause break comes first (those introduce other roles).</summary>
    private static ActorMention? FirstActorAfter(SentenceView s, int from, int maxWords)
    {
        for (var i = from; i < s.Words.Count && i < from + maxWords; i++)
        {
            if (s.ActorAt(i) is { } a)
            {
                return a;
            }

            var k = s.Words[i].Key;
            if (i == from && (ApproximateCount(s, i) ?? (k == "عددا" || ActorLexicon.IsNumber(k) || (i > 0 && Prepositions.Contains(ArabicWords.StripConjunction(s.Words[i - 1].Key).ToString())) ? PartitiveCount(s, i) : null)) is { } counted)
            {
                // (And «أفرجت واشنطن عن خمسة من قادة طالبان», «اعتقلت عددا من عناصر الخلية»: the group some of whom were
                // freed or arrested; after a preposition, as a number or as the object, not as the subject: «طالب عدد من
                // النواب».)
                // «الإفراج عن نحو 900 أسير», «عن أكثر من 700 محتجز»: «نحو» and «من» of an approximated count are no
                // prepositions of another role.
                return counted;
            }

            // («التوقيف غير قانوني»: a noun after «غير» is an adjective's.)
            if (Prepositions.Contains(ArabicWords.StripConjunction(k).ToString()) || (i > from && IsClauseBreak(s, i)) || k == "غير")
            {
                return null;
            }
        }

        return null;
    }

    internal static bool IsReceiveVerb(string key) => ArabicWords.StripConjunction(key).ToString() is "تلقي" or "تلقت" or "يتلقي" or "تتلقي" or "تلقيا";

    /// <summary>The actor after «من» within eight words (asides set off by commas allowed), up to a full stop.</summary>
    private static ActorMention? CallerAfter(SentenceView s, int from)
    {
        for (var i = from; i + 1 < s.Words.Count && i < from + 8; i++)
        {
            if (i > from && s.Text.AsSpan(s.Words[i - 1].End, s.Words[i].Start - s.Words[i - 1].End).IndexOfAny(".;؛") >= 0)
            {
                return null;
            }

            if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() == "من")
            {
                return FirstActorAfter(s, i + 1, maxWords: 3);
            }
        }

        return null;
    }

    /// <summary>The word of «تلقاه/تلقته» right after a call noun (an adjective between allowed), or null.</summary>
    private static int? ReceivedBy(SentenceView s, int after)
    {
        for (var i = after; i < s.Words.Count && i <= after + 1; i++)
        {
            if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "تلقاه" or "تلقته" or "تلقاها" or "تلقتها" or "تلقياه" or "تلقوه")
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>The subject of «تلقى» up to ten words before a call noun at <paramref name="w"/>: who took the call.</summary>
    private static ActorMention? Received(SentenceView s, int w)
    {
        // («تلقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اتصالا …»: honorifics, a long name and an office;
        // «تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء، اتصالاً»: two.)
        for (var i = w - 1; i >= 0 && i >= w - 18; i--)
        {
            if (IsClauseBreak(s, i + 1) && !CommaBefore(s, i + 1))
            {
                return null;
            }

            if (IsReceiveVerb(s.Words[i].Key))
            {
                // («تلقى صاحب السمو الملكي الأمير …»: honorifics before the name.)
                return FirstActorAfter(s, i + 1, maxWords: 5) is { } a && a.Start < s.Words[w].Start ? a : null;
            }
        }

        return null;
    }

    /// <summary>The actor between «كان» and «قد» right before the verb at <paramref name="w"/>, if the clause reads so.</summary>
    private static ActorMention? KanSubject(SentenceView s, int w)
    {
        if (w < 3 || ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString() != "قد")
        {
            return null;
        }

        for (var i = w - 3; i >= 0 && i >= w - 12; i--)
        {
            if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "كان" or "كانت" or "كانوا" or "كانا")
            {
                // A person named there is the subject («وكان سفير خادم الحرمين … نبيل آل صالح قد استقبلهم»).
                ActorMention? first = null;
                for (var j = i + 1; j < w - 1; j++)
                {
                    if (s.ActorAt(j) is { } a && !Prepositional(s, a))
                    {
                        if (a.Kind == ActorKind.Person)
                        {
                            return a;
                        }

                        first ??= a;
                    }
                }

                return first;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether word <paramref name="after"/>, right after a verb, is a definite noun that names no actor (not a time, a
    /// preposition or a relative) and <paramref name="named"/>, the first actor after the verb, comes later.
    /// </summary>
    private static bool UnnamedSubject(SentenceView s, int after, ActorMention named)
    {
        // (A nationality right after it describes it: «الطيران الإسرائيلي» is the subject, named.)
        if (after + 1 >= s.Words.Count || named.Start < s.Words[after + 1].End || s.ActorAt(after) is not null || IsClauseBreak(s, after)
            || ActorView.IsNisba(s.Text, named))
        {
            return false;
        }

        var key = s.Words[after].Key;
        return key.Length >= 5 && key.StartsWith("ال", StringComparison.Ordinal) && !TriggerLexicon.IsAsideTime(key)
            && key is not ("الذين" or "اللذين" or "اللتين" or "الاخير" or "الاخيره" or "الاول") && !ArabicWords.IsDefiniteNisba(key);
    }

    /// <summary>Arms that strike without a named owner: «الطيران», «المدفعية», «الطائرات», «المسيرات» … (folded keys).</summary>
    private static readonly FrozenSet<string> ForceNouns = new[]
    {
        "الطيران", "المدفعيه", "الطايرات", "المقاتلات", "المروحيات", "المسيرات", "الدبابات", "البوارج", "الزوارق",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The word at <paramref name="i"/> as a military actor when it is one of <see cref="ForceNouns"/> and no actor
    /// already covers it (civil aviation, «الطيران المدني», is none).
    /// </summary>
    private static ActorMention? ForceNoun(SentenceView s, int i)
    {
        if (i < 0 || i >= s.Words.Count || s.ActorAt(i) is not null)
        {
            return null;
        }

        var word = s.Words[i];
        var key = ArabicWords.StripConjunction(word.Key);
        if (!ForceNouns.Contains(key.ToString()) || (i + 1 < s.Words.Count && s.Words[i + 1].Key is "المدني" or "المدنيه"))
        {
            return null;
        }

        return new ActorMention(word.Start + (key.Length < word.Key.Length ? 1 : 0), word.End, null, "MIL", ActorKind.Agent);
    }

    /// <summary>
    /// The sentence's subject: its first actor, within its first five words (verb first, subject next, after an opening
    /// «من جانبه،»), that no preposition governs.
    /// </summary>
    private static ActorMention? SentenceSubject(SentenceView s, int w)
    {
        var limit = s.Words[Math.Min(w, 5)].Start;
        foreach (var a in s.Actors)
        {
            if (a.Start >= limit)
            {
                break;
            }

            if (!Prepositional(s, a))
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>
    /// «قصف مواقع لحزب الله», «استهدفت مقرا للحوثيين»: the owner, after «ل», of the verb's object noun at
    /// <paramref name="at"/> is what the act is against; null when the noun is an actor itself or no «ل» owner follows it.
    /// </summary>
    private static ActorMention? OwnerOfObject(SentenceView s, int at)
    {
        if (at + 1 >= s.Words.Count || s.ActorAt(at) is not null || IsClauseBreak(s, at + 1)
            || Prepositions.Contains(ArabicWords.StripConjunction(s.Words[at].Key).ToString()))
        {
            return null;
        }

        var owner = s.Words[at + 1];
        if (owner.Key.StartsWith('ل') && s.ActorAt(at + 1) is { } a && a.Start > owner.Start)
        {
            return a;
        }

        // «استهدفت مركز قيادة تابعا لحركة حماس», «مواقع عسكرية تابعة لقوات النظام»: whose the thing is, a few words on.
        for (var i = at + 1; i <= at + 3 && i + 1 < s.Words.Count && s.ActorAt(i) is null && !IsClauseBreak(s, i); i++)
        {
            if (OwnedWords.Contains(ArabicWords.StripArticle(s.Words[i].Key).ToString()))
            {
                // «لحركة حماس»: the name may follow the head its preposition is on.
                var next = s.Words[i + 1];
                return next.Key.StartsWith('ل') && !IsClauseBreak(s, i + 1) && FirstActorAfter(s, i + 1, maxWords: 2) is { } b && b.Start >= next.Start ? b : null;
            }
        }

        return null;
    }

    /// <summary>
    /// «ووجه أردوغان دعوة للرئيس السيسي لزيارة تركيا», «ودعا الرئيس نظيره الفرنسي إلى زيارة الجزائر»: whom an invitation or a
    /// call right before the visit at <paramref name="w"/> names (the last actor after «دعوة/دعا» in the five words before);
    /// <paramref name="otherwise"/> when no invitation stands there.
    /// </summary>
    private static ActorMention? InvitedBefore(SentenceView s, int w, ActorMention? otherwise)
    {
        for (var i = w - 1; i >= 0 && i >= w - 6; i--)
        {
            if (IsClauseBreak(s, i + 1))
            {
                return otherwise;
            }

            if (ArabicWords.StripConjunction(s.Words[i].Key) is "دعوه" or "دعا" or "دعت" or "يدعو" or "تدعو" or "الدعوه" or "بدعوه")
            {
                ActorMention? invited = null;
                foreach (var a in s.Actors)
                {
                    if (a.Start >= s.Words[i].End && a.End <= s.Words[w].Start)
                    {
                        invited = a;
                    }
                }

                return invited;
            }
        }

        return otherwise;
    }

    /// <summary>
    /// «تمكنت قوى الأمن من تفكيك خلية», «أن الشرطة نجحت في اعتقال …»: the subject of a verb of managing right before the
    /// masdar at <paramref name="w"/>: the first actor of its clause (after «أن» or the sentence start) with no preposition
    /// on it and no place head before it.
    /// </summary>
    private static ActorMention? AbleBefore(SentenceView s, int w)
    {
        if (w < 3 || ArabicWords.StripConjunction(s.Words[w - 1].Key) is not ("من" or "في")
            || ArabicWords.StripConjunction(s.Words[w - 2].Key) is not ("تمكن" or "تمكنت" or "تمكنوا" or "نجح" or "نجحت" or "نجحوا"))
        {
            return null;
        }

        var from = 0;
        for (var i = w - 3; i >= 0 && i >= w - 14; i--)
        {
            if (IsComplementizerKey(s.Words[i].Key) || (i + 1 < s.Words.Count && IsClauseBreak(s, i + 1)))
            {
                from = i + 1;
                break;
            }
        }

        foreach (var a in s.Actors)
        {
            if (a.Start >= s.Words[w - 2].Start)
            {
                break;
            }

            if (a.Start >= s.Words[from].Start && !Prepositional(s, a) && !NamedAfterPlaceHead(s, a))
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>
    /// The actor after «الضغط على» in the ten words before the masdar at <paramref name="w"/> (no stop or complementizer
    /// between): «الضغط على إسرائيل للانسحاب».
    /// </summary>
    private static ActorMention? PressuredBefore(SentenceView s, int w)
    {
        for (var i = w - 1; i >= 1 && i >= w - 10; i--)
        {
            if (s.Text.AsSpan(s.Words[i].End, s.Words[i + 1].Start - s.Words[i].End).IndexOfAny(".؛;:") >= 0)
            {
                return null;
            }

            if (s.Words[i].Key == "علي" && ArabicWords.StripConjunction(s.Words[i - 1].Key) is "الضغط" or "بالضغط" or "للضغط" or "ضغط" or "يضغط" or "تضغط" or "الضغوط")
            {
                return FirstActorAfter(s, i + 1, maxWords: 1) is { } pressed && pressed.Start >= s.Words[i].End && pressed.End <= s.Words[w].Start ? pressed : null;
            }
        }

        return null;
    }

    /// <summary>Definite words of time that follow an act's noun without naming its doer (folded).</summary>
    private static readonly FrozenSet<string> TimeNouns = new[]
    {
        "الامس", "اليوم", "الليله", "الجمعه", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الاسبوع", "الشهر", "العام",
        "الماضي", "الاخير", "الاخيره", "الاول", "الاولي", "الثاني", "الثانيه", "المقبل", "المقبله",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The wounded, the sick, refugees and the dead (folded, no article), whom hospitals and states receive.</summary>
    private static readonly FrozenSet<string> PeopleInNeed = new[]
    {
        "جريح", "جريحا", "جرحي", "مصاب", "مصابا", "مصابين", "لاجي", "لاجيا", "لاجيين", "نازح", "نازحا", "نازحين", "مريض", "مريضا", "مرضي",
        "جثه", "جثث", "جثامين", "جثمان", "مهاجر", "مهاجرا", "مهاجرين", "حالات", "حاله", "ضحايا", "قتلي", "مشردين",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the words from <paramref name="from"/> (past a counted amount and the verb's subject) name people in
    /// need: «استقبلت أكثر من 60 جريحا», «استقبل المستشفى عشرات المصابين».</summary>
    private static bool ReceivesPeopleInNeed(List<Word> words, int from)
    {
        for (var i = from; i < words.Count && i < from + 6; i++)
        {
            var k = ArabicWords.StripArticle(ArabicWords.StripConjunction(words[i].Key)).ToString();
            if (PeopleInNeed.Contains(k))
            {
                return true;
            }

            // (The receiver may stand first: «واستقبلت تركيا آلاف اللاجئين».)
            if (!(ActorLexicon.IsNumber(words[i].Key) || k is "اكثر" or "من" or "نحو" or "حوالي" or "قرابه" or "عشرات" or "مئات" or "الاف" or "الف" or "المستشفي" or "مستشفي")
                && i > from)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>«تجمعا لمقاتلي الحركة»: the group whose members («لـ» + a plural in construct) the word at <paramref name="at"/>
    /// names.</summary>
    private static ActorMention? MembersOwner(SentenceView s, int at)
    {
        if (at + 1 >= s.Words.Count || IsClauseBreak(s, at) || IsClauseBreak(s, at + 1) || s.Words[at].Key is not { Length: > 4 } members
            || members[0] != 'ل' || members.StartsWith("لل", StringComparison.Ordinal) || !(members[^1] == 'ي' || members.EndsWith("ين", StringComparison.Ordinal)))
        {
            return null;
        }

        return s.ActorAt(at + 1) is { } owner && owner.Start == s.Words[at + 1].Start ? owner : null;
    }

    private static readonly FrozenSet<string> OwnedWords = new[] { "تابع", "تابعا", "تابعه", "تابعين", "تابعتين", "تابعان", "يتبع", "تتبع" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Who speaks the clause opened by the complementizer at <paramref name="c"/>: the first actor after a speech verb
    /// standing within eight words before it, with no preposition on it («وقالت القوات الأمريكية في بيان إنها»); null
    /// when the verb's subject is not named there («ذكر للمحققين أنه»), and for «أنهم» unless the speaker is a plural;
    /// with no speech verb that near, the sentence's subject.
    /// </summary>
    private static ActorMention? SpeakerOfClause(SentenceView s, int c)
    {
        for (var v = c - 1; v >= 0 && v >= c - 8; v--)
        {
            if (!Quotes.SpeechCues.Verbs.ContainsKey(s.Words[v].Key) && !Quotes.SpeechCues.Verbs.ContainsKey(ArabicWords.StripConjunction(s.Words[v].Key).ToString()))
            {
                continue;
            }

            if (v + 1 >= c || s.ActorAt(v + 1) is not { } speaker || Prepositional(s, speaker) || speaker.End > s.Words[c].Start)
            {
                return null;
            }

            return Agrees(s, speaker, c) ? speaker : null;
        }

        // The verb is further back («وقال جيب بوش خلال مقابلة أجريت معه مؤخرا إنه يلتقي»): the sentence's subject.
        return SentenceSubject(s, c) is { } subject && subject.End <= s.Words[c].Start && Agrees(s, subject, c) ? subject : null;
    }

    /// <summary>«أنهم» stands for a plural: people, or a name in -ون/-ين; «أنه», «أنها» for anyone.</summary>
    private static bool Agrees(SentenceView s, ActorMention speaker, int c)
    {
        if (!ArabicWords.StripConjunction(s.Words[c].Key).EndsWith("هم", StringComparison.Ordinal))
        {
            return true;
        }

        var text = s.Text.AsSpan(speaker.Start, speaker.End - speaker.Start);
        return speaker.Kind == ActorKind.Agent || text.EndsWith("ون", StringComparison.Ordinal) || text.EndsWith("ين", StringComparison.Ordinal);
    }

    /// <summary>«إنه», «أنها», «بأنهم» …: a complementizer with the pronoun of the clause's subject on it (folded).</summary>
    private static bool IsPronounComplementizer(string key) => key is "انه" or "انها" or "انهم" or "بانه" or "بانها" or "بانهم";

    /// <summary>
    /// Whether word <paramref name="c"/> is «إنه/أنها/بأنهم …» after a speech verb (within eight words) that agrees with its
    /// pronoun: «إنها» after a feminine verb («قالت», «تؤكد»), «إنه» after a masculine one, «إنهم» after any.
    /// </summary>
    private static bool SpeakerPronounAgrees(SentenceView s, int c)
    {
        var pronoun = ArabicWords.StripConjunction(s.Words[c].Key).ToString();
        if (!IsPronounComplementizer(pronoun))
        {
            return false;
        }

        for (var v = c - 1; v >= 0 && v >= c - 8; v--)
        {
            var verb = ArabicWords.StripConjunction(s.Words[v].Key).ToString();
            if (!Quotes.SpeechCues.Verbs.ContainsKey(s.Words[v].Key) && !Quotes.SpeechCues.Verbs.ContainsKey(verb))
            {
                continue;
            }

            if (pronoun.EndsWith("هم", StringComparison.Ordinal))
            {
                return true;
            }

            var feminine = verb.Length >= 3 && (verb[0] == 'ت' || (verb[^1] == 'ت' && verb[0] is not ('ي' or 'ن')));
            return feminine == pronoun.EndsWith("ها", StringComparison.Ordinal);
        }

        return false;
    }

    /// <summary>Whether the verb at <paramref name="w"/> ends in the plural «ـوا» (perfect) or «ـون» (imperfect) past its stem.</summary>
    private static bool IsPluralVerb(SentenceView s, int w, Trigger t)
    {
        var key = ArabicWords.StripConjunction(s.Words[w].Key);
        var stem = t.Words[0].Stem;
        return key.Length > stem.Length && key.StartsWith(stem) && key[stem.Length..] is "وا" or "ون" or "ا" && key.Length > 3;
    }

    /// <summary>
    /// «اعتقلت قوات الاحتلال، فجر اليوم الإثنين، 12 مواطنا», «التقى المبعوث، في العاصمة العمانية مسقط، رئيس الوفد»: the
    /// word after a comma-delimited time, or a place phrase opened by «في», that starts at word <paramref name="i"/>;
    /// <paramref name="i"/> itself when none does.
    /// Asides may follow one another: «استقبل الملك، اليوم الثلاثاء، في قصر الحسينية، الرئيس الفلسطيني».
    /// </summary>
    private static int AfterTimeAside(SentenceView s, int i)
    {
        for (var n = 0; n < 3; n++)
        {
            var next = AfterOneAside(s, i, n == 0);
            if (next == i)
            {
                break;
            }

            i = next;
        }

        return i;
    }

    /// <summary>«خطف مسلحون ما لا يقل عن 25 طالبة», «أكثر من 40 شخصا»: the words that hedge a count, skipped to the count.</summary>
    private static int AfterQuantity(SentenceView s, int i)
    {
        if (i + 3 < s.Words.Count && s.Words[i].Key == "ما" && s.Words[i + 1].Key == "لا" && s.Words[i + 2].Key == "يقل" && s.Words[i + 3].Key == "عن")
        {
            return i + 4;
        }

        if (i + 1 < s.Words.Count && s.Words[i].Key is "اكثر" or "اقل" && s.Words[i + 1].Key == "من")
        {
            return i + 2;
        }

        return i < s.Words.Count && s.Words[i].Key is "نحو" or "حوالي" or "قرابه" ? i + 1 : i;
    }

    private static int AfterOneAside(SentenceView s, int i, bool first)
    {
        // «دانت الوزارة بأشد العبارات اقتحام …», «أدانت بشدة الهجوم»: how strongly is no part of the object.
        if (i < s.Words.Count && s.Words[i].Key is "باشد" && i + 1 < s.Words.Count && s.Words[i + 1].Key is "العبارات" or "عبارات")
        {
            return i + 2;
        }

        if (i < s.Words.Count && s.Words[i].Key is "بشده" or "بقوه")
        {
            return i + 1;
        }

        // (Only the first aside may be the subject's title: after a time, «، السفير عمر صديق،» is the object.)
        if (first && i > 0 && i < s.Words.Count && IsClauseBreak(s, i) && OfficeHeads.Contains(ArabicWords.StripConjunction(s.Words[i].Key).ToString()))
        {
            // «استقبل الأمير فيصل بن فرحان، وزير الخارجية السعودي، نظيره الإيراني»: the subject's title in apposition.
            for (var j = i + 1; j < s.Words.Count && j < i + 8; j++)
            {
                if (IsClauseBreak(s, j))
                {
                    return s.Text.AsSpan(s.Words[j - 1].End, s.Words[j].Start - s.Words[j - 1].End).IndexOfAny("،,") >= 0 ? j : i;
                }
            }

            return i;
        }

        if (i > 0 && i + 1 < s.Words.Count && IsClauseBreak(s, i) && IsClauseBreak(s, i + 1) && CommaBefore(s, i + 1) && s.Words[i].Key.Length > 3
            && s.Words[i].Key[0] == 'ب' && s.ActorAt(i) is { Kind: ActorKind.Country } place && place.Start > s.Words[i].Start)
        {
            // «استقبل الوزير ناصر بوريطة، بالرباط، المبعوث الشخصي»: a place with «ب» written on it, set off by commas.
            return i + 1;
        }

        if (i > 0 && i < s.Words.Count && IsClauseBreak(s, i) && ArabicWords.StripConjunction(s.Words[i].Key) is "في")
        {
            for (var j = i + 2; j < s.Words.Count && j < i + 11; j++)
            {
                if (IsClauseBreak(s, j))
                {
                    return s.Text.AsSpan(s.Words[j - 1].End, s.Words[j].Start - s.Words[j - 1].End).IndexOfAny("،,") >= 0 ? j : i;
                }
            }

            return i;
        }

        if (i > 0 && i < s.Words.Count && IsClauseBreak(s, i) && (SourceAsides.Contains(ArabicWords.StripConjunction(s.Words[i].Key).ToString())
            || (i + 1 < s.Words.Count && ArabicWords.StripConjunction(s.Words[i].Key) is "علي" && s.Words[i + 1].Key == "لسان")))
        {
            // «وطالب الوزير المصري، وفق بيان الخارجية، الجانب الأمريكي», «، خلال لقائه الوفد،»: on whose word, or when.
            // «اتهمت الجماعة، على لسان المتحدث باسمها …، الإمارات بـ…»: through whose mouth.
            for (var j = i + 1; j < s.Words.Count && j < i + 13; j++)
            {
                if (IsClauseBreak(s, j))
                {
                    return CommaBefore(s, j) ? j : i;
                }
            }

            return i;
        }

        if (i <= 0 || i >= s.Words.Count || !IsClauseBreak(s, i) || !TriggerLexicon.IsAsideTime(s.Words[i].Key))
        {
            return i;
        }

        for (var j = i + 1; j < s.Words.Count && j < i + 5; j++)
        {
            if (IsClauseBreak(s, j))
            {
                return j;
            }

            if (!TriggerLexicon.IsAsideTime(s.Words[j].Key))
            {
                return i;
            }
        }

        return i;
    }

    /// <summary>Words that open an aside on whose word or when something was said (folded, conjunction off).</summary>
    private static readonly FrozenSet<string> SourceAsides = new[]
    {
        "وفق", "وفقا", "بحسب", "حسب", "حسبما", "طبقا", "نقلا", "عبر", "خلال", "اثناء",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns whose genitive is a masdar, not a verb: «سبل دعم», «جهود دعم» (folded, conjunction off).</summary>
    private static readonly FrozenSet<string> MasdarHeads = new[]
    {
        "في", "علي", "الي", "من", "عن", "حول", "بشان", "سبل", "جهود", "اهميه", "ضروره", "مواصله", "استمرار", "تعزيز", "زياده", "اطار",
        // Adverbs of time and cause take a masdar, never a verb: «بعد قصف المنزل», «إثر استهداف الحافلة», «جراء قصف».
        "بعد", "قبل", "عقب", "اثر", "جراء", "اثناء", "خلال", "منذ", "رغم", "وسط",
        "واصل", "واصلت", "يواصل", "تواصل", "ستواصل", "سيواصل", "واصلوا", "يواصلون",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether a transitive verb pattern at <paramref name="w"/> is used as its masdar: after a preposition or a noun that
    /// takes one («في دعم», «سبل دعم»), or with a preposition written on it («لدعم», «بدعم»).
    /// </summary>
    private static bool IsMasdarUse(SentenceView s, int w, Trigger t)
    {
        var key = ArabicWords.StripConjunction(s.Words[w].Key);
        var stem = t.Words[0].Stem;
        if (key.Length > stem.Length && key[0] is 'ل' or 'ب' && key[1..].StartsWith(stem))
        {
            return true;
        }

        // «اتهم باريس بـ"دعم الإرهابيين"»: the preposition written apart, before a quotation mark.
        if (w > 0 && s.Words[w - 1].Key is "ب" or "ل" && s.Text.AsSpan(s.Words[w - 1].End, s.Words[w].Start - s.Words[w - 1].End).Trim() is "\"" or "«" or "“")
        {
            return true;
        }

        return w > 0 && MasdarHeads.Contains(ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString()) && !IsClauseBreak(s, w);
    }

    /// <summary>The last person named within ten words before <paramref name="w"/>: whom «ـه» on a noun stands for.</summary>
    private static ActorMention? FirstPersonBefore(SentenceView s, int w)
    {
        foreach (var a in s.Actors)
        {
            if (a.End > s.Words[w].Start)
            {
                break;
            }

            if (a.Kind == ActorKind.Person && !Prepositional(s, a))
            {
                return a;
            }
        }

        return null;
    }

    private static ActorMention? NearestPersonBefore(SentenceView s, int w)
    {
        var limit = s.Words[Math.Max(0, w - 10)].Start;
        ActorMention? found = null;
        foreach (var a in s.Actors)
        {
            if (a.Kind == ActorKind.Person && a.Start >= limit && a.End <= s.Words[w].Start)
            {
                found = a;
            }
        }

        return found;
    }

    /// <summary>Nouns naming what an attack did to people (folded, conjunction off): «مقتل», «إصابة», «جرح» ….</summary>
    private static readonly FrozenSet<string> OutcomeNouns = new[] { "مقتل", "اصابه", "جرح", "استشهاد", "سقوط", "وفاه", "مصرع" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The people an outcome noun after <paramref name="from"/> names, in the same sentence and before a stop: «… عن
    /// مقتل ثلاثة أشخاص», «… إلى إصابة 45 شخصا» (within 25 words; the actor right after the noun).
    /// </summary>
    private static ActorMention? OutcomeVictims(SentenceView s, int from)
    {
        for (var i = from; i + 1 < s.Words.Count && i < from + 25; i++)
        {
            if (i > from && s.Text.AsSpan(s.Words[i - 1].End, s.Words[i].Start - s.Words[i - 1].End).IndexOfAny(".;؛") >= 0)
            {
                return null;
            }

            var k = ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i].Key)).ToString();
            if (OutcomeNouns.Contains(k))
            {
                return s.ActorAt(i + 1) is { } a && a.Kind is ActorKind.Agent or ActorKind.Person ? a : null;
            }
        }

        return null;
    }

    /// <summary>Nouns that name a place before its name (folded, article off): «العاصمة», «مدينة», «بلدة» ….</summary>
    private static readonly FrozenSet<string> PlaceHeads = new[] { "عاصمه", "مدينه", "بلده", "منطقه", "محافظه", "ولايه", "اقليم", "قريه", "بعاصمه", "بمدينه", "ببلده", "بمنطقه", "بمحافظه", "بولايه", "باقليم", "بقريه" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«أن», «إنه», «بأنها» …: the clause after them is what was said (folded).</summary>
    private static readonly FrozenSet<string> Complementizers = new[] { "ان", "انه", "انها", "انهم", "بان", "بانه", "بانها", "بانهم", "لان" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether the verb at <paramref name="w"/>, after a relative pronoun, carries an object pronoun for the antecedent.</summary>
    private static bool HasObjectPronoun(SentenceView s, int w, Trigger t)
    {
        var key = ArabicWords.StripConjunction(s.Words[w].Key);
        var stem = t.Words[0].Stem;
        if (!key.StartsWith(stem) || key.Length <= stem.Length)
        {
            return false;
        }

        // The pronoun agrees with the relative pronoun before the verb when it stands for the antecedent: «باكستان التي
        // يتهمها» (feminine both), not «العملية الإرهابية التي استهدفته» (the «ه» is the hotel, the operation the
        // subject).
        var relative = ArabicWords.StripConjunction(s.Words[w - 1].Key);
        var rest = key[stem.Length..];
        return relative switch
        {
            "التي" => rest.EndsWith("ها", StringComparison.Ordinal),
            "الذي" => rest.EndsWith("ه", StringComparison.Ordinal) && !rest.EndsWith("ها", StringComparison.Ordinal),
            "الذين" or "اللواتي" or "اللاتي" => rest.EndsWith("هم", StringComparison.Ordinal) || rest.EndsWith("هن", StringComparison.Ordinal),
            _ => rest.EndsWith("هما", StringComparison.Ordinal),
        };
    }

    private static readonly FrozenSet<string> RelativePronouns = new[] { "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي" }
        .Select(x => ArabicWords.Fold(x)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs of carrying out with a pronoun for the act (folded, conjunction off): «نفذه», «شنتها», «ارتكبوها».</summary>
    private static readonly FrozenSet<string> CarriedOutVerbs = new[]
    {
        "نفذه", "نفذها", "نفذته", "نفذتها", "نفذوه", "نفذوها", "شنه", "شنها", "شنته", "شنتها", "شنوه", "شنوها",
        "ارتكبه", "ارتكبها", "ارتكبته", "ارتكبتها", "ارتكبوه", "ارتكبوها", "تبناه", "تبنته", "تبناها", "تبنتها", "تبناهما", "تبنتهما",
        "نفذهما", "نفذتهما", "شنهما", "شنتهما",
        // Going on: «الهجمات التي تشنها جماعة الحوثي على السفن».
        "تشنه", "تشنها", "يشنه", "يشنها", "يشنونها", "تنفذه", "تنفذها", "ينفذه", "ينفذها", "ينفذونها", "ترتكبه", "ترتكبها", "يرتكبه", "يرتكبها",
        // Imposed by: «حصار تفرضه الجماعة منذ سبتمبر».
        "تفرضه", "تفرضها", "يفرضه", "يفرضها", "فرضه", "فرضها", "فرضته", "فرضتها",
        // Led by: «جهود الوساطة التي تقودها مصر وقطر».
        "تقوده", "تقودها", "يقوده", "يقودها", "قادها", "قادته", "قاده", "قادتها", "قادوها",
        // Held, hosted, organized, sponsored: «المحادثات التي عقدها الوزيران», «القمة التي استضافتها الرياض», «الوساطة
        // التي بذلتها قطر».
        "عقده", "عقدها", "عقدته", "عقدتها", "عقدوها", "اجراه", "اجراها", "اجرته", "اجرتها", "استضافه", "استضافها",
        "استضافته", "استضافتها", "نظمه", "نظمها", "نظمته", "نظمتها", "رعاه", "رعاها", "رعته", "رعتها", "ترعاه", "ترعاها",
        "يرعاه", "يرعاها", "بذلها", "بذلتها", "تبذلها", "يبذلها",
        // Addressed, launched: «انتقادات وجهها سعيد لأداء الإدارة», «حملة اعتقالات أطلقتها السلطات».
        "وجهه", "وجهها", "وجهته", "وجهتها", "وجهوها", "يوجهها", "توجهها", "اطلقه", "اطلقها", "اطلقته", "اطلقتها", "اطلقوها",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The doer named right after a verb of carrying out that follows a nominal trigger within six words of the same
    /// clause («هجوم … نفذه X», «الغارات التي شنتها X»); null when there is none.
    /// </summary>
    private static readonly FrozenSet<string> CarryingVerbs = new[]
    {
        // («وشن» keeps its «و»: a conjunction never comes off a three-letter word.)
        "نفذ", "نفذت", "نفذوا", "ينفذ", "تنفذ", "ينفذون", "شن", "وشن", "فشن", "شنت", "شنوا", "يشن", "تشن", "يشنون", "ارتكب", "ارتكبت", "ارتكبوا",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The subject of a verb of carrying out right before a noun trigger: the speaker of «إنها/أنه» before the verb, or an
    /// actor right before it after a complementizer or opening the sentence (a subject after the verb is found as the
    /// noun's own ACTOR).
    /// </summary>
    private static ActorMention? DoerOfCarryingVerb(SentenceView s, int w)
    {
        var v = w - 1;
        if (w >= 3 && IsClauseBreak(s, w) && CommaBefore(s, w))
        {
            // «أنها نفذت، بالتنسيق مع الحكومة الصومالية، غارة جوية»: an aside between the verb and the act.
            for (var j = w - 1; j >= 2 && j >= w - 10; j--)
            {
                if (IsClauseBreak(s, j))
                {
                    v = CommaBefore(s, j) && CarryingVerbs.Contains(ArabicWords.StripConjunction(s.Words[j - 1].Key).ToString()) ? j - 1 : v;
                    break;
                }
            }
        }

        if (v < 0 || !CarryingVerbs.Contains(ArabicWords.StripConjunction(s.Words[v].Key).ToString()))
        {
            return null;
        }

        if (v >= 1 && IsPronounComplementizer(ArabicWords.StripConjunction(s.Words[v - 1].Key).ToString()))
        {
            return SpeakerOfClause(s, v - 1);
        }

        return SubjectBeforeVerb(s, v);
    }

    /// <summary>
    /// «قتل 6 أشخاص في غارة جوية نفذها الطيران الحربي», «أصيب مدنيون جراء قصف شنته قوات …»: after a passive verb, the
    /// means it happened «في/جراء/إثر/بـ» and who carried that out, within the clause.
    /// </summary>
    private static ActorMention? PerpetratorOfMeans(SentenceView s, int after)
    {
        for (var i = after; i < s.Words.Count && i < after + 10; i++)
        {
            if (i > after && IsClauseBreak(s, i))
            {
                return null;
            }

            var key = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            if (key is "في" or "جراء" or "اثر" or "خلال" or "بسبب" && i + 1 < s.Words.Count)
            {
                return Perpetrator(s, i + 1);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="target"/> is what an attack noun right after a condemning verb fell on («الغارات على X»,
    /// «الاعتداء على بلدة X»), and who did it when the clause says so («الذي نفذه مستعمرون», «الإسرائيلية»).
    /// </summary>
    private static (bool Attacked, ActorMention? Doer) AttackedObject(SentenceView s, int after, ActorMention target)
    {
        for (var i = after; i < s.Words.Count && i < after + 3; i++)
        {
            if (IsClauseBreak(s, i) && i > after)
            {
                break;
            }

            var key = ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i].Key)).ToString();
            if (!AttackNouns.Contains(key))
            {
                continue;
            }

            var on = WordAfter(s, s.Words[i].End);
            if (on >= s.Words.Count || target.Start < s.Words[on].Start)
            {
                return (false, null);
            }

            for (var j = i + 1; j < s.Words.Count && s.Words[j].Start <= target.Start; j++)
            {
                if (s.Words[j].Key is "علي" or "ضد" && j <= i + 3)
                {
                    var doer = Perpetrator(s, WordAfter(s, target.End)) ?? (s.ActorAt(i + 1) is { } nisba && nisba.Start < s.Words[j].Start && !SameActor(nisba, target) ? nisba : null);
                    return (true, doer);
                }
            }

            return (false, null);
        }

        return (false, null);
    }

    /// <summary>«الهجوم على مدينة الفاشر»: the state or city right after an attack noun and «على» (within four words).</summary>
    private static ActorMention? PlaceStruck(SentenceView s, int after)
    {
        for (var i = after; i < s.Words.Count && i < after + 4; i++)
        {
            if (s.Words[i].Key is not "علي" || i + 1 >= s.Words.Count)
            {
                continue;
            }

            var at = i + 2 < s.Words.Count && PlaceHeads.Contains(ArabicWords.StripArticle(s.Words[i + 1].Key).ToString()) ? i + 2 : i + 1;
            return s.ActorAt(at) is { Kind: ActorKind.Country } place ? place : null;
        }

        return null;
    }

    /// <summary>Whether the word is an attack noun, with or without «و», the article or a one-letter preposition.</summary>
    private static bool IsAttackNoun(string key)
    {
        var k = ArabicWords.StripConjunction(key);
        var bare = ArabicWords.StripArticle(k).ToString();
        return AttackNouns.Contains(bare) || (k.StartsWith("لل", StringComparison.Ordinal) && AttackNouns.Contains(k[2..].ToString()))
            || (k.Length > 3 && k[0] is 'ب' or 'ل' && AttackNouns.Contains(ArabicWords.StripArticle(k[1..]).ToString()));
    }

    /// <summary>
    /// «…، الذي صدر بحقه حكم غيابي بالسجن»: a sentence passed «بحقه» in a relative clause within six words before the
    /// noun at <paramref name="w"/>; the antecedent before «الذي/التي/الذين», or null.
    /// </summary>
    private static ActorMention? SentencedOne(SentenceView s, int w)
    {
        for (var i = w - 1; i >= 2 && i >= w - 6; i--)
        {
            if (IsClauseBreak(s, i + 1))
            {
                return null;
            }

            if (ArabicWords.StripConjunction(s.Words[i].Key) is not ("بحقه" or "بحقها" or "بحقهم" or "بحقهما"))
            {
                continue;
            }

            var verb = ArabicWords.StripConjunction(s.Words[i - 1].Key);
            var rel = ArabicWords.StripConjunction(s.Words[i - 2].Key);
            return verb is "صدر" or "صدرت" or "يصدر" && rel is "الذي" or "التي" or "الذين" or "اللذين" && i - 2 > 0
                && LastActorBefore(s, i - 2, maxWords: 4) is { } antecedent ? antecedent : null;
        }

        return null;
    }

    /// <summary>
    /// The subject of a verb of repelling right before the attack noun at <paramref name="w"/> («صدت القوات الهجوم»,
    /// «القوات صدت الهجوم», «تصدى الجيش لهجوم»): the actor between the verb and the noun, else the one right before the
    /// verb; null when no such verb stands within three words before the noun.
    /// </summary>
    private static ActorMention? Repeller(SentenceView s, int w)
    {
        for (var v = w - 1; v >= 0 && v >= w - 4; v--)
        {
            if (IsClauseBreak(s, v + 1))
            {
                return null;
            }

            if (!Occurrence.IsRepelVerb(ArabicWords.StripConjunction(s.Words[v].Key)) && !Occurrence.IsRepelVerb(s.Words[v].Key))
            {
                continue;
            }

            if (FirstActorAfter(s, v + 1, maxWords: w - v - 1) is { } between && between.End <= s.Words[w].Start && !Prepositional(s, between))
            {
                return between;
            }

            return v > 0 && !IsClauseBreak(s, v) && LastActorBefore(s, v, maxWords: 3) is { } subject ? subject : null;
        }

        return null;
    }

    /// <summary>Whether an indefinite noun of a text issued (a resolution, a statement, a letter) stands right before the
    /// verb at <paramref name="w"/> with no break: the verb is a clause describing it («قرارا يطالب», «بيانا يدعو»).</summary>
    internal static bool IssuedTextBefore(SentenceView s, int w)
    {
        if (!IsClauseBreak(s, w))
        {
            return IsIssuedText(s.Words[w - 1].Key);
        }

        // «تبني المجلس قرارا قدمته الدول الأوروبية الثلاث، فرنسا وبريطانيا وألمانيا، يطالب إيران بـ…»: an imperfect after
        // a comma goes on describing a resolution (in the accusative) named a few words before, past a clause about it.
        var verb = ArabicWords.StripConjunction(s.Words[w].Key);
        if (verb.Length < 4 || verb[0] is not ('ي' or 'ت') || verb.Length != s.Words[w].Key.Length)
        {
            return false;
        }

        for (var i = w - 2; i >= 0 && i >= w - 14; i--)
        {
            if (s.Words[i].Key is "قرارا" or "بيانا" or "تقريرا" or "اعلانا" or "مقترحا" or "قانونا" or "تعميما" or "مرسوما" or "مشروعا")
            {
                return true;
            }

            if (IsComplementizerKey(s.Words[i].Key) || s.Text.AsSpan(s.Words[i].End, s.Words[i + 1].Start - s.Words[i].End).IndexOfAny(".؛;:") >= 0)
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsComplementizerKey(string key) => ArabicWords.StripConjunction(key) is "ان" or "انه" or "انها" or "بان" or "الذي" or "التي";

    /// <summary>Whether a word (folded key) is an indefinite noun of a text issued: «قرارا», «بيانا», «رسالة».</summary>
    internal static bool IsIssuedText(string key) => IssuedTexts.Contains(ArabicWords.StripConjunction(key).ToString());

    private static readonly FrozenSet<string> IssuedTexts = new[]
    {
        "قرارا", "قرار", "بيانا", "بيان", "رساله", "رسالتين", "مذكره", "مشروع", "تقريرا", "تقرير", "وثيقه", "اعلانا", "عريضه", "مقترحا", "مقترح",
        "قانونا", "قانون", "خطابا", "خطاب", "تعميما", "تعميم", "مرسوما", "مرسوم", "توصيه", "توصيات", "قرارات", "بيانات", "رسائل",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether «ردا على» or «انتقاما لـ» stands right before the trigger at <paramref name="w"/>.</summary>
    private static bool RespondedTo(SentenceView s, int w) =>
        (w > 1 && s.Words[w - 1].Key == "علي" && ArabicWords.StripConjunction(s.Words[w - 2].Key) is "ردا" or "رد")
        || (w > 0 && ArabicWords.StripConjunction(s.Words[w - 1].Key) is "انتقاما" or "ثارا");

    /// <summary>«وأقدم مسلحون مجهولون على خطف ثلاثة عمال»: the actor between «أقدم» and «على» right before the masdar.</summary>
    private static ActorMention? UndertookBefore(SentenceView s, int w)
    {
        if (w < 3 || ArabicWords.StripConjunction(s.Words[w - 1].Key) is not "علي")
        {
            return null;
        }

        for (var v = w - 2; v >= 0 && v >= w - 6; v--)
        {
            if (IsClauseBreak(s, v + 1))
            {
                return null;
            }

            if (ArabicWords.StripConjunction(s.Words[v].Key) is "اقدم" or "اقدمت" or "اقدموا" or "يقدم" or "تقدم")
            {
                return FirstActorAfter(s, v + 1, maxWords: w - v - 2) is { } doer && doer.End <= s.Words[w - 1].Start ? doer : null;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether an indefinite attack noun stands right before the verb at <paramref name="w"/>, after at most two words of
    /// description and with no break: «هجوم استهدف», «هجوم انتحاري بسيارة مفخخة استهدف», «اقتحام مسلح استهدف».
    /// </summary>
    private static bool AttackNounBefore(SentenceView s, int w)
    {
        for (var i = w - 1; i >= 0 && i >= w - 3; i--)
        {
            if (IsClauseBreak(s, i + 1) || (s.ActorAt(i) is { } a && !ActorView.IsNisba(s.Text, a)))
            {
                return false;
            }

            var key = ArabicWords.StripConjunction(s.Words[i].Key);
            if (!key.StartsWith("ال", StringComparison.Ordinal) && AttackNouns.Contains(key.ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> AttackNouns = new[]
    {
        "هجوم", "هجمات", "هجومين", "اعتداء", "اعتداءات", "غاره", "غارات", "قصف", "ضربه", "ضربات", "عدوان", "تفجير", "تفجيرات", "اقتحام",
        "اقتحامات", "استهداف", "هجوما",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «أعلنت الكويت، الأحد، طرد …», «قررت الحكومة تجميد …»: the subject of «أعلن/قرر» standing right before a measure
    /// named by a masdar (not after a complementizer or «عن»).
    /// </summary>
    private static ActorMention? AnnouncedMeasure(SentenceView s, int w, bool verb)
    {
        for (var i = w - 1; i >= 0 && i >= w - 18; i--)
        {
            var key = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            if (key is not ("اعلن" or "اعلنت" or "اعلنوا" or "قرر" or "قررت" or "قرروا"))
            {
                continue;
            }

            if (!DeclaredMeasure(s.Words, i, w, verb) || i + 1 >= w)
            {
                return null;
            }

            if (w - i > 8 && !(CommaBefore(s, w) && CommasBetween(s, i, w) is var commas
                && (commas == 2 || (commas == 3 && ArabicWords.StripConjunction(s.Words[w].Key).Length < s.Words[w].Key.Length))))
            {
                // «أعلن جهاز مكافحة الهجرة في بنغازي، التابع للحكومة المكلفة …، ترحيل 712 مهاجرا»: further back only
                // across one aside set off by two commas, the measure right after it, or the second measure joined to
                // it by «و» after one more comma («قررت الجزائر، اليوم، استدعاء سفيرها للتشاور، وطرد 12 موظفا»).
                return null;
            }

            return FirstActorAfter(s, i + 1, maxWords: 2) is { } a && a.End <= s.Words[w].Start && !Prepositional(s, a) ? a : null;
        }

        return null;
    }

    /// <summary>
    /// «قتل في الغارة قيادي بارز», «أصيب خلال الاشتباكات ثلاثة جنود»: people (a count or a generic agent) right after a
    /// short circumstance («في/خلال/جراء/إثر» and one or two words) that follows the verb.
    /// </summary>
    private static ActorMention? VictimAfterCircumstance(SentenceView s, int after)
    {
        var words = s.Words;
        if (after >= words.Count || ArabicWords.StripConjunction(words[after].Key) is not ("في" or "خلال" or "جراء" or "اثر" or "عقب"))
        {
            return null;
        }

        for (var i = after + 2; i <= after + 3 && i < words.Count; i++)
        {
            if (IsClauseBreak(s, i) || CarryingVerbs.Contains(ArabicWords.StripConjunction(words[i - 1].Key).ToString())
                || CarriedOutVerbs.Contains(ArabicWords.StripConjunction(words[i - 1].Key).ToString()))
            {
                return null;
            }

            if (s.ActorAt(i) is { } people && people.Start == words[i].Start && !Prepositional(s, people)
                && (people.Kind == ActorKind.Agent && people.Code is { Length: >= 3 } code && code[^3..] is "CVL" or "MIL" or "COP" or "UAF" or "REB" or "MED" or "OPP"
                    || ActorLexicon.IsNumber(words[i].Key) || MemberOfBody(s, people)))
            {
                return people;
            }
        }

        return null;
    }

    /// <summary>«عناصر الدرك الملكي»: definite nisba adjectives the subject's actor left out, which are still its words.</summary>
    private static int AfterAdjectives(SentenceView s, int i)
    {
        while (i < s.Words.Count && !IsClauseBreak(s, i) && s.ActorAt(i) is null && ArabicWords.IsDefiniteNisba(s.Words[i].Key))
        {
            i++;
        }

        // «الحكومة اليمنية المعترف بها دوليا المجتمع الدولي»: a participle phrase describing the subject.
        if (i + 1 < s.Words.Count && !IsClauseBreak(s, i) && s.Words[i].Key is "المعترف" or "المدعومه" or "المدعوم" or "الموالي" or "الموالية" or "الموالين" or "المقربه" or "المقرب"
            && s.Words[i + 1].Key is "بها" or "به" or "بهم" or "من" or "ل" or "لها" or "له")
        {
            i += 2;
            if (i < s.Words.Count && !IsClauseBreak(s, i) && s.Words[i].Key is "دوليا" or "رسميا" or "عربيا" or "امميا")
            {
                i++;
            }
        }

        return i;
    }

    /// <summary>
    /// «ثلاثة من أعضاء لجنة المعلمين», «تسعة أشخاص»: a number and the counted noun (after «من», with its genitive, up to
    /// four words, stopping at a preposition or a break) as an actor with no code; null when word <paramref name="i"/>
    /// is no number.
    /// </summary>
    private static ActorMention? CountedPeople(SentenceView s, int i)
    {
        if (i < s.Words.Count && s.Words[i].Key == "من")
        {
            // «قوة من جهاز المخابرات العامة ثلاثة من …»: the subject's «من» phrase comes first.
            for (var j = i + 1; j < s.Words.Count && j < i + 6 && !IsClauseBreak(s, j) && !Prepositions.Contains(s.Words[j].Key); j++)
            {
                if (ActorLexicon.IsNumber(s.Words[j].Key))
                {
                    return CountedPeople(s, j);
                }
            }
        }

        if (i >= s.Words.Count || i + 1 >= s.Words.Count || !ActorLexicon.IsNumber(s.Words[i].Key) || NotCountedPeople.Contains(s.Words[i + 1].Key)
            || Entities.EntityRecognizer.IsMonthName(s.Words[i + 1].Key)
            || (i > 0 && s.Text.AsSpan(s.Words[i - 1].End, s.Words[i].Start - s.Words[i - 1].End).Contains('(')))
        {
            // («(70 عاما)» is an age; «17 فبراير» a date.)
            return null;
        }

        var end = i + 1;
        if (end < s.Words.Count && s.Words[end].Key == "من")
        {
            end++;
        }

        var last = -1;
        for (var j = end; j < s.Words.Count && j < end + 4; j++)
        {
            var key = ArabicWords.StripConjunction(s.Words[j].Key).ToString();
            if ((j > end && IsClauseBreak(s, j)) || Prepositions.Contains(key) || key.Length < 2 || char.IsDigit(key[0]) || TriggerLexicon.IsAsideTime(key)
                || (j > end && (key[0] == 'ب' || key.StartsWith("لل", StringComparison.Ordinal))) || key is "بينهم" or "بينهن" or "منهم" or "اثر" or "عقب" or "بعد" or "قبل")
            {
                break;
            }

            last = j;
        }

        return last < 0 ? null : new ActorMention(s.Words[i].Start, s.Words[last].End, null, null, ActorKind.Agent);
    }

    /// <summary>Counted nouns that are no people: time, distance, money and shares («في المئة»), folded (months are
    /// <see cref="Entities.EntityRecognizer.IsMonthName"/>).</summary>
    private static readonly FrozenSet<string> NotCountedPeople = new[]
    {
        "عام", "عاما", "اعوام", "سنه", "سنوات", "سنين", "يوم", "يوما", "ايام", "شهر", "شهرا", "اشهر", "ساعه", "ساعات", "دقيقه", "دقايق",
        "اسبوع", "اسابيع", "كيلومتر", "كيلومترا", "كيلومترات", "كلم", "كم", "متر", "مترا", "امتار", "دولار", "دولارا", "مليون", "مليار", "الف",
        "بالميه", "في",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«قيادي في حزب الله»: an actor written as a member of a named body (its first word a member noun).</summary>
    private static bool MemberOfBody(SentenceView s, ActorMention actor) =>
        actor.EntityId is not null && actor.Kind == ActorKind.Organization && s.Words.FindIndex(x => x.Start <= actor.Start && actor.Start < x.End) is var w
        && w >= 0 && ActorView.IsMemberNoun(s.Words[w].Key) && actor.End > s.Words[w].End;

    /// <summary>«قتل ما لا يقل عن 30 جنديا», «أكثر من 20 مدنيا», «نحو 15 شخصا»: the counted people after an approximation.</summary>
    /// <summary>«خمسة من قادة طالبان», «عددا من عناصر الخلية»: a count of some of a group, at <paramref name="after"/>; the group.</summary>
    private static ActorMention? PartitiveCount(SentenceView s, int after)
    {
        var words = s.Words;
        if (after + 2 < words.Count && words[after + 1].Key == "من" && !IsClauseBreak(s, after + 1)
            && (ActorLexicon.IsNumber(words[after].Key) || words[after].Key is "عدد" or "عددا" or "بعض" or "عشرات" or "مئات" or "الاف" or "العديد")
            && FirstActorAfter(s, after + 2, maxWords: 2) is { } member)
        {
            return member;
        }

        return null;
    }

    private static ActorMention? ApproximateCount(SentenceView s, int after)
    {
        var words = s.Words;
        var skip = after + 3 < words.Count && words[after].Key == "ما" && words[after + 1].Key == "لا" && words[after + 2].Key is "يقل" or "تقل" && words[after + 3].Key == "عن" ? 4
            : after + 1 < words.Count && words[after].Key is "اكثر" or "اقل" && words[after + 1].Key == "من" ? 2
            : after < words.Count && words[after].Key is "نحو" or "قرابه" or "حوالي" or "زهاء" ? 1
            : 0;
        return skip > 0 && FirstActorAfter(s, after + skip, maxWords: 2) is { } counted && WordAfter(s, counted.Start) is var c && c < words.Count
            && ActorLexicon.IsNumber(words[c].Key) ? counted : null;
    }

    /// <summary>
    /// Whether <paramref name="actor"/> is the subject right after a verb of saying («أفادت وزارة الصحة»); not «أعلن»
    /// («أعلنت الشرطة اعتقال …»: who announces a measure took it).
    /// </summary>
    private static bool ReporterOf(SentenceView s, ActorMention? actor) => SubjectOf(s, actor, ReportingVerbs);

    /// <summary>Whether <paramref name="actor"/> is the subject right after one of <paramref name="verbs"/> (folded, no conjunction).</summary>
    private static bool SubjectOf(SentenceView s, ActorMention? actor, FrozenSet<string> verbs)
    {
        if (actor is not { } a)
        {
            return false;
        }

        var i = WordAfter(s, a.Start);
        return i > 0 && i < s.Words.Count && s.Words[i].Start == a.Start && verbs.Contains(ArabicWords.StripConjunction(s.Words[i - 1].Key).ToString());
    }

    /// <summary>Verbs that report or describe what others did (not «أعلن», «دعا», «طالب»: who announces or calls for it may act).</summary>
    private static readonly FrozenSet<string> ReportingVerbs = new[]
    {
        "افاد", "افادت", "ذكر", "ذكرت", "قال", "قالت", "اكد", "اكدت", "اوضح", "اوضحت", "كشف", "كشفت", "اشار", "اشارت", "نقل", "نقلت",
        "اورد", "اوردت", "وصف", "وصفت", "رصد", "رصدت", "وثق", "وثقت", "اوردت", "تحدث", "تحدثت", "روي", "روت", "ابلغ", "ابلغت",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«استشهاد», «إصابة»: casualties named by martyrdom or wounds (folded, conjunction and article off).</summary>
    private static bool Martyrdom(string key) =>
        ArabicWords.StripArticle(ArabicWords.StripConjunction(key)).ToString() is "استشهاد" or "اصابه" or "اصابات" or "جرح";

    /// <summary>«أعلن», «أعلنت», «أعلنوا» (folded).</summary>
    private static readonly FrozenSet<string> AnnouncingVerbs = new[] { "اعلن", "اعلنت", "اعلنوا" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Crowds and gatherings (folded, no article) that police disperse.</summary>
    private static readonly FrozenSet<string> CrowdWords = new[]
    {
        "متظاهرين", "محتجين", "معتصمين", "متجمهرين", "مشيعين", "حشود", "تظاهره", "تظاهرات", "مظاهره", "مظاهرات", "احتجاجات", "احتجاج",
        "اعتصام", "مسيره", "مسيرات", "تجمع", "تجمعات", "مصلين", "متظاهرون", "محتجون", "جموع", "الاف", "مئات", "عشرات", "طلاب",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Acts of force and their threat, which one doer carries out one after another in a sentence.</summary>
    private static bool Forceful(string type) => type is "ASSAULT" or "COERCE" or "THREATEN" or "MOBILIZE" or "RETREAT" or "SANCTION";

    /// <summary>Words of an inquiry into an act (folded, conjunction off): «تحقيقا في ملابسات …», «ظروف …».</summary>
    private static readonly FrozenSet<string> InquiryWords = new[]
    {
        "تحقيق", "تحقيقا", "التحقيق", "بالتحقيق", "للتحقيق", "التحقيقات", "ملابسات", "ظروف", "بحثا",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether an inquiry word stands within the three words before <paramref name="w"/>.</summary>
    private static bool Investigated(List<Word> words, int w)
    {
        for (var i = w - 1; i >= 0 && i >= w - 3; i--)
        {
            if (InquiryWords.Contains(ArabicWords.StripConjunction(words[i].Key).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly FrozenSet<string> ConfrontingWords = new[]
    {
        "مواجهه", "لمواجهه", "بمواجهه", "التصدي", "للتصدي", "تصدي", "صد", "لصد", "ادانته", "ادانتها", "ادانتهم", "ادانه", "استنكاره",
        "استنكارها", "رفضه", "رفضها", "ضد", "ضحايا", "ضحيه", "مكافحه", "لمكافحه", "احباط", "لاحباط", "منع", "لمنع",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Who killed or seized <paramref name="victim"/> when the victim follows an outcome noun («مقتل فتى برصاص الشرطة»,
    /// «اعتقال ناشط على يد قوات الأمن»): the actor after «برصاص/بنيران/على يد/من قبل» within a few words.
    /// </summary>
    private static ActorMention? KillerOf(SentenceView s, ActorMention victim)
    {
        var v = WordAfter(s, victim.Start);
        if (v == 0 || v >= s.Words.Count || !(OutcomeNouns.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[v - 1].Key)).ToString())
            || ArabicWords.StripConjunction(s.Words[v - 1].Key) is "اعتقال" or "اغتيال" or "بمقتل" or "لمقتل" or "باغتيال" or "لاغتيال"))
        {
            return null;
        }

        for (var i = WordAfter(s, victim.End); i < s.Words.Count && i < WordAfter(s, victim.End) + 5; i++)
        {
            if (IsClauseBreak(s, i))
            {
                return null;
            }

            var k = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            if (k is "برصاص" or "بنيران" or "برصاصه" && s.ActorAt(i + 1 < s.Words.Count ? i + 1 : i) is { } byFire && byFire.Start > s.Words[i].Start)
            {
                return byFire;
            }

            if ((k is "يد" && i > 0 && s.Words[i - 1].Key is "علي") || (k is "قبل" && i > 0 && s.Words[i - 1].Key is "من"))
            {
                return FirstActorAfter(s, i + 1, maxWords: 3);
            }
        }

        return null;
    }

    private static readonly FrozenSet<string> ExposedVerbs = new[] { "تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضوا", "يتعرضون", "تعرضا", "تعرضتا" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The one who «تعرض» to the act noun at <paramref name="w"/> («لهجوم», «لإطلاق نار»): the first actor between the verb
    /// and the noun (the owner of «دورية لقوات اليونيفيل» too), else the actor right before the verb.
    /// </summary>
    private static ActorMention? ExposedTo(SentenceView s, int w)
    {
        if (!s.Words[w].Key.StartsWith('ل') && !(w > 0 && s.Words[w - 1].Key is "ل" or "الي"))
        {
            return null;
        }

        for (var v = w - 1; v >= 0 && v >= w - 7; v--)
        {
            if (v < w - 1 && IsClauseBreak(s, v + 1))
            {
                return null;
            }

            if (!ExposedVerbs.Contains(ArabicWords.StripConjunction(s.Words[v].Key).ToString()))
            {
                continue;
            }

            if (v + 1 < w && PossessedByPronoun(s, v + 1) && s.ActorAt(v + 1) is null)
            {
                // «أصيب سفير بولندا عندما تعرضت قافلته الدبلوماسية لهجوم»: whose convoy it was.
                return LastActorBefore(s, v, maxWords: 8);
            }

            for (var i = v + 1; i < w; i++)
            {
                if (s.ActorAt(i) is { } a && a.End <= s.Words[w].Start)
                {
                    return a;
                }
            }

            return LastActorBefore(s, v, maxWords: 3);
        }

        return null;
    }

    /// <summary>«إدانتها», «استنكاره»: a condemning masdar with its pronoun (folded).</summary>
    private static bool CondemnNoun(string key) =>
        ArabicWords.StripConjunction(key).ToString() is var k && (k.StartsWith("ادانت", StringComparison.Ordinal) || k.StartsWith("استنكار", StringComparison.Ordinal)
            || k.StartsWith("تنديد", StringComparison.Ordinal) || k.StartsWith("شجب", StringComparison.Ordinal));

    /// <summary>
    /// The index of the attack noun a condemnation is of, within three words of <paramref name="from"/> («بشدة»،
    /// «الشديدة واستنكارها» and «لل» allowed before it), or null.
    /// </summary>
    private static int? CondemnedAct(SentenceView s, int from)
    {
        for (var i = from; i < s.Words.Count && i < from + 4; i++)
        {
            // «للهجوم», «بالهجوم»: the preposition of the condemning noun.
            if (IsAttackNoun(s.Words[i].Key))
            {
                return i;
            }
        }

        return null;
    }

    private static ActorMention? Perpetrator(SentenceView s, int after)
    {
        for (var i = after; i < s.Words.Count && i < after + 6; i++)
        {
            if (i > after && IsClauseBreak(s, i))
            {
                return null;
            }

            if (i == after && AttackNouns.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i].Key)).ToString()))
            {
                // «في غارة إسرائيلية», «بقصف جوي روسي»: a state's nationality adjective on the attack noun (after at most one
                // more adjective) names who carried it out.
                for (var j = i + 1; j <= i + 2 && j < s.Words.Count && !IsClauseBreak(s, j); j++)
                {
                    if (Prepositions.Contains(ArabicWords.StripConjunction(s.Words[j].Key).ToString()))
                    {
                        // «اعتداء في الضفة الغربية»: where it happened, not whose.
                        break;
                    }

                    if (s.ActorAt(j) is { Kind: ActorKind.Country } state && state.Start == s.Words[j].Start && ActorView.IsNisba(s.Text, state))
                    {
                        return state;
                    }
                }
            }

            if (i <= after + 1 && ArabicWords.StripConjunction(s.Words[i].Key) is "قام" or "قامت" or "قاموا" or "يقوم" or "تقوم" && i + 2 < s.Words.Count
                && s.Words[i + 1].Key is "بها" or "به" or "بهما")
            {
                // «زيارة قام بها وفد من وزارة الخزانة»: carried out by whoever follows «قام بها».
                return FirstActorAfter(s, i + 2, maxWords: 3) is { } visitor && !Prepositional(s, visitor) ? visitor : null;
            }

            // («واجه المتظاهرون طوقا أمنيا فرضته الشرطة»: what is imposed is the noun right before «فرضته», not the act.)
            if (CarriedOutVerbs.Contains(ArabicWords.StripConjunction(s.Words[i].Key).ToString())
                && !(i > after + 1 && ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "تفرضه" or "تفرضها" or "يفرضه" or "يفرضها" or "فرضه" or "فرضها" or "فرضته" or "فرضتها"))
            {
                // «شنتها طائرات حربية روسية»: the doer may be named by its nationality after a noun and an adjective.
                return i + 1 < s.Words.Count && FirstActorAfter(s, i + 1, maxWords: 3) is { } doer && !Prepositional(s, doer) ? doer : null;
            }
        }

        return null;
    }

    private static ActorMention? LastActorBefore(SentenceView s, int w, int maxWords)
    {
        var first = Math.Max(0, w - maxWords);
        for (var i = w - 1; i >= first; i--)
        {
            // «وقال المصدر إن قصفا استهدف …»: who speaks before «إن/أن» is not who acts after it.
            // («…، مشيرا إلى ضبط عبوات ناسفة»: nor is a name in the clause before a participle that reports, «مشيرا/لافتا
            // إلى»; «معربا عن تعازيه» is the subject's own act.)
            if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "ان" or "بان" or "انه" or "انها" or "انهم" or "لان"
                || (i < w - 1 && s.Words[i].Key is "مشيرا" or "مشيره" or "لافتا" or "لافته" or "موضحا" or "موضحه" or "مضيفا" or "مضيفه"
                    && s.Words[i + 1].Key is "الي" or "ان" or "بان"))
            {
                first = i + 1;
                break;
            }
        }

        if (first >= w)
        {
            return null;
        }

        var limit = s.Words[first].Start;
        ActorMention? found = null;
        foreach (var a in s.Actors)
        {
            // An actor reaching into the window counts: «متشددي تنظيم داعش نفذوا … سلسلة من التفجيرات» starts just before it.
            if (a.End > limit && a.End <= s.Words[w].Start && !Prepositional(s, a))
            {
                found = a;
            }
        }

        // The nearest candidate inside a prepositional phrase leaves the subject unknown, rather than one further back.
        // («تعرض حقل كورمور في قضاء جمجمال بمحافظة السليمانية … لهجوم»: so does a place named after its head, where.)
        return found is { } nearest && (GenitiveInPhrase(s, nearest) || PlaceAfterHead(s, nearest)) ? null : found;
    }

    /// <summary>A place named right after a place head («محافظة ذي قار», «بمدينة الفاشر»): a state or city, or a name with no
    /// code.</summary>
    private static bool NamedAfterPlaceHead(SentenceView s, ActorMention a)
    {
        var i = WordContaining(s, a.Start);
        if (a.Kind != ActorKind.Person && i > 2 && s.Words[i].Key.Length > 3 && s.Words[i].Key[0] == 'و' && s.Words[i].Start + 1 == a.Start
            && ArabicWords.StripConjunction(s.Words[i - 2].Key) is "في" && !IsClauseBreak(s, i) && !IsClauseBreak(s, i - 1))
        {
            // «إلى وقف فوري لإطلاق النار في كردفان ودارفور»: the second of two places after «في» is where, too.
            return true;
        }

        if (!(a.Kind == ActorKind.Country || (a.Code is null && a.Kind != ActorKind.Person)) || i < 1 || s.Words[i].Start < a.Start)
        {
            return false;
        }

        return PlaceHeadBefore(s, i, out _);
    }

    /// <summary>Whether the word before word <paramref name="i"/> is a place head («محافظة», «بمدينة»); <paramref name="glued"/>
    /// tells whether a preposition is written on it.</summary>
    private static bool PlaceHeadBefore(SentenceView s, int i, out bool glued)
    {
        var head = ArabicWords.StripConjunction(s.Words[i - 1].Key).ToString();
        var bare = head.Length > 3 && head[0] is 'ب' or 'ل' ? head[1..] : head;
        glued = bare.Length < head.Length;
        return bare is "محافظه" or "مدينه" or "بلده" or "قضاء" or "منطقه" or "ولايه" or "اقليم" or "قريه" or "ناحيه" or "مديريه" or "مخيم" or "حي";
    }

    /// <summary>An actor named by a square, a street or a roundabout («بساحة محمد علي», «ميدان التحرير»): a place.</summary>
    private static bool Square(SentenceView s, ActorMention a) =>
        s.Words.FindIndex(x => x.Start <= a.Start && a.Start < x.End) is var i && i >= 0
        && ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i].Key)).ToString() is "ساحه" or "بساحه" or "ميدان" or "بميدان" or "شارع" or "بشارع" or "دوار" or "بدوار";

    /// <summary>A state or a city named right after a place head with a preposition on it or before it («بمحافظة
    /// السليمانية», «في مدينة الفاشر»).</summary>
    private static bool PlaceAfterHead(SentenceView s, ActorMention a)
    {
        var i = WordContaining(s, a.Start);
        if (a.Kind != ActorKind.Country || i < 1 || s.Words[i].Start < a.Start)
        {
            return false;
        }

        return PlaceHeadBefore(s, i, out var glued)
            && (glued || (i > 1 && ArabicWords.StripConjunction(s.Words[i - 2].Key) is "في" or "من" or "قرب" or "الي"));
    }

    private static ActorMention? ActorAfterPreposition(SentenceView s, int from, string[] preps)
    {
        if (preps.Length == 0)
        {
            return null;
        }

        for (int i = from, limit = from + 10; i < s.Words.Count && i < limit; i++)
        {
            if (i > 0 && IsClauseBreak(s, i) && AfterAside(s, i) is var resume && resume > i && resume < s.Words.Count)
            {
                // «رحب، في تغريدة على منصة "إكس"، بقرار الحكومة», «رحب الوزير …، ناصر بوريطة، بالقرار»: an aside set off by
                // commas (where, when, on whose word, the name of the titled subject) stands between the verb and its
                // preposition; its own prepositions introduce no role.
                limit += resume - i;
                i = resume;
            }

            var k = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            foreach (var p in preps)
            {
                if (k == p && i + 1 < s.Words.Count)
                {
                    // («وقفة أمام مقره بساحة محمد علي»: a square or a street is where, not whom.)
                    return (FirstActorAfter(s, i + 1, 3) is { } named && !Square(s, named) ? named : (ActorMention?)null) ?? OwnerOfAct(s, i + 1, '\0');
                }

                // «بالمتظاهرين», «للاجئين»: one-letter prepositions are written on the word; «بالدور المصري»: or on a noun
                // whose genitive or nationality follows.
                if (p.Length == 1 && k.Length > 2 && k[0] == p[0])
                {
                    // A named entity's mention starts after the letter when it is a preposition («بتركيا»); a name
                    // that begins with it («بوريطة», «بروكسل») or a subject that ends with such a name is no RECIPIENT.
                    if (s.ActorAt(i) is { } glued && (glued.EntityId is null || glued.Start > s.Words[i].Start))
                    {
                        return HolderAfter(s, i, glued) ?? glued;
                    }

                    if (k.Length > 4 && k[1] == 'ا' && k[2] == 'ل' && i + 1 < s.Words.Count && !IsClauseBreak(s, i + 1)
                        && s.ActorAt(i + 1) is { } owner && owner.Start == s.Words[i + 1].Start)
                    {
                        return owner;
                    }

                    // «عن شكره لدولة قطر», «عن تقديره لمواقف العراق»: an indefinite noun in construct with the actor after it.
                    if (p == "ل" && i == from && k.Length > 3 && i + 1 < s.Words.Count && !IsClauseBreak(s, i + 1)
                        && s.ActorAt(i + 1) is { } construct && construct.Start == s.Words[i + 1].Start && construct.Kind != ActorKind.Agent)
                    {
                        return construct;
                    }

                    if (OwnerOfAct(s, i, p[0]) is { } owner0)
                    {
                        return owner0;
                    }

                    // «اتصالا هاتفيا بنظيره التركي هاكان فيدان»: a counterpart with the preposition on it, named after.
                    if (k.AsSpan(1) is "نظيره" or "نظيرها" or "نظيريه" or "نظرايه" or "نظيرهم")
                    {
                        for (var j = i + 1; j < s.Words.Count && j <= i + 4 && !IsClauseBreak(s, j); j++)
                        {
                            if (s.ActorAt(j) is { Kind: ActorKind.Person or ActorKind.Country } named)
                            {
                                var after = j;
                                while (after + 1 < s.Words.Count && after < i + 5 && !IsClauseBreak(s, after + 1) && s.ActorAt(after + 1) is { Kind: ActorKind.Person } more)
                                {
                                    named = more;
                                    after++;
                                }

                                return named;
                            }
                        }
                    }
                }
            }

            if (i > from && IsClauseBreak(s, i))
            {
                break;
            }
        }

        return null;
    }

    /// <summary>
    /// «اتصالا هاتفيا برئيس الوزراء العراقي محمد شياع السوداني»: the person named within five words after a one-word
    /// title <paramref name="title"/> at word <paramref name="i"/>, with no clause break between, holds it.
    /// </summary>
    private static ActorMention? HolderAfter(SentenceView s, int i, ActorMention title)
    {
        if (title.Kind != ActorKind.Agent || title.EntityId is not null || title.End > s.Words[i].End)
        {
            return null;
        }

        for (var j = i + 1; j < s.Words.Count && j <= i + 5 && !IsClauseBreak(s, j); j++)
        {
            if (s.ActorAt(j) is { } a && a.Start >= s.Words[j].Start)
            {
                if (a.Kind == ActorKind.Person)
                {
                    return a;
                }

                if (!ActorView.IsNisba(s.Text, a))
                {
                    return null;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whose decision, effort or statement the noun at <paramref name="i"/> is, when a stance is taken on it: «رحب بقرار
    /// الحكومة اللبنانية» (the genitive), «مشيدا بـ"الجهود الكبيرة" التي تبذلها السلطات التونسية», «بالقرار الذي اعتمده
    /// مجلس الأمن» (the doer of the relative clause). <paramref name="prep"/> is the one-letter preposition written on
    /// the noun, or '\0' when the noun stands alone. Null for other nouns: «بمقتل الصحفية» names the victim, not whom
    /// the condemnation is of.
    /// </summary>
    private static ActorMention? OwnerOfAct(SentenceView s, int i, char prep)
    {
        if (i >= s.Words.Count || s.ActorAt(i) is not null)
        {
            return null;
        }

        var k = ArabicWords.StripConjunction(s.Words[i].Key);
        if (prep != '\0')
        {
            if (k.Length < 3 || k[0] != prep)
            {
                return null;
            }

            k = k[1..];
        }

        var definite = false;
        if (k.StartsWith("ال", StringComparison.Ordinal))
        {
            k = k[2..];
            definite = true;
        }
        else if (prep == 'ل' && k.Length > 2 && k[0] == 'ل')
        {
            // «للجهود»: «ل» and the article written as «لل».
            k = k[1..];
            definite = true;
        }

        if (!ActHeads.Contains(k.ToString()))
        {
            return null;
        }

        if (!definite && i + 1 < s.Words.Count && !IsClauseBreak(s, i + 1) && s.ActorAt(i + 1) is { } genitive
            && genitive.Start == s.Words[i + 1].Start && genitive.Kind != ActorKind.Agent)
        {
            return genitive;
        }

        // Up to two adjectives, then «الذي/التي» and its verb: the actor right after the verb did it.
        for (var j = i + 1; j < s.Words.Count && j <= i + 3 && !IsClauseBreak(s, j) && s.ActorAt(j) is null; j++)
        {
            if (ArabicWords.StripConjunction(s.Words[j].Key) is "الذي" or "التي" or "اللذين" or "اللتين")
            {
                // «التي تقودها دولة قطر»: the name may start a word on, after «دولة» or a time word.
                for (var d = j + 2; d < s.Words.Count && d <= j + 3 && !IsClauseBreak(s, d) && !Prepositions.Contains(s.Words[d - 1].Key); d++)
                {
                    if (s.ActorAt(d) is { } doer)
                    {
                        return doer.Start >= s.Words[j + 2].Start && doer.Kind != ActorKind.Agent ? doer : null;
                    }
                }

                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The actor that ends right before a comma-delimited aside opened by «خلال», «أثناء», «لدى» or «في» at word
    /// <paramref name="w"/> - 1 (the noun at <paramref name="w"/> being the aside's first word after the opener), when that
    /// actor is the sentence's subject.
    /// </summary>
    private static ActorMention? SubjectBeforeAside(SentenceView s, int w)
    {
        // (With no comma too: «وقال الرئيس المصري في اتصال هاتفي إن …».)
        if (w < 2 || (IsClauseBreak(s, w - 1) && !CommaBefore(s, w - 1))
            || ArabicWords.StripConjunction(s.Words[w - 1].Key) is not ("خلال" or "اثناء" or "لدي" or "في"))
        {
            return null;
        }

        // («… في شمال سوريا، خلال لقاء مع نظيره»: a place the clause ended on is not who met.)
        return s.ActorAt(w - 2) is { } subject && SentenceSubject(s, w) is { } first && SameActor(subject, first) ? subject : null;
    }

    /// <summary>
    /// «وهنأ الرئيس الإيراني مسعود بزشكيان نظيره العراقي عبد اللطيف رشيد في اتصال هاتفي»: a noun of talks after «في»,
    /// «خلال» or «عبر» with no comma, the actor just before it the object of the clause: the clause's subject, when
    /// another actor opens the sentence and nothing breaks the clause between them.
    /// </summary>
    private static ActorMention? CallerOfManner(SentenceView s, int w, ActorMention callee)
    {
        if (w < 2 || IsClauseBreak(s, w - 1) || ArabicWords.StripConjunction(s.Words[w - 1].Key) is not ("في" or "خلال" or "عبر")
            || callee.End > s.Words[w - 1].Start || SentenceSubject(s, w) is not { } caller || caller.End > callee.Start || SameActor(caller, callee))
        {
            return null;
        }

        for (var i = WordAfter(s, caller.End); i < w; i++)
        {
            if (i > 0 && IsClauseBreak(s, i))
            {
                return null;
            }
        }

        return caller;
    }

    /// <summary>
    /// Whether <paramref name="a"/> is the genitive of a noun of harm suffered with a preposition on it («بمقتل المصور»,
    /// «باعتقال الناشطة», «لاغتيال القيادي»): the victim, a word or two after the noun; a nationality there is the doer
    /// («بالاغتيال الإسرائيلي»).
    /// </summary>
    private static bool VictimOfHarmNoun(SentenceView s, ActorMention a)
    {
        // (A mention that starts inside a word, after a preposition written on it, is no genitive.)
        var at = WordAfter(s, a.Start);
        if (ActorView.IsNisba(s.Text, a) || at >= s.Words.Count || s.Words[at].Start != a.Start)
        {
            return false;
        }

        for (var i = at - 1; i >= 0 && i >= at - 2; i--)
        {
            if (IsClauseBreak(s, i + 1))
            {
                return false;
            }

            var k = ArabicWords.StripConjunction(s.Words[i].Key);
            if (ArabicWords.StripArticle(k).ToString() is "مقتل" or "اغتيال" or "اعدام" or "وفاه" or "استشهاد" or "اصابه" or "تعذيب"
                && !(WordAfter(s, a.End) is var objectAt && objectAt < s.Words.Count && s.ActorAt(objectAt) is { } objectAfter && objectAfter.Start == s.Words[objectAt].Start))
            {
                // «وأدانت النقابة مقتل المصور»: the harm as the verb's bare object, whose genitive is the one harmed (not
                // «استهداف الحوثيين منشأة», where the genitive does it).
                return true;
            }

            if (k.Length > 3 && k[0] is 'ب' or 'ل')
            {
                var noun = k[1..];
                noun = noun.StartsWith("ال", StringComparison.Ordinal) ? noun[2..] : noun.StartsWith("ل", StringComparison.Ordinal) ? noun[1..] : noun;
                if (HarmNouns.Contains(noun.ToString()))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Nouns of harm whose genitive is the one harmed (folded, article off).</summary>
    private static readonly FrozenSet<string> HarmNouns = new[]
    {
        "مقتل", "قتل", "اغتيال", "اعتقال", "اختطاف", "خطف", "احتجاز", "اعدام", "تعذيب", "وفاه", "استشهاد", "اصابه", "استهداف",
        "ترحيل", "طرد", "سجن", "توقيف", "تصفيه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns for what an actor decides, says or does, that a stance is taken on (folded, article off).</summary>
    private static readonly FrozenSet<string> ActHeads = new[]
    {
        "قرار", "قرارات", "جهود", "جهد", "موقف", "مواقف", "دور", "مبادره", "مبادرات", "اعلان", "خطوه", "خطوات", "دعوه", "دعوات",
        "تصريحات", "تصريح", "مساعي", "وساطه", "مقترح", "مقترحات", "اقتراح", "خطه", "اجراءات", "اجراء", "التزام", "سياسه", "سياسات",
        "ممارسات", "انتهاكات", "اعتداءات", "جرائم", "تهديدات", "استفزازات", "قيام", "تعهد", "تعهدات", "عرض",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The word after a comma-delimited aside that starts at word <paramref name="i"/> (a time, a place or channel
    /// opened by «في», on whose word, or the rest of an actor's mention that a comma runs through, as a title and the name
    /// in apposition); <paramref name="i"/> itself when none does.
    /// </summary>
    private static int AfterAside(SentenceView s, int i)
    {
        if (AfterTimeAside(s, i) is var after && after != i)
        {
            return after;
        }

        if (i <= 0 || i >= s.Words.Count || !IsClauseBreak(s, i))
        {
            return i;
        }

        if (s.ActorAt(i) is { } named && named.Start < s.Words[i].Start && WordAfter(s, named.End) is var e && e < s.Words.Count)
        {
            // «وزير الشؤون الخارجية …، ناصر بوريطة،»: the comma is inside one actor's mention (a title and the name in
            // apposition).
            return e;
        }

        return i;
    }

    private static int CommasBetween(SentenceView s, int from, int to)
    {
        var commas = 0;
        for (var i = from + 1; i <= to; i++)
        {
            commas += CommaCount(s.Text.AsSpan(s.Words[i - 1].End, s.Words[i].Start - s.Words[i - 1].End));
        }

        return commas;
    }

    /// <summary>Arabic and Latin commas in the text between two words.</summary>
    private static int CommaCount(ReadOnlySpan<char> gap) => gap.Count('،') + gap.Count(',');

    private static bool CommaBefore(SentenceView s, int i) =>
        i > 0 && s.Text.AsSpan(s.Words[i - 1].End, s.Words[i].Start - s.Words[i - 1].End).IndexOfAny("،,") >= 0;

    private static bool HasPrepositionActorOrWord(SentenceView s, int from, string[] preps)
    {
        // «بحث رئيس الوزراء العراقي محمد شياع السوداني مع وفد …»: the subject may stand before the preposition.
        for (var i = from; i < s.Words.Count && i < from + 12; i++)
        {
            if (i > from && s.Text.AsSpan(s.Words[i - 1].End, s.Words[i].Start - s.Words[i - 1].End).IndexOfAny(".;؛") >= 0)
            {
                return false;
            }

            var k = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            foreach (var p in preps)
            {
                if (k == p || (p.Length == 1 && k.Length > 3 && k[0] == p[0]))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>«على يد مسلحين», «من قبل الشرطة»: the agent of a passive or of a patient noun.</summary>
    private static ActorMention? ActorAfterWords(SentenceView s, int from, string[] markers)
    {
        for (var i = from; i + 1 < s.Words.Count && i < from + 8; i++)
        {
            if (Array.IndexOf(markers, s.Words[i].Key) >= 0)
            {
                return FirstActorAfter(s, i + 1, 3);
            }
        }

        return null;
    }

    /// <summary>Adjectives that make «تظاهرة» a festival, not a demonstration («تظاهرة ثقافية»).</summary>
    private static readonly FrozenSet<string> FestivalAdjectives = new[]
    {
        "ثقافيه", "فنيه", "رياضيه", "علميه", "سياحيه", "اعلاميه", "ادبيه", "تراثيه", "اقتصاديه", "تجاريه", "عالميه", "كبري",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> PlaceNouns = new[]
    {
        "مدينه", "بلده", "قريه", "منطقه", "مناطق", "قاعده", "مطار", "معبر", "حي", "احياء", "مواقع", "موقع", "محافظه", "ولايه", "اقليم",
        "مدن", "بلدات", "قري", "ميناء", "جسر", "طريق", "مقر", "معسكر", "تله", "جبل", "حقل", "حقول", "مخيم", "العاصمه", "الطريق",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether a place noun follows within seven words after <paramref name="after"/> (the subject may stand between).</summary>
    private static bool PlaceAfter(List<Word> words, int after)
    {
        for (var i = after; i < words.Count && i < after + 8; i++)
        {
            var k = ArabicWords.StripArticle(ArabicWords.StripConjunction(words[i].Key)).ToString();
            if (PlaceNouns.Contains(k) || PlaceNouns.Contains("ال" + k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nouns before an aid noun that make it a domain, an office, people, vehicles or routes of aid (folded, no «ال»).</summary>
    private static readonly FrozenSet<string> AidNounHeads = new[]
    {
        "مجال", "مجالات", "قطاع", "قطاعات", "منسق", "منسقه", "وكيل", "مكتب", "عمال", "عامل", "موظفي", "فرق", "طواقم", "منظمات",
        "وكالات", "قافله", "قوافل", "شاحنات", "شاحنه", "ممرات", "ممر", "مستودعات", "مخازن", "عمليات", "جهود", "خطه", "برنامج",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Verbs and masdars of sending (folded, no «ال»): «سيّر», «أرسل», «إدخال» ….</summary>
    private static readonly FrozenSet<string> SendingWords = new[]
    {
        "سير", "سيرت", "ارسل", "ارسلت", "بعث", "بعثت", "ادخل", "ادخلت", "دخلت", "وصلت", "وصول", "ارسال", "تسيير", "ادخال", "يسير", "تسير",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The aid-noun head a word names («مجالات», «لقافلة» → «قافله»: article and «ل/ب» off), or null.</summary>
    private static string? AidHead(string word)
    {
        var bare = ArabicWords.StripArticle(word).ToString();
        return AidNounHeads.Contains(bare) ? bare
            : bare.Length > 3 && bare[0] is 'ل' or 'ب' && AidNounHeads.Contains(bare[1..]) ? bare[1..] : null;
    }

    /// <summary>Whether a verb or masdar of sending stands in the nine words before word <paramref name="w"/>'s neighbour.</summary>
    private static bool SendingBefore(List<Word> words, int w)
    {
        for (var i = Math.Max(0, w - 10); i < w - 1; i++)
        {
            if (SendingWords.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(words[i].Key)).ToString()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Football positions: «مقدمة الهجوم», «خط الهجوم».</summary>
    private static readonly FrozenSet<string> FootballHeads = new[] { "مقدمه", "خط", "قلب", "راس", "ثنايي", "لاعب", "مهاجم" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Senses of trigger words that are not the event: festivals, football attack lines, death sentences.</summary>
    private static bool IsNotAnEventSense(List<Word> words, int w, int after, Trigger t, string text)
    {
        if (t.Type == "COERCE" && t.Words.Length == 1 && t.Words[0].Stem is "تفريق" or "فرقت" or "فرقوا"
            && !Enumerable.Range(after, Math.Max(0, Math.Min(words.Count, after + (t.Words[0].Stem == "تفريق" ? 1 : 4)) - after))
                .Any(i => CrowdWords.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(words[i].Key)).ToString())))
        {
            // «يتم التفريق بين الأراضي»: dispersing restricts a crowd only when a crowd is dispersed.
            return true;
        }

        var key = ArabicWords.StripArticle(ArabicWords.StripConjunction(words[w].Key)).ToString();
        var next = after < words.Count ? ArabicWords.StripArticle(words[after].Key).ToString() : string.Empty;
        var prev = w > 0 ? ArabicWords.StripConjunction(words[w - 1].Key).ToString() : string.Empty;
        if (t.Type == "PROTEST" && key.StartsWith("تظاهر", StringComparison.Ordinal) && FestivalAdjectives.Contains(next))
        {
            return true;
        }

        if (t.Type == "ASSAULT" && key.StartsWith("هجوم", StringComparison.Ordinal) && FootballHeads.Contains(ArabicWords.StripArticle(prev).ToString()))
        {
            return true;
        }

        if (t.Type == "ASSAULT" && !t.IsVerb && key.StartsWith("اشتباك", StringComparison.Ordinal) && prev is "فض" or "فك" or "لفض" or "لفك" or "بفض" or "بفك")
        {
            // «اتفاق فض الاشتباك لعام 1974»: disengagement ends fighting; it is none.
            return true;
        }

        if (t.Type == "THREATEN" && !t.IsVerb && key.StartsWith("تهديد", StringComparison.Ordinal)
            && ArabicWords.StripArticle(prev).ToString() is "يشكل" or "تشكل" or "شكل" or "شكلت" or "يمثل" or "تمثل" or "مثل" or "مصدر" or "مصدرا")
        {
            // «يشكل تهديدا للأمن الإقليمي»: a danger that something is, not a threat someone makes.
            return true;
        }

        if (t.Type == "AID" && !t.IsVerb && AidHead(prev) is { } aidHead
            && !(aidHead is "قافله" or "قوافل" or "شاحنات" or "شاحنه" && SendingBefore(words, w)))
        {
            // («سيّر الأردن 150 قافلة مساعدات»: convoys sent are aid given.)
            // «مجالات الإغاثة», «منسق الأمم المتحدة للإغاثة»'s «منسق»…, «عمال الإغاثة», «قافلة مساعدات», «ممرات المساعدات»: a
            // domain, an office, workers, vehicles or routes of aid, not aid given.
            return true;
        }

        if (t.Type == "COERCE" && !t.IsVerb && ArabicWords.StripArticle(prev).ToString() is "مراكز" or "مركز" or "اماكن" or "مكان" or "مرافق" or "غرف"
            or "زنازين" or "معسكرات" or "مده" or "فتره" or "ظروف")
        {
            // «مراكز التوقيف», «أماكن الاحتجاز», «فترة الاحتجاز»: the place, time or conditions of detention, not an arrest.
            return true;
        }

        if (t.Type == "COERCE" && key.StartsWith("نهب", StringComparison.Ordinal) && next is "مال" or "اموال" or "مليارات" or "ثروات" or "ثروه")
        {
            // «نهب المال العام»: embezzlement, not a seizure by force.
            return true;
        }

        if (t.Type == "THREATEN" && (t.IsVerb || key.StartsWith("تهديد", StringComparison.Ordinal)) && (AbstractThreatened.Contains(next) || ThreatenedCommons.Contains(next)))
        {
            // «هذه الهجمات تهدد سيادة العراق», «يهدد الأمن الإقليمي»: a danger to something, not an actor's threat.
            return true;
        }

        if (t.Type == "COERCE" && t.Mode == "seize" && (key.Contains("سيطر", StringComparison.Ordinal) || key.StartsWith("استعاد", StringComparison.Ordinal))
            && !PlaceAfter(words, after))
        {
            // «سيطر الفريق على مجريات المباراة», «سيطرت حالة من الهدوء»: control of a place only.
            return true;
        }

        if (t.Type == "COERCE" && key.StartsWith("احتجاز", StringComparison.Ordinal) && next is "كربون" or "الكربون" or "غاز" or "انبعاثات" or "حراري" or "مياه" or "حراره")
        {
            // «احتجاز الكربون»: carbon capture, not a detention.
            return true;
        }

        if (t.Type == "SUPPORT" && key.StartsWith("دعم", StringComparison.Ordinal) && Subsidized.Contains(next))
        {
            // «رفع دعم الوقود», «دعم السلع الأساسية»: a price subsidy, not political support.
            return true;
        }

        if (t.Type == "REQUEST" && t.Kind == TriggerKind.PatientNoun && key.StartsWith("داعي", StringComparison.Ordinal)
            && ArabicWords.StripConjunction(words[w].Key).StartsWith("ال", StringComparison.Ordinal))
        {
            // «الداعية الإسلامي»: a preacher, not someone calling on anybody.
            return true;
        }

        if (t.Type == "REQUEST" && next is "عدم" && after + 1 < words.Count
            && ArabicWords.StripArticle(words[after + 1].Key).ToString() is "كشف" or "ذكر" or "نشر" or "افصاح" or "الكشف" or "الافصاح")
        {
            // «المسؤول الذي طلب عدم الكشف عن اسمه»: a source asking to stay anonymous asks nobody for anything.
            return true;
        }

        if (t.Type == "SUPPORT" && (key.Contains("رحب", StringComparison.Ordinal) || key.StartsWith("ترحيب", StringComparison.Ordinal)))
        {
            // «ألقى كلمة رحب فيها بالحضور»: welcoming guests greets them; only welcoming a decision or a step endorses it.
            for (var i = after; i < words.Count && i < after + 3; i++)
            {
                var welcomed = ArabicWords.StripArticle(ArabicWords.StripConjunction(words[i].Key)).ToString();
                if (welcomed.Length > 3 && welcomed[0] == 'ب' && !words[i].Key.StartsWith("بال", StringComparison.Ordinal))
                {
                    welcomed = welcomed[1..];
                }

                // People welcomed: guests, members, a plural of persons («بالمعلمين الجدد»).
                if (Guests.Contains(welcomed) || (words[i].Key.StartsWith('ب') && welcomed.Length > 4 && welcomed.EndsWith("ين", StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        // «الحراك حقق مطالبه», «الاستجابة لمطالب المحتجين»: demands met, heard or ignored are a topic, not a new call.
        if (t.Type == "REQUEST" && !t.IsVerb && key.Contains("مطالب", StringComparison.Ordinal)
            && ArabicWords.StripArticle(prev).ToString() is "حقق" or "حققت" or "تحقيق" or "لبي" or "لبت" or "تلبيه" or "استجاب" or "استجابت" or "استجابه"
                or "تجاهل" or "تجاهلت" or "رفض" or "رفضت" or "لمطالب" or "تنفيذ")
        {
            return true;
        }

        // «قتلة المتظاهرين»: the killers (a noun in ة), not an act of killing.
        if (t.Type == "ASSAULT" && key.StartsWith("قتل", StringComparison.Ordinal) && key.Length == 4 && text[words[w].End - 1] == 'ة')
        {
            return true;
        }

        // «قضت المحكمة بإعدام 12 متهما», «تقضي بإعدام»: a court's sentence, not an execution.
        if (t.Type == "ASSAULT" && key.Contains("اعدام", StringComparison.Ordinal))
        {
            for (var i = w - 1; i >= 0 && i >= w - 4; i--)
            {
                if (ArabicWords.StripConjunction(words[i].Key).ToString() is "قضت" or "قضي" or "تقضي" or "يقضي" or "حكمت" or "حكم" or "بحكم" or "احكام" or "حكما" or "قضاء")
                {
                    return true;
                }
            }
        }

        // «12 متهماً»: after a number the participle is a noun, the defendants, not someone accusing.
        if (t.Type == "ACCUSE" && key.StartsWith("متهم", StringComparison.Ordinal) && Occurrence.Counted(words, w))
        {
            return true;
        }

        // «حكم عليه بالإعدام»: a sentence, not an execution.
        return t.Type == "ASSAULT" && words[w].Key.StartsWith("بالاعدام", StringComparison.Ordinal);
    }

    /// <summary>Guests a host welcomes (folded, article and «ب» off): «بالحضور», «بالضيوف», «بالوفد» ….</summary>
    private static readonly FrozenSet<string> Guests = new[]
    {
        "حضور", "ضيوف", "زوار", "مشاركين", "وفد", "جميع", "ضيف", "زائرين", "زايرين", "طلاب", "اعضاء", "منسوبي", "الحضور", "بهم", "به", "بها",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> AccidentWords = new[]
    {
        "تحطم", "حادث", "حادثه", "حوادث", "اصطدام", "انقلاب", "غرق", "حريق", "زلزال", "سيول", "انهيار", "الحادث", "الحادثه",
        "التحطم", "الاصطدام", "الحريق", "الغرق", "مروري", "مروريه", "صعق", "فيضان", "فيضانات", "الفيضانات", "امطار", "الامطار",
        "اعصار", "الاعصار", "عاصفه", "العاصفه", "تحطمت", "هوت", "انزلاق", "صاعقه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words that make «الحادث» an attack: «الحادث الإرهابي», «حادث التفجير».</summary>
    private static readonly FrozenSet<string> TerrorWords = new[]
    {
        "الارهابي", "ارهابي", "الارهابيه", "ارهابيه", "الاجرامي", "اجرامي", "الاجراميه", "اجراميه", "التفجير", "تفجير", "انتحاري",
        "الانتحاري", "مسلح", "مسلحين", "مسلحون", "الغادر", "الغاشم", "الجبان", "جريمه", "الجريمه", "الارهاب",
        // Weapons of an attack: «تعرض سفينة لهجوم بزورقين مسيرين وصاروخ، ما أدى إلى اندلاع حريق».
        "صاروخ", "صاروخا", "بصاروخ", "صواريخ", "بصواريخ", "مسيره", "مسيرين", "مسيرتين", "بزورق", "بزورقين", "زوارق", "قذيفه", "بقذيفه", "قذائف",
        "طوربيد", "عبوه", "بعبوه", "ناسفه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The headline or the first sentence tells of an accident or a disaster («مقتل ثلاثة بتحطم طائرة»).</summary>
    private static bool AccidentStory(Document document, ActorView view)
    {
        if (document.Title is { Length: > 0 } title && HasAccidentWord(ArabicWords.Scan(title, 0, title.Length)))
        {
            return true;
        }

        return view.Sentences.Count > 0 && HasAccidentWord(view.Sentences[0].Words);
    }

    private static bool HasAccidentWord(List<Word> words)
    {
        var accident = false;
        foreach (var w in words)
        {
            var k = ArabicWords.StripConjunction(w.Key).ToString();
            if (TerrorWords.Contains(k) || TerrorWords.Contains(w.Key))
            {
                return false;
            }

            // The word as written too: «فيضانات» is no «ف» and «يضانات».
            accident |= AccidentWords.Contains(k) || AccidentWords.Contains(w.Key);
        }

        return accident;
    }

    /// <summary>«بالشعب اليمني», «للشرطة», or a name right after «في/من/إلى»: a prepositional phrase, not a subject.</summary>
    private static ActorMention? GuestAfter(SentenceView s, ActorMention host)
    {
        // «واستقبلت الحكومة البعثة ثم استدعت …»: the next clause's names (past «ثم» and the like, or twelve words) are
        // not the guest.
        var hostEnd = WordAfter(s, host.End);
        var clauseEnd = s.Words.FindIndex(hostEnd, x => x.Key is "ثم" or "بينما" or "فيما" or "كما" or "قبل" or "بعد");
        foreach (var a in s.Actors)
        {
            if (a.Start < host.End)
            {
                continue;
            }

            var w = WordAfter(s, a.Start);
            if (w >= s.Words.Count || s.Words[w].Start != a.Start)
            {
                continue; // the name starts inside a word: a clitic («بالرياض») governs it
            }

            var prev = w > 0 ? ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString() : string.Empty;
            if (prev is "ان" or "انه" or "بان" or "حيث" or "الذي" or "التي")
            {
                return null; // a new clause: its actors are its own
            }

            if (w - hostEnd > 12 || (clauseEnd >= 0 && clauseEnd < w))
            {
                return null;
            }

            if (prev == "مع" && a.Kind is ActorKind.Person or ActorKind.Country || (prev == "مع" && a.Kind == ActorKind.Organization && a.Code is not null))
            {
                // «بحث الصفدي، اليوم الخميس، مع الممثلة العليا للاتحاد الأوروبي … كايا كالاس»: whom the host met with.
                return a;
            }

            // Places of the visit («في الرياض», «بقصر قرطاج») and the host again are not the guest. (After a comma, a word
            // opening with «ب» ended the aside: «في قصر بعبدا، نائبة المبعوث …».)
            // Guests are people, states, or organizations with a code (a place such as «قصر قرطاج» is not one).
            if (a.Kind == ActorKind.Agent || (a.Kind == ActorKind.Organization && a.Code is null) || Prepositional(s, a)
                || (prev.StartsWith('ب') && !CommaBefore(s, w) && !NameEndsAt(s, w - 1)) || (a.EntityId is not null && a.EntityId == host.EntityId))
            {
                continue;
            }

            return a;
        }

        return null;
    }

    /// <summary>
    /// «رسالة من واشنطن تدعو …», «بيان من الخارجية يحذر …»: the sender of a message named right before an imperfect verb
    /// (a noun of messages, «من», the sender), which the verb describes.
    /// </summary>
    internal static ActorMention? SenderOfMessage(SentenceView s, int w)
    {
        var verb = ArabicWords.StripConjunction(s.Words[w].Key);
        if (w < 3 || verb.Length < 3 || verb[0] is not ('ي' or 'ت') || IsClauseBreak(s, w))
        {
            return null;
        }

        for (var i = w - 1; i >= 2 && i >= w - 4; i--)
        {
            if (s.Words[i - 1].Key == "من" && s.ActorAt(i) is { } sender && sender.Start == s.Words[i].Start && sender.End <= s.Words[w].Start
                && SpeechCues.MessageNouns.Contains(ArabicWords.StripArticle(s.Words[i - 2].Key).ToString()))
            {
                return sender;
            }
        }

        return null;
    }

    /// <summary>Whether one of the two words before the verb at <paramref name="w"/>, with no actor on it, names an act
    /// («عمل إرهابي يستهدف», «هجوم يستهدف», «جريمة تهدف»): the act is the verb's subject.</summary>
    private static bool ActDescribedBefore(SentenceView s, int w)
    {
        var verb = ArabicWords.StripConjunction(s.Words[w].Key);
        if (verb.Length < 3 || verb[0] is not ('ي' or 'ت'))
        {
            return false;
        }

        for (var i = w - 1; i >= w - 2 && i >= 0; i--)
        {
            if (s.ActorAt(i) is not null || (i < w - 1 && IsClauseBreak(s, i + 1)))
            {
                return false;
            }

            if (ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i].Key)).ToString() is "عمل" or "هجوم" or "اعتداء" or "تفجير" or "عمليه" or "جريمه" or "قصف" or "عدوان" or "مخطط" or "تصعيد")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «الأجهزة الأمنية التابعة للحوثيين», «الفصائل الموالية لإيران», «الجماعة المرتبطة بتنظيم القاعدة»: when
    /// <paramref name="patron"/> follows <paramref name="member"/> after one word of affiliation, the index of the first word
    /// after the patron (and after a place «في …» right after it); otherwise 0.
    /// </summary>
    private static int AffiliatedTo(SentenceView s, ActorMention member, ActorMention patron)
    {
        var i = WordAfter(s, member.End);
        if (i + 1 >= s.Words.Count || patron.Start < s.Words[i].End || !Prepositional(s, patron)
            || ArabicWords.StripConjunction(s.Words[i].Key).ToString() is not ("التابعه" or "التابع" or "التابعين" or "التابعون" or "المواليه"
                or "الموالي" or "الموالين" or "المدعومه" or "المدعوم" or "المرتبطه" or "المرتبط" or "المقربه" or "المقرب")
            || WordAfter(s, s.Words[i].End) is var p && (p >= s.Words.Count || s.Words[p].End < patron.Start || s.Words[p].Start > patron.Start))
        {
            return 0;
        }

        var after = WordAfter(s, patron.End);
        if (after + 1 < s.Words.Count && s.Words[after].Key == "في" && s.ActorAt(after + 1) is { } place && place.Start == s.Words[after + 1].Start)
        {
            after = WordAfter(s, place.End);
        }

        return after < s.Words.Count && !IsClauseBreak(s, after) ? after : 0;
    }

    /// <summary>Whether a name ends with word <paramref name="i"/> and holds all of it: the «ب» of «قصر بعبدا», «بغداد» is
    /// the name's own letter, not a preposition.</summary>
    private static bool NameEndsAt(SentenceView s, int i) =>
        s.Actors.Exists(a => a.End == s.Words[i].End && a.Start <= s.Words[i].Start);

    private static bool Prepositional(SentenceView s, ActorMention a)
    {
        var surface = s.Text.AsSpan(a.Start, Math.Min(4, a.End - a.Start));
        if (surface.StartsWith("بال", StringComparison.Ordinal) || surface.StartsWith("لل", StringComparison.Ordinal) || surface.StartsWith("كال", StringComparison.Ordinal) || surface.StartsWith("وبال", StringComparison.Ordinal) || surface.StartsWith("ولل", StringComparison.Ordinal))
        {
            return true;
        }

        if (a.Start > 0 && s.Text[a.Start - 1] is 'ب' or 'ل' or 'ك' && (a.Start < 2 || !char.IsLetter(s.Text[a.Start - 2]) || s.Text[a.Start - 2] is 'و' or 'ف'))
        {
            // «لمصر», «وبتركيا»: the mention starts after a preposition written on the word.
            return true;
        }

        var i = 0;
        while (i < s.Words.Count && s.Words[i].Start < a.Start)
        {
            i++;
        }

        if (i < s.Words.Count && s.Words[i].Start == a.Start && ArabicWords.StripConjunction(s.Words[i].Key) is { Length: > 3 } head && head[0] is 'ب' or 'ل'
            && ActorView.IsPersonTitle(head[1..].ToString()))
        {
            // «اتصالا هاتفيا برئيس مجلس السيادة …»: a title with the preposition written on it, the mention taking it in.
            return true;
        }

        if (i > 0 && ArabicWords.StripConjunction(s.Words[i - 1].Key) is "باسم")
        {
            // «المتحدث باسم الحوثيين»: whom a spokesman speaks for belongs to the title.
            return true;
        }

        // «مئات من أهالي المدينة», «عدد من الطلاب»: a partitive «من» after a count keeps the group the subject.
        // («وفي البصرة»: the conjunction stays on a three-letter word.)
        var lead = i > 0 ? s.Words[i - 1].Key : string.Empty;
        lead = lead.Length == 3 && lead[0] is 'و' or 'ف' && Prepositions.Contains(lead[1..]) ? lead[1..] : lead;
        return i > 0 && Prepositions.Contains(ArabicWords.StripConjunction(lead).ToString())
            && !(s.Words[i - 1].Key == "من" && i > 1 && ArabicWords.StripConjunction(s.Words[i - 2].Key).ToString() is "مئات" or "ميات" or "الاف" or "عشرات" or "عدد" or "الالاف" or "المئات" or "الميات" or "العشرات" or "الاف" or "مجموعه" or "بعض" or "حشود");
    }

    /// <summary>
    /// «بعد معارك مع مقاتلي حركة الشباب أسفرت عن مقتل …»: the genitive of a bare noun that a preposition governs is
    /// inside that prepositional phrase too, so it is no subject of what follows.
    /// </summary>
    private static bool GenitiveInPhrase(SentenceView s, ActorMention a)
    {
        var i = WordAfter(s, a.Start - 1);
        if (i < 2 || i >= s.Words.Count || s.Words[i].Start != a.Start || IsClauseBreak(s, i) || IsClauseBreak(s, i - 1))
        {
            return false;
        }

        // «إلى أن الاتحاد طلب»: «أن» opens a clause, whose subject the actor is.
        var noun = ArabicWords.StripConjunction(s.Words[i - 1].Key);
        return !noun.StartsWith("ال", StringComparison.Ordinal) && !Complementizers.Contains(noun.ToString()) && noun is not ("ما" or "انه" or "لما" or "كل")
            && Prepositions.Contains(ArabicWords.StripConjunction(s.Words[i - 2].Key).ToString());
    }

    private static bool HostileOrDemanding(string type) => type is "PROTEST" or "ACCUSE" or "REQUEST" or "THREATEN" or "REJECT" or "SANCTION";

    private static ActorMention? DistantActor(SentenceView s, int from, ActorMention? source)
    {
        var lastSubject = source;
        for (var i = from; i < s.Words.Count && i < from + 15; i++)
        {
            // («ووصفته بأنه اعتداء على البنية التحتية الحيوية للعراق»: what it was called names no one it is aimed at.)
            if (i > from && (IsClauseBreak(s, i) || ArabicWords.StripConjunction(s.Words[i].Key) is "فيما" or "بينما" or "حين" or "الذي" or "التي"
                or "بانه" or "بانها" or "بانهم" or "باعتباره" or "باعتبارها")
                // («وتأتي العقوبات بعد أسبوع من زيارة قام بها وفد»: a time clause tells of another act.)
                // («من قبل وزارة الحج»: by whom, not before what.)
                || (ArabicWords.StripConjunction(s.Words[i].Key) is "بعد" or "قبل" or "عقب" or "منذ" && !(i > 0 && s.Words[i - 1].Key == "من")))
            {
                // «…، فيما اتهم زعيم المعارضة …»: the next clause has actors of its own; so has a relative clause
                // («استنكاره للهجوم الإرهابي الذي استهدف قوات …»: whom the attack hit, not whom the condemnation is of).
                break;
            }

            if (s.ActorAt(i) is not { } a || (source is { } src && (src.Start == a.Start || (a.EntityId is not null && a.EntityId == src.EntityId)))
                || ActorView.IsGod(s.Text, a.Span))
            {
                continue;
            }

            if (lastSubject is { } subject && Coordinated(s, subject, a) && !(WordAfter(s, subject.Start) is var si && si > 0 && s.Words[si - 1].Key == "بين"))
            {
                // «ودعت الولايات المتحدة والسعودية …», «دانت الولايات المتحدة وتركيا وقطر …»: more subjects, not whom the
                // call is to.
                lastSubject = a;
                continue;
            }

            if (a.Start < s.Words[i].Start)
            {
                // A later word of a name seen already («في تل أبيب»: «أبيب» after «تل», not after «في»).
                continue;
            }

            if (i > 0 && ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i - 1].Key)).ToString() is "تشكيل" or "انشاء" or "تاسيس" or "اقامه" or "تعيين" or "بتشكيل" or "بانشاء" or "بتعيين")
            {
                // «دعا إلى الإسراع في تشكيل لجنة برلمانية»: what a call asks to be formed or appointed is not whom it is to.
                break;
            }

            if (i > 1 && (ArabicWords.StripConjunction(s.Words[i - 1].Key) is "سراح" || (s.Words[i - 1].Key == "عن"
                && ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i - 2].Key)).ToString() is "افراج" or "بافراج" or "للافراج" or "فوري"
                    or "عاجل")))
            {
                // «مطالبة بالإفراج الفوري عن الموظف»: whom a release is asked for is not whom the demand is made of.
                continue;
            }

            if (i > 0 && ActorView.IsNisba(s.Text, a) && ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i - 1].Key)).ToString()
                is "هجوم" or "هجمات" or "تفجير" or "تفجيرات" or "اعتداء" or "عمل" or "عمليه" or "حادث" or "اعمال")
            {
                // «دانت … الهجوم الإرهابي»: what kind of attack it was, not whom the condemnation is aimed at.
                continue;
            }

            if (a.Kind == ActorKind.Agent && a.Code is { } code && (code.EndsWith("CVL", StringComparison.Ordinal) || code.EndsWith("REF", StringComparison.Ordinal)))
            {
                // Civilians, prisoners and refugees further on are whom a demand is for («للمطالبة بصفقة لتبادل الأسرى»),
                // not whom it is made of.
                continue;
            }

            if (i > 0 && ArabicWords.StripConjunction(s.Words[i - 1].Key).ToString() is "في" or "من" or "الي" or "نحو")
            {
                continue;
            }

            if (s.Words[i].Key.StartsWith("في", StringComparison.Ordinal) && a.Kind == ActorKind.Country)
            {
                continue;
            }

            if (a.Kind == ActorKind.Country && i > 0 && ArabicWords.StripConjunction(s.Words[i - 1].Key).ToString() is "وسط" or "قرب" or "بالقرب" or "داخل" or "خارج"
                or "شمال" or "جنوب" or "شرق" or "غرب" or "شمالي" or "جنوبي" or "شرقي" or "غربي" or "عند" or "ضواحي" or "اطراف" or "محيط" or "بمحيط")
            {
                // «في ساحة الشهداء وسط بيروت»: where, not against whom.
                continue;
            }

            if (Square(s, a))
            {
                // «وقفة احتجاجية أمام مقره بساحة محمد علي»: a square or a street is where.
                continue;
            }

            if (a.Kind == ActorKind.Country && i > 0 && PlaceHeads.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(s.Words[i - 1].Key)).ToString()))
            {
                // «في العاصمة مقديشو», «بمدينة حلب»: where it happened, not against whom.
                continue;
            }

            return a;
        }

        return null;
    }

    private static bool IsProtester(SentenceView s, ActorMention actor)
    {
        if (actor.Kind != ActorKind.Agent)
        {
            return false;
        }

        foreach (var w in s.Words)
        {
            if (w.Start >= actor.Start && w.End <= actor.End)
            {
                var k = ArabicWords.ActorKey(w.Key);
                if (k.StartsWith("متظاهر", StringComparison.Ordinal) || k.StartsWith("محتج", StringComparison.Ordinal) || k.StartsWith("معتصم", StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsClauseBreak(SentenceView s, int i) =>
        s.Text.AsSpan(s.Words[i - 1].End, s.Words[i].Start - s.Words[i - 1].End).IndexOfAny("،,;؛:.(") >= 0;
}
