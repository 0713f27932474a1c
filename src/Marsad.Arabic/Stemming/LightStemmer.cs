using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Marsad.Core;

namespace Marsad.Arabic;

/// <summary>
/// A light stem key for search and matching: clitics off (via <see cref="CliticSegmenter"/>), the article off, then
/// plural/feminine endings off when what remains is a known word. «والتركية» and «التركي» meet at «تركي»; «بأنقرة»
/// meets «أنقرة». Not a linguistic stem: a key both the index and the query go through.
/// </summary>
public sealed class LightStemmer
{
    private static readonly Lazy<LightStemmer> Shared = new(() => new LightStemmer(CliticSegmenter.Default));

    private readonly CliticSegmenter _segmenter;
    // Per word form: its segmentation (2 bits part count − 1, 6 bits per cut) and where its stem lies in the normalized
    // host (3 bits from the start, 2 from the end). The host follows from the segmentation, so a hit only normalizes.
    private readonly WordCache _memo = new(1 << 19, valueBits: 25);

    public LightStemmer(CliticSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _segmenter = segmenter;
    }

    public static LightStemmer Default => Shared.Value;

    /// <summary>The key of one word as a new string.</summary>
    [SkipLocalsInit]
    public string Key(ReadOnlySpan<char> word)
    {
        // Room for the longest expansion (ﷺ is 18 units), so the key does not depend on the buffer the caller had.
        var size = (word.Length * ArabicNormalizer.MaxExpansion) + 4;
        Span<char> buffer = size <= 1024 ? stackalloc char[size] : new char[size];
        var n = Key(word, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="destination"/> (≥ 3× its length) and returns its length.</summary>
    [SkipLocalsInit]
    public int Key(ReadOnlySpan<char> word, Span<char> destination)
    {
        Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
        Analyze(word, ends, destination, out var n);
        return n;
    }

    /// <summary>
    /// Both analyses of one word at once: its syntactic words (as <see cref="CliticSegmenter.Segment"/>: end offsets
    /// into <paramref name="ends"/>, count returned) and its key (into <paramref name="key"/>, ≥ 3× the word's length,
    /// length in <paramref name="keyLength"/>). Memoized per word form: a form seen before costs one lookup.
    /// </summary>
    internal int Analyze(ReadOnlySpan<char> word, Span<int> ends, Span<char> key, out int keyLength) =>
        Analyze(word, word, Prepare(word), ends, key, out keyLength);

    /// <summary>
    /// Analyzes every word token of <paramref name="text"/> in order and hands each token to <paramref name="sink"/>:
    /// a word with its syntactic words (ends relative to the token) and key, any other token with no parts. Entries
    /// are fetched a few tokens ahead (see <see cref="Prepare"/>), which is why a whole token list is the fast way.
    /// </summary>
    [SkipLocalsInit]
    internal void AnalyzeWords<TSink>(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, ref TSink sink)
        where TSink : IWordAnalysisSink, allows ref struct
    {
        const int Ahead = TicketRing.Length; // a power of two: tickets live in a ring
        // Fixed-size locals rather than stackalloc: a method with stackalloc and a loop cannot be tiered (no OSR), so
        // the JIT compiled this loop once without profile data; with plain locals it tiers up like its callees.
        var ring = default(TicketRing);
        var endsStore = default(PartEnds);
        var keyStore = default(KeyBuffer);
        Span<ulong> tickets = ring;
        Span<int> ends = endsStore;
        Span<char> buffer = keyStore;
        for (var k = 0; k < Ahead && k < tokens.Length; k++)
        {
            tickets[k] = Ticket(text, tokens[k]);
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            var ticket = tickets[i & (Ahead - 1)];
            if (i + Ahead < tokens.Length)
            {
                tickets[i & (Ahead - 1)] = Ticket(text, tokens[i + Ahead]);
            }

            var t = tokens[i];
            if (t.Kind != TokenKind.Word)
            {
                sink.Token(i, default, default);
                continue;
            }

            var word = text[t.Start..t.End];
            var key = word.Length * 3 + 4 <= buffer.Length ? buffer : new char[word.Length * 3 + 4];
            var parts = Analyze(word, text[t.Start..], ticket, ends, key, out var keyLength);
            sink.Token(i, ends[..parts], key[..keyLength]);
        }
    }

    private ulong Ticket(ReadOnlySpan<char> text, Token t) => t.Kind == TokenKind.Word ? Prepare(text[t.Start..t.End], text[t.Start..]) : 0;

    /// <summary>
    /// The first half of <see cref="Analyze(ReadOnlySpan{char}, Span{int}, Span{char}, out int)"/>: decides whether
    /// <paramref name="word"/> goes through the memo and, if so, starts fetching its entry. A caller walking a token
    /// list prepares a few tokens ahead so that their memo lines load while it works on the current one (news has a
    /// long tail of rare words, each a memory round trip). The ticket is passed to the second half.
    /// </summary>
    internal ulong Prepare(ReadOnlySpan<char> word) => Prepare(word, word);

    /// <summary>
    /// <see cref="Prepare(ReadOnlySpan{char})"/> for a word followed by more text (<paramref name="rest"/> starts with
    /// the word), which lets a short word be hashed with whole vectors (<see cref="WordCache.HashPadded"/>). The ticket
    /// goes to <see cref="Analyze(ReadOnlySpan{char}, ReadOnlySpan{char}, ulong, Span{int}, Span{char}, out int)"/>.
    /// </summary>
    internal ulong Prepare(ReadOnlySpan<char> word, ReadOnlySpan<char> rest)
    {
        // Words the letters already settle (a definite noun, or no clitic letter at either end), without a plural
        // ending to check, are one piece: their key needs no segmentation and no lexicon, and is cheaper than a lookup.
        if (word.Length > MaxMemoLength || word.IsEmpty || (CliticSegmenter.CannotSplit(word) & !MayEndInPlural(word)))
        {
            return 0;
        }

        var padded = Vector128.IsHardwareAccelerated & (word.Length <= WordCache.PaddedMax) & (rest.Length >= WordCache.PaddedMax);
        var hash = (padded ? WordCache.HashPadded(rest, word.Length) : WordCache.Hash(word)) | Memoized;
        _memo.Prefetch(hash);
        return hash;
    }

    /// <summary>
    /// The second half: <paramref name="ticket"/> is what <see cref="Prepare"/> returned for <paramref name="word"/>,
    /// and <paramref name="rest"/> is the word followed by the rest of its text (or the word alone), which lets the
    /// common case fold whole vectors of units (<see cref="ArabicNormalizer.TryFoldPlainStem"/>).
    /// </summary>
    internal int Analyze(ReadOnlySpan<char> word, ReadOnlySpan<char> rest, ulong ticket, Span<int> ends, Span<char> key, out int keyLength)
    {
        if (ticket == 0)
        {
            if (word.Length > MaxMemoLength || word.IsEmpty)
            {
                return AnalyzeUncached(word, ends, key, out keyLength);
            }

            ends[0] = word.Length;
            keyLength = ArabicNormalizer.TryStemPlainWord(rest, word.Length, key);
            if (keyLength < 0)
            {
                keyLength = StemOfHost(word, prefixL: false, key, out _);
            }

            return 1;
        }

        var hash = ticket;
        int parts;
        if (_memo.TryGet(hash, out var packed))
        {
            parts = (packed & 3) + 1;
            for (var i = 0; i < parts - 1; i++)
            {
                ends[i] = (packed >> (2 + (6 * i))) & 63;
            }

            ends[parts - 1] = word.Length;
            var (hostStart, hostEnd) = Host(ends, parts);
            var from = (packed >> 20) & 7;
            var cut = (packed >> 23) & 3;
            keyLength = ArabicNormalizer.TryFoldPlainStem(rest[hostStart..], hostEnd - hostStart, key, from, cut);
            if (keyLength < 0)
            {
                keyLength = ArabicNormalizer.NormalizeStem(word[hostStart..hostEnd], key, from, cut);
            }

            return parts;
        }

        parts = AnalyzeUncached(word, ends, key, out keyLength, out var stem);
        var p = parts - 1;
        for (var i = 0; i < parts - 1; i++)
        {
            p |= ends[i] << (2 + (6 * i));
        }

        _memo.Add(hash, p | stem);
        return parts;
    }

    // Marks a ticket as a memo hash (never 0); the top bit is a tag bit, so the memo loses one bit of its 55.
    private const ulong Memoized = 1UL << 63;

    /// <summary>Longest word memoized: longer ones are rare, and a cut must fit in 6 bits.</summary>
    private const int MaxMemoLength = 40;

    /// <summary>The key computed afresh, without any memo (the reference the memoized path must equal).</summary>
    [SkipLocalsInit]
    internal int KeyUncached(ReadOnlySpan<char> word, Span<char> destination)
    {
        Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
        AnalyzeUncached(word, ends, destination, out var n);
        return n;
    }

    internal int AnalyzeUncached(ReadOnlySpan<char> word, Span<int> ends, Span<char> key, out int keyLength) =>
        AnalyzeUncached(word, ends, key, out keyLength, out _);

    /// <summary>The host is the longest part; one-letter parts before it are proclitics.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int Start, int End) Host(ReadOnlySpan<int> ends, int parts)
    {
        if (parts == 1)
        {
            return (0, ends[0]);
        }

        var bestLen = -1;
        var hostStart = 0;
        var start = 0;
        for (var i = 0; i < parts; i++)
        {
            if (ends[i] - start > bestLen)
            {
                bestLen = ends[i] - start;
                hostStart = start;
            }

            start = ends[i];
        }

        return (hostStart, hostStart + bestLen);
    }

    private int AnalyzeUncached(ReadOnlySpan<char> word, Span<int> ends, Span<char> key, out int keyLength, out int stem)
    {
        if (word.IsEmpty)
        {
            ends[0] = 0;
            keyLength = 0;
            stem = 0;
            return 1;
        }

        var parts = _segmenter.SegmentFresh(word, ends);
        var (hostStart, hostEnd) = Host(ends, parts);
        var prefixL = hostStart > 0 && word[hostStart - 1] == 'ل';
        keyLength = StemOfHost(word[hostStart..hostEnd], prefixL, key, out stem);
        return parts;
    }

    // Without short-circuits: both tests go either way often, and one combined test mispredicts less than two.
    private static bool MayEndInPlural(ReadOnlySpan<char> word) =>
        (word.Length >= 5) & ((word[^1] == 'ت') | (word[^1] == 'ن'));

    [SkipLocalsInit]
    private bool KnownWithAlef(ReadOnlySpan<char> k)
    {
        Span<char> withAlef = stackalloc char[k.Length + 1];
        withAlef[0] = 'ا';
        k.CopyTo(withAlef[1..]);
        return _segmenter.Lexicon[withAlef].Known;
    }

    /// <summary>
    /// Writes the key of a word's host (the word without the clitics the segmenter found) into <paramref name="scratch"/>:
    /// normalized, the article off, then a plural or feminine ending off.
    /// </summary>
    private int StemOfHost(ReadOnlySpan<char> host, bool prefixL, Span<char> scratch, out int stemPlan)
    {
        stemPlan = 0;
        var n = ArabicNormalizer.NormalizeKeepTaMarbuta(host, scratch);
        if (n <= 0)
        {
            return 0;
        }

        var k = scratch[..n];
        var from = 0;
        if (prefixL && k.Length > 3 && k[0] == 'ل' && KnownWithAlef(k))
        {
            from = 1; // ل + لحد: the article's lam after a dropped alef
        }
        else if (k.Length >= 5 && k[0] is 'و' or 'ف' && k[1] is 'ب' or 'ك' or 'ل' && k[2] == 'ا' && k[3] == 'ل')
        {
            from = 4;
        }
        else if (k.Length >= 4 && k[0] is 'و' or 'ف' or 'ب' or 'ك' && k[1] == 'ا' && k[2] == 'ل')
        {
            from = 3;
        }
        else if (k.Length >= 4 && k[0] == 'ل' && k[1] == 'ل')
        {
            from = 2;
        }

        if (from == 0 && k.Length >= 4 && k[0] == 'ا' && k[1] == 'ل')
        {
            from = 2;
        }

        var stem = k[from..];
        var cut = 0;
        // The endings ات ون ين, tested as two chars (cheaper than three string comparisons on every word).
        if (stem.Length >= 5 && (stem[^1] == 'ت' ? stem[^2] == 'ا' : stem[^1] == 'ن' && stem[^2] is 'و' or 'ي') && _segmenter.Lexicon[stem[..^2]].Known)
        {
            cut = 2;
        }
        else if (stem.Length >= 3 && stem[^1] == 'ة')
        {
            cut = 1; // the feminine ending, also of the nisba ية: التركية meets التركي
        }

        stemPlan = (from << 20) | (cut << 23);
        return Finish(scratch, n, from, cut);
    }

    /// <summary>Slices the stem out of the normalized host in <paramref name="destination"/>[..n] and moves it to the start.</summary>
    private static int Finish(Span<char> destination, int n, int from, int cut)
    {
        var len = n - from - cut;
        if (len <= 0)
        {
            return 0;
        }

        // One forward pass moves the stem to the start (from ≥ 0, so no unit is overwritten before it is read) and
        // folds ة to ه, since a key is Search-normalized; keys are a few letters, so no bulk copy is worth a call.
        var stem = destination.Slice(from, len);
        var target = destination[..len];
        for (var i = 0; i < stem.Length; i++)
        {
            var c = stem[i];
            target[i] = c == 'ة' ? 'ه' : c;
        }

        return len;
    }
}

[InlineArray(Length)]
internal struct TicketRing
{
    public const int Length = 8;
    private ulong _first;
}

[InlineArray(CliticSegmenter.MaxParts)]
internal struct PartEnds
{
    private int _first;
}

/// <summary>Room for the key of the longest memoized word (40 units, each expanding to at most 3).</summary>
[InlineArray((3 * 40) + 4)]
internal struct KeyBuffer
{
    private char _first;
}

/// <summary>Receives the analyses of <see cref="LightStemmer.AnalyzeWords"/>, token by token.</summary>
internal interface IWordAnalysisSink
{
    /// <summary>
    /// Token <paramref name="index"/>: for a word, the end of each syntactic word (relative to the token) and its key;
    /// for any other token both are empty.
    /// </summary>
    void Token(int index, scoped ReadOnlySpan<int> ends, scoped ReadOnlySpan<char> key);
}
