using Marsad.Core;

namespace Marsad.Analysis.Entities;

/// <summary>
/// The "entities" processor: tags PER/ORG/LOC/MISC, refines places into GPE (states, cities) and LOC, finds roles
/// and affiliations, links nationality adjectives and anaphoric «الحركة» to their entities, and merges mentions of
/// one real-world actor into one <see cref="Entity"/>.
/// </summary>
public sealed class EntityRecognizer : IDocumentProcessor
{
    private const int MaxSentenceTokens = 150;

    /// <summary>
    /// Heads of factions and blocs a later «الفصيل», «التنظيم» refers back to, remembered only where a quoted name follows
    /// them («فصيل "كتائب سيد الشهداء"»): before a bare name they are often a body of their own («قوات التحالف وقيادة الجيش»).
    /// </summary>
    private static readonly string[] QuotedNameNominals = ["الفصيل", "التنظيم", "الكتلة", "التحالف", "التيار", "الجبهة", "الائتلاف"];

    private static readonly string GovernmentKey = ActorKey.Skeleton("حكومة");

    private static readonly HashSet<string> QuotedNameNominalKeys = new(QuotedNameNominals.Select(ActorKey.Skeleton), StringComparer.Ordinal);

    /// <summary>Skeletons of the nouns that head movement/party names: «حركة», «جماعة», «حزب», «منظمة».</summary>
    // «منزم»: the skeleton of «منظمة» (ظ → ز). Besides movements and parties, the heads of institutions a later
    // «البنك», «الوزارة», «المجلس» refers back to.
    private static readonly HashSet<string> OrgNominals = new(
        new[] { "حرك", "جماع", "حزب", "منظم", "منزم" }.Concat(new[] { "البنك", "الوزارة", "المجلس", "الهيئة", "اللجنة", "الشبكة", "الشركة", "الوكالة", "الاتحاد", "الجامعة", "المؤسسة", "المحكمة",
            "البعثة", "المفوضية", "السفارة", "القيادة", "الخلية", "المديرية", "الرئاسة", "الديوان", "المرصد", "الجمعية", "الرابطة", "النقابة", "المبادرة",
            "المركز", "المكتبة", "المستشفى", "الجامعة", "الكلية", "المعهد", "المجمع", "الجائزة", "المطار", "الجسر", "الميناء", "المعبر" }
            .Concat(QuotedNameNominals).Select(ActorKey.Skeleton)),
        StringComparer.Ordinal);

    private readonly NerTagger _tagger;
    private readonly ActorLexicon _lexicon;
    private readonly RoleFinder _roles;

    internal EntityRecognizer(NerTagger tagger, ActorLexicon lexicon)
    {
        _tagger = tagger;
        _lexicon = lexicon;
        _roles = new RoleFinder(lexicon);
    }

    public string Name => "entities";

    /// <summary>Raised whenever the output changes, so <c>marsad reanalyze</c> redoes stored articles (2: 2026-11-29).</summary>
    public string Version => "26";

    /// <summary>Loads the shipped tagger and lexicons from models/ (see <see cref="NerTagger.ModelsDirectory"/>).</summary>
    public static EntityRecognizer Load(string? modelsDir = null)
    {
        modelsDir ??= NerTagger.ModelsDirectory();
        var lexicon = ActorLexicon.Load(modelsDir);
        return new EntityRecognizer(NerTagger.Load(modelsDir), lexicon);
    }

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        var tokens = document.Tokens.Count > 0
            ? document.Tokens.Select(t => (t.Start, t.End)).ToList()
            : TextTokens.Split(text);
        var mentions = new List<Mention>();
        var ranges = Sentences(document, tokens).ToList();
        var sentences = ranges.Select(r => Enumerable.Range(r.From, r.To - r.From).Select(i => text[tokens[i].Start..tokens[i].End]).ToArray()).ToArray();
        cancellationToken.ThrowIfCancellationRequested();
        var allLabels = _tagger.Tag(sentences);
        var surnames = new HashSet<string>(StringComparer.Ordinal);
        var amman = IsJordanian(text, document.Title ?? string.Empty);
        for (var k = 0; k < ranges.Count; k++)
        {
            var sentence = new SentenceView(text, tokens, ranges[k].From, sentences[k], Spans(allLabels[k]));
            // Lone titles («الملك») or nationality adjectives («المصري») tagged as persons are not names.
            sentence.Spans.RemoveAll(sp => sp.Type == "PER" && sp.B - sp.A == 1
                && (_lexicon.IsTitleHead(sentence.Words[sp.A]) || _lexicon.NationalityOf(sentence.Words[sp.A]) is not null));
            // Markup left in a text («<img src=…>», «<script>») is no name.
            sentence.Spans.RemoveAll(sp => Enumerable.Range(sp.A, sp.B - sp.A).All(i => MarkupWords.Contains(sentence.Words[i])));
            // «مالي» is Mali and, far more often in news, "financial" («دعم مالي», «العام المالي»): a place only after a
            // word that introduces one.
            sentence.Spans.RemoveAll(sp => sp.B - sp.A == 1 && NerText.Normalize(sentence.Words[sp.A]) == "مالي"
                && (sp.A == 0 || !PlaceIntroducers.Contains(NerText.Normalize(sentence.Words[sp.A - 1]))));
            // «ميدانيا، قالت مصادر …», «أمنيا، أفادت …»: an adverb in «ـيا» opening a sentence before a comma is no place
            // (a state or a city the lexicon knows, «سوريا،», stays).
            sentence.Spans.RemoveAll(sp => sp.A == 0 && sp.B == 1 && sentence.Words.Length > 1 && sentence.Words[1] is "،" or ","
                && NerText.Normalize(sentence.Words[0]) is { Length: > 4 } adverb && adverb.EndsWith("يا", StringComparison.Ordinal)
                && _lexicon.StateOf(adverb) is null && _lexicon.CityOf(adverb) is null && _lexicon.CapitalOf(adverb) is null);
            // «والقاهرة ستستضيفان جولة مفاوضات»: a future verb (س + imperfect prefix + stem + dual/plural ending) is no place
            // or body, unless the lexicon knows the word.
            sentence.Spans.RemoveAll(sp => sp.Type != "PER" && sp.B - sp.A == 1 && FutureVerbShape(NerText.Normalize(sentence.Words[sp.A]))
                && _lexicon.StateOf(sentence.Words[sp.A]) is null && _lexicon.CityOf(sentence.Words[sp.A]) is null);
            JoinTheophoricNames(sentence, _tagger.Gazetteer);
            _roles.AddTitledNames(sentence, _tagger.Gazetteer);
            _roles.AddNamesAfterNationality(sentence);
            // «وزير الخارجية بدر عبد العاطي» tagged as two persons: a name part that cannot start a name on its own
            // («عبد», «بن», «أبو», «آل») right after a person continues it.
            for (var i = sentence.Spans.Count - 1; i > 0; i--)
            {
                var (a1, b1, t1) = sentence.Spans[i - 1];
                var (a2, b2, t2) = sentence.Spans[i];
                if (t1 == "PER" && t2 == "PER" && b1 == a2 && NerText.Normalize(sentence.Words[a2]) is "عبد" or "بن" or "ابن" or "ابو" or "ال" or "بنت")
                {
                    sentence.Spans[i - 1] = (a1, b2, "PER");
                    sentence.Spans.RemoveAt(i);
                }
            }

            // «أدانت جمهورية مصر العربية»: the tagger left out the word of the state's form; the formal name is the state.
            for (var i = 0; i < sentence.Spans.Count; i++)
            {
                var (a, b, type) = sentence.Spans[i];
                if (a > 0 && type is "LOC" or "GPE" or "ORG" && NerText.Normalize(sentence.Words[a - 1]) is "جمهوريه" or "مملكه" or "دوله" or "سلطنه" or "اماره" or "وجمهوريه"
                    && !sentence.Spans.Exists(sp => sp.B == a) && _lexicon.StateOf(string.Join(' ', sentence.Words, a - 1, b - a + 1).TrimStart('و')) is not null)
                {
                    sentence.Spans[i] = (a - 1, b, "GPE");
                }
            }

            // «طاقم سفينة "غالاكسي ليدر"», «الناقلة سونيون»: a ship's name is no person.
            for (var i = 0; i < sentence.Spans.Count; i++)
            {
                var (a, b, type) = sentence.Spans[i];
                var head = a > 1 && NerText.IsPunctuation(sentence.Words[a - 1][0]) ? a - 2 : a - 1;
                if (type is "PER" or "ORG" or "LOC" && head >= 0
                    && NerText.Normalize(sentence.Words[head]) is "سفينه" or "السفينه" or "ناقله" or "الناقله" or "باخره" or "الباخره" or "يخت" or "اليخت" or "باخرة" or "سفينتي")
                {
                    sentence.Spans[i] = (a, b, "MISC");
                }
            }

            // «تصنيف قوات الدعم السريع منظمة إرهابية»: a body's noun with an indefinite adjective is a kind, no name.
            sentence.Spans.RemoveAll(sp => sp.Type is "ORG" or "MISC" && sp.B - sp.A == 2
                && NerText.Normalize(sentence.Words[sp.A]) is "منظمه" or "جماعه" or "حركه" or "تنظيم" or "ميليشيا" or "مليشيا" or "جماعات" or "منظمات"
                && NerText.Normalize(sentence.Words[sp.A + 1]) is "ارهابيه" or "ارهابي" or "ارهابيا" or "مسلحه" or "مسلحا" or "متطرفه" or "متطرف" or "ارهابيتين");

            // «بعثة المينورسو», «بعثة الأمم المتحدة»: a name that opens with «بعثة» is a mission, a body.
            for (var i = 0; i < sentence.Spans.Count; i++)
            {
                var (a, b, type) = sentence.Spans[i];
                if (type is "LOC" or "GPE" or "PER" or "MISC" && b - a >= 2 && NerText.Normalize(sentence.Words[a]) is "بعثه" or "وبعثه" or "لبعثه" or "ببعثه")
                {
                    sentence.Spans[i] = (a, b, "ORG");
                }
            }

            // «أمام قصر العدالة»: a facility's head tagged alone as a town (a Tunisian town is called «قصر») before a definite
            // word is the facility's name with it.
            for (var i = 0; i < sentence.Spans.Count; i++)
            {
                var (a, b, type) = sentence.Spans[i];
                if (b - a == 1 && type is "LOC" or "GPE" or "ORG" && b < sentence.Words.Length && FacilityHead(NerText.Normalize(sentence.Words[a])) is { } facilityType
                    && NerText.Normalize(sentence.Words[b]).StartsWith("ال", StringComparison.Ordinal) && !sentence.Spans.Exists(sp => sp.A == b))
                {
                    // («إلى معهد الطب الشرعي»: so is an institute's, with the definite words of its name.)
                    var end = b + 1;
                    while (end < sentence.Words.Length && end < b + 3 && NerText.Normalize(sentence.Words[end]).StartsWith("ال", StringComparison.Ordinal)
                        && !sentence.Spans.Exists(sp => sp.A == end))
                    {
                        end++;
                    }

                    sentence.Spans[i] = (a, end, facilityType);
                }
            }

            // «جنوب السودان», «جنوب أفريقيا», «شمال مقدونيا»: a compass word before a name is part of a state's name when
            // the two name a state (South Sudan is not Sudan).
            for (var i = 0; i < sentence.Spans.Count; i++)
            {
                var (a, b, type) = sentence.Spans[i];
                if (a > 0 && type is "LOC" or "GPE" && NerText.Normalize(sentence.Words[a - 1]) is "جنوب" or "شمال" or "وجنوب" or "وشمال"
                    && !sentence.Spans.Exists(sp => sp.B == a)
                    && _lexicon.StateOf(string.Join(' ', sentence.Words, a - 1, b - a + 1).TrimStart('و')) is not null)
                {
                    sentence.Spans[i] = (a - 1, b, "GPE");
                }
            }

            // «إقليم جوبا السفلى», «شبيلي الوسطى»: a region named after a city or a river with «السفلى/العليا/الوسطى» is the
            // region, not the city (Juba is South Sudan's capital; Lower Juba is Somali).
            for (var i = 0; i < sentence.Spans.Count; i++)
            {
                var (a, b, type) = sentence.Spans[i];
                if (type is "LOC" or "GPE" && b < sentence.Words.Length && NerText.Normalize(sentence.Words[b]) is "السفلي" or "العليا" or "الوسطي"
                    && !sentence.Spans.Exists(sp => sp.A == b))
                {
                    sentence.Spans[i] = (a, b + 1, "LOC");
                }
            }

            // «في قصر بعبدا» tagged as «قصر» and «بعبدا»: a facility's head tagged alone right before a name is the head of
            // that name, not a town of its own (a Tunisian town is called «قصر»).
            for (var i = sentence.Spans.Count - 1; i > 0; i--)
            {
                var (a1, b1, _) = sentence.Spans[i - 1];
                var (a2, b2, t2) = sentence.Spans[i];
                if (b1 - a1 == 1 && b1 == a2 && t2 is "LOC" or "GPE" && FacilityHead(NerText.Normalize(sentence.Words[a1])) is not null)
                {
                    sentence.Spans[i - 1] = (a1, b2, "LOC");
                    sentence.Spans.RemoveAt(i);
                }
            }

            // «ودان رئيس الحكومة نواف سلام الغارات»: a definite plural in -ات ends no person's name (none of ANERcorp's
            // 1,608 training names of two words or more does); the tagger ran the name on into the object.
            for (var i = 0; i < sentence.Spans.Count; i++)
            {
                var (a, b, type) = sentence.Spans[i];
                // «وقال سامي الجعفري الخميس إن …»: so does a day after a name of two words or more (it is when, not a
                // family name; «محمد الجمعة» keeps his).
                // «بحسب بيان للديوان الملكي الهاشمي»: a name that opens with the head of a body's name is the body's.
                if (type == "PER" && b - a >= 2 && NerText.Normalize(sentence.Words[a]) is var head
                    && (head.StartsWith("لل", StringComparison.Ordinal) || head.StartsWith("بال", StringComparison.Ordinal) ? "ال" + head[(head[0] == 'ل' ? 2 : 3)..] : head) is var bare
                    && (DefiniteInstitutionHeads.Contains(bare) || bare is "الديوان" or "الوزاره" or "الهيئه" or "الجهاز"))
                {
                    sentence.Spans[i] = (a, b, "ORG");
                    (a, b, type) = sentence.Spans[i];
                }

                // Nor does an ordinal adverb («وجاء تحالف "تقدم" بزعامة محمد الحلبوسي ثانيا»: second).
                if (type == "PER" && b - a >= 3 && NerText.Normalize(sentence.Words[b - 1]) is var last
                    && (RoleFinder.IsDefinitePlural(last) || TrailingTimes.Contains(last) || OrdinalAdverbs.Contains(last)))
                {
                    sentence.Spans[i] = (a, b - 1, type);
                    (a, b, type) = sentence.Spans[i];
                }

                // «وطالب دانون الدول المانحة بـ…», «ودعا الزغاري المؤسسات الحقوقية الدولية إلى …»: a definite plural or a
                // body whom calls are made to is the object after the name, whatever follows it.
                for (var cut = a + 1; type == "PER" && cut < b; cut++)
                {
                    if (NerText.Normalize(sentence.Words[cut]) is var word && (RoleFinder.IsDefinitePlural(word) || AddressedNouns.Contains(word)))
                    {
                        sentence.Spans[i] = (a, cut, type);
                        break;
                    }
                }
            }

            for (var i = 0; i < sentence.Spans.Count; i++)
            {
                var (a, b, type) = sentence.Spans[i];
                if (type != "PER")
                {
                    continue;
                }

                // «المدعو علي حسين برجي», «المحامي خالد علي إن …»: «علي» written with ي is the name, not «على».
                if (a > 0 && sentence.Words[a - 1] == "علي" && (a < 2 || sentence.Words[a - 2] != "على"))
                {
                    a--;
                }

                if (b < sentence.Words.Length && sentence.Words[b] == "علي" && (b + 1 == sentence.Words.Length || NerText.IsPunctuation(sentence.Words[b + 1][0])
                    || NerText.Normalize(sentence.Words[b + 1]) is "ان" or "انه" or "انها"))
                {
                    b++;
                }
                else if (b + 2 < sentence.Words.Length && sentence.Words[b] == "علي" && sentence.Words[b + 1] is { Length: >= 3 } family
                    && family.All(char.IsLetter) && !NerText.Normalize(family).StartsWith("ال", StringComparison.Ordinal)
                    && (NerText.IsPunctuation(sentence.Words[b + 2][0]) || NerText.Normalize(sentence.Words[b + 2]) is "قد" or "ان" or "انه" or "انها"))
                {
                    // «وكان وزير الكهرباء زياد علي فاضل قد …»: «علي» with ي and a family name closing the clause are the name's.
                    b += 2;
                }

                // «للحزب الديمقراطي الكردستاني هوشيار زيباري»: a nisba right after an organization and before two more
                // name words is the organization's adjective, not the person's first name.
                if (b - a >= 3 && i > 0 && sentence.Spans[i - 1] is { Type: "ORG" } org && org.B == a && IsDefiniteNisba(sentence.Words[a]))
                {
                    sentence.Spans[i - 1] = (org.A, org.B + 1, "ORG");
                    a++;
                }

                if (b - a >= 3 && NerText.Normalize(sentence.Words[a]) is "السيد" or "السيده")
                {
                    // «رئيس الجمهورية، السيد عبد المجيد تبون»: «Mr» before a name of two words or more is no part of it
                    // («السيد البدوي» is a name).
                    a++;
                }

                for (var r = b - 3; r > a; r--)
                {
                    if (MilitaryRanks.Contains(NerText.Normalize(sentence.Words[r])))
                    {
                        // «قائد سنتكوم الأدميرال براد كوبر»: the tagger ran the office's body into the name; the name
                        // starts after the rank, and what stands before it is the title. (A rank opening the span stays:
                        // the actor view reads the title's code through it.)
                        a = r + 1;
                        break;
                    }
                }

                // «بتسليم حمزة»: a masdar with a preposition run into a name.
                if (b - a >= 2 && sentence.Words[a].Length >= 5 && (sentence.Words[a].StartsWith("بت", StringComparison.Ordinal) || sentence.Words[a].StartsWith("لت", StringComparison.Ordinal)))
                {
                    a++;
                }

                // «قيس سعيّد بولاية ثانية»: a common noun with a preposition after a name.
                var last = sentence.Words[b - 1];
                if (b - a >= 3 && last.Length > 3 && last[0] is 'ب' or 'ل' && TrailingNouns.Contains(NerText.Normalize(last[1..])))
                {
                    b--;
                }

                // «مدير ناحية ديرلوك»: a span opening with a place head is the place.
                if (PlaceHeads.Contains(NerText.Normalize(sentence.Words[a])) && b - a >= 2)
                {
                    type = "LOC";
                }

                // «قاعدة عين الأسد», «شارع الحبيب بورقيبة», «مستشفى الملك فهد»: a name after a facility's head (and a
                // title) names the facility, not the person.
                var lead = a > 0 && NerText.Normalize(sentence.Words[a - 1]) is "الملك" or "الامير" or "الشيخ" or "الامام" or "الرييس" or "السلطان" ? a - 1 : a;
                if (lead > 0 && (i == 0 || sentence.Spans[i - 1].B <= lead - 1) && FacilityHead(NerText.Normalize(sentence.Words[lead - 1])) is { } facility)
                {
                    (a, type) = (lead - 1, facility);
                }

                sentence.Spans[i] = (a, b, type);
            }

            AddFigures(sentence, surnames);
            AddMissedCities(sentence);
            AddUnionNames(sentence);
            AddGroupOfStateNames(sentence);
            AddQuotedBodyNames(sentence);
            AddInstitutionNames(sentence);
            var acronyms = AddAcronymBodies(sentence);
            ExtendNisbaSurnames(sentence, surnames);
            Mention? lastPerson = null;
            var lastPersonEnd = -1;
            foreach (var (a, b, type) in sentence.Spans)
            {
                if (NoName(sentence, a, b, type))
                {
                    continue;
                }

                if (lastPerson is { } person && lastPersonEnd == a - 1 && a >= 2 && sentence.Words[a - 1] == "(" && b < sentence.Words.Length && sentence.Words[b] == ")"
                    && (type == "PER" || (b - a == 1 && !sentence.Words[a].StartsWith("ال", StringComparison.Ordinal)
                        && sentence.Words[a].All(c => c is >= '\u0621' and <= '\u064A'))))
                {
                    // «محمد حمدان دقلو (حميدتي)»: a name in brackets right after a person's is that person's other name.
                    var alias = MakeMention(sentence, a, b, "PER", amman);
                    alias.AliasOf = person;
                    mentions.Add(alias);
                    lastPerson = null;
                    continue;
                }

                if (acronyms.Contains(a) && mentions.Count > 0 && mentions[^1].Type == "ORG" && b - a == 1)
                {
                    // «قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل)»: the acronym is the body's other name.
                    var other = MakeMention(sentence, a, b, "ORG", amman);
                    other.AliasOf = mentions[^1];
                    mentions.Add(other);
                    continue;
                }

                var made = MakeMention(sentence, a, b, type, amman);
                mentions.Add(made);
                (lastPerson, lastPersonEnd) = made.Type == "PER" ? (made, b) : (null, -1);
            }

            AddNominalMentions(sentence, mentions, surnames);
        }

