using System.Collections.Frozen;
using System.Text;
using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Events;

/// <summary>How a trigger's grammar tells ACTOR from RECIPIENT (see models/events/triggers.tsv).</summary>
internal enum TriggerKind : byte
{
    /// <summary>Transitive verb: subject = ACTOR, object = RECIPIENT.</summary>
    Transitive,

    /// <summary>Intransitive verb: RECIPIENT only after one of the entry's prepositions.</summary>
    Intransitive,

    /// <summary>Noun whose genitive is the ACTOR («احتجاج العمال»).</summary>
    ActorNoun,

    /// <summary>Noun whose genitive is the RECIPIENT («اعتقال الناشط»).</summary>
    PatientNoun,

    /// <summary>Passive verb: the first actor after it is the RECIPIENT.</summary>
    Passive,

    /// <summary>The trigger names the ACTOR itself («المتظاهرون» acting in a clause is a protest).</summary>
    Agent,
}

/// <summary>One trigger entry: word patterns and how to code the event.</summary>
internal sealed record Trigger(Pattern[] Words, string Type, string? Mode, TriggerKind Kind, string[] Prepositions, bool PrepositionRequired)
{
    public bool IsVerb => Kind is TriggerKind.Transitive or TriggerKind.Intransitive or TriggerKind.Passive;

    /// <summary>The first person plural of an imperfect verb («نرفض», «ندين», «نطالب»): whoever speaks does it.</summary>
    public bool FirstPerson { get; init; }
}

/// <summary>A word pattern: an exact folded word, or a stem that may take an inflectional suffix.</summary>
internal readonly record struct Pattern(string Stem, bool Open);

/// <summary>A trigger found at words [First, First+Count) of a sentence; <see cref="Future"/> when it carried «س».</summary>
/// <param name="Subject">Words the subject took between a verb and the rest of its pattern («فرضت الولايات المتحدة
/// عقوبات»): count, from First + 1; 0 when the pattern's words were adjacent.</param>
/// <param name="Possessed">A noun trigger carrying a possessive pronoun («زيارته», «محادثاتها»): its genitive ACTOR is
/// the pronoun's referent, named before it.</param>
internal readonly record struct TriggerHit(Trigger Trigger, int First, int Count, bool Future, int Subject = 0, bool Possessed = false);

