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
        "كلا", "بعد", "بين", "لدن", "لذا", "كذا", "كذلك", "وراء", "فوق", "ليس", "ولي", "بلا", "فان", "كيف", "لو",
        "انما", "الا", "اما", "الي", "هذه", "ذلك", "تلك", "هنا", "هناك", "كان", "كانت", "كانوا", "لان", "بان", "لكنه",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeLookup = Whole.GetAlternateLookup<ReadOnlySpan<char>>();

    // Longest first so «هما» is tried before «ها» and «ه».
    private static readonly string[] Suffixes = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي"];

    private readonly ArabicLexicon _lexicon;

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

        if (WholeLookup.Contains(key))
        {
            return 1;
        }

        // Conjunction و / ف.
        if (key[0] is 'و' or 'ف' && n >= 3 && SplitPrefix(key, 1, alef: false))
        {
            cuts[count++] = 1;
            pos = 1;
        }

        // Preposition ب ل ك, or future س before an imperfect verb.
        if (n - pos >= 3 && !WholeLookup.Contains(key[pos..]))
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
            else if (c is 'ب' or 'ل' or 'ك' && SplitPrefix(key, pos + 1, alef: false))
            {
                cuts[count++] = pos + 1;
                pos++;
            }
            else if (c == 'س' && key[pos + 1] is 'ي' or 'ت' or 'ن' or 'ا' && SplitPrefix(key, pos + 1, alef: false))
            {
                cuts[count++] = pos + 1;
                pos++;
            }
        }

        // Pronoun suffix, never on a definite noun (ال) and never leaving less than one letter.
        var stem = key[pos..];
        if (!(stem.Length > 2 && stem[0] == 'ا' && stem[1] == 'ل' && word[map[pos]] == 'ا') && !WholeLookup.Contains(stem))
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

        // Key offsets back to the word: a part ends where the next part's first normalized char starts.
        for (var i = 0; i < count; i++)
        {
            ends[i] = map[cuts[i]];
        }

        ends[count] = word.Length;
        return count + 1;
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

    private bool SplitPrefix(ReadOnlySpan<char> key, int at, bool alef)
    {
        var whole = key[(at - 1)..];
        var rest = key[at..];
        if (rest.Length < 2)
        {
            return false;
        }

        LexiconEntry er;
        if (alef)
        {
            Span<char> withAlef = stackalloc char[rest.Length + 1];
            withAlef[0] = 'ا';
            rest.CopyTo(withAlef[1..]);
            er = _lexicon[withAlef];
        }
        else
        {
            er = _lexicon[rest];
        }

        if (!er.Known)
        {
            return false;
        }

        var ew = _lexicon[whole];
        if ((ew.Flags & LexiconFlags.Stop) != 0 && (er.Flags & LexiconFlags.Stop) != 0)
        {
            return true;
        }

        // The article right after: و/ف/ب/ك + ال… is the commonest clitic pattern; words that merely begin so are rare.
        if (!alef && rest.Length >= 4 && rest[0] == 'ا' && rest[1] == 'ل' && er.Frequency > 0)
        {
            return true;
        }

        // Hunspell lists stems, not clitic forms: a whole it does not know over a remainder it knows (and news uses).
        if ((ew.Flags & (LexiconFlags.Word | LexiconFlags.Name)) == 0 && (er.Flags & (LexiconFlags.Word | LexiconFlags.Name | LexiconFlags.Stop)) != 0
            && (er.Frequency > 0 || ew.Frequency < 10))
        {
            return true;
        }

        if (ew.Frequency == 0 && (ew.Flags & (LexiconFlags.Word | LexiconFlags.Name)) == 0)
        {
            return true;
        }

        // A known whole needs a remainder much more common than itself; clitic forms are rarer than their hosts.
        var ratio = (ew.Flags & (LexiconFlags.Word | LexiconFlags.Name)) != 0 ? KnownWholeRatio : UnknownWholeRatio;
        return er.Frequency >= ew.Frequency * ratio && er.Frequency >= 2;
    }

    internal const double KnownWholeRatio = 20;
    internal const double UnknownWholeRatio = 1.5;

    /// <summary>Length of the stem before a pronoun suffix in <paramref name="stem"/>, or 0.</summary>
    private int SuffixCut(ReadOnlySpan<char> stem, bool afterPrefix)
    {
        var ew = _lexicon[stem];
        foreach (var suffix in Suffixes)
        {
            var cut = stem.Length - suffix.Length;
            if (cut < 1 || !stem.EndsWith(suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var host = stem[..cut];
            if (host.Length == 1)
            {
                // Only the one-letter prepositions take pronouns: به لها بهم لنا لك.
                if (host[0] is 'ب' or 'ل' && suffix != "ي" && !afterPrefix)
                {
                    return cut;
                }

                continue;
            }

            if (suffix == "ي" && host is not ("مع" or "من" or "عن"))
            {
                continue;
            }

            var eh = _lexicon[host];
            if (host[^1] == 'ت' && !eh.Known)
            {
                // ة becomes ت before a suffix: حكومته = حكومة + ه.
                Span<char> ta = stackalloc char[host.Length];
                host.CopyTo(ta);
                ta[^1] = 'ة';
                eh = _lexicon[ta];
            }

            if (!eh.Known || eh.Frequency < 2)
            {
                continue;
            }

            if ((ew.Flags & LexiconFlags.Stop) != 0 && (eh.Flags & LexiconFlags.Stop) != 0)
            {
                return cut;
            }

            var ratio = (ew.Flags & (LexiconFlags.Word | LexiconFlags.Name)) != 0 ? KnownWholeRatio : UnknownWholeRatio;
            if (ew.Frequency == 0 && (ew.Flags & (LexiconFlags.Word | LexiconFlags.Name)) == 0 || eh.Frequency >= ew.Frequency * ratio)
            {
                return cut;
            }

            // The first matching suffix decides: «هم» that fails does not fall back to «م».
            return 0;
        }

        return 0;
    }
}
