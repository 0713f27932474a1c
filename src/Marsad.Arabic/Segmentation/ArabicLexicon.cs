using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Marsad.Arabic;

/// <summary>What a lexicon knows of a word (flags from Hunspell's sections, frequency from news text).</summary>
[Flags]
public enum LexiconFlags : byte
{
    None = 0,

    /// <summary>In Hunspell-ar's verb and tool lists (verb forms it lists outright).</summary>
    Verb = 1,

    /// <summary>In Hunspell-ar's stopword list (which also lists stopwords with clitics attached).</summary>
    Stop = 2,

    /// <summary>In Hunspell-ar's «names.dic» list, which holds nouns and adjectives as well as proper names.</summary>
    Noun = 4,
}

/// <summary>One lexicon entry: frequency in the news corpus the lexicon was built from, and flags.</summary>
public readonly record struct LexiconEntry(int Frequency, LexiconFlags Flags)
{
    public bool Known => Frequency > 0 || Flags != LexiconFlags.None;
}

/// <summary>
/// Arabic word lexicon keyed by SearchKeepTaMarbuta-normalized form (ة stays distinct from ه so suffixes can be told apart). Loaded once (embedded <c>models/arabic/lexicon.tsv.gz</c>) and
/// shared; lookups by span allocate nothing.
/// </summary>
public sealed class ArabicLexicon
{
    private static readonly Lazy<ArabicLexicon> Shared = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, LexiconEntry> _entries;
    private readonly WordCache _glued = new(1 << 16);

    // Lookups go to a flat open-addressing table of (64-bit hash, entry) pairs rather than to the dictionary: a
    // segmentation decision asks the lexicon up to ten questions about words that are mostly outside the CPU cache,
    // and a dictionary answers each with three dependent memory reads (bucket, entry, key string) where this table
    // needs one. Keys are told apart by their full 64-bit hash (forced odd, so 0 marks an empty slot): with 200k
    // entries, the chance that any of a million distinct queried words shares a hash with an entry is about 10^-8.
    private readonly Slot[] _table;
    private readonly int _tableMask;

    private struct Slot
    {
        public ulong Hash;
        public LexiconEntry Entry;
    }

