using System.Runtime.CompilerServices;

namespace Marsad.Arabic;

/// <summary>
/// Splits an Arabic word into syntactic words as UD Arabic does: conjunctions و ف, prepositions ب ل ك, future س,
/// and object/possessive pronoun suffixes; the article ال stays on its noun (لل becomes ل + لـ, as PADT/PUD write it).
/// A split is made only when the lexicon makes it likely: the remainder must be a known word and, when the whole is
/// itself a known word («وزير», «لبنان», «كان»), the remainder must be far more frequent than the whole.
/// </summary>
public sealed class CliticSegmenter
{
    /// <summary>At most conjunction + preposition/future + stem + pronoun.</summary>
    public const int MaxParts = 4;

    private static readonly Lazy<CliticSegmenter> Shared = new(() => new CliticSegmenter(ArabicLexicon.Default));

    // Function words whose first or last letters only look like clitics; UD keeps them whole.
    private static readonly HashSet<string> Whole = new(StringComparer.Ordinal)
    {
        "لكن", "كما", "لما", "لدي", "لعل", "كلما", "بينما", "لكي", "كي", "فقط", "فيما", "لن", "لم", "لا", "بل", "كل",
        "كلا", "بعد", "بين", "لدن", "لذا", "كذا", "كذلك", "وراء", "فوق", "ليس", "ولي", "كيف", "لو",
        "انما", "الا", "اما", "الي", "هذه", "ذلك", "تلك", "هنا", "هناك", "كان", "كانت", "كانوا", "في", "علي", "عن",
        "مع", "من", "منذ", "عند", "اوليك", "لقد", "مما", "معني", "فعل", "فعلا", "فحسب", "فهم", "بعض", "لدى",
    };

    // The set asked about several times per new word (a quarter of the time spent on a new word went to asking it):
    // each member packed into a number (7 bits a letter) in a small open-addressing table of 256 slots (0 = empty),
    // so a question about a longer word is one length test and any other a few shifts, one multiply and one read.
    private static readonly int WholeMaxLength = Whole.Max(w => w.Length);
    private static readonly ulong[] WholeTable = BuildWholeTable();

    private static ulong[] BuildWholeTable()
    {
        var table = new ulong[256];
        foreach (var w in Whole)
        {
            var p = Pack(w);
            var i = WholeSlot(p);
            while (table[i] != 0)
            {
                i = (i + 1) & 255;
            }

            table[i] = p;
        }

        return table;
    }

    private static int WholeSlot(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> 56);

    /// <summary>The words kept whole whatever their letters look like (for tests).</summary>
    internal static IReadOnlySet<string> WholeWords => Whole;

    internal static bool IsWhole(ReadOnlySpan<char> key)
    {
        if (key.Length > WholeMaxLength)
        {
            return false;
        }

        var p = Pack(key);
        if (p == 0)
        {
            return false;
        }

        var table = WholeTable;
        var i = WholeSlot(p);
        while (true)
        {
            var slot = table[i];
            if (slot == p)
            {
                return true;
            }

            if (slot == 0)
            {
                return false;
            }

            i = (i + 1) & 255;
        }
    }

    /// <summary>A short word of Arabic letters (U+0600..U+067F) as a number; 0 for any other span (none of which is whole).</summary>
    private static ulong Pack(ReadOnlySpan<char> w)
    {
        if (w.Length is 0 or > 8)
        {
            return 0;
        }

        var v = (ulong)w.Length;
        foreach (var c in w)
        {
            var d = (uint)(c - '\u0600');
            if (d >= 0x80)
            {
                return 0;
            }

            v = (v << 7) | d;
        }

        return v;
    }

