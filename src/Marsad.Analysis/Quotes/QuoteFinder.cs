using System.Collections.Frozen;
using Marsad.Analysis.Events;
using Marsad.Core;

namespace Marsad.Analysis.Quotes;

/// <summary>A quote as the finder sees it (the speaker's span is kept for evaluation; the contract has its text).</summary>
internal sealed record FoundQuote(TextSpan Content, TextSpan? Cue, TextSpan? SpeakerSpan, string? SpeakerId, string? SpeakerText, bool Direct, int Sentence);

/// <summary>
/// Finds direct and reported speech with speakers. One forward pass over the words of each sentence: a speech cue
/// (قال، أكد، شدد على …) opens a speaker phrase that ends at a complementizer, a colon, a quotation mark or the
/// cue's preposition; attribution words (بحسب، وفقا ل، حسبما، نقلا عن) name a source for the clause around them;
/// quotations closed by «، قال X» are attributed after the fact. No regular expressions: each word is looked at a
/// bounded number of times.
/// </summary>
internal static class QuoteFinder
{
    private const int MaxSpeakerWords = 9;
    private const int MaxCueReach = 16;

    /// <summary>How many words an apposition or adverbial between the speaker and «، أن» may run.</summary>
    private const int MaxAside = 20;

    private sealed class Context(string text, List<Quotation> marks, CancellationToken cancellation = default)
    {
        public string Text { get; } = text;

        /// <summary>Every sentence's actors, for names told sentences before («سموه» means the prince named earlier).</summary>
        public List<SentenceView> Sentences { get; init; } = [];

        /// <summary>The pipeline's time budget: a hostile sentence (hundreds of thousands of cues) stops here.</summary>
        public CancellationToken Cancellation { get; } = cancellation;

        public List<Quotation> Marks { get; } = marks;

        public List<FoundQuote> Found { get; } = [];

        public (TextSpan? Span, string? Id, string? Text, int At, int Sentence) Last { get; set; } = (null, null, null, -1, -1);
    }

    public static List<FoundQuote> Find(Document document, CancellationToken cancellationToken = default)
    {
        var view = ActorView.Of(document, cancellationToken);
        // «بلاده» and «حكومته» act in events but never speak: quotes read the sentences without them.
        var sentences = view.Sentences.ConvertAll(s => s.Actors.Exists(a => a.Pronoun) ? s with { Actors = s.Actors.FindAll(a => !a.Pronoun) } : s);
        var ctx = new Context(document.Text, QuotationMarks.Find(document.Text), cancellationToken) { Sentences = sentences };
        foreach (var s in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FindInSentence(ctx, s);
        }

        AttributeLooseQuotations(ctx, view);
        InnerSpeakers(ctx);
        MessageSenders(ctx);
        ctx.Found.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return Dedupe(ctx.Found);
    }

    private static void FindInSentence(Context ctx, SentenceView s)
    {
        var words = s.Words;
        for (var w = 0; w < words.Count; w++)
        {
            ctx.Cancellation.ThrowIfCancellationRequested();
            // («ما وصفه بـ"…"»: there the «و» is the verb's own.)
            var key = words[w].Key.StartsWith("وصف", StringComparison.Ordinal) && SpeechCues.Verbs.ContainsKey(words[w].Key)
                ? words[w].Key : ArabicWords.StripConjunction(words[w].Key).ToString();

            if ((SpeechCues.Evaluations.Contains(key) || SpeechCues.DescribingParticiples.Contains(words[w].Key) || SpeechCues.DescribingParticiples.Contains(key))
                // («وهو ما اعتبره …»: «ما» is the relative here, not a negation.)
                && (w == 0 || words[w - 1].Key == "ما" || !SpeechCues.Negations.Contains(words[w - 1].Key)) && TryEvaluation(ctx, s, w) is { } evaluated)
            {
                w = evaluated;
                continue;
            }

            if (key == "ثمن" && w > 0 && ArabicWords.StripConjunction(words[w - 1].Key).ToString() is "دفع" or "يدفع" or "سيدفع" or "تدفع" or "ستدفع" or "دفعت" or "يدفعون" or "سيدفعون" or "دفعوا")
            {
                // «العدو سيدفع ثمن عدوانه غاليا»: the price paid, not «ثمّن» (valued).
                continue;
            }

            if (words[w].Start > 0 && ctx.Text[words[w].Start - 1] is '"' or '«' or '“' && GovernedByBa(ctx.Text, words[w].Start - 1))
            {
                // «وتوعد بـ"رد قاس" على الضربات»: a word quoted after «بـ» is a noun («a response»), no verb of saying.
                continue;
            }

            if (SpeechCues.Verbs.TryGetValue(key, out var cue) || (key.Length > 3 && key[0] == 'ف' && SpeechCues.Verbs.TryGetValue(key[1..], out cue)))
            {
                if (w > 0 && SpeechCues.Negations.Contains(ArabicWords.StripConjunction(words[w - 1].Key.Length == 3 && words[w - 1].Key[0] is 'و' or 'ف' ? words[w - 1].Key.AsSpan(1) : words[w - 1].Key).ToString())
                    // «ما وصفه بـ"التدخل السافر"»: «ما» before the describing verb is the relative, not a negation.
                    && !(words[w - 1].Key == "ما" && key.StartsWith("وصف", StringComparison.Ordinal) && cue.QuotedOnly))
                {
                    continue;
                }

                if (w > 0 && words[w - 1].Key is "ابو" or "ابي" or "ابا" or "بن" or "ابن" or "بنت" or "ام")
                {
                    // «د. موفق أبو طالب إن …»: after «أبو», «بن» the word is a name («طالب», «سعيد»), no cue.
                    continue;
                }

                if (ArabicWords.PassiveDemand(ctx.Text, words, w))
                {
                    // «والحكومة مطالبة بالإسراع …»: who is required to act, not who demands.
                    continue;
                }

                if (w > 0 && SpeechCues.ObjectFirst.Contains(key) && ArabicWords.StripConjunction(words[w - 1].Key).ToString() is "حول" or "عن" or "علي" or "في" or "من" or "بعد" or "قبل")
                {
                    // «وردا على سؤال حول وصف رئيس الحكومة … ما حصل»: after a preposition «وصف» is the noun, no cue.
                    continue;
                }

                if (TryCue(ctx, s, w, cue) is { } next)
                {
                    w = next;
                }
            }
            else if (w > 0 && words[w - 1].Key == "قد" && SpeechCues.CondemnVerbs.Contains(key))
            {
                // «وكانت الخارجية السعودية قد أدانت الأسبوع الماضي استهداف …»: the subject stood before «قد»; what follows
                // the verb is what was condemned.
                Remember(ctx, s, ImmediateSubject(s, w)?.Span);
            }
            else if ((SpeechCues.SpeakerOnly.Contains(key) || (key is "عبر" or "عبرت" && words.Skip(w + 1).Take(5).Any(x => x.Key == "عن")))
                && (w == 0 || !SpeechCues.Negations.Contains(words[w - 1].Key)))
            {
                var subject = SpeakerSpan(ctx, s, w + 1, Math.Min(words.Count, w + 1 + MaxSpeakerWords));
                Remember(ctx, s, (subject is { } named ? SubjectWithoutObject(s, named) : (TextSpan?)null) ?? ImmediateSubject(s, w)?.Span);
            }
            else if (SpeechCues.Attributions.Contains(key) || (key == "علي" && w + 1 < words.Count && words[w + 1].Key == "لسان"))
            {
                if (TryAttribution(ctx, s, w) is { } next)
                {
                    w = next;
                }
            }
        }
    }

    /// <summary>Reported or direct speech after a cue verb; returns the last word index used.</summary>
    private static int? TryCue(Context ctx, SentenceView s, int w, SpeechCue cue)
    {
        var words = s.Words;
        var text = ctx.Text;
        var speakerFrom = w + 1;
        var speakerTo = -1;
        var contentStart = -1;
        var firstStop = -1;
        if (w + 1 < words.Count && words[w + 1].Key == "الله")
        {
            // «داعيا الله أن يحفظ …» is a prayer, not a statement.
            return null;
        }

        if (SpeechCues.PronounObjectCues.Contains(ArabicWords.StripConjunction(words[w].Key).ToString())
            && ((ArabicWords.StripConjunction(words[w].Key).Length == words[w].Key.Length && (w == 0 || !PrecededByComma(text, words[w - 1].Start, words[w].Start, words)))
                || (w > 0 && ArabicWords.StripConjunction(words[w - 1].Key) is "التي" or "الذي" or "الذين")))
        {
            // «بمحاضرة … حثهم فيها على …», «والتي دعتهم فيها إلى …»: a clause describing a noun, not a call joined to
            // the sentence; only «وطالبه»/«، دعاهم» go on with the sentence's subject.
            return null;
        }

        if (ArabicWords.StripConjunction(words[w].Key) is "معلنا" or "معلنه" && (w == 0 || !PrecededByComma(text, words[w - 1].Start, words[w].Start, words)))
        {
            // «حرب معلنة تستهدف …»: without a comma before it the participle is an adjective («declared»).
            return null;
        }

        if (ArabicWords.StripConjunction(words[w].Key).StartsWith("وصف", StringComparison.Ordinal) && cue.QuotedOnly
            && (w + 1 >= words.Count || !(words[w + 1].Key.StartsWith("بان", StringComparison.Ordinal) || QuotationAfterBa(text, words[w + 1]) >= 0))
            && !DescribedLater(text, s, w))
        {
            return null;
        }

        if (w + 2 < words.Count && words[w + 1].Key is "فيه" or "فيها" or "فيهما" && !SpeechCues.Complementizers.Contains(words[w + 2].Key)
            && s.ActorAt(w + 2) is null && !words[w + 2].Key.StartsWith("مسوولي", StringComparison.Ordinal)
            && ObjectCues.Contains(ArabicWords.StripConjunction(words[w].Key).ToString()) && MainSubject(s, w) is { } writer)
        {
            // «وجه الملك رسالة إلى الأمين العام، أكد فيها التزام المغرب بالحل السياسي …»: what a letter or a statement
            // affirmed is its sender's words; the noun phrase after «فيها» is what was affirmed.
            // («أكد فيها على التزام …»: the cue's own preposition is no part of what was affirmed.)
            var opensAt = words[w + 2].Key == "علي" && w + 3 < words.Count ? w + 3 : w + 2;
            var (letterContent, letterDirect) = ContentFrom(ctx, s, words[opensAt].Start, nounPhrase: true);
            Emit(ctx, s, letterContent, words[w].Span, writer.Span, letterDirect, w);
            return Math.Max(w, WordIndexAtOrAfter(s, letterContent.End) - 1);
        }

        var stop = Math.Min(words.Count, w + (QuotationAhead(ctx, s, w + 1, 26) ? 26 : MaxCueReach));
        // «جدد» (renewed) has no addressee: its «على» is never after whom a call is to.
        var renews = ArabicWords.StripConjunction(words[w].Key) is "جدد" or "جددت" or "جددوا" or "يجدد" or "تجدد";
        // «وأكد سموه خلال اللقاء حرص المملكة على …», «وأعلنت الوزارة الإفراج عن …»: a noun phrase of what was affirmed may
        // come before the cue's own preposition; the preposition inside it is not the cue's.
        var nounObjectFound = cue.Kind != CueKind.Relay ? ObjectAfterNamedSubject(s, w) : null;
        var nounObjectAt = cue.Kind == CueKind.Prepositional ? nounObjectFound?.Object ?? -1 : -1;
        if (cue.QuotedOnly && w + 1 < words.Count && QuotationAfterBa(text, words[w + 1]) is var quoted && quoted >= 0 && Describing(words[w].Key))
        {
            // «ما وصفه بـ"التدخل السافر"», «ووصف الاتفاق بـ"التاريخي"»: the quoted words after «بـ» are what was said.
            speakerTo = w + 1;
            contentStart = quoted;
            stop = w + 1;
        }
        // («ووصفت وزارة الخارجية الجزائرية القرار بـ"الخطوة الخطيرة"»: «وصفت» with a named describer and the thing
        // described takes the same shape.)
        else if ((cue.QuotedOnly || SpeechCues.ObjectFirst.Contains(ArabicWords.StripConjunction(words[w].Key).ToString()))
            && Describing(words[w].Key) && DescribedAs(text, s, w) is var describedAt && describedAt > w + 1
            // («ووصف الوزير المفاوضات بأنها "…"» is read by the clause's complementizer.)
            && (cue.QuotedOnly || QuotationAfterBa(text, words[describedAt]) >= 0))
        {
            // «ووصفه الناطق باسمها نبيل أبو ردينة بـ"الاستفزاز الخطير"», «ووصفت الخارجية القرار بـ"الخطوة الاستفزازية"»: the
            // describer (and what is described) stand between the verb and «بـ"…"»; the quoted words are what was said.
            speakerTo = describedAt;
            contentStart = QuotationAfterBa(text, words[describedAt]) is var afterBa && afterBa >= 0 ? afterBa : QuotationAfterBianna(text, s, describedAt);
            stop = describedAt;
        }
        var aside = false;
        var afterTimeAside = -1;
        var firstComma = -1;
        var asides = 0;
        TextSpan? apposition = null;
        var nearEnd = int.MaxValue;
        var nameQuoteClose = -1;
        for (var j = w + 1; j < stop; j++)
        {
            var gapStart = words[j - 1].End;
            var gap = text.AsSpan(gapStart, words[j].Start - gapStart);
            if (!aside && firstComma >= 0 && j >= nearEnd)
            {
                aside = true;
            }

            if (aside)
            {
                // «أكد ناصر بوريطة، وزير الشؤون الخارجية والتعاون الإفريقي …، أن …», «وقال بوريطة، في ندوة صحافية مع
                // نظيره …، إن …»: an apposition or an adverbial set off by commas. Only a complementizer right after
                // the closing comma opens what was said; anything else ends the cue.
                // (The closing mark of a quoted name in the aside is no quotation: «، في تغريدة على منصة "إكس"، …».)
                var asideGap = nameQuoteClose >= gapStart && nameQuoteClose < words[j].Start ? text.AsSpan(nameQuoteClose + 1, words[j].Start - nameQuoteClose - 1) : gap;
                var asideMark = asideGap.IndexOfAny("«\"“");
                if (asideMark >= 0 && asideGap.IndexOfAny(".؛;:،,") < 0 && firstComma >= 0 && words[firstComma].Key is { Length: > 1 } opener
                    && (opener is "في" or "عبر" or "خلال" || opener[0] == 'ل')
                    && ShortQuotation(ctx, s, words[j].Start - asideGap.Length + asideMark) is { } nameClose
                    && nameClose > words[j].Start)
                {
                    // «، في بيان نشرته على منصة "إكس"، إن …»: a quoted name inside an aside of the channel.
                    while (j + 1 < stop && words[j + 1].Start < nameClose)
                    {
                        j++;
                    }

                    nameQuoteClose = nameClose;
                    continue;
                }

                if (asideGap.IndexOf(':') is var asideColon && asideColon >= 0 && asideGap.IndexOfAny(".؛;") < 0
                    && NextQuotationOpensAt(asideGap[(asideColon + 1)..]))
                {
                    // «وقال لازاريني، في إحاطة قدمها أمس أمام اللجنة …: "لقد طرقنا …"»: the colon after the aside opens
                    // the quoted words.
                    contentStart = words[j].Start - asideGap.Length + asideColon + 1;
                    break;
                }

                if (asideGap.IndexOfAny(".؛;:«\"“") >= 0)
                {
                    break;
                }

                if (gap.IndexOfAny("،,") >= 0)
                {
                    var at = ChannelThenComplementizer(s, j);
                    var c = words[at].Key;
                    if (SpeechCues.Complementizers.Contains(c))
                    {
                        contentStart = c is "ان" or "بان" ? words[at].End : words[at].Start + (c[0] == 'ب' ? 1 : 0);
                    }
                    else if (cue.Kind == CueKind.Prepositional && Array.IndexOf(cue.Prepositions, c) >= 0 && at + 1 < words.Count
                        && words[at + 1].Key is "ان" or "بان")
                    {
                        // «وحذر الرئيس …، الذي يتولى الرئاسة الدورية للمجموعة، من أن …»: the cue's preposition and the
                        // complementizer right after the aside.
                        contentStart = words[at + 1].End;
                    }
                    else if (cue.Kind == CueKind.Prepositional && !cue.QuotedOnly && Array.IndexOf(cue.Prepositions, c) >= 0 && at == j && (c != "علي" || text[words[j].End - 1] == 'ى'))
                    {
                        // «ودعا الزغاري المؤسسات الدولية، وفي مقدمتها اللجنة الدولية للصليب الأحمر، إلى "…"»: the cue's
                        // preposition right after the aside.
                        contentStart = words[j].End;
                    }
                    else if (cue.Kind == CueKind.Prepositional && !cue.QuotedOnly && !renews && PrepositionAfterAddressee(s, j, cue.Prepositions) is { } prep)
                    {
                        // «ودعا الرئيس السيسي، بحسب بيان للمتحدث الرسمي، المجتمع الدولي إلى تكثيف …»: after the aside, whom
                        // the call is to, then its preposition; what follows it was said.
                        contentStart = prep;
                    }

                    break;
                }

                continue;
            }

            if (j > w + 1 && gap.IndexOfAny("،,") >= 0 && SpeechCues.Participles.Contains(words[j].Key)
                && !SpeechCues.Honorifics.Contains(ArabicWords.Fold(text.AsSpan(words[w + 1].Start, words[w + 1].End - words[w + 1].Start))))
            {
                // «وأعلنت قيادة الشرطة في بيان تشكيل فريق تحقيق، مؤكدة أن …», «وأشار أيضا للوضع في اليمن، قائلا: …»: a
                // participle after a comma is a cue of its own (its sentence's subject speaks), and the complementizer or
                // colon after it is not this cue's. (Not after «سموه»: the honorific speaks through the cue itself.)
                break;
            }

            var colon = gap.IndexOf(':');
            var mark = gap.IndexOfAny("«\"“");
            if (mark >= 0 && gapStart + mark <= nameQuoteClose)
            {
                // The closing mark of a quoted name already taken into the speaker phrase («نقلت وكالة "شفق نيوز" عن …»).
                var after = gap[(nameQuoteClose - gapStart + 1)..].IndexOfAny("«\"“");
                mark = after < 0 ? -1 : nameQuoteClose - gapStart + 1 + after;
            }

            if (mark >= 0 && colon < 0 && ShortQuotation(ctx, s, gapStart + mark) is { } shortClose && (j > w + 1 || ComplementizerAfter(s, shortClose) || cue.QuotedOnly
                // «داعيا "قسد" إلى "الالتزام …"»: a quoted name and the call's preposition after it is whom the call is to.
                || (cue.Kind == CueKind.Prepositional && WordIndexAtOrAfter(s, shortClose) is var pa && pa < words.Count
                    && Array.IndexOf(cue.Prepositions, words[pa].Key) >= 0)))
            {
                // «وقالت قناة "ان اتش كي" إن …»: a quoted name belongs to the speaker phrase.
                if (shortClose > words[j].Start)
                {
                    while (j + 1 < stop && words[j + 1].Start < shortClose)
                    {
                        j++;
                    }

                    nameQuoteClose = shortClose;
                    continue;
                }
            }

            if (colon >= 0 || mark >= 0)
            {
                if (colon < 0 && words[w].Key.EndsWith("جاء", StringComparison.Ordinal))
                {
                    return null;
                }

                if (colon < 0 && nounObjectAt >= 0 && nounObjectAt < j)
                {
                    // «وجدد المتحدث إدانة بلاده "لأي اعتداء …"»: the quoted words are part of the noun phrase affirmed.
                    break;
                }

                speakerTo = speakerTo < 0 ? (firstStop >= 0 ? firstStop : j) : speakerTo;
                contentStart = colon >= 0 ? gapStart + colon + 1 : gapStart + mark;
                break;
            }

            if (gap.IndexOfAny(".؛;") >= 0)
            {
                break;
            }

            if (firstStop >= 0 && firstComma < 0 && j - firstStop > 7 && PersonWithin(s, words[firstStop].End, words[j - 1].End)
                && text.AsSpan(words[firstStop].End, words[j - 1].End - words[firstStop].End).IndexOfAny("،,") < 0)
            {
                // «وقال المشرف العام على البرنامج السفير محمد بن سعيد آل جابر، …»: the stop word was inside the title
                // before the name; the distance counts from the name.
                firstStop = -1;
            }

            if (firstStop >= 0 && j - firstStop > 7 && !QuotationAhead(ctx, s, j, MaxCueReach))
            {
                // «تشير إلى تنوع وسائل المهربين … إلا أن …»: too far past the speaker for its complementizer.
                if (firstComma >= 0)
                {
                    aside = true;
                    continue;
                }

                break;
            }

            if (firstStop < 0 && j > w + 1 && SpeechCues.SpeakerStops.Contains(words[j].Key))
            {
                firstStop = j;
            }

            if (speakerTo >= 0 && firstComma == j && j + 1 < words.Count && words[j].Key is "وفي" or "ومنها" or "ومنهم" or "وبينها" or "وبينهم"
                && (words[j].Key != "وفي" || words[j + 1].Key.StartsWith("مقدمت", StringComparison.Ordinal)))
            {
                // «ودعا X المؤسسات الحقوقية الدولية، وفي مقدمتها اللجنة الدولية للصليب الأحمر، إلى …»: an aside naming
                // some of whom the call is to.
                aside = true;
                continue;
            }

            if (speakerTo >= 0 && words[j].Key.Length > 2 && words[j].Key[0] == 'و' && !SpeechCues.Complementizers.Contains(words[j].Key))
            {
                // «وكشف الفيديو …، ويبدو أن …»: a new clause after the comma is not this cue's content; but a comma
                // may still close an apposition that goes on with «و» («وزير الشؤون الخارجية والتعاون …، أن»).
                if (firstComma >= 0 && gap.IndexOfAny("،,") < 0)
                {
                    aside = true;
                    continue;
                }

                break;
            }

            if (gap.IndexOfAny("،,") >= 0 && cue.Kind != CueKind.Relay && j != afterTimeAside)
            {
                // «وقال X، إن …» is common; a comma ends the speaker phrase, and the complementizer must follow soon
                // (or right after the comma that closes an aside: «وقال X، في الرباط، إن …»).
                if (speakerTo >= 0 && firstComma >= 0 && SpeechCues.Complementizers.Contains(words[j].Key))
                {
                    // Falls through to the complementizer below; «قال المتحدث باسم الوزارة، الدكتور ماجد الأنصاري، إن …»:
                    // a name in apposition just before it belongs to the speaker.
                    if (asides < 2 && j - firstComma <= 6 && j > firstComma && AsideBetweenCommas(s, firstComma, j) == 1)
                    {
                        apposition = new TextSpan(words[firstComma].Start, words[j - 1].End);
                    }
                }
                else if (speakerTo >= 0 && firstComma >= 0 && asides < 2 && j - firstComma <= 6 && AsideBetweenCommas(s, firstComma, j) is var kind && kind > 0)
                {
                    // «وقال المتحدث باسم الوزارة، أحمد فهمي، للصحفيين، إن …»: the name in apposition belongs to the
                    // speaker; the addressee or the place between commas does not; the complementizer follows the last.
                    if (kind == 1)
                    {
                        apposition = new TextSpan(words[firstComma].Start, words[j - 1].End);
                    }

                    asides++;
                    firstComma = j;
                    // (The stop word inside the aside — «، في بيان مساء الأحد،» — does not count against the distance to
                    // the cue's preposition or complementizer.)
                    firstStop = -1;
                    nearEnd = Math.Min(stop, j + 5);
                    stop = Math.Min(words.Count, j + MaxAside);
                }
                else if (speakerTo < 0 && firstStop > w + 1 && SpeechCues.Complementizers.Contains(words[j].Key) && ChannelPhrase(s, firstStop, j))
                {
                    // «وقال المتحدث باسم الحكومة الأردنية محمد المومني في تصريح لقناة المملكة، إن …»: a long title and name,
                    // then the statement it was made in and the comma; the complementizer below opens what was said.
                    speakerTo = firstStop;
                }
                // («أكد الدكتور ماجد بن محمد الأنصاري المتحدث الرسمي باسم وزارة الخارجية، أن …»: so is a named person
                // with his office after the name.)
                else if (speakerTo >= 0 || (j - w > 10 && !(j - w <= 18 && (s.ActorAt(j - 1) is { Kind: ActorKind.Person }
                    || ((s.ActorAt(j - 1) is not null
                            // («… العقيد زياد الرقيطي لـ"سبق"، أنه …»: or the outlet he spoke to.)
                            || (j - 2 > w && words[j - 2].Key.StartsWith('ل') && text.AsSpan(words[j - 2].End, words[j - 1].Start - words[j - 2].End).IndexOfAny("\"«“") >= 0))
                        && s.Actors.Find(a => a.Start >= words[w + 1].Start) is { Kind: ActorKind.Person } first && first.End <= words[j - 1].End
                        && first.Start <= words[Math.Min(j - 1, w + 4)].Start)))))
                {
                    // A long title and name before the comma are still the speaker («وقال رئيس مجلس الوزراء وزير
                    // الخارجية القطري الشيخ محمد بن عبد الرحمن آل ثاني، في مؤتمر صحفي، إن …»).
                    if (speakerTo >= 0 && firstComma >= 0 && j > firstComma && cue.Kind == CueKind.Prepositional && !cue.QuotedOnly && !renews
                        && CallAfterAside(s, firstComma, j, cue.Prepositions) is { } call)
                    {
                        contentStart = call;
                    }

                    break;
                }
                else if (TimeAsideEnd(ctx, s, j) is var resume && resume > j)
                {
                    // «حذر عراقجي، اليوم الأربعاء، إسرائيل من أن …»: a time set off by commas; the cue goes on after it.
                    speakerTo = j;
                    afterTimeAside = resume;
                    j = resume - 1;
                    continue;
                }
                else
                {
                    speakerTo = j;
                    firstComma = j;
                    nearEnd = Math.Min(stop, j + 5);
                    stop = Math.Min(words.Count, j + MaxAside);
                }
            }

            var k = words[j].Key;
            if (SpeechCues.Complementizers.Contains(k) && k == "ان" && j > w + 1 && ArabicWords.StripConjunction(words[j - 1].Key).ToString() is "قبل" or "بعد" or "منذ" or "دون" or "بدون"
                // («قالا من قبل إن …»: «من قبل» is «before», an adverb; «إن» after it is the complementizer.)
                && words[j - 2].Key != "من")
            {
                // «أعلن الجيش اعتقال ثلاثة مستوطنين، قبل أن تقرر المحكمة الإفراج عنهم», «وقال الوزير بعد أن التقى نظيره
                // إن …»: «قبل أن», «بعد أن», «دون أن» join a clause of time or manner; no content of the cue begins there.
                continue;
            }

            if (SpeechCues.Complementizers.Contains(k))
            {
                speakerTo = speakerTo < 0 ? j : speakerTo;
                contentStart = k is "ان" or "بان" ? words[j].End : words[j].Start + (k[0] == 'ب' ? 1 : 0);
                break;
            }

            if (cue.Kind == CueKind.Relay && k.StartsWith("وصف", StringComparison.Ordinal) && j + 1 < words.Count && words[j + 1].Key.StartsWith("بان", StringComparison.Ordinal))
            {
                // «عن مصدر وصفته بأنه مطلع قوله …»: how the channel describes its source is no content.
                j++;
                continue;
            }

            if (k == "نقلا" && j + 1 < words.Count && words[j + 1].Key == "عن")
            {
                // «وأضافت القناة نقلا عن الشرطة إن …»: the original source speaks.
                speakerFrom = j + 2;
                speakerTo = -1;
                j++;
                continue;
            }

            if (j == w + 1 && words[w].Key.EndsWith("جاء", StringComparison.Ordinal) && k is "في" or "فيه" or "فيها")
            {
                // «وجاء في البيان أن …», «جاء فيها: …»: the document after «في» is the source.
                speakerFrom = j + 1;
                continue;
            }

            if (words[w].Key.EndsWith("جاء", StringComparison.Ordinal) && (speakerFrom == w + 1 || mark >= 0 && colon < 0))
            {
                // «وجاء الفصل الثاني بعنوان …» is no statement.
                return null;
            }

            if (k == "عن" && speakerFrom == w + 1 && (cue.Kind == CueKind.Relay || j > w + 1))
            {
                // «نقلت الوكالة عن مصدر مسؤول قوله» / «ذكرت الصحيفة نقلا عن …»: the speaker is after «عن».
                if (cue.Kind == CueKind.Relay || SpeechCues.Verbs.ContainsKey(k))
                {
                    speakerFrom = j + 1;
                    continue;
                }
            }

            // («نقل البيان عن باراك تأكيده دعم واشنطن …»: a relayed affirmation is said the same way.)
            if (k is "قوله" or "قولها" or "قولهم" or "قولهما" or "بقوله" or "بقولها"
                || (cue.Kind == CueKind.Relay && speakerFrom > w + 1 && j > speakerFrom && k is "تاكيده" or "تاكيدها" or "تاكيدهم" or "تشديده" or "تشديدها" or "تشديدهم"))
            {
                if (apposition is null && j - 1 > speakerFrom && text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).IndexOfAny("،,") >= 0)
                {
                    // «عن المسؤول الأمني للكتائب، أبو علي العسكري، قوله»: the name in apposition belongs to the source.
                    for (var c = j - 1; c > speakerFrom && c >= j - 6; c--)
                    {
                        if (text.AsSpan(words[c - 1].End, words[c].Start - words[c - 1].End).IndexOfAny("،,") >= 0)
                        {
                            if (AsideBetweenCommas(s, c, j) == 1)
                            {
                                apposition = new TextSpan(words[c].Start, words[j - 1].End);
                                speakerTo = c;
                            }

                            break;
                        }
                    }
                }

                speakerTo = speakerTo < 0 ? j : speakerTo;
                contentStart = k.StartsWith("تشديد", StringComparison.Ordinal) && j + 1 < words.Count && words[j + 1].Key == "علي" ? words[j + 1].End : words[j].End;
                // «عن عراقجي قوله خلال لقائه نظيره العماني: "لن نسمح …"»: a circumstance, then a colon; what was said
                // follows the colon.
                var colonAt = text.IndexOf(':', words[j].End, Math.Max(0, Math.Min(s.End, words[Math.Min(words.Count - 1, j + 15)].End) - words[j].End));
                if (colonAt > 0 && text.AsSpan(words[j].End, colonAt - words[j].End).IndexOfAny(".؛;«\"“") < 0)
                {
                    contentStart = colonAt + 1;
                }
                else if (j + 2 < words.Count && text.AsSpan(words[j].End, words[j + 1].Start - words[j].End).IndexOfAny("،,") >= 0)
                {
                    // «عن عراقجي قوله، خلال لقائه نظيره العماني في طهران، إن "…"»: a circumstance set off by commas, then
                    // «إن»; what was said follows it.
                    for (var c = j + 2; c < words.Count && c <= j + 15; c++)
                    {
                        var between = text.AsSpan(words[c - 1].End, words[c].Start - words[c - 1].End);
                        if (between.IndexOfAny(".؛;:«\"“") >= 0)
                        {
                            break;
                        }

                        if (between.IndexOfAny("،,") >= 0)
                        {
                            if (words[c].Key is "ان" or "بان")
                            {
                                contentStart = words[c].End;
                            }

                            break;
                        }
                    }
                }

                break;
            }

            if (s.ActorAt(j) is { } titleHolder && titleHolder.Start < words[j].Start && titleHolder.End > words[j].End)
            {
                // «ودعا المبعوث الأممي إلى اليمن هانس غروندبرغ الأطراف إلى …»: a preposition inside the speaker's title.
                continue;
            }

            foreach (var p in cue.Prepositions)
            {
                // «وطالب المتحدث باسم الرئاسة …»: «باسم» is part of the speaker's title, not the demand's «ب».
                if (k == "علي" && j + 1 < words.Count && words[j + 1].Key == "لسان")
                {
                    // «وأكد الاتحاد الأفريقي، على لسان رئيس مفوضيته …، أنه …»: who spoke for it, not what was affirmed.
                    break;
                }

                if (nounObjectAt >= 0 && nounObjectAt < j)
                {
                    break;
                }

                if (k == "عن" && j > 0 && (ArabicWords.StripConjunction(words[j - 1].Key).StartsWith("مسووليت", StringComparison.Ordinal)
                    // «أعلنت وكالة أعماق … مسؤولية التنظيم عن الهجومين»
                    || (j > 1 && words[j - 2].Key.StartsWith("مسووليه", StringComparison.Ordinal))))
                {
                    // «أعلنت الحركة مسؤوليتها عن الهجوم»: claiming an act is no report of what was said.
                    break;
                }

                if (k == "عن" && j > speakerFrom && MemberHolder(s, speakerFrom, j, words.Count) is not null)
                {
                    // «وقال النائب عن كتلة الوفاء للمقاومة حسن فضل الله إن …»: «عن» is the member's, not the cue's.
                    break;
                }

                if ((k == p && (p != "علي" || text[words[j].End - 1] == 'ى'))
                    || (p == "ب" && k.Length > 3 && k[0] == 'ب' && !k.StartsWith("بان", StringComparison.Ordinal) && k is not ("باسم" or "بمنطقه" or "بمحافظه" or "بوزاره")
                        // «طالبت الوزارة، في بيان، الولايات المتحدة بوقف …»: after «في» the ب is the noun's own letter.
                        && !OwnB.Contains(k) && !(j > 0 && ArabicWords.StripConjunction(words[j - 1].Key) is "في" or "عبر" or "خلال" or "من" or "عن")))
                {
                    speakerTo = speakerTo < 0 ? j : speakerTo;
                    contentStart = k == p ? words[j].End : words[j].Start + 1;
                    // «شدد على أن …»: the complementizer belongs to the cue, not to what was said.
                    if (k == p && j + 1 < words.Count && SpeechCues.Complementizers.Contains(words[j + 1].Key) && words[j + 1].Key is "ان" or "بان")
                    {
                        contentStart = words[j + 1].End;
                    }

                    break;
                }
            }

            if (contentStart >= 0)
            {
                break;
            }
        }

