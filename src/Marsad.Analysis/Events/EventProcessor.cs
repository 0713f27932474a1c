using Marsad.Core;

namespace Marsad.Analysis.Events;

/// <summary>Pipeline step "events": fills <see cref="Document.Events"/> with PLOVER events (after quotes, so events
/// inside quoted or reported speech are marked <see cref="PloverEvent.Reported"/>).</summary>
public sealed class EventProcessor : IDocumentProcessor
{
    public string Name => "events";

    /// <summary>Raised whenever the output changes, so <c>marsad reanalyze</c> redoes stored articles (2: 2026-11-29).</summary>
    public string Version => "43";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var quotes = document.Quotes.Select(q => new TextSpan(q.Start, q.End)).ToList();
        var text = document.Text;
        foreach (var e in EventCoder.Code(document, quotes, cancellationToken))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var source = e.Source?.EntityId;
            var sourceText = e.Source is { } s ? Named(s, text) : null;
            var sourceCode = e.Source?.Code;
            var target = e.Target;
            if (e.FirstPerson && document.Quotes.Find(q => q.Start <= e.Trigger.Start && e.Trigger.End <= q.End && q.SpeakerText is not null) is { } ours)
            {
                // «وأضاف حمدان: "لن نقبل باتفاق …"», «"ندين هذا الهجوم"»: a verb in the first person plural inside what
                // someone said is the speaker's (or his side's) act.
                (source, sourceText, sourceCode) = SpeakerSide(document, ours);
            }
            else if (Quotes.ArabicWords.Fold(e.Trigger.Of(text)) is { } written && (written.Length > 4 && written[0] == 'و' && Quotes.SpeechCues.Participles.Contains(written[1..]) ? written[1..] : written) is { } participle
                && participle.EndsWith('ا') && Quotes.SpeechCues.Participles.Contains(participle)
                && SpokenEarlierInSentence(document, e) is { } before)
            {
                // «وأكد السيسي … أن …، مشيدا بالدور القطري»: a participle goes on with the sentence's speaker (masculine
                // forms only: «مطالبة» is as often the masdar).
                (source, sourceText, sourceCode) = SpeakerSide(document, before);
            }
            else if (document.Quotes.Find(q => q.Cue is { } cue && cue.Overlaps(e.Trigger) && q.SpeakerText is not null) is { } said)
            {
                // «ودعا الطرفين إلى …», «وطالب بالإفراج عن …»: when the trigger is a quote's speech verb, whoever speaks
                // is who calls, demands or warns, though named a sentence earlier or only by a pronoun.
                // («وطالبت المنظمة الرئيس قيس سعيد بـ…»: the speaker may stand between the verb and whom it addresses.)
                if (e.Source is { } addressee && addressee.Start >= e.Trigger.End
                    && text.AsSpan(e.Trigger.End, addressee.Start - e.Trigger.End).Trim() is var between
                    && (between.IsEmpty || between.SequenceEqual(said.SpeakerText)) && text[addressee.Start] is not ('ب' or 'ل')
                    && (addressee.EntityId is null || addressee.EntityId != said.Speaker)
                    && !said.SpeakerText!.Contains(addressee.Span.Of(text), StringComparison.Ordinal)
                    // «دعا قادة دول المجلس …. وطالب القادة المجتمع الدولي بـ…»: the speaker named again by the head of its
                    // phrase is the subject, not whom it addresses.
                    && !SameHead(addressee.Span.Of(text), said.SpeakerText))
                {
                    // What the coder took for the subject right after the verb is then whom the call is to («وحثت الطرفين»);
                    // not a word with a preposition on it («وطالب بعقوبة …»).
                    target = addressee;
                }
                else if (target is { } inSpeaker && inSpeaker.Start >= e.Trigger.End && inSpeaker.End <= e.Trigger.End + 1 + said.SpeakerText!.Length
                    && (" " + Unquoted(said.SpeakerText) + " ").Contains(" " + Unquoted(inSpeaker.Span.Of(text)) + " ", StringComparison.Ordinal))
                {
                    // «وطالب عدد من النواب الحكومة بـ…», «واتهم النائب عن محافظة نينوى، محمد الجبوري، الحكومة …»: what the
                    // coder took for whom it was asked of or accused is part of the speaker's own phrase.
                    target = null;
                }

                (source, sourceText, sourceCode) = SpeakerSide(document, said);
            }