        ReadAmbiguousCities(mentions);
        var entities = Resolve(mentions, text);
        AddSurnameMentions(text, tokens, entities);
        foreach (var person in entities)
        {
            // «الأمين العام لحزب الله نعيم قاسم»: the affiliation is the body's name, without the preposition its title
            // wrote on it.
            if (person.Affiliation is { Length: > 4 } written && written[0] is 'ل' or 'ب' or 'ك' or 'و'
                && entities.Exists(e => e.Type == "ORG" && (e.Name == written[1..] || e.Aliases.Contains(written[1..]))))
            {
                person.Affiliation = written[1..];
            }
        }

        document.Entities.AddRange(entities);
    }

    /// <summary>
    /// «طرابلس» is Libya's capital and a Lebanese city, «رفح» Egyptian and Palestinian: a city whose name is listed for
    /// several states is in the one of them the document names most (by its name, a nationality or another of its cities).
    /// </summary>
    private void ReadAmbiguousCities(List<Mention> mentions)
    {
        Dictionary<string, int>? named = null;
        foreach (var m in mentions)
        {
            if (m.Type != "GPE" || m.Country is null || m.City || _lexicon.StatesOfCity(m.Name) is not { } states)
            {
                continue;
            }

            named ??= NamedStates(mentions);
            var best = m.Country;
            var most = named.GetValueOrDefault(m.Country);
            foreach (var state in states)
            {
                if (named.GetValueOrDefault(state) > most)
                {
                    (best, most) = (state, named[state]);
                }
            }

            m.Country = best;
        }
    }

    /// <summary>How often each state is named in <paramref name="mentions"/> by its name, a nationality or a city of its own.</summary>
    private Dictionary<string, int> NamedStates(List<Mention> mentions)
    {
        var named = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Type == "GPE" && m.Country is { } c && _lexicon.StatesOfCity(m.Name) is null)
            {
                named[c] = named.GetValueOrDefault(c) + 1;
            }
        }

        return named;
    }

    /// <summary>Token ranges of sentences: the sentences layer when present, else «.»/«؟»/«!» and line breaks.</summary>
    private static IEnumerable<(int From, int To)> Sentences(Document document, List<(int Start, int End)> tokens)
    {
        var start = 0;
        var s = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var boundary = i - start >= MaxSentenceTokens;
            if (document.Sentences.Count > 0)
            {
                while (s < document.Sentences.Count && document.Sentences[s].End <= tokens[i].Start)
                {
                    s++;
                    boundary = true;
                }
            }
            else if (i > start && document.Text.AsSpan(tokens[i - 1].End, tokens[i].Start - tokens[i - 1].End).Contains('\n'))
            {
                boundary = true;
            }

            if (boundary && i > start)
            {
                yield return (start, i);
                start = i;
            }

            if (document.Sentences.Count == 0 && TextTokens.EndsSentence(document.Text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start)))
            {
                yield return (start, i + 1);
                start = i + 1;
            }
        }

        if (start < tokens.Count)
        {
            yield return (start, tokens.Count);
        }
    }

    /// <summary>conlleval chunks over label indices (the decoder already enforces BIO).</summary>
    private static List<(int A, int B, string Type)> Spans(int[] labels)
    {
        var spans = new List<(int, int, string)>();
        for (var i = 0; i < labels.Length; i++)
        {
            if (labels[i] == 0)
            {
                continue;
            }

            var type = NerModel.Labels[labels[i]][2..];
            var j = i + 1;
            while (j < labels.Length && labels[j] != 0 && labels[j] % 2 == 0 && NerModel.Labels[labels[j]][2..] == type)
            {
                j++;
            }

            spans.Add((i, j, type));
            i = j - 1;
        }

        return spans;
    }

    /// <summary>HTML tag and attribute names, and script words, as they appear when markup is pasted into a text.</summary>
    private static readonly HashSet<string> MarkupWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "img", "src", "script", "iframe", "onerror", "onclick", "onload", "onmouseover", "href", "div", "span", "javascript",
        "window", "alert", "style", "html", "body", "svg", "xmlns", "http", "https", "www", "br", "p", "a", "b", "i",
    };

    private static readonly string AmmanKey = ActorKey.Skeleton("عمان");

    /// <summary>Days and times that end no name (normalized).</summary>
    private static readonly HashSet<string> OrdinalAdverbs = new(new[]
    {
        "أولا", "ثانيا", "ثالثا", "رابعا", "خامسا", "أخيرا", "أيضا", "مجددا", "مؤخرا", "سابقا", "لاحقا", "حاليا", "رسميا",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    private static readonly HashSet<string> TrailingTimes = new(new[]
    {
        "السبت", "الأحد", "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "اليوم", "أمس", "مساء", "صباح",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>
    /// Whether «عمان» in this text is Amman: Jordan is named («الأردن», «الأردني», the Petra agency) and the sultanate
    /// is not («سلطنة عمان», «العماني», «مسقط»).
    /// </summary>
    private static bool IsJordanian(string text, string title) =>
        (Names(text, title, "عمان") || Names(text, title, "عمّان") || Names(text, title, "عمَّان"))
        && (Names(text, title, "الأردن") || Names(text, title, "الاردن") || Names(text, title, "بترا"))
        && !Names(text, title, "سلطنة") && !Names(text, title, "العماني") && !Names(text, title, "مسقط");

    private static bool Names(string text, string title, string word) =>
        text.Contains(word, StringComparison.Ordinal) || title.Contains(word, StringComparison.Ordinal);

    /// <summary>Words after which a word names a place: prepositions, compass points, «دولة», «جمهورية» (normalized).</summary>
    private static readonly HashSet<string> PlaceIntroducers = new(StringComparer.Ordinal)
    {
        "في", "الي", "من", "دوله", "جمهوريه", "شمال", "جنوب", "شرق", "غرب", "وسط", "بين", "حكومه", "رييس", "عاصمه", "مع",
        "وفي", "والي", "ومن", "بشمال", "بجنوب",
    };

    /// <summary>
    /// A current figure from models/actors/people-extra.tsv written in full: a person the tagger cut short («الرئيس
    /// اللبناني جوزاف» of «جوزاف عون», «أحمد» of «أحمد الشرع»: the last name is a common word) or missed («يحيى سريع»).
    /// </summary>
    private void AddFigures(SentenceView s, HashSet<string> surnames)
    {
        for (var i = 0; i + 1 < s.Words.Length; i++)
        {
            for (var n = 3; n >= 2; n--)
            {
                if (i + n > s.Words.Length || !_lexicon.EndsAFigure(s.Words[i + n - 1]) || Enumerable.Range(i, n).Any(j => NerText.IsPunctuation(s.Words[j][0])))
                {
                    continue;
                }

                var (start, _) = StripProclitics(s.Text, s.Tokens[s.From + i].Start, s.Tokens[s.From + i].End);
                var first = s.Text[start..s.Tokens[s.From + i].End];
                var name = first + " " + string.Join(' ', s.Words, i + 1, n - 1);
                if (!_lexicon.IsFigure(name, n) && !_lexicon.IsFigure(string.Join(' ', s.Words, i, n), n))
                {
                    continue;
                }

                // «العماد جوزاف» of «العماد جوزاف عون»: a rank the tagger took into the person is no part of the name.
                bool RankBefore((int A, int B, string Type) sp) =>
                    sp.Type == "PER" && sp.A < i && sp.B <= i + n && Enumerable.Range(sp.A, i - sp.A).All(j => RankWords.Contains(NerText.Normalize(s.Words[j])));
                if (s.Spans.Exists(sp => sp.A < i + n && sp.B > i && (sp.A < i || (sp.B > i + n && sp.Type != "PER")) && !RankBefore(sp)))
                {
                    // A span reaching out of the name other than the person's own: the tagger read something else here.
                    break;
                }

                // «واستقبل رئيس وزراء إثيوبيا آبي أحمد الوفد», «وأدان … حسن شيخ محمود الهجوم»: a definite noun the tagger ran
                // the listed name (or its last part) on into is the object, no part of the name.
                bool RunOn((int A, int B, string Type) sp) =>
                    sp.Type == "PER" && sp.A >= i && sp.A < i + n && sp.B > i + n && Enumerable.Range(i + n, sp.B - i - n).All(j => NerText.Normalize(s.Words[j]).StartsWith("ال", StringComparison.Ordinal));
                s.Spans.RemoveAll(sp => (sp.A >= i && sp.B <= i + n) || (sp.B > i && RankBefore(sp)) || RunOn(sp));
                s.Spans.Add((i, i + n, "PER"));
                s.Spans.Sort((x, y) => x.A.CompareTo(y.A));
                var last = NerText.Normalize(s.Words[i + n - 1]);
                if (last.Length > 4 && last.StartsWith("ال", StringComparison.Ordinal) && last[^1] == 'ي' && _lexicon.NationalityOf(s.Words[i + n - 1]) is not null)
                {
                    // «محمد شياع السوداني»: a nisba family name, so «السوداني» alone later is the person (as for the tagger's).
                    surnames.Add(last);
                }
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>
    /// «مدينة ود مدني», «في جسر الشغور»: a city of two or three words that the city list knows, after a place head or
    /// «في/من/إلى», where the tagger found nothing (or only a part: «مدني» read as civilian). The list comes from
    /// Wikidata and holds some people too, hence the introducer.
    /// </summary>
    private void AddMissedCities(SentenceView s)
    {
        for (var i = 1; i < s.Words.Length; i++)
        {
            var before = NerText.Normalize(s.Words[i - 1]);
            if (!PlaceHeads.Contains(before) && before is not ("في" or "من" or "الي" or "وفي" or "ومن"))
            {
                continue;
            }

            for (var n = 3; n >= 1; n--)
            {
                if (i + n > s.Words.Length || Enumerable.Range(i, n).Any(j => NerText.IsPunctuation(s.Words[j][0])))
                {
                    continue;
                }

                var name = string.Join(' ', s.Words, i, n);
                // One word only for the hand-listed cities of Arab news («إلى الموصل», «في عدن»): the city list's one-word
                // names include common words.
                var known = n == 1 ? _lexicon.IsListedCity(name) : (_lexicon.CityOf(name) ?? _lexicon.StateOf(name)) is not null;
                if (!known)
                {
                    continue;
                }

                if (s.Spans.Exists(sp => sp.A < i + n && sp.B > i && (sp.A < i || sp.B > i + n)))
                {
                    // A span reaching out of the name: the tagger read something else here.
                    break;
                }

                var inside = s.Spans.FindAll(sp => sp.A >= i && sp.B <= i + n);
                if (inside.Count == 1 && inside[0].Type != "PER" && inside[0].A > i && inside[0].B == i + n)
                {
                    // «محافظة إدلب», «مملكة البحرين»: the tagger found the name after its head word; keep it.
                    break;
                }

                // The city replaces what the tagger found inside it.
                s.Spans.RemoveAll(sp => sp.A >= i && sp.B <= i + n);
                var at = s.Spans.FindIndex(sp => sp.A > i);
                s.Spans.Insert(at < 0 ? s.Spans.Count : at, (i, i + n, "LOC"));
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>
    /// One-word spans that name nothing: torrents taken for Seoul («سيول جارفة», «جراء السيول»), a currency («820 مليون
    /// دولار»), a place word alone («ريف» of «ريف إدلب», «شمال»).
    /// </summary>
    private static bool NoName(SentenceView s, int a, int b, string type)
    {
        // «القوة القاهرة»: force majeure, not Cairo.
        if (type is "LOC" or "GPE" && b - a == 1 && a > 0 && NerText.Normalize(s.Words[a]) == "القاهره"
            && NerText.Normalize(s.Words[a - 1]) is "القوه" or "قوه" or "الظروف")
        {
            return true;
        }

        // «انحيازاً سافراً», «أوبريتاً»: indefinite accusatives written with tanween are descriptions, not names (without
        // the mark the same shape is common in foreign names: «ماريا سافينوفا»).
        if (type is "PER" or "ORG" && Enumerable.Range(a, b - a).All(i => s.Words[i].EndsWith('\u064B') || s.Words[i].EndsWith("اً", StringComparison.Ordinal)))
        {
            return true;
        }

        // «مبدأ حسن الجوار», «حسن النية»: «حسن» here is «good», not the name Hassan.
        if (type == "PER" && b - a == 2 && NerText.Normalize(s.Words[a]) == "حسن"
            && NerText.Normalize(s.Words[a + 1]) is "الجوار" or "النيه" or "الظن" or "التعامل" or "الاداء" or "السير" or "الحظ" or "الخلق" or "التنظيم" or "الضيافه" or "الاستقبال" or "التصرف" or "السلوك")
        {
            return true;
        }

        // «جميع الأطراف», «كافة الفصائل», «الطرفين»: a quantifier or the parties, after a title, are no one's name.
        if (type is "PER" or "ORG" && (NerText.Normalize(s.Words[a]) is "جميع" or "كافه" or "كل" or "بعض" or "معظم" or "اغلب" or "سائر" or "الطرفين"
            or "الطرفان" or "الجانبين" or "الجانبان" or "الاطراف" or "وجميع" or "لجميع"))
        {
            return true;
        }

        // «السفينة "ماريا ستار"», «الناقلة غالاكسي ليدر»: a ship's name is no person.
        if (type == "PER" && a > 0 && NerText.Normalize(s.Words[a - 1].Trim('"', '«', '»', '“', '”')) is "سفينه" or "السفينه" or "ناقله" or "الناقله" or "الباخره" or "باخره" or "سفينتي" or "السفينتين"
            or "حامله" or "المدمره" or "مدمره" or "الفرقاطه" or "فرقاطه" or "اليخت")
        {
            return true;
        }

        // «إلى فتح تحقيق عاجل», «بفتح المعابر»: the masdar «فتح» (opening) before what is opened is not Fatah.
        if (b < s.Words.Length && NerText.Normalize(s.Words[b - 1]) is "فتح" or "بفتح" or "لفتح" or "وفتح" or "الفتح"
            && OpenedThings.Contains(NerText.Normalize(s.Words[b]).TrimEnd('ا') is var opened && opened.StartsWith("ال", StringComparison.Ordinal) ? opened[2..] : opened))
        {
            return true;
        }

        if (b - a != 1)
        {
            return false;
        }

        // «نيسان», «جوان», «أيلول»: month names the tagger sometimes types as organizations or people.
        if (type is "PER" or "ORG" && MonthNames.Contains(NerText.Normalize(s.Words[a])))
        {
            return true;
        }

        var word = NerText.Normalize(s.Words[a]);
        if (word is "سيول" or "السيول" or "وسيول" or "بسيول"
            && (s.Words[a].Contains("ال", StringComparison.Ordinal) || (b < s.Words.Length && NerText.Normalize(s.Words[b]) is "جارفه" or "غزيره" or "عارمه" or "قويه" or "شديده")
                || (a > 0 && NerText.Normalize(s.Words[a - 1]) is "جراء" or "بسبب" or "اثر" or "اجتاحت")))
        {
            return true;
        }

        return (type == "MISC" && Currencies.Contains(word)) || (type is "LOC" or "GPE" && GenericPlaceWords.Contains(word));
    }

    /// <summary>What is opened after the masdar «فتح» (normalized, no article, a final alif of the accusative off).</summary>
    private static readonly HashSet<string> OpenedThings = new(StringComparer.Ordinal)
    {
        "تحقيق", "تحقيقات", "معبر", "معابر", "طريق", "طرق", "الطرقات", "طرقات", "ممر", "ممرات", "باب", "ابواب", "مجال", "ملف", "ملفات", "نار",
        "حدود", "حوار", "صفحه", "مكتب", "مكاتب", "سفاره", "سفارات", "مطار", "مطارات", "اجواء", "قنوات", "قناه", "مدارس", "اسواق", "محلات",
        "جامعات", "حساب", "حسابات", "منافذ", "منفذ", "موانئ", "ميناء", "بلاغ", "دعوي", "محضر", "جبهه", "جبهات", "خط", "خطوط", "فرع", "فروع",
        "قنصليه", "مراكز", "مركز", "مقر", "مقرات", "المعبر", "تحقيقا", "ابوابها", "ابوابه", "ملفا",
    };

    /// <summary>The type of a facility named by the head <paramref name="head"/> (normalized) and a person's name: places
    /// (streets, squares, bases, airports) or bodies (hospitals, universities, centres); null for other words.</summary>
    private static string? FacilityHead(string head)
    {
        var bare = head.Length > 3 && head[0] is 'و' or 'ب' or 'ل' && head[1] != 'ا' ? head[1..] : head;
        return bare switch
        {
            "شارع" or "ساحه" or "ميدان" or "جسر" or "سد" or "عين" or "قاعده" or "مطار" or "ميناء" or "مرفا" or "معبر" or "حي" or "ضاحيه" or "قلعه" or "قصر" => "LOC",
            "مستشفي" or "جامعه" or "مدرسه" or "مركز" or "مسجد" or "جامع" or "جايزه" or "جائزه" or "مكتبه" or "مدينه" or "كليه" or "معهد" or "مجمع" => "ORG",
            _ => null,
        };
    }

    /// <summary>Whether <paramref name="normalized"/> is a month's name (any of the three naming systems).</summary>
    internal static bool IsMonthName(string normalized) => MonthNames.Contains(normalized);

    /// <summary>Levantine and Maghrebi month names (normalized).</summary>
    private static readonly HashSet<string> MonthNames = new[]
    {
        "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "جانفي", "فيفري", "مارس", "افريل",
        "ماي", "جوان", "جويليه", "اوت", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "يناير", "فبراير", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس",
    }.ToHashSet(StringComparer.Ordinal);

    /// <summary>Words after a body's name that are not part of it (normalized).</summary>
    private static readonly HashSet<string> NotOfAName = new(StringComparer.Ordinal)
    {
        "التابعه", "التابع", "المعنيه", "المختصه", "الرقابه", "الدكتور", "الاستاذ", "الشيخ", "المهندس", "اليوم", "امس", "الجديد",
    };

    /// <summary>Heads of union and association names that end in «لل…» («الاتحاد المغربي للشغل»), normalized.</summary>
    private static readonly HashSet<string> UnionHeads = new(StringComparer.Ordinal)
    {
        "الاتحاد", "الكونفدراليه", "النقابه", "الهييه", "الهيئه", "الرابطه", "الجمعيه", "المنظمه", "الفيدراليه", "المرصد", "المركز",
        "المبادره", "الشبكه", "المؤسسه", "الموسسه", "المنتدي", "المعهد", "التنسيقيه", "الحمله", "الائتلاف", "الايتلاف",
    };

    /// <summary>Indefinite heads of bodies named after a group of a state: «شبكة أطباء السودان», «نقابة صحفيي اليمن» (normalized).</summary>
    private static readonly HashSet<string> GroupBodyHeads = new(new[]
    {
        "شبكة", "نقابة", "رابطة", "هيئة", "اتحاد", "جمعية", "لجنة", "لجان", "تجمع", "تنسيقية", "منظمة", "مجلس",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>
    /// «اتهمت شبكة أطباء السودان قوات الدعم السريع …», «نقابة صحفيي اليمن», «هيئة علماء المسلمين في العراق» aside: an
    /// indefinite body head, one or two indefinite nouns of people, and a state the tagger found are one ORG, where the
    /// tagger saw only the state.
    /// </summary>
    private static void AddGroupOfStateNames(SentenceView s)
    {
        for (var i = 0; i + 2 < s.Words.Length; i++)
        {
            var head = NerText.Normalize(s.Words[i]);
            head = head.Length > 4 && head[0] is 'و' or 'ب' or 'ل' && GroupBodyHeads.Contains(head[1..]) ? head[1..] : head;
            if (!GroupBodyHeads.Contains(head))
            {
                continue;
            }

            var j = i + 1;
            while (j < s.Words.Length && j - i <= 2 && NerText.Normalize(s.Words[j]) is { Length: >= 4 } w && !w.StartsWith("ال", StringComparison.Ordinal)
                && w.All(c => c is >= '\u0621' and <= '\u064A') && PeopleInConstruct(w) && !s.Spans.Exists(sp => sp.A <= j && j < sp.B))
            {
                j++;
            }

            if (j == i + 1 || j >= s.Words.Length || s.Spans.FindIndex(sp => sp.A == j && sp.Type is "GPE" or "LOC") is not (var g and >= 0)
                || s.Spans.Exists(sp => sp.A < j && sp.B > i))
            {
                continue;
            }

            var end = s.Spans[g].B;
            s.Spans.RemoveAt(g);
            var at = s.Spans.FindIndex(sp => sp.A > i);
            s.Spans.Insert(at < 0 ? s.Spans.Count : at, (i, end, "ORG"));
            i = end - 1;
        }
    }

    /// <summary>A plural of people in construct (normalized): «اطباء», «علماء», «صحفيي», «محامي», «طلاب».</summary>
    private static bool PeopleInConstruct(string w) =>
        w.EndsWith("اء", StringComparison.Ordinal) || (w.Length >= 5 && w[^1] == 'ي') || w is "طلاب" or "عمال" or "شباب" or "نساء" or "اسر" or "اهالي" or "ضحايا" or "تجار";

    /// <summary>
    /// «الاتحاد المغربي للشغل», «الكونفدرالية الديمقراطية للشغل», «النقابة الوطنية للصحفيين التونسيين»: a union or an
    /// association named by its head, its adjectives and «لل» + whom it gathers, where the tagger found nothing there.
    /// </summary>
    private static void AddUnionNames(SentenceView s)
    {
        for (var i = 0; i + 2 < s.Words.Length; i++)
        {
            if (!UnionHeads.Contains(NerText.Normalize(s.Words[i])))
            {
                continue;
            }

            var j = i + 1;
            while (j < s.Words.Length && j - i <= 3 && NerText.Normalize(s.Words[j]) is var w && w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3)
            {
                j++;
            }

            if (j == i + 1 || j >= s.Words.Length || !NerText.Normalize(s.Words[j]).StartsWith("لل", StringComparison.Ordinal) || s.Words[j].Length < 5)
            {
                continue;
            }

            // «المبادرة المصرية للحقوق الشخصية», «الحملة الوطنية لـ…»: heads that are also common nouns («المبادرة المخالفة
            // للدستور», an initiative) name a body only with a nisba or «العامة/الأعلى» after them.
            if (NerText.Normalize(s.Words[i]) is "المبادره" or "الحمله" or "الشبكه" or "الايتلاف" or "الائتلاف" or "المنتدي"
                && !InstitutionAdjective(NerText.Normalize(s.Words[i + 1])))
            {
                continue;
            }

            // «للسياحة والتراث الوطني», «للتخصصات الصحية»: what it gathers may go on with «و» and adjectives (not with
            // a definite object after the name: «انتقدت المبادرة المصرية للحقوق الشخصية الحكم»).
            var end = j + 1;
            while (end < s.Words.Length && end - j <= 2 && NerText.Normalize(s.Words[end]) is var more
                && ((more.StartsWith("ال", StringComparison.Ordinal) && (InstitutionAdjective(more) || more is "العرب" or "المسلمين"
                        || (more.EndsWith('ه') && NerText.Normalize(s.Words[end - 1]).EndsWith('ه')))) || more.StartsWith("وال", StringComparison.Ordinal))
                && more.Length > 3 && !NotOfAnInstitution.Contains(more)
                && !TrailingTimes.Contains(more) && !NotOfAName.Contains(more) && !PersonTitleHeads.Contains(more))
            {
                end++;
            }

            if (s.Spans.Exists(sp => sp.A < end && sp.B > i && (sp.Type is "PER" or "ORG")))
            {
                continue;
            }

            s.Spans.RemoveAll(sp => sp.A >= i && sp.B <= end);
            var at = s.Spans.FindIndex(sp => sp.A > i);
            s.Spans.Insert(at < 0 ? s.Spans.Count : at, (i, end, "ORG"));
            i = end - 1;
        }
    }

    /// <summary>«الكردستاني», «الوطنية»: a definite adjective in ي/ية (normalized letters).</summary>
    private static bool IsDefiniteNisba(string word)
    {
        var w = NerText.Normalize(word);
        return w.Length > 4 && w.StartsWith("ال", StringComparison.Ordinal) && (w.EndsWith("ي", StringComparison.Ordinal) || w.EndsWith("يه", StringComparison.Ordinal));
    }

    /// <summary>Whether anything but spaces stands between words <paramref name="a"/> and <paramref name="b"/>.</summary>
    private static bool Gap(SentenceView s, int a, int b)
    {
        var from = s.Tokens[s.From + a].End;
        var to = s.Tokens[s.From + b].Start;
        return !s.Text.AsSpan(from, Math.Max(0, to - from)).IsWhiteSpace();
    }

    /// <summary>Heads of institutions named by the definite words after them (normalized): «مجلس النواب», «وزارة الداخلية».</summary>
    private static readonly HashSet<string> InstitutionHeads = new(StringComparer.Ordinal)
    {
        "مجلس", "وزاره", "محكمه", "حكومه", "هييه", "جهاز", "قياده", "خليه", "بعثه", "مفوضيه", "لجنه", "ديوان", "مديريه", "رياسه",
    };

    /// <summary>
    /// What «قيادة» (command) and «جهاز» (service) must be of to name a body (normalized): «قيادة العمليات المشتركة»,
    /// «جهاز الأمن الوطني»; «بقيادة المملكة» (led by) and «جهاز السحب» (a device) name none.
    /// </summary>
    private static readonly HashSet<string> CommandComplements = new(StringComparer.Ordinal)
    {
        "القوات", "العمليات", "الجيش", "المحور", "الاركان", "المنطقه", "الشرطه", "الحرس", "الدفاع", "الامن", "التحالف", "المخابرات",
        "الاستخبارات", "الرقابه", "البحريه", "الدرك", "الموساد", "القوه",
    };

    /// <summary>The same heads with the article: a name only with an adjective after («المجلس الأعلى للدولة», «النيابة العامة»).</summary>
    private static readonly HashSet<string> DefiniteInstitutionHeads = new(StringComparer.Ordinal)
    {
        "المجلس", "المحكمه", "النيابه", "اللجنه", "المفوضيه", "البعثه", "الديوان", "المديريه", "القياده",
    };

    /// <summary>Adjectives of institutions' names (normalized): nisbas in ي/ية and a few others («الأعلى», «العامة»).</summary>
    private static bool InstitutionAdjective(string w) =>
        w.EndsWith("ي", StringComparison.Ordinal) || w.EndsWith("يه", StringComparison.Ordinal)
        || w is "الاعلي" or "العليا" or "العام" or "العامه" or "الكبري" or "الموحده" or "المشتركه" or "المستقله" or "المركزي" or "الدايم" or "الدايمه"
            or "الخاصه" or "المختلطه" or "الموقت" or "الموقته";

    /// <summary>Military and judicial ranks before a name (normalized): never part of an institution's name.</summary>
    private static readonly HashSet<string> RankWords = new(StringComparer.Ordinal)
    {
        "القاضي", "القاضيه", "المحاميه", "اللواء", "العميد", "العقيد", "الفريق", "المقدم", "الرايد", "النقيب", "العماد", "المحامي", "المشير",
    };

    /// <summary>Military ranks (normalized), which stand before a name and are never inside one.</summary>
    private static readonly HashSet<string> MilitaryRanks = new(new[]
    {
        "الأدميرال", "الجنرال", "اللواء", "العميد", "العقيد", "الفريق", "المشير", "العماد", "المقدم", "الرائد", "النقيب",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>Definite words that end an institution's name rather than go on with it (normalized).</summary>
    private static readonly HashSet<string> NotOfAnInstitution = new(StringComparer.Ordinal)
    {
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "الماضي", "الماضيه", "المقبل", "المقبله", "الجاري", "الحالي", "الحاليه",
        "السابق", "السابقه", "الاخير", "الاخيره", "القادم", "القادمه", "الان", "المذكور", "المذكوره", "نفسه", "نفسها", "الاول", "الثاني",
    };

    /// <summary>Heads of international and other bodies that news writes out in full before an acronym in brackets.</summary>
    private static readonly HashSet<string> AcronymHeads = new(new[]
    {
        "قوة", "القوة", "بعثة", "البعثة", "منظمة", "المنظمة", "برنامج", "البرنامج", "وكالة", "الوكالة", "المجموعة", "مجموعة", "مفوضية", "المفوضية",
        "لجنة", "اللجنة", "هيئة", "الهيئة", "صندوق", "الصندوق", "القيادة", "قيادة", "الاتحاد", "اتحاد", "مجلس", "المجلس", "جمعية", "الجمعية",
        "شبكة", "الشبكة", "حركة", "الحركة", "جبهة", "الجبهة", "تحالف", "التحالف", "المكتب", "مكتب", "المركز", "مركز", "المرصد", "مرصد",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>
    /// Nouns that head a body's name written in quotation marks after them: «فصيل "كتائب سيد الشهداء"», «حركة «الصابرين»»
    /// (the entity recognizer's and the actor view's one list).
    /// </summary>
    /// <summary>First parts of names built on «الله» (normalized): «ذبيح الله», «نصر الله», «فضل الله», «فتح الله».</summary>
    private static readonly HashSet<string> TheophoricHeads = new(new[]
    {
        "عبد", "ذبيح", "نصر", "فضل", "عطا", "جار", "سيف", "خير", "حبيب", "هبة", "ضيف", "ولي", "عوض", "جاب", "فتح", "نعمة", "رزق",
        "حسب", "فرج", "كرم", "امين",
    }.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>
    /// «المتحدث باسم الحكومة ذبيح الله مجاهد» tagged as «الله» (MISC) and «مجاهد» (PER): «الله» after a name's first part
    /// joins it and the person after it into one name.
    /// </summary>
    private static void JoinTheophoricNames(SentenceView sentence, Gazetteer gazetteer)
    {
        for (var i = sentence.Spans.Count - 1; i >= 0; i--)
        {
            var (a, b, _) = sentence.Spans[i];
            if (b - a != 1 || NerText.Normalize(sentence.Words[a]) != "الله")
            {
                continue;
            }

            var head = a > 0 && TheophoricHeads.Contains(NerText.Normalize(sentence.Words[a - 1])) && !sentence.Spans.Exists(sp => sp.A <= a - 1 && a - 1 < sp.B);
            if (!head)
            {
                continue;
            }

            var end = b;
            if (i + 1 < sentence.Spans.Count && sentence.Spans[i + 1] is var (na, nb, nt) && na == b && nt == "PER")
            {
                end = nb;
                sentence.Spans.RemoveAt(i + 1);
            }
            else if (b < sentence.Words.Length && gazetteer.IsPersonName(sentence.Words[b]) && !sentence.Spans.Exists(sp => sp.A <= b && b < sp.B))
            {
                // «ذبيح الله مجاهد» with «مجاهد» left untagged: a known name part after it is the family name.
                end = b + 1;
            }

            sentence.Spans[i] = (a - 1, end, "PER");
        }
    }

    internal static readonly string[] QuotedNameHeadWords =
    [
        "فصيل", "فصائل", "حركة", "جماعة", "تنظيم", "كتلة", "حزب", "ميليشيا", "مليشيا", "كتائب", "جبهة", "تحالف", "ائتلاف", "تيار",
        "منظمة", "جمعية", "مجموعة", "فرقة", "لواء", "سرايا", "قوات", "مرصد", "شبكة", "نقابة", "اتحاد", "تكتل", "هيئة", "رابطة",
        "تجمع", "كتيبة", "مؤسسة", "مركز", "وكالة", "قناة", "صحيفة",
    ];

    private static readonly HashSet<string> QuotedNameHeads = new(QuotedNameHeadWords.Select(NerText.Normalize), StringComparer.Ordinal);

    /// <summary>
    /// «فصيل "كتائب سيد الشهداء"», «حركة "الصابرين"», «كتلة "الصادقون" النيابية»: a name in quotation marks right after a
    /// noun that heads bodies' names is an organization, where the tagger found none or only a piece of it.
    /// </summary>
    private static void AddQuotedBodyNames(SentenceView s)
    {
        for (var i = 0; i + 3 < s.Words.Length; i++)
        {
            // (An indefinite head, in construct with the name: «الاتحاد "يدعم السلطة …"» is a quotation, not a name.)
            var head = NerText.Normalize(s.Words[i]);
            head = head.Length > 3 && head[0] is 'و' or 'ل' or 'ب' && QuotedNameHeads.Contains(head[1..]) ? head[1..] : head;
            if (!QuotedNameHeads.Contains(head) || s.Words[i + 1] is not ("«" or "\"" or "“"))
            {
                continue;
            }

            // «منظمة "محامون من أجل العدالة في ليبيا"»: up to six words, prepositions among them, but no complementizer.
            var close = -1;
            for (var k = i + 2; k < s.Words.Length && k <= i + 8; k++)
            {
                if (s.Words[k] is "»" or "\"" or "”")
                {
                    close = k;
                    break;
                }

                if (!s.Words[k].All(c => c is >= '\u0621' and <= '\u064A' || c is >= '\u064B' and <= '\u0652') || NerText.Normalize(s.Words[k]) is "ان" or "انه" or "انها"
                    || (k > i + 6 && NerText.Normalize(s.Words[k]) is "في" or "علي" or "الي"))
                {
                    break;
                }
            }

            if (close < i + 3 || s.Spans.Exists(x => x.A < close && x.B > i + 2 && x.Type == "PER"))
            {
                continue;
            }

            s.Spans.RemoveAll(x => x.A < close && x.B > i + 2);
            s.Spans.Add((i + 2, close, "ORG"));
            s.Spans.Sort((x, y) => x.A.CompareTo(y.A));
            i = close;
        }
    }

    /// <summary>
    /// «قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل)», «برنامج الأغذية العالمي (WFP)»: a body written out in full before a
    /// one-word acronym in brackets is one ORG from its head to the bracket, whatever the tagger cut it into; the acronym is
    /// returned (its token index) to be that body's other name.
    /// </summary>
    private static HashSet<int> AddAcronymBodies(SentenceView s)
    {
        var acronyms = new HashSet<int>();
        for (var open = 2; open + 2 < s.Words.Length; open++)
        {
            if (s.Words[open] != "(" || s.Words[open + 2] != ")" || s.Words[open + 1].Any(c => !char.IsLetter(c)))
            {
                continue;
            }

            if (MonthNames.Contains(NerText.Normalize(s.Words[open + 1])))
            {
                continue; // «في أبريل (نيسان)»: a month's other name
            }

            var head = -1;
            for (var k = open - 1; k >= 0 && k >= open - 12; k--)
            {
                var w = NerText.Normalize(s.Words[k]);
                if (NerText.IsPunctuation(s.Words[k][0]) || IsSpeechVerb(s.Words[k]) || !InBodyName(s, k, open))
                {
                    break;
                }

                // («المفوض العام لوكالة الأمم المتحدة …»: a head may carry «و», «ل» or «ب».)
                if (AcronymHeads.Contains(w) || (w.Length > 4 && w[0] is 'و' or 'ل' or 'ب' && AcronymHeads.Contains(w[1..])))
                {
                    head = k;
                    // «بعثة الاتحاد الأفريقي …», «منظمة الأمم المتحدة …»: a head in construct before it is the body's head.
                    while (head > 0 && NerText.Normalize(s.Words[head - 1]) is var before && AcronymHeads.Contains(before) && !before.StartsWith("ال", StringComparison.Ordinal))
                    {
                        head--;
                    }

                    break;
                }
            }

            if (head < 0 || open - head < 2)
            {
                continue;
            }

            s.Spans.RemoveAll(x => x.A < open && x.B > head);
            s.Spans.RemoveAll(x => x.A == open + 1);
            s.Spans.Add((head, open, "ORG"));
            s.Spans.Add((open + 1, open + 2, "ORG"));
            s.Spans.Sort((x, y) => x.A.CompareTo(y.A));
            acronyms.Add(open + 1);
        }

        return acronyms;
    }

    /// <summary>
    /// Whether word <paramref name="k"/> can be inside a body's written-out name before the bracket at
    /// <paramref name="open"/>: no person, number, complementizer or relative; a bare word only in construct before a
    /// definite or named one («دول غرب أفريقيا»), since a bare word before a preposition is a verb or a new phrase
    /// («فرض في», «مسؤولين عن»).
    /// </summary>
    private static bool InBodyName(SentenceView s, int k, int open)
    {
        var word = s.Words[k];
        if (char.IsDigit(word[0]) || (s.SpanAt(k) is var span && span >= 0 && s.Spans[span].Type == "PER"))
        {
            return false;
        }

        var w = NerText.Normalize(word);
        if (w is "ان" or "وان" or "الذي" or "التي" or "بان" or "انه" or "انها" || IsSpeechVerb(word))
        {
            return false;
        }

        if (s.SpanAt(k) >= 0 || w.StartsWith("ال", StringComparison.Ordinal) || w.StartsWith("لل", StringComparison.Ordinal)
            || w.StartsWith("وال", StringComparison.Ordinal) || w is "في" or "من" or "و" or "عن" or "علي" or "الي" || AcronymHeads.Contains(w))
        {
            return true;
        }

        // A bare or «ل/و» word goes on into what follows it («لإغاثة وتشغيل اللاجئين», «لدول غرب أفريقيا»), but not into
        // a preposition («فرض في», «مسؤولين عن»); an indefinite accusative («جناحا») is never in a name.
        if (w.EndsWith('ا') || k + 1 >= open)
        {
            return false;
        }

        return NerText.Normalize(s.Words[k + 1]) is not ("في" or "من" or "عن" or "علي" or "الي" or "مع" or "خلال" or "بعد" or "قبل");
    }

    /// <summary>
    /// «مجلس النواب», «حكومة الوحدة الوطنية», «محكمة التمييز», «وزارة الداخلية», «المجلس الأعلى للدولة», «النيابة العامة»:
    /// an institution named by its head noun and one to three definite words (and «لل» + what it serves), where the
    /// tagger found no person or organization there. A conjunction or preposition on the head stays outside the name.
    /// </summary>
    private static void AddInstitutionNames(SentenceView s)
    {
        for (var i = 0; i + 1 < s.Words.Length; i++)
        {
            var head = NerText.Normalize(s.Words[i]);
            var bare = head.Length > 4 && head[0] == 'و' ? head[1..] : head;
            if (bare.Length > 4 && bare.StartsWith("لل", StringComparison.Ordinal))
            {
                bare = "ال" + bare[2..];
            }
            else if (bare.Length > 4 && bare[0] is 'ب' or 'ل' && !InstitutionHeads.Contains(bare))
            {
                bare = bare[1..];
            }

            var definite = DefiniteInstitutionHeads.Contains(bare);
            if (!definite && !InstitutionHeads.Contains(bare))
            {
                continue;
            }

            // «قضت محكمة جنايات القاهرة», «محكمة استئناف تونس»: a court of a kind named after its city is one body, the city
            // the tagger found in it included.
            if (bare is "محكمه" && i + 2 < s.Words.Length && NerText.Normalize(s.Words[i + 1]) is "جنايات" or "جنح" or "استيناف" or "جنايه"
                && s.SpanAt(i + 2) is var cityAt && cityAt >= 0 && s.Spans[cityAt] is { Type: "GPE" or "LOC" } city && city.A == i + 2 && city.B - city.A <= 2
                && s.SpanAt(i) < 0 && s.SpanAt(i + 1) < 0)
            {
                s.Spans[cityAt] = (i, city.B, "ORG");
                i = city.B - 1;
                continue;
            }

            // «ولي العهد رئيس مجلس الوزراء», «عضو مجلس النواب»: the body inside a person's title is the title's.
            if (i > 0 && NerText.Normalize(s.Words[i - 1]) is var before && (PersonTitleHeads.Contains(before) || before is "عضو" or "اعضاء" or "رييسه" or "عضوه"))
            {
                continue;
            }

            if (bare is "قياده" or "جهاز" or "القياده"
                && (bare.Length != head.Length && head[0] != 'و' || !CommandComplements.Contains(NerText.Normalize(s.Words[i + 1]))))
            {
                continue;
            }

            // The head's genitive («النواب», «الداخلية») and then adjectives only («الوحدة الوطنية», «الأمن الوطني»): a
            // definite masdar after the name is its object («محاولات مجلس النواب الالتفاف على …»).
            var j = i + 1;
            while (j < s.Words.Length && j - i <= 3 && NerText.Normalize(s.Words[j]) is var w && w.StartsWith("ال", StringComparison.Ordinal) && w.Length > 3
                && (j == i + 1 && !definite || InstitutionAdjective(w))
                && !NotOfAnInstitution.Contains(w) && !TrailingTimes.Contains(w) && !NotOfAName.Contains(w) && !PersonTitleHeads.Contains(w)
                && !RankWords.Contains(w) && !Gap(s, j - 1, j))
            {
                j++;
            }

            if (j == i + 1)
            {
                continue;
            }

            // «المجلس الأعلى للدولة», «الهيئة العامة لمكافحة الفساد»: whom or what it serves.
            var end = j;
            if (j < s.Words.Length && !Gap(s, j - 1, j) && NerText.Normalize(s.Words[j]) is var serves && serves.Length >= 5
                && serves.StartsWith("لل", StringComparison.Ordinal))
            {
                end = j + 1;
                while (end < s.Words.Length && end - j <= 2 && !Gap(s, end - 1, end) && NerText.Normalize(s.Words[end]) is var more
                    && (more.StartsWith("ال", StringComparison.Ordinal) || more.StartsWith("وال", StringComparison.Ordinal)) && more.Length > 3
                    && !NotOfAnInstitution.Contains(more) && !TrailingTimes.Contains(more) && !NotOfAName.Contains(more) && !PersonTitleHeads.Contains(more))
                {
                    end++;
                }
            }

            // A name the tagger found inside stays («حكومة الهند», «مجلس التعاون لدول الخليج العربية»).
            if (s.Spans.Exists(sp => sp.A < end && sp.B > i && sp.Type != "MISC"))
            {
                continue;
            }

            s.Spans.RemoveAll(sp => sp.A >= i && sp.B <= end);
            var at = s.Spans.FindIndex(sp => sp.A > i);
            s.Spans.Insert(at < 0 ? s.Spans.Count : at, (i, end, "ORG"));
            i = end - 1;
        }
    }

    /// <summary>Common nouns that follow a name with a preposition («بولاية», «لمنصب»), never part of it (normalized).</summary>
    private static readonly HashSet<string> TrailingNouns = new(StringComparer.Ordinal)
    {
        "ولايه", "مدينه", "منطقه", "محافظه", "منصب", "مقر", "رياسه", "فوز", "نسبه", "اغلبيه", "مهمه", "زياره", "دعوه",
    };

    /// <summary>Currency names the tagger types MISC (normalized).</summary>
    private static readonly HashSet<string> Currencies = new(StringComparer.Ordinal)
    {
        "دولار", "دولارا", "دولارات", "يورو", "ريال", "ريالا", "جنيه", "جنيها", "دينار", "دينارا", "درهم", "درهما", "ليره", "روبل",
        "ين", "يوان", "استرليني", "فرنك", "روبيه", "شيكل", "الدولار", "الريال", "اليوان", "الدينار", "اليورو", "الجنيه", "الدرهم",
        "الليره", "الروبل", "الين", "الشيكل", "الفرنك",
    };

    /// <summary>Generic place words the tagger sometimes tags alone (normalized).</summary>
    private static readonly HashSet<string> GenericPlaceWords = new(StringComparer.Ordinal)
    {
        "ريف", "بريف", "وريف", "شمال", "جنوب", "شرق", "غرب", "وسط", "منطقه", "مدينه", "محافظه", "ولايه", "اقليم", "بلده", "قريه",
        "عاصمه", "ضواحي", "اطراف", "حي", "مخيم", "الريف", "المنطقه", "المدينه", "المحافظه", "الولايه", "الاقليم", "العاصمه",
    };

    /// <summary>Heads of a place name (normalized): «محافظة ذي قار», «ولاية الخرطوم», «مخيم جنين».</summary>
    private static readonly HashSet<string> PlaceHeads = new(StringComparer.Ordinal)
    {
        "محافظه", "ولايه", "اقليم", "مدينه", "بلده", "قريه", "منطقه", "مقاطعه", "قضاء", "ناحيه", "مخيم", "بمحافظه", "بولايه",
        "باقليم", "بمدينه", "ببلده", "بقريه", "بمنطقه", "بمقاطعه", "بقضاء", "بمخيم", "لمحافظه", "لولايه", "لمدينه", "ومحافظه",
        "وولايه", "ومدينه", "وبلده", "وقريه", "ومنطقه", "ومخيم", "ضاحيه", "بضاحيه", "حي", "بحي",
    };

    /// <summary>«ستستضيفان», «سيواصلون», «ستعقدان»: a future verb with a dual or plural ending (normalized word).</summary>
    internal static bool FutureVerbShape(string w) =>
        w.Length >= 7 && w[0] == 'س' && w[1] is 'ت' or 'ي' or 'ن' && (w.EndsWith("ان", StringComparison.Ordinal) || w.EndsWith("ون", StringComparison.Ordinal));

    /// <summary>Words with «بـ» that say by whose fire or in whose company (normalized): never a name's part.</summary>
    private static readonly HashSet<string> MeansAfterName = new(StringComparer.Ordinal)
    {
        "برصاص", "برصاصه", "بنيران", "بقذيفه", "بقصف", "بغاره", "بجروح", "برفقه", "بحضور", "بصفته", "بتهمه", "بسبب", "بعد", "خلال",
    };

    /// <summary>Verbs of meeting and acting that the tagger runs into a following name (normalized).</summary>
    private static readonly HashSet<string> LeadingVerbs = new(StringComparer.Ordinal)
    {
        "التقي", "استقبل", "زار", "بحث", "ترأس", "تراس", "غادر", "وصل", "هنأ", "هنا", "عزي", "دعا", "طالب", "اتهم", "انتقد",
        "ادان", "وقع", "شارك", "افتتح", "اجري", "اكد", "قال", "اضاف", "اوضح", "وتابع", "واضاف", "واكد", "وقال", "والتقي",
    };

    private Mention MakeMention(SentenceView s, int a, int b, string type, bool amman = false)
    {
        if (type is "PER" or "ORG" && a > 0 && PlaceHeads.Contains(NerText.Normalize(s.Words[a - 1])) && NerText.Normalize(s.Words[a]) is not "بعثه")
        {
            // («ولاية بعثة المينورسو»: a mission's mandate, not a state.)
            // «في محافظة ذي قار», «ولاية الجزيرة»: what a place head names is a place, whatever the tagger made of it
            // (a province is no title: «محافظة» is not «محافظ»; Gezira state is not the channel).
            type = "LOC";
        }

        while (type == "PER" && b - a >= 2 && (IsSpeechVerb(s.Words[a]) || LeadingVerbs.Contains(NerText.Normalize(s.Words[a]))))
        {
            // «أشاد عبداللهيان بدور الصين»: the tagger ran the verb into the name.
            a++;
        }

        while (type is "ORG" or "PER" && b - a >= 2 && NerText.Normalize(s.Words[b - 1]) is "المسؤوليه" or "المسووليه" or "مسؤوليه" or "مسووليه")
        {
            // «محملة حكومة الاحتلال المسؤولية»: what the body is held to is no part of its name.
            b--;
        }

        for (var k = a + 2; type == "PER" && k < b; k++)
        {
            if (MeansAfterName.Contains(NerText.Normalize(s.Words[k])))
            {
                // «مقتل المصور أحمد منصور برصاص قوات الأمن», «وصل الوزير خالد العلي برفقة وفد»: by whose fire, with whom,
                // is no part of the name.
                b = k;
                break;
            }
        }

        while (type == "PER" && b - a >= 3 && (IsSpeechVerb(s.Words[b - 1]) || LeadingVerbs.Contains(NerText.Normalize(s.Words[b - 1])))
            && NerText.Normalize(s.Words[b - 2]) is not ("بن" or "ابن" or "بنت" or "ابو" or "ابي" or "ام" or "عبد" or "ال"))
        {
            // «أن المشير خليفة حفتر استقبل في بنغازي …»: the tagger ran the name into the verb after it (not after «بن»:
            // «خالد بن طالب» is a name).
            b--;
        }

        var text = s.Text;
        var (start, prefix) = StripProclitics(text, s.Tokens[s.From + a].Start, s.Tokens[s.From + a].End);
        var end = s.Tokens[s.From + b - 1].End;
        var surface = text[start..end];
        var name = prefix + surface;
        string? country = null;
        var acting = false;
        var homograph = false;
        if (type == "LOC")
        {
            if ((amman || surface.Contains("مّ", StringComparison.Ordinal)) && ActorKey.Skeleton(name) == AmmanKey)
            {
                // «عمان - بترا», «وكان الصفدي قد التقى أمس في عمان»: in Jordanian news the capital, not the sultanate;
                // «عمّان» with its shadda is the capital anywhere.
                (type, country, homograph) = ("GPE", "JO", true);
            }
            else if (_lexicon.StateOf(name) is { } state)
            {
                type = "GPE";
                country = state;
            }
            else if (_lexicon.CapitalOf(name) is { } capitalOf)
            {
                type = "GPE";
                country = capitalOf;
                // «وقالت أنقرة»: a capital as the subject of a feminine verb speaks for its state.
                // «وقالت أنقرة», «أن واشنطن ستواصل»: a capital as a subject speaks for its state.
                acting = a > 0 && s.Words[a - 1] is { Length: >= 2 } prev && !NerText.IsPunctuation(prev[0])
                    && ((prev.Length >= 3 && prev[^1] == 'ت') || NerText.Normalize(prev) is "ان" or "وان" or "بان" or "لان");
            }
            else if (_lexicon.CityOf(name) is { } city)
            {
                type = "GPE";
                country = city;
            }
            else if (b - a >= 2 && FacilityHead(NerText.Normalize(s.Words[a])) is not null
                && s.Text[s.Tokens[s.From + a + 1].Start..end] is var named && (_lexicon.StateOf(named) ?? _lexicon.CapitalOf(named) ?? _lexicon.CityOf(named)) is { } where)
            {
                // «قصر قرطاج», «مطار بغداد», «ميناء الحديدة»: a facility named after a place is in that place's state.
                country = where;
            }
        }

        var m = new Mention(start, end, type, name, s.From + a) { Country = country, ActsAsState = acting, City = homograph };
        // («فصيل "كتائب سيد الشهداء"»: the head stands before the opening quotation mark.)
        var headAt = a > 1 && s.Words[a - 1] is "«" or "\"" or "“" ? a - 2 : a - 1;
        if (type == "ORG" && headAt >= 0 && ActorKey.Skeleton(s.Words[headAt]) is var before && OrgNominals.Contains(before)
            && (headAt < a - 1 || !QuotedNameNominalKeys.Contains(before)))
        {
            // «لحركة حماس» tagged as «حماس»: remember «حركة» so a later «الحركة» finds it.
            m.Head = before;
        }

        if (type == "PER")
        {
            _roles.Attach(s, a, b, m);
        }

        return m;
    }

    /// <summary>
    /// Conjunctions and prepositions glued to a name («وواشنطن», «بالقاهرة») are not part of it. A letter is only
    /// stripped when what remains is a known word or begins with the article, so «بغداد» and «وليد» keep theirs.
    /// </summary>
    private (int Start, string Prefix) StripProclitics(string text, int start, int end)
    {
        var i = start;
        var word = text[start..end];
        // Only «و»: «ف» before a name is rare, and names starting with «ف» (فرنسوا, فرنسا) are common.
        // «وحزب الله», «قطر ومصر»: a conjunction before an organization's head noun or a state's name, however short.
        if (word.Length > 3 && word[0] == 'و'
            && (word.Length > 4 || OrgNominals.Contains(ActorKey.Skeleton(word[1..])) || _lexicon.StateOf(word[1..]) is not null) && !IsKnown(word))
        {
            i++;
        }

        // «لمصر», «بحزب»: a one-letter preposition on a three-letter state's name or organization head.
        if ((end - i > 4 || (end - i == 4 && (_lexicon.StateOf(text[(i + 1)..end]) is not null || OrgNominals.Contains(ActorKey.Skeleton(text[(i + 1)..end])))))
            && text[i] is 'ب' or 'ل' or 'ك')
        {
            var rest = text[(i + 1)..end];
            // «لحزب الله», «بحركة حماس»: a preposition on an organization's head noun. «كالاس» (Kallas) is no «ك» +
            // «الاس»: the article takes a stem of three letters or more.
            // «بساحة محمد علي», «لمستشفى الشفاء»: a preposition on a facility's head noun.
            if ((rest.StartsWith("ال", StringComparison.Ordinal) && rest.Length >= 5) || (IsKnown(rest) && !IsKnown(text[i..end])) || OrgNominals.Contains(ActorKey.Skeleton(rest))
                || (rest.Length >= 3 && rest[0] is not ('ا' or 'ل') && FacilityHead(NerText.Normalize(rest)) is not null))
            {
                i++;
            }
            else if (text[i] == 'ل' && rest.StartsWith('ل'))
            {
                // «للحركة» = ل + الحركة: the name is «الحركة», the mention starts after «لل».
                return (i + 2, "ال");
            }
        }

        return (i, "");
    }

    private bool IsKnown(string word) => _tagger.Gazetteer.Contains(word);

    /// <summary>
    /// «محمد شياع السوداني», «أبو عبيدة المصري»: a masculine nisba right after a person's name (no comma, no noun
    /// between) is the family name, not the person's nationality. The name takes it, and the document remembers it, so
    /// a later «وأكد السوداني» is him, not Sudan.
    /// </summary>
    private void ExtendNisbaSurnames(SentenceView s, HashSet<string> surnames)
    {
        for (var k = 0; k < s.Spans.Count; k++)
        {
            var (a, b, type) = s.Spans[k];
            if (type != "PER" || b >= s.Words.Length || s.SpanAt(b) >= 0)
            {
                continue;
            }

            var next = NerText.Normalize(s.Words[b]);
            if (next.Length > 4 && next.StartsWith("ال", StringComparison.Ordinal) && next[^1] == 'ي' && _lexicon.NationalityOf(s.Words[b]) is not null)
            {
                s.Spans[k] = (a, b + 1, type);
                surnames.Add(next);
            }
        }
    }

    /// <summary>Nationality adjectives («التركية») and «الحركة»-type nominals outside tagged names.</summary>
    private void AddNominalMentions(SentenceView s, List<Mention> mentions, HashSet<string> surnames)
    {
        var covered = new bool[s.Words.Length];
        foreach (var (a, b, _) in s.Spans)
        {
            for (var i = a; i < b; i++)
            {
                covered[i] = true;
            }
        }

        var titleUntil = -1;
        for (var i = 0; i < s.Words.Length; i++)
        {
            if (covered[i] || s.Words[i].Length < 3)
            {
                continue;
            }

            // One normalized form per word, for the title, family-name and nominal checks below.
            var normalized = NerText.Normalize(s.Words[i]);
            if (s.Words[i].Length < 4 && !BodyHeads.Contains(normalized))
            {
                continue;
            }

            if (i >= titleUntil && PersonTitleHeads.Contains(normalized) && TitleAnaphor(s, i, covered) is { } title)
            {
                mentions.Add(title.Mention);
                titleUntil = title.End;
            }

            var (start, _) = (s.Tokens[s.From + i].Start, 0);
            var end = s.Tokens[s.From + i].End;
            if (surnames.Count > 0 && surnames.Contains(normalized)
                && (i == 0 || NerText.IsPunctuation(s.Words[i - 1][0])
                    || NerText.Normalize(s.Words[i - 1]) is var before && !before.StartsWith("ال", StringComparison.Ordinal)
                        && !before.StartsWith("نظير", StringComparison.Ordinal) && !before.StartsWith("ونظير", StringComparison.Ordinal)))
            {
                // The family name of a person named before, not after a definite noun it would describe («الجيش السوداني»)
                // nor after a counterpart («من نظيره السوداني علي يوسف الشريف»).
                mentions.Add(new Mention(start, end, "PER", s.Words[i], s.From + i));
                continue;
            }

            if (_lexicon.NationalityOf(s.Words[i]) is { } code)
            {
                mentions.Add(new Mention(start, end, "GPE", s.Words[i], s.From + i) { Country = code, Nationality = true });
                continue;
            }

            var headOnly = normalized.Length > 4 && normalized[0] == 'و' && BodyHeadLookup.Contains(normalized.AsSpan(1));
            if ((BodyHeads.Contains(normalized) || headOnly) && UnnamedBody(s, i, covered) is var bodyEnd && bodyEnd > i + 1)
            {
                // «جهاز الردع», «قوى الحرية والتغيير», «تحالف السيادة»: a political or armed body named by its head and
                // definite words the tagger did not take for a name.
                var bodyStart = headOnly ? start + 1 : start;
                var bodyStop = s.Tokens[s.From + bodyEnd - 1].End;
                mentions.Add(new Mention(bodyStart, bodyStop, "ORG", s.Text[bodyStart..bodyStop], s.From + i));
                for (var j = i; j < bodyEnd; j++)
                {
                    covered[j] = true;
                }

                continue;
            }

            if (DefiniteBody(s, i, normalized, covered) is var partyEnd && partyEnd > i + 1)
            {
                // «الكتلة الإسلامية», «الحزب الشيوعي», «التيار الوطني الحر»: a definite head and a political adjective.
                var conj = normalized.Length > 2 && normalized[0] is 'و' or 'ف' && normalized.AsSpan(1).StartsWith("ال", StringComparison.Ordinal) ? 1 : 0;
                var bodyStart = start + conj;
                var bodyStop = s.Tokens[s.From + partyEnd - 1].End;
                mentions.Add(new Mention(bodyStart, bodyStop, "ORG", s.Text[bodyStart..bodyStop], s.From + i));
                for (var j = i; j < partyEnd; j++)
                {
                    covered[j] = true;
                }

                continue;
            }

            var stem = ActorKey.Skeleton(s.Words[i]);
            if (OrgNominals.Contains(stem) && normalized.Contains("ال", StringComparison.Ordinal)
                && (i + 1 >= s.Words.Length || NerText.IsPunctuation(s.Words[i + 1][0]) || !s.Words[i + 1].StartsWith("ال", StringComparison.Ordinal)))
            {
                // «الحركة» on its own (not «الحركة الإسلامية»): an anaphor resolved against earlier names.
                mentions.Add(new Mention(start, end, "ORG", s.Words[i], s.From + i) { Anaphor = stem });
            }
        }
    }

    /// <summary>
    /// A second definite word continues a body's name only as its adjective: a nisba («الشعبي», «الوطنية») or a
    /// participle («المسلحة»); «تحالف السيادة التصويت» ends before the noun.
    /// </summary>
    private static bool LooksLikeAdjective(string normalized) =>
        normalized.EndsWith('ي') || normalized.EndsWith("يه", StringComparison.Ordinal) || normalized.EndsWith("ية", StringComparison.Ordinal)
        || normalized.StartsWith("الم", StringComparison.Ordinal);

    /// <summary>
    /// Definite nouns for bodies and crowds a person addresses or acts on (normalized, with the article), never a family
    /// name: «الدول», «الأطراف», «المجتمع» ….
    /// </summary>
    private static readonly HashSet<string> AddressedNouns = new[]
    {
        "الدول", "الأطراف", "المجتمع", "الحكومة", "السلطات", "الشعب", "الجيش", "القوات", "الفصائل", "الأحزاب", "المواطنين", "المتظاهرين",
        "الاحتلال", "المنظمات", "المؤسسات", "الجهات", "الأجهزة", "الحكومات", "البرلمان",
    }.Select(NerText.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>A state's organs and other bodies that end an unnamed body's name (normalized, with the article).</summary>
    private static readonly HashSet<string> OrganWords = new[]
    {
        "الحكومة", "الجيش", "الشرطة", "السلطات", "القوات", "الرئاسة", "البرلمان", "الوزارة", "الأمم", "المتظاهرين", "المواطنين",
    }.Select(NerText.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Heads of political and armed bodies, without the article (normalized): «حزب», «جبهة», «قوى» …. Not «حركة» and
    /// «جهاز», which name traffic and devices as often («حركة المرور», «جهاز السحب»).
    /// </summary>
    private static readonly HashSet<string> BodyHeads = new[]
    {
        "حزب", "جبهة", "تيار", "تحالف", "ائتلاف", "كتائب", "قوى", "جماعة", "ميليشيا", "مليشيا", "كتلة", "فصائل", "فصيل",
    }.Select(NerText.Normalize).ToHashSet(StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> BodyHeadLookup = BodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Definite heads of parties and blocs (normalized): «الحزب», «الكتلة», «التيار» ….</summary>
    private static readonly HashSet<string> DefiniteBodyHeads = new[]
    {
        "الحزب", "الجبهة", "التيار", "الكتلة", "الائتلاف", "التحالف", "الجماعة",
    }.Select(NerText.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// Adjectives of a political creed or standing that make a definite head a party's name (normalized, masculine and
    /// feminine): «الإسلامي», «الديمقراطية», «الحاكم» …. Not place or field adjectives: «التيار الكهربائي», «الجبهة
    /// الداخلية», «الكتلة النقدية» are no bodies.
    /// </summary>
    private static readonly HashSet<string> PartyAdjectives = new[]
    {
        "الإسلامي", "الديمقراطي", "الديموقراطي", "الشعبي", "الوطني", "الشيوعي", "الاشتراكي", "الجمهوري", "الليبرالي", "الصدري", "المدني",
        "القومي", "الثوري", "التقدمي", "السلفي", "الدستوري", "العلماني", "الناصري", "البعثي", "الكردستاني", "الوحدوي", "الحاكم",
        "الحر", "الإصلاحي", "الاتحادي",
    }.SelectMany(w => new[] { w, w + "ة" }).Select(NerText.Normalize).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// The end (exclusive) of a party named by a definite head (with «و/ف» before it) and one or two political adjectives
    /// after it («الكتلة الإسلامية», «التيار الوطني الحر»), none taken by the tagger; <paramref name="i"/> when none.
    /// </summary>
    private static int DefiniteBody(SentenceView s, int i, string normalized, bool[] covered)
    {
        var head = normalized.Length > 4 && normalized[0] is 'و' or 'ف' && normalized.AsSpan(1).StartsWith("ال", StringComparison.Ordinal) ? normalized[1..] : normalized;
        if (!DefiniteBodyHeads.Contains(head))
        {
            return i;
        }

        var j = i + 1;
        while (j < s.Words.Length && j - i <= 2 && !covered[j] && PartyAdjectives.Contains(NerText.Normalize(s.Words[j])))
        {
            j++;
        }

        return j > i + 1 ? j : i;
    }

    /// <summary>Heads after which «و» may join a third word to a body's name (normalized): «حزب», «قوى».</summary>
    private static readonly string[] JoiningHeads = [NerText.Normalize("حزب"), NerText.Normalize("قوى")];

    /// <summary>
    /// The end (exclusive) of a body's name opened by the head at <paramref name="i"/>: the uncovered definite words
    /// right after it, «و» joining two («الحرية والتغيير»), at most three, with no punctuation and no nationality
    /// adjective (an organ of a state); <paramref name="i"/> + 1 when none follows.
    /// </summary>
    private int UnnamedBody(SentenceView s, int i, bool[] covered)
    {
        var head = NerText.Normalize(s.Words[i]);
        var joins = Array.Exists(JoiningHeads, h => head.EndsWith(h, StringComparison.Ordinal));
        var j = i + 1;
        while (j < s.Words.Length && j - i <= 3 && !covered[j])
        {
            var w = NerText.Normalize(s.Words[j]);
            var joined = joins && j > i + 1 && w.Length > 3 && w[0] == 'و' && w.AsSpan(1).StartsWith("ال", StringComparison.Ordinal);
            var bare = joined ? w[1..] : w;
            // A third word only when «و» joins it after a party or «قوى» («قوى الحرية والتغيير», not «جبهة النصرة
            // والفرقة»); a state organ («الحكومة») after the name is the object of the sentence's verb («اتهم جهاز
            // الردع الحكومة»); a plural in -ات makes a common noun of it («حركة الاحتجاجات»).
            if (!bare.StartsWith("ال", StringComparison.Ordinal) || bare.Length < 4 || _lexicon.NationalityOf(s.Words[j]) is not null
                || TrailingTimes.Contains(w) || (j - i == 3 && !joined) || OrganWords.Contains(bare) || RoleFinder.IsDefinitePlural(bare)
                || (j - i == 2 && !joined && !LooksLikeAdjective(bare)))
            {
                break;
            }

            j++;
            if (bare.EndsWith('ي') || bare.EndsWith("يين", StringComparison.Ordinal) || bare.EndsWith("يون", StringComparison.Ordinal))
            {
                // A nisba ends the name: «جماعة الحوثي المسؤولية», «جبهة الخلاص الوطني».
                break;
            }
        }

        return j;
    }

    /// <summary>
    /// Heads of titles that stand for one person (normalized, with or without «و»): not «الفريق» (a team), «اللواء» (a
    /// brigade), «المحافظة» (a province) or «المملكة», whose skeletons meet those of titles («المملكة» → «ملك»).
    /// </summary>
    private static readonly HashSet<string> PersonTitleHeads = new[]
    {
        "الرئيس", "رئيس", "الوزير", "وزير", "الوزيرة", "وزيرة", "نائب", "المتحدث", "متحدث", "الناطق", "ناطق", "السفير", "سفير", "الأمير",
        "الملك", "العاهل", "الشيخ", "الأمين", "أمين", "المدير", "مدير", "المحافظ", "المبعوث", "مبعوث", "المندوب", "مندوب", "المستشار",
        "مستشار", "قائد", "القائد", "المدعي", "النائب", "المستشارة", "السفيرة", "المتحدثة", "أمير", "ملك", "سلطان",
    }.SelectMany(w => new[] { w, "و" + w, "ف" + w }).Select(w => NerText.Normalize(w)).ToHashSet(StringComparer.Ordinal);

    private static readonly string HeadRaees = ActorKey.Skeleton("رئيس");
    private static readonly string HeadMonarch = ActorKey.Skeleton("العاهل");
    private static readonly string HeadKing = ActorKey.Skeleton("الملك");
    private static readonly string HeadNaeb = ActorKey.Skeleton("نائب");
    private static readonly string HeadDiplomacy = ActorKey.Skeleton("الدبلوماسية");
    private static readonly string HeadMinister = ActorKey.Skeleton("وزير");

    /// <summary>Whether «نظيره/نظيرته …» (a counterpart and a nationality) stands right before <paramref name="at"/>.</summary>
    private static bool CounterpartBefore(string text, int at)
    {
        var before = text.AsSpan(Math.Max(0, at - 30), Math.Min(at, 30)).TrimEnd();
        var words = before.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && NerText.Normalize(words[^2]) is var w && (w.StartsWith("نظير", StringComparison.Ordinal) || w.StartsWith("ونظير", StringComparison.Ordinal));
    }

    /// <summary>
    /// A title standing for a person named before («وأضاف المتحدث الرسمي», «شدد الرئيس على», «أعرب رئيس الوزراء
    /// اليوناني»): a title head, then title words, nationality adjectives and «باسم», with no name after it and no title
    /// before it («نائب الرئيس», «المتحدث باسم الرئيس» are someone else). Resolved in <see cref="Resolve"/> only when
    /// exactly one person so far holds a fitting role.
    /// </summary>
    private (Mention Mention, int End)? TitleAnaphor(SentenceView s, int i, bool[] covered)
    {
        var word = s.Words[i];
        if (!_lexicon.IsTitleHead(word))
        {
            return null;
        }

        var bare = NerText.Normalize(word);
        var clitic = bare.Length > 3 && bare[0] is 'و' or 'ف' && !_lexicon.IsRawTitleHead(word) ? 1 : 0;
        bare = bare[clitic..];
        var definite = bare.StartsWith("ال", StringComparison.Ordinal);
        if (!definite && i + 1 < s.Words.Length && covered[i + 1] && s.SpanAt(i + 1) is var at && at >= 0 && s.Spans[at] is { Type: "GPE" or "LOC" } state
            && state.A == i + 1 && state.B == i + 2 && _lexicon.StateOf(s.Words[i + 1]) is { } ruled && NerText.Normalize(s.Words[i + 1]) is var place && !place.StartsWith("ال", StringComparison.Ordinal)
            && (i == 0 || !(covered[i - 1] || _lexicon.IsTitleHead(s.Words[i - 1]) || _lexicon.IsTitleWord(s.Words[i - 1])))
            && (i + 2 >= s.Words.Length || !covered[i + 2]) && (i + 2 >= s.Words.Length || !_tagger.Gazetteer.IsPersonName(s.Words[i + 2])))
        {
            // «وقال أمير قطر إن …», «أكد ملك الأردن»: a title over a state's name, with no name after it, stands for the
            // holder named before.
            var from = s.Tokens[s.From + i].Start + clitic;
            var to = s.Tokens[s.From + i + 1].End;
            return (new Mention(from, to, "PER", s.Text[from..to], s.From + i) { Title = [ActorKey.Skeleton(word[clitic..])], TitleDefinite = false, Country = ruled }, i + 2);
        }

        if (!definite && (i + 1 >= s.Words.Length || !NerText.Normalize(s.Words[i + 1]).StartsWith("ال", StringComparison.Ordinal)))
        {
            return null; // «رئيس» alone is not «رئيس الوزراء»
        }

        if (i > 0 && (covered[i - 1] || _lexicon.IsTitleHead(s.Words[i - 1]) || _lexicon.IsTitleWord(s.Words[i - 1])
            || NerText.Normalize(s.Words[i - 1]) is "باسم" or "لدي" or "،" or ","))
        {
            return null;
        }

        var end = i + 1;
        string? country = null;
        var words = new List<string> { ActorKey.Skeleton(word[clitic..]) };
        // («الرئيس التركي»: the nationality may be a mention of the state already; it is still the title's.)
        while (end < s.Words.Length && end - i < 6 && (!covered[end] || (end > i && _lexicon.NationalityOf(s.Words[end]) is not null && country is null)))
        {
            var w = s.Words[end];
            if (NerText.Normalize(w) is "الي" or "علي")
            {
                // «وأشار الرئيس التركي إلى أن»: a preposition ends the title («الي» looks definite once folded).
                break;
            }

            if (NerText.Normalize(w) is "السابق" or "الاسبق" or "القادم" or "المقبل" or "الجديد" or "الراحل" or "المنتخب")
            {
                // «الرئيس السابق», «الرئيس القادم»: another holder of the title than the one named.
                return null;
            }

            if (_lexicon.NationalityOf(w) is { } code)
            {
                country ??= code;
            }
            else if (NerText.Normalize(w).StartsWith("ال", StringComparison.Ordinal) && ((end == i + 1 && !definite) || _lexicon.IsTitleWord(w)))
            {
                words.Add(ActorKey.Skeleton(w));
            }
            else if (NerText.Normalize(w) == "باسم")
            {
                // «المتحدث باسم وزارة الدفاع الأميركية»: whom the title speaks for is part of it, so «المتحدث باسم
                // الحوثيين» is not taken for the Pentagon's spokesman.
                words.Add(ActorKey.Skeleton(w));
                var taken = 0;
                while (end + 1 < s.Words.Length && taken < 3 && !covered[end + 1] && !NerText.IsPunctuation(s.Words[end + 1][0])
                    && NerText.Normalize(s.Words[end + 1]) is var o && o is not ("ان" or "انه" or "انها" or "في" or "الي" or "علي" or "عن" or "من" or "بان")
                    && _lexicon.NationalityOf(s.Words[end + 1]) is null)
                {
                    end++;
                    taken++;
                    words.Add(ActorKey.Skeleton(s.Words[end]));
                }
            }
            else
            {
                break;
            }

            end++;
        }

        // A name right after (or after a comma) makes the title that name's role, which RoleFinder attaches; so does a
        // given name the tagger missed («رئيس الوزراء البريطاني الأسبق وليام …»).
        var next = end < s.Words.Length && s.Words[end] is "،" or "," ? end + 1 : end;
        if (end < s.Words.Length && covered[end] || next < s.Words.Length && s.SpanAt(next) is var k && k >= 0 && s.Spans[k].Type == "PER"
            || next < s.Words.Length && s.Words[next] is not ("على" or "عن" or "في" or "من" or "إلى" or "الى" or "مع" or "أن" or "إن" or "بأن" or "لدى" or "حول" or "خلال" or "بعد" or "قبل")
                && _tagger.Gazetteer.IsPersonName(s.Words[next]))
        {
            return null;
        }

        var start = s.Tokens[s.From + i].Start + clitic;
        var stop = s.Tokens[s.From + end - 1].End;
        return (new Mention(start, stop, "PER", s.Text[start..stop], s.From + i) { Title = [.. words], TitleDefinite = definite, Country = country }, end);
    }

    /// <summary>The state of a person the actor dictionary codes («عبدالله الثاني» JORGOV → JO), if any.</summary>
    private string? StateOfCode(string name) =>
        _lexicon.CodeOf(name, null) is { Length: >= 3 } code ? _lexicon.CountryOfAlpha3(code[..3]) : null;

    /// <summary>Whether a role («وزير الخارجية المصري») fits a title anaphor's words («الوزير» → [وزير]).</summary>
    private bool TitleFits(Mention m, string role)
    {
        var roleWords = role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => _lexicon.NationalityOf(w) is null).ToList();
        if (m.Title!.Length == 2 && m.Title[0] == HeadRaees && m.Title[1] == HeadDiplomacy)
        {
            // «رئيس الدبلوماسية المغربية»: the head of a state's diplomacy is its foreign minister.
            return roleWords.Count > 1 && NerText.Normalize(roleWords[0]) is "وزير" or "وزيره" && roleWords.Exists(w => NerText.Normalize(w).EndsWith("الخارجيه", StringComparison.Ordinal));
        }

        for (var from = 0; from + m.Title!.Length <= roleWords.Count; from++)
        {
            // «مستشار رئيس مجلس الوزراء المتحدث الرسمي لوزارة الخارجية»: a second title, definite after a definite word,
            // fits too; not a word governed by the one before it («نائب الرئيس» is no «الرئيس»).
            if ((from == 0 || (IsDefinite(roleWords[from]) && IsDefinite(roleWords[from - 1]))) && TitleFitsAt(m, roleWords, from))
            {
                return true;
            }
        }

        return false;

        static bool IsDefinite(string w) => NerText.Normalize(w).StartsWith("ال", StringComparison.Ordinal);
    }

    private static bool TitleFitsAt(Mention m, List<string> roleWords, int from)
    {
        for (var i = 0; i < m.Title!.Length; i++)
        {
            // «العاهل الأردني» is the king («الملك عبدالله الثاني»).
            if (ActorKey.Skeleton(roleWords[from + i]) is var roleWord && roleWord != m.Title[i] && !(m.Title[i] == HeadMonarch && roleWord == HeadKing))
            {
                return false;
            }
        }

        // «الرئيس» is the president, not «رئيس الحكومة»; «نائب» likewise heads a construct.
        return m.Title.Length > 1 || (m.Title[0] != HeadRaees && m.Title[0] != HeadNaeb)
            || NerText.Normalize(roleWords[from]).StartsWith("ال", StringComparison.Ordinal) == m.TitleDefinite;
    }

    /// <summary>Groups mentions into entities: exact keys, partial person names, anaphors, acting capitals.</summary>
    private List<Entity> Resolve(List<Mention> mentions, string text)
    {
        mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
        var entities = new List<Entity>();
        var byKey = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var heads = new Dictionary<Entity, HashSet<string>>();
        // The skeletons of organizations' other names so far (an acronym in brackets), for later one-word mentions.
        var orgAliases = new Dictionary<string, Entity>(StringComparer.Ordinal);

        Entity Get(string key, string type, string name)
        {
            if (!byKey.TryGetValue(key, out var e))
            {
                e = new Entity { Id = $"E{entities.Count + 1}", Type = type, Name = name };
                entities.Add(e);
                byKey[key] = e;
            }

            return e;
        }

        var byMention = new Dictionary<Mention, Entity>();
        foreach (var m in mentions)
        {
            Entity? target = null;
            if (m.AliasOf is { } aliased && byMention.TryGetValue(aliased, out var person))
            {
                target = person;
            }
            else if (m.Anaphor is { } head)
            {
                // The movement just named: the only ORG so far whose name starts with the same noun.
                var candidates = entities.Where(e => e.Type == "ORG" && (heads.TryGetValue(e, out var h) && h.Contains(head)
                    || ActorKey.Skeleton(e.Name).StartsWith(head + " ", StringComparison.Ordinal)
                    || e.Aliases.Any(a => ActorKey.Skeleton(a).StartsWith(head + " ", StringComparison.Ordinal)))).ToList();
                if (candidates.Count != 1)
                {
                    continue;
                }

                target = candidates[0];
            }
            else if (m.Title is not null)
            {
                // The one person so far whose role the title fits; of the same state when the title names one.
                // (A listed figure's state comes from the code later: «الملك عبدالله الثاني» is Jordan's king already.)
                var candidates = entities.Where(e => e.Type == "PER" && (m.Country is null || (e.Country ?? StateOfCode(e.Name)) == m.Country)
                    && e.Roles.Exists(r => TitleFits(m, r))).ToList();
                if (candidates.Count == 0 && m.Country is not null && m.Title.Length == 1 && m.Title[0] == HeadMinister)
                {
                    // «استقبل وزير الخارجية المصري … نظيره الأردني أيمن الصفدي … وأكد الوزير الأردني»: a minister's
                    // counterpart of that state, named without a title of his own, is the minister meant.
                    candidates = entities.Where(e => e.Type == "PER" && e.Roles.Count == 0 && (e.Country ?? StateOfCode(e.Name)) == m.Country
                        && e.Mentions.Count > 0 && CounterpartBefore(text, e.Mentions[0].Start)).ToList();
                }

                if (candidates.Count != 1)
                {
                    continue;
                }

                target = candidates[0];
            }
            else if (m.Country is { } cc && m.Type == "GPE" && (m.Nationality || m.ActsAsState || (!m.City && _lexicon.StateOf(m.Name) is not null)))
            {
                var stateName = _lexicon.StateName(cc) ?? m.Name;
                target = Get("GPE:" + cc, "GPE", m.Nationality || m.ActsAsState ? stateName : m.Name);
                if (!m.Nationality && !m.ActsAsState && target.Name != m.Name && !target.Aliases.Contains(m.Name))
                {
                    target.Aliases.Add(m.Name);
                }
            }
            else if (m.Type == "PER")
            {
                var key = ActorKey.Of(m.Name, m.Type);
                target = byKey.GetValueOrDefault(key) ?? PartialPerson(entities, m.Name);
                if (target is null)
                {
                    target = Get(key, "PER", m.Name);
                }
                else if (m.Name.Length > target.Name.Length && target.Type == "PER")
                {
                    // A fuller form found later becomes the name.
                    target.Aliases.Add(target.Name);
                    target.Name = m.Name;
                }
            }
            else
            {
                // «قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل)» then «اليونيفيل»: a later mention of a body's acronym is the
                // body, whatever type the tagger gave it.
                var skeleton = ActorKey.Skeleton(m.Name);
                target = m.Type is "MISC" or "ORG" or "LOC" && !skeleton.Contains(' ', StringComparison.Ordinal)
                    ? orgAliases.GetValueOrDefault(skeleton) ?? NamedPersonsFamily(entities, m, skeleton) : null;
                target ??= m.Type == "ORG" ? InternationalOrShort(byKey, m.Name) : null;
                target ??= Get(ActorKey.Of(m.Name, m.Type), m.Type, m.Name);
            }

            target.Mentions.Add(new TextSpan(m.Start, m.End));
            byMention[m] = target;
            if (m.Head is not null)
            {
                if (!heads.TryGetValue(target, out var set))
                {
                    heads[target] = set = [];
                }

                set.Add(m.Head);
            }

            if (!m.Nationality && m.Anaphor is null && m.Title is null && m.Name != target.Name && !target.Aliases.Contains(m.Name))
            {
                target.Aliases.Add(m.Name);
                if (target.Type == "ORG")
                {
                    orgAliases.TryAdd(ActorKey.Skeleton(m.Name), target);
                }
            }

            target.Country ??= m.Country;
            target.Affiliation ??= m.Affiliation;
            foreach (var role in m.Roles)
            {
                if (!target.Roles.Contains(role))
                {
                    target.Roles.Add(role);
                }
            }
        }

        foreach (var e in entities)
        {
            e.Aliases.Remove(e.Name);
            e.Mentions.Sort((x, y) => x.Start != y.Start ? x.Start.CompareTo(y.Start) : x.End.CompareTo(y.End));
            // One span found twice (by the tagger and by a list of names) is one mention.
            for (var m = e.Mentions.Count - 1; m > 0; m--)
            {
                if (e.Mentions[m].Start == e.Mentions[m - 1].Start && e.Mentions[m].End == e.Mentions[m - 1].End)
                {
                    e.Mentions.RemoveAt(m);
                }
            }
            // States and their cities code as the state (CAMEO uses ISO alpha-3), not as a same-named place
            // elsewhere («طرابلس»). A person codes by the full name only: one-word names («خليل») and partial
            // mentions («عبد العزيز») are too ambiguous.
            if (e.Type == "GPE" && e.Country is null && _lexicon.StateOf(e.Name) is { } formal)
            {
                // «جمهورية مصر العربية»: a state's formal name.
                e.Country = formal;
            }

            if (e.Type == "GPE" && e.Country is not null)
            {
                e.Code = _lexicon.Alpha3(e.Country);
                e.State = _lexicon.StateOf(e.Name) == e.Country || e.Name == _lexicon.StateName(e.Country)
                    || e.Aliases.Exists(a => _lexicon.StateOf(a) == e.Country);
            }
            else if (e.Type == "PER")
            {
                e.Code = e.Name.Contains(' ', StringComparison.Ordinal) ? _lexicon.CodeOf(e.Name, null) : _lexicon.FamilyNameCode(e.Name);
                // «فيصل بن فرحان بن عبدالله»: a listed figure named with one more link of descent is that figure.
                // (Only down to «X بن Y»: «عمار» of «عمار بن جامع» alone is no one.)
                for (var cut = e.Name.LastIndexOf(" بن ", StringComparison.Ordinal); e.Code is null && cut > 0; cut = e.Name.LastIndexOf(" بن ", cut - 1, StringComparison.Ordinal))
                {
                    if (e.Name[..cut].Contains(" بن ", StringComparison.Ordinal))
                    {
                        e.Code = _lexicon.CodeOf(e.Name[..cut], null);
                    }
                }
            }
            else if (!e.Name.Contains(' ', StringComparison.Ordinal) && OrgNominals.Contains(ActorKey.Skeleton(e.Name)))
            {
                e.Code = null; // «منظمة» alone is any organization (the dictionary's one-word entry is noise)
            }
            else
            {
                e.Code = new[] { e.Name }.Concat(e.Aliases).Select(n => _lexicon.CodeOf(n, e.Country)).FirstOrDefault(c => c is not null);
            }
            // «حكومة السوداني» after «محمد شياع السوداني»: a government named by its head's family name is his state's,
            // not the state the name reads as a nisba of.
            if (e.Type == "ORG" && e.Name.Split(' ') is [var organ, var family] && ActorKey.Skeleton(organ) == GovernmentKey
                && entities.Find(p => p.Type == "PER" && p.Name.Contains(' ', StringComparison.Ordinal) && p.Name.EndsWith(" " + family, StringComparison.Ordinal)) is { } head)
            {
                e.Country = head.Country;
                e.Code = head.Country is { } cc && _lexicon.Alpha3(cc) is { } alpha3 ? alpha3 + "GOV" : null;
            }

            // «حماس» PSEREB is Palestinian, «الخارجية السعودية» SAUGOV Saudi: a code that starts with a state gives the state.
            if (e.Country is null && e.Type is "PER" or "ORG" or "LOC" && e.Code is { Length: >= 3 } code && _lexicon.CountryOfAlpha3(code[..3]) is { } iso2)
            {
                e.Country = iso2;
            }
        }

        return entities;
    }

    /// <summary>
    /// «بدوره، أعرب الشرع عن …»: a person's family name alone, right before or after a verb of saying, is that person
    /// even where the tagger did not see a name («الشرع» is also a common noun). Only after the full name, only when no
    /// other person of the document ends with the same word, and only words of three letters or more.
    /// </summary>
    private void AddSurnameMentions(string text, List<(int Start, int End)> tokens, List<Entity> entities)
    {
        var byLast = new Dictionary<string, Entity?>(StringComparer.Ordinal);
        foreach (var e in entities)
        {
            if (e.Type != "PER" || !e.Name.Contains(' ', StringComparison.Ordinal))
            {
                continue;
            }

            var last = e.Name[(e.Name.LastIndexOf(' ') + 1)..];
            if (last.Length < 3 || _lexicon.IsTitleHead(last) || _lexicon.NationalityOf(last) is not null
                || NerText.Normalize(last) is "السبت" or "الاحد" or "الاثنين" or "الثلاثاء" or "الاربعاء" or "الخميس" or "الجمعه" or "اليوم" or "امس")
            {
                continue;
            }

            byLast[last] = byLast.ContainsKey(last) ? null : e;
        }

        if (byLast.Count == 0)
        {
            return;
        }

        var covered = entities.SelectMany(e => e.Mentions).ToList();
        var lookup = byLast.GetAlternateLookup<ReadOnlySpan<char>>(); // no string per token
        for (var i = 0; i < tokens.Count; i++)
        {
            var (start, end) = tokens[i];
            // Spelled as in the name («على» is a preposition, not «علي»).
            var word = text.AsSpan(start, end - start);
            var skip = word.Length > 3 && word[0] == 'و' && !lookup.ContainsKey(word) && lookup.ContainsKey(word[1..]) ? 1 : 0;
            if (!lookup.TryGetValue(word[skip..], out var person) || person is null || covered.Exists(m => m.Start < end && m.End > start)
                || person.Mentions.Count == 0 || person.Mentions[0].Start >= start)
            {
                continue;
            }

            var speechBefore = i > 0 && IsSpeechVerb(text[tokens[i - 1].Start..tokens[i - 1].End]);
            var speechAfter = i + 1 < tokens.Count && IsSpeechVerb(text[tokens[i + 1].Start..tokens[i + 1].End]);
            // «ودعا الرئيس عون الولايات المتحدة …»: a definite one-word title right before the family name.
            var titleBefore = skip == 0 && i > 0 && text.AsSpan(tokens[i - 1].Start).StartsWith("ال", StringComparison.Ordinal)
                && _lexicon.IsTitleHead(text[tokens[i - 1].Start..tokens[i - 1].End]);
            if (speechBefore || speechAfter || titleBefore)
            {
                person.Mentions.Add(new TextSpan(start + skip, end));
            }
        }

        foreach (var e in byLast.Values)
        {
            e?.Mentions.Sort((x, y) => x.Start.CompareTo(y.Start));
        }
    }

    private static bool IsSpeechVerb(string word)
    {
        var folded = Quotes.ArabicWords.Fold(word);
        var bare = Quotes.ArabicWords.StripConjunction(folded).ToString();
        // («دان كوتس»: the bare «دان» opening a name is the name Dan; «ودان» is the verb.)
        return Quotes.SpeechCues.Verbs.ContainsKey(folded) || Quotes.SpeechCues.Verbs.ContainsKey(bare)
            || (Quotes.SpeechCues.SpeakerOnly.Contains(bare) && folded != "دان");
    }

    /// <summary>«مجلس الأمن الدولي» then «مجلس الأمن» (or the reverse): a body named with and without «الدولي» is one.</summary>
    private static Entity? InternationalOrShort(Dictionary<string, Entity> byKey, string name)
    {
        const string International = " الدولي";
        var other = name.EndsWith(International, StringComparison.Ordinal) ? name[..^International.Length] : name + International;
        return byKey.TryGetValue(ActorKey.Of(other, "ORG"), out var e) && e.Type == "ORG" ? e : null;
    }

    /// <summary>
    /// «نقلت أورتاغوس», «تصريحات الدبيبة»: one word the tagger typed a place or a body, with no state of its own and no code,
    /// that ends the full name of exactly one person named before, is that person's family name.
    /// </summary>
    private Entity? NamedPersonsFamily(List<Entity> entities, Mention m, string skeleton)
    {
        if (m.Country is not null || skeleton.Length < 3 || _lexicon.StateOf(m.Name) is not null || _lexicon.CodeOf(m.Name, null) is not null)
        {
            return null;
        }

        var person = PartialPerson(entities, m.Name);
        return person is not null && ActorKey.Skeleton(person.Name).EndsWith(" " + skeleton, StringComparison.Ordinal) ? person : null;
    }

    /// <summary>A later «بلينكن» joins the one earlier person whose name ends (or starts) with the same word(s).</summary>
    private static Entity? PartialPerson(List<Entity> entities, string name)
    {
        var key = ActorKey.Skeleton(name);
        if (key.Length < 3)
        {
            return null;
        }

        Entity? found = null;
        foreach (var e in entities)
        {
            if (e.Type != "PER")
            {
                continue;
            }

            var full = ActorKey.Skeleton(e.Name);
            // A given name alone is someone else as often as not («محمد» of «محمد علي النفطي» is not «محمد المنفي»):
            // only royal names go by it («الأمير فيصل» of «فيصل بن فرحان»).
            var byGivenName = full.StartsWith(key + " ", StringComparison.Ordinal)
                && (key.Contains(' ', StringComparison.Ordinal) || full.Contains(" بن ", StringComparison.Ordinal) || full.Contains(" ال ", StringComparison.Ordinal));
            var fits = full.EndsWith(" " + key, StringComparison.Ordinal) || byGivenName
                || key.EndsWith(" " + full, StringComparison.Ordinal) || key.StartsWith(full + " ", StringComparison.Ordinal);
            if (fits)
            {
                if (found is not null && found != e)
                {
                    return null;
                }

                found = e;
            }
        }

        return found;
    }
}

/// <summary>One tagged sentence: its words, their offsets, and the tagger's spans (token indices within it).</summary>
internal sealed record SentenceView(string Text, List<(int Start, int End)> Tokens, int From, string[] Words, List<(int A, int B, string Type)> Spans)
{
    public int SpanAt(int token)
    {
        for (var k = 0; k < Spans.Count; k++)
        {
            if (token >= Spans[k].A && token < Spans[k].B)
            {
                return k;
            }
        }

        return -1;
    }

    public string TextOf(int a, int b) => Text[Tokens[From + a].Start..Tokens[From + b - 1].End];
}

/// <summary>A mention before entities are formed.</summary>
internal sealed class Mention(int start, int end, string type, string name, int token)
{
    public int Start { get; } = start;

    public int End { get; } = end;

    public string Type { get; } = type;

    public string Name { get; } = name;

    public int Token { get; } = token;

    public string? Country { get; set; }

    public bool Nationality { get; init; }

    public bool ActsAsState { get; init; }

    /// <summary>A city whose name is also a state's («عمان» in Jordanian news): never the state.</summary>
    public bool City { get; init; }

    public string? Anaphor { get; init; }

    /// <summary>The person whose other name this is («دقلو (حميدتي)»).</summary>
    public Mention? AliasOf { get; set; }

    /// <summary>A title standing for a person named before: the skeletons of its words (nationality left out).</summary>
    public string[]? Title { get; init; }

    public bool TitleDefinite { get; init; }

    public string? Head { get; set; }

    public string? Affiliation { get; set; }

    public List<string> Roles { get; } = [];
}