        if (contentStart < 0 && !aside && words.Count - w <= MaxCueReach && cue.Kind != CueKind.Relay)
        {
            // «وقال غوتيريش أمام مجلس الأمن:» ending its sentence: what was said is the quotation after it.
            var tail = text.AsSpan(words[^1].End, Math.Max(0, s.End - words[^1].End));
            var colonAt = tail.IndexOf(':');
            if (colonAt >= 0 && NextParagraphQuotation(ctx, words[^1].End + colonAt + 1, s.End) is not null)
            {
                speakerTo = speakerTo < 0 ? (firstStop >= 0 ? firstStop : words.Count) : speakerTo;
                contentStart = words[^1].End + colonAt + 1;
            }
        }

        var nounObject = false;
        if (contentStart < 0 && nounObjectFound is { } affirmed)
        {
            // «وأكد متحدث باسم الفيفا وصول بلاتر إلى روسيا», «ونفت الوزارة صحة التقارير»: a named subject, then what
            // was affirmed or denied as a noun phrase (perhaps after an aside: «ونفى جيش الاحتلال، في رد على …، وجود …»).
            speakerTo = affirmed.SubjectEnd;
            contentStart = words[affirmed.Object].Start;
            apposition = null;
            nounObject = true;
            if (affirmed.Object + 2 < words.Count && words[affirmed.Object].Key is "التاكيد" or "تاكيده" or "تاكيدها" or "تاكيدهم" && words[affirmed.Object + 1].Key == "علي")
            {
                // «جدد الوزير خلال اللقاء التأكيد على موقف مصر الثابت …»: what was affirmed follows «التأكيد على».
                contentStart = words[affirmed.Object + 1].End;
            }
        }

        if (contentStart < 0 && !aside && w + 2 < words.Count && ArabicWords.StripConjunction(words[w].Key).ToString() is "نافيا" or "نافيه" or "نافين" or "موكدا" or "موكده" or "موكدين" or "معلنا" or "معلنه"
            && words[w + 1].Key is { Length: >= 3 } denied && !denied.StartsWith("ال", StringComparison.Ordinal) && denied[0] is not ('ب' or 'ل')
            && !SpeechCues.Complementizers.Contains(denied) && !SpeechCues.SpeakerStops.Contains(denied) && s.ActorAt(w + 1) is null
            && text.AsSpan(words[w].End, words[w + 1].Start - words[w].End).Trim().IsEmpty)
        {
            // «…، نافيا دفع أي فدية», «نافيا وجود أي سوء معاملة», «مؤكدا دعم الحكومة الكامل …», «معلنا تقديم مساعدة …»: what
            // the sentence's subject denied, affirmed or announced, as a noun phrase.
            speakerTo = w + 1;
            contentStart = words[w + 1].Start;
            nounObject = true;
        }

        if (contentStart < 0 || (cue.Kind == CueKind.Relay && speakerFrom == w + 1))
        {
            // No content, but a named subject («وقال الحمود مغرداً عبر حسابه …») is who a later «وقال:» means.
            var named = SpeakerSpan(ctx, s, speakerFrom, Math.Min(words.Count, speakerFrom + MaxSpeakerWords));
            named = named is { } namedWhole ? SubjectWithoutObject(s, namedWhole) : (TextSpan?)null;
            if (words[w].Key.Contains("قال", StringComparison.Ordinal) || words[w].Key.Contains("اضاف", StringComparison.Ordinal)
                || (named is { } n && NamesASource(s, n)))
            {
                Remember(ctx, s, named);
            }

            return null;
        }

        if (!nounObject && cue.Kind == CueKind.Prepositional && contentStart > 0 && char.IsLetter(text[contentStart])
            && words.FindIndex(x => x.End > contentStart) is var firstAsked && firstAsked >= 0
            && !SpeechCues.Complementizers.Contains(ArabicWords.StripConjunction(words[firstAsked].Key).ToString())
            && !ArabicWords.StripConjunction(words[firstAsked].Key).StartsWith("ان", StringComparison.Ordinal))
        {
            // «مطالبين برحيل الحكومة، وذلك على خلفية …», «وتطالب بإجراء الانتخابات، كما توجه …»: what is asked for after
            // the preposition is a noun phrase; a new clause after a comma is the narration's.
            nounObject = true;
        }

        var (content, direct) = ContentFrom(ctx, s, contentStart, nounObject);
        if (cue.QuotedOnly && !direct && !OpensWithQuotation(ctx.Text, content))
        {
            // «اتهمت إسرائيل حماس بخرق الهدنة» is the act of accusing; only quoted words make it a quote.
            return null;
        }

        if (content.Length < 3 && NextParagraphQuotation(ctx, contentStart, s.End) is { } next)
        {
            // «وقال غوتيريش أمام مجلس الأمن:» at a paragraph's end, and the quotation as the next paragraph.
            (content, direct) = (next.Content, true);
        }

        if (content.Length < 3)
        {
            return null;
        }

        // A participle («داعيا الأطراف إلى …», «مطالبا واشنطن بـ…») has no subject of its own: the words after it are
        // whom it addresses, and its sentence's subject speaks.
        var objectFirst = SpeechCues.ObjectFirst.Contains(ArabicWords.StripConjunction(words[w].Key).ToString());
        // («وداعيا المجتمع الدولي إلى …»: so with «و» on the participle.)
        var phrase = SpeechCues.Participles.Contains(words[w].Key) || SpeechCues.Participles.Contains(ArabicWords.StripConjunction(words[w].Key).ToString())
            ? null : SpeakerSpan(ctx, s, speakerFrom, speakerTo);
        if (phrase is { } toWhom && w > 0 && ImmediateSubject(s, w) is not null && WordIndexAtOrAfter(s, toWhom.Start) is var pw && pw < words.Count
            && words[pw].Key.StartsWith("لل", StringComparison.Ordinal))
        {
            // «مصدر حكومي … قال للصحيفة إن …»: with its subject before the verb, «لل…» after it is whom it told.
            phrase = null;
        }
        if (phrase is { } pastCue && pastCue.Start >= words[w].End && FrontedSubject(s, w) is { } fronted)
        {
            // «لكن العليمي اتهم الميليشيات الحوثية بـ"…"», «غير أن الوزير دعا الطرفين إلى …»: the subject stands before
            // the verb; the noun after it is whom it accuses or calls on.
            phrase = fronted.Span;
            apposition = null;
        }

        phrase = phrase is { } whole0 ? NamedBodyBeforeObject(s, whole0) ?? whole0 : null;
        if (phrase is { } titled && apposition is { } name && name.Start > titled.End)
        {
            // The title and the name in apposition after it are one speaker.
            phrase = new TextSpan(titled.Start, name.End);
        }

        var speaker = objectFirst ? null : phrase;
        if (objectFirst && phrase is { } described)
        {
            // «ووصف المتحدث باسم الخارجية الإيرانية إسماعيل بقائي الخطوة بأنها …»: a person named first is who
            // describes; what follows the name is what is described.
            foreach (var a in s.Actors)
            {
                if (a.Kind == ActorKind.Person && a.Start >= described.Start && a.End < described.End)
                {
                    speaker = new TextSpan(described.Start, a.End);
                    break;
                }
            }

            // «ووصفت هيومن رايتس ووتش السماح بمحاكمة مدني … بـ"…"»: so is a named body or state right after the verb.
            // («ووصفت وزارة الخارجية الجزائرية في بيان توقيف الموظف بأنه "…"»: or the whole phrase, when the thing described
            // follows it, after where it was said.)
            var laterWords = WordIndexAtOrAfter(s, described.End) is var nx && nx < words.Count && words[nx].End < contentStart - 6;
            if (speaker is null && s.Actors.FindIndex(a => a.Start == described.Start && (a.End < described.End || (laterWords && a.End == described.End))) is var b && b >= 0
                && s.Actors[b].Kind is ActorKind.Organization or ActorKind.Country)
            {
                speaker = s.Actors[b].Span;
            }
        }
        if (cue.Kind == CueKind.Prepositional && speaker is { } whole)
        {
            speaker = SubjectBeforeAddressee(s, whole);
        }

        if (speaker is { } obj && IsPossessedObject(ctx.Text, s, obj))
        {
            // «وأكد حرص بلاده على …»: an indefinite noun with a possessed genitive is what was affirmed, not who spoke.
            speaker = null;
        }

        if (speaker is { } led && ctx.Text.AsSpan(led.Start, led.End - led.Start).IndexOf(' ') is var sp && sp > 0
            && ArabicWords.Fold(ctx.Text.AsSpan(led.Start, sp)) is "فيه" or "فيها" or "خلاله" or "خلالها")
        {
            // «وأكد خلاله ماكرون أن …»: the pronoun of the call or the text comes before the named subject; the name speaks.
            speaker = new TextSpan(led.Start + sp + 1, led.End);
        }

        if (speaker is { } pronoun && ArabicWords.Fold(ctx.Text.AsSpan(pronoun.Start, pronoun.End - pronoun.Start).Trim()) is "فيه" or "فيها" or "فيهما" or "فيهم" or "خلاله" or "خلالها")
        {
            // «ونشرت الوكالة مقالا اعتبرت فيه أن …», «وأصدرت الحركة بيانا قالت فيه إن …»: the pronoun is the text the
            // sentence's subject issued; that subject speaks.
            // «تلقى الرئيس اتصالا هاتفيا من أمير قطر، أكد خلاله …»: during a call someone received, the caller speaks.
            speaker = CallerOfReceivedCall(s, w)?.Span ?? MainSubject(s, w)?.Span ?? FirstDefiniteBefore(s, w) ?? pronoun;
        }

        if (w >= 2 && words[w - 1].Key is "الذي" or "التي" or "الذين" && s.ActorAt(w - 2) is { } antecedent && antecedent.End <= words[w - 1].Start
            && antecedent.Kind != ActorKind.Agent
            // («التي قال الصفدي إنه …»: a verb of saying with its own subject after it keeps it.)
            && (cue.Kind == CueKind.Prepositional || (w + 1 < words.Count && SpeechCues.Complementizers.Contains(words[w + 1].Key))))
        {
            // «التقى … المرشد الإيراني علي خامنئي، الذي دعا العراق إلى …»: who «الذي» stands for speaks; the noun after
            // the verb is whom it addresses.
            speaker = antecedent.Span;
        }

        var cueSpan = words[w].Span;
        if (w >= 1 && (ArabicWords.StripConjunction(words[w - 1].Key) is "لكنه" or "لكنها" or "لكنهم" or "لكنهما"
                || (w >= 2 && words[w - 2].Key is "غير" or "الا" && words[w - 1].Key is "انه" or "انها" or "انهم"))
            && ctx.Last is { Span: { } namedBefore, Text: not null } before && before.Sentence >= s.Index - 1 && namedBefore.End <= words[w].Start)
        {
            // «…، لكنها حذرت طهران من أن …»: the pronoun is the speaker just named; the noun after the verb is whom it
            // warns.
            Carry(ctx, s, content, cueSpan, direct, new FoundQuote(content, cueSpan, namedBefore, before.Id, before.Text, direct, s.Index));
            return direct ? w : Math.Max(w, WordIndexAtOrAfter(s, content.End) - 1);
        }

        if (cue.Kind == CueKind.Prepositional && ArabicWords.StripConjunction(words[w].Key).Length < words[w].Key.Length
            && ctx.Found.Count > 0 && ctx.Found[^1].Sentence == s.Index && ctx.Found[^1].Content.End <= words[w].Start
            && ctx.Found[^1].SpeakerText is not null)
        {
            // «وقال بلينكن إن …، ودعا الطرفين إلى …»: a call joined to the same sentence's quote keeps its speaker; the
            // noun after the verb is whom the call is to, not who makes it.
            Carry(ctx, s, content, cueSpan, direct, ctx.Found[^1]);
            return direct ? w : Math.Max(w, WordIndexAtOrAfter(s, content.End) - 1);
        }

        if (cue.Kind == CueKind.Prepositional && ArabicWords.StripConjunction(words[w].Key).Length < words[w].Key.Length
            && (ArabicWords.StripConjunction(words[w].Key).ToString() is "دعا" or "دعت" or "دعوا" or "حث" or "حثت" or "حثوا" or "طالب" or "طالبت" or "طالبوا"
                // «…، واتهم السلطة الفلسطينية بـ«التواطؤ»»: whom an accusation is aimed at stands after the verb too.
                || cue.QuotedOnly))
        {
            if (ctx.Last is { Span: { } said, Text: not null } last && last.Sentence == s.Index && said.End <= words[w].Start
                && (ctx.Found.Count == 0 || ctx.Found[^1].Sentence != s.Index || ctx.Found[^1].Content.End <= said.Start)
                && !OwnOrganAfter(s, w, said))
            {
                // «أعربت قوات اليونيفيل عن قلقها، وحثت الطرفين على ضبط النفس»: the subject of the sentence's first verb
                // calls; the noun after «وحثت» is whom the call is to.
                Carry(ctx, s, content, cueSpan, direct, new FoundQuote(content, cueSpan, said, last.Id, last.Text, direct, s.Index));
                return direct ? w : Math.Max(w, WordIndexAtOrAfter(s, content.End) - 1);
            }

            if (w > 2 && PrecededByComma(ctx.Text, words[w - 1].Start, words[w].Start, words) && MainSubject(s, w) is { } main
                && (ctx.Found.Count == 0 || ctx.Found[^1].Sentence != s.Index) && !OwnOrganAfter(s, w, main.Span))
            {
                // «وأدان الرئيس الهجوم، وطالب الحكومة بمحاسبة المسؤولين»: a call joined after a comma is the sentence's
                // subject's.
                Emit(ctx, s, content, cueSpan, main.Span, direct, w);
                return direct ? w : Math.Max(w, WordIndexAtOrAfter(s, content.End) - 1);
            }
        }