            else if (e.Source is null && e.Type == "REQUEST" && e.Reported && Quotes.ArabicWords.IsPassiveDemandWord(Quotes.ArabicWords.Fold(e.Trigger.Of(text)))
                && document.Quotes.Find(q => q.Start <= e.Trigger.Start && e.Trigger.End <= q.End && q.SpeakerText is not null) is { } demanding)
            {
                // «وقال … إن الحكومة مطالبة بتفعيل …»: the speaker demands it of the subject (the coder's target).
                (source, sourceText, sourceCode) = SpeakerSide(document, demanding);
            }
            else if (OwnForcesBefore(text, e.Trigger.Start) is { } forces && (e.Source is null || (e.Source.Value.Start >= forces && e.Source.Value.End <= e.Trigger.Start))
                && document.Quotes.Find(q => q.Start <= e.Trigger.Start && e.Trigger.End <= q.End && q.SpeakerText is not null) is { } reporter)
            {
                // «وقال جهاز مكافحة الإرهاب إن قواته قتلت …», «أعلنت الشرطة أن مفارزها اعتقلت …»: the speaker's own
                // forces, named by its pronoun right before the verb, acted for it (with the code the forces took from
                // it where the speaker has no entity).
                (source, sourceText, sourceCode) = SpeakerSide(document, reporter);
                sourceCode ??= e.Source?.Code;
            }
            else if (e.Type is "COERCE" or "SANCTION" or "MOBILIZE" or "AID" or "RETREAT"
                && document.Quotes.Find(q => ((e.Source is null && q.Start == e.Trigger.Start)
                        // (A coordinated masdar's «source» inside what was announced before it is the first act's object.)
                        || (CoordinatedInAnnouncement(text, q, e.Trigger) && (e.Source is null || (e.Source.Value.Start >= q.Start && e.Source.Value.End <= e.Trigger.Start))))
                    && q.SpeakerText is not null && q.Cue is { } cue && cue.End <= e.Trigger.Start
                    && Quotes.ArabicWords.Fold(cue.Of(text)) is var verb && (verb.Contains("اعلن", StringComparison.Ordinal) || verb.Contains("قرر", StringComparison.Ordinal))) is { } announcer)
            {
                // «وأعلنت دائرة الجمارك العامة ضبط شحنة …», «أعلن الجهاز مقتل خمسة …، وتفكيك خلية …»: a measure announced as
                // a masdar (or joined to the first one with «و»), by a body the coder did not take for an actor, is that
                // body's.
                (source, sourceText, sourceCode) = SpeakerSide(document, announcer);
            }
            else if ((e.Source is not { } own || own.Start >= e.Trigger.End) && OwnAct(e.Trigger.Of(text))
                && document.Quotes.Find(q => q.Start == e.Trigger.Start && q.SpeakerText is not null) is { } stated)
            {
                // «وأكد التيار الوطني الحر رفضه للقرار», «وأعلن الجيش تنفيذه ضربات»: a masdar with the speaker's
                // pronoun opening what was said is the speaker's own act; an actor after it («دعمها للشعب الفلسطيني»)
                // is whom the act is for.
                target ??= e.Source;
                (source, sourceText, sourceCode) = SpeakerSide(document, stated);
            }

            else if (e.Source is null && e.Type == "THREATEN" && FutureThreat(e.Trigger.Of(text))
                && document.Quotes.Find(q => q.Start <= e.Trigger.Start && e.Trigger.End <= q.End && q.SpeakerText is not null) is { } threatening)
            {
                // «وقال أردوغان إن من يحاول تخريب العملية سيدفع الثمن», «… سيقابل برد مناسب»: a threat in the future with
                // no one named to carry it out is the speaker's (or his side's).
                (source, sourceText, sourceCode) = SpeakerSide(document, threatening);
            }