/// <summary>
/// The Arabic PLOVER trigger lexicon (models/events/triggers.tsv), indexed by the first word's stem. A word is tried
/// as written, without the conjunction, without the article and without the future «س», and each form is matched
/// against stems by cutting off at most three suffix letters, so lookups are a handful of hash probes per word.
/// </summary>
internal sealed class TriggerLexicon
{
    private static readonly Lazy<TriggerLexicon> Shared = new(() => Load(ActorLexicon.Embedded("triggers.tsv")), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Inflectional suffixes a "stem*" pattern accepts (verbs: -ت -وا -ا -ن -تم …, nouns: -ه -ات -ها …).</summary>
    private static readonly FrozenSet<string> Suffixes = new[]
    {
        "", "ت", "وا", "ا", "ن", "ون", "ين", "ه", "ها", "هم", "هما", "ات", "تا", "نا", "تم", "ته", "تها", "وه", "وها", "هن", "اه", "تان", "ان",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Later words of a phrase may also be adjectives: «وقع اتفاقية», «مناورات عسكرية».</summary>
    private static readonly FrozenSet<string> PhraseSuffixes = new[] { "ي", "يه", "يات", "يا", "يين" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SuffixLookup = Suffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PhraseSuffixLookup = PhraseSuffixes.GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly Dictionary<string, List<Trigger>> _byStem = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Trigger>>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private TriggerLexicon() => _lookup = _byStem.GetAlternateLookup<ReadOnlySpan<char>>();

    public static TriggerLexicon Default => Shared.Value;

    public int Count { get; private set; }

    public static TriggerLexicon Load(Stream tsv)
    {
        var lexicon = new TriggerLexicon();
        using var reader = new StreamReader(tsv, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            if (f.Length < 4)
            {
                continue;
            }

            var words = f[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(w => new Pattern(ArabicWords.Fold(w.TrimEnd('*')), w.EndsWith('*'))).ToArray();
            var kind = f[3] switch
            {
                "V" => TriggerKind.Transitive,
                "I" => TriggerKind.Intransitive,
                "N" => TriggerKind.ActorNoun,
                "M" => TriggerKind.PatientNoun,
                "A" => TriggerKind.Agent,
                _ => TriggerKind.Passive,
            };
            var preps = f.Length > 4 ? f[4] : string.Empty;
            var required = preps.StartsWith('!');
            var trigger = new Trigger(words, f[1], string.IsNullOrWhiteSpace(f[2]) ? null : f[2], kind,
                preps.TrimStart('!').Split('|', StringSplitOptions.RemoveEmptyEntries).Select(p => ArabicWords.Fold(p)).ToArray(), required);
            lexicon.Add(words[0].Stem, trigger);
            if (trigger.IsVerb && words[0].Stem.Length > 2 && words[0].Stem[0] == 'ي')
            {
                // Imperfect: the lexicon lists the third person masculine; the feminine/plural «ت» form is the same verb.
                var feminine = "ت" + words[0].Stem[1..];
                lexicon.Add(feminine, trigger with { Words = [new Pattern(feminine, words[0].Open), .. words[1..]] });

                // «نرفض», «ندين», «نطالب», «سنرد»: politicians speak for their side in the first person plural («نشيد» is
                // as often an anthem; «نُقتل», «نُحاصر» on a banner are as often passive: no attacks or seizures).
                var ours = "ن" + words[0].Stem[1..];
                if (ours != "نشيد" && trigger.Type is not ("ASSAULT" or "COERCE"))
                {
                    lexicon.Add(ours, trigger with { Words = [new Pattern(ours, words[0].Open), .. words[1..]], FirstPerson = true });
                }
            }
        }

        return lexicon;
    }

    private void Add(string stem, Trigger trigger)
    {
        if (!_byStem.TryGetValue(stem, out var list))
        {
            _byStem[stem] = list = [];
        }

        if (!list.Exists(t => t.Words.SequenceEqual(trigger.Words) && t.Type == trigger.Type))
        {
            list.Add(trigger);
            Count++;
        }
    }

    /// <summary>The longest trigger starting at word <paramref name="at"/>, if any.</summary>
    /// <param name="insideName">Whether a word continues a name that began before it: a verb's subject gap counts a
    /// name as one word («أعلن رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة وقف إطلاق النار»).</param>
    public TriggerHit? Match(List<Word> words, int at, string? text = null, Func<int, bool>? insideName = null)
    {
        var key = words[at].Key.AsSpan();
        TriggerHit? best = null;
        var conj = ArabicWords.StripConjunction(key);
        Try(words, at, key, false, ref best, text, insideName: insideName);
        if (conj.Length != key.Length)
        {
            Try(words, at, conj, false, ref best, text, insideName: insideName);
        }

        var article = ArabicWords.StripArticle(conj);
        if (article.Length != conj.Length)
        {
            // Verbs never take the article: «الصادر» is not «صادر», «الدعم» not the verb «دعم».
            Try(words, at, article, false, ref best, text, nounsOnly: true, insideName: insideName);
        }
        else if (conj.Length > 4 && conj[0] is 'ب' or 'ل')
        {
            // «لهجوم», «بقصف»: a one-letter preposition on a noun without the article.
            Try(words, at, conj[1..], false, ref best, text, insideName: insideName);
        }
        else if (conj.Length > 3 && conj[0] == 'س' && conj[1] is 'ي' or 'ت' or 'ن')
        {
            Try(words, at, conj[1..], true, ref best, text, insideName: insideName);
        }

        if (best is null && article.Length == conj.Length && PossessedNoun(conj) is { } noun)
        {
            // «زيارته كينيا», «لقائها»: a feminine noun's ta marbuta is written ت before a pronoun, and hamza sits on
            // a ياء there («لقائه»).
            Try(words, at, noun, false, ref best, text, nounsOnly: true, insideName: insideName);
            if (best is { } possessed)
            {
                best = possessed with { Possessed = true };
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a noun's cut-off ending is a possessive pronoun: «اجتماعه» is, but the folded ta marbuta of «إغاثة» is not
    /// (the written word tells them apart; without the text a lone «ه» is not taken for one).
    /// </summary>
    private static bool IsPronoun(ReadOnlySpan<char> suffix, Word word, string? text) =>
        suffix switch
        {
            "ه" => text is not null && word.End > word.Start && text[word.End - 1] == 'ه',
            "ها" or "هم" or "هما" or "هن" => true,
            _ => false,
        };

    /// <summary>Possessive pronouns a noun trigger may carry.</summary>
    private static readonly string[] Pronouns = ["هما", "هم", "ها", "هن", "ه"];

    /// <summary>The noun under a possessive pronoun, in the lexicon's spelling: «زيارته» → «زياره», «محادثاته» → «محادثات»,
    /// «لقائه» → «لقاء».</summary>
    private static string? PossessedNoun(ReadOnlySpan<char> word)
    {
        foreach (var p in Pronouns)
        {
            if (word.Length > p.Length + 3 && word.EndsWith(p))
            {
                var stem = word[..^p.Length];
                return stem[^1] switch
                {
                    'ت' when stem[^2] != 'ا' => string.Concat(stem[..^1], "ه"),
                    'ت' => stem.ToString(),
                    'ي' when stem[^2] == 'ا' => string.Concat(stem[..^1], "ء"),
                    _ => null,
                };
            }
        }

        return null;
    }

    private void Try(List<Word> words, int at, ReadOnlySpan<char> form, bool future, ref TriggerHit? best, string? text, bool nounsOnly = false, Func<int, bool>? insideName = null)
    {
        for (var cut = 0; cut <= 4 && cut < form.Length - 1; cut++)
        {
            var stem = form[..^cut];
            if (!_lookup.TryGetValue(stem, out var triggers))
            {
                continue;
            }

            var suffix = form[^cut..];
            foreach (var t in triggers)
            {
                if (nounsOnly && t.IsVerb)
                {
                    continue;
                }

                if (cut > 0 && (!t.Words[0].Open || !SuffixLookup.Contains(suffix)))
                {
                    continue;
                }

                if (best is { } b && b.Count >= t.Words.Length)
                {
                    continue;
                }

                if (RestMatches(words, at, t, 0))
                {
                    best = new TriggerHit(t, at, t.Words.Length, future, Possessed: !t.IsVerb && cut > 0 && IsPronoun(suffix, words[at], text));
                    continue;
                }

                // «توقيع ثلاث اتفاقيات», «إبرام 5 اتفاقات»: a count between a noun trigger's words.
                if (!t.IsVerb && t.Words.Length > 1 && at + 1 < words.Count
                    && (char.IsDigit(words[at + 1].Key[0]) || EventCoder.CountWords.Contains(words[at + 1].Key)) && RestMatches(words, at, t, 1))
                {
                    best = new TriggerHit(t, at, t.Words.Length + 1, future);
                    continue;
                }

                // Only a noun after the gap: «حقق في» (investigate) is not «حقق نجاحا في» (achieve), nor «شارك في» with
                // whatever stands between; a preposition with its noun is («توصلت الحكومة والحركة إلى اتفاق», «أعرب
                // الرئيس عن دعمه»), but not after a passive's subject.
                if (t.IsVerb && t.Words.Length > 1 && text is not null && (best is null || best.Value.Count < 2)
                    && (!GapPrepositions.Contains(t.Words[1].Stem) || (t.Words.Length >= 3 && t.Kind != TriggerKind.Passive)))
                {
                    // VSO: the subject stands between the verb and its fixed object («أطلقت السلطات الإيرانية سراح»,
                    // «استدعت الخارجية التركية السفير»): up to four words, none after a comma or a stop.
                    var times = 0;
                    var named = 0;
                    var aside = 0;
                    var occasion = 0;
                    for (var gap = 1; gap - times - named - aside - occasion <= MaxSubjectWords && gap <= MaxSubjectWords + 3 + named + aside + occasion && at + gap + t.Words.Length <= words.Count; gap++)
                    {
                        // «ووقع الجانبان في ختام المباحثات مذكرة تفاهم»: the occasion after the subject, «في ختام/نهاية» and one
                        // definite noun, counts neither.
                        if (gap > 1 && occasion == 0 && at + gap + 2 + t.Words.Length <= words.Count && words[at + gap].Key == "في"
                            && words[at + gap + 1].Key is "ختام" or "نهايه" or "مستهل" or "اعقاب" or "بدايه"
                            && words[at + gap + 2].Key.StartsWith("ال", StringComparison.Ordinal)
                            && !GapBreaks(text, words, at + gap - 1, at + gap) && !GapBreaks(text, words, at + gap + 2, at + gap + 3))
                        {
                            occasion = 3;
                            gap += 2;
                            if (RestMatches(words, at, t, gap))
                            {
                                best = new TriggerHit(t, at, t.Words.Length + gap, future, gap);
                                break;
                            }
                        }

                        // «سلمت كتائب القسام، الجناح العسكري لحركة حماس، مساء اليوم، جثث ثلاثة رهائن»: the subject's apposition
                        // between two commas, up to six words, counts neither.
                        if (gap > 1 && aside == 0 && AppositionEnd(text, words, at + gap) is var close && close > at + gap)
                        {
                            aside = close - (at + gap);
                            gap = close - at;
                            if (gap + t.Words.Length > words.Count - at)
                            {
                                break;
                            }
                        }

                        // Times do not count towards the subject's length: «استدعت وزارة الخارجية المغربية، أمس الخميس، القائم …».
                        // Nor do a count and its approximation: «وسلم نحو 30 مسلحا من الحزب أسلحتهم».
                        if (IsAsideTime(words[at + gap].Key) || char.IsDigit(words[at + gap].Key[0]) || words[at + gap].Key is "نحو" or "حوالي" or "قرابه" or "زهاء")
                        {
                            times++;
                        }

                        // Nor do the later words of a name (at most eight).
                        if (gap > 1 && named < 8 && insideName is not null && insideName(at + gap))
                        {
                            named++;
                            // (the rest of the pattern only after the name's last word)
                            if ((at + gap + 1 >= words.Count || !insideName(at + gap + 1)) && RestMatches(words, at, t, gap))
                            {
                                best = new TriggerHit(t, at, t.Words.Length + gap, future, gap);
                                break;
                            }

                            continue;
                        }

                        var gapEnd = words[at + gap].End;
                        var next = words[at + gap + 1].Start;
                        // A subject has no stop, bracket or preposition in it («فرض في أبريل (نيسان) الماضي عقوبات»,
                        // «نشرنا فرقنا مع قوات» are adverbials, not subjects).
                        // A time set off by commas may stand in it: «وقعت مصر وقطر، اليوم الثلاثاء، اتفاقية».
                        if (GapBreaks(text, words, at + gap - 1, at + gap) || (gapEnd < next && GapBreaks(text, words, at + gap, at + gap + 1))
                            || (GapPrepositions.Contains(ArabicWords.StripConjunction(words[at + gap].Key).ToString())
                                // («نحو 30 مسلحا من الحزب»: «من» after a counted noun names whose they are.)
                                && !(words[at + gap].Key == "من" && gap >= 3 && char.IsDigit(words[at + gap - 2].Key[0]))))
                        {
                            break;
                        }

                        if (RestMatches(words, at, t, gap))
                        {
                            best = new TriggerHit(t, at, t.Words.Length + gap, future, gap);
                            break;
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// Where an apposition set off by commas that opens at word <paramref name="k"/> ends (the word after its closing
    /// comma): a definite noun first, at most six words, nothing but the two commas around it; <paramref name="k"/> when
    /// none opens there (a time is left to the time rule).
    /// </summary>
    private static int AppositionEnd(string text, List<Word> words, int k)
    {
        if (k <= 0 || k >= words.Count || !OnlyComma(text, words[k - 1].End, words[k].Start) || IsAsideTime(words[k].Key)
            || !ArabicWords.StripConjunction(words[k].Key).StartsWith("ال", StringComparison.Ordinal) || words[k].Key.StartsWith('و'))
        {
            return k;
        }

        for (var j = k + 1; j < words.Count && j <= k + 6; j++)
        {
            var between = text.AsSpan(words[j - 1].End, words[j].Start - words[j - 1].End);
            if (between.IndexOfAny(".;؛:()\"«»") >= 0)
            {
                return k;
            }

            if (between.IndexOfAny("،,") >= 0)
            {
                return j;
            }
        }

        return k;
    }

    private static bool OnlyComma(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from).Trim();
        return between is "،" or ",";
    }

    /// <summary>Whether a word (folded key, conjunction allowed) is a time that may be set off by commas between a verb's
    /// subject and the rest of its clause: «اليوم», «أمس», «الثلاثاء», «الماضي» ….</summary>
    internal static bool IsAsideTime(string key) => GapTimeLookup.Contains(ArabicWords.StripConjunction(key));

    /// <summary>Times that may be set off by commas inside a subject gap (folded).</summary>
    private static readonly HashSet<string> GapTimes = new(StringComparer.Ordinal)
    {
        "اليوم", "امس", "مساء", "صباح", "فجر", "ظهر", "ليل", "الليله", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس",
        "الجمعه", "الماضي", "الماضيه", "الجاري", "الحالي", "اول",
    };

    // After GapTimes: static fields initialize in the order they are written.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GapTimeLookup = GapTimes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the space between words <paramref name="left"/> and <paramref name="right"/> ends a subject: a stop,
    /// bracket or quotation mark; a comma too, unless a time stands on one side of it.
    /// </summary>
    private static bool GapBreaks(string text, List<Word> words, int left, int right)
    {
        var between = text.AsSpan(words[left].End, words[right].Start - words[left].End);
        if (between.IndexOfAny(".;؛:()\"«»") >= 0)
        {
            return true;
        }

        return between.IndexOfAny("،,") >= 0 && !IsAsideTime(words[left].Key) && !IsAsideTime(words[right].Key);
    }

    private static readonly HashSet<string> GapPrepositions = new(StringComparer.Ordinal)
    {
        "في", "عن", "علي", "الي", "مع", "ب", "من", "ل", "ضد", "بين",
    };

    /// <summary>Most words a subject may take between a verb and the rest of its pattern.</summary>
    private const int MaxSubjectWords = 4;

    private static bool RestMatches(List<Word> words, int at, Trigger t, int gap)
    {
        if (at + gap + t.Words.Length > words.Count)
        {
            return false;
        }

        for (var i = 1; i < t.Words.Length; i++)
        {
            var p = t.Words[i];
            var k = ArabicWords.StripConjunction(words[at + gap + i].Key);
            var bare = ArabicWords.StripArticle(k);
            if (!Fits(k, p) && !Fits(bare, p))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Fits(ReadOnlySpan<char> word, Pattern p)
    {
        if (!word.StartsWith(p.Stem))
        {
            return word.SequenceEqual(p.Stem);
        }

        var rest = word[p.Stem.Length..];
        return rest.IsEmpty || (p.Open && (SuffixLookup.Contains(rest) || PhraseSuffixLookup.Contains(rest)));
    }
}
