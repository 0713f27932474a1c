using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Events;

/// <summary>An actor named in the text: an entity mention or a lexicon hit (entity id null for generic agents).</summary>
/// <param name="Pronoun">«بلاده», «حكومته»: a possessed noun standing for a state named through someone else; an actor
/// of events, never a speaker.</param>
internal readonly record struct ActorMention(int Start, int End, string? EntityId, string? Code, ActorKind Kind, bool Pronoun = false)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>One sentence with its words, their actor keys and the actors named in it.</summary>
internal sealed record SentenceView(int Index, int Start, int End, List<Word> Words, List<ActorMention> Actors, string Text)
{
    /// <summary>
    /// The actor covering word <paramref name="w"/>, if any; one that starts after the word's proclitics («لمصر»,
    /// «وأوباما», «للحركة») covers it too.
    /// </summary>
    public ActorMention? ActorAt(int w)
    {
        var word = Words[w];
        foreach (var a in Actors)
        {
            if (word.End <= a.End && (a.Start <= word.Start || (a.Start - word.Start <= 2 && OnlyProclitics(word.Start, a.Start))))
            {
                return a;
            }
        }

        return null;
    }

    /// <summary>Whether the letters in [from, to) are proclitics: و ف ب ل ك, at most two.</summary>
    private bool OnlyProclitics(int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Text[i] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك'))
            {
                return false;
            }
        }

        return true;
    }
}

/// <summary>
/// What quotes and events read: sentences, words and actors, computed once per document. Actors come from
/// <see cref="Document.Entities"/> when the entity tagger ran; otherwise from the actor lexicon, whose named hits are
/// then added to <see cref="Document.Entities"/> (ids A1, A2 …) so quote speakers and event actors have ids.
/// Generic agents («المتظاهرون», «قوات الأمن») are actors for events but never entities.
/// </summary>
internal sealed class ActorView
{
    private static readonly ConditionalWeakTable<Document, ActorView> Cache = [];

    private ActorView(List<SentenceView> sentences) => Sentences = sentences;

    public List<SentenceView> Sentences { get; }

    public static ActorView Of(Document document) => Cache.GetValue(document, d => Build(d, default));

    /// <summary>As <see cref="Of(Document)"/>, stopping when the pipeline's time budget runs out (nothing is cached then).</summary>
    public static ActorView Of(Document document, CancellationToken cancellationToken) => Cache.GetValue(document, d => Build(d, cancellationToken));