        if (w > 1 && ArabicWords.StripConjunction(words[w - 1].Key).ToString() is "لافتات" or "شعارات" or "هتافات" or "لافته" or "يافطات" or "لافتات" or "اعلاما"
            && BannerCarriers(s, w - 1) is { } carriers)
        {
            // «رفع المشاركون شعارات تطالب بسحب المشروع», «رافعين لافتات تطالب المجتمع الدولي بـ…»: the banners speak for
            // whoever carries them; the noun after the verb is whom they address.
            speaker = carriers;
        }

        if (w > 1 && Events.EventCoder.IssuedTextBefore(s, w) && MainSubject(s, w - 1) is { } issuer)
        {
            // «تبنى مجلس المحافظين قرارا يطالب إيران بتقديم معلومات»: the resolution speaks for whoever adopted it; the
            // noun after the verb is whom it addresses.
            speaker = issuer.Span;
        }

        // «…، إذ قالت في بيان إن …»: «إذ/حيث» after the comma joins the verb as «و» does.
        if (speaker is null && cue.QuotedOnly && ArabicWords.StripConjunction(words[w].Key).StartsWith("وصف", StringComparison.Ordinal)
            && SubjectInClause(s, w) is { } describer)
        {
            // «فيما رفضت الرياض هذه الاتهامات ووصفتها بأنها …»: the joined verb goes on with its own clause's subject.
            speaker = describer.Span;
        }

        var joined = w > 2 && words[w - 1].Key is "اذ" or "حيث" ? w - 1 : w;
        if (speaker is null && joined > 1 && (ArabicWords.StripConjunction(words[w].Key).Length < words[w].Key.Length || joined < w) && w + 1 < words.Count
            && (words[w + 1].Key is "ان" or "انه" or "انها" or "انهم" or "انهما" or "بان" or "بانه" or "بانها" or "بانهم"
                // «…، وطالبه بـ"…"»: whom the call is to is the pronoun on the verb.
                || SpeechCues.PronounObjectCues.Contains(ArabicWords.StripConjunction(words[w].Key).ToString())
                // «…، وقال في تصريحات للصحفيين: "…"», «…، وقال لـ"الوطن" إن …»: a channel or a place, no subject.
                || words[w + 1].Key is "في" or "عبر" or "خلال" or "امام" or "لدي" || (words[w + 1].Key is "ل" or "لل" && words[w + 1].End - words[w + 1].Start <= 2))
            && PrecededByComma(ctx.Text, words[joined - 1].Start, words[joined].Start, words) && (ctx.Found.Count == 0 || ctx.Found[^1].Sentence != s.Index)
            && MainSubject(s, joined) is { } main0)
        {
            // «اتهمت هيئة تحرير الشام القوات الحكومية بقصف مواقعها، وأعلنت أنها ردت …», «ووصل المبعوث … إلى نيروبي، وقال
            // في تصريحات …»: a verb joined after a comma with no subject of its own goes on with the sentence's subject,
            // not with the last sentence's speaker (a quote already found in the sentence keeps its speaker for what
            // follows).
            speaker = main0.Span;
        }

        if (w >= 2 && words[w - 1].Key == "قد" && speaker is { } afterCue && afterCue.Start > words[w].Start && !words[w].Key.StartsWith('ي')
            && KanSubject(s, w) is { } kanSubject)
        {
            // «وكانت منظمة العفو الدولية قد دعت السلطات المصرية إلى …»: the subject stands between «كان» and «قد»; the
            // noun after the verb is whom it addresses.
            speaker = kanSubject;
        }

