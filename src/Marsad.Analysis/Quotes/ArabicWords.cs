using System.Collections.Frozen;
using Marsad.Arabic;
using Marsad.Core;

namespace Marsad.Analysis.Quotes;

/// <summary>A word of the text: its span and its folded matching key (no diacritics, alef/yaa/taa folded).</summary>
internal readonly record struct Word(int Start, int End, string Key)
{
    public TextSpan Span => new(Start, End);
}

/// <summary>
/// The small text layer quotes and events share: a word scanner with folded keys and clitic stripping.
/// It works on the clean text directly so the two processors need nothing but <see cref="Document.Text"/>;
/// the Arabic core's tokens can replace the scanner later without changing the rules above it.
/// </summary>
internal static class ArabicWords
{
    /// <summary>
    /// «والحكومة مطالبة بالإسراع …», «جميع الأطراف مطالبون بضبط النفس»: the passive participle of demanding, right after
    /// its definite subject and before «بـ», says who is required to act («مطالبين», accusative, is the active «demanding»:
    /// «خرج المحتجون مطالبين بـ…»).
    /// </summary>
    public static bool IsPassiveDemandWord(string folded) => folded is "مطالبه" or "مطالبون";

    /// <summary>As <see cref="IsPassiveDemandWord"/> at word <paramref name="w"/>, in the place that makes it the passive.</summary>
    public static bool PassiveDemand(string text, List<Word> words, int w)
    {
        if (w == 0 || w + 1 >= words.Count || !IsPassiveDemandWord(StripConjunction(words[w].Key).ToString())
            || !text.AsSpan(words[w - 1].End, words[w].Start - words[w - 1].End).Trim().IsEmpty
            || !text.AsSpan(words[w].End, words[w + 1].Start - words[w].End).Trim().IsEmpty)
        {
            return false;
        }

        var before = StripConjunction(words[w - 1].Key);
        return before.StartsWith("ال", StringComparison.Ordinal) && words[w + 1].Key.Length > 2 && words[w + 1].Key[0] == 'ب';
    }

    public static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || c is >= '\u064B' and <= '\u065F' || c == '\u0670' || c == '\u0640';

    /// <summary>Words of <c>text[start..end)</c>, in order.</summary>
    public static List<Word> Scan(string text, int start, int end)
    {
        var words = new List<Word>(Math.Max(4, (end - start) / 5));
        var i = start;
        while (i < end)
        {
            if (!IsWordChar(text[i]))
            {
                i++;
                continue;
            }

            var s = i;
            while (i < end && IsWordChar(text[i]))
            {
                i++;
            }

            var key = Fold(text.AsSpan(s, i - s));
            if (i - s == 1 && key is "د" or "م" or "ا" && i + 2 < end && text[i] == '.' && text[i + 1] == ' ' && IsWordChar(text[i + 2]))
            {
                // «د. موفق الحربي», «م. أحمد»: an abbreviated title keeps its dot, which ends no clause.
                i++;
            }

            if (key.Length > 0)
            {
                // A run of marks alone (tatweel, stray harakat) is no word.
                words.Add(new Word(s, i, key));
            }
        }

        return words;
    }