    /// <summary>Ordinal EndsWith for the short suffixes, checking the last letter first (it usually differs).</summary>
    private static bool EndsWithSuffix(ReadOnlySpan<char> s, string suffix)
    {
        if (s.Length < suffix.Length || s[^1] != suffix[^1])
        {
            return false;
        }

        for (var i = 2; i <= suffix.Length; i++)
        {
            if (s[^i] != suffix[^i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether some suffix ends in <paramref name="c"/> (ا م ن ي ه ك): the loops over <see cref="Suffixes"/> stop at
    /// once for any other last letter, which is most words, instead of comparing a dozen suffixes to learn it.
    /// </summary>
    private static bool MayEndSuffix(char c) => c is 'ا' or 'م' or 'ن' or 'ي' or 'ه' or 'ك';

    // Longest first so «هما» is tried before «ها» and «ه».
    private static readonly string[] Suffixes = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"];

    private readonly ArabicLexicon _lexicon;

    // Packed results per word as written: part count in 3 bits, then the end of each part but the last in 6 bits.
    private readonly WordCache _cache = new();

    public CliticSegmenter(ArabicLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <summary>The segmenter over the shipped lexicon.</summary>
    public static CliticSegmenter Default => Shared.Value;

    public ArabicLexicon Lexicon => _lexicon;

    /// <summary>
    /// Writes the end offset (within <paramref name="word"/>) of each syntactic word into <paramref name="ends"/>
    /// (length ≥ <see cref="MaxParts"/>) and returns how many there are (1 when nothing splits).
    /// </summary>
    public int Segment(ReadOnlySpan<char> word, Span<int> ends)
    {
        if (ends.Length < MaxParts)
        {
            throw new ArgumentException($"need room for {MaxParts} parts", nameof(ends));
        }

        ends[0] = word.Length;
        if (word.Length < 2 || word.Length > 40 || !Tokenization.ArabicTokenizer.IsArabicLetter(word[0]))
        {
            return 1;
        }

        if (CannotSplit(word))
        {
            return 1;
        }

        var hash = WordCache.Hash(word);
        if (_cache.TryGet(hash, out var packed))
        {
            var count = packed & 7;
            for (var i = 0; i < count - 1; i++)
            {
                ends[i] = (packed >> (3 + (6 * i))) & 63;
            }

            ends[count - 1] = word.Length;
            return count;
        }

        var parts = SegmentUncached(word, ends);
        var p = parts;
        for (var i = 0; i < parts - 1; i++)
        {
            p |= ends[i] << (3 + (6 * i));
        }

        _cache.Add(hash, p);
        return parts;
    }

    /// <summary>What <see cref="Segment"/> returns, computed afresh (no memo): for callers that memoize more than this.</summary>
    internal int SegmentFresh(ReadOnlySpan<char> word, Span<int> ends)
    {
        ends[0] = word.Length;
        if (word.Length < 2 || word.Length > 40 || !Tokenization.ArabicTokenizer.IsArabicLetter(word[0]) || CannotSplit(word))
        {
            return 1;
        }

        return SegmentUncached(word, ends);
    }

    [SkipLocalsInit]
    internal int SegmentUncached(ReadOnlySpan<char> word, Span<int> ends)
    {
        Span<char> key = stackalloc char[word.Length * 3];
        Span<int> map = stackalloc int[word.Length * 3];
        var n = ArabicNormalizer.Normalize(word, key, NormalizationLevel.SearchKeepTaMarbuta, map);
        if (n < 2 || n > key.Length)
        {
            return 1;
        }

        key = key[..n];
        Span<int> cuts = stackalloc int[MaxParts];
        var count = 0;
        var pos = 0;

        if (IsWhole(key))
        {
            return 1;
        }

        // مما = من + ما and ممن = من + من with the nun assimilated (UD writes «م» + «من»); compound prepositions (باسم, بشأن, بسبب) are ب + noun though Hunspell lists them whole.
        if (key is "ممن" or "باسم" or "بلا" or "بشان" or "بسبب" or "بخصوص" or "بفضل" or "بحسب" or "بشكل" or "بحيث" or "بمثابة" or "بواسطة" or "بشدة" or "لصالح")
        {
            ends[0] = map[1];
            ends[1] = word.Length;
            return 2;
        }

        // Fathatan/dammatan (accusative/nominative indefinite) rule out a preposition; kasratan (genitive) invites one.
        var tanween = word[^1] is '\u064B' or '\u064C' || (word.Length > 1 && word[^2] is '\u064B' or '\u064C');

        // A pronoun on a function word that itself begins like a clitic (فيهم, لديه, كأنها) is not a prefix.
        var protectedHost = ProtectedHostBeforeSuffix(key);

        // Conjunction و / ف.
        if (!protectedHost && key[0] is 'و' or 'ف' && n >= 3 && SplitPrefix(key, 1, alef: false, tanween))
        {
            cuts[count++] = 1;
            pos = 1;
        }

        // Preposition ب ل ك, or future س before an imperfect verb.
        if (n - pos >= 3 && !IsWhole(key[pos..]) && !ProtectedHostBeforeSuffix(key[pos..]))
        {
            var c = key[pos];
            if (c == 'ل' && key[pos + 1] == 'ل' && n - pos >= 4)
            {
                // لل = ل + الـ with the alef dropped; UD writes the second word as «لـ…».
                if (SplitPrefix(key, pos + 1, alef: true))
                {
                    cuts[count++] = pos + 1;
                    pos++;
                }
            }
            else if (c is 'ب' or 'ل' or 'ك' && SplitPrefix(key, pos + 1, alef: false, tanween))
            {
                cuts[count++] = pos + 1;
                pos++;
            }
            else if (c == 'س' && key[pos + 1] is 'ي' or 'ت' or 'ن' or 'ا' && SplitPrefix(key, pos + 1, alef: false, tanween))
            {
                cuts[count++] = pos + 1;
                pos++;
            }
        }

        // Pronoun suffix, never on a definite noun (ال) and never leaving less than one letter.
        var stem = key[pos..];
        if (!tanween && !(stem.Length > 2 && stem[0] == 'ا' && stem[1] == 'ل' && word[map[pos]] == 'ا') && !IsWhole(stem))
        {
            var cut = SuffixCut(stem, pos > 0);
            if (cut > 0)
            {
                cuts[count++] = pos + cut;
            }
        }

        if (count == 0)
        {
            return 1;
        }

        // Key offsets back to the word: a part ends where the next part's first normalized char starts. A cut inside
        // one written unit (a ligature such as ﻻ expands to two letters) cannot be made and is dropped.
        var parts = 0;
        var previous = 0;
        for (var i = 0; i < count; i++)
        {
            var end = map[cuts[i]];
            if (end > previous && end < word.Length)
            {
                ends[parts++] = end;
                previous = end;
            }
        }

        ends[parts] = word.Length;
        return parts + 1;
    }

    /// <summary>
    /// True when no rule could split <paramref name="word"/>, judged from its letters alone: a definite noun (ال…), or
    /// a word that neither starts with a proclitic letter nor ends with a pronoun letter. Most news tokens are settled
    /// here without touching the lexicon.
    /// </summary>
    internal static bool CannotSplit(ReadOnlySpan<char> word)
    {
        // The common case, both ends below U+0700 and the last unit not a mark: the rules below, answered from two
        // table reads with the tests combined without short-circuits, since each of them goes either way about as
        // often (every unpredictable branch here costs more than the reads).
        var c0 = word[0];
        var cl = word[^1];
        if ((c0 | cl) < 0x0700)
        {
            var roles = LetterRoles;
            var r0 = roles[c0];
            var rl = roles[cl];
            if ((rl & Dropped) == 0)
            {
                var second = word.Length >= 2 ? word[1] : '\0';
                return ((c0 == 'ا') & (second == 'ل')) | (((r0 & MayOpenClitic) | (rl & MayCloseWithPronoun)) == 0);
            }
        }

        return CannotSplitSlow(word);
    }

    private static bool CannotSplitSlow(ReadOnlySpan<char> word)
    {
        if (word.Length >= 2 && word[0] == 'ا' && word[1] == 'ل')
        {
            return true; // the article: no proclitic before it (ا is none), and no pronoun after a definite noun
        }

        // Judge the letters as the rules see them: folded (ک → ك, ئ → ي, أ → ا), marks and invisible controls skipped.
        // Below U+0700 (nearly every unit of Arabic text) one table read answers each question.
        var c0 = word[0];
        if (c0 < 0x0700 && (LetterRoles[c0] & MayOpenClitic) != 0)
        {
            return false;
        }

        if (c0 >= 0x0700)
        {
            var first = ArabicNormalizer.FoldKeepTaMarbuta(c0);
            if (first is 'و' or 'ف' or 'ب' or 'ل' or 'ك' or 'س' or 'م' || first >= '\uFB50' || c0 >= '\uFB50')
            {
                return false;
            }
        }

        var last = word.Length - 1;
        var cl = word[last];
        while (cl < 0x0700 && (LetterRoles[cl] & Dropped) != 0 && last > 0)
        {
            cl = word[--last];
        }

        if (cl < 0x0700)
        {
            return (LetterRoles[cl] & MayCloseWithPronoun) == 0;
        }

        var l = ArabicNormalizer.FoldKeepTaMarbuta(cl);
        while (last > 0 && l == '\uFFFF')
        {
            l = ArabicNormalizer.FoldKeepTaMarbuta(word[--last]);
        }

        return l is not ('ا' or 'ه' or 'م' or 'ن' or 'ك' or 'ي') && word[last] < '\uFB50';
    }

    private const byte MayOpenClitic = 1;
    private const byte MayCloseWithPronoun = 2;
    private const byte Dropped = 4;

    // For U+0000..U+06FF: whether the unit, folded, may start a proclitic, may end a pronoun suffix, or is dropped.
    private static readonly byte[] LetterRoles = BuildLetterRoles();

    private static byte[] BuildLetterRoles()
    {
        var t = new byte[0x0700];
        for (var c = 0; c < t.Length; c++)
        {
            var f = ArabicNormalizer.FoldKeepTaMarbuta((char)c);
            // A dropped first unit (a mark, tatweel, a control) leaves the word to the full rules, as a clitic letter does.
            t[c] = (byte)((f is 'و' or 'ف' or 'ب' or 'ل' or 'ك' or 'س' or 'م' or '\uFFFF' ? MayOpenClitic : 0)
                | (f is 'ا' or 'ه' or 'م' or 'ن' or 'ك' or 'ي' ? MayCloseWithPronoun : 0)
                | (f == '\uFFFF' ? Dropped : 0));
        }

        return t;
    }

    /// <summary>Segments a word into its parts as strings (for tests and tools).</summary>
    public IReadOnlyList<string> Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        Span<int> ends = stackalloc int[MaxParts];
        var n = Segment(word, ends);
        var parts = new string[n];
        var start = 0;
        for (var i = 0; i < n; i++)
        {
            parts[i] = word[start..ends[i]];
            start = ends[i];
        }

        return parts;
    }

    private bool SplitPrefix(ReadOnlySpan<char> key, int at, bool alef, bool tanween = false)
    {
        var clitic = key[at - 1];
        var whole = key[(at - 1)..];
        var rest = key[at..];
        if (rest.Length < 2)
        {
            return false;
        }

        if (alef)
        {
            // لل + at least two letters is ل + the article with its alef dropped (للأسف, للجنة, للغاية).
            return rest.Length >= 3;
        }

        var er = _lexicon[rest];
        if (clitic != 'س' && rest.Length >= 4 && rest[0] == 'ا' && rest[1] == 'ل' && (er.Known || _lexicon[rest[2..]].Known))
        {
            // The article right after: و/ف/ب/ك + ال… is the commonest clitic pattern.
            return true;
        }

        // A conjunction before a preposition + article (وبالتالي, وللمرة) holds when the inner split does.
        if (clitic is 'و' or 'ف' && rest.Length >= 5 && rest[0] is 'ب' or 'ك' or 'ل'
            && (rest[1] == 'ل' && rest[0] == 'ل' || rest[1] == 'ا' && rest[2] == 'ل' && _lexicon[rest[1..]].Known))
        {
            return true;
        }

        if (!er.Known && clitic != 'س' && HostBeforeSuffixKnown(rest))
        {
            // بقلوبهم: the remainder is unseen only because a pronoun follows a known host.
            return !_lexicon[whole].Known;
        }

        if (!er.Known)
        {
            // و before a word nobody knows, itself unknown: the conjunction on a new name (وسخالين).
            return clitic == 'و' && !tanween && rest.Length >= 4 && !_lexicon[whole].Known;
        }

        var restWord = er.Flags != LexiconFlags.None;
        if (tanween && (clitic != 'و' || !restWord))
        {
            // Indefinite accusatives (فرداً, بعداً) rarely carry a clitic other than و.
            return false;
        }

        var ew = _lexicon[whole];
        var wholeKnown = (ew.Flags & (LexiconFlags.Verb | LexiconFlags.Noun)) != 0;
        if ((ew.Flags & LexiconFlags.Stop) != 0 && (er.Flags & LexiconFlags.Stop) != 0)
        {
            return true;
        }

        if (clitic == 'س')
        {
            // The future particle only goes on an imperfect verb Hunspell lists (سيكون, ستستمر); سانت, سيري are names.
            return (er.Flags & LexiconFlags.Verb) != 0 && rest.Length >= 3 && er.Frequency >= 2 && !(wholeKnown && ew.Frequency >= er.Frequency);
        }

        if (clitic == 'ك' && (!restWord || er.Frequency < HostMinFrequency))
        {
            // ك attaches to fewer words; foreign names (كريس, كلاين) start like it far more often.
            return false;
        }

        // Hunspell lists stems, not clitic forms: a whole it does not know over a remainder it knows (and news uses).
        if (!wholeKnown && restWord && er.Frequency >= HostMinFrequency && (clitic == 'و' || er.Frequency * 4 >= ew.Frequency))
        {
            return true;
        }

        if (ew.Frequency == 0 && !wholeKnown)
        {
            return er.Frequency >= 2 || restWord;
        }

        // A known whole needs a remainder much more common than itself; clitic forms are rarer than their hosts.
        var ratio = wholeKnown ? KnownWholeRatio : UnknownWholeRatio;
        return er.Frequency >= ew.Frequency * ratio && er.Frequency >= 2;
    }

    internal const double KnownWholeRatio = 20;
    internal const int HostMinFrequency = 5;
    internal const double UnknownWholeRatio = 1.5;

    /// <summary>The entry of a host before a suffix, undoing the spelling changes a suffix causes.</summary>
    [SkipLocalsInit]
    private LexiconEntry HostEntry(ReadOnlySpan<char> host)
    {
        var e = _lexicon[host];
        if (e.Frequency >= 2)
        {
            return e;
        }

        Span<char> alt = stackalloc char[host.Length];
        host.CopyTo(alt);
        switch (host[^1])
        {
            case 'ت': alt[^1] = 'ة'; break; // حكومته = حكومة + ه
            case 'و' or 'ي': alt[^1] = 'ء'; break; // ارتداؤه, أصدقائها = … + ء
            case 'ا': alt[^1] = 'ي'; break; // شكواها = شكوى + ها
            default: return e;
        }

        var a = _lexicon[alt];
        return a.Known ? a : e;
    }

    private static string ReplaceLast(ReadOnlySpan<char> s, char c) => string.Concat(s[..^1], [c]);

    /// <summary>True when <paramref name="rest"/> is a pronoun suffix on a host the lexicon knows well.</summary>
    private bool HostBeforeSuffixKnown(ReadOnlySpan<char> rest)
    {
        if (rest.IsEmpty || !MayEndSuffix(rest[^1]))
        {
            return false;
        }

        foreach (var suffix in Suffixes)
        {
            if (suffix == "ي" || rest.Length < suffix.Length + 3 || !EndsWithSuffix(rest, suffix))
            {
                continue;
            }

            var e = HostEntry(rest[..^suffix.Length]);
            return e.Flags != LexiconFlags.None && e.Frequency >= HostMinFrequency;
        }

        return false;
    }

    private static bool ProtectedHostBeforeSuffix(ReadOnlySpan<char> key)
    {
        if (key.Length > WholeMaxLength + Suffixes[0].Length)
        {
            return false; // the longest suffix comes first: no host here is short enough to be whole
        }

        if (!MayEndSuffix(key[^1]))
        {
            return false;
        }

        foreach (var suffix in Suffixes)
        {
            if (key.Length > suffix.Length + 1 && EndsWithSuffix(key, suffix) && IsWhole(key[..^suffix.Length]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Length of the stem before a pronoun suffix in <paramref name="stem"/>, or 0.</summary>
    private int SuffixCut(ReadOnlySpan<char> stem, bool afterPrefix)
    {
        if (stem.IsEmpty || !MayEndSuffix(stem[^1]))
        {
            return 0; // no suffix can match, and nothing else below decides
        }

        var ew = _lexicon[stem];
        foreach (var suffix in Suffixes)
        {
            var cut = stem.Length - suffix.Length;
            if (cut < 1 || !EndsWithSuffix(stem, suffix))
            {
                continue;
            }

            var host = stem[..cut];
            if (host is "ان")
            {
                // أنه, إنها, أنني: the complementizer takes every pronoun.
                return cut;
            }

            if (host.Length == 1)
            {
                // Only the one-letter prepositions take pronouns: به لها بهم لنا لك.
                if (host[0] is 'ب' or 'ل' && (suffix != "ي" || host[0] == 'ل') && !afterPrefix)
                {
                    return cut;
                }

                continue;
            }

            // «ي» ends nisba adjectives (عربي, دولي) far more often than it is «my»: only after a restored ة
            // (حياتي) or on a preposition (معي, حولي, دوني).
            if (suffix == "ي" && !(host is "مع" or "من" or "عن" or "حول" or "دون" or "عند" or "بين" or "امام" or "خلف" or "نحو"
                || (host.Length >= 3 && host[^1] == 'ت' && !_lexicon[host].Known && _lexicon[ReplaceLast(host, 'ة')].Known)))
            {
                continue;
            }

            var eh = HostEntry(host);

            // A host must be a word Hunspell knows as such, or common in news; a name-list entry alone is not enough.
            if (!eh.Known || (eh.Flags & (LexiconFlags.Verb | LexiconFlags.Noun | LexiconFlags.Stop)) == 0 && eh.Frequency < 2)
            {
                continue;
            }

            // Second-person pronouns are rare in news and names end in ك (مارك): only on prepositions and verbs.
            if (suffix[0] == 'ك' && ew.Known && (eh.Flags & LexiconFlags.Stop) == 0)
            {
                return 0;
            }

            // «نا» on a past verb is its subject (طلبنا), which UD keeps inside the verb; on an imperfect verb
            // (يمكننا) it is the object and splits.
            if (suffix == "نا" && (eh.Flags & (LexiconFlags.Verb | LexiconFlags.Stop | LexiconFlags.Noun)) == LexiconFlags.Verb
                && host[0] is not ('ي' or 'ت' or 'ن'))
            {
                return 0;
            }

            if ((ew.Flags & LexiconFlags.Stop) != 0 && (eh.Flags & LexiconFlags.Stop) != 0)
            {
                return cut;
            }

            // A whole Hunspell knows (شبه, وجه) needs a far more common host; otherwise a known host is enough
            // unless the whole is much more common than it (a word that merely ends like a pronoun).
            var wholeKnown = (ew.Flags & (LexiconFlags.Verb | LexiconFlags.Noun)) != 0;
            if (host.Length >= 3 && (wholeKnown ? eh.Frequency >= ew.Frequency * KnownWholeRatio : eh.Frequency * 4 >= ew.Frequency || eh.Flags != LexiconFlags.None))
            {
                return cut;
            }

            // The first matching suffix decides: «هم» that fails does not fall back to «م».
            return 0;
        }

        return 0;
    }
}