    /// <summary>The index of the first mention (sorted by start) that starts at or after <paramref name="start"/>.</summary>
    private static int FirstAtOrAfter(List<(TextSpan Span, Entity Entity)> mentions, int start)
    {
        int lo = 0, hi = mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (mentions[mid].Span.Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>
    /// Removes every mention that a longer one holds (start at or after its start, end at or before its end), keeping
    /// the order of the rest. A sweep in start order: linear after the sort, where comparing every pair made a
    /// sentence of 100,000 named people take minutes.
    /// </summary>
    private static void RemoveHeldByLonger(List<ActorMention> actors)
    {
        if (actors.Count < 2)
        {
            return;
        }

        var order = new int[actors.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // By start, the longer first at one start: whatever holds a mention comes before it.
        Array.Sort(order, (x, y) => actors[x].Start != actors[y].Start ? actors[x].Start.CompareTo(actors[y].Start) : actors[y].End.CompareTo(actors[x].End));
        var held = new bool[actors.Count];
        var maxEnd = int.MinValue;          // over every mention before this one in the order
        var maxEndEarlierStart = int.MinValue; // over those that start before this one's start
        var groupStart = int.MinValue;
        var groupMaxEnd = int.MinValue;
        foreach (var i in order)
        {
            var a = actors[i];
            if (a.Start != groupStart)
            {
                maxEndEarlierStart = Math.Max(maxEndEarlierStart, groupMaxEnd);
                groupStart = a.Start;
                groupMaxEnd = int.MinValue;
            }

            // Held by a longer one: one that ends later (it starts no later), or one that starts earlier and ends
            // no sooner. A mention of the very same span does not count.
            held[i] = maxEnd > a.End || maxEndEarlierStart >= a.End;
            maxEnd = Math.Max(maxEnd, a.End);
            groupMaxEnd = Math.Max(groupMaxEnd, a.End);
        }

        var kept = 0;
        for (var i = 0; i < actors.Count; i++)
        {
            if (!held[i])
            {
                actors[kept++] = actors[i];
            }
        }

        actors.RemoveRange(kept, actors.Count - kept);
    }

    private static ActorView Build(Document document, CancellationToken cancellationToken)
    {
        var lexicon = ActorLexicon.Default;
        var text = document.Text;
        // The tagger ran if it found something or left its version: a text where it found nobody gets no entities from
        // the dictionary either (its one-word entries, «الشمس», «أفضل», are common words), curated movement names apart.
        var fromEntities = document.Entities.Count > 0 || document.Versions.ContainsKey("entities");
        var mentions = new List<(TextSpan Span, Entity Entity)>();
        foreach (var e in document.Entities)
        {
            foreach (var m in e.Mentions)
            {
                mentions.Add((m, e));
            }
        }

        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var fallback = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var byId = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var e in document.Entities)
        {
            byId.TryAdd(e.Id, e);
        }

        var sentences = SentenceFallback.Of(document);
        if (document.Sentences.Count == 0)
        {
            // Without the sentence processor, ours become the layer, so event sentence indexes point somewhere.
            document.Sentences.AddRange(sentences);
        }

        var views = new List<SentenceView>(sentences.Count);
        // The state of the last person named with one, for «بلاده» in a sentence that names nobody («وأضاف أن بلاده …»).
        string? lastPersonCountry = null;
        (int Count, Dictionary<string, Entity?> ByHead)? organHeads = null;
        if (Entities.ActorLexicon.Shared is { } lexiconStates)
        {
            CourtsOfPlaces(document, lexiconStates);
        }

        // The tagger's coded organizations named one word alone after a movement's head noun («لحركة حماس»): that head
        // alone later stands for them, as for the curated movements.
        var headed = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (var e in document.Entities)
        {
            if (e.Type != "ORG" || e.Code is null)
            {
                continue;
            }

            foreach (var m in e.Mentions)
            {
                if (m.End - m.Start <= 12 && text.AsSpan(m.Start, m.End - m.Start).IndexOf(' ') < 0 && HeadWordBefore(text, m.Start) is { } head && MovementHeads.Contains(head))
                {
                    headed[head] = headed.TryGetValue(head, out var other) && other != e ? null : e;
                }
            }

            if (e.Name.IndexOf(' ') is var space && space > 0
                && ArabicWords.ActorKey(ArabicWords.Fold(e.Name.AsSpan(0, space))) is var bodyHead && BodyHeads.Contains(bodyHead))
            {
                // «الوكالة الدولية للطاقة الذرية … مع الوكالة»: an international body's head noun alone.
                headed[bodyHead] = headed.TryGetValue(bodyHead, out var other) && other != e ? null : e;
            }
        }
        var keys = new List<string>();
        // A tagger entity that a curated movement took over, and the movement entity its other mentions now belong to.
        var redirect = new Dictionary<Entity, Entity>();
        var absorbed = new List<Entity>();
        bool? baseNamed = null; // whether the text names a base as a place: read once, when «القاعدة» is met
        for (var si = 0; si < sentences.Count; si++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var s = sentences[si];
            var words = ArabicWords.Scan(text, s.Start, s.End);
            keys.Clear();
            foreach (var w in words)
            {
                keys.Add(ArabicWords.ActorKey(w.Key));
            }

            var actors = new List<ActorMention>();
            if (fromEntities)
            {
                // The mentions are sorted by start: only those from the sentence's start on are looked at.
                for (var mi = FirstAtOrAfter(mentions, s.Start); mi < mentions.Count && mentions[mi].Span.Start < s.End; mi++)
                {
                    var (span, tagged) = mentions[mi];
                    var entity = redirect.GetValueOrDefault(tagged, tagged);
                    if (span.End <= s.End)
                    {
                        // «الرئيس الصومالي حسن شيخ محمود»: the title found for the person, written right before the name, is
                        // part of the actor.
                        var start = entity.Type == "PER" && entity.Roles.Count > 0 ? RoleStart(text, s.Start, span.Start, entity.Roles)
                            : entity.Type == "ORG" ? QuotedNameHeadStart(text, s.Start, span.Start) : span.Start;
                        actors.Add(new ActorMention(start, span.End, entity.Id, entity.Code, KindOf(entity.Type)));
                    }
                }

                // What the title held (its nationality, «الصومالي») is the person's now.
                RemoveHeldByLonger(actors);
            }

            foreach (var found in TitleBeforeBody(lexicon, lexicon.Find(OccupationMasked(keys, words)), keys, words))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var m = found;
                if (m.Kind == ActorKind.Agent && m.Count > 1 && ActorLexicon.IsNumber(keys[m.First])
                    && (words[m.First].Key.StartsWith("ال", StringComparison.Ordinal) || text.AsSpan(words[m.First].End, words[m.First + 1].Start - words[m.First].End).Trim().Length > 0))
                {
                    // «مساء الإثنين، الناشط»: a weekday, or a number set off by punctuation, does not count the noun.
                    m = m with { First = m.First + 1, Count = m.Count - 1 };
                }

                if (m.Kind == ActorKind.Agent && m.Count == 1 && SpeechVerbs.ContainsKey(ArabicWords.StripConjunction(words[m.First].Key)))
                {
                    // «ووصف»: a verb of saying that the agent dictionary also lists as a noun is the verb.
                    continue;
                }

                if ((m.Count == 1 && NotTheActor(words, m.First)) || AfterFacilityHead(words, m.First))
                {
                    continue;
                }

                if (m.Count == 1 && ArabicWords.StripConjunction(words[m.First].Key) is "القاعده" or "بالقاعده" or "للقاعده" && (baseNamed ??= BaseNamed(text)))
                {
                    // «هجوم استهدف قاعدة عسكرية … سيطروا على القاعدة»: «the base» told before, not al-Qaeda.
                    continue;
                }

                var start = words[m.First].Start;
                if (m.Kind == ActorKind.Agent && m.FirstKey is { } viaKey && keys[m.First] is { Length: > 1 } onWord && onWord[0] is 'ب' or 'ل' or 'ك' && onWord.AsSpan(1).SequenceEqual(viaKey))
                {
                    // «خلال اجتماع بقادة الجالية»: the preposition written on the word is no part of the actor (as «لمصر»
                    // for the tagger's names), so the actor reads as the preposition's object.
                    var p = start;
                    while (p < text.Length && text[p] != onWord[0])
                    {
                        p++;
                    }

                    start = p + 1 < words[m.First].End ? p + 1 : start;
                }

                if (text[start] == 'و' && words[m.First].End - start >= 6 && text.AsSpan(start + 1).StartsWith("ال", StringComparison.Ordinal)
                    && ArabicWords.StripConjunction(words[m.First].Key).Length < words[m.First].Key.Length)
                {
                    // «واللواء 444 قتال»: the conjunction written on a definite first word is no part of the name (the
                    // coordination it marks is still read, StartsWithConjunction).
                    start++;
                }

                var end = words[m.First + m.Count - 1].End;
                var span = new TextSpan(start, end);
                var overlapping = actors.FindIndex(a => a.Span.Overlaps(span));
                var hitCode = m.Code;
                if (overlapping >= 0 && m.Group is not null
                    && actors.TrueForAll(a => !a.Span.Overlaps(span) || (start <= a.Start && a.End <= end)))
                {
                    // A movement's name holds what the tagger saw of it («هيئة تحرير الشام» holds a place «الشام»,
                    // «حركة الشباب الصومالية» a nationality, «داعش» tagged MISC or LOC): the movement is the entity, made
                    // below, and those mentions are not entities of their own here.
                    foreach (var inner in actors.Where(a => a.Span.Overlaps(span) && a.EntityId is not null).ToList())
                    {
                        if (fallback.Values.FirstOrDefault(f => f.Id == inner.EntityId) is { } movementHeld && (inner.Start != start || inner.End != end))
                        {
                            // A mention absorbed from the tagger's entity earlier, inside this movement name: the name holds it.
                            movementHeld.Mentions.RemoveAll(x => x.Start == inner.Start && x.End == inner.End);
                        }
                        else if (byId.TryGetValue(inner.EntityId!, out var held))
                        {
                            held.Mentions.RemoveAll(x => x.Start == inner.Start && x.End == inner.End);
                            if (held.Mentions.Count == 0)
                            {
                                document.Entities.Remove(held);
                            }
                            else if (inner.Start == start && inner.End == end && !absorbed.Contains(held))
                            {
                                // «حزب العمال الكردستاني» found by the tagger too, and later «الحزب»: its other mentions
                                // are the movement's.
                                absorbed.Add(held);
                            }
                        }
                    }

                    actors.RemoveAll(a => a.Span.Overlaps(span));
                    overlapping = -1;
                }
                else if (overlapping >= 0 && m.Kind == ActorKind.Organization && hitCode is not null
                    && actors.TrueForAll(a => !a.Span.Overlaps(span) || (a.Kind == ActorKind.Country && start <= a.Start && a.End <= end && a.End - a.Start < end - start)))
                {
                    // «الجيش السوري» (SYRMIL) holds the tagger's «السوري» (Syria): the army is the actor, not the state.
                    // It is an organization of its own, of that state, with the dictionary's code, so what «الجيش
                    // الإسرائيلي» said and did has an actor; Syria stays one entity.
                    var country = actors.Where(a => a.Span.Overlaps(span) && a.EntityId is not null)
                        .Select(a => byId.GetValueOrDefault(a.EntityId!)?.Country).FirstOrDefault(c => c is not null);
                    actors.RemoveAll(a => a.Span.Overlaps(span));
                    if (PersonTitles.Contains(keys[m.First]))
                    {
                        // «وزير الداخلية الجزائري», «الوزير الفرنسي»: a person's title, an actor with the code but no
                        // organization of its own.
                        actors.Add(new ActorMention(start, end, null, hitCode, m.Kind));
                        continue;
                    }

                    var organKey = "organ:" + string.Join(' ', keys.GetRange(m.First, m.Count));
                    if (!fallback.TryGetValue(organKey, out var organ))
                    {
                        organ = new Entity
                        {
                            Id = "A" + (fallback.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                            Type = "ORG",
                            Name = DisplayName(text[start..end], m.FirstKey ?? keys[m.First]),
                            Code = hitCode,
                            Country = country,
                        };
                        fallback[organKey] = organ;
                        document.Entities.Add(organ);
                    }

                    organ.Mentions.Add(span);
                    actors.Add(new ActorMention(start, end, organ.Id, hitCode, m.Kind));
                    continue;
                }

                if (overlapping >= 0)
                {
                    // The tagger's entity is the one actor for this mention; the lexicon only lends it the CAMEO code
                    // the tagger lacked, so the entity and every event on it carry the same code.
                    var a = actors[overlapping];
                    var lexiconCode = m.Code;
                    // («سفيرة الولايات المتحدة لدى الأمم المتحدة»: a body after «لدى» is where she is posted, not hers.)
                    if (lexiconCode is not null && (m.Group is not null || (m.Kind is ActorKind.Organization or ActorKind.Person && IsMovementCode(lexiconCode)))
                        && !(m.First > 0 && words[m.First - 1].Key == "لدي")
                        && a.Kind == ActorKind.Person && a.EntityId is { } personId
                        && byId.TryGetValue(personId, out var person) && a.Start <= start
                        && person.Mentions.Find(x => x.End == a.End) is var name && name.End > 0 && end <= name.Start)
                    {
                        // «نائب رئيس المكتب السياسي لحركة حماس خليل الحية», «المتحدث باسم الحوثيين محمد عبد السلام»: the
                        // movement in the person's title is an entity (with its code), and the person speaks and acts
                        // for it.
                        MovementInTitle(document, text[start..end], m, span, fallback, byId, person);
                        actors[overlapping] = a with { Code = a.Code ?? person.Code };
                        continue;
                    }

                    if (lexiconCode is { Length: >= 6 } titleCode && m.Kind is ActorKind.Organization or ActorKind.Person && PersonTitles.Contains(keys[m.First])
                        && start == a.Start && a.Kind == ActorKind.Person && a.Code is null && a.EntityId is { } holderId
                        && byId.TryGetValue(holderId, out var holder) && holder.Code is null
                        && holder.Mentions.Find(x => x.End == a.End) is var holderName && holderName.End > 0 && end <= holderName.Start
                        && StateSectors.Contains(titleCode[3..6]) && Entities.ActorLexicon.Shared is { } statesOf
                        && statesOf.CountryOfAlpha3(titleCode[..3]) is { } titleState && (holder.Country is null || holder.Country == titleState))
                    {
                        // «وزير الداخلية الفرنسي برونو روتايو»: a person no dictionary knows by name holds the office his
                        // title names, so he codes as that office does (FRAGOV), as the title alone would.
                        holder.Code = titleCode;
                        holder.Country ??= titleState;
                        actors[overlapping] = a with { Code = titleCode };
                        continue;
                    }

                    if (lexiconCode is { Length: 3 or 6 } sector && m.Kind is ActorKind.Agent && StateSectors.Contains(sector[..3]) && PersonTitles.Contains(keys[m.First])
                        && start == a.Start && a.Kind == ActorKind.Person && a.Code is null && a.EntityId is { } officerId
                        && byId.TryGetValue(officerId, out var officer) && officer.Code is null && officer.Country is { } officerState
                        && officer.Mentions.Find(x => x.End == a.End) is var officerName && officerName.End > 0
                        && words.FindIndex(m.First + m.Count, x => x.Start == officerName.Start) is var nameWord && nameWord > m.First + m.Count && nameWord <= m.First + m.Count + 3
                        && Entities.ActorLexicon.Shared is { } nations && nations.NationalityOf(text[words[nameWord - 1].Start..words[nameWord - 1].End]) == officerState
                        && words.GetRange(m.First + m.Count, nameWord - 1 - m.First - m.Count).TrueForAll(x => ArabicWords.StripConjunction(x.Key).StartsWith("ال", StringComparison.Ordinal))
                        && nations.Alpha3(officerState) is { } officerAlpha3)
                    {
                        // «وزير الداخلية الفرنسي برونو روتايو», «وزير الزراعة البرازيلي كارلوس فافارو»: the office (and the
                        // definite words of its field), his nationality and the name; the office's sector and the state
                        // make his code (FRAGOV, BRAGOV).
                        officer.Code = officerAlpha3 + sector;
                        actors[overlapping] = a with { Code = officer.Code };
                        continue;
                    }

                    // A state's code is not a person's: «محمد شياع السوداني» is not Sudan, «ألباريس» not Paris.
                    // Nor is one word of a person's name another person's («عباس عراقجي» is not Mahmoud Abbas).
                    // Nor is the code of a phrase deep inside an organization's name the organization's («وكالة الأمم المتحدة
                    // لإغاثة وتشغيل اللاجئين الفلسطينيين» is no refugee group).
                    // Nor is a place's inside an organization's name («القدس العربي», a paper named after Jerusalem, is no
                    // Israeli body; «وكالة أنباء الشرق الأوسط» is not Saudi), unless a city ends it («مستشفى الملك فهد بتبوك»).
                    if (m.Kind != ActorKind.Agent && !(m.Kind == ActorKind.Country && a.Kind == ActorKind.Person)
                        && !(a.Kind == ActorKind.Person && (start != a.Start || end != a.End))
                        && !(a.Kind == ActorKind.Organization && start > a.Start + 2 && m.Kind != ActorKind.Country)
                        && !(a.Kind == ActorKind.Organization && m.Kind == ActorKind.Country && (start != a.Start || end != a.End)
                            && a.EntityId is { } orgId && byId.GetValueOrDefault(orgId)?.Type == "ORG"
                            && Entities.ActorLexicon.Shared is { } places && places.StateOf(text[start..end]) is null && places.NationalityOf(text[start..end]) is null
                            && !(end == a.End && text[(text[start] is 'ب' or 'ل' ? start + 1 : start)..end] is var place
                                && (places.CityOf(place) ?? places.CapitalOf(place)) is not null))
                        && lexiconCode is not null && a.Code is null && a.EntityId is { } id
                        && a.Start <= start && end <= a.End && byId.TryGetValue(id, out var tagged))
                    {
                        if (lexiconCode.Length == 3 && m.Kind == ActorKind.Country && tagged.Type == "ORG" && tagged.Name.StartsWith("محكمة", StringComparison.Ordinal))
                        {
                            // «محكمة جنايات القاهرة»: a court named after its city is its state's judiciary, not the state.
                            lexiconCode += "JUD";
                        }

                        tagged.Code ??= lexiconCode;
                        actors[overlapping] = a with { Code = lexiconCode };
                    }

                    if (start < a.Start && m.Count > 1 && m.Group is null && PersonTitles.Contains(keys[m.First]))
                    {
                        // «الرئيس الأميركي» matched as one dictionary entry over the tagger's «الأميركي»: the title words
                        // before the entity stay an agent, so the phrase still joins into one actor below.
                        var lead = words.FindLastIndex(m.First + m.Count - 1, m.Count, x => x.End <= a.Start);
                        if (lead >= m.First && !actors.Exists(x => x.Start < words[lead].End && x.End > start))
                        {
                            actors.Add(new ActorMention(start, words[lead].End, null, m.Code, ActorKind.Agent));
                        }
                    }

                    continue;
                }

                var body = IsInternationalBody(m, keys);
                if ((m.Kind == ActorKind.Agent && !body) || (fromEntities && m.Group is null && !body))
                {
                    // With a tagger, a lexicon name it missed stays an unlinked actor rather than a rival entity.
                    actors.Add(new ActorMention(start, end, null, m.Code, m.Kind));
                    continue;
                }

                var groupKey = m.Group is { } movement ? "movement:" + movement
                    : m.Kind == ActorKind.Country ? m.Code : string.Join(' ', keys.GetRange(m.First, m.Count));
                if (!fallback.TryGetValue(groupKey, out var entity))
                {
                    // With the tagger, only curated movement names get here («داعش», «بوكو حرام», which news names far
                    // more often than the tagger's training text did): they join its entities under ids of their own.
                    entity = new Entity
                    {
                        Id = "A" + (fallback.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                        Type = m.Kind switch { ActorKind.Country => "GPE", ActorKind.Person => "PER", _ => "ORG" },
                        Name = m.DisplayName ?? DisplayName(text[start..end], m.FirstKey ?? keys[m.First]),
                        Code = m.Code,
                        Country = null,
                        State = m.Kind == ActorKind.Country,
                    };
                    fallback[groupKey] = entity;
                    document.Entities.Add(entity);
                }
                else if (m.DisplayName is null && DisplayName(text[start..end], m.FirstKey ?? keys[m.First]) is var longer && longer.Length > entity.Name.Length)
                {
                    entity.Name = longer;
                }

                if (m.DisplayName is not null && DisplayName(text[start..end], m.FirstKey ?? keys[m.First]) is var written
                    && written != entity.Name && !entity.Aliases.Contains(written))
                {
                    // A movement is shown by one name everywhere (so its actor is one across documents); the names
                    // this text used are its aliases.
                    entity.Aliases.Add(written);
                }

                if (!entity.Mentions.Contains(span))
                {
                    entity.Mentions.Add(span);
                }

                foreach (var held in absorbed)
                {
                    entity.Mentions.AddRange(held.Mentions.Where(x => !entity.Mentions.Contains(x)));
                    entity.Mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
                    held.Mentions.Clear();
                    document.Entities.Remove(held);
                    redirect[held] = entity;
                }

                absorbed.Clear();
                actors.Add(new ActorMention(start, end, entity.Id, m.Code, m.Kind));
            }

            actors.Sort((a, b) => a.Start.CompareTo(b.Start));
            // «الحزب الشعبي المعارض», «الجماعة الإسلامية المسلحة»: an adjective of bodies after another adjective describes
            // the body before them; it is no actor of its own.
            actors.RemoveAll(a => a.Kind == ActorKind.Agent && a.EntityId is null && BodyAdjectives.Contains(text[a.Start..a.End]) && DescribesBodyBefore(text, words, actors, a));
            RemoveDescribingAdjectives(text, words, actors);
            // «فتح معبر رفح», «منفذ طريبيل»: a town named after a crossing names the crossing, no side of an act (an airport
            // or a port struck still codes its city's state).
            actors.RemoveAll(a => a.Kind == ActorKind.Country && FacilityBefore(text, a.Start));
            JoinAffairsOf(text, actors);
            // «تصنيف قوات الدعم السريع منظمة إرهابية»: what a group is designated as is no actor of its own.
            actors.RemoveAll(a => a.Kind == ActorKind.Agent && a.EntityId is null && DesignatedAs(text, a));
            AddStateOrgans(document, text, words, keys, actors, fallback, byId);
            if (fallback.Count > 0 || headed.Count > 0)
            {
                organHeads = AddOrganAnaphors(document, byId, words, keys, actors, fallback, organHeads, headed);
            }

            lastPersonCountry = AddOwnStates(document, words, actors, byId, lastPersonCountry);
            AddParties(words, actors);
            actors = MergePhrases(text, actors);
            AddSpokesmen(text, actors);
            AddMembers(words, actors);
            PeopleOfNationality(text, actors);
            AddOwnForces(words, actors);
            AddPossessedPeople(lexicon, words, actors);
            views.Add(new SentenceView(si, s.Start, s.End, words, actors, text));
        }

        MergeLoneHeads(document, views, fallback, headed);

        // Entities made or coded here («حماس» PSEREB, «القيادة المركزية الأميركية» USAMIL) take the state their code starts with.
        if (Entities.ActorLexicon.Shared is { } states)
        {
            foreach (var e in document.Entities)
            {
                if (e.Country is null && e.Type is "PER" or "ORG" or "LOC" && e.Code is { Length: >= 3 } code && states.CountryOfAlpha3(code[..3]) is { } iso2)
                {
                    e.Country = iso2;
                }
            }
        }

        return new ActorView(views);
    }

    /// <summary>
    /// «محكمة الاستئناف في تونس», «المحكمة العليا في باكستان»: a court named with the place it sits in («في» + a state or a
    /// city of one) is that state's judiciary (TUNJUD).
    /// </summary>
    private static void CourtsOfPlaces(Document document, Entities.ActorLexicon states)
    {
        var text = document.Text;
        foreach (var court in document.Entities)
        {
            if (court.Type != "ORG" || court.Code is not null || court.Country is not null
                || !ArabicWords.Fold(court.Name).StartsWith("محكمه", StringComparison.Ordinal) && !ArabicWords.Fold(court.Name).StartsWith("المحكمه", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var m in court.Mentions)
            {
                var at = m.End;
                if (at + 4 >= text.Length || !text.AsSpan(at).StartsWith(" في ", StringComparison.Ordinal))
                {
                    continue;
                }

                var placeStart = at + 4;
                if (document.Entities.Find(e => e.Type == "GPE" && e.Country is not null && e.Mentions.Exists(x => x.Start == placeStart)) is { } place
                    && states.Alpha3(place.Country!) is { } alpha3)
                {
                    court.Country = place.Country;
                    court.Code = alpha3 + "JUD";
                    break;
                }
            }
        }
    }

    /// <summary>
    /// «جبهة الخلاص الوطني … وقال رئيس الجبهة …»: an organization the tagger found as a movement's head noun alone, with no
    /// code, after the one movement named with that head, is that movement (its mentions, and members' affiliation).
    /// </summary>
    private static void MergeLoneHeads(Document document, List<SentenceView> views, Dictionary<string, Entity> fallback, Dictionary<string, Entity?> headed)
    {
        var byHead = new Dictionary<string, Entity?>(headed, StringComparer.Ordinal);
        foreach (var named in document.Entities.Concat(fallback.Values).Distinct())
        {
            if (named.Type != "ORG" || named.Code is null || named.State || named.Name.IndexOf(' ') < 0)
            {
                continue;
            }

            var head = ArabicWords.ActorKey(ArabicWords.Fold(named.Name.AsSpan(0, named.Name.IndexOf(' '))));
            if (MovementHeads.Contains(head) || BodyHeads.Contains(head))
            {
                byHead[head] = byHead.TryGetValue(head, out var other) && other is not null && other != named ? null : named;
            }
        }

        if (byHead.Count == 0)
        {
            return;
        }

        foreach (var lone in document.Entities.ToList())
        {
            if (lone.Type != "ORG" || lone.Code is not null || lone.Name.IndexOf(' ') >= 0 || lone.Mentions.Count == 0
                || !lone.Name.StartsWith("ال", StringComparison.Ordinal)
                || !byHead.TryGetValue(ArabicWords.ActorKey(ArabicWords.Fold(lone.Name)), out var named) || named is null || named == lone
                || named.Mentions.Count == 0 || named.Mentions.Min(m => m.Start) >= lone.Mentions.Min(m => m.Start))
            {
                continue;
            }

            named.Mentions.AddRange(lone.Mentions.Where(m => !named.Mentions.Contains(m)));
            named.Mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
            var members = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in RetireLoneHead(document, lone, named))
            {
                // The member of a movement with no code of his own takes the movement's, as a title naming it gives.
                if (member.Type == "PER" && member.Code is null && IsMovementCode(named.Code!))
                {
                    member.Code = named.Code;
                    members.Add(member.Id);
                }
            }

            foreach (var view in views)
            {
                for (var i = 0; i < view.Actors.Count; i++)
                {
                    if (view.Actors[i].EntityId == lone.Id)
                    {
                        view.Actors[i] = view.Actors[i] with { EntityId = named.Id, Code = view.Actors[i].Code ?? named.Code };
                    }
                    else if (view.Actors[i] is { EntityId: { } id, Code: null } member && members.Contains(id))
                    {
                        view.Actors[i] = member with { Code = named.Code };
                    }
                }
            }
        }
    }

    /// <summary>
    /// Removes the tagger's lone head entity («الجبهة») that is <paramref name="named"/>, and gives its members (entities
    /// affiliated with it by name) the named body's name; returns them.
    /// </summary>
    private static List<Entity> RetireLoneHead(Document document, Entity lone, Entity named)
    {
        document.Entities.Remove(lone);
        var members = new List<Entity>();
        foreach (var member in document.Entities)
        {
            if (member.Affiliation == lone.Name)
            {
                member.Affiliation = named.Name;
                members.Add(member);
            }
        }

        return members;
    }

    /// <summary>«الله» alone («حفظه الله», «والله»): named in blessings and oaths, never an actor of an event.</summary>
    internal static bool IsGod(string text, TextSpan span) =>
        ArabicWords.Fold(text.AsSpan(span.Start, span.End - span.Start)) is "الله" or "والله" or "لله" or "بالله" or "ولله";

    /// <summary>An armed or political movement's code (PSEREB, IRQPTY, EGYOPP): one that a member's title lends the member.
    /// A state's organs are left out (the title's nationality already gives the person's state), and so are international
    /// bodies («سفيرة الولايات المتحدة لدى الأمم المتحدة» is no UN official).</summary>
    private static bool IsMovementCode(string code) =>
        code.Length >= 6 && code.AsSpan(3, 3) is "REB" or "PTY" or "OPP" or "INS";

    /// <summary>
    /// A curated movement named in a person's title: the tagger's organization there gets the movement's code, or the
    /// movement becomes an entity of its own with that mention; the person without a code of their own takes the
    /// movement's, and the movement's name is the person's affiliation. The person stays the one actor of the phrase.
    /// </summary>
    private static void MovementInTitle(Document document, string written, ActorMatch m, TextSpan span, Dictionary<string, Entity> fallback,
        Dictionary<string, Entity> byId, Entity person)
    {
        var movement = document.Entities.Find(e => e.Type == "ORG" && e != person
            && e.Mentions.Exists(x => span.Start <= x.Start && x.End <= span.End));
        if (movement is not null && movement.Mentions.Count == 1 && movement.Mentions[0] is var inner && inner.Length < span.Length
            && m.Code is not null && movement.Code != m.Code && m.DisplayName is { } longer)
        {
            // «المتحدث باسم كتائب حزب الله»: the tagger's «حزب الله» inside the title is the longer movement named there
            // (Iraq's Kata'ib Hezbollah, not Lebanon's party), its only mention.
            movement.Name = longer;
            movement.Code = m.Code;
            movement.Country = null;
            movement.Mentions[0] = span;
        }
        else if (movement is not null)
        {
            movement.Code ??= m.Code;
        }
        else
        {
            var key = "movement:" + m.Group;
            if (!fallback.TryGetValue(key, out movement))
            {
                movement = new Entity
                {
                    Id = "A" + (fallback.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Type = "ORG",
                    Name = m.DisplayName ?? DisplayName(written, m.FirstKey ?? written),
                    Code = m.Code,
                };
                fallback[key] = movement;
                document.Entities.Add(movement);
                byId.TryAdd(movement.Id, movement);
            }

            if (!movement.Mentions.Contains(span))
            {
                movement.Mentions.Add(span);
                movement.Mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
            }
        }

        person.Code ??= m.Code;
        if (person.Affiliation is null || written.Contains(person.Affiliation, StringComparison.Ordinal)
            || person.Affiliation.Contains(written, StringComparison.Ordinal) || person.Affiliation.EndsWith(movement.Name, StringComparison.Ordinal))
        {
            person.Affiliation = movement.Name;
        }
    }

    /// <summary>Where the longest of <paramref name="roles"/> starts when it is written right before the name at
    /// <paramref name="nameStart"/> (spaces between only); the name's start otherwise.</summary>
    /// <summary>Heads of a body's quoted name (folded, without «ال»): «فصيل "كتائب سيد الشهداء"», «حركة «الصابرين»».</summary>
    private static readonly HashSet<string> QuotedNameHeads =
        new(Entities.EntityRecognizer.QuotedNameHeadWords.Select(w => ArabicWords.Fold(w)), StringComparer.Ordinal);

    /// <summary>
    /// Where an organization's actor starts when its name stands in quotation marks right after the noun that heads it
    /// («اتهم فصيل "كتائب سيد الشهداء"»): at that noun, so the head and the name are one actor; else at the name.
    /// </summary>
    private static int QuotedNameHeadStart(string text, int sentenceStart, int nameStart)
    {
        var j = nameStart - 1;
        while (j > sentenceStart && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        if (j <= sentenceStart || text[j] is not ('«' or '"' or '“'))
        {
            return nameStart;
        }

        j--;
        while (j > sentenceStart && char.IsWhiteSpace(text[j]))
        {
            j--;
        }

        var end = j + 1;
        while (j >= sentenceStart && char.IsLetter(text[j]))
        {
            j--;
        }

        var start = j + 1;
        var word = ArabicWords.Fold(text.AsSpan(start, end - start));
        var lead = 0;
        if (word.Length > 3 && word[0] is 'و' or 'ل' or 'ب' && !QuotedNameHeads.Contains(word) && !QuotedNameHeads.Contains(word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word))
        {
            word = word[1..];
            lead = 1;
        }

        word = word.StartsWith("ال", StringComparison.Ordinal) ? word[2..] : word;
        return end > start && QuotedNameHeads.Contains(word) ? start + lead : nameStart;
    }

    private static int RoleStart(string text, int sentenceStart, int nameStart, List<string> roles)
    {
        var before = text.AsSpan(sentenceStart, nameStart - sentenceStart).TrimEnd();
        var best = RoleStartBefore(text, sentenceStart, before, nameStart, roles);
        // «وزير الخارجية السعودي الأمير فيصل»: the office ends before the rank, which the name keeps.
        for (var ranks = 0; ranks < 2; ranks++)
        {
            var space = before.LastIndexOf(' ');
            if (space > 0 && ArabicWords.Fold(before[(space + 1)..]) is "اول" or "ركن" or "الركن" && before[..space].TrimEnd() is var rankPart
                && rankPart.LastIndexOf(' ') is var rankSpace && rankSpace >= 0 && Entities.RoleFinder.IsTrailingRank(rankPart[(rankSpace + 1)..].ToString()))
            {
                // «قائد الجيش الفريق أول عبد الفتاح البرهان»: a rank of two words.
                space = rankSpace;
            }
            else if (space < 0 || !Entities.RoleFinder.IsTrailingRank(before[(space + 1)..].ToString()))
            {
                break;
            }

            before = before[..space].TrimEnd();
            best = Math.Min(best, RoleStartBefore(text, sentenceStart, before, nameStart, roles));
        }

        return best;
    }

    private static int RoleStartBefore(string text, int sentenceStart, ReadOnlySpan<char> before, int nameStart, List<string> roles)
    {
        var best = RoleEndingAt(text, sentenceStart, before, nameStart, roles);
        if (before.Length > 0 && before[^1] is '،' or ',')
        {
            // «استقبل رئيس الجمهورية، السيد عبد المجيد تبون، …»: the office, a comma, then its holder are one actor.
            best = Math.Min(best, RoleEndingAt(text, sentenceStart, before[..^1].TrimEnd(), nameStart, roles));
        }

        return best;
    }

    private static int RoleEndingAt(string text, int sentenceStart, ReadOnlySpan<char> before, int nameStart, List<string> roles)
    {
        var best = nameStart;
        foreach (var role in roles)
        {
            var at = sentenceStart + before.Length - role.Length;
            if (role.Length > 0 && at < best && before.EndsWith(role, StringComparison.Ordinal)
                && (at == sentenceStart || !char.IsLetter(text[at - 1]) || (text[at - 1] == 'و' && (at - 1 == sentenceStart || !char.IsLetter(text[at - 2])))))
            {
                best = at;
            }
        }

        return best;
    }

    /// <summary>Heads of a state's organs (actor keys, so «الخارجية» is «خارجي») and the CAMEO sector each gives:
    /// «الحكومة التونسية» is TUNGOV.</summary>
    private static readonly Dictionary<string, string> OrganHeads = new(StringComparer.Ordinal)
    {
        ["حكومه"] = "GOV", ["رياسه"] = "GOV", ["خارجي"] = "GOV", ["داخلي"] = "GOV", ["سلطات"] = "GOV", ["سلطه"] = "GOV",
        ["دبلوماسي"] = "GOV", ["برلمان"] = "LEG", ["جيش"] = "MIL", ["قوات"] = "MIL", ["بحري"] = "MIL", ["شرطه"] = "COP",
    };

    /// <summary>Organ heads that are also adjectives: after a definite noun they describe it («التجارة البحرية
    /// البريطانية», «السياسة الخارجية الأمريكية»), not name an organ.</summary>
    private static readonly HashSet<string> AdjectiveHeads = new(StringComparer.Ordinal) { "خارجي", "داخلي", "بحري", "دبلوماسي" };

    /// <summary>Heads that take one or two words before the nationality: «وزارة الداخلية», «مجلس النواب».</summary>
    private static readonly Dictionary<string, string> OrganPhraseHeads = new(StringComparer.Ordinal)
    {
        ["وزاره"] = "GOV", ["مجلس"] = "LEG", ["اجهزه"] = "COP", ["قوات"] = "MIL", ["رياسه"] = "GOV",
        // «مصلحة السجون الإسرائيلية», «إدارة الهجرة الأمريكية», «هيئة الأركان الإسرائيلية».
        ["مصلحه"] = "GOV", ["اداره"] = "GOV", ["هييه"] = "GOV",
    };

    /// <summary>Quantifiers (folded): «جميع», «كل», «كافة» … open a phrase of their own.</summary>
    private static readonly FrozenSet<string> Quantifiers = new[]
    {
        "جميع", "كل", "كافه", "بعض", "معظم", "مختلف", "اغلب", "غالبيه", "سائر", "عموم",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «الحكومة التونسية», «وزارة الداخلية التونسية», «الشرطة الفرنسية»: an organ named by its head and the state's
    /// nationality adjective is an organization of that state with the state's code and the organ's sector, where the
    /// dictionary did not know it (it knows «وزارة الدفاع الروسية»). The state keeps its mention; the organ is the actor.
    /// </summary>
    private static void AddStateOrgans(Document document, string text, List<Word> words, List<string> keys, List<ActorMention> actors,
        Dictionary<string, Entity> organs, Dictionary<string, Entity> byId)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            var state = actors[i];
            if (state.Kind != ActorKind.Country || state.Code is not { Length: 3 } code)
            {
                continue;
            }

            var seated = !IsNisba(text, state);
            if (seated && (state.Start < 4 || !text.AsSpan(0, state.Start).EndsWith(" في ", StringComparison.Ordinal)))
            {
                // (Only «… في <state>» can name an organ by its seat; no word search for the others.)
                continue;
            }

            var w = words.FindIndex(x => x.Start == state.Start);
            if (w < 1)
            {
                continue;
            }

            // The longest organ phrase: «وزارة الداخلية التونسية» over «الداخلية التونسية».
            string? sector = null;
            var first = -1;
            if (seated)
            {
                // «السلطات في دمشق», «الحكومة في طهران», «الشرطة في بغداد»: the organ of the state seated there, as
                // «السلطات السورية» is.
                if (w < 2 || words[w - 1].Key != "في" || ArabicWords.StripConjunction(words[w - 2].Key).ToString() is not ("السلطات" or "الحكومه" or "الشرطه")
                    || actors.Exists(a => a.Kind != ActorKind.Agent && a.Start < words[w - 2].End && a.End > words[w - 2].Start))
                {
                    continue;
                }

                (sector, first) = (OrganHeads[ArabicWords.StripConjunction(keys[w - 2]).ToString()], w - 2);
            }

            // «وزارة الأوقاف والشؤون الدينية الفلسطينية»: past three words, the head is taken only over definite words
            // («الأوقاف», «والشؤون»), never over «في مدينة».
            var definite = true;
            for (var back = 1; !seated && back <= 5 && w - back >= 0; back++)
            {
                if (back > 1 && actors.Exists(a => a.Kind != ActorKind.Agent && a.Start < words[w - back].End && a.End > words[w - back].Start))
                {
                    // «وزارة الخارجية الفلسطينية الإدارة الأمريكية»: another state's adjective or organ ends the phrase.
                    break;
                }

                if (Quantifiers.Contains(ArabicWords.StripConjunction(words[w - back].Key).ToString()))
                {
                    // «ودعت الوزارة جميع الأطراف اليمنية»: a quantifier opens another phrase, whom the organ addresses.
                    break;
                }

                if (ArabicWords.StripConjunction(words[w - back].Key).ToString() is "في" or "من" or "الي" or "علي" or "قرب" or "داخل")
                {
                    // «مقر الرئاسة في العاصمة الصومالية»: a preposition ends the organ's name; the nationality is the place's.
                    break;
                }

                var head = ArabicWords.StripConjunction(keys[w - back]).ToString();
                if ((back <= 3 || definite) && ((back == 1 ? OrganHeads.GetValueOrDefault(head) : null) ?? OrganPhraseHeads.GetValueOrDefault(head)) is { } found)
                {
                    (sector, first) = (found, w - back);
                }

                // («وزارة الخارجية وشؤون المغتربين الأردنية»: «وشؤون» in construct with the definite word after it.)
                definite &= words[w - back].Key.StartsWith("ال", StringComparison.Ordinal) || words[w - back].Key.StartsWith("وال", StringComparison.Ordinal)
                    || (back > 1 && words[w - back].Key is "وشوون" or "وشؤون" or "وشئون" && words[w - back + 1].Key.StartsWith("ال", StringComparison.Ordinal));
            }

            if (sector is null || Broken(text, words, first, w)
                || (first > 0 && PersonTitles.Contains(ArabicWords.StripConjunction(keys[first - 1]).ToString()))
                || (first > 0 && AdjectiveHeads.Contains(keys[first]) && words[first - 1].Key.StartsWith("ال", StringComparison.Ordinal)))
            {
                // «وزير الداخلية التونسي»: the organ names a person's office; the person is the actor.
                continue;
            }

            var start = words[first].Start;
            if (actors.Exists(a => a.Kind != ActorKind.Agent && a.Start != state.Start && a.Start < state.End && a.End > start))
            {
                // Part of a name the tagger or the dictionary found («مجلس التعاون الخليجي»), or of a person's title
                // («المتحدث باسم الخارجية الإيرانية إسماعيل بقائي»).
                continue;
            }

            var span = new TextSpan(start, state.End);
            var organKey = "organ:" + string.Join(' ', keys.GetRange(first, w - first + 1));
            if (!organs.TryGetValue(organKey, out var organ))
            {
                organ = new Entity
                {
                    Id = "A" + (organs.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Type = "ORG",
                    Name = DisplayName(text[span.Start..span.End], keys[first]),
                    Code = code + sector,
                    Country = state.EntityId is { } sid ? byId.GetValueOrDefault(sid)?.Country : null,
                };
                organs[organKey] = organ;
                document.Entities.Add(organ);
            }

            organ.Mentions.Add(span);
            actors.RemoveAll(a => a.Start < state.End && a.End > start);
            var at = actors.FindIndex(a => a.Start > start);
            actors.Insert(at < 0 ? actors.Count : at, new ActorMention(start, state.End, organ.Id, organ.Code, ActorKind.Organization));
            i = actors.FindIndex(a => a.Start == start);
        }
    }

    /// <summary>
    /// «وقال ألباريس إن بلاده ستواصل …», «وأكد رئيس الوزراء التركي أن حكومته ترفض …»: «بلاده» is the state of the
    /// person, body or nationality named last before it in the sentence (else of the last person named with a state in
    /// the sentences before: «وأضاف أن بلاده …»), «حكومته» that state's government; they become actors with its code (and the
    /// state's entity id when the text names the state). Returns the state of the sentence's last person, for the next.
    /// </summary>
    private static string? AddOwnStates(Document document, List<Word> words, List<ActorMention> actors, Dictionary<string, Entity> byId, string? lastPersonCountry)
    {
        string? sentencePerson = null;
        foreach (var a in actors)
        {
            if (a.Kind == ActorKind.Person && a.EntityId is { } pid && byId.TryGetValue(pid, out var person) && person.Country is { } pc)
            {
                sentencePerson = pc;
            }
        }

        for (var i = 0; i < words.Count; i++)
        {
            var key = ArabicWords.StripConjunction(words[i].Key);
            var government = key is "حكومته" or "حكومتها" or "حكومتهم";
            if (!government && key is not ("بلاده" or "بلادها" or "بلادهم"))
            {
                continue;
            }

            var word = words[i];
            if (actors.Exists(a => a.Start < word.End && a.End > word.Start))
            {
                continue;
            }

            string? country = null;
            foreach (var a in actors)
            {
                if (a.End <= word.Start && a.EntityId is { } id && byId.TryGetValue(id, out var named) && named.Country is { } cc)
                {
                    country = cc;
                }
                else if (a.End <= word.Start && a.EntityId is null && a.Code is { Length: >= 6 } titled
                    && Entities.ActorLexicon.Shared?.CountryOfAlpha3(titled[..3]) is { } ofCode)
                {
                    // «رئيس الوزراء التركي» (TURGOV), one actor with no entity: the state its code starts with.
                    country = ofCode;
                }
            }

            country ??= lastPersonCountry;

            if (country is null || Entities.ActorLexicon.Shared?.Alpha3(country) is not { } alpha3)
            {
                continue;
            }

            var state = document.Entities.Find(e => e.Type == "GPE" && e.State && e.Country == country);
            var start = word.Start + (words[i].Key.Length - key.Length);
            actors.Add(new ActorMention(start, word.End, government ? null : state?.Id, government ? alpha3 + "GOV" : alpha3,
                government ? ActorKind.Organization : ActorKind.Country, Pronoun: true));
            actors.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return sentencePerson ?? lastPersonCountry;
    }

    private static readonly FrozenSet<string> PartyWords = new[]
    {
        "الاطراف", "الطرفين", "الطرفان", "الجانبين", "الجانبان", "طرفي", "للطرفين", "للجانبين", "بالاطراف", "للاطراف",
        // «استقبل الرئيس وفدا أوروبيا», «وفدا من قسد»: a delegation (whose, its adjective or «من» says).
        "وفد", "وفدا", "الوفد", "وفود", "الوفود", "الوفدين", "الوفدان",
        // «اتهمت الوزارة جهات خارجية بـ…»: unnamed parties (the singular «جهة» is also "side": «من جهة أخرى»).
        "جهات", "الجهات", "لجهات", "بجهات",
        // «وشهد الزعيمان توقيع …», «واتفق الوزيران على …»: the two named before («الرئيسين» is also "the two main").
        "الزعيمان", "الزعيمين", "الوزيران", "الوزيرين", "الرئيسان", "القائدان", "القائدين", "العاهلان", "البلدان", "البلدين", "للبلدين",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PartyLookup = PartyWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// «دعا الطرفين إلى …», «واتفق الجانبان على …», «جميع الأطراف», «طرفي النزاع»: the parties a text speaks of, an actor
    /// with no code (who they are is said elsewhere).
    /// </summary>
    private static void AddParties(List<Word> words, List<ActorMention> actors)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var key = ArabicWords.StripConjunction(words[i].Key);
            if (!PartyLookup.Contains(key) || words[i].Key is "وجهات")
            {
                // («وجهات نظر»: viewpoints, not «و» + «جهات».)
                continue;
            }

            var start = words[i].Start + (words[i].Key.Length - key.Length);
            var end = words[i].End;
            if (key is "طرفي")
            {
                if (i + 1 >= words.Count || ArabicWords.StripArticle(words[i + 1].Key) is not ("نزاع" or "صراع" or "حرب" or "ازمه" or "اتفاق" or "القتال"))
                {
                    continue;
                }

                end = words[i + 1].End;
            }
            else if (i > 0 && ArabicWords.StripConjunction(words[i - 1].Key) is "جميع" or "كافه" or "كل")
            {
                start = words[i - 1].Start + (words[i - 1].Key.Length - ArabicWords.StripConjunction(words[i - 1].Key).Length);
            }

            if (actors.Exists(a => a.Start < end && a.End > start))
            {
                continue;
            }

            actors.Add(new ActorMention(start, end, null, null, ActorKind.Agent));
            actors.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>Nouns of a member of a body: «قيادي», «عنصر», «عضو», «مسؤول» (folded, with their plurals and accusatives).</summary>
    private static readonly FrozenSet<string> MemberNouns = new[]
    {
        "قيادي", "قياديا", "قياديين", "قياديون", "قيادات", "عنصر", "عنصرا", "عناصر", "عضو", "عضوا", "أعضاء", "مسؤول", "مسؤولا",
        "مسؤولين", "مسؤولون", "قائد", "قائدا", "قادة", "ضابط", "ضابطا", "ضباط", "مقاتل", "مقاتلا", "مقاتلين", "مقاتلون", "زعيم", "زعيما",
        "كادر", "كوادر", "ناشط", "ناشطا", "ناشطين",
    }.Select(w => ArabicWords.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> MemberLookup = MemberNouns.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether <paramref name="key"/> (a word's key, a conjunction allowed) is a member noun: «قيادي», «عنصرا».</summary>
    internal static bool IsMemberNoun(string key) => MemberLookup.Contains(ArabicWords.StripConjunction(key));

    /// <summary>Adjectives between a member noun and its body: «قيادي بارز في», «مسؤول رفيع في».</summary>
    private static readonly FrozenSet<string> MemberAdjectives = new[]
    {
        "بارز", "بارزا", "بارزين", "بارزون", "كبير", "كبيرا", "كبار", "رفيع", "رفيعا", "سابق", "سابقا", "ميداني", "ميدانيا", "محلي", "محليا",
    }.Select(w => ArabicWords.Fold(w)).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// «قيادي في حزب الله», «عنصرا في تنظيم داعش», «قيادي بارز بحركة حماس»: a member of a named body is an actor of that
    /// body (its entity and code, as PETRARCH codes a movement's official), written as the whole phrase, so a killed or
    /// arrested member has a side and his body's code.
    /// </summary>
    private static void AddMembers(List<Word> words, List<ActorMention> actors)
    {
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var key = ArabicWords.StripConjunction(words[i].Key);
            if (!MemberLookup.Contains(key))
            {
                continue;
            }

            var j = i + 1;
            if (j < words.Count && MemberAdjectives.Contains(words[j].Key))
            {
                j++;
            }

            if (j >= words.Count)
            {
                continue;
            }

            // «في حزب الله», «من الحرس الثوري» as a word of its own, or «بحركة حماس» with the preposition on the name.
            var preposition = words[j].Key is "في" or "من";
            var at = preposition ? j + 1 : j;
            if (at >= words.Count || (!preposition && !words[j].Key.StartsWith('ب')))
            {
                continue;
            }

            // «في حركة حماس» where the name is «حماس» alone: the body's head noun stands before it.
            var nameAt = at + 1 < words.Count && (preposition ? words[at].Key : words[at].Key[1..]) is "حركه" or "تنظيم" or "جماعه" or "حزب" or "ميليشيا" ? at + 1 : at;
            var body = actors.FindIndex(a => a.Kind == ActorKind.Organization && a.EntityId is not null && a.Code is not null
                && ((a.Start >= words[at].Start && a.Start <= words[at].Start + (preposition ? 0 : 1)) || (nameAt > at && a.Start == words[nameAt].Start)));
            if (body < 0)
            {
                continue;
            }

            var start = words[i].Start + (words[i].Key.Length - key.Length);
            var org = actors[body];
            // The member noun may be an agent of its own («عناصر», «قائد»); nothing else may stand in the phrase.
            if (actors.Exists(a => a != org && a.Start < org.Start && a.End > start && !(a.Kind == ActorKind.Agent && a.Start >= start && a.End <= words[i].End)))
            {
                continue;
            }

            actors.RemoveAll(a => a.Start >= start && a.End <= org.End);
            actors.Add(org with { Start = start });
            actors.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>Force nouns with a possessive pronoun: «قواته», «مقاتليها», «عناصرهم», «طائراتها», «قواتنا».</summary>
    private static readonly string[] ForceStems = ["قوات", "مقاتلي", "مقاتلو", "عناصر", "جنود", "وحدات", "مسلحي", "مسلحو", "طايرات", "مسيرات", "طيران", "دفاعات", "مدفعيت", "بحريت", "شرطت"];

    private static readonly string[] OwnerSuffixes = ["هم", "ها", "ه", "نا"];

    /// <summary>
    /// «أعلنت كتائب القسام أن مقاتليها استهدفوا دبابة», «زعم الجيش الإسرائيلي أن طائراته قصفت»: the forces of a pronoun
    /// are those of the actor named last before them in the sentence (not one after a preposition, «لوكالة رويترز»);
    /// they become a mention of it, so what they did has its actor. Quotes skip such mentions (as «بلاده»).
    /// </summary>
    private static void AddOwnForces(List<Word> words, List<ActorMention> actors)
    {
        if (actors.Count == 0)
        {
            return;
        }

        for (var i = 1; i < words.Count; i++)
        {
            // «وحداته»: the و may be the word's own («وحدات») or a conjunction.
            var key = IsOwnForce(words[i].Key) ? words[i].Key.AsSpan() : ArabicWords.StripConjunction(words[i].Key);
            if (key.Length < 5 || !IsOwnForce(key))
            {
                continue;
            }

            var word = words[i];
            if (actors.Exists(a => a.Start < word.End && a.End > word.Start))
            {
                continue;
            }

            ActorMention? owner = null;
            foreach (var a in actors)
            {
                if (a.End > word.Start)
                {
                    break;
                }

                var first = words.FindIndex(x => x.Start >= a.Start);
                var lead = first > 0 ? ArabicWords.StripConjunction(words[first - 1].Key) : [];
                var raw = first >= 0 ? words[first].Key : string.Empty;
                // (Nor a place after its head, «ريف حلب», «شمال سوريا»: where, not whose.)
                if (lead is "ل" or "مع" or "عن" or "الي" or "علي" or "ضد" or "في" or "من" or "بين" or "ريف" or "مدينه" or "بلده" or "منطقه"
                        or "محافظه" or "ولايه" or "اقليم" or "قريه" or "حي" or "شمال" or "جنوب" or "شرق" or "غرب" or "شمالي" or "جنوبي" or "شرقي"
                        or "غربي" or "قرب" or "داخل" or "وسط" or "مخيم"
                    || raw.StartsWith("ل", StringComparison.Ordinal) && !raw.StartsWith("لبنان", StringComparison.Ordinal))
                {
                    continue;
                }

                owner = a;
            }

            if (owner is not { } o)
            {
                continue;
            }

            var start = word.Start + (words[i].Key.Length - key.Length);
            actors.Add(new ActorMention(start, word.End, o.EntityId, o.Code, o.Kind, Pronoun: true));
            actors.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>
    /// «ودعا أوزال أنصاره إلى …», «دعت الحكومة مواطنيها إلى …», «أجلت فرنسا رعاياها»: people an actor calls its own (its
    /// supporters, citizens, nationals, workers) are a generic agent, whom a call or an act is aimed at. Forces («مقاتليها»)
    /// are the owner's own (<see cref="AddOwnForces"/>) and states and governments («بلاده», «حكومته») the owner's state.
    /// </summary>
    private static void AddPossessedPeople(ActorLexicon lexicon, List<Word> words, List<ActorMention> actors)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var key = ArabicWords.StripConjunction(words[i].Key);
            if (key.Length < 5 || key.StartsWith("ال", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var suffix in PossessiveSuffixes)
            {
                if (!key.EndsWith(suffix, StringComparison.Ordinal))
                {
                    continue;
                }

                // «مواطنيها» is «مواطنين» in construct; «أنصاره», «رعاياها» are broken plurals. A lone «ه» also ends feminine
                // adjectives («مسلحه», «ملكيه», «عماليه»), so with it the noun must be a plural.
                var stem = key[..^suffix.Length];
                // («مؤيديه», «معارضيه»: a participle's plural in construct is no adjective; «عماليه», «طلابيه» are.)
                var entry = suffix == "ه" ? (stem.EndsWith("ات", StringComparison.Ordinal) || PossessedPlurals.Contains(stem.ToString()) ? stem
                        : stem.Length >= 5 && stem[0] == 'م' && stem[^1] == 'ي' ? stem[..^1] : [])
                    : stem.Length >= 4 && stem[^1] == 'ي' ? stem[..^1]
                    : stem;
                var word = words[i];
                if (entry.Length >= 3 && !actors.Exists(a => a.Start < word.End && a.End > word.Start)
                    && lexicon.Find([entry.ToString()]) is [{ Kind: ActorKind.Agent, Code: { Length: >= 3 } code }] && PeopleSectors.Contains(code[^3..]))
                {
                    actors.Add(new ActorMention(word.Start + (word.Key.Length - key.Length), word.End, null, code, ActorKind.Agent));
                    actors.Sort((a, b) => a.Start.CompareTo(b.Start));
                }

                break;
            }
        }
    }

    private static readonly string[] PossessiveSuffixes = ["هم", "ها", "هن", "ه"];

    /// <summary>Broken plurals of people that take a possessive «ه» (folded): «أنصاره», «رعاياه», «أتباعه».</summary>
    private static readonly FrozenSet<string> PossessedPlurals = new[] { "انصار", "رعايا", "اتباع", "سكان", "زعماء", "اهالي" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Sectors of people, not of forces, officials or organs («سفيرها» is the owner's): what a possessed plural may name.</summary>
    private static readonly FrozenSet<string> PeopleSectors = new[] { "CVL", "OPP", "REF", "LAB", "EDU", "MED", "ELI", "REL", "AGR", "HLH" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ForceStemLookup =
        ForceStems.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsOwnForce(ReadOnlySpan<char> key)
    {
        if (key.Length < 5 || key[^1] is not ('ه' or 'ا' or 'م'))
        {
            return false;
        }

        foreach (var suffix in OwnerSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && ForceStemLookup.Contains(key[..^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// «استدعت وزارة الخارجية المغربية … وقالت الوزارة في بيان …»: the head noun alone, with the article, stands for the
    /// one organ named before with that head («الوزارة», «الحكومة», «الجيش»); it becomes a mention of it.
    /// </summary>
    private static (int Count, Dictionary<string, Entity?> ByHead) AddOrganAnaphors(Document document, Dictionary<string, Entity> byId, List<Word> words,
        List<string> keys, List<ActorMention> actors, Dictionary<string, Entity> organs, (int Count, Dictionary<string, Entity?> ByHead)? cached,
        Dictionary<string, Entity?> headed)
    {
        var text = document.Text;
        // The organs by head noun, rebuilt only when an entity was added since (the fallback table only grows).
        var byHead = cached is { } c && c.Count == organs.Count ? c.ByHead : null;
        if (byHead is null)
        {
            byHead = new Dictionary<string, Entity?>(StringComparer.Ordinal);
            foreach (var (key, organ) in organs)
            {
                if (key.StartsWith("organ:", StringComparison.Ordinal))
                {
                    var head = key["organ:".Length..].Split(' ')[0];
                    // Two organs with one head («وزارة الخارجية», «وزارة الداخلية»): «الوزارة» is neither.
                    byHead[head] = byHead.ContainsKey(head) && byHead[head] != organ ? null : organ;
                }
                else if (key.StartsWith("movement:", StringComparison.Ordinal) || (organ.Type == "ORG" && organ.Code is not null && !organ.State))
                {
                    // «حركة الشباب … وزعمت الحركة», «تنظيم داعش … وكان التنظيم قد تبنى»: a movement's head noun.
                    foreach (var name in organ.Aliases.Prepend(organ.Name))
                    {
                        var first = name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
                        if (first is null || name.IndexOf(' ') < 0)
                        {
                            continue;
                        }

                        var head = ArabicWords.ActorKey(ArabicWords.Fold(first));
                        if (MovementHeads.Contains(head))
                        {
                            byHead[head] = byHead.ContainsKey(head) && byHead[head] != organ ? null : organ;
                        }
                    }

                    foreach (var mention in organ.Mentions)
                    {
                        // «الجناح العسكري لحركة حماس … واتهم نتنياهو الحركة»: the head noun written before a name that
                        // is one word alone.
                        if (HeadWordBefore(text, mention.Start) is { } written && MovementHeads.Contains(written))
                        {
                            byHead[written] = byHead.ContainsKey(written) && byHead[written] != organ ? null : organ;
                        }
                    }
                }
            }
        }

        var result = (organs.Count, byHead);
        if (byHead.Count == 0 && headed.Count == 0)
        {
            return result;
        }

        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var bare = ArabicWords.StripConjunction(word.Key);
            if (!bare.StartsWith("ال", StringComparison.Ordinal) || bare.StartsWith("الي", StringComparison.Ordinal))
            {
                continue;
            }

            if (!byHead.TryGetValue(keys[i], out var named) && !headed.TryGetValue(keys[i], out named))
            {
                continue;
            }

            var start0 = word.Start + (word.Key.Length - bare.Length);
            // «جبهة الخلاص الوطني … رئيس الجبهة»: the tagger may have made the head alone an organization of its own, with
            // no code; it is the one named before.
            var lone = actors.FindIndex(a => a.Kind == ActorKind.Organization && a.Code is null && a.Start == start0 && a.End == word.End && a.EntityId is not null
                && byId.TryGetValue(a.EntityId, out var e) && e.Code is null && e.Name.IndexOf(' ') < 0);
            if (named is null || named.Mentions.Count == 0 || named.Mentions[0].Start >= word.Start
                || actors.Exists(a => a.Start < word.End && a.End > word.Start && (a.Kind != ActorKind.Agent || a.End > word.End) && (lone < 0 || a != actors[lone]))
                || (i + 1 < words.Count && ArabicWords.StripConjunction(words[i + 1].Key) is var nextWord && nextWord.StartsWith("ال", StringComparison.Ordinal)
                    && (nextWord.EndsWith("ي") || nextWord.EndsWith("ه")) && nextWord is not ("المسووليه" or "المسؤوليه") && !Broken(text, words, i, i + 1)))
            {
                // Not named before, already part of an actor, or followed by a definite adjective that makes it another
                // organ («الوزارة الأمريكية», «الحكومة الجديدة»; not «وحملت الجماعة المسؤولية»); a definite noun after
                // it is the verb's object («وتبنت الجماعة الهجوم»).
                continue;
            }

            var start = start0;
            var span = new TextSpan(start, word.End);
            if (lone >= 0 && byId.TryGetValue(actors[lone].EntityId!, out var held) && held != named)
            {
                held.Mentions.RemoveAll(x => x.Start == start && x.End == word.End);
                if (held.Mentions.Count == 0)
                {
                    RetireLoneHead(document, held, named);
                }
            }

            actors.RemoveAll(a => a.Start < word.End && a.End > word.Start);
            named.Mentions.Add(span);
            actors.Add(new ActorMention(span.Start, span.End, named.Id, named.Code, ActorKind.Organization));
            actors.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return result;
    }

    /// <summary>Head nouns of international bodies and agencies (actor keys): «الوكالة», «المنظمة», «المفوضية», «البعثة».</summary>
    private static readonly FrozenSet<string> BodyHeads = new[] { "وكاله", "منظمه", "مفوضيه", "بعثه" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> MovementHeads = new[]
    {
        "حركه", "تنظيم", "جماعه", "حزب", "ميليشيا", "مليشيا", "جبهه", "هييه", "كتايب", "فصيل", "تحالف",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The word right before <paramref name="start"/> (one space between), folded, with a conjunction and a
    /// preposition written on it off, as an actor key: «لحركة» → «حركه».</summary>
    private static string? HeadWordBefore(string text, int start)
    {
        var end = start - 1;
        if (end < 1 || text[end] != ' ')
        {
            return null;
        }

        var from = end;
        while (from > 0 && ArabicWords.IsWordChar(text[from - 1]))
        {
            from--;
        }

        if (from == end)
        {
            return null;
        }

        var word = ArabicWords.StripConjunction(ArabicWords.Fold(text.AsSpan(from, end - from)));
        var key = ArabicWords.ActorKey(word.ToString());
        return MovementHeads.Contains(key) || word.Length < 4 || word[0] is not ('ل' or 'ب') ? key : ArabicWords.ActorKey(word[1..].ToString());
    }

    /// <summary>Whether punctuation stands somewhere between words [from, to].</summary>
    private static bool Broken(string text, List<Word> words, int from, int to)
    {
        for (var j = from + 1; j <= to; j++)
        {
            if (!text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End).Trim().IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>«إيرانيين», «السوريون»: a nationality adjective in the plural.</summary>
    private static bool PluralNisba(string text, ActorMention a)
    {
        var span = text.AsSpan(a.Start, a.End - a.Start);
        return span.EndsWith("يين", StringComparison.Ordinal) || span.EndsWith("يون", StringComparison.Ordinal);
    }

    private static bool EndsWithTitle(string text, ActorMention a)
    {
        var span = text.AsSpan(a.Start, a.End - a.Start);
        var space = span.LastIndexOf(' ');
        var last = ArabicWords.ActorKey(ArabicWords.Fold(space < 0 ? span : span[(space + 1)..]));
        return PersonTitles.Contains(last);
    }

    /// <summary>«التركية», «الأمريكي»: a nationality adjective (the feminine is -ية; «أنقرة», «جدة» end in ة alone).</summary>
    internal static bool IsNisba(string text, ActorMention a)
    {
        if (!(text[a.End - 1] == 'ي' || text.AsSpan(a.Start, a.End - a.Start).EndsWith("ية", StringComparison.Ordinal)))
        {
            return false;
        }

        // «في بنغازي وزير الخارجية الإيطالي», «في قصر الحسينية رئيس الوزراء»: a city whose name ends like a nisba is
        // no adjective of the title after it.
        var last = text.LastIndexOf(' ', a.End - 1, a.End - a.Start) + 1;
        var word = text[Math.Max(last, a.Start)..a.End];
        // («المملكة العربية السعودية», «الإمارات العربية المتحدة»: a state's formal name ends like one and is a name.)
        if (last > a.Start && a.Kind == ActorKind.Country && Entities.ActorLexicon.Shared is { } states
            && states.StateOf(text[a.Start..a.End].TrimStart('و')) is not null)
        {
            return false;
        }

        return Entities.ActorLexicon.Shared is not { } places || places.NationalityOf(word) is not null
            || (places.CityOf(word) is null && places.CapitalOf(word) is null && places.StateOf(word) is null);
    }

    private static readonly System.Collections.Frozen.FrozenDictionary<string, SpeechCue>.AlternateLookup<ReadOnlySpan<char>> SpeechVerbs =
        SpeechCues.Verbs.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// «وحث الوزير الحكومة على …»: two definite nouns are no construct («وزير الحكومة»): a match of a definite title and
    /// a definite body after it is the title (as the lexicon reads it alone) and the body, whom its holder addresses.
    /// </summary>
    private static List<ActorMatch> TitleBeforeBody(ActorLexicon lexicon, List<ActorMatch> found, List<string> keys, List<Word> words)
    {
        for (var i = 0; i < found.Count; i++)
        {
            var m = found[i];
            if (m.Count != 2 || !PersonTitles.Contains(keys[m.First]) || !ArabicWords.StripConjunction(words[m.First].Key).StartsWith("ال", StringComparison.Ordinal)
                || !AddressedBodies.Contains(words[m.First + 1].Key))
            {
                continue;
            }

            found.RemoveAt(i);
            var parts = lexicon.Find([keys[m.First]]).ConvertAll(x => x with { First = m.First });
            parts.AddRange(lexicon.Find([keys[m.First + 1]]).ConvertAll(x => x with { First = m.First + 1 }));
            found.InsertRange(i, parts);
            i += parts.Count - 1;
        }

        return found;
    }

    /// <summary>
    /// Definite bodies a title's holder addresses or acts on (folded, with the article): after a definite title they
    /// are no genitive of it («الوزير الحكومة» is not «وزير الحكومة»).
    /// </summary>
    private static readonly FrozenSet<string> AddressedBodies = new[]
    {
        "الحكومه", "السلطات", "الجيش", "البرلمان", "الشرطه", "الاطراف", "المعارضه", "المجتمع", "الشعب", "الدول", "المواطنين",
        "الفصائل", "الاداره", "الحكومات", "الاحزاب", "القوات",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Heads of person titles (actor keys): a phrase they open names an office holder, not an institution.</summary>
    private static readonly HashSet<string> PersonTitles = new[]
    {
        "وزير", "رئيس", "نائب", "متحدث", "ناطق", "سفير", "ملك", "امير", "ولي", "قائد", "مدير", "امين", "مبعوث", "مستشار", "وكيل",
        "محافظ", "زعيم", "مندوب", "قنصل", "مسؤول", "مسوول", "سكرتير", "عضو", "وزيره", "رئيسه", "سفيره",
    }.Select(w => ArabicWords.ActorKey(ArabicWords.Fold(w))).ToHashSet(StringComparer.Ordinal);

    /// <summary>Sectors of a state's office holders, the part of a title's code after the state («FRAGOV»): a person
    /// named with such a title takes its code.</summary>
    private static readonly FrozenSet<string> StateSectors =
        new[] { "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "OPP" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>«المتحدث», «الوزير», «وزير»: whether a folded word heads a person's title.</summary>
    internal static bool IsPersonTitle(string folded) => PersonTitles.Contains(ArabicWords.ActorKey(ArabicWords.StripConjunction(folded).ToString()));

    /// <summary>
    /// A mention as a name: without a proclitic on its first word («لتنظيم داعش» → «تنظيم داعش», «وحزب …» → «حزب …»)
    /// and without quotation marks or brackets inside («تنظيم «داعش» → «تنظيم داعش»). Letters go only when the
    /// lexicon found the word without them (<paramref name="matchedKey"/>, the key it was found by), so «كتائب القسام»
    /// and «بوكو حرام» keep their first letter.
    /// </summary>
    internal static string DisplayName(string mention, string matchedKey)
    {
        var name = new string(mention.Where(c => c is not ('«' or '»' or '"' or '“' or '”' or '\'' or '(' or ')')).ToArray());
        name = string.Join(' ', name.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var space = name.IndexOf(' ', StringComparison.Ordinal);
        var first = space < 0 ? name : name[..space];
        if (first.Length >= 5 && first.StartsWith("لل", StringComparison.Ordinal) && space > 0)
        {
            // «للأجهزة الأمنية المغربية»: «ل» + «الأجهزة …» with the alef dropped; the name has its article.
            return "ال" + name[2..];
        }

        if (ArabicWords.ActorKey(ArabicWords.Fold(first)) == matchedKey)
        {
            return name;
        }

        for (var p = 1; p <= 2 && p < first.Length - 2; p++)
        {
            if ("وفبلك".IndexOf(first[p - 1], StringComparison.Ordinal) < 0)
            {
                break;
            }

            var rest = first[p..].TrimStart('ـ');
            if (ArabicWords.ActorKey(ArabicWords.Fold(rest)) == matchedKey)
            {
                // «للحرس الوطني» is «ل» + «الحرس الوطني» with the alef dropped: the name gets its article back.
                var article = first[..p].EndsWith("لل", StringComparison.Ordinal) && !rest.StartsWith("ال", StringComparison.Ordinal) ? "ال" : "";
                return article + rest + name[first.Length..];
            }
        }

        return name;
    }

    /// <summary>
    /// One noun phrase, one actor: «الرئيس» + «الأمريكي» + «باراك أوباما» are one ACTOR. Adjacent mentions merge when
    /// the first is a role (agent) or the second is a role or a nationality adjective; two names side by side
    /// («أوباما بريطانيا», subject then object) stay apart.
    /// </summary>
    private static List<ActorMention> MergePhrases(string text, List<ActorMention> actors)
    {
        if (actors.Count < 2)
        {
            return actors;
        }

        var merged = new List<ActorMention>(actors.Count) { actors[0] };
        var roleHead = actors[0].Kind == ActorKind.Agent;
        var hasName = actors[0].Kind is ActorKind.Person or ActorKind.Organization;
        var endsInNisba = false;
        for (var i = 1; i < actors.Count; i++)
        {
            var prev = merged[^1];
            var next = actors[i];
            var gap = next.Start - prev.End;
            var adjacent = gap >= 0 && gap <= 2 && text.AsSpan(prev.End, gap).Trim().IsEmpty;
            if (!adjacent && gap > 2 && prev.Kind == ActorKind.Agent && prev.Code is { Length: 3 } residents && NonStateRoles.Contains(residents)
                && next.Kind == ActorKind.Country && next.Code is { Length: 3 } place && PlaceHeadGap.Contains(text.AsSpan(prev.End, gap).Trim().ToString()))
            {
                // «أهالي مدينة إدلب», «سكان قرية المغير»: the people of a place, coded as that country's (SYRCVL).
                merged[^1] = new ActorMention(prev.Start, next.End, prev.EntityId, place + residents, ActorKind.Agent);
                continue;
            }

            var nisba = next.Kind == ActorKind.Country && IsNisba(text, next);
            // «عضو مجلس الشورى الدكتور فهد العنزي»: a role of an organization, then the person holding it — one actor.
            var nameAfterRole = roleHead && next.Kind is ActorKind.Person or ActorKind.Organization
                && (!hasName || (next.Kind == ActorKind.Person && prev.Kind == ActorKind.Organization));
            // «الجيش السوري والمسلحين»: a conjunction starts a second actor, never a part of the first.
            var coordinated = StartsWithConjunction(text, next);
            // «قتل مسلحون ثلاثة أشخاص»: a counted noun opens a phrase of its own.
            coordinated |= next.Kind == ActorKind.Agent && StartsWithNumber(text, next);
            // «هاجمت حركة الشباب قاعدة عسكرية», «نشرت روسيا قوات»: a named organization or state and a generic agent side
            // by side are subject and object, not one phrase (a role follows a person; a nationality adjective, «السوري»,
            // still joins what it describes).
            var objectAfterName = next.Kind == ActorKind.Agent && (prev.Kind == ActorKind.Organization
                || (prev.Kind == ActorKind.Country && !IsNisba(text, prev)))
                // «جبهة الخلاص الوطني المعارضة», «الحركة المسلحة»: an adjective of bodies describes the name before it.
                && !(prev.Kind == ActorKind.Organization && BodyAdjectives.Contains(text[next.Start..next.End]));
            // «استدعت وزارة الخارجية التركية السفير الإسرائيلي»: a role phrase closed by its nationality is complete; a
            // second role after it is another actor (here the object), not more of the first.
            objectAfterName |= endsInNisba && next.Kind == ActorKind.Agent;
            // «وطالب رئيس الحكومة نجيب ميقاتي المجتمع الدولي بـ…»: people or a community after a person's name are the
            // object, not an apposition (a person's office after the name, «X وزير الخارجية», still joins).
            // «واتهم الوزير عماد الطرابلسي شبكات تهريب البشر بـ…»: so are smugglers and parties (a journalist after a name
            // may be the name's apposition).
            objectAfterName |= prev.Kind == ActorKind.Person && next.Kind == ActorKind.Agent && next.Code is "CVL" or "OPP" or "REF" or "CRM" or "PTY" && !nisba
                && !StartsWithTitle(text, next);
            // «وطالب دانون الدول المانحة بـ…», «ودعا الزغاري المؤسسات الحقوقية الدولية»: so are the international
            // community, donors and organizations.
            objectAfterName |= prev.Kind == ActorKind.Person && next.Kind == ActorKind.Agent && !nisba && !StartsWithTitle(text, next)
                && (next.Code is "IGO" or "NGO" || text.AsSpan(next.Start).StartsWith("الدول", StringComparison.Ordinal));
            // «واتهم النائب سعود الساعدي الحكومة بـ…»: a body after a person's name is the object too (an office is not
            // a body: «X وزير الخارجية» joins).
            objectAfterName |= prev.Kind == ActorKind.Person && next.Kind == ActorKind.Agent && BodyAfterName(text, next);
            // «وطالبت الحركة رئيس السلطة محمود عباس بـ…»: a body named by its head alone is no title of the person after it.
            objectAfterName |= prev.Kind == ActorKind.Agent && (next.Kind == ActorKind.Person || (next.Kind == ActorKind.Agent && StartsWithTitle(text, next)))
                && LoneBody(text, prev);
            // «والتقى السوداني المرشد الإيراني علي خامنئي»: a title and another person's name after a person's is the object.
            objectAfterName |= prev.Kind == ActorKind.Person && next.Kind == ActorKind.Agent && StartsWithTitle(text, next)
                && i + 1 < actors.Count && actors[i + 1].Kind == ActorKind.Person && actors[i + 1].Start - next.End is >= 0 and <= 2;
            // «واستقبل الرئيس سعيد الوزيرة الجديدة», «استقبل القائد العام … المشير خليفة حفتر السفير الفرنسي»: a person named
            // after an office of his holds no second one after the name without a comma; that title is another person, the
            // object («الأمير فيصل بن فرحان وزير الخارجية», «العميد يحيى سريع المتحدث …»: after a rank or an honorific it joins).
            // («الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية»: the same office again, with its state, is his.)
            objectAfterName |= prev.Kind == ActorKind.Person && next.Kind == ActorKind.Agent && !nisba && StartsWithTitle(text, next)
                && OfficeTitles.Contains(ArabicWords.StripConjunction(ArabicWords.Fold(FirstWord(text, prev))).ToString())
                && ArabicWords.StripArticle(ArabicWords.StripConjunction(ArabicWords.Fold(FirstWord(text, prev)))).ToString()
                    != ArabicWords.StripArticle(ArabicWords.Fold(FirstWord(text, next))).ToString();
            // «وطالب المجلس إسرائيل بـ…»: a definite noun takes no genitive, so a state named after it (not its
            // nationality adjective) is another actor («وزير خارجية إيران» joins: «خارجية» is indefinite).
            objectAfterName |= prev.Kind == ActorKind.Agent && next.Kind == ActorKind.Country && !nisba && EndsDefinite(text, prev)
                && text[next.Start] != 'ل';
            // «الرئيس السوري أحمد الشرع», «نظيره التركي رجب طيب أردوغان»: a nationality right before a name is the
            // person's title, one actor with the person.
            // «المتحدث باسم الخارجية الإيرانية إسماعيل بقائي»: so does an organ named by its nationality.
            nameAfterRole |= next.Kind == ActorKind.Person && prev.Kind is ActorKind.Country or ActorKind.Organization
                && (endsInNisba || IsNisba(text, prev));
            // «وفرقت قوات الأمن المحتجين», «اعتقلت الشرطة المتظاهرين»: a definite group of people after a definite agent
            // is its object (a nisba adjective, «الشرطة العسكرية», still describes it).
            objectAfterName |= prev.Kind == ActorKind.Agent && next.Kind == ActorKind.Agent && EndsDefinite(text, prev)
                && next.Code is { Length: 3 } people && people is "OPP" or "CVL" or "REF" or "UAF" or "REB" or "RAD" or "LAB" or "EDU" or "MED"
                && PluralPeople(text, next);
            // «ودعت الوزارة مجلس الأمن إلى …», «وطالبت الحركة السلطة الفلسطينية بـ…»: a body named by its definite head alone
            // takes no genitive, so an organization or a state after it (not its nisba) is another actor, the object.
            objectAfterName |= prev.Kind == ActorKind.Agent && LoneBody(text, prev) && (next.Kind is ActorKind.Organization or ActorKind.Country && !nisba
                || (next.Kind == ActorKind.Agent && StartsWithLoneBody(text, next)));
            // «وطالب الاتحاد الحكومة بالتراجع», «ودعا وزير الخارجية السلطات إلى …»: a definite noun takes no definite
            // genitive, so a body named by its definite head after a definite agent is another actor, the object.
            objectAfterName |= prev.Kind == ActorKind.Agent && next.Kind is ActorKind.Agent or ActorKind.Organization && EndsDefinite(text, prev)
                && StartsWithLoneBody(text, next) && text[next.Start] != 'ل';
            // «واعتقلت القوات عنصرين من الخلية», «واعتقلت الشرطة خلية»: an indefinite noun after a definite one is neither
            // its adjective nor its genitive; it starts the object.
            // («وقصفت الطائرات الإسرائيلية مستشفى الشفاء»: so is one after a definite nationality adjective.)
            objectAfterName |= (prev.Kind == ActorKind.Agent || (prev.Kind == ActorKind.Country && IsNisba(text, prev))) && next.Kind == ActorKind.Agent
                && EndsDefinite(text, prev) && next.Code is not null
                && !text.AsSpan(next.Start).StartsWith("ال", StringComparison.Ordinal) && !text.AsSpan(next.Start).StartsWith("لل", StringComparison.Ordinal)
                && !(text[next.Start] is 'ب' or 'ل' or 'ك' or 'و' or 'ف' && text.AsSpan(next.Start + 1).StartsWith("ال", StringComparison.Ordinal))
                && !char.IsDigit(text[next.Start]);
            // «ورشق المحتجون قوات الأمن بالحجارة»: security forces after a definite group of people are its object.
            objectAfterName |= prev.Kind == ActorKind.Agent && next.Kind == ActorKind.Agent && PluralPeople(text, prev)
                && next.Code is { Length: >= 3 } force && force[^3..] is "MIL" or "COP" or "SPY";
            // «وصرح كارتر للصحافيين»: people after «لل» are whom one speaks or acts to, no part of the phrase before.
            objectAfterName |= next.Kind == ActorKind.Agent && text.AsSpan(next.Start).StartsWith("لل", StringComparison.Ordinal);
            // «وطالب النائب الوزير بـ…»: two one-word definite titles side by side are two people, subject and object.
            objectAfterName |= prev.Kind == ActorKind.Agent && next.Kind == ActorKind.Agent && OneDefiniteTitle(text, prev) && OneDefiniteTitle(text, next);
            // «ودعا المبعوث الأممي جميع الأطراف»: the parties (an uncoded agent) are another actor.
            objectAfterName |= next.Kind == ActorKind.Agent && next.Code is null && next.EntityId is null;
            // «الأمير مشعل بن ماجد محافظ جدة», «سفير المملكة لدى الأردن»: a title's place belongs to the title.
            var placeOfTitle = next.Kind == ActorKind.Country && EndsWithTitle(text, prev);
            if (adjacent && !coordinated && !objectAfterName && (prev.Kind == ActorKind.Agent || next.Kind == ActorKind.Agent || nisba || nameAfterRole || placeOfTitle))
            {
                endsInNisba = nisba;
                var lead = Rank(next.Kind) < Rank(prev.Kind) ? next : prev;
                if (next.Kind == ActorKind.Country && prev.Kind == ActorKind.Agent && prev.Code is { Length: 3 } role
                    && NonStateRoles.Contains(role) && next.Code is { Length: 3 } country)
                {
                    // «محتجين إيرانيين», «طلاب سوريون», «أهالي إدلب»: people of a nationality or a place, not its state:
                    // the country's code with their role (IRNOPP), and no link to the state's entity.
                    merged[^1] = new ActorMention(prev.Start, next.End, prev.EntityId, country + role, ActorKind.Agent);
                    hasName |= next.Kind is ActorKind.Person or ActorKind.Organization;
                    continue;
                }

                merged[^1] = new ActorMention(prev.Start, next.End, lead.EntityId ?? prev.EntityId ?? next.EntityId,
                    lead.Code ?? prev.Code ?? next.Code, lead.Kind);
                hasName |= next.Kind is ActorKind.Person or ActorKind.Organization;
            }
            else
            {
                merged.Add(next);
                endsInNisba = false;
                roleHead = next.Kind == ActorKind.Agent;
                hasName = next.Kind is ActorKind.Person or ActorKind.Organization;
            }
        }

        return merged;
    }

    /// <summary>Nouns of bodies that a person's name never runs into («X الحكومة» is X and the government).</summary>
    private static readonly HashSet<string> BodyNouns = new[]
    {
        "الحكومة", "السلطات", "الجيش", "البرلمان", "الشرطة", "القوات", "الاحتلال", "المعارضة", "المجتمع", "الأجهزة", "الفصائل", "الميليشيات",
    }.Select(w => ArabicWords.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Body nouns that, alone, name a body and no office («الحركة», «الوزارة»); offices are «رئيس اللجنة».</summary>
    private static readonly HashSet<string> LoneBodies = new HashSet<string>(BodyNouns.Concat(new[]
    {
        "الحركة", "الجماعة", "الوزارة", "المنظمة", "الهيئة", "اللجنة", "الجبهة", "السلطة", "الرئاسة", "الخارجية", "الداخلية", "الميليشيا",
        "الحزب", "الكتائب", "الاتحاد", "النقابة", "المجلس", "الائتلاف", "التحالف", "الجمعية", "الرابطة", "المفوضية", "البعثة", "المحكمة",
        "النيابة", "الوكالة", "المؤسسة", "الكتلة", "التنسيقية",
    }.Select(w => ArabicWords.Fold(w))), StringComparer.Ordinal);

    /// <summary>Whether the word before <paramref name="adjective"/> is a definite adjective («الشعبي») that follows an
    /// actor directly.</summary>
    private static bool DescribesBodyBefore(string text, List<Word> words, List<ActorMention> actors, ActorMention adjective)
    {
        var i = words.FindIndex(x => x.Start == adjective.Start);
        if (i < 2)
        {
            return false;
        }

        var prev = text.AsSpan(words[i - 1].Start, words[i - 1].End - words[i - 1].Start);
        if (!prev.StartsWith("ال", StringComparison.Ordinal) || !(prev.EndsWith("ي", StringComparison.Ordinal) || prev.EndsWith("ية", StringComparison.Ordinal)))
        {
            return false;
        }

        var before = words[i - 2];
        return actors.Exists(a => a.End == before.End && a.Kind is ActorKind.Agent or ActorKind.Organization);
    }

    private static readonly HashSet<string> TitleWords = new[]
    {
        "رئيس", "الرئيس", "وزير", "الوزير", "المرشد", "الملك", "الأمير", "أمير", "ملك", "الشيخ", "نائب", "زعيم", "قائد", "القائد", "المبعوث",
        "مبعوث", "سفير", "السفير", "الأمين", "أمين", "المتحدث", "الناطق", "رئيسة", "وزيرة", "الوزيرة", "ولي",
    }.Select(w => ArabicWords.Fold(w)).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// «هدد المتحدث باسم وزارة الخارجية الأمريكية بفرض عقوبات», «وانتقد الناطق الرسمي باسم الجيش …»: a spokesman named by
    /// the body alone speaks and acts for it: the body's actor takes him in (a name after it made one phrase already).
    /// </summary>
    private static void AddSpokesmen(string text, List<ActorMention> actors)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.Kind == ActorKind.Person || a.Code is null)
            {
                continue;
            }

            var before = text.AsSpan(0, a.Start).TrimEnd();
            if (!before.EndsWith("باسم", StringComparison.Ordinal) || (before.Length > 4 && char.IsLetter(before[^5])))
            {
                continue;
            }

            var rest = before[..^4].TrimEnd();
            var space = rest.LastIndexOf(' ');
            var word = rest[(space + 1)..];
            if (ArabicWords.Fold(word) is "الرسمي" && space > 0)
            {
                rest = rest[..space].TrimEnd();
                space = rest.LastIndexOf(' ');
                word = rest[(space + 1)..];
            }

            var folded = ArabicWords.Fold(word);
            var start = space + 1;
            if (folded.Length > 1 && folded[0] == 'و' && ArabicWords.StripConjunction(folded).Length < folded.Length)
            {
                start++; // «والمتحدث»: the conjunction is no part of the actor
            }

            if (ArabicWords.StripArticle(ArabicWords.StripConjunction(folded)) is not ("متحدث" or "ناطق" or "متحدثه" or "ناطقه"))
            {
                continue;
            }

            if (actors.Exists(x => x.Kind == ActorKind.Person && x.Start < a.End + 30 && x.End > start) || NameMayFollow(text, a.End))
            {
                // «المتحدث باسم الحكومة العراقية باسم العوادي»: the spokesman is named (his phrase is the actor), even where
                // no tagger found the name.
                continue;
            }

            if (i > 0 && actors[i - 1].End > start)
            {
                // «الناطق الرسمي» found as an agent of its own: it is the spokesman's title, part of this actor.
                if (actors[i - 1].Kind != ActorKind.Agent || actors[i - 1].Start < start)
                {
                    continue;
                }

                actors.RemoveAt(i - 1);
                i--;
            }

            actors[i] = new ActorMention(start, a.End, a.EntityId, a.Code, a.Kind);
        }
    }

    /// <summary>Whether the word right after <paramref name="end"/> may open a person's name: not a definite word, a
    /// complementizer, a preposition or a masdar with «بـ» (names that start with «ب» are listed).</summary>
    private static bool NameMayFollow(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i >= text.Length || !char.IsLetter(text[i]))
        {
            return false;
        }

        var j = i;
        while (j < text.Length && char.IsLetter(text[j]))
        {
            j++;
        }

        var word = ArabicWords.Fold(text.AsSpan(i, j - i));
        return !(word.StartsWith("ال", StringComparison.Ordinal) || word.StartsWith("وال", StringComparison.Ordinal) || word.StartsWith("لل", StringComparison.Ordinal)
            || word is "ان" or "انه" or "انها" or "بان" or "في" or "علي" or "عن" or "من" or "الي" or "خلال" or "عبر" or "امس" or "مساء" or "صباح" or "لدي" or "ل"
            || (word[0] is 'ب' or 'ل' && word is not ("باسم" or "بسام" or "بشار" or "بشير" or "بدر" or "بلال" or "بكر" or "بهاء" or "برهان" or "لؤي" or "ليث" or "لطفي")));
    }

    /// <summary>
    /// «وزارة الخارجية وشؤون المغتربين», «وزير الخارجية وشؤون المغتربين»: the field after «وشؤون» is the rest of the body's
    /// or the office's name; the emigrants are no actor of their own.
    /// </summary>
    private static void JoinAffairsOf(string text, List<ActorMention> actors)
    {
        for (var i = actors.Count - 1; i > 0; i--)
        {
            var (prev, a) = (actors[i - 1], actors[i]);
            if (a.Start <= prev.End || a.Start - prev.End > 9 || a.Kind != ActorKind.Agent || a.EntityId is not null)
            {
                continue;
            }

            if (ArabicWords.Fold(text.AsSpan(prev.End, a.Start - prev.End).Trim()) is "وشوون" or "وشيون")
            {
                actors[i - 1] = prev with { End = a.End };
                actors.RemoveAt(i);
            }
        }
    }

    private static bool DesignatedAs(string text, ActorMention a)
    {
        if (a.End - a.Start < 8 || text[a.Start] is not ('م' or 'ج' or 'ت'))
        {
            return false;
        }

        var phrase = ArabicWords.Fold(text.AsSpan(a.Start, a.End - a.Start));
        if (!(phrase.StartsWith("منظمه ", StringComparison.Ordinal) || phrase.StartsWith("جماعه ", StringComparison.Ordinal) || phrase.StartsWith("تنظيم ", StringComparison.Ordinal)))
        {
            return false;
        }

        var from = Math.Max(0, a.Start - 60);
        var before = ArabicWords.Fold(text.AsSpan(from, a.Start - from));
        var stop = before.LastIndexOfAny(['.', '،', ',', '؛']);
        if (stop >= 0)
        {
            before = before[(stop + 1)..];
        }

        return before.Contains("تصنيف", StringComparison.Ordinal) || before.Contains("صنف", StringComparison.Ordinal) || before.Contains("ادراج", StringComparison.Ordinal);
    }

    private static bool FacilityBefore(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (before.Length == start || before.IsEmpty || !char.IsLetter(before[^1]))
        {
            return false;
        }

        var space = before.LastIndexOf(' ');
        var word = ArabicWords.StripArticle(ArabicWords.StripConjunction(ArabicWords.Fold(before[(space + 1)..])));
        if (word.Length > 4 && word[0] is 'ب' or 'ل')
        {
            word = ArabicWords.StripArticle(word[1..]);
        }

        return word is "معبر" or "معبري" or "منفذ";
    }

    /// <summary>Offices that open a person's phrase (folded); not ranks or honorifics («الأمير», «الشيخ», «العميد»), after
    /// which a second title may follow the name.</summary>
    private static readonly HashSet<string> OfficeTitles = new[]
    {
        "رئيس", "الرئيس", "رئيسة", "الرئيسة", "وزير", "الوزير", "وزيرة", "الوزيرة", "قائد", "القائد", "المبعوث", "مبعوث", "سفير", "السفير",
        "الأمين", "أمين", "المتحدث", "الناطق", "نائب", "زعيم",
    }.Select(w => ArabicWords.Fold(w)).ToHashSet(StringComparer.Ordinal);

    private static ReadOnlySpan<char> FirstWord(string text, ActorMention a)
    {
        var span = text.AsSpan(a.Start, a.End - a.Start).Trim();
        var space = span.IndexOf(' ');
        return space < 0 ? span : span[..space];
    }

    /// <summary>Whether a mention starts with a title head («رئيس السلطة», «المرشد الإيراني»).</summary>
    private static bool StartsWithTitle(string text, ActorMention a) =>
        TitleWords.Contains(ArabicWords.StripConjunction(ArabicWords.Fold(FirstWord(text, a))).ToString());

    /// <summary>Whether a folded word is a body named by its definite head alone («الوزارة», «الحركة», «المنظمة»).</summary>
    internal static bool IsLoneBodyWord(ReadOnlySpan<char> folded) => LoneBodies.Contains(ArabicWords.StripConjunction(folded).ToString());

    /// <summary>Whether a mention's first word is a body named by its definite head alone («السلطة الفلسطينية»).</summary>
    private static bool StartsWithLoneBody(string text, ActorMention a)
    {
        var span = text.AsSpan(a.Start, a.End - a.Start).Trim();
        var space = span.IndexOf(' ');
        return IsLoneBodyWord(ArabicWords.Fold(space < 0 ? span : span[..space]));
    }

    /// <summary>A one-word definite title («النائب», «الوزير»).</summary>
    private static bool OneDefiniteTitle(string text, ActorMention a)
    {
        var span = text.AsSpan(a.Start, a.End - a.Start).Trim();
        return span.IndexOf(' ') < 0 && span.StartsWith("ال", StringComparison.Ordinal) && StartsWithTitle(text, a);
    }

    /// <summary>An agent that is one body noun alone («الحركة», «الحكومة»).</summary>
    private static bool LoneBody(string text, ActorMention a)
    {
        var span = text.AsSpan(a.Start, a.End - a.Start).Trim();
        return span.IndexOf(' ') < 0 && LoneBodies.Contains(ArabicWords.StripConjunction(ArabicWords.Fold(span)).ToString());
    }

    /// <summary>A definite plural of people, one word («المحتجين», «المتظاهرون», «الأهالي», «المدنيين»), not a nisba adjective.</summary>
    private static bool PluralPeople(string text, ActorMention a)
    {
        var word = ArabicWords.StripConjunction(ArabicWords.Fold(text.AsSpan(a.Start, a.End - a.Start).Trim()));
        return word.StartsWith("ال", StringComparison.Ordinal) && !word.Contains(' ')
            && (word.EndsWith("ين", StringComparison.Ordinal) || word.EndsWith("ون", StringComparison.Ordinal) || word is "الاهالي" or "السكان" or "الطلاب" or "العمال");
    }

    /// <summary>Whether the last word of a mention is definite («المجلس», «للمجلس»).</summary>
    private static bool EndsDefinite(string text, ActorMention a)
    {
        var span = text.AsSpan(a.Start, a.End - a.Start).Trim();
        var space = span.LastIndexOf(' ');
        var last = ArabicWords.StripConjunction(ArabicWords.Fold(space < 0 ? span : span[(space + 1)..]));
        return last.StartsWith("ال", StringComparison.Ordinal) || last.StartsWith("لل", StringComparison.Ordinal);
    }

    /// <summary>Whether an agent phrase starts with a body noun («الحكومة», «السلطات»), not an office («وزير»).</summary>
    private static bool BodyAfterName(string text, ActorMention next)
    {
        var span = text.AsSpan(next.Start, next.End - next.Start);
        var space = span.IndexOf(' ');
        return BodyNouns.Contains(ArabicWords.Fold(space < 0 ? span : span[..space]));
    }

    /// <summary>Adjectives that follow a body's name and describe it.</summary>
    /// <summary>Whether a text names a base as a place: «قاعدة» without the article («قاعدة عسكرية», «قاعدة تابعة
    /// للبعثة»), or «القاعدة» with an adjective of bases.</summary>
    private static bool BaseNamed(string text) =>
        System.Text.RegularExpressions.Regex.IsMatch(text, @"(?<![\p{L}])(?:[وبل]?قاعد[ةه](?!\p{L})|القاعد[ةه] (?:العسكري|الجوي|البحري|الأمريكي|الأميركي|الروسي|التركي))");

    /// <summary>
    /// The keys with «احتلال» written without the article made unmatchable: «حكومة الاحتلال» and «قوات الاحتلال» are
    /// Israel's organs, but «يواصل متظاهرون معارضون للحكومة احتلال المطار» is a government, then an occupation of
    /// something (keys drop the article, so both would read alike).
    /// </summary>
    private static List<string> OccupationMasked(List<string> keys, List<Word> words)
    {
        List<string>? masked = null;
        for (var i = 0; i < keys.Count && i < words.Count; i++)
        {
            var word = ArabicWords.StripConjunction(words[i].Key);
            if (word is "طالب" && NotTheActor(words, i))
            {
                // «وطالب المحتجون برحيل الحكومة»: the verb is no student, alone or in «طالب محتج».
                masked ??= [.. keys];
                masked[i] = "#" + keys[i];
                continue;
            }

            if (i == 0)
            {
                continue;
            }

            if (word.EndsWith("احتلال", StringComparison.Ordinal) && !word.EndsWith("الاحتلال", StringComparison.Ordinal))
            {
                masked ??= [.. keys];
                masked[i] = "#" + keys[i];
            }
        }

        return masked ?? keys;
    }

    /// <summary>
    /// Agents that are adjectives of the noun before them, no actors: an indefinite feminine nisba alone («مبادرة
    /// دبلوماسية», «جهود دبلوماسية»; not a kind of armed group, «جماعات إرهابية نفذت»), «armed» after a noun of an act
    /// («اقتحام مسلح», «نزاع مسلح») and «press» after a statement or a conference («بيان صحافي», «مؤتمر صحفي»). The
    /// shape of the word is tested first, so a sentence of thousands of agents costs no search for most of them.
    /// </summary>
    private static void RemoveDescribingAdjectives(string text, List<Word> words, List<ActorMention> actors)
    {
        // (Collected before the removal: the predicate must not read the list it removes from.)
        var actorEnds = actors.Select(b => b.End).ToHashSet();
        actors.RemoveAll(a =>
        {
            if (a.Kind != ActorKind.Agent || a.EntityId is not null)
            {
                return false;
            }

            var one = text.AsSpan(a.Start, a.End - a.Start);
            var nisba = one.IndexOf(' ') < 0 && one.Length >= 6 && one.EndsWith("ية", StringComparison.Ordinal) && !one.StartsWith("ال", StringComparison.Ordinal)
                && !(a.Code is { Length: >= 3 } kindCode && kindCode[^3..] is "RAD" or "REB" or "UAF");
            var folded = one.Length <= 9 || nisba ? ArabicWords.Fold(one) : string.Empty;
            var armed = folded is "مسلح" or "مسلحا" or "المسلح" or "مسلحه" or "المسلحه";
            var press = folded is "صحافي" or "صحفي" or "الصحافي" or "الصحفي" or "صحافيا" or "صحفيا";
            if (!nisba && !armed && !press)
            {
                return false;
            }

            var ai = WordAt(words, a.Start);
            if (ai <= 0)
            {
                return false;
            }

            if (nisba)
            {
                if (folded is "اغلبيه" or "اكثريه" or "مرجعيه" or "ميليشيه" or "مليشيه" or "شخصيه" or "اقليه" or "جمعيه" || char.IsDigit(words[ai - 1].Key[0]))
                {
                    return false;
                }

                return !actorEnds.Contains(words[ai - 1].End);
            }

            var headNoun = ArabicWords.StripArticle(ArabicWords.StripConjunction(words[ai - 1].Key)).ToString();
            return armed ? ArmedActs.Contains(headNoun)
                : headNoun is "بيان" or "بيانا" or "مؤتمر" or "مؤتمرا" or "تصريح" or "تصريحا" or "لقاء" or "لقايه" or "حديث" or "حديثا" or "ايجاز" or "تقرير";
        });
    }

    /// <summary>The index of the word that starts at <paramref name="start"/> (words are in text order), or -1.</summary>
    private static int WordAt(List<Word> words, int start)
    {
        int lo = 0, hi = words.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (words[mid].Start == start)
            {
                return mid;
            }

            if (words[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>Nouns of acts «مسلح» describes (folded, no article).</summary>
    private static readonly HashSet<string> ArmedActs = new(StringComparer.Ordinal)
    {
        "هجوم", "هجمات", "اقتحام", "اعتداء", "سطو", "نزاع", "صراع", "تمرد", "عمل", "كفاح", "مقاومه", "اشتباك", "اشتباكات", "هجوما", "اقتحاما",
        "اعتداءات", "حراك", "تدخل", "عصيان", "انقلاب", "سطوا", "عملا",
    };

    private static readonly HashSet<string> BodyAdjectives = new(StringComparer.Ordinal)
    {
        "المعارضة", "المعارض", "المسلحة", "المسلح", "المتشددة", "المتشدد", "الإرهابية", "الإرهابي", "الحاكمة", "الحاكم", "المتطرفة",
        "المتطرف", "الانفصالية", "الانفصالي", "المتمردة", "المحظورة", "المحظور",
    };

    /// <summary>A place head between people and their place: «أهالي مدينة إدلب».</summary>
    private static readonly HashSet<string> PlaceHeadGap = new(StringComparer.Ordinal)
    {
        "مدينة", "محافظة", "منطقة", "بلدة", "قرية", "ولاية", "إقليم", "مخيم", "حي", "مدينه", "محافظه", "منطقه", "بلده", "قريه", "ولايه",
    };

    /// <summary>Heads of international bodies' names (actor keys): «صندوق النقد الدولي», «برنامج الأغذية العالمي».</summary>
    private static readonly HashSet<string> BodyNameHeads = new[]
    {
        "منظمة", "صندوق", "بنك", "برنامج", "اتحاد", "جامعة", "مجلس", "وكالة", "محكمة", "برلمان", "حلف", "مفوضية", "لجنة", "منظمات",
    }.Select(w => ArabicWords.ActorKey(ArabicWords.Fold(w))).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// A body the dictionary codes as international (IGO) and names with two words or more under an organization's head:
    /// an entity even where the tagger missed it («لصندوق النقد الدولي»), like a curated movement; not the dictionary's
    /// people or titles that carry the code.
    /// </summary>
    private static bool IsInternationalBody(ActorMatch m, List<string> keys) =>
        m.Count >= 2 && (m.Code.StartsWith("IGO", StringComparison.Ordinal) || m.Code == "INT") && m.Kind is ActorKind.Organization or ActorKind.Agent
        && BodyNameHeads.Contains(keys[m.First]);

    /// <summary>CAMEO roles of people who are not their state: protesters, civilians, rebels, workers, students ….</summary>
    private static readonly HashSet<string> NonStateRoles = new(StringComparer.Ordinal)
    {
        "OPP", "CVL", "REB", "UAF", "RAD", "LAB", "EDU", "MED", "REF", "BUS", "HLH", "AGR", "REL", "CRM", "MUS", "NGO",
    };

    /// <summary>«آلاف التونسيين», «السوريون»: a nationality in the plural, alone, is people, not the state (TUNCVL).</summary>
    private static void PeopleOfNationality(string text, List<ActorMention> actors)
    {
        for (var i = 0; i < actors.Count; i++)
        {
            var a = actors[i];
            if (a.Kind == ActorKind.Country && a.Code is { Length: 3 } country && PluralNisba(text, a) && !text.AsSpan(a.Start, a.End - a.Start).Contains(' '))
            {
                actors[i] = new ActorMention(a.Start, a.End, null, country + "CVL", ActorKind.Agent);
            }
        }
    }

    private static bool StartsWithNumber(string text, ActorMention a)
    {
        var span = text.AsSpan(a.Start, a.End - a.Start);
        var space = span.IndexOf(' ');
        return space > 0 && ActorLexicon.IsNumber(ArabicWords.ActorKey(ArabicWords.Fold(span[..space])));
    }

    /// <summary>Whether the mention's first word carries the conjunction «و» (not the و of «وزارة», «واشنطن»).</summary>
    private static bool StartsWithConjunction(string text, ActorMention a)
    {
        if (a.Start > 0 && text[a.Start - 1] == 'و' && (a.Start == 1 || !char.IsLetter(text[a.Start - 2])))
        {
            return true; // «واللواء 444»: the mention starts after the conjunction written on it
        }

        if (text[a.Start] != 'و')
        {
            return false;
        }

        var span = text.AsSpan(a.Start, a.End - a.Start);
        var space = span.IndexOf(' ');
        var first = ArabicWords.Fold(space < 0 ? span : span[..space]);
        return ArabicWords.StripConjunction(first).Length < first.Length;
    }

    private static int Rank(ActorKind kind) => kind switch
    {
        ActorKind.Person => 0,
        ActorKind.Organization => 1,
        ActorKind.Country => 2,
        _ => 3,
    };

    /// <summary>
    /// One-word dictionary names that are common words here: «قاعدة» (a base, not al-Qaeda, which is «القاعدة» and not
    /// «القاعدة العسكرية/الجوية»), «الأسد» in «عين الأسد» (a place, not the Syrian president).
    /// </summary>
    private static bool NotTheActor(List<Word> words, int i)
    {
        var key = ArabicWords.StripConjunction(words[i].Key).ToString();
        var next = i + 1 < words.Count ? words[i + 1].Key : string.Empty;
        if (ArabicWords.StripArticle(key).ToString() == "قاعده")
        {
            return !key.Contains("ال", StringComparison.Ordinal) || next is "عين" or "العسكريه" or "الجويه" or "البحريه" or "العسكري" or "الامريكيه" or "الروسيه"
                or "التركيه" or "البريطانيه" or "الفرنسيه" or "الاساسيه" or "الشعبيه" or "الانتخابيه" or "الذهبيه" or "الجماهيريه";
        }

        if (key is "الاسد" && i > 0 && ArabicWords.StripConjunction(words[i - 1].Key).ToString() is "عين" or "قاعده" or "عرين")
        {
            return true;
        }

        // «وطالب المحتجون برحيل الحكومة», «طالب النواب الحكومة بـ…»: the verb (demanded), not a student, when a definite
        // noun follows it or «ب» and what is asked for.
        if (key is "طالب" && (next.StartsWith("ال", StringComparison.Ordinal) || next.StartsWith("بال", StringComparison.Ordinal) || (next.Length > 3 && next[0] == 'ب')))
        {
            return true;
        }

        // «تعهد بالقضاء على الإرهاب»: «القضاء على» is wiping out, not the judiciary.
        if (ArabicWords.StripArticle(key).ToString() is "قضاء" or "بالقضاء" or "للقضاء" && next is "علي")
        {
            return true;
        }

        // «استخدام القوة المفرطة ضد المتظاهرين», «لغة القوة»: force used, not a force that acts.
        if (ArabicWords.StripArticle(key).ToString() is "قوه" && (next is "المفرطه" or "المفرط" or "القاهره"
            || (i > 0 && ArabicWords.StripConjunction(words[i - 1].Key).ToString() is "استخدام" or "باستخدام" or "استعمال" or "لغه" or "منطق" or "بالقوه")))
        {
            return true;
        }

        // «متهمين الجنود الأميركيين بإطلاق النار», «متهما الحكومة بـ…»: the participle (accusing), not the accused, when a
        // definite object follows it (a count before it makes it the accused: «على 12 متهما»).
        if (key is "متهمين" or "متهما" or "متهمه" or "متهمون" && next.StartsWith("ال", StringComparison.Ordinal)
            && !(i > 0 && ActorLexicon.IsNumber(words[i - 1].Key)))
        {
            return true;
        }

        // «العمليات العسكرية», «قصف مدفعي», «الاعتداءات الإرهابية», «تعاون عسكري يمني»: a nisba the agent list also has as
        // a noun («عسكري», a soldier) describes the act or thing before it; it is nobody.
        // (An adjective agrees in definiteness; «دعم الأكاديمية» is a genitive, the academy's support.)
        if (i == 0 || !(key.EndsWith('ي') || key.EndsWith("يه", StringComparison.Ordinal)))
        {
            return false;
        }

        if (ArabicWords.StripArticle(key).StartsWith("حوثي", StringComparison.Ordinal) || ArabicWords.StripArticle(key) is "انتحاري" or "انتحاريه")
        {
            // «الهجمات الحوثية»: a movement's nisba names who did it; «تفجير انتحاري»: a suicide attack has its bomber.
            return false;
        }

        var head = ArabicWords.StripConjunction(words[i - 1].Key);
        var headDefinite = head.StartsWith("ال") || head.StartsWith("بال") || head.StartsWith("لل");
        var thing = ArabicWords.StripArticle(head).ToString();
        return headDefinite == key.StartsWith("ال", StringComparison.Ordinal)
            && (DescribedThings.Contains(thing) || (thing.Length > 4 && thing[0] is 'ب' or 'ل' && DescribedThings.Contains(thing[1..])));
    }

    /// <summary>Acts and things a nisba may describe (folded, without the article).</summary>
    private static readonly HashSet<string> DescribedThings = new(StringComparer.Ordinal)
    {
        "عمليات", "عمليه", "قصف", "هجوم", "هجمات", "اعتداءات", "اعتداء", "تعاون", "عمل", "اعمال", "تدخل", "حل", "خيار", "نشاط",
        "انشطه", "تصعيد", "تحرك", "تحركات", "دعم", "مساعدات", "وجود", "انتشار", "تنسيق", "حمله", "مناورات", "تدريبات", "ضربه",
        "ضربات", "غاره", "غارات", "عدوان", "تهديد", "تهديدات", "جرائم", "جريمه", "مخطط", "مخططات", "تفجير", "تفجيرات", "عنف",
        "حرب", "معارك", "معركه", "اشتباكات", "ملف", "شان", "علاقات", "شؤون", "صفقه", "صفقات", "معدات", "اسلحه", "اليات",
        "مواقع", "منشات", "اهداف", "كيانات", "افكار", "فكر", "خطاب", "انقلاب", "تمرد", "سلوك", "ممارسات", "تحالف",
        "اتفاق", "اتفاقيه", "زي", "طابع", "نهج", "مسار", "تفاهمات", "جهود", "قوه", "اداء", "تعزيزات", "ارتال", "رتل",
        "اليه", "مركبات", "عربات", "تحصينات", "مناطق", "منطقه",
        // «وعلى الصعيد الدبلوماسي»، «على المستوى الأمني»: a field, not a diplomat or an officer.
        "صعيد", "مستوي", "جانب", "شق", "مجال", "اطار", "مشهد", "ساحه", "حراك", "موقف", "قرار", "تحقيق", "تحقيقات",
    };

    /// <summary>«مستشفى الملك فهد», «مطار الملك عبدالعزيز», «جامعة الإمام محمد بن سعود»: a name after a facility's head
    /// names the facility, not the person the dictionary knows.</summary>
    private static bool AfterFacilityHead(List<Word> words, int i)
    {
        if (i == 0)
        {
            return false;
        }

        var head = ArabicWords.StripConjunction(words[i - 1].Key).ToString();
        if (head.Length > 3 && head[0] is 'ب' or 'ل' && head[1] != 'ا')
        {
            head = head[1..];
        }

        return head is "مستشفي" or "مطار" or "جامعه" or "مركز" or "جسر" or "شارع" or "كليه" or "معهد"
            or "مجمع" or "مكتبه" or "جايزه" or "جائزه" or "ميناء" or "ساحه" or "ميدان" or "مدرسه" or "مستشفيات" or "قصر" or "منتجع";
    }

    private static ActorKind KindOf(string type) => type switch
    {
        "PER" => ActorKind.Person,
        "GPE" => ActorKind.Country,
        _ => ActorKind.Organization,
    };
}