    /// <summary>A lexicon over <paramref name="entries"/> (SearchKeepTaMarbuta keys); later changes to it are not seen.</summary>
    public ArabicLexicon(Dictionary<string, LexiconEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = entries;
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, entries.Count * 4 / 3 + 1));
        _table = new Slot[size];
        _tableMask = size - 1;
        foreach (var (key, entry) in entries)
        {
            var h = KeyHash(key);
            var i = (int)(h >> 32) & _tableMask; // the high half: the low bit is forced
            while (_table[i].Hash != 0 && _table[i].Hash != h)
            {
                i = (i + 1) & _tableMask;
            }

            _table[i] = new Slot { Hash = h, Entry = entry };
        }
    }

    private static ulong KeyHash(ReadOnlySpan<char> key) => WordCache.Hash(key) | 1;

    private LexiconEntry Find(ReadOnlySpan<char> key)
    {
        var h = KeyHash(key);
        var i = (int)(h >> 32) & _tableMask; // the high half: the low bit is forced
        while (true)
        {
            ref readonly var slot = ref _table[i];
            if (slot.Hash == h)
            {
                return slot.Entry;
            }

            if (slot.Hash == 0)
            {
                return default;
            }

            i = (i + 1) & _tableMask;
        }
    }

    /// <summary>The lexicon shipped with Marsad.</summary>
    public static ArabicLexicon Default => Shared.Value;

    public int Count => _entries.Count;

    /// <summary>Every key with its entry (SearchKeepTaMarbuta keys), in no particular order.</summary>
    public IEnumerable<KeyValuePair<string, LexiconEntry>> Entries => _entries;

    /// <summary>The entry of a Search-normalized key; default (unknown) when absent.</summary>
    public LexiconEntry this[ReadOnlySpan<char> key] => Find(key);

    public int Frequency(ReadOnlySpan<char> key) => Find(key).Frequency;

    /// <summary>Reads the <c>key TAB frequency TAB flags</c> lines of a (gzipped) lexicon file.</summary>
    public static ArabicLexicon Read(Stream stream, bool gzip = true)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = gzip ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input, Encoding.UTF8);
        var entries = new Dictionary<string, LexiconEntry>(200_000, StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var t1 = line.IndexOf('\t', StringComparison.Ordinal);
            var t2 = t1 < 0 ? -1 : line.IndexOf('\t', t1 + 1);
            if (t2 < 0)
            {
                continue;
            }

            var freq = int.Parse(line.AsSpan(t1 + 1, t2 - t1 - 1), System.Globalization.CultureInfo.InvariantCulture);
            var flags = (LexiconFlags)byte.Parse(line.AsSpan(t2 + 1), System.Globalization.CultureInfo.InvariantCulture);
            entries[line[..t1]] = new LexiconEntry(freq, flags);
        }

        return new ArabicLexicon(entries);
    }

    /// <summary>
    /// Where a missing space glued two words («علىالرغم»): the split offset inside <paramref name="word"/>, or 0. Only
    /// when the whole is unknown, the first part ends in a letter that does not join leftwards (so the missing space
    /// was invisible to the writer), the second starts with the article, and both parts are frequent.
    /// </summary>
    public int GluedSplit(ReadOnlySpan<char> word) => GluedSplit(word, word);

    /// <summary>
    /// <see cref="GluedSplit(ReadOnlySpan{char})"/> for a word followed by more text (<paramref name="rest"/> starts
    /// with the word), which lets the letter test read whole vectors: about one word in four is long enough to check,
    /// and only about one in eighty of those has an article inside it.
    /// </summary>
    internal int GluedSplit(ReadOnlySpan<char> word, ReadOnlySpan<char> rest)
    {
        if (word.Length > 48)
        {
            return 0;
        }

        if (!HasInnerArticle(word, rest) || !MaySplitBeforeArticle(word))
        {
            return 0;
        }

        if (_glued.TryGet(word, out var cached))
        {
            return cached;
        }

        var split = GluedSplitUncached(word);
        _glued.Add(word, split);
        return split;
    }

    /// <summary>
    /// A missing space shows as a non-joining letter directly followed by an article (علىالرغم, إلىالرياض): the case
    /// a writer cannot see and the one checked; other joins are left alone (and cost no lookup).
    /// </summary>
    private static bool MaySplitBeforeArticle(ReadOnlySpan<char> word)
    {
        for (var i = 3; i + 2 < word.Length; i++)
        {
            if (word[i] == 'ل' && word[i - 1] == 'ا' && "اأإآدذرزوىةءؤ".Contains(word[i - 2]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// False when no «ال» starts at any position <see cref="MaySplitBeforeArticle"/> looks at (2 to length − 4), from
    /// two vector compares per eight positions; true when one may (the exact test follows). Words longer than
    /// <see cref="InnerArticleMax"/>, or too near the end of the text, answer true.
    /// </summary>
    private static bool HasInnerArticle(ReadOnlySpan<char> word, ReadOnlySpan<char> rest)
    {
        if (!Vector128.IsHardwareAccelerated || word.Length > InnerArticleMax || rest.Length < 27)
        {
            return true;
        }

        ref var s = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(rest));
        var alef = Vector128.Create((ushort)'ا');
        var lam = Vector128.Create((ushort)'ل');
        // Lane k of the first pair is the alef at position k + 2, of the second at k + 10.
        var first = (Vector128.Equals(Vector128.LoadUnsafe(ref s, 2), alef) & Vector128.Equals(Vector128.LoadUnsafe(ref s, 3), lam))
            .ExtractMostSignificantBits();
        var second = (Vector128.Equals(Vector128.LoadUnsafe(ref s, 10), alef) & Vector128.Equals(Vector128.LoadUnsafe(ref s, 11), lam))
            .ExtractMostSignificantBits();
        var lanes = word.Length - 5; // positions 2 .. length − 4
        if (lanes <= 0)
        {
            return false;
        }

        return ((first | (second << 8)) & ((1u << lanes) - 1)) != 0;
    }

    private const int InnerArticleMax = 21;

    private int GluedSplitUncached(ReadOnlySpan<char> word)
    {
        Span<char> key = stackalloc char[word.Length * 3];
        Span<int> map = stackalloc int[word.Length * 3];
        var n = ArabicNormalizer.Normalize(word, key, NormalizationLevel.SearchKeepTaMarbuta, map);
        if (n < 5 || this[key[..n]].Known)
        {
            return 0;
        }

        var best = 0;
        var bestScore = 0;
        for (var i = 2; i <= n - 2; i++)
        {
            var lastOriginal = word[map[i - 1]];
            if (!"اأإآدذرزوىةءؤ".Contains(lastOriginal) || i + 2 >= n || key[i] != 'ا' || key[i + 1] != 'ل')
            {
                continue;
            }

            var left = Frequency(key[..i]);
            var right = Frequency(key[i..n]);
            var score = Math.Min(left, right);
            if (score > bestScore)
            {
                bestScore = score;
                best = map[i];
            }
        }

        return bestScore >= GluedMinFrequency ? best : 0;
    }

    /// <summary>Shortest token (in UTF-16 units) checked for a missing space.</summary>
    public const int GluedMinLength = 7;

    /// <summary>Both parts of a glued word must be at least this frequent in the corpus.</summary>
    internal const int GluedMinFrequency = 50;

    /// <summary>A fresh copy of the shipped lexicon (own memo caches); most callers want <see cref="Default"/>.</summary>
    public static ArabicLexicon LoadShipped() => LoadEmbedded();

    private static ArabicLexicon LoadEmbedded()
    {
        var asm = typeof(ArabicLexicon).Assembly;
        using var stream = asm.GetManifestResourceStream("Marsad.Arabic.lexicon.tsv.gz")
            ?? throw new InvalidOperationException("the Arabic lexicon resource is missing from Marsad.Arabic");
        return Read(stream);
    }
}
