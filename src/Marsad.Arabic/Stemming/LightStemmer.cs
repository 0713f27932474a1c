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
    private readonly WordCache _cache = new();

    public LightStemmer(CliticSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        _segmenter = segmenter;
    }

    public static LightStemmer Default => Shared.Value;

    /// <summary>The key of one word as a new string.</summary>
    public string Key(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length * 3 + 4] : new char[word.Length * 3 + 4];
        var n = Key(word, buffer);
        return new string(buffer[..n]);
    }

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="destination"/> (≥ 3× its length) and returns its length.</summary>
    public int Key(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (word.IsEmpty)
        {
            return 0;
        }

        // Words the letters already settle, without a plural ending to check, need no lexicon and no memo.
        var plain = CliticSegmenter.CannotSplit(word) && !MayEndInPlural(word);
        if (word.Length > 40 || plain)
        {
            var fresh = Plan(word, destination, out var normalized);
            return Finish(destination, normalized, fresh);
        }

        if (_cache.TryGet(word, out var plan))
        {
            return Apply(word, destination, plan);
        }

        plan = Plan(word, destination, out var n);
        _cache.Add(word, plan);
        return Finish(destination, n, plan);
    }

    private static bool MayEndInPlural(ReadOnlySpan<char> word) =>
        word.Length >= 5 && word[^1] is 'ت' or 'ن';

    // A plan packs where the host lies in the word (6 + 6 bits), how many normalized chars open it that are not the
    // stem (3 bits) and how many close it (2 bits): Apply then only normalizes and slices.
    private static int Pack(int hostStart, int hostEnd, int from, int cut) => (hostStart & 63) | ((hostEnd & 63) << 6) | (from << 12) | (cut << 15);

    private static int Apply(ReadOnlySpan<char> word, Span<char> destination, int plan)
    {
        var hostStart = plan & 63;
        var hostEnd = (plan >> 6) & 63;
        var n = ArabicNormalizer.Normalize(word[hostStart..hostEnd], destination, NormalizationLevel.SearchKeepTaMarbuta);
        return Finish(destination, n, plan);
    }

    /// <summary>Slices the stem out of the normalized host in <paramref name="destination"/>[..n].</summary>
    private static int Finish(Span<char> destination, int n, int plan)
    {
        var from = (plan >> 12) & 7;
        var cut = (plan >> 15) & 3;
        var len = n - from - cut;
        if (n <= 0 || len <= 0)
        {
            return 0;
        }

        var stem = destination.Slice(from, len);
        for (var i = 0; i < len; i++)
        {
            if (stem[i] == 'ة')
            {
                stem[i] = 'ه'; // a key is Search-normalized
            }
        }

        stem.CopyTo(destination);
        return len;
    }

    private bool KnownWithAlef(ReadOnlySpan<char> k)
    {
        Span<char> withAlef = stackalloc char[k.Length + 1];
        withAlef[0] = 'ا';
        k.CopyTo(withAlef[1..]);
        return _segmenter.Lexicon[withAlef].Known;
    }

    /// <summary>
    /// Decides the key of <paramref name="word"/> and returns it as a plan; <paramref name="scratch"/>[..n] is left
    /// holding the normalized host.
    /// </summary>
    private int Plan(ReadOnlySpan<char> word, Span<char> scratch, out int n)
    {
        Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
        var parts = _segmenter.Segment(word, ends);
        var hostStart = 0;
        var hostEnd = word.Length;
        var prefixL = false;
        if (parts > 1)
        {
            // The host is the longest part; one-letter parts before it are proclitics.
            var bestLen = -1;
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

            hostEnd = hostStart + bestLen;
            prefixL = hostStart > 0 && word[hostStart - 1] == 'ل';
        }

        n = ArabicNormalizer.Normalize(word[hostStart..hostEnd], scratch, NormalizationLevel.SearchKeepTaMarbuta);
        if (n <= 0)
        {
            return Pack(hostStart, hostEnd, 0, 0);
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
        if (stem.Length >= 5 && (stem.EndsWith("ات") || stem.EndsWith("ون") || stem.EndsWith("ين")) && _segmenter.Lexicon[stem[..^2]].Known)
        {
            cut = 2;
        }
        else if (stem.Length >= 3 && stem[^1] == 'ة')
        {
            cut = 1; // the feminine ending, also of the nisba ية: التركية meets التركي
        }

        return Pack(hostStart, hostEnd, from, cut);
    }
}