            if (source is null && sourceText is null && e.Type == "CONSULT" && e.Trigger.Of(text).Contains("لقائ", StringComparison.Ordinal)
                && SpokenEarlierInSentence(document, e) is { } meetingSpeaker)
            {
                // «وقال عراقجي، خلال لقائه نظيره العماني، إن …»: whose meeting it was is who speaks in the sentence.
                (source, sourceText, sourceCode) = SpeakerSide(document, meetingSpeaker);
            }

            var targetText = target is { } tg ? Named(tg, text) : null;
            var sameAsSource = target is { } same && ((source is not null && same.EntityId == source) || (sourceText is not null && targetText == sourceText));
            (string? Id, string? Text, string? Code)? host = null;
            if (target is null && e.Type == "CONSULT" && e.Trigger.Of(text).Contains("استقبال", StringComparison.Ordinal)
                && SpokenEarlierInSentence(document, e) is { } hostSpeaking)
            {
                // «وأكد الرئيس عون، خلال استقباله السفير البريطاني، أن …»: the host is who speaks in the sentence, the
                // visit's RECIPIENT.
                host = SpeakerSide(document, hostSpeaking);
            }

            document.Events.Add(new PloverEvent
            {
                Type = e.Type,
                Mode = e.Mode,
                Source = source,
                Target = host?.Id ?? (sameAsSource ? null : target?.EntityId),
                SourceText = sourceText,
                TargetText = host?.Text ?? (sameAsSource ? null : targetText),
                SourceCode = sourceCode,
                TargetCode = host?.Code ?? (sameAsSource ? null : target?.Code),
                Trigger = e.Trigger,
                Sentence = e.Sentence,
                Date = e.Date,
                Reported = e.Reported,
                Hypothetical = e.Hypothetical,
            });
        }
    }

    /// <summary>A trigger in the future tense: «سيدفع الثمن», «سيقابل برد», «وسترد».</summary>

    /// <summary>The last quote with a named speaker whose cue stands in the event's sentence before its trigger.</summary>
    private static Quote? SpokenEarlierInSentence(Document document, CodedEvent e) =>
        e.Sentence < document.Sentences.Count
            ? document.Quotes.FindLast(q => q.Cue is { } cue && q.SpeakerText is not null && cue.End <= e.Trigger.Start
                && cue.Start >= document.Sentences[e.Sentence].Start)
            : null;
    private static bool FutureThreat(ReadOnlySpan<char> trigger)
    {
        var folded = Quotes.ArabicWords.Fold(trigger);
        folded = folded.Length > 3 && folded[0] is 'و' or 'ف' && folded[1] == 'س' ? folded[1..] : folded;
        return folded.Length > 3 && folded[0] == 'س' && folded[1] is 'ي' or 'ت' or 'ن';
    }

    /// <summary>
    /// Whether the trigger is a masdar joined with «و» after a comma inside what was announced: «أعلن الجهاز مقتل خمسة من
    /// عناصر التنظيم، وتفكيك خلية …» (the trigger is «وتفكيك»).
    /// </summary>
    private static bool CoordinatedInAnnouncement(string text, Quote q, TextSpan trigger)
    {
        if (trigger.Start <= q.Start || trigger.End > q.End)
        {
            return false;
        }

        // «…، وإلقاء القبض على 16 شخصا»: the «و» may stand on the masdar of a pattern that opens the trigger.
        var start = trigger.Start;
        if (text[start] != 'و')
        {
            var wordStart = text.LastIndexOf(' ', Math.Max(0, start - 2)) + 1;
            if (wordStart <= q.Start || wordStart >= start || text[wordStart] != 'و' || !Quotes.ArabicWords.Fold(text.AsSpan(wordStart, start - wordStart).Trim()).ToString().Equals("والقاء", StringComparison.Ordinal))
            {
                return false;
            }

            start = wordStart;
        }

        var before = text.AsSpan(q.Start, start - q.Start).TrimEnd();
        return before.Length > 0 && before[^1] is '،' or ',' && before.IndexOfAny(".؛;:\"«") < 0;
    }

    /// <summary>The words without quotation marks: «حركة "حقوق» inside «النائب عن حركة "حقوق" سعود الساعدي».</summary>
    private static string Unquoted(string words) =>
        string.Concat(words.Where(c => c is not ('"' or '«' or '»' or '“' or '”')));

    /// <summary>A quote's speaker as an event's ACTOR: its entity id, its words and the entity's code.</summary>
    private static (string? Id, string? Text, string? Code) SpeakerSide(Document document, Quote quote) =>
        (quote.Speaker, quote.SpeakerText, quote.Speaker is { } id ? document.Entities.Find(x => x.Id == id)?.Code : null);

    /// <summary>Stems (folded) of a body's forces that take its pronoun: «قواته», «عناصرها», «مفارزه», «طائراتها».</summary>
    private static readonly string[] ForceStems =
        new[] { "قوات", "عناصر", "مفارز", "وحدات", "طائرات", "مقاتلي", "رجال", "أجهزت", "دوريات", "مسيرات", "جنود" }.Select(w => Quotes.ArabicWords.Fold(w)).ToArray();

    /// <summary>Where the word right before <paramref name="at"/> starts when it is one of <see cref="ForceStems"/> with a third person's pronoun.</summary>
    private static int? OwnForcesBefore(string text, int at)
    {
        var end = at;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var start = end;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        if (end - start < 4 || end == at)
        {
            return null;
        }

        var word = Quotes.ArabicWords.Fold(text.AsSpan(start, end - start));
        if (word[0] == 'و' && word.Length > 5)
        {
            word = word[1..];
        }

        foreach (var stem in ForceStems)
        {
            if (word.Length > stem.Length && word.StartsWith(stem, StringComparison.Ordinal) && word[stem.Length..] is "ه" or "ها" or "هم")
            {
                return start;
            }
        }

        return null;
    }

    /// <summary>
    /// One word ending in a third person's pronoun («رفضه», «إدانتها», «تمسكهم»), as written: «ة» is no pronoun
    /// («الزيارة»), so the word is not folded.
    /// </summary>
    private static bool OwnAct(string word) =>
        word.Length > 3 && word.IndexOf(' ') < 0
        && (word.EndsWith('ه') || word.EndsWith("ها", StringComparison.Ordinal) || word.EndsWith("هم", StringComparison.Ordinal));

    /// <summary>
    /// An actor's text; a generic one («والمعارضة») without the conjunction written on its first word (names keep
    /// theirs: «وسام», «وارسو»; their mentions never include a conjunction).
    /// </summary>
    private static string Named(ActorMention a, string text) => a.EntityId is null ? WithoutConjunction(a.Span.Of(text)) : a.Span.Of(text);

    private static string WithoutConjunction(string actor)
    {
        var space = actor.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? actor : actor[..space];
        var folded = Quotes.ArabicWords.Fold(first);
        return folded.Length > 3 && Quotes.ArabicWords.StripConjunction(folded).Length < folded.Length && folded[0] == 'و' ? actor[1..] : actor;
    }

    /// <summary>Whether a definite one-word mention («القادة») is the head of a speaker's phrase («قادة دول المجلس»).</summary>
    private static bool SameHead(string mention, string speaker)
    {
        var m = Quotes.ArabicWords.Fold(mention.Trim());
        if (m.Contains(' ', StringComparison.Ordinal) || !m.StartsWith("ال", StringComparison.Ordinal) || m.Length < 5)
        {
            return false;
        }

        var first = Quotes.ArabicWords.Fold(speaker.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts ? parts[0] : string.Empty);
        return first.Length > 0 && (first == m || "ال" + first == m);
    }
}