        Emit(ctx, s, content, cueSpan, speaker, direct, w);
        // Inside quoted words, keep reading: a quote may quote someone else («… بحسب قول أحد الخبراء»).
        return direct ? w : Math.Max(w, WordIndexAtOrAfter(s, content.End) - 1);
    }

    /// <summary>
    /// What a speaker calls something, in quoted words: «واعتبرتها "متأخرة لكنها في الاتجاه الصحيح"», «وهو ما اعتبره القيادي في
    /// الحزب مصطفى قره صو "خرقا …"», «واصفة إياه بـ"الغريب والمجافي للعدالة"», «واصفا ذلك بأنه "خرق صريح للتهدئة"». The
    /// quoted words are what was said; the subject after the verb, or the sentence's subject, speaks. Returns the last
    /// word index used, or null when no quotation follows within a few words.
    /// </summary>
    private static int? TryEvaluation(Context ctx, SentenceView s, int w)
    {
        var words = s.Words;
        var text = ctx.Text;
        var participle = SpeechCues.DescribingParticiples.Contains(words[w].Key) || SpeechCues.DescribingParticiples.Contains(ArabicWords.StripConjunction(words[w].Key).ToString());
        var contentStart = -1;
        var subjectEnd = -1;
        for (var j = w + 1; j < words.Count && j <= w + 10; j++)
        {
            var gap = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            if (gap.IndexOfAny(".؛;:،,") >= 0)
            {
                return null;
            }

            var mark = gap.IndexOfAny("«\"“");
            if (mark >= 0 && !participle)
            {
                // (After «واصفا» a quoted word is part of what is described: «واصفا هجوم «الخوارج» بأنه «…»».)
                contentStart = words[j - 1].End + mark;
                subjectEnd = j;
                break;
            }

            if (QuotationAfterBa(text, words[j]) is var ba && ba >= 0)
            {
                contentStart = ba;
                subjectEnd = j;
                break;
            }

            if (words[j].Key is "بانه" or "بانها" or "بانهم" or "بانهما" && j + 1 < words.Count
                && text.AsSpan(words[j].End, words[j + 1].Start - words[j].End) is var after && after.IndexOfAny("«\"“") is var m && m >= 0
                && after.IndexOfAny(".؛;:،,") < 0)
            {
                contentStart = words[j].End + m;
                subjectEnd = j;
                break;
            }
        }

        if (contentStart < 0 || ctx.Marks.FindIndex(q => q.Open == contentStart) < 0)
        {
            return null;
        }

        var (content, direct) = ContentFrom(ctx, s, contentStart);
        if (!direct || content.Length < 3)
        {
            return null;
        }

        TextSpan? speaker = null;
        if (!participle && subjectEnd > w + 1)
        {
            // «وهو ما اعتبره القيادي في الحزب مصطفى قره صو "…"»: the subject stands between the verb and the quotation.
            speaker = SpeakerSpan(ctx, s, w + 1, subjectEnd);
        }
        else if (!participle && w > 1 && (SubjectInClause(s, w) ?? MainSubject(s, w)) is { } main)
        {
            // «ورحبت وزارة الخارجية الفلسطينية بالخطوة، واعتبرتها "…"», «احتجاجا على ما اعتبروه "…"»: with no subject of
            // its own the verb goes on with the sentence's subject.
            speaker = main.Span;
        }

        Emit(ctx, s, content, words[w].Span, speaker, direct, w);
        return Math.Max(w, WordIndexAtOrAfter(s, content.End) - 1);
    }

    /// <summary>«بحسب X»، «وفقا لـX»، «حسبما ذكرت X»، «على لسان X»: the clause before, or after when it leads.</summary>
    private static int? TryAttribution(Context ctx, SentenceView s, int w)
    {
        var words = s.Words;
        var text = ctx.Text;
        var from = w + 1;
        if (words[w].Key == "علي")
        {
            from = w + 2;
        }

        // Skip the glue: «وفقا لما ذكرته», «حسبما أعلنت», «نقلا عن».
        var viaVerb = words[w].Key is "حسبما";
        // «وفق ما أفاد به محاميه»: the verb's «به» is glue too.
        while (from < words.Count && from < w + 5 && (words[from].Key is "عن" or "ل" or "لما" or "ما" or "قول" || (viaVerb && words[from].Key is "به" or "بها" or "بهم") || SpeechCues.Verbs.ContainsKey(words[from].Key)
            // «وفق ما أعلنته شبكة أطباء السودان»: the verb carries the pronoun of what it said.
            || (words[from].Key.Length > 3 && words[from].Key[^1] == 'ه' && SpeechCues.Verbs.ContainsKey(words[from].Key[..^1]))
            || words[from].Key.StartsWith("ذكر", StringComparison.Ordinal) || words[from].Key.StartsWith("اورد", StringComparison.Ordinal)))
        {
            viaVerb |= SpeechCues.Verbs.ContainsKey(words[from].Key) || words[from].Key.StartsWith("ذكر", StringComparison.Ordinal) || words[from].Key == "قول"
                || (words[from].Key.Length > 3 && words[from].Key[^1] == 'ه' && SpeechCues.Verbs.ContainsKey(words[from].Key[..^1]));
            from++;
        }

        // «وفقا لبيان صادر عن مجلس القضاء الأعلى», «بحسب بيان صادر عن الجيش»: who issued the statement is the source.
        if (IssuedStatement(words, from))
        {
            from += 3;
        }

        if (from >= words.Count)
        {
            return null;
        }

        var to = from;
        while (to < words.Count && to - from < MaxSpeakerWords)
        {
            if (to > from)
            {
                var gap = text.AsSpan(words[to - 1].End, words[to].Start - words[to - 1].End);
                if (gap.IndexOfAny("،,.:؛;()") >= 0)
                {
                    break;
                }
            }

            var k = words[to].Key;
            if (to > from && (SpeechCues.SpeakerStops.Contains(k) || SpeechCues.Complementizers.Contains(k) || k is "فان" or "فانه" or "فانها"))
            {
                break;
            }

            to++;
        }

        var speaker = SpeakerSpan(ctx, s, from, to);
        if (PublishedStatement(words, from) && (from + 2 >= words.Count || Quotes.ArabicWords.StripConjunction(words[from + 2].Key) is "علي" or "في" or "عبر" or "امس" or "اليوم"
            || ctx.Text.AsSpan(words[from + 1].End, words[from + 2].Start - words[from + 1].End).IndexOfAny("،,.؛;") >= 0))
        {
            // «…، وفق بيان نشرته على منصة تلغرام»: with no publisher named after it, the pronoun on the verb that published
            // it is the sentence's subject, who speaks; the statement is only the channel.
            speaker = MainSubject(s, w)?.Span;
            viaVerb = true;
        }

        if (speaker is not { } sourceSpan || !(viaVerb || NamesASource(s, sourceSpan)))
        {
            return null;
        }

        TextSpan content;
        var direct = false;
        // «وأكد عون، بحسب بيان لمكتب الإعلام، أن …»: after a verb of saying and its subject, the attribution is an aside
        // of that verb's quote (found from the verb), not the opening of a statement of its own.
        var leading = w <= 2 && !(w > 0 && SpeechCues.Verbs.ContainsKey(ArabicWords.StripConjunction(words[0].Key).ToString()));
        if (leading)
        {
            var start = to < words.Count ? words[to].Start : s.End;
            if (to < words.Count && words[to].Key is "فان" or "ان")
            {
                start = words[to].End;
            }

            (content, direct) = ContentFrom(ctx, s, start);
        }
        else
        {
            var end = words[w].Start;
            while (end > s.Start && !ArabicWords.IsWordChar(text[end - 1]) && text[end - 1] is not ('»' or '"' or '”'))
            {
                end--;
            }

            var clauseStart = s.Start;
            foreach (var q in ctx.Marks)
            {
                // Inside a quotation, the attributed clause starts at the quotation or after the last stop in it.
                if (q.Open < end && q.Close > end && q.Open + 1 > clauseStart)
                {
                    clauseStart = q.Open + 1;
                }
            }

            content = WithoutConnective(text, Trim(text, new TextSpan(clauseStart, Math.Max(clauseStart, end))));
            var firstWord = WordIndexAtOrAfter(s, content.Start);
            if (firstWord < w && w - firstWord <= 5 && SpeechCues.Verbs.ContainsKey(ArabicWords.StripConjunction(words[firstWord].Key).ToString()))
            {
                // «ونفت الخارجية الإيرانية على لسان متحدثها …»: a verb of saying and its subject are no statement; the
                // spokesman speaks for the subject, and what was said follows. So for «ودعا الرئيس السيسي، بحسب بيان
                // للمتحدث الرسمي، المجتمع الدولي إلى …»: the statement is where the call was reported, an aside.
                return null;
            }

            if (ctx.Found.Exists(q => q.Content.Overlaps(content) && !q.Content.Contains(content)))
            {
                return null;
            }
        }

        if (content.Length < 10)
        {
            return null;
        }

        var attributionWord = words[w].Key == "علي" ? new TextSpan(words[w].Start, words[w + 1].End) : words[w].Span;
        Emit(ctx, s, content, attributionWord, speaker, direct, w);
        return to - 1;
    }

    /// <summary>«بحسب مصادر», «وفقا لوكالة الأنباء», «حسب رويترز», not «حسب نوعها» or «وفق خطط واضحة».</summary>
    private static bool NamesASource(SentenceView s, TextSpan span)
    {
        // The actor opens the source («حسب رويترز», «وفقا لوكالة الأنباء»), owns it («حسب نشرية خاصة للمعهد الوطني»)
        // or issued it («حسب بلاغ أصدره ديوان البحرية»); not an actor deep inside a phrase about something else
        // («وفقا لخطة تتضمن انسحاب الحوثيين»).
        var first = WordIndexAtOrAfter(s, span.Start);
        var latest = first + 1 < s.Words.Count ? s.Words[first + 1].Start : span.End;
        foreach (var a in s.Actors)
        {
            if (span.Overlaps(a.Span) && a.Kind is ActorKind.Person or ActorKind.Organization && (a.Start <= latest || SourceOfPhrase(s, first, a)))
            {
                return true;
            }
        }

        foreach (var w in s.Words)
        {
            if (w.Start >= span.Start && w.End <= span.End)
            {
                var k = ArabicWords.ActorKey(w.Key);
                if (SpeechCues.SourceNouns.Contains(k) || (ArabicWords.ActorKeyFallback(k) is { } f && SpeechCues.SourceNouns.Contains(f)))
                {
                    return true;
                }
            }
        }

        return span.Start < s.Text.Length && s.Text[Math.Max(0, span.Start - 1)] is '«' or '"' or '“' or '(';
    }

    /// <summary>Whether actor <paramref name="a"/>, later in a source phrase starting at word <paramref name="first"/>,
    /// is in the genitive of its head («نشرية خاصة للمعهد») or the subject of a relative verb about it («بلاغ أصدره
    /// ديوان البحرية», «ما أكده الشاعر»).</summary>
    private static bool SourceOfPhrase(SentenceView s, int first, ActorMention a)
    {
        for (var i = first; i < s.Words.Count && s.Words[i].Start < a.End; i++)
        {
            var w = s.Words[i];
            if (w.End > a.Start)
            {
                return w.Key.StartsWith('ل');
            }

            if (s.Text[w.End - 1] == 'ه' || (s.Text[w.End - 1] == 'ا' && s.Text[w.End - 2] == 'ه'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Quotations no cue claimed: «…»، قال X — or a quotation opening a sentence right after a quote.</summary>
    private static void AttributeLooseQuotations(Context ctx, ActorView view)
    {
        var text = ctx.Text;
        foreach (var q in ctx.Marks)
        {
            var content = Trim(text, q.Content);
            if (content.Length < 12 || ctx.Found.Exists(f => f.Content.Overlaps(content)) || WordCount(text, content) < 3)
            {
                continue;
            }

            var sentence = SentenceAt(view, q.Open);
            if (sentence is null)
            {
                continue;
            }

            // «…»، قال الوزير / «…»، بحسب الوزير
            var after = WordIndexAtOrAfter(SentenceAt(view, q.Close) ?? sentence, q.Close);
            var tail = SentenceAt(view, q.Close) ?? sentence;
            if (after < tail.Words.Count && tail.Words[after].Start - q.Close < 4)
            {
                var k = ArabicWords.StripConjunction(tail.Words[after].Key).ToString();
                if (SpeechCues.Participles.Contains(k) && MainSubject(tail, after) is { } main)
                {
                    // «…بـ"شن حرب على الأحياء"، داعيا سكان سوق الجمعة إلى …»: a participle after the quotation goes on
                    // with the sentence's subject; the words after it are whom it addresses.
                    Emit(ctx, tail, content, tail.Words[after].Span, main.Span, true, after);
                    continue;
                }

                if (SpeechCues.Verbs.ContainsKey(k) && k.Length < tail.Words[after].Key.Length && GovernedByBa(text, q.Open))
                {
                    // «أشادت السفارة بـ"سير الانتخابات بشكل سلمي"، وحثت القوى السياسية على …»: words quoted after a verb
                    // are its subject's; the joined verb after them goes on with that subject, and whom it urges said
                    // nothing.
                    if (MainSubject(tail, after) is { } governing)
                    {
                        Emit(ctx, tail, content, tail.Words[after].Span, governing.Span, true, after);
                    }

                    continue;
                }

                if (SpeechCues.Verbs.ContainsKey(k) || SpeechCues.Attributions.Contains(k))
                {
                    var from = after + 1;
                    var to = from;
                    while (to < tail.Words.Count && to - from < MaxSpeakerWords && !SpeechCues.SpeakerStops.Contains(tail.Words[to].Key)
                        && (to == from || text.AsSpan(tail.Words[to - 1].End, tail.Words[to].Start - tail.Words[to - 1].End).IndexOfAny("،,.:؛") < 0))
                    {
                        to++;
                    }

                    var speaker = SpeakerSpan(ctx, tail, from, to);
                    if (speaker is not null)
                    {
                        Emit(ctx, tail, content, tail.Words[after].Span, speaker, true, after);
                        continue;
                    }
                }
            }

            // A quotation that opens its sentence and continues the previous speaker's words.
            var opensSentence = q.Open - sentence.Start <= 2;
            if (opensSentence && WordCount(text, content) >= 5 && ctx.Last.Id is not null | ctx.Last.Text is not null
                && ctx.Last.Sentence >= sentence.Index - 2 && ctx.Last.At < q.Open)
            {
                ctx.Found.Add(new FoundQuote(content, null, ctx.Last.Span, ctx.Last.Id, ctx.Last.Text, true, sentence.Index));
            }
        }
    }

    /// <summary>What was said from <paramref name="start"/>: to the closing mark when it opens a quotation, else to the
    /// end of the sentence (or of a quotation that opened inside it and runs past it).</summary>
    private static readonly System.Text.RegularExpressions.Regex ReplyToQuestion = new(
        @"\G(?:ردا|رداً|ردًا|وردا) على (?:سؤال|أسئلة|اسئلة|سؤالٍ)(?: (?:لـ|ل|من)\s*[^\s،,]*(?:\s*\([^)]{1,30}\))?)?(?: حول [^\s،,]+)?[،,]?\s*",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>«ونفى اليحيا ردا على سؤال لـ(كونا) وجود …»: the circumstance of the answer is no part of what was said.</summary>
    private static int AfterReplyToQuestion(string text, int start, int end)
    {
        if (start >= end || text[start] != 'ر' && text[start] != 'و')
        {
            return start;
        }

        var m = ReplyToQuestion.Match(text, start, Math.Min(end - start, 80));
        return m.Success && m.Index == start && start + m.Length < end ? start + m.Length : start;
    }

    private static (TextSpan Content, bool Direct) ContentFrom(Context ctx, SentenceView s, int start, bool nounPhrase = false)
    {
        var text = ctx.Text;
        while (start < s.End && (char.IsWhiteSpace(text[start]) || text[start] == ':'))
        {
            start++;
        }

        // «قال: إن الإصدارات ستبقى …»: a bare complementizer after a colon is not what was said.
        foreach (var w in s.Words)
        {
            if (w.Start == start && w.Key is "ان" or "بان" && w.End < s.End)
            {
                start = w.End;
                while (start < s.End && char.IsWhiteSpace(text[start]))
                {
                    start++;
                }
            }

            if (w.Start >= start)
            {
                break;
            }
        }

        start = AfterReplyToQuestion(text, start, s.End);
        var end = s.End;
        var direct = false;
        var afterComplementizer = s.Words.FindLastIndex(x => x.End <= start) is var before && before >= 0
            && ArabicWords.StripConjunction(s.Words[before].Key).ToString() is "ان" or "انه" or "انها" or "انهم" or "بان" or "بانه" or "بانها";
        for (var i = 0; i < s.Words.Count; i++)
        {
            var w = s.Words[i];
            if (w.Start <= start)
            {
                continue;
            }

            var k = ArabicWords.StripConjunction(w.Key).ToString();
            // «…، فيما رفضت الرياض …», «…، بينما …»: the narration moves on to someone else («فيما يتعلق» does not).
            var contrast = k is "فيما" or "بينما" && PrecededByComma(text, start, w.Start, s.Words)
                && !(i + 1 < s.Words.Count && s.Words[i + 1].Key is "يتعلق" or "يخص" or "بعد");
            if (JoinedParticiple(w.Key) && !afterComplementizer && PrecededByComma(text, start, w.Start, s.Words))
            {
                // «مطالبين بالإفراج عن المعتقلين، ورافعين شعارات …»: another participle of the doers ends what they demand.
                end = w.Start;
                break;
            }

            if (nounPhrase && NounPhraseEnds(s, i) && PrecededByComma(text, start, w.Start, s.Words))
            {
                // «أعلنت الجزائر نزع ملكية عقارات …، وهو ما ردت عليه الرباط …»: what was announced as a noun phrase ends
                // where a new clause opens after a comma.
                end = w.Start;
                break;
            }

            if (((SpeechCues.Verbs.ContainsKey(k) || SpeechCues.Attributions.Contains(k)) && PrecededByComma(text, start, w.Start, s.Words))
                || (SpeechCues.Participles.Contains(k) && (!SpeechCues.AdjectiveParticiples.Contains(k) || PrecededByComma(text, start, w.Start, s.Words))
                    && !ArabicWords.PassiveDemand(text, s.Words, i)) || contrast)
            {
                // «…، مضيفا أن …», «…، وقال …», «…، بحسب المصدر»: the next cue's own quote starts here (before a linking
                // word: «…، لكنه شدد»).
                end = i > 0 && s.Words[i - 1].Start > start && IsButWord(s.Words[i - 1].Key) ? s.Words[i - 1].Start : w.Start;
                break;
            }
        }

        foreach (var q in ctx.Marks)
        {
            if (q.Open == start)
            {
                return (Trim(text, q.Content), true);
            }

            if (q.Open > start && q.Open < end && q.Close > end)
            {
                end = Math.Min(text.Length, q.Close + 1);
            }

            if (q.Open > end)
            {
                break;
            }
        }

        return (Trim(text, new TextSpan(start, Math.Max(start, end))), direct);
    }

    /// <summary>Whether word <paramref name="i"/>, after a comma, opens a clause that ends a noun phrase of what was said (folded keys).</summary>
    private static bool NounPhraseEnds(SentenceView s, int i)
    {
        var k = s.Words[i].Key;
        return k is "وهو" or "وهي" or "وهم" or "وهما" or "فيما" or "بينما" or "حيث" or "اذ" or "وذلك" or "كما" or "مما" or "الامر" or "وسط" or "ما"
            || IsButWord(k) || (k is "في" or "علي" && i + 1 < s.Words.Count && s.Words[i + 1].Key is "حين" or "حد" or "وقت")
            || (k is "غير" or "الا" && i + 1 < s.Words.Count && s.Words[i + 1].Key is "ان" or "انه" or "انها")
            // «…، قبل أن تقرر المحكمة الإفراج عنهم», «…، بعد أن …»: a clause of time.
            || (k is "قبل" or "بعد" or "منذ" && i + 1 < s.Words.Count && s.Words[i + 1].Key == "ان");
    }

    /// <summary>
    /// «أدانت الولايات المتحدة الهجوم، ودعت وزارة الخارجية الأمريكية في بيان الحوثيين إلى …»: right after the verb, an organ
    /// of the subject's own state (its code opens with the state's) is a new subject, not whom the call is to.
    /// </summary>
    private static bool OwnOrganAfter(SentenceView s, int w, TextSpan subject) =>
        w + 1 < s.Words.Count && s.ActorAt(w + 1) is { Code: { Length: >= 6 } organCode } organ && organ.Start == s.Words[w + 1].Start
        && organCode[^3..] is "GOV" or "MIL" or "COP" or "JUD" or "LEG" or "SPY"
        && s.Actors.Find(a => a.Start >= subject.Start && a.Start < subject.End) is { Code: { Length: >= 3 } subjectCode } && organCode[..3] == subjectCode[..3];

    /// <summary>«ورافعين», «ومرددين»: a plural participle joined with «و» (folded key).</summary>
    private static bool JoinedParticiple(string k) =>
        k.Length >= 6 && k[0] == 'و' && k.EndsWith("ين", StringComparison.Ordinal) && (k[1] == 'م' || (k.Length == 7 && k[2] == 'ا'));

    /// <summary>«مصدر», «مصدراً», «مسؤولين»: the head of an unnamed source (an actor key: folded, no article).</summary>
    private static bool IsUnnamedSource(string key) =>
        key.TrimEnd('ا') is "مصدر" or "مصادر" or "مصدرين" or "مسوول" or "مسوولين" or "مسوولون";

    /// <summary>Words that link a clause to the one before a comma: «…، كما أوصت», «…، لكنه شدد».</summary>
    private static readonly FrozenSet<string> LinkingWords = new[]
    {
        "كما", "فيما", "بينما", "حيث", "وقد", "قد", "لكنه", "لكنها", "لكنهم", "ولكنه", "ولكنها", "لكن",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The linking words that start a contrast («لكنه»): a quote before them ends before them.</summary>
    private static bool IsButWord(string key) => key is "لكنه" or "لكنها" or "لكنهم" or "ولكنه" or "ولكنها" or "لكن";

    private static bool PrecededByComma(string text, int min, int at, List<Word> words)
    {
        // Let one linking word stand between: «…، كما أوصت», «…، فيما أشار», «…، لكنه شدد».
        var idx = words.FindIndex(x => x.Start == at);
        if (idx > 0 && LinkingWords.Contains(words[idx - 1].Key))
        {
            at = words[idx - 1].Start;
        }

        var i = at - 1;
        while (i > min && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i > min && text[i] is '،' or ',';
    }

    /// <summary>
    /// The word after a comma-delimited time that starts at word <paramref name="j"/> («، اليوم الأربعاء، …»): at most
    /// four time words, then a comma; -1 when the words there are not such a time.
    /// </summary>
    private static int TimeAsideEnd(Context ctx, SentenceView s, int j)
    {
        var words = s.Words;
        for (var k = j; k < words.Count && k < j + 5; k++)
        {
            if (k > j && ctx.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny("،,") >= 0)
            {
                return k;
            }

            var key = ArabicWords.StripConjunction(words[k].Key).ToString();
            if (!TimeWords.Contains(key) && !AsideDays.Contains(key))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>Days and day parts (folded) that, with the <see cref="TimeWords"/>, make a time aside.</summary>
    private static readonly FrozenSet<string> AsideDays = new[]
    {
        "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "فجر", "يوم", "الحالي", "الجاري", "اول",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Times that may stand between a cue and what was said (folded keys).</summary>
    private static readonly FrozenSet<string> TimeWords = new[]
    {
        "الاسبوع", "الشهر", "العام", "السنه", "اليوم", "امس", "مساء", "صباح", "ليل", "ليله", "الليله", "فجر", "ظهر", "عصر", "الماضي",
        "الماضيه", "المقبل", "المقبله", "الفائت", "الفايت", "الجاري", "الحالي", "الاخير", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
        "الخميس", "الجمعه", "يوم", "اول", "امس،",
        // «الذي أكد آنذاك أن …»: then, at the time.
        "انذاك", "حينها", "حينذاك", "وقتها", "وقتذاك", "يومها", "يومذاك",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Nouns naming a member or a specialist of something, written «X في/عن …» before the person's name.</summary>
    private static readonly FrozenSet<string> MemberHeads = new[]
    {
        "القيادي", "قيادي", "العضو", "عضو", "الباحث", "باحث", "الخبير", "خبير", "النائب", "نائب", "الناشط", "ناشط", "مسوول", "المسوول",
        "الناشطة", "المحلل", "محلل", "الاستاذ", "استاذ", "الضابط", "ضابط", "الكاتب", "المستشار", "الصحفي", "المحامي",
        "المحامية", "الباحثة", "الخبيرة", "النائبة", "القيادية", "العضوة",
    }.Select(w => ArabicWords.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «القيادي (البارز) في حركة الجهاد الإسلامي محمد الهندي», «النائب عن كتلة الوفاء للمقاومة حسن فضل الله»: the
    /// person named right after a member noun's preposition and the body it governs (no verb, no «مع», no comma between),
    /// or null.
    /// </summary>
    private static ActorMention? MemberHolder(SentenceView s, int from, int prep, int to)
    {
        var words = s.Words;
        if (prep - from > 3 || !MemberHeads.Contains(ArabicWords.StripConjunction(words[from].Key).ToString()))
        {
            return null;
        }

        for (var k = from + 1; k < prep; k++)
        {
            if (!words[k].Key.StartsWith("ال", StringComparison.Ordinal) || s.ActorAt(k) is { Kind: ActorKind.Person })
            {
                return null;
            }
        }

        var marks = 0;
        for (var k = prep + 1; k < Math.Min(to, prep + 9) && k < words.Count; k++)
        {
            var gap = s.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            if (IsQuotationMarkGap(gap) && ++marks <= 2)
            {
                // «النائب عن كتلة "الإصلاح" جمال …»: the body's name in quotation marks, opened and closed.
            }
            else if (gap.IndexOfAny("،,.:؛;«\"(") >= 0)
            {
                return null;
            }

            // (The body and the name can be one actor: «حركة الجهاد الإسلامي محمد الهندي».)
            if (k > prep + 1 && s.ActorAt(k) is { Kind: ActorKind.Person } person && person.Start > words[prep].End)
            {
                return person;
            }

            if ((SpeechCues.SpeakerStops.Contains(words[k].Key) || SpeechCues.Verbs.ContainsKey(words[k].Key)) && marks % 2 == 0)
            {
                // (Inside the body's quoted name, «"المجلس الوطني الكردي في سوريا"», a preposition is the name's.)
                return null;
            }
        }

        return null;
    }

    /// <summary>True for the space between two words that holds one quotation mark and nothing else but spaces.</summary>
    private static bool IsQuotationMarkGap(ReadOnlySpan<char> gap) => gap.Trim() is [var c] && c is '«' or '»' or '"' or '“' or '”';

    private static bool PersonWithin(SentenceView s, int from, int to)
    {
        foreach (var a in s.Actors)
        {
            if (a.Kind == ActorKind.Person && a.Start >= from && a.End <= to)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «ونسأل الله أن …», «الله»: God as addressed in a prayer is no speaker (but «حزب الله», «عبد الله», «نصر الله» are
    /// names).
    /// </summary>
    private static bool IsPrayer(ReadOnlySpan<char> actor)
    {
        actor = actor.Trim();
        if (actor.SequenceEqual("الله"))
        {
            return true;
        }

        var space = actor.LastIndexOf(' ');
        if (space <= 0 || !actor[(space + 1)..].SequenceEqual("الله"))
        {
            return false;
        }

        var before = actor[..space];
        var start = before.LastIndexOf(' ') + 1;
        var word = before[start..];
        return word.StartsWith("ونس", StringComparison.Ordinal) || word.StartsWith("نس", StringComparison.Ordinal) || word.StartsWith("ندع", StringComparison.Ordinal) || word.StartsWith("وندع", StringComparison.Ordinal);
    }

    /// <summary>Parties a call is addressed to without being named (folded): «البلدين», «الطرفين», «الأطراف» ….</summary>
    private static readonly FrozenSet<string> Addressees = new[]
    {
        "البلدين", "الطرفين", "الجانبين", "الاطراف", "الحكومتين", "الفرقاء", "الدولتين",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads of a person's title or honorific (folded, article off).</summary>
    private static readonly FrozenSet<string> PersonTitleHeads = new[]
    {
        "رييس", "رييسه", "مدير", "مديره", "وكيل", "نايب", "نايبه", "وزير", "وزيره", "امين", "منسق", "متحدث", "متحدثه", "ناطق",
        "مستشار", "عضو", "محافظ", "امير", "اميره", "ملك", "سفير", "سفيره", "قايد", "دكتور", "دكتوره", "مهندس", "استاذ", "شيخ",
        "لواء", "عميد", "عقيد", "رايد", "مقدم", "نقيب", "فريق", "مشير", "مساعد", "كبير", "مفوض", "قاضي", "مفتي", "امام", "مندوب",
        "مبعوث", "مسؤول", "مسوول", "خبير", "باحث", "محلل", "استشاري", "طبيب", "محامي", "الاعلامي", "اعلامي", "مواطن", "مواطنه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «نفت وزارة الداخلية وجود أي دوافع …»: a speaker phrase over words [from, end) with no name in it (a nationality
    /// adjective is no name) is a definite noun chain; an indefinite word after a definite one starts what was said
    /// («باسم», «لدى», «في», «عن», «من» and numbers go on with it). Returns the phrase's new end.
    /// </summary>
    private static int NounChainEnd(SentenceView s, int from, int end)
    {
        var words = s.Words;
        if (end <= from + 1 || end > words.Count
            || s.Actors.Exists(a => a.Kind != ActorKind.Agent && !(a.Kind == ActorKind.Country && ActorView.IsNisba(s.Text, a))
                && a.Start < words[end - 1].End && a.End > words[from].Start)
            || PersonTitleHeads.Contains(ArabicWords.StripArticle(ArabicWords.StripConjunction(words[from].Key)).ToString()))
        {
            // A person's title goes on with a name the tagger missed («وكيل وزارة النقل المهندس هذلول الهذلول»).
            return end;
        }

        var sawDefinite = false;
        for (var j = from; j < end; j++)
        {
            var raw = words[j].Key;
            var k = ArabicWords.StripConjunction(raw);
            var definite = k.StartsWith("ال", StringComparison.Ordinal) || k.StartsWith("لل", StringComparison.Ordinal) || k.StartsWith("بال", StringComparison.Ordinal);
            // Coordination («وحماية البيئة»), a preposition on a noun («لسلامة المرور»), and function words go on.
            var continues = k.Length < raw.Length || (k.Length > 3 && k[0] is 'ل' or 'ب' or 'ك') || char.IsDigit(k[0])
                || k is "باسم" or "لدي" or "في" or "عن" or "من" or "بها" or "به" or "لها" or "له" or "فيها" or "فيه";
            if (!definite && sawDefinite && !continues)
            {
                return j;
            }

            sawDefinite |= definite;
        }

        return end;
    }

    /// <summary>
    /// «نفت الجزائر الاتهامات المغربية»: a state opening the phrase, then a definite noun that is no part of it: the state
    /// is the subject, the noun what it denied or affirmed. Null when the phrase does not read so.
    /// </summary>
    private static TextSpan? NamedBodyBeforeObject(SentenceView s, TextSpan phrase)
    {
        foreach (var a in s.Actors)
        {
            // A state named by its name (not a nationality adjective), and a noun after it that is no adjective of it
            // («الجنوبية»): organizations are left alone, as a definite adjective often follows their names.
            if (a.Start == phrase.Start && a.End < phrase.End && a.Kind == ActorKind.Country && !ActorView.IsNisba(s.Text, a)
                && WordIndexAtOrAfter(s, a.End) is var next && next < s.Words.Count && s.Words[next].Start < phrase.End
                && ArabicWords.StripConjunction(s.Words[next].Key) is var noun && noun.StartsWith("ال", StringComparison.Ordinal) && !noun.EndsWith("يه", StringComparison.Ordinal) && !noun.EndsWith("ي", StringComparison.Ordinal)
                && s.ActorAt(next) is null)
            {
                return a.Span;
            }
        }

        return null;
    }

    /// <summary>
    /// «ورحب الدبيبة بالقرار، وقال …», «وأكد البرقي أهمية التدريب، مشيرا …»: the subject of a verb that gave no quote,
    /// without the object after it: up to the person named in it, else the phrase less a closing «بال…» object.
    /// </summary>
    private static TextSpan SubjectWithoutObject(SentenceView s, TextSpan phrase)
    {
        if (NamedBodyBeforeObject(s, phrase) is { } body)
        {
            return body;
        }

        var subject = phrase;
        foreach (var a in s.Actors)
        {
            // Two words or more after the name are an object («البرقي أهمية التدريب»); one may end the name.
            if (a.Kind == ActorKind.Person && a.Start >= phrase.Start && a.End <= phrase.End
                && WordIndexAtOrAfter(s, phrase.End) - WordIndexAtOrAfter(s, a.End) >= 2)
            {
                // The title and the person holding it; what follows the name is the object.
                subject = new TextSpan(phrase.Start, a.End);
            }
        }

        var first = WordIndexAtOrAfter(s, subject.Start);
        var last = WordIndexAtOrAfter(s, subject.End) - 1;
        for (var k = first + 1; k <= last; k++)
        {
            if (s.Words[k].Key is "بشده" or "بقوه" or "بحزم" or "بشكل" or "ايضا" or "مجددا" && s.ActorAt(k) is null)
            {
                // «وأدانت المنامة بشدة تلك التصريحات»: a manner adverb ends the subject.
                return new TextSpan(subject.Start, s.Words[k - 1].End);
            }

            // «أشاد الوزير السوداني بالموقف العراقي»: a definite noun with «ب» right after an actor starts the object
            // (not inside a name the tagger missed: «هيئة الأمر بالمعروف»).
            // («رحبت مصر بقرار مجلس الأمن»: so does an indefinite one in construct.)
            // (Not a place or an office of the title: «المتحدث باسم الهيئة بمنطقة عسير».)
            if ((s.Words[k].Key.StartsWith("بال", StringComparison.Ordinal) || (s.Words[k].Key.Length >= 4 && s.Words[k].Key[0] == 'ب'
                    && s.Words[k].Key[1..] is not ("منطقه" or "مدينه" or "محافظه" or "ولايه" or "وزاره" or "هييه" or "مقر" or "اسم" or "رياسه" or "قياده")))
                && s.ActorAt(k) is null && s.ActorAt(k - 1) is { } before
                && before.End == s.Words[k - 1].End)
            {
                return new TextSpan(subject.Start, s.Words[k - 1].End);
            }

            // «وأشاد حزب المساواة وديمقراطية الشعوب المؤيد للأكراد بالخطوة»: so after an adjective and what it is for.
            if (k >= first + 3 && s.Words[k].Key.StartsWith("بال", StringComparison.Ordinal) && s.ActorAt(k) is null
                && s.Words[k - 1].Key.StartsWith('ل') && s.ActorAt(k - 1) is null
                && s.Words[k - 2].Key.StartsWith("ال", StringComparison.Ordinal) && s.ActorAt(k - 2) is null or { Kind: ActorKind.Agent, EntityId: null }
                && s.ActorAt(k - 3) is { } described && described.End == s.Words[k - 3].End)
            {
                return new TextSpan(subject.Start, s.Words[k - 1].End);
            }
        }

        if (s.ActorAt(first) is { Kind: ActorKind.Organization, Code: not null } coded && coded.Start == s.Words[first].Start && coded.End < subject.End
            && WordIndexAtOrAfter(s, coded.End) is var objectAt && objectAt <= last && s.ActorAt(objectAt) is null
            && (s.Words[objectAt].Key.StartsWith("ال", StringComparison.Ordinal)
                // («دانت لجنة حماية الصحفيين عملية الاغتيال»: or an indefinite noun in construct with a definite one.)
                || (objectAt + 1 <= last && s.Words[objectAt + 1].Key.StartsWith("ال", StringComparison.Ordinal) && s.ActorAt(objectAt + 1) is null
                    && s.Words[objectAt].Key[0] is not ('ب' or 'ل' or 'و' or 'ف')))
            && !ArabicWords.IsDefiniteNisba(s.Words[objectAt].Key)
            && s.Text.AsSpan(coded.End, s.Words[objectAt].Start - coded.End).Trim().IsEmpty)
        {
            // «ودانت وزارة الخارجية السورية الغارات»: a definite noun right after a coded body is the verb's object.
            return new TextSpan(subject.Start, coded.End);
        }

        if (s.ActorAt(first) is { Kind: not ActorKind.Person } lead && lead.Start == s.Words[first].Start && lead.End < subject.End
            && Events.ActorView.IsPersonTitle(s.Words[first].Key) && ArabicWords.StripConjunction(s.Words[first].Key).StartsWith("ال", StringComparison.Ordinal)
            && WordIndexAtOrAfter(s, lead.End) is var next && next <= last
            && s.Words[next].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            // «ثمن الوزير السوداني الموقف العراقي»: a title and its nationality are the subject; the definite noun after
            // them is the object.
            return new TextSpan(subject.Start, lead.End);
        }

        return subject;
    }

    /// <summary>Common heads of what is denied, affirmed or announced (folded): «نفى … وجود», «أكد … دعم», «أعلن … مقتل».</summary>
    private static readonly FrozenSet<string> ObjectHeads = new[]
    {
        "وجود", "صحه", "اي", "دعم", "موقف", "حرص", "استعداد", "رفض", "ضروره", "اهميه", "التزام", "تمسك", "مسووليه", "تضامن",
        "ادانه", "اعتقال", "مقتل", "تنفيذ", "استهداف", "وقوع", "سقوط", "نيه", "عزم", "رغبه", "تاييد", "علاقه", "صله", "تورط",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Cues whose object may be what was said as a noun phrase («أكد X أهمية …», «نفى X صحة …»; folded keys).</summary>
    private static readonly FrozenSet<string> ObjectCues = new[] { "اكد", "اكدت", "اكدوا", "نفي", "نفت", "نفوا", "جدد", "جددت", "اعلن", "اعلنت", "اعلنوا" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The object after «أكد/نفى/أعلن/جدد» and a named subject: an actor (a name, an organization, a state, an office and
    /// its holder, an honorific) right after the cue, perhaps an aside, then a noun with no preposition, complementizer or
    /// stop before it. Returns where the subject ends and the object starts (word indices).
    /// </summary>
    private static (int SubjectEnd, int Object)? ObjectAfterNamedSubject(SentenceView s, int w)
    {
        if (!ObjectCues.Contains(ArabicWords.StripConjunction(s.Words[w].Key).ToString()) || w + 2 >= s.Words.Count)
        {
            return null;
        }

        if (SpeechCues.Honorifics.Contains(ArabicWords.Fold(s.Text.AsSpan(s.Words[w + 1].Start, s.Words[w + 1].End - s.Words[w + 1].Start))))
        {
            // «وأكد سموه خلال اللقاء موقف المملكة الثابت …»: the honorific stands for the person named before.
            var afterHonorific = SkipObjectAside(s, w + 2, out var honorificAside);
            return ObjectWord(s, w, afterHonorific, honorificAside) ? (w + 2, afterHonorific) : null;
        }

        var subject = s.ActorAt(w + 1);
        var announces = ArabicWords.StripConjunction(s.Words[w].Key).StartsWith("اعلن", StringComparison.Ordinal);
        // «أعلنت السلطات العسكرية إحباط …», «أعلنت الأجهزة الأمنية اعتقال …»: a state's body announces too.
        // «ونفت الحكومة أي علاقة لها …», «ونفى المتحدث باسم الحركة أي صلة …»: so does a lone body or an office for «نفى/أكد».
        var office = subject is null && Events.ActorView.IsPersonTitle(s.Words[w + 1].Key) && s.Words[w + 1].Key.StartsWith("ال", StringComparison.Ordinal);
        if (subject is { Kind: ActorKind.Agent } agent && s.Words[w + 1].Key.StartsWith("ال", StringComparison.Ordinal)
            && WordIndexAtOrAfter(s, agent.End) is var holderAt && holderAt < s.Words.Count && !ObjectHeads.Contains(s.Words[holderAt].Key))
        {
            // «ونفى الأمين العام للحزب وائل السقا وجود …»: an office, then its holder (whom the tagger may have missed),
            // are the subject; a common head of what is denied or affirmed («وجود», «صحة», «أي», «دعم») ends the name.
            var from = WordIndexAtOrAfter(s, agent.End);
            for (var j = from + 1; j < s.Words.Count && j <= from + 5; j++)
            {
                if (!Adjacent(s, j) || s.ActorAt(j) is { Kind: not ActorKind.Person and not ActorKind.Agent })
                {
                    break;
                }

                if (ObjectHeads.Contains(s.Words[j].Key) && s.ActorAt(j) is null)
                {
                    var after = SkipObjectAside(s, j, out var asideAfter);
                    return after == j && ObjectWord(s, w, j, asideAfter) ? (j, j) : null;
                }
            }
        }
        if (subject is null && !office && BodyChainEnd(s, w + 1) is { } chainEnd)
        {
            // «وأعلنت قيادة شرطة البصرة …», «أعلن جهاز مكافحة الإرهاب …»: a body named by its head noun in construct.
            subject = new ActorMention(s.Words[w + 1].Start, s.Words[chainEnd - 1].End, null, null, ActorKind.Organization);
        }
        else if (subject is null && !office && s.Words[w + 1].Key.StartsWith("ال", StringComparison.Ordinal)
            && (Events.ActorView.IsLoneBodyWord(s.Words[w + 1].Key) || BodyChainHeads.Contains(ArabicWords.StripArticle(s.Words[w + 1].Key).ToString())))
        {
            // «وأعلنت القيادة في بيان منفصل تنفيذ …», «وتنفي الحركة احتجاز …»: a body named before, by its head noun.
            subject = new ActorMention(s.Words[w + 1].Start, s.Words[w + 1].End, null, null, ActorKind.Organization);
        }

        if (!office && (subject is not { } a || a.Kind == ActorKind.Agent && !SpeechCues.SourceNouns.Contains(ArabicWords.StripConjunction(s.Words[w + 1].Key).ToString())
            && !Events.ActorView.IsLoneBodyWord(s.Words[w + 1].Key) && !Events.ActorView.IsPersonTitle(s.Words[w + 1].Key)
            // «أعلن جهاز مكافحة الإرهاب …»: a body's head noun in construct.
            && !BodyChainHeads.Contains(ArabicWords.StripConjunction(s.Words[w + 1].Key).ToString())))
        {
            return null;
        }

        var next = subject is { } named ? WordIndexAtOrAfter(s, named.End) : w + 2;
        if (subject is { Kind: ActorKind.Agent } bare && next == w + 2 && !s.Words[w + 1].Key.StartsWith("ال", StringComparison.Ordinal)
            && Events.ActorView.IsPersonTitle(s.Words[w + 1].Key) && next < s.Words.Count && !s.Words[next].Key.EndsWith('ي')
            && !(s.Words[next].Key is { Length: > 3 } nisba && nisba.EndsWith("يه", StringComparison.Ordinal) && nisba[^3] != 'ي'))
        {
            // «وجدد رئيس هيئة الأركان، …»: an indefinite title goes on in construct; the word after it is no object
            // («مسؤول أمني» goes on with an adjective; «هيئة» is no nisba).
            return null;
        }

        if (next + 1 < s.Words.Count && s.Words[next].Key == "باسم")
        {
            // «المتحدث باسم قوات الدعم السريع الفاتح قرشي», «المتحدث باسم الحركة»: whom the office speaks for, and the
            // holder's name, are the subject.
            next = s.ActorAt(next + 1) is { } spokenFor ? WordIndexAtOrAfter(s, spokenFor.End) : next + 2;
        }

        if (next < s.Words.Count && (office || subject is { Kind: ActorKind.Agent }) && s.ActorAt(next) is { Kind: ActorKind.Person } holder && holder.Start == s.Words[next].Start)
        {
            next = WordIndexAtOrAfter(s, holder.End);
        }
        else if (office || (subject is { Kind: ActorKind.Agent } title && Events.ActorView.IsPersonTitle(s.Words[w + 1].Key)))
        {
            // «نفى عضو المكتب السياسي للجماعة حزام الأسد أي صلة …»: a title's chain, then its holder, are the subject.
            for (var j = next; j < s.Words.Count && j <= next + 6; j++)
            {
                if (j > next && !Adjacent(s, j))
                {
                    break;
                }

                if (s.ActorAt(j) is { Kind: ActorKind.Person } holderAfter && holderAfter.Start == s.Words[j].Start)
                {
                    next = WordIndexAtOrAfter(s, holderAfter.End);
                    break;
                }
            }
        }

        while (next < s.Words.Count && (ArabicWords.IsDefiniteNisba(s.Words[next].Key) || BodyAdjectives.Contains(s.Words[next].Key)
                || NegatedAdjectiveAt(s, next))
            && s.ActorAt(next) is null or { Kind: ActorKind.Agent }
            && s.Text.AsSpan(s.Words[next - 1].End, s.Words[next].Start - s.Words[next - 1].End).Trim().IsEmpty)
        {
            // «أعلنت السلطات الأمنية …»: the subject's adjectives are still the subject; so is a negated one, «جهاز مكافحة
            // الهجرة غير الشرعية».
            next += NegatedAdjectiveAt(s, next) ? 2 : 1;
        }

        if (next + 2 < s.Words.Count && s.Words[next].Key.StartsWith("بحكومه", StringComparison.Ordinal) && Adjacent(s, next))
        {
            // «أعلنت وزارة الداخلية بحكومة الوحدة الوطنية القبض …»: whose government the ministry is, is the subject.
            next++;
            while (next < s.Words.Count && s.Words[next].Key.StartsWith("ال", StringComparison.Ordinal) && Adjacent(s, next) && !IsDefiniteVerbalNoun(s.Words[next].Key))
            {
                next++;
            }
        }

        if (announces && next + 2 < s.Words.Count && s.Words[next].Key == "في" && !StatementNouns.Contains(ArabicWords.StripArticle(s.Words[next + 1].Key).ToString()))
        {
            // «أعلنت الأجهزة الأمنية في شبوة اعتقال …», «وزارة الكهرباء في حكومة الإقليم»: where the body is (or the
            // statement it gave) is part of the subject: a named place, or one word.
            next = s.ActorAt(next + 1) is { Kind: not ActorKind.Person } where && where.Start <= s.Words[next + 1].Start + 1
                ? WordIndexAtOrAfter(s, where.End)
                : next + 2;
        }

        if (next >= s.Words.Count || next - w > MaxSpeakerWords + 4)
        {
            return null;
        }

        var subjectEnd = next;
        // «أعلنت وزارة الدفاع التركية، الجمعة، تحييد …», «ونفى الباشا طبيق، مستشار قائد قوات الدعم السريع، مسؤولية …»,
        // «وأعلنت القيادة في بيان منفصل تنفيذ …»: a time, an apposition or the statement stands between subject and object.
        next = SkipObjectAside(s, next, out var aside);
        return ObjectWord(s, w, next, aside) ? (subjectEnd, next) : null;
    }

    /// <summary>«غير» then a definite adjective at word <paramref name="i"/> («غير الشرعية», «غير الحكومية»): a negated adjective.</summary>
    private static bool NegatedAdjectiveAt(SentenceView s, int i) =>
        s.Words[i].Key == "غير" && i + 1 < s.Words.Count && s.Words[i + 1].Key.StartsWith("ال", StringComparison.Ordinal);

    /// <summary>Whether word <paramref name="next"/> may open the noun phrase a cue at <paramref name="w"/> affirms or denies.</summary>
    private static bool ObjectWord(SentenceView s, int w, int next, bool aside)
    {
        if (next >= s.Words.Count || next - w > MaxSpeakerWords + 16)
        {
            return false;
        }

        var gap = s.Text.AsSpan(s.Words[next - 1].End, s.Words[next].Start - s.Words[next - 1].End);
        var k = s.Words[next].Key;
        // («إلقاء القبض»: a hamza's alef before «ل» is no article; «القبض على», «الانسحاب من»: a definite verbal noun
        // is what was announced.)
        if ((!aside && gap.IndexOfAny("،,.:؛;«\"(") >= 0)
            || (k.StartsWith("ال", StringComparison.Ordinal) && s.Text[s.Words[next].Start] is not ('إ' or 'أ') && !IsDefiniteVerbalNoun(k))
            || (k.Length < 3 && k != "اي") || s.ActorAt(next) is not null
            || SpeechCues.SpeakerStops.Contains(k) || SpeechCues.Complementizers.Contains(k) || k[0] is 'ب' or 'ل'
            || (k[0] is 'ف' or 'و' && ArabicWords.StripConjunction(k).Length < k.Length)
            // «أعلنت الحركة مسؤوليتها عن الهجوم», «أعلن حالة الطوارئ», «حظرا للتجوال»: a claim or a declaration is an act,
            // not what was said.
            || (ArabicWords.StripConjunction(s.Words[w].Key).StartsWith("اعلن", StringComparison.Ordinal) && (k.StartsWith("مسووليت", StringComparison.Ordinal) || k is "حاله" or "تبنيه" or "تبنيها" or "حظرا" or "حظر"))
            // «وأعلنت جيبوتي أول من أمس حاجتها …»: a time between the subject and the object is no object.
            || k is "اول" or "امس" or "مساء" or "صباح" or "فجر" or "ظهر" or "ليل" or "يوم" or "خلال" or "عقب" or "بعد" or "قبل" or "منذ"
            // «أعلنت سلطات دولة الإمارات …»: the head of a state's name goes on with the subject.
            or "دوله" or "جمهوريه" or "مملكه" or "سلطنه" or "اماره" or "حكومه"
            // «أعلن جهاز مكافحة الهجرة غير الشرعية …»: «غير» before a definite adjective negates the subject's last noun.
            || NegatedAdjectiveAt(s, next))
        {
            return false;
        }

        for (var j = next + 1; j < s.Words.Count && j <= next + 15; j++)
        {
            if (s.Text.AsSpan(s.Words[j - 1].End, s.Words[j].Start - s.Words[j - 1].End).IndexOfAny("،,.:؛;") >= 0)
            {
                break;
            }

            if (s.Words[j].Key is "ان" or "انه" or "انها" or "انهم" or "بان" or "بانه" or "بانها"
                // «أعلنت وكالة أعماق التابعة للتنظيم مسؤولية التنظيم عن الهجومين»: a claim is an act, not a statement.
                || (s.Words[j].Key.StartsWith("مسووليه", StringComparison.Ordinal) || s.Words[j].Key.StartsWith("مسووليت", StringComparison.Ordinal))
                    && ArabicWords.StripConjunction(s.Words[w].Key).StartsWith("اعلن", StringComparison.Ordinal))
            {
                // «وأكد السفير في لقاء جمعه برؤساء التحرير … أن …»: a complementizer further on opens what was said; the
                // words before it are circumstance, not an object.
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Definite verbal nouns of the forms اِفعال، اِفتعال، اِنفعال، اِستفعال، تفعيل، تفاعل and a few common others (folded):
    /// «الإفراج», «الانسحاب», «الاعتقال», «الاستعداد», «التمديد», «التعاون», «القبض».
    /// </summary>
    private static bool IsDefiniteVerbalNoun(string key)
    {
        if (!key.StartsWith("ال", StringComparison.Ordinal) || key.Length < 6)
        {
            return key is "القبض" or "الرد";
        }

        var stem = key.AsSpan(2);
        if (stem[^1] is 'ي' or 'ه' or 'ت' || stem.EndsWith("ين") || stem.EndsWith("ون"))
        {
            // Nisbas, feminine and plural forms («الإسلامية», «الانتخابات») are no verbal nouns of these forms.
            return false;
        }

        return (stem[0] == 'ا' && stem.Length is >= 5 and <= 7 && stem[^2] == 'ا' && !stem.StartsWith("اطراف") && !stem.StartsWith("اعلام") && !stem.StartsWith("اسلام"))
            || (stem[0] == 'ت' && stem.Length == 5 && (stem[3] == 'ي' || stem[2] == 'ا'))
            || stem is "قبض" or "توصل" or "تدخل" or "توقف" or "تحرك";
    }

    /// <summary>
    /// Where the object of «أكد/نفى/أعلن» starts after its subject (word <paramref name="next"/>): past an aside set off by
    /// commas (a time, the statement or channel, a circumstance, an apposition naming the subject's office) or, with no
    /// commas, the statement («في بيان منفصل», «خلال اللقاء») or a time («مساء أمس», «الأسبوع الماضي»).
    /// <paramref name="aside"/> tells that a comma aside was passed (the object follows its closing comma).
    /// </summary>
    private static int SkipObjectAside(SentenceView s, int next, out bool aside)
    {
        aside = false;
        var words = s.Words;
        for (var round = 0; round < 3 && next + 1 < words.Count; round++)
        {
            var gap = s.Text.AsSpan(words[next - 1].End, words[next].Start - words[next - 1].End);
            if (gap.IndexOfAny("،,") >= 0)
            {
                var close = -1;
                for (var j = next + 1; j < words.Count && j <= next + 12; j++)
                {
                    var inner = s.Text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
                    if (inner.IndexOfAny(".؛;:") >= 0)
                    {
                        break;
                    }

                    if (inner.IndexOfAny("،,") >= 0)
                    {
                        close = j;
                        break;
                    }
                }

                if (close < 0 || !IsObjectAside(s, next, close))
                {
                    return next;
                }

                next = close;
                aside = true;
                continue;
            }

            var k = ArabicWords.StripConjunction(words[next].Key).ToString();
            if (k is "في" or "خلال" && StatementNouns.Contains(ArabicWords.StripArticle(words[next + 1].Key).ToString()))
            {
                next += 2;
                if (next < words.Count && Adjacent(s, next) && words[next].Key is "منفصل" or "مشترك" or "رسمي" or "صحفي" or "صحافي" or "له" or "لها" or "لهم" or "اليوم")
                {
                    next++;
                }

                continue;
            }

            if (k is "مساء" or "صباح" or "فجر" or "ظهر" or "ليل" && words[next + 1].Key is "امس" or "اليوم" || k is "امس" or "اليوم")
            {
                next += k is "امس" or "اليوم" ? 1 : 2;
                continue;
            }

            if (k is "الاسبوع" or "الشهر" or "العام" && words[next + 1].Key is "الماضي" or "الجاري")
            {
                next += 2;
                continue;
            }

            break;
        }

        return next;
    }

    /// <summary>Words opening an aside of channel, attribution or circumstance (folded, no «و»): «في بيان», «وفق بيان الخارجية», «عقب اللقاء».</summary>
    private static bool OpensCircumstance(string first) =>
        first is "في" or "خلال" or "عبر" or "بحسب" or "حسب" or "وفق" or "وفقا" or "نقلا" or "عقب" or "اثناء";

    /// <summary>Whether words <paramref name="from"/> up to the comma before <paramref name="close"/> are an aside a cue's object may follow.</summary>
    private static bool IsObjectAside(SentenceView s, int from, int close)
    {
        if (TimeAsideEnd(s, from) == close)
        {
            return true;
        }

        var first = ArabicWords.StripConjunction(s.Words[from].Key).ToString();
        return OpensCircumstance(first) || first is "التابع" or "التابعه" or "الذي" or "التي" or "وهو" or "وهي"
            || Events.ActorView.IsPersonTitle(s.Words[from].Key) || AsideBetweenCommas(s, from, close) == 1;
    }

    /// <summary>Definite adjectives of bodies' names that are no nisba (folded): «دائرة المخابرات العامة», «المحكمة العليا».</summary>
    private static readonly FrozenSet<string> BodyAdjectives = new[]
    {
        "العامه", "العام", "العليا", "الاعلي", "الكبري", "الخاصه", "المشتركه", "الموحده", "المستقله", "الدايمه", "المختصه", "الحاكم", "الحاكمه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Whether only white space stands between word <paramref name="j"/> and the word before it.</summary>
    private static bool Adjacent(SentenceView s, int j) => s.Text.AsSpan(s.Words[j - 1].End, s.Words[j].Start - s.Words[j - 1].End).Trim().IsEmpty;

    /// <summary>Head nouns of a state body's name (folded): «قيادة», «جهاز», «مديرية», «وزارة» ….</summary>
    private static readonly FrozenSet<string> BodyChainHeads = new[]
    {
        "قياده", "جهاز", "وزاره", "هييه", "مديريه", "اداره", "مجلس", "لجنه", "قوات", "شرطه", "مكتب", "دايره", "سلطه", "رياسه",
        "محكمه", "نيابه", "غرفه", "خليه", "وكاله", "مفوضيه",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The word after a body's name in construct opening at <paramref name="i"/> («قيادة شرطة البصرة», «جهاز مكافحة
    /// الإرهاب العراقي»): a head noun, indefinite nouns, then a definite word or a name and its nisba adjectives; null
    /// when no such chain stands there.
    /// </summary>
    private static int? BodyChainEnd(SentenceView s, int i)
    {
        if (i >= s.Words.Count || !BodyChainHeads.Contains(ArabicWords.StripConjunction(s.Words[i].Key).ToString()))
        {
            return null;
        }

        var j = i + 1;
        while (j < s.Words.Count && j <= i + 4 && s.ActorAt(j) is null && !s.Words[j].Key.StartsWith("ال", StringComparison.Ordinal)
            && Adjacent(s, j)
            && !SpeechCues.SpeakerStops.Contains(s.Words[j].Key))
        {
            j++;
        }

        if (j >= s.Words.Count || j > i + 4 || !Adjacent(s, j))
        {
            return null;
        }

        if (s.ActorAt(j) is { } named && named.Start == s.Words[j].Start)
        {
            j = WordIndexAtOrAfter(s, named.End);
        }
        else if (s.Words[j].Key.StartsWith("ال", StringComparison.Ordinal) && s.Words[j].Key.Length > 3)
        {
            j++;
        }
        else
        {
            return null;
        }

        while (j < s.Words.Count && ArabicWords.IsDefiniteNisba(s.Words[j].Key) && s.ActorAt(j) is null
            && Adjacent(s, j))
        {
            j++;
        }

        return j;
    }

    /// <summary>
    /// «، الجمعة، », «، مساء الإثنين، »: the word after a time aside that opens at word <paramref name="i"/> and closes with a
    /// comma within three words; null when word <paramref name="i"/> opens no such aside.
    /// </summary>
    private static int? TimeAsideEnd(SentenceView s, int i)
    {
        if (!Events.TriggerLexicon.IsAsideTime(s.Words[i].Key))
        {
            return null;
        }

        for (var j = i + 1; j < s.Words.Count && j <= i + 3; j++)
        {
            if (s.Text.AsSpan(s.Words[j - 1].End, s.Words[j].Start - s.Words[j - 1].End).IndexOfAny("،,") >= 0)
            {
                return j;
            }
        }

        return null;
    }

    /// <summary>A top-level quotation that opens right after <paramref name="from"/> past the sentence end (only white space between).</summary>
    private static Quotation? NextParagraphQuotation(Context ctx, int from, int sentenceEnd)
    {
        var text = ctx.Text;
        var i = from;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ':'))
        {
            i++;
        }

        if (i <= sentenceEnd || i >= text.Length || text.AsSpan(from, i - from).IndexOf('\n') < 0)
        {
            return null;
        }

        foreach (var q in ctx.Marks)
        {
            if (q.Open == i && q.Depth == 0 && q.Close - q.Open > 3)
            {
                return q;
            }
        }

        return null;
    }

    private static bool IsPossessedObject(string text, SentenceView s, TextSpan span)
    {
        if (s.Actors.Any(a => a.Start < span.End && a.End > span.Start))
        {
            return false;
        }

        var phrase = text.AsSpan(span.Start, span.Length).Trim();
        var space = phrase.IndexOf(' ');
        var lastSpace = phrase.LastIndexOf(' ');
        if (space < 0 || phrase.StartsWith("ال", StringComparison.Ordinal) || phrase.StartsWith("وال", StringComparison.Ordinal))
        {
            return false;
        }

        var last = phrase[(lastSpace + 1)..];
        return last.Length >= 4 && (last.EndsWith("ه", StringComparison.Ordinal) || last.EndsWith("ها", StringComparison.Ordinal) || last.EndsWith("هم", StringComparison.Ordinal) || last.EndsWith("هما", StringComparison.Ordinal));
    }

    /// <summary>News outlets a speaker talks to, by their first word (folded): «للأناضول», «لرويترز», «لسكاي نيوز».
    /// (Not «الشرق», «القدس», «الخليج»: «المبعوث الأمريكي للشرق الأوسط» is a title; not «الرأي»: «استطلاع للرأي».)</summary>
    private static readonly FrozenSet<string> Outlets = new[]
    {
        "الاناضول", "الجزيره", "رويترز", "فرانس", "اسوشيتد", "سبوتنيك", "سكاي", "هسبريس", "وام", "واس", "قنا", "كونا", "سانا",
        "وفا", "بترا", "الميادين", "المنار", "اندبندنت", "النهار", "الاهرام", "العربيه", "الحره", "يورونيوز",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«للأناضول», «لرويترز»: a word that is «ل» on the first word of a news outlet.</summary>
    private static bool IsOutletAddressed(string key)
    {
        key = ArabicWords.StripConjunction(key).ToString();
        return key.Length > 3 && key[0] == 'ل'
            && (Outlets.Contains(key[1..]) || (key[1] == 'ل' && Outlets.Contains("ال" + key[2..])));
    }

    /// <summary>
    /// «بيان صادر عن …», «لبيان صادر عن …», «تقرير صادر عن …» at word <paramref name="from"/>: a statement, report or
    /// communiqué (a preposition may be written on it) followed by who issued it, three words on.
    /// </summary>
    private static bool IssuedStatement(List<Word> words, int from) =>
        from + 3 < words.Count
        && ArabicWords.StripConjunction(words[from].Key) is "بيان" or "تقرير" or "بلاغ" or "لبيان" or "لتقرير" or "لبلاغ" or "ببيان"
        && words[from + 1].Key.StartsWith("صادر", StringComparison.Ordinal) && words[from + 2].Key == "عن";

    /// <summary>«بيان نشرته», «بيان أصدرته», «تقرير نشره»: a statement followed by the verb that issued it, its
    /// publisher next.</summary>
    private static bool PublishedStatement(List<Word> words, int from) =>
        from + 2 < words.Count
        && ArabicWords.StripConjunction(words[from].Key) is "بيان" or "تقرير" or "بلاغ" or "لبيان" or "لتقرير" or "ببيان"
        && words[from + 1].Key is "نشرته" or "نشره" or "اصدرته" or "اصدره" or "وزعته" or "وزعه" or "بثته" or "بثه";

    private static TextSpan? SpeakerSpan(Context ctx, SentenceView s, int from, int to)
    {
        var words = s.Words;
        var text = ctx.Text;
        // «وكانت الوزارة قد أعلنت الأسبوع الماضي أن …»: a time between the cue and the complementizer is not who spoke.
        while (from < to && from < words.Count && TimeWords.Contains(ArabicWords.StripConjunction(words[from].Key).ToString()))
        {
            from++;
        }

        // «في وقت اتهمت فيه أحزاب معارضة …»: the resumptive pronoun of «في وقت … فيه» is no part of who speaks.
        if (from + 1 < to && from + 1 < words.Count && words[from].Key is "فيه" or "فيها" && !SpeechCues.Complementizers.Contains(words[from + 1].Key))
        {
            from++;
        }

        // «وقال رعد للصحفيين بعد الجلسة إن …», «بري للنواب»: whom it was said to, after the speaker, is no part of him.
        for (var k = from + 1; k < to && k < words.Count; k++)
        {
            if (ArabicWords.StripConjunction(words[k].Key).ToString() is "للصحفيين" or "للصحافيين" or "للصحافه" or "للنواب" or "للمراسلين" or "للحاضرين"
                or "للمشاركين" or "للاعلاميين" or "لوسايل" or "لوسائل" or "للاعلام" or "للتلفزيون" or "للمواطنين"
                || IsOutletAddressed(words[k].Key))
            {
                if (ctx.Marks.Exists(q => q.Content.Start <= words[k].Start && words[k].End <= q.Content.End))
                {
                    // «"الوكالة الوطنية للإعلام"»: inside a quoted name, part of the name.
                    continue;
                }

                to = k;
                break;
            }
        }

        // «وقال بيان صادر عن إدارة العلاقات العامة للجيش إن …»: the statement is the channel; who issued it speaks.
        if (from + 3 < to && IssuedStatement(words, from))
        {
            from += 3;
        }
        else if (from + 2 < to && PublishedStatement(words, from) && s.ActorAt(from + 2) is { } publisher && publisher.Start == words[from + 2].Start)
        {
            // «بحسب بيان نشرته رئاسة الجمهورية على صفحتها»: who published it speaks.
            from += 2;
        }

        if (from < to && from < words.Count && SpeechCues.Honorifics.Contains(ArabicWords.Fold(text.AsSpan(words[from].Start, words[from].End - words[from].Start))))
        {
            // «وأكد سموه أهمية …»: the honorific is the speaker; what follows it is the object.
            return words[from].Span;
        }

        var end = from;
        while (end < to && end < words.Count && end - from < MaxSpeakerWords)
        {
            if (end > from)
            {
                var gap = text.AsSpan(words[end - 1].End, words[end].Start - words[end - 1].End);
                if (gap.IndexOfAny("،,.:؛;«\"(") >= 0)
                {
                    if (gap.Trim() is "«" or "\"" or "“" && s.ActorAt(end - 1) is { Kind: ActorKind.Organization } quotedBody
                        && quotedBody.Start <= words[end - 1].Start && quotedBody.End >= words[end].End)
                    {
                        // «اتهم فصيل "كتائب سيد الشهداء"»: a head noun and the quoted name after it are one speaker.
                        end = WordIndexAtOrAfter(s, quotedBody.End);
                        var limit = to < words.Count ? words[Math.Max(end, to - 1)].End : s.End;
                        for (var k = end; k < words.Count && k <= end + 2 && words[k].End <= limit; k++)
                        {
                            if (s.ActorAt(k) is { Kind: ActorKind.Person } member && member.Start == words[k].Start && member.End <= limit)
                            {
                                // «عضو كتلة "الوفاء للمقاومة" النائب حسن فضل الله»: the member named after the body (and his
                                // title) is who speaks.
                                return new TextSpan(words[from].Start, member.End);
                            }

                            if (k > end && !Adjacent(s, k))
                            {
                                break;
                            }
                        }
                    }

                    break;
                }
            }

            if (words[end].Key == "لدي" && end > from && PersonWithin(s, words[end].End, to < words.Count ? words[Math.Max(end, to - 1)].End : s.End))
            {
                // «مندوب السودان لدى الأمم المتحدة الحارث إدريس»: «لدى» inside a title, the holder named after it.
                end++;
                continue;
            }

            if (end == from + 1 && words[end].Key == "من" && end + 1 < to && ArabicWords.StripConjunction(words[from].Key).ToString() is "عدد" or "عشرات" or "مئات" or "الاف" or "بعض" or "العديد" or "جميع" or "كل" or "غالبيه" or "اغلبيه" or "معظم")
            {
                // «طالب عدد من نواب مجلس الشعب بـ…»: a count of some of a group; the group is part of who speaks (and
                // ends it: «وطالب عدد من النواب الحكومة بـ…»).
                if (s.ActorAt(end + 1) is { } group && group.Start == words[end + 1].Start)
                {
                    return new TextSpan(words[from].Start, group.End);
                }

                end++;
                continue;
            }

            if (words[end].Key is "في" or "عن" && end > from && MemberHolder(s, from, end, to) is { } holder)
            {
                // «وقال القيادي في حركة الجهاد الإسلامي محمد الهندي إن …», «النائب عن كتلة الوفاء للمقاومة حسن فضل
                // الله»: a member of a body, the body, then the person who is that member.
                return new TextSpan(words[from].Start, holder.End);
            }

            // «مسؤول محلي طلب عدم كشف اسمه»: how the source asked to be kept unnamed is no part of it.
            if (end > from && end + 1 < words.Count && words[end].Key is "طلب" or "طلبت" or "فضل" or "فضلت" or "رفض" or "رفضت" or "اشترط" or "اشترطت"
                && words[end + 1].Key is "عدم" or "الكشف" or "ذكر" or "نشر" or "الافصاح" or "الاشاره")
            {
                break;
            }

            if ((SpeechCues.SpeakerStops.Contains(words[end].Key) && (words[end].Key != "علي" || text[words[end].End - 1] == 'ى'))
                || SpeechCues.Verbs.ContainsKey(words[end].Key) || (words[end].Key.Length > 0 && words[end].Key[0] is 'ل' or 'ب' && end > from && words[end].Start + 1 < text.Length && text[words[end].Start + 1] is 'ـ' or '"' or '«' or '“'))
            {
                break;
            }

            end++;
        }

        end = NounChainEnd(s, from, end);

        if (end > from && end < words.Count && end < to)
        {
            // A long title cut at the word limit still ends with the person's whole name («… الشيخ محمد بن عبد الرحمن آل ثاني»).
            foreach (var a in s.Actors)
            {
                if (a.Kind == ActorKind.Person && a.Start < words[end - 1].End && a.End > words[end - 1].End && a.End <= words[Math.Min(to, words.Count) - 1].End)
                {
                    return new TextSpan(words[from].Start, a.End);
                }
            }
        }

        if (end <= from)
        {
            return null;
        }

        // The closing mark of a quoted name at the end stays with it.
        var last = words[end - 1].End;
        var opened = text.AsSpan(words[from].Start, last - words[from].Start).IndexOfAny("«\"“") >= 0;
        return new TextSpan(words[from].Start, opened && last < s.End && text[last] is '»' or '"' or '”' && s.ActorAt(end - 1) is { Kind: ActorKind.Organization } ? last + 1 : last);
    }

    /// <summary>
    /// «دعت الأمم المتحدة طرفي النزاع إلى …», «حث الوزير الحكومة على …»: after a verb of calling, subject and addressee
    /// stand side by side before the preposition. When an actor opens the phrase and something else follows it, the
    /// actor is who speaks; not when what follows continues it (a genitive «للأمم المتحدة», or a person's name after
    /// a role).
    /// </summary>
    private static TextSpan SubjectBeforeAddressee(SentenceView s, TextSpan phrase)
    {
        // «ودعا الأمين العام للأمم المتحدة البلدين إلى …»: the parties called on, at the end of the phrase, are no part
        // of who calls.
        var last = WordIndexAtOrAfter(s, phrase.End) - 1;
        var first = WordIndexAtOrAfter(s, phrase.Start);
        if (last > first && last < s.Words.Count && Addressees.Contains(ArabicWords.StripConjunction(s.Words[last].Key).ToString())
            && s.ActorAt(last) is null or { Kind: ActorKind.Agent, Code: null, EntityId: null })
        {
            phrase = new TextSpan(phrase.Start, s.Words[last - 1].End);
        }

        // («ودعا المنتدى الحكومة إلى …»: so does any definite noun no dictionary names when a definite actor follows it.)
        if (last > first && (Events.ActorView.IsLoneBodyWord(s.Words[first].Key)
                || (ArabicWords.StripConjunction(s.Words[first].Key).StartsWith("ال", StringComparison.Ordinal) && s.ActorAt(first) is null
                    && s.Words[first + 1].Key.StartsWith("ال", StringComparison.Ordinal)
                    // (a body or a named one, not an adjective the agent list also has: «التجمع المعارض»)
                    && (Events.ActorView.IsLoneBodyWord(s.Words[first + 1].Key) || s.ActorAt(first + 1) is { EntityId: not null, Kind: not ActorKind.Country })))
            && (s.ActorAt(first) is not { } head || head.End <= s.Words[first].End)
            && s.ActorAt(first + 1) is { } addressed && addressed.Start >= s.Words[first + 1].Start - 1 && addressed.Start < phrase.End
            && !(s.Words[first + 1].Key is var adjective && (adjective.EndsWith('ي') || adjective.EndsWith("يه", StringComparison.Ordinal))))
        {
            // «وطالبت المنظمة الرئيس قيس سعيد بـ…», «وطالبت الحركة السلطة الفلسطينية بـ…»: a body named by its definite head
            // alone takes no genitive; the actor after it is whom it addresses.
            return s.Words[first].Span;
        }

        foreach (var a in s.Actors)
        {
            // «ودعا رئيس حكومة الوحدة الوطنية، عبد الحميد الدبيبة، جميع الأجهزة …»: the person named in apposition,
            // between commas after the title, is who calls.
            if (a.Kind == ActorKind.Person && a.Start > phrase.Start && a.End <= phrase.End
                && s.Text.AsSpan(phrase.Start, a.Start - phrase.Start).TrimEnd() is var before && before.Length > 0 && before[^1] is '،' or ',')
            {
                return new TextSpan(phrase.Start, a.End);
            }
        }

        // «اتهمت حركة حماس الأجهزة الأمنية بـ…»: the movement's name may be the actor without its head noun.
        var headed = first + 1 < s.Words.Count && s.Words[first].Start == phrase.Start
            && ArabicWords.StripConjunction(s.Words[first].Key) is "حركه" or "جماعه" or "تنظيم" or "حزب" ? s.Words[first + 1].Start : -1;
        foreach (var actor in s.Actors)
        {
            var a = actor.Start == headed && actor.Kind == ActorKind.Organization ? actor with { Start = phrase.Start } : actor;
            if (a.Start != phrase.Start || a.End >= phrase.End)
            {
                continue;
            }

            var next = WordIndexAtOrAfter(s, a.End);
            if (next >= s.Words.Count || s.Words[next].Start >= phrase.End)
            {
                return phrase;
            }

            var key = s.Words[next].Key;
            if (key.StartsWith('ل') || s.ActorAt(next) is { Kind: ActorKind.Person })
            {
                return phrase;
            }

            // «واتهم النائب عن حركة "حقوق" سعود الساعدي بعض الكتل بـ…»: a member of a body, the body, then the person.
            if (a.Kind == ActorKind.Agent && key is "عن" or "في"
                && MemberHolder(s, WordIndexAtOrAfter(s, a.Start), next, WordIndexAtOrAfter(s, phrase.End)) is { } member && member.End <= phrase.End)
            {
                return new TextSpan(phrase.Start, member.End);
            }

            // «ودعا رئيس مفوضيتها عمر توراي إلى …»: a title, its genitive, then the person holding it.
            if (a.Kind == ActorKind.Agent && s.ActorAt(next) is null && next + 1 < s.Words.Count && s.Words[next + 1].Start < phrase.End
                && s.ActorAt(next + 1) is { Kind: ActorKind.Person } holder && holder.Start == s.Words[next + 1].Start)
            {
                // «واتهم النائب عنها سعود الساعدي الحكومة بـ…»: whom it is addressed to, after the holder, is no part.
                return holder.End < phrase.End && WordIndexAtOrAfter(s, holder.End) is var after && after < s.Words.Count
                    && s.Words[after].Start < phrase.End && s.ActorAt(after) is { Kind: not ActorKind.Person }
                    ? new TextSpan(phrase.Start, holder.End) : phrase;
            }

            // «السلطات الأمنية في مأرب»: the actor's own adjectives after it are still its words.
            var end = a.End;
            for (var j = next; j < s.Words.Count && s.Words[j].Start < phrase.End && s.ActorAt(j) is null && ArabicWords.IsDefiniteNisba(s.Words[j].Key)
                && s.Text.AsSpan(end, s.Words[j].Start - end).Trim().IsEmpty; j++)
            {
                end = s.Words[j].End;
            }

            return new TextSpan(a.Start, end);
        }

        // «دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش طرفي النزاع إلى …»: a title and the person holding it, then
        // whom the call is to (another actor; «رئيس لجنة الاحتراف» goes on with the title).
        foreach (var a in s.Actors)
        {
            if (a.Kind != ActorKind.Person || a.Start <= phrase.Start || a.End >= phrase.End)
            {
                continue;
            }

            var next = WordIndexAtOrAfter(s, a.End);
            if (next < s.Words.Count && s.Words[next].Start < phrase.End && !s.Words[next].Key.StartsWith('ل') && s.ActorAt(next) is { Kind: not ActorKind.Person })
            {
                return new TextSpan(phrase.Start, a.End);
            }
        }

        return phrase;
    }

    /// <summary>Discourse connectives that open a clause and belong to the narration, not to what a source said.</summary>
    private static readonly string[] Connectives =
    [
        "في سياق متصل", "وفي سياق متصل", "في سياق اخر", "وفي سياق اخر", "من جهته", "من جهتها", "من جهتهم", "من جانبه",
        "من جانبها", "من جانبهم", "في المقابل", "وفي المقابل", "الي ذلك", "والي ذلك", "في غضون ذلك", "وفي غضون ذلك",
        "في الاثناء", "وفي الاثناء", "علي صعيد اخر", "وعلي صعيد اخر", "في هذا السياق", "وفي هذا السياق", "بدوره", "بدورها",
        "كذلك", "ميدانيا", "وميدانيا",
    ];

    /// <summary>«وفي سياق متصل، قصفت الطائرات …، بحسب …»: the attributed clause starts after the connective's comma.</summary>
    private static TextSpan WithoutConnective(string text, TextSpan content)
    {
        var span = text.AsSpan(content.Start, Math.Min(content.Length, 40));
        var comma = span.IndexOfAny('،', ',');
        if (comma <= 0)
        {
            return content;
        }

        var head = string.Join(' ', ArabicWords.FoldPhrase(span[..comma].ToString()));
        if (Array.IndexOf(Connectives, head) < 0)
        {
            return content;
        }

        var start = content.Start + comma + 1;
        while (start < content.End && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        return new TextSpan(start, content.End);
    }

    /// <summary>Adds a quote by the speaker of <paramref name="previous"/>.</summary>
    private static void Carry(Context ctx, SentenceView s, TextSpan content, TextSpan cue, bool direct, FoundQuote previous)
    {
        ctx.Found.Add(new FoundQuote(content, cue, previous.SpeakerSpan, previous.SpeakerId, previous.SpeakerText, direct, s.Index));
        ctx.Last = (previous.SpeakerSpan, previous.SpeakerId, previous.SpeakerText!, content.End, s.Index);
    }

    /// <summary>
    /// «المدير», «المتحدث», «المصدر ذاته»: a bare definite office or source (or one with «ذاته/نفسه») points back to the
    /// latest speaker of the last few sentences whose phrase holds the same noun («مدير بلدية المدينة»), or, with
    /// «ذاته/نفسه», to the latest speaker at all.
    /// </summary>
    private static FoundQuote? TitleAnaphor(Context ctx, SentenceView s, string phrase)
    {
        var words = ArabicWords.FoldPhrase(phrase);
        if (words.Length is < 1 or > 2 || !words[0].StartsWith("ال", StringComparison.Ordinal) || words[0].Length < 5)
        {
            return null;
        }

        var same = words.Length == 2 && words[1] is "ذاته" or "نفسه" or "ذاتها" or "نفسها";
        if (words.Length == 2 && !same)
        {
            return null;
        }

        var head = words[0][2..];
        for (var i = ctx.Found.Count - 1; i >= 0 && i >= ctx.Found.Count - 8; i--)
        {
            var q = ctx.Found[i];
            if (q.Sentence < s.Index - 4 || q.SpeakerText is null)
            {
                break;
            }

            var said = ArabicWords.FoldPhrase(q.SpeakerText);
            // («المصدر ذاته» after «مصدر أمني»: the anaphor's «ذاته» is no word of the phrase it points back to.)
            if (said.Length > (same ? 1 : words.Length) && (same || Array.Exists(said, w => w == head || w == words[0])))
            {
                return same || OneBodyNamed(ctx, q.Sentence, s.Index, head, words[0]) ? q : null;
            }
        }

        return null;
    }

    /// <summary>Whether the actors named from sentence <paramref name="from"/> to <paramref name="to"/> with that head
    /// noun are one (two ministries named make «الوزارة» no one in particular).</summary>
    private static bool OneBodyNamed(Context ctx, int from, int to, string head, string definite)
    {
        string? seen = null;
        foreach (var view in ctx.Sentences)
        {
            if (view.Index < from || view.Index > to)
            {
                continue;
            }

            foreach (var a in view.Actors)
            {
                var words = ArabicWords.FoldPhrase(ctx.Text[a.Start..a.End]);
                if (words.Length < 2 || !Array.Exists(words, w => w == head || w == definite))
                {
                    continue;
                }

                var key = a.EntityId ?? string.Join(' ', words);
                if (seen is not null && seen != key)
                {
                    return false;
                }

                seen = key;
            }
        }

        return true;
    }

    /// <summary>The last actor before word <paramref name="w"/> in its clause (up to a comma, a stop or «فيما/بينما») that
    /// no preposition governs.</summary>
    private static ActorMention? SubjectInClause(SentenceView s, int w)
    {
        ActorMention? found = null;
        for (var i = w - 1; i >= 0; i--)
        {
            if (s.Text.AsSpan(s.Words[i].End, s.Words[i + 1].Start - s.Words[i].End).IndexOfAny("،,.؛;:") >= 0)
            {
                break;
            }

            if (s.ActorAt(i) is { } a && a.Start >= s.Words[i].Start && found is null && a.Kind != ActorKind.Agent
                && (i == 0 || s.Words[i - 1].Key is not ("علي" or "في" or "من" or "الي" or "عن" or "مع" or "ضد")) && !s.Words[i].Key.StartsWith('ل'))
            {
                found = a;
            }

            if (ArabicWords.StripConjunction(s.Words[i].Key) is "فيما" or "بينما" or "حين" or "فيما")
            {
                break;
            }
        }

        return found;
    }

    /// <summary>«ليرد عليه المالكي قائلا …»: the actor is the subject of a verb of saying just before it.</summary>
    private static bool SubjectOfSaying(SentenceView s, ActorMention? actor)
    {
        if (actor is not { } a)
        {
            return false;
        }

        if (a.Kind == ActorKind.Person)
        {
            // A person right before the participle is its subject far more often than an object.
            return true;
        }

        var at = WordIndexAtOrAfter(s, a.Start);
        for (var i = at - 1; i >= 0 && i >= at - 3; i--)
        {
            var k = ArabicWords.StripConjunction(s.Words[i].Key).ToString();
            var bare = k.Length > 3 && k[0] == 'ل' ? k[1..] : k;
            bare = bare.Length > 2 && bare[0] is 'ي' or 'ت' && SpeechCues.Verbs.ContainsKey(bare[1..]) ? bare[1..] : bare;
            if (SpeechCues.Verbs.ContainsKey(bare) || SpeechCues.SpeakerOnly.Contains(bare))
            {
                return true;
            }
        }

        return false;
    }

    private static void Emit(Context ctx, SentenceView s, TextSpan content, TextSpan cue, TextSpan? speaker, bool direct, int cueWord)
    {
        if (NamedAs(ctx.Text, s, content.Start))
        {
            // «في القضية المعروفة إعلاميا بـ"التآمر على أمن الدولة"»: a name something goes by is no one's words.
            return;
        }

        string? id = null;
        string? speakerText = null;
        if (speaker is null && SpeechCues.Participles.Contains(s.Words[cueWord].Key) && ctx.Found.Count > 0 && ctx.Found[^1] is { SpeakerText: not null } same
            && same.Sentence == s.Index && same.Content.End <= s.Words[cueWord].Start && !SubjectOfSaying(s, ImmediateSubject(s, cueWord)))
        {
            // «وأضاف أن المعهد … يتبع وزارة الدفاع الأمريكية نافيا أن …»: a participle goes on with the quote just made in
            // its sentence, not with a noun that happens to stand before it.
            Carry(ctx, s, content, cue, direct, same);
            return;
        }

        if (speaker is null && s.Words[cueWord].Key.EndsWith("ت", StringComparison.Ordinal) && !IsClauseBreakBefore(s, cueWord)
            && PrecedingActor(s, cueWord) is { Kind: ActorKind.Agent } counted && ActorLexicon.IsNumber(s.Words[WordIndexAtOrAfter(s, counted.Start)].Key)
            && s.Words.FindAll(x => x.Start >= counted.End && x.End <= s.Words[cueWord].Start).TrueForAll(x => !ArabicWords.StripConjunction(x.Key).StartsWith("ال", StringComparison.Ordinal))
            && MainSubject(s, cueWord) is { Kind: ActorKind.Organization or ActorKind.Country } teller && teller.End <= counted.Start)
        {
            // «فرضت وزارة الخزانة عقوبات على ثلاثة أشخاص وخمس شركات قالت إنهم يديرون شبكة»: a feminine singular verb
            // after a counted group of people is not theirs; the sentence's subject says it.
            speaker = teller.Span;
        }

        speaker ??= ImmediateSubject(s, cueWord)?.Span;
        if (speaker is null && SpeechCues.Participles.Contains(s.Words[cueWord].Key) && RelativeSubject(s, cueWord) is { } denier)
        {
            // «وهو ما نفته وزارة الخارجية الأفغانية، مؤكدة أن …»: the participle goes on with the subject of «ما نفته».
            speaker = denier.Span;
        }

        if (speaker is null && ctx.Last.Sentence != s.Index && SpeechCues.Participles.Contains(s.Words[cueWord].Key)
            && MainSubject(s, cueWord) is { } main)
        {
            // «وكان قائد القوات … قد رفض دعوات الحوار، مؤكدا أن …»: a participle continues its own sentence, whose
            // subject speaks, not whoever spoke in the sentences before.
            speaker = main.Span;
        }

        if (speaker is { } hon && SpeechCues.Honorifics.Contains(ArabicWords.Fold(hon.Of(ctx.Text).AsSpan().Trim())) && Honored(ctx, hon.Start) is { } named)
        {
            speaker = named.Span;
            speakerText = named.Text;
            id = named.Id;
        }
        else if (speaker is { } sp)
        {
            speakerText = sp.Of(ctx.Text);
            id = Link(s, sp);
            var after = WordIndexAtOrAfter(s, sp.End);
            var phrase = after < s.Words.Count && s.Words[after].Key is "ذاته" or "نفسه" or "ذاتها" or "نفسها"
                && s.Text.AsSpan(sp.End, s.Words[after].Start - sp.End).Trim().IsEmpty ? speakerText + " " + s.Words[after].Key : speakerText;
            if (TitleAnaphor(ctx, s, phrase) is { } antecedent
                && (id is null || (antecedent.SpeakerId == id && !antecedent.SpeakerText!.Contains(speakerText, StringComparison.Ordinal))))
            {
                // «وأضاف المدير أن …», «وأوضح المصدر ذاته أن …»: the office or source named just before («ونفى الفصيل أن …»
                // after «فصيل "كتائب سيد الشهداء"», linked to the same faction: its naming words; not a family name the
                // speaker was named by before, «وأضاف البلشي» after «نقيب الصحفيين خالد البلشي»).
                (speaker, id, speakerText) = (antecedent.SpeakerSpan, antecedent.SpeakerId, antecedent.SpeakerText);
            }
        }
        else if (ctx.Last.Sentence >= s.Index - 3 && ctx.Last.Sentence >= 0)
        {
            // «وأضاف أن …»: the speaker of the previous quote carries over.
            speaker = ctx.Last.Span;
            id = ctx.Last.Id;
            speakerText = ctx.Last.Text;
        }
        else if (PrecedingActor(s, cueWord) is { } before)
        {
            speaker = before.Span;
            id = before.EntityId;
            speakerText = before.Span.Of(ctx.Text);
        }

        if (speakerText is not null && IsPrayer(speakerText))
        {
            speakerText = null;
        }

        if (speakerText is null)
        {
            // The guidelines need an identifiable source; a cue with no one behind it («تؤكد المؤشرات») is not a quote.
            return;
        }

        ctx.Found.Add(new FoundQuote(content, cue, speaker, id, speakerText, direct, s.Index));
        if (speakerText is not null)
        {
            ctx.Last = (speaker, id, speakerText, content.End, s.Index);
        }
    }

    /// <summary>
    /// «غير أن مصدراً حكومياً في بورتسودان قال …», «مسؤول في الوزارة أكد …»: a place or a body after «في/من» right before
    /// the cue only says where the source is; the unnamed source a few words before it is the subject, with what follows it.
    /// </summary>
    private static ActorMention? SourceBeforePlace(SentenceView s, ActorMention a)
    {
        var i = WordIndexAtOrAfter(s, a.Start);
        if (i >= s.Words.Count || s.Words[i].Start > a.Start)
        {
            i--;
        }

        if (i < 2 || ArabicWords.StripConjunction(s.Words[i - 1].Key).ToString() is not ("في" or "من" or "داخل" or "لدي"))
        {
            return null;
        }

        for (var j = i - 2; j >= 0 && j >= i - 5; j--)
        {
            if (j + 1 < s.Words.Count && s.Text.AsSpan(s.Words[j].End, s.Words[j + 1].Start - s.Words[j].End).IndexOfAny("،,.:؛;") >= 0)
            {
                return null;
            }

            var key = ArabicWords.ActorKey(s.Words[j].Key);
            if (IsUnnamedSource(key) || (key.EndsWith('ا') && key.Length > 3 ? key[..^1] : key) is "متحدث" or "ناطق" or "مراسل" or "شهود")
            {
                return new ActorMention(s.Words[j].Start, a.End, null, null, ActorKind.Agent);
            }
        }

        return null;
    }

    /// <summary>«ولكن أوباما أقر بأن …»: an actor ending right before the cue, in the same clause, is its subject.</summary>
    /// <summary>
    /// The named actor right before cue <paramref name="cueWord"/> when it opens the sentence or a clause after «أن/إن»,
    /// «لكن», «فيما» or «بينما»: subject, verb, object. Null for participles and for a pronoun's state («بلاده»).
    /// </summary>
    private static ActorMention? FrontedSubject(SentenceView s, int cueWord)
    {
        if (cueWord == 0 || SpeechCues.Participles.Contains(ArabicWords.StripConjunction(s.Words[cueWord].Key).ToString())
            || ArabicWords.StripConjunction(s.Words[cueWord].Key).Length < s.Words[cueWord].Key.Length)
        {
            return null;
        }

        var cueStart = s.Words[cueWord].Start;
        foreach (var a in s.Actors)
        {
            if (a.End > cueStart || a.Pronoun || !s.Text.AsSpan(a.End, cueStart - a.End).Trim().IsEmpty)
            {
                continue;
            }

            var first = WordIndexAtOrAfter(s, a.Start);
            first = first < s.Words.Count && s.Words[first].Start > a.Start ? first - 1 : first;
            if (first <= 0)
            {
                return first == 0 && s.Words[0].Start == a.Start ? a : null;
            }

            return ArabicWords.StripConjunction(s.Words[first - 1].Key).ToString() is "ان" or "بان" or "لان" or "لكن" or "فيما" or "بينما" ? a : null;
        }

        return null;
    }

    private static ActorMention? ImmediateSubject(SentenceView s, int cueWord)
    {
        if (cueWord == 0 || cueWord >= s.Words.Count)
        {
            return null;
        }

        var cueStart = s.Words[cueWord].Start;
        foreach (var a in s.Actors)
        {
            if (a.End <= cueStart && a.End >= s.Words[cueWord - 1].Start && s.Text.AsSpan(a.End, cueStart - a.End).Trim().IsEmpty)
            {
                return SourceBeforePlace(s, a) ?? a;
            }
        }

        // «مصدراً دبلوماسياً خليجياً، طلب عدم ذكر اسمه، قال …»: an aside between commas right before a bare finite
        // cue; the subject stands before it. (A participle or a verb with «و» after a comma goes on with the sentence.)
        if (s.Text.AsSpan(s.Words[cueWord - 1].End, cueStart - s.Words[cueWord - 1].End).IndexOfAny("،,") >= 0
            && !SpeechCues.Participles.Contains(s.Words[cueWord].Key) && ArabicWords.StripConjunction(s.Words[cueWord].Key).Length == s.Words[cueWord].Key.Length)
        {
            for (var i = cueWord - 2; i >= 0 && i >= cueWord - 9; i--)
            {
                if (s.Text.AsSpan(s.Words[i].End, s.Words[i + 1].Start - s.Words[i].End).IndexOfAny("،,") < 0)
                {
                    continue;
                }

                var end = s.Words[i].End;
                foreach (var a in s.Actors)
                {
                    if (a.End == end || (a.End < end && a.End >= s.Words[i].Start))
                    {
                        return a;
                    }
                }

                for (var j = i; j >= 0 && j >= i - 3; j--)
                {
                    if (IsUnnamedSource(ArabicWords.ActorKey(s.Words[j].Key)))
                    {
                        return new ActorMention(s.Words[j].Start, end, null, null, ActorKind.Agent);
                    }
                }

                break;
            }
        }

        // «أما النائب صالح العرموطي فقد صرح بأن …»: the subject stands between «أما» and «فقد».
        if (s.Words[cueWord - 1].Key is "فقد" or "فانه" or "فانها" or "فهو" or "فهي")
        {
            for (var i = cueWord - 2; i >= 0 && i >= cueWord - 10; i--)
            {
                if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "اما" && i + 1 < cueWord - 1)
                {
                    var topic = new TextSpan(s.Words[i + 1].Start, s.Words[cueWord - 2].End);
                    foreach (var a in s.Actors)
                    {
                        if (a.Kind == ActorKind.Person && topic.Start <= a.Start && a.End <= topic.End)
                        {
                            return new ActorMention(topic.Start, a.End, a.EntityId, a.Code, a.Kind);
                        }
                    }

                    return new ActorMention(topic.Start, topic.End, null, null, ActorKind.Agent);
                }
            }
        }

        if (s.Words[cueWord - 1].Key == "قد")
        {
            // «وكان ديفيد كاميرون رئيس الوزراء البريطاني قد وعد …»: the subject sits between «كان» and «قد».
            for (var i = cueWord - 2; i >= 0 && i >= cueWord - 10; i--)
            {
                if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "كان" or "كانت" && i + 1 < cueWord - 1)
                {
                    // «وكان رئيس الحكومة نواف سلام قد أعلن»: the whole subject when it is short, else its first three words.
                    return new ActorMention(s.Words[i + 1].Start, s.Words[cueWord - 2 - (i + 1) <= 5 ? cueWord - 2 : i + 3].End, null, null, ActorKind.Agent);
                }
            }
        }

        // «وكان النادي أشار …»: a definite noun right before the verb, after «كان» or at the clause start.
        var prev = s.Words[cueWord - 1];
        var bare = ArabicWords.StripConjunction(prev.Key);
        if (bare.StartsWith("ال", StringComparison.Ordinal) && bare.Length > 3 && !SpeechCues.SpeakerStops.Contains(prev.Key) && s.Text.AsSpan(prev.End, cueStart - prev.End).Trim().IsEmpty)
        {
            // Walk back over coordinated definite nouns («اللقاءات والدراسات تشير …») to a clause boundary.
            var first = cueWord - 1;
            while (first > 0 && first > cueWord - 4 && ArabicWords.StripConjunction(s.Words[first - 1].Key).StartsWith("ال", StringComparison.Ordinal)
                && !SpeechCues.SpeakerStops.Contains(s.Words[first - 1].Key)
                && s.Text.AsSpan(s.Words[first - 1].End, s.Words[first].Start - s.Words[first - 1].End).Trim().IsEmpty)
            {
                first--;
            }

            var lead = first > 0 ? ArabicWords.StripConjunction(s.Words[first - 1].Key).ToString() : string.Empty;
            if (first == 0 || lead is "كان" or "كانت" or "قد" or "ان" or "انه" or "لكن" or "ولكن" or "اما"
                || s.Text.AsSpan(s.Words[first - 1].End, s.Words[first].Start - s.Words[first - 1].End).IndexOfAny("،,") >= 0)
            {
                return new ActorMention(s.Words[first].Start, prev.End, null, null, ActorKind.Agent);
            }
        }

        return null;
    }

    /// <summary>Who carries the banners named at <paramref name="banner"/>: the nearest actor before them in the clause, else the sentence's subject.</summary>
    private static TextSpan? BannerCarriers(SentenceView s, int banner)
    {
        for (var i = banner - 1; i >= 0 && i >= banner - 3; i--)
        {
            if (i + 1 < s.Words.Count && s.Text.AsSpan(s.Words[i].End, s.Words[i + 1].Start - s.Words[i].End).ContainsAny("،,.؛;"))
            {
                break;
            }

            if (s.ActorAt(i) is { } a)
            {
                return a.Span;
            }

            // «رفع خلالها المشاركون شعارات»: a definite plural before the banners carries them.
            var k = ArabicWords.StripConjunction(s.Words[i].Key);
            if (k.StartsWith("ال", StringComparison.Ordinal) && k.Length > 5 && (k.EndsWith("ون", StringComparison.Ordinal) || k.EndsWith("ين", StringComparison.Ordinal)))
            {
                return s.Words[i].Span;
            }
        }

        // «…، رافعين لافتات تطالب …»: a participle of carrying goes on with the sentence's subject.
        if (banner > 0 && ArabicWords.StripConjunction(s.Words[banner - 1].Key).ToString() is "رافعين" or "حاملين" or "رافعه" or "حامله" or "رافعا" or "حاملا")
        {
            return MainSubject(s, banner)?.Span;
        }

        // «نظم عشرات المحامين وقفة احتجاجية …، ورفعوا شعارات تطالب …»: so does a verb of carrying with the plural pronoun,
        // whose subject may be a counted group (no speaker elsewhere, but the banners' bearers).
        if (banner > 0 && ArabicWords.StripConjunction(s.Words[banner - 1].Key).ToString() is "رفعوا" or "حملوا" or "رددوا" or "رفعن" or "حملن")
        {
            foreach (var a in s.Actors)
            {
                var w = WordIndexAtOrAfter(s, a.Start);
                if (a.End > s.Words[banner].Start || w >= banner)
                {
                    break;
                }

                if (a.Kind == ActorKind.Agent && s.Words[w].Start == a.Start && ActorLexicon.IsNumber(s.Words[w].Key)
                    && (w == 0 || ArabicWords.StripConjunction(s.Words[w - 1].Key) is not ("في" or "من" or "الي" or "علي" or "عن" or "مع")))
                {
                    return a.Span;
                }
            }

            return MainSubject(s, banner)?.Span;
        }

        return null;
    }

    /// <summary>The subject between «كان» and «قد» before the cue: a named actor there, else its first three words.</summary>
    private static TextSpan? KanSubject(SentenceView s, int cueWord)
    {
        if (IsClauseBreakBefore(s, cueWord - 1))
        {
            return null;
        }

        for (var i = cueWord - 2; i >= 0 && i >= cueWord - 12; i--)
        {
            if (ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "كان" or "كانت" or "كانوا" or "كانا")
            {
                if (i + 1 >= cueWord - 1)
                {
                    return null;
                }

                if (cueWord - 1 - (i + 1) <= 6)
                {
                    // The whole subject: «لجنة حماية الصحفيين», not the generic «لجنة» the actor view found in it.
                    return new TextSpan(s.Words[i + 1].Start, s.Words[cueWord - 2].End);
                }

                foreach (var a in s.Actors)
                {
                    if (a.Start >= s.Words[i + 1].Start && a.End <= s.Words[cueWord - 1].Start)
                    {
                        return new TextSpan(a.Start, a.End);
                    }
                }

                return new TextSpan(s.Words[i + 1].Start, s.Words[i + 3].End);
            }

            if (IsClauseBreakBefore(s, i))
            {
                return null;
            }
        }

        return null;
    }

    private static bool IsClauseBreakBefore(SentenceView s, int i) =>
        i > 0 && s.Text.AsSpan(s.Words[i - 1].End, s.Words[i].Start - s.Words[i - 1].End).IndexOfAny("،,.؛;:-–—") >= 0;

    /// <summary>Who «سموه» means: the last person named with a title of honour before it («الأمير فيصل بن خالد»).</summary>
    private static (TextSpan Span, string Text, string? Id)? Honored(Context ctx, int before)
    {
        var text = ctx.Text;
        var at = -1;
        var title = string.Empty;
        foreach (var t in HonorTitles)
        {
            var found = text.LastIndexOf(t, Math.Max(0, before - 1), StringComparison.Ordinal);
            if (found > at)
            {
                (at, title) = (found, t);
            }
        }

        if (at >= 0)
        {

            var start = at + title.Length;
            while (start < text.Length && text[start] == ' ')
            {
                start++;
            }

            // The name: up to four words, through «بن» links.
            var end = start;
            var words = 0;
            while (end < text.Length && words < 4)
            {
                var wordEnd = end;
                while (wordEnd < text.Length && ArabicWords.IsWordChar(text[wordEnd]))
                {
                    wordEnd++;
                }

                if (wordEnd == end)
                {
                    break;
                }

                words++;
                end = wordEnd;
                if (end >= text.Length || text[end] != ' ')
                {
                    break;
                }

                end++;
            }

            end = Math.Max(start, end);
            while (end > start && text[end - 1] == ' ')
            {
                end--;
            }

            if (end > start)
            {
                var span = new TextSpan(start, end);
                // The person the tagger found there, whole, with the entity's id.
                foreach (var sv in ctx.Sentences)
                {
                    if (sv.End < start || sv.Start > end)
                    {
                        continue;
                    }

                    foreach (var a in sv.Actors)
                    {
                        if (a.Kind == ActorKind.Person && a.EntityId is not null && a.Start < end && a.End > start)
                        {
                            return (a.Span, a.Span.Of(text), a.EntityId);
                        }
                    }
                }

                return (span, span.Of(text), null);
            }
        }

        return null;
    }

    private static readonly string[] HonorTitles = ["الأمير", "الملك", "الرئيس", "الشيخ", "الوزير"];

    private static void Remember(Context ctx, SentenceView s, TextSpan? speaker)
    {
        if (speaker is { } hon && SpeechCues.Honorifics.Contains(ArabicWords.Fold(hon.Of(ctx.Text).AsSpan().Trim())) && Honored(ctx, hon.Start) is { } named)
        {
            ctx.Last = (named.Span, named.Id, named.Text, named.Span.End, s.Index);
        }
        else if (speaker is { } sp)
        {
            ctx.Last = (sp, Link(s, sp), sp.Of(ctx.Text), sp.End, s.Index);
        }
    }

    /// <summary>Whether only white space stands before a quotation mark at the start of <paramref name="rest"/>.</summary>
    private static bool NextQuotationOpensAt(ReadOnlySpan<char> rest)
    {
        var t = rest.TrimStart();
        return t.Length > 0 && t[0] is '«' or '"' or '“';
    }

    /// <summary>Whether a long quotation opens within <paramref name="reach"/> words from word <paramref name="from"/> with no sentence-internal break before it.</summary>
    private static bool QuotationAhead(Context ctx, SentenceView s, int from, int reach)
    {
        if (from >= s.Words.Count)
        {
            return false;
        }

        var limit = s.Words[Math.Min(s.Words.Count - 1, from + reach)].End;
        foreach (var q in ctx.Marks)
        {
            if (q.Open >= s.Words[from].Start && q.Open < limit)
            {
                return WordCount(ctx.Text, q.Content) > 3 && s.Text.AsSpan(s.Words[from].Start, q.Open - s.Words[from].Start).IndexOfAny(".؛;:") < 0;
            }

            if (q.Open >= limit)
            {
                break;
            }
        }

        return false;
    }

    /// <summary>
    /// What stands between two commas after a speaker: 1 for a person's name in apposition («، أحمد فهمي،»), 2 for an
    /// addressee, a channel or a place («، للصحفيين،», «، لشفق نيوز،», «، في الرباط،»), 0 for anything else.
    /// </summary>
    private static int AsideBetweenCommas(SentenceView s, int from, int to)
    {
        // «، الدكتور ماجد الأنصاري،», «، هو أحمد حلمي،»: an honorific, a rank or «هو» may stand before the name.
        var at = from;
        while (at < to - 1 && at < from + 2 && ArabicWords.StripConjunction(s.Words[at].Key).ToString() is "هو" or "هي" or "الدكتور" or "الدكتوره" or "د" or "المهندس"
            or "الشيخ" or "السفير" or "اللواء" or "العميد" or "العقيد" or "الفريق" or "الاستاذ" or "السيد" or "السيده" or "المستشار" or "القاضي" or "الركن"
            or "الجنرال" or "الرائد" or "المقدم" or "النقيب" or "العماد" or "الاميرال" or "المشير")
        {
            at++;
        }

        // (The person's actor may begin at the office before the comma: «وزير الخارجية، السيد أحمد عطاف،».)
        if (s.ActorAt(at) is { Kind: ActorKind.Person } person && (person.Start == s.Words[at].Start || person.Start <= s.Words[from].Start)
            && WordIndexAtOrAfter(s, person.End) == to)
        {
            return 1;
        }

        // «، الجنرال بات رايدر،»: the tagger found the family name only; the word before it, after a rank, is the
        // given name.
        if (at > from && at + 1 < to && s.ActorAt(at) is null && s.ActorAt(at + 1) is { Kind: ActorKind.Person } surname
            && surname.Start == s.Words[at + 1].Start && WordIndexAtOrAfter(s, surname.End) == to && !SpeechCues.SpeakerStops.Contains(s.Words[at].Key))
        {
            return 1;
        }

        var first = s.Words[from].Key;
        return SpeechCues.SpeakerStops.Contains(first) || (first.Length > 3 && first[0] == 'ل' && !SpeechCues.Complementizers.Contains(first)) ? 2 : 0;
    }

    /// <summary>Whether what was said opens with a quotation mark, perhaps after «أن/أنه/أنها»: «أنه "أخبار مفبركة"».</summary>
    private static bool OpensWithQuotation(string text, TextSpan content)
    {
        var span = text.AsSpan(content.Start, content.Length).TrimStart();
        foreach (var lead in (ReadOnlySpan<string>)["أنها ", "أنه ", "أن ", "انها ", "انه ", "ان "])
        {
            if (span.StartsWith(lead, StringComparison.Ordinal))
            {
                span = span[lead.Length..].TrimStart();
                break;
            }
        }

        return span.Length > 0 && span[0] is '«' or '"' or '“';
    }

    /// <summary>Words whose first ب is their own, not «بـ» (folded): «بيان», «بين», «بعد».</summary>
    private static readonly FrozenSet<string> OwnB = new[]
    {
        "بيان", "بيانه", "بيانها", "بيانات", "بلاغ", "بين", "بعد", "بعض", "بلاد", "بلاده", "بلادها", "بلد", "بلدان", "بعثه", "برلمان",
        "بريطانيا", "بكين", "بغداد", "بيروت", "بروكسل", "برلين", "باريس", "بلغراد", "بنغازي", "باكستان", "بنما", "بوركينا",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «…، القائد في الجيش الصومالي، لوكالة الأنباء الصومالية إن …», «…، وهو أحد منظمي الحراك، لعنب بلدي، إن …»: after
    /// an aside, whom it was said to (a word with «لـ», up to six words, perhaps closed by a comma) before the
    /// complementizer. The complementizer's index, or <paramref name="j"/> when there is no such channel.
    /// </summary>
    private static int ChannelThenComplementizer(SentenceView s, int j)
    {
        var words = s.Words;
        var first = words[j].Key;
        if (first is "في" or "خلال" or "عبر" && j + 1 < words.Count && StatementNouns.Contains(ArabicWords.StripArticle(words[j + 1].Key).ToString()))
        {
            // «وقال السفير …، المتحدث الرسمي باسم وزارة الخارجية، في بيان، إن …»: after the apposition, the statement it
            // was made in, set off by its own comma, then the complementizer.
            return ComplementizerAfterChannel(s, j, j + 2, j + 7, ".؛;:«\"“");
        }

        if (first.Length < 2 || first[0] != 'ل' || SpeechCues.Complementizers.Contains(first) || s.ActorAt(j) is { Kind: ActorKind.Person })
        {
            return j;
        }

        return ComplementizerAfterChannel(s, j, j + 1, j + 6, ".؛;:");
    }

    /// <summary>
    /// The complementizer («أن», «إن», «بأن» …) that ends a channel phrase opening at <paramref name="j"/>, looked for from
    /// word <paramref name="from"/> to word <paramref name="last"/>; <paramref name="j"/> when a stop in
    /// <paramref name="stops"/>, a comma or a verb of saying comes first, or the complementizer is another.
    /// </summary>
    private static int ComplementizerAfterChannel(SentenceView s, int j, int from, int last, string stops)
    {
        var words = s.Words;
        for (var k = from; k < words.Count && k <= last; k++)
        {
            var gap = s.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End);
            if (gap.IndexOfAny(stops) >= 0)
            {
                return j;
            }

            if (SpeechCues.Complementizers.Contains(words[k].Key))
            {
                return words[k].Key is "ان" or "انه" or "انها" or "انهم" or "بان" ? k : j;
            }

            if (gap.IndexOfAny("،,") >= 0 || SpeechCues.Verbs.ContainsKey(words[k].Key))
            {
                return j;
            }
        }

        return j;
    }

    /// <summary>Nouns of the statement a speaker made («في تصريح», «في مؤتمر صحفي», «خلال كلمة»), folded.</summary>
    private static readonly FrozenSet<string> StatementNouns = new[]
    {
        "تصريح", "تصريحات", "حديث", "مقابله", "بيان", "موتمر", "كلمه", "لقاء", "تغريده", "تدوينه", "منشور", "رساله", "ندوه",
        "خطاب", "اتصال", "جلسه", "اجتماع",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Whether words <paramref name="from"/> up to the comma before <paramref name="comma"/> are the statement the speaker
    /// made and whom to: «في تصريح لقناة المملكة», «خلال مؤتمر صحفي في عمان» (a preposition of channel, a statement noun,
    /// at most six words, no comma inside).
    /// </summary>
    private static bool ChannelPhrase(SentenceView s, int from, int comma)
    {
        var words = s.Words;
        if (comma - from < 2 || comma - from > 7 || words[from].Key is not ("في" or "خلال")
            || !StatementNouns.Contains(ArabicWords.StripArticle(words[from + 1].Key).ToString()))
        {
            return false;
        }

        for (var k = from + 1; k < comma; k++)
        {
            if (s.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny("،,.؛;:") >= 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Where what was said starts when whom a call is to (up to four words, no punctuation) and the cue's preposition
    /// follow word <paramref name="j"/>: «المجتمع الدولي إلى …», «الحكومة بـ…»; null otherwise.
    /// </summary>
    /// <summary>
    /// Where a call's content starts when an aside closes at word <paramref name="close"/> (it opened at
    /// <paramref name="open"/>): the cue's preposition right after it («ودعا X المؤسسات الدولية، وفي مقدمتها …، إلى "…"»),
    /// or, after a channel, an attribution or a time, whom the call is to and then the preposition («وطالب الوزير، وفق بيان
    /// الخارجية، الجانب الأمريكي بممارسة …»); null otherwise.
    /// </summary>
    private static int? CallAfterAside(SentenceView s, int open, int close, string[] prepositions)
    {
        var words = s.Words;
        var k = words[close].Key;
        if (Array.IndexOf(prepositions, k) >= 0 && (k != "علي" || s.Text[words[close].End - 1] == 'ى'))
        {
            return words[close].End;
        }

        var first = ArabicWords.StripConjunction(words[open].Key).ToString();
        return OpensCircumstance(first) || Events.TriggerLexicon.IsAsideTime(words[open].Key)
            ? PrepositionAfterAddressee(s, close, prepositions)
            : null;
    }

    private static int? PrepositionAfterAddressee(SentenceView s, int j, string[] prepositions)
    {
        var words = s.Words;
        if (ArabicWords.StripConjunction(words[j].Key).Length < words[j].Key.Length)
        {
            // «…، وحرص المملكة على تعزيزها»: a clause joined after the comma is no addressee.
            return null;
        }

        for (var k = j + 1; k < words.Count && k <= j + 4; k++)
        {
            if (s.Text.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).IndexOfAny(".،,؛;:«\"“(") >= 0
                || SpeechCues.Complementizers.Contains(words[k].Key))
            {
                return null;
            }

            foreach (var p in prepositions)
            {
                if (words[k].Key == p)
                {
                    return words[k].End;
                }

                if (p.Length == 1 && words[k].Key.Length > 3 && words[k].Key[0] == p[0] && (words[k].Key.AsSpan(1).StartsWith("ال", StringComparison.Ordinal)
                    // «الجانب الأمريكي بممارسة ضغوط …»: a verbal noun with the ب written on it.
                    || (p == "ب" && k > j + 1 && !OwnB.Contains(words[k].Key) && s.ActorAt(k) is null)))
                {
                    return words[k].Start + 1;
                }
            }
        }

        return null;
    }

    /// <summary>«وصف», «وصفه», «ووصفته» (folded key): a form of describing, with or without «و».</summary>
    private static bool Describing(string key) =>
        key.StartsWith("وصف", StringComparison.Ordinal) || ArabicWords.StripConjunction(key).StartsWith("وصف", StringComparison.Ordinal);

    /// <summary>
    /// Where the quotation mark stands when <paramref name="word"/> is «بـ» (or «ب») written right before one («ما وصفه
    /// بـ"التدخل السافر"»: the describer's own quoted words); -1 otherwise.
    /// </summary>
    private static int QuotationAfterBa(string text, Word word)
    {
        if (text[word.Start] != 'ب')
        {
            return -1;
        }

        var i = word.Start + 1;
        while (i < text.Length && (text[i] == 'ـ' || text[i] == ' '))
        {
            i++;
        }

        return i < text.Length && text[i] is '«' or '"' or '“' ? i : -1;
    }

    /// <summary>
    /// Whether the quotation that opens at or just before <paramref name="start"/> follows a word of naming («المعروفة
    /// بـ"…"», «المعروف إعلاميا باسم "…"», «المسماة "…"»), an adverb allowed between.
    /// </summary>
    private static bool NamedAs(string text, SentenceView s, int start)
    {
        var mark = start - 1;
        while (mark >= s.Start && text[mark] is ' ')
        {
            mark--;
        }

        if (mark < s.Start || text[mark] is not ('«' or '"' or '“'))
        {
            return false;
        }

        var i = WordIndexAtOrAfter(s, mark) - 1;
        if (i >= 0 && s.Words[i].Key is "ب" or "باسم" or "اسم")
        {
            i--;
        }

        if (i >= 0 && s.Words[i].Key.EndsWith("يا", StringComparison.Ordinal) && !s.Words[i].Key.StartsWith("ال", StringComparison.Ordinal))
        {
            // («إعلاميا», «شعبيا»)
            i--;
        }

        return i >= 0 && ArabicWords.StripConjunction(s.Words[i].Key).ToString() is "المعروف" or "المعروفه" or "المعروفين" or "المعروفه" or "معروفه" or "معروف"
            or "المسمي" or "المسماه" or "الملقب" or "الملقبه" or "الموسومه" or "الموسوم" or "عنوان" or "بعنوان" or "شعار" or "بشعار" or "تحت";
    }

    /// <summary>
    /// «ووصفه مستشارها الإعلامي في تصريح لـ"الجزيرة نت" بأنه "…"»: a describing verb (its object on it or after the
    /// subject) whose subject and channel come before «بأنه "…"» or «بـ"…"» (within twelve words, in the clause).
    /// </summary>
    private static bool DescribedLater(string text, SentenceView s, int w)
    {
        // («ووصف الوزير الهجوم بأنه "عمل جبان"», «ووصفت الخارجية القرار بـ"…"»: the object may be a noun after the subject.)
        for (var j = w + 2; j < s.Words.Count && j <= w + 12; j++)
        {
            if (text.AsSpan(s.Words[j - 1].End, s.Words[j].Start - s.Words[j - 1].End).IndexOfAny(".؛;:") >= 0)
            {
                return false;
            }

            if ((s.Words[j].Key is "بانه" or "بانها" or "بانهم" && j + 1 < s.Words.Count && text.AsSpan(s.Words[j].End, s.Words[j + 1].Start - s.Words[j].End).IndexOfAny("«\"“") >= 0)
                || QuotationAfterBa(text, s.Words[j]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word «بـ» (or «بأنه») written right before a quotation within ten words after the describing verb at
    /// <paramref name="w"/> (no stop or comma between); -1 when there is none.</summary>
    private static int DescribedAs(string text, SentenceView s, int w)
    {
        for (var j = w + 2; j < s.Words.Count && j <= w + 10; j++)
        {
            if (text.AsSpan(s.Words[j - 1].End, s.Words[j].Start - s.Words[j - 1].End).IndexOfAny(".؛;:،,«\"“") >= 0)
            {
                return -1;
            }

            if (QuotationAfterBa(text, s.Words[j]) >= 0 || QuotationAfterBianna(text, s, j) >= 0)
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Where the quotation mark stands right after «بأنه/بأنها/بأنهم» at word <paramref name="j"/>; -1 otherwise.</summary>
    private static int QuotationAfterBianna(string text, SentenceView s, int j)
    {
        if (s.Words[j].Key is not ("بانه" or "بانها" or "بانهم"))
        {
            return -1;
        }

        var i = s.Words[j].End;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        return i < text.Length && text[i] is '«' or '"' or '“' ? i : -1;
    }

    /// <summary>Whether the quotation mark at <paramref name="open"/> has «بـ» or «ب» written right before it («أشاد
    /// بـ"…"»).</summary>
    private static bool GovernedByBa(string text, int open)
    {
        var i = open - 1;
        while (i >= 0 && text[i] is 'ـ' or ' ')
        {
            i--;
        }

        return i >= 0 && text[i] == 'ب' && (i == 0 || char.IsWhiteSpace(text[i - 1]) || text[i - 1] is 'و');
    }

    /// <summary>
    /// Whether a person's name starts right after the closing mark at <paramref name="close"/>: «مسؤول العلاقات الخارجية في
    /// "الإدارة الذاتية لشمال وشرق سوريا" بدران شيخو»; the quoted words are a body's name, not what was said.
    /// </summary>
    private static bool PersonRightAfter(SentenceView s, int close)
    {
        var i = WordIndexAtOrAfter(s, close + 1);
        return i < s.Words.Count && s.Text.AsSpan(close + 1, s.Words[i].Start - close - 1).Trim().IsEmpty
            && s.ActorAt(i) is { Kind: ActorKind.Person } p && p.Start == s.Words[i].Start;
    }

    /// <summary>«أعلن «حزب الله» أنه …»: a complementizer right after a short quotation makes the quotation the subject.</summary>
    private static bool ComplementizerAfter(SentenceView s, int close)
    {
        var words = s.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (words[i].Start > close)
            {
                // «وذكرت "الوكالة الوطنية للإعلام" الرسمية أن …»: up to two adjectives of the name may come first.
                for (var k = i; k < words.Count && k <= i + 2; k++)
                {
                    var from = k == i ? close + 1 : words[k - 1].End;
                    if (!s.Text.AsSpan(from, words[k].Start - from).Trim().IsEmpty)
                    {
                        return false;
                    }

                    if (SpeechCues.Complementizers.Contains(words[k].Key))
                    {
                        return true;
                    }

                    if (!words[k].Key.StartsWith("ال", StringComparison.Ordinal) || SpeechCues.SpeakerStops.Contains(words[k].Key))
                    {
                        return false;
                    }
                }

                return false;
            }
        }

        return false;
    }

    private static int? ShortQuotation(Context ctx, SentenceView s, int open)
    {
        foreach (var q in ctx.Marks)
        {
            if (q.Open == open)
            {
                // A longer quoted name the recognizer took for an organization («منظمة "محامون من أجل العدالة في ليبيا"»)
                // is a name too.
                // So is a name of up to six words right before the complementizer («وأفاد "مرصد حقوق الإنسان في العراق"
                // بأن …»): what was said follows it.
                var words = WordCount(ctx.Text, q.Content);
                return (words <= 3 || s.Actors.Exists(a => a.Kind == ActorKind.Organization && a.Start <= q.Content.Start + 1 && a.End >= q.Content.End - 1)
                        || (words <= 6 && ctx.Text.AsSpan(q.Content.Start, q.Content.End - q.Content.Start).IndexOfAny("،,.:؛;!?؟") < 0
                            && (ComplementizerAfter(s, q.Close) || PersonRightAfter(s, q.Close))))
                    && q.Close < ctx.Text.Length && ctx.Text[q.Close] is '»' or '"' or '”' ? q.Close : null;
            }

            if (q.Open > open)
            {
                break;
            }
        }

        return null;
    }

    /// <summary>The entity the speaker phrase names: a person first, then an organization, then anything named.</summary>
    /// <summary>Heads of non-state bodies (actor keys): «نادي الأسير الفلسطيني» speaks for itself, not for Palestine.</summary>
    private static readonly FrozenSet<string> BodyHeads = new[]
    {
        "نادي", "شبكه", "منظمه", "جمعيه", "مركز", "اتحاد", "نقابه", "رابطه", "هيئه", "هييه", "مرصد", "حمله", "ائتلاف", "ايتلاف", "تحالف", "لجنه", "جبهه",
        "تجمع", "مؤسسه", "موسسه", "معهد", "جامعه", "صحيفه", "وكاله", "قناه", "موقع", "شركه", "بنك", "مصرف", "اكاديميه", "مستشفي", "غرفه",
    }.Select(w => ArabicWords.ActorKey(ArabicWords.Fold(w))).ToFrozenSet(StringComparer.Ordinal);

    private static string? Link(SentenceView s, TextSpan speaker)
    {
        string? best = null;
        var rank = int.MaxValue;
        var first = WordIndexAtOrAfter(s, speaker.Start);
        var body = first < s.Words.Count && (BodyHeads.Contains(ArabicWords.ActorKey(s.Words[first].Key))
            || BodyChainHeads.Contains(ArabicWords.StripConjunction(s.Words[first].Key).ToString()));
        // «مصدر حكومي في بورتسودان», «مسؤول في الوزارة»: an unnamed source is nobody's mention; where it is placed is not who speaks.
        var unnamed = first < s.Words.Count && IsUnnamedSource(ArabicWords.ActorKey(s.Words[first].Key));
        foreach (var a in s.Actors)
        {
            if (a.EntityId is null || !speaker.Overlaps(a.Span) || (body && a.Kind == ActorKind.Country && a.Start > speaker.Start)
                || (unnamed && a.Start > speaker.Start && a.Kind is ActorKind.Country or ActorKind.Organization))
            {
                continue;
            }

            var r = a.Kind switch { ActorKind.Person => 0, ActorKind.Organization => 1, _ => 2 };
            if (r < rank)
            {
                rank = r;
                best = a.EntityId;
            }
        }

        return best;
    }

    /// <summary>
    /// «… وهو ما نفته وزارة الخارجية الأفغانية، مؤكدة …»: the actor right after «ما» / «الذي» / «التي» and one verb,
    /// ending at the comma before the participle at <paramref name="cueWord"/>; null when the clause does not read so.
    /// </summary>
    private static ActorMention? RelativeSubject(SentenceView s, int cueWord)
    {
        for (var i = cueWord - 3; i >= 0 && i >= cueWord - 10; i--)
        {
            if (ArabicWords.StripConjunction(s.Words[i].Key) is not ("ما" or "الذي" or "التي"))
            {
                continue;
            }

            return s.ActorAt(i + 2) is { } a && a.Start == s.Words[i + 2].Start && a.End <= s.Words[cueWord].Start
                && WordIndexAtOrAfter(s, a.End) == cueWord && s.Text.AsSpan(a.End, s.Words[cueWord].Start - a.End).IndexOfAny("،,") >= 0
                ? a : null;
        }

        return null;
    }

    /// <summary>The first actor of the sentence before <paramref name="cueWord"/> that no preposition governs.</summary>
    /// <summary>«وأصدرت الحركة بيانا قالت فيه»: the first definite noun of the sentence before the cue, not after a
    /// preposition: the subject of its first verb where no actor names it.</summary>
    /// <summary>
    /// «تلقى الرئيس عون اتصالا هاتفيا من أمير قطر …، أكد خلاله …»: the actor after «من» that follows a call taken with
    /// «تلقى» in the same clause before the cue; null when the cue's clause names no received call.
    /// </summary>
    private static ActorMention? CallerOfReceivedCall(SentenceView s, int cueWord)
    {
        var words = s.Words;
        for (var i = cueWord - 1; i >= 0 && i >= cueWord - 25; i--)
        {
            if (!EventCoder.IsReceiveVerb(words[i].Key))
            {
                continue;
            }

            for (var j = i + 1; j + 1 < cueWord && j <= i + 6; j++)
            {
                if (words[j].Key == "من" && s.ActorAt(j + 1) is { Kind: not ActorKind.Agent } caller && caller.End <= words[cueWord].Start)
                {
                    return caller;
                }
            }

            return null;
        }

        return null;
    }

    private static TextSpan? FirstDefiniteBefore(SentenceView s, int cueWord)
    {
        for (var i = 1; i < cueWord && i < 4; i++)
        {
            var key = s.Words[i].Key;
            if (key.StartsWith("ال", StringComparison.Ordinal) && key.Length > 3 && !TimeWords.Contains(key)
                && ArabicWords.StripConjunction(s.Words[i - 1].Key) is not ("في" or "من" or "الي" or "علي" or "عن" or "مع" or "لدي"))
            {
                return s.Words[i].Span;
            }
        }

        return null;
    }

    /// <summary>Heads of bodies' names whose first letter is their own, not a preposition: «لجنة حماية الصحفيين», «برنامج
    /// الأغذية العالمي», «بعثة الأمم المتحدة» (folded).</summary>
    private static readonly FrozenSet<string> OwnLetterHeads = new[]
    {
        "لجنه", "لجان", "بنك", "بلديه", "برلمان", "برنامج", "بعثه", "بورصه",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static ActorMention? MainSubject(SentenceView s, int cueWord)
    {
        // «ورحبت السلطة بالقرار، بينما رفضته حركة حماس، وقالت …»: a clause opened by «بينما/فيما/في حين» has its own
        // subject, which a verb joined after it goes on with.
        for (var j = cueWord - 1; j > 0 && j >= cueWord - 400; j--)
        {
            if (ArabicWords.StripConjunction(s.Words[j].Key) is "بينما" or "فيما" or "حين")
            {
                if (MainSubjectFrom(s, cueWord, s.Words[j].End) is { } own)
                {
                    return own;
                }

                break;
            }
        }

        return MainSubjectFrom(s, cueWord, 0);
    }

    private static ActorMention? MainSubjectFrom(SentenceView s, int cueWord, int from)
    {
        var cueStart = s.Words[cueWord].Start;
        foreach (var a in s.Actors)
        {
            if (a.End > cueStart)
            {
                break;
            }

            if (a.Start < from)
            {
                continue;
            }

            var w = WordIndexAtOrAfter(s, a.Start);
            var prev = w > 0 ? ArabicWords.StripConjunction(s.Words[w - 1].Key).ToString() : string.Empty;
            // The conjunction stays on three-letter words («وفي أنقرة،»): compare both forms.
            // «مئات من أهالي المدينة»: a partitive «من» after a count keeps the group the subject.
            var partitive = prev == "من" && w > 1 && ArabicWords.StripConjunction(s.Words[w - 2].Key).ToString() is "ميات" or "مئات" or "الاف" or "عشرات" or "عدد" or "الالاف";
            if (!partitive && prev is "في" or "من" or "الي" or "علي" or "عن" or "مع" or "ضد" or "بين" or "وفي" or "ومن" or "وعن" or "ومع" or "وضد" or "فمن" or "ففي"
                || (s.Words[w].Key.Length > 3 && s.Words[w].Key[0] is 'ب' or 'ل' && !OwnLetterHeads.Contains(s.Words[w].Key)
                && s.Words[w].Start == a.Start && a.Kind != ActorKind.Person))
            {
                continue;
            }

            if (IsPrayer(s.Text.AsSpan(a.Start, a.End - a.Start)) || IsChannel(s, a))
            {
                continue;
            }

            if (a.Kind == ActorKind.Agent && ActorLexicon.IsNumber(s.Words[w].Key))
            {
                // «رحلتان على متنهما 314 راكبا، مشيرا إلى …»: a counted group is what the clause is about, not its speaker.
                continue;
            }

            // «… من منطقة مكة المكرمة ليؤكد …»: a place named after «منطقة», «مدينة» is where, not who.
            if (a.Kind == ActorKind.Country && ArabicWords.ActorKey(prev) is "منطق" or "منطقه" or "مدين" or "مدينه" or "محافظ" or "محافظه" or "ولاي" or "ولايه" or "اقليم" or "بلد" or "بلده" or "حي" or "قريه" or "عاصم" or "عاصمه")
            {
                continue;
            }

            if (a.Kind == ActorKind.Agent && TitledPersonAfter(s, a, cueStart) is { } holder)
            {
                // «وتبنى المتحدث العسكري باسم جماعة الحوثي يحيى سريع الهجوم، وقال …»: the title's holder is the subject.
                return holder;
            }

            return a;
        }

        return null;
    }

    private static readonly FrozenSet<string> PublishingWords = new[]
    {
        "عبر", "بثته", "بثتها", "بثه", "بثها", "نشرته", "نشرتها", "نشره", "نشرها", "اصدرته", "اصدرتها", "اوردته", "اوردتها", "نقلته",
        "نقلتها", "اذاعه", "قناه", "وكاله", "مؤسسه", "موقع", "صحيفه", "منصه", "معرف", "حساب",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «عبر وكالة "أعماق" التابعة له», «في بيان بثته إذاعة "الأندلس" الموالية لها», «مؤسسة "الزلاقة"، الذراع الإعلامية
    /// لها»: the outlet a statement went out through, never who made it.
    /// </summary>
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PublishingLookup = PublishingWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsChannel(SentenceView s, ActorMention a)
    {
        var w = WordIndexAtOrAfter(s, a.Start);
        for (var i = w - 1; i >= 0 && i >= w - 2; i--)
        {
            var key = ArabicWords.StripConjunction(s.Words[i].Key);
            if (!PublishingLookup.Contains(key))
            {
                continue;
            }

            if (key is "عبر" && (key.Length != s.Words[i].Key.Length || i == 0 || ArabicWords.StripConjunction(s.Words[i - 1].Key) is "كما" or "قد" or "فيما" or "بينما" or "حيث"))
            {
                // «وعبر الرئيس التنفيذي عن …», «كما عبر الوزير»: the verb «عبّر» (expressed), not «عبر» (through).
                continue;
            }

            // An outlet's noun («وكالة», «إذاعة») is a channel only after a word of publishing («بيان نشرته إذاعة»).
            if (key is not ("اذاعه" or "قناه" or "وكاله" or "مؤسسه" or "موقع" or "صحيفه" or "منصه" or "معرف" or "حساب")
                || (i > 0 && PublishingLookup.Contains(ArabicWords.StripConjunction(s.Words[i - 1].Key))))
            {
                return true;
            }
        }

        var after = WordIndexAtOrAfter(s, a.End);
        for (var i = after; i < s.Words.Count && i <= after + 2; i++)
        {
            if (s.Words[i].Key is "له" or "لها" or "لهم" && i > 0 && ArabicWords.StripArticle(s.Words[i - 1].Key) is "تابعه" or "موالي" or "مواليه" or "اعلاميه" or "تابع")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The person named within eight words after a title agent, with no comma or clause between, as one actor.</summary>
    private static ActorMention? TitledPersonAfter(SentenceView s, ActorMention title, int before)
    {
        foreach (var p in s.Actors)
        {
            if (p.Start < title.End)
            {
                continue;
            }

            if (p.End > before || WordIndexAtOrAfter(s, p.Start) - WordIndexAtOrAfter(s, title.End) > 8
                || s.Text.AsSpan(title.End, p.Start - title.End).IndexOfAny("،,.:؛;«\"") >= 0)
            {
                return null;
            }

            if (p.Kind == ActorKind.Person)
            {
                return new ActorMention(title.Start, p.End, p.EntityId, p.Code, ActorKind.Person);
            }
        }

        return null;
    }

    private static ActorMention? PrecedingActor(SentenceView s, int cueWord)
    {
        if (cueWord == 0)
        {
            return null;
        }

        var cueStart = s.Words[cueWord].Start;
        var windowStart = s.Words[Math.Max(0, cueWord - 6)].Start;
        ActorMention? found = null;
        foreach (var a in s.Actors)
        {
            if (a.End > windowStart && a.End <= cueStart && !IsChannel(s, a))
            {
                found = a;
            }
        }

        return found;
    }

    /// <summary>
    /// «وذكر بيان صادر عن المكتب الإعلامي لرئيس الوزراء أن السوداني أكد "حرص العراق على …"»: a statement that reports a
    /// named person's words holds a quote of its own (docs/annotation.md, nested quotes): the person right at the start of
    /// its content, with a verb of saying, is that quote's speaker, and what he said its content.
    /// </summary>
    private static void InnerSpeakers(Context ctx)
    {
        var text = ctx.Text;
        for (int i = 0, found = ctx.Found.Count; i < found; i++)
        {
            var q = ctx.Found[i];
            if (text[q.Content.Start] is '"' or '«' or '“' || ctx.Sentences.Find(x => x.Index == q.Sentence) is not { } s
                || s.Actors.FindIndex(x => x.Start == q.Content.Start && x.Kind is ActorKind.Person or ActorKind.Organization && x.EntityId is not null) is var at && at < 0
                || (q.SpeakerId is { } outer && outer == s.Actors[at].EntityId))
            {
                continue;
            }

            var inner = s.Actors[at];
            var v = WordIndexAtOrAfter(s, inner.End);
            if (v + 1 >= s.Words.Count || s.Words[v].End >= q.Content.End
                || !SpeechCues.Verbs.TryGetValue(ArabicWords.StripConjunction(s.Words[v].Key).ToString(), out var cue) || cue.Kind == CueKind.Relay || cue.QuotedOnly
                // A perfect only: «أن يونايتد يعتبر واحدا من أكبر الأندية» is "is considered", nothing said.
                || s.Words[v].Key[0] is 'ي' or 'ت')
            {
                continue;
            }

            var start = s.Words[v].End;
            if (Array.IndexOf(cue.Prepositions, s.Words[v + 1].Key) >= 0)
            {
                start = s.Words[v + 1].End;
            }
            else
            {
                // «أوضحت للقائد المسؤول عن القاعدة، أن …»: whom it was said to stands before the complementizer.
                for (var j = v + 1; j < s.Words.Count && j <= v + 8 && s.Words[j].End <= q.Content.End; j++)
                {
                    if (SpeechCues.Complementizers.Contains(s.Words[j].Key))
                    {
                        start = s.Words[j].End;
                        break;
                    }

                    if (text.AsSpan(s.Words[j - 1].End, s.Words[j].Start - s.Words[j - 1].End).IndexOfAny("\"«“:") >= 0)
                    {
                        break;
                    }
                }
            }

            while (start < q.Content.End && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            var end = q.Content.End;
            var direct = false;
            if (start < end && text[start] is '"' or '«' or '“' && text[end - 1] is '"' or '»' or '”'
                && text.AsSpan(start + 1, end - start - 2).IndexOfAny("\"«»“”") < 0)
            {
                (start, end, direct) = (start + 1, end - 1, true);
            }

            if (WordCount(text, new TextSpan(start, end)) < 3)
            {
                continue;
            }

            ctx.Found.Add(q with
            {
                Content = new TextSpan(start, end),
                Cue = new TextSpan(s.Words[v].Start, s.Words[v].End),
                SpeakerSpan = inner.Span,
                SpeakerId = inner.EntityId,
                SpeakerText = text[inner.Start..inner.End],
                Direct = direct,
            });
        }
    }

    /// <summary>
    /// «نقلت رسالة من واشنطن تدعو بيروت إلى …»: a cue in the imperfect right after «[a message] من X» is the message's, so
    /// X speaks (not the name after the verb, whom it addresses).
    /// </summary>
    private static void MessageSenders(Context ctx)
    {
        var text = ctx.Text;
        for (var i = 0; i < ctx.Found.Count; i++)
        {
            var q = ctx.Found[i];
            if (q.Cue is not { } cue || ctx.Sentences.Find(x => x.Index == q.Sentence) is not { } s)
            {
                continue;
            }

            var w = WordIndexAtOrAfter(s, cue.Start);
            if (w < s.Words.Count && s.Words[w].Start == cue.Start && EventCoder.SenderOfMessage(s, w) is { } sender)
            {
                ctx.Found[i] = q with { SpeakerSpan = sender.Span, SpeakerId = sender.EntityId, SpeakerText = text[sender.Start..sender.End] };
            }
        }
    }

    private static List<FoundQuote> Dedupe(List<FoundQuote> found)
    {
        var kept = new List<FoundQuote>(found.Count);
        foreach (var q in found)
        {
            var dup = kept.FindIndex(k => k.Content.Overlaps(q.Content) && !k.Content.Contains(q.Content) && !q.Content.Contains(k.Content)
                || k.Content == q.Content);
            if (dup < 0)
            {
                kept.Add(q);
            }
        }

        return kept;
    }

    private static SentenceView? SentenceAt(ActorView view, int offset)
    {
        foreach (var s in view.Sentences)
        {
            if (offset >= s.Start && offset < s.End + 2)
            {
                return s;
            }
        }

        return null;
    }

    private static int WordIndexAtOrAfter(SentenceView s, int offset)
    {
        var i = 0;
        while (i < s.Words.Count && s.Words[i].Start < offset)
        {
            i++;
        }

        return i;
    }

    private static int WordCount(string text, TextSpan span)
    {
        var n = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var w = ArabicWords.IsWordChar(text[i]);
            if (w && !inWord)
            {
                n++;
            }

            inWord = w;
        }

        return n;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        var s = span.Start;
        var e = span.End;
        while (s < e && (char.IsWhiteSpace(text[s]) || text[s] is '«' or '"' or '“'))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] is '.' or '،' or ',' or '»' or '"' or '”' or ':'))
        {
            e--;
        }

        // «أن المملكة "لن تقبل …"»: a mark opened inside what was said is closed inside it too.
        var inner = text.AsSpan(s, e - s);
        while (e < span.End && (text[e] is '»' && inner.Count('«') > inner.Count('»') || text[e] is '”' && inner.Count('“') > inner.Count('”')
            || text[e] is '"' && inner.Count('"') % 2 == 1))
        {
            e++;
            inner = text.AsSpan(s, e - s);
        }

        return new TextSpan(s, e);
    }
}