    /// <summary>Search-level folding of one word (the rules of ArabicNormalizer's Search level), without a builder.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        Span<char> buf = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var n = 0;
        foreach (var c in word)
        {
            if (c is >= '\u064B' and <= '\u065F' || c == '\u0670' || c == '\u0640')
            {
                continue;
            }

            buf[n++] = c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ى' => 'ي',
                'ة' => 'ه',
                'ؤ' => 'و',
                'ئ' => 'ي',
                >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
                >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
                // Arabic letters have no case: only other scripts go through the case tables.
                >= '\u0600' and <= '\u06FF' => c,
                < '\u0080' => c is >= 'A' and <= 'Z' ? (char)(c + 32) : c,
                _ => char.ToLowerInvariant(c),
            };
        }

        return new string(buf[..n]);
    }

    /// <summary>Folds a phrase word by word (for lexicon entries written with spaces or underscores).</summary>
    public static string[] FoldPhrase(string phrase) =>
        phrase.Split([' ', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => Fold(w)).ToArray();

    /// <summary>«الأمنية», «الملكي»: a definite nisba adjective's key (five letters or more, «ال…ي» or «ال…يه»).</summary>
    public static bool IsDefiniteNisba(ReadOnlySpan<char> key) =>
        key.Length >= 5 && key.StartsWith("ال", StringComparison.Ordinal) && (key.EndsWith("ي", StringComparison.Ordinal) || key.EndsWith("يه", StringComparison.Ordinal));

    /// <summary>
    /// Drops a leading conjunction و/ف, unless the letter is the word's own: the و of «وزارة», «واسعة», the ف of
    /// «فرقت», «فيضانات», «فحسب». Which words keep it is read off the Arabic lexicon
    /// (<see cref="LexiconOwnInitial"/>) and a short list; words neither knows lose the letter.
    /// </summary>
    public static ReadOnlySpan<char> StripConjunction(ReadOnlySpan<char> key) =>
        (key.Length > 3 && key[0] is 'و' or 'ف' && !OwnInitialLookup.Contains(key) && !LexiconOwnInitialLookup.Contains(key))
        // «وحث الوزير الأطراف على …»: the one cue of two letters.
        || (key.Length == 3 && key[0] is 'و' or 'ف' && key[1..] is "حث") ? key[1..] : key;

    /// <summary>Common words whose first و or ف is their own letter (folded).</summary>
    private static readonly FrozenSet<string> OwnInitial = new[]
    {
        "وزاره", "وزارات", "وزير", "وزيره", "وزراء", "وزارتي", "وفد", "وفود", "وطن", "وطني", "وطنيه", "وضع", "وقت", "وقف",
        "ولايه", "ولايات", "وكاله", "وكالات", "وسط", "واقع", "وصول", "وجود", "وفاه", "ورقه", "وحده", "وحدات", "وزن", "ولي",
        "وقفه", "وسائل", "وسايل", "وثيقه", "وثائق", "وثايق", "وفق", "وفقا", "وكيل", "واشنطن", "فريق", "فرنسا", "فلسطين", "فندق", "فيلم", "فصل",
        "فتره", "فكره", "فرصه", "فوز", "فوق", "فيما", "فقط", "فعل", "فرع", "فرق", "فلسطيني", "فرنسي", "فنزويلا", "فيتنام",
        "وقوف", "وجوب", "وعي", "ولاء", "وفاء", "فرض", "فتح", "فشل", "فحسب", "فصايل", "فصيل",
    }.ToFrozenSet(StringComparer.Ordinal);

    // After OwnInitial: static fields initialize in the order they are written.
    // Endings AffixedKnown takes off the rest of a word, and how often news must use what remains.
    private const int MinHostFrequency = 5;

    private static readonly string[] RestSuffixes = ["هما", "هم", "ها", "ه", "وه", "وها", "وهم", "تها", "ته", "تهم", "ت", "وا", "ون", "ين", "ات", "ة", "ا", "ي", "نا", "كم"];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnInitialLookup = OwnInitial.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Folded lexicon words of four letters or more whose first و/ف is their own: words the lexicon knows where the
    /// rest is no word, nor a common one with an ending («واسعة», «فيضانات», «وكالة»; but «وحمايتهم» is «و» + «حمايتهم»), and words
    /// Hunspell lists (it lists stems, never a conjunction form) over a rest it does not list and news uses less
    /// («ولاية»), and words news uses far more than their rest («وصلت», «وعود»), unless the rest is a listed verb with its
    /// subject ending («وتابعت»). Where several lexicon keys fold alike, the more frequent reading wins.
    /// </summary>
    internal static readonly FrozenSet<string> LexiconOwnInitial = BuildLexiconOwnInitial();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> LexiconOwnInitialLookup = LexiconOwnInitial.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string> BuildLexiconOwnInitial()
    {
        const LexiconFlags Listed = LexiconFlags.Verb | LexiconFlags.Noun;
        var lexicon = ArabicLexicon.Default;
        var votes = new Dictionary<string, (long Own, long Split)>(StringComparer.Ordinal);
        foreach (var (key, whole) in lexicon.Entries)
        {
            if (key.Length <= 3 || key[0] is not ('و' or 'ف'))
            {
                continue;
            }

            var restKey = key[1..];
            var rest = lexicon[restKey];
            var own = (whole.Known && !rest.Known && !restKey.StartsWith("ال", StringComparison.Ordinal)
                    && !restKey.StartsWith("لل", StringComparison.Ordinal) && !restKey.StartsWith("بال", StringComparison.Ordinal)
                    && !AffixedKnown(lexicon, restKey, 2) && !ListedVerbWithEnding(lexicon, restKey))
                || ((whole.Flags & Listed) != 0 && (rest.Flags & Listed) == 0 && rest.Frequency < whole.Frequency)
                || (whole.Frequency >= 10 && rest.Frequency <= 2 && rest.Frequency * 5 <= whole.Frequency && !ListedVerbWithEnding(lexicon, restKey));
            var folded = Fold(key);
            var weight = (long)whole.Frequency + 1;
            votes.TryGetValue(folded, out var v);
            votes[folded] = own ? (v.Own + weight, v.Split) : (v.Own, v.Split + weight);
        }

        return votes.Where(kv => kv.Value.Own > kv.Value.Split).Select(kv => kv.Key).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>A verb Hunspell lists with a subject ending on it («ناشد» + «ت», «أضاف» + «وا»): news writes such forms
    /// after «و» far more often than alone, so their frequencies say nothing.</summary>
    private static bool ListedVerbWithEnding(ArabicLexicon lexicon, string word)
    {
        foreach (var ending in (ReadOnlySpan<string>)["ت", "وا", "تا", "ن"])
        {
            if (word.Length - ending.Length >= 3 && word.EndsWith(ending, StringComparison.Ordinal)
                && (lexicon[word.AsSpan(0, word.Length - ending.Length)].Flags & LexiconFlags.Verb) != 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="word"/> (a lexicon key) is a word news uses once up to <paramref name="depth"/> endings
    /// (pronouns, plural and feminine endings) come off; a host before a pronoun gets its ة back («حمايت» + «هم» →
    /// «حماية»).
    /// </summary>
    private static bool AffixedKnown(ArabicLexicon lexicon, string word, int depth)
    {
        if (depth == 0)
        {
            return false;
        }

        foreach (var suffix in RestSuffixes)
        {
            if (word.Length - suffix.Length < 3 || !word.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var host = word[..^suffix.Length];
            if (lexicon.Frequency(host) >= MinHostFrequency || AffixedKnown(lexicon, host, depth - 1))
            {
                return true;
            }

            if (host[^1] == 'ت' && suffix is not ("ت" or "ة" or "ات") && lexicon.Frequency(string.Concat(host.AsSpan(0, host.Length - 1), "ة")) >= MinHostFrequency)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Drops the article and the prepositions glued to it: ال، بال، لل، كال (after the conjunction).</summary>
    public static ReadOnlySpan<char> StripArticle(ReadOnlySpan<char> key)
    {
        if (key.Length > 4 && key.StartsWith("لل", StringComparison.Ordinal))
        {
            return key[2..];
        }

        if (key.Length > 4 && key[0] is 'ب' or 'ك' or 'ل' && key[1] == 'ا' && key[2] == 'ل')
        {
            return key[3..];
        }

        if (key.Length > 3 && key[0] == 'ا' && key[1] == 'ل')
        {
            return key[2..];
        }

        return key;
    }

    /// <summary>
    /// The actor-dictionary key of a word: conjunction and article off, adjective endings to the masculine singular
    /// (الأمريكية → امريكي، السوريين → سوري), since the dictionary lists lemmas without the article.
    /// </summary>
    public static string ActorKey(string key)
    {
        var k = StripArticle(StripConjunction(key));
        if (k.Length > 3 && k.EndsWith("يه", StringComparison.Ordinal))
        {
            k = k[..^1];
        }
        else if (k.Length > 4 && (k.EndsWith("يين", StringComparison.Ordinal) || k.EndsWith("يون", StringComparison.Ordinal)))
        {
            k = k[..^2];
        }

        if (k is "وزراء" or "وزرا")
        {
            // «رئيس الوزراء», «مجلس الوزراء»: the dictionary lists the broken plural under its singular («رييس وزير»).
            return "وزير";
        }

        return k.Length == key.Length ? key : new string(k);
    }

    /// <summary>Whether <see cref="ActorKeyFallback"/> of <paramref name="actorKey"/> is <paramref name="target"/>, without
    /// making the string (lexicon matching calls this for every entry that shares a first word).</summary>
    public static bool FallbackIs(string actorKey, string target)
    {
        if (actorKey.Length == target.Length + 2 && actorKey.StartsWith(target, StringComparison.Ordinal)
            && (actorKey.Length > 5 ? actorKey.EndsWith("ون", StringComparison.Ordinal) || actorKey.EndsWith("ين", StringComparison.Ordinal) || actorKey.EndsWith("ات", StringComparison.Ordinal) : actorKey.Length == 5 && actorKey.EndsWith("ين", StringComparison.Ordinal)))
        {
            return true;
        }

        return actorKey.Length == target.Length + 1 && actorKey.Length > 4 && actorKey[0] is 'ب' or 'ل' or 'ك'
            && actorKey.AsSpan(1).SequenceEqual(target)
            && !(actorKey.Length > 5 && (actorKey.EndsWith("ون", StringComparison.Ordinal) || actorKey.EndsWith("ين", StringComparison.Ordinal) || actorKey.EndsWith("ات", StringComparison.Ordinal)))
            && !(actorKey.Length == 5 && actorKey.EndsWith("ين", StringComparison.Ordinal));
    }

    /// <summary>A second chance for plurals and bare prepositions: «المتظاهرين» → متظاهر, «لإيران» → ايران.</summary>
    public static string? ActorKeyFallback(string actorKey)
    {
        // Plurals, and duals in -ين of short nouns («شخصين», «جنديين»).
        if ((actorKey.Length > 5 && (actorKey.EndsWith("ون", StringComparison.Ordinal) || actorKey.EndsWith("ين", StringComparison.Ordinal) || actorKey.EndsWith("ات", StringComparison.Ordinal)))
            || (actorKey.Length == 5 && actorKey.EndsWith("ين", StringComparison.Ordinal)))
        {
            return actorKey[..^2];
        }

        if (actorKey.Length > 4 && actorKey[0] is 'ب' or 'ل' or 'ك')
        {
            return actorKey[1..];
        }

        return null;
    }
}
