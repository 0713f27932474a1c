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
    private readonly WordCache<string> _cache = new();

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
        if (CliticSegmenter.CannotSplit(word) && word.Length * 3 <= destination.Length)
        {
            // Nothing to segment: the key is a few in-place steps, cheaper than a memo lookup.
            return KeyUncached(word, destination);
        }

        if (_cache.TryGet(word, out var cached))
        {
            cached.CopyTo(destination);
            return cached.Length;
        }

        var n = KeyUncached(word, destination);
        if (word.Length <= 40)
        {
            _cache.Add(word, new string(destination[..n]));
        }

        return n;
    }

    private bool KnownWithAlef(ReadOnlySpan<char> k)
    {
        Span<char> withAlef = stackalloc char[k.Length + 1];
        withAlef[0] = 'ا';
        k.CopyTo(withAlef[1..]);
        return _segmenter.Lexicon[withAlef].Known;
    }

    private int KeyUncached(ReadOnlySpan<char> word, Span<char> destination)
    {
        Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
        var parts = _segmenter.Segment(word, ends);
        var host = word;
        var prefixL = false;
        if (parts > 1)
        {
            // The host is the longest part; one-letter parts before it are proclitics.
            var bestStart = 0;
            var bestLen = -1;
            var start = 0;
            for (var i = 0; i < parts; i++)
            {
                if (ends[i] - start > bestLen)
                {
                    bestLen = ends[i] - start;
                    bestStart = start;
                }

                start = ends[i];
            }

            prefixL = bestStart > 0 && word[bestStart - 1] == 'ل';
            host = word.Slice(bestStart, bestLen);
        }

        var n = ArabicNormalizer.Normalize(host, destination, NormalizationLevel.SearchKeepTaMarbuta);
        if (n <= 0)
        {
            return 0;
        }

        var k = destination[..n];
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
        var len = stem.Length;
        if (len >= 5 && (stem.EndsWith("ات") || stem.EndsWith("ون") || stem.EndsWith("ين")) && _segmenter.Lexicon[stem[..(len - 2)]].Known)
        {
            len -= 2;
        }
        else if (len >= 3 && stem[len - 1] == 'ة')
        {
            len -= 1; // the feminine ending, also of the nisba ية: التركية meets التركي
        }

        for (var i = 0; i < len; i++)
        {
            if (stem[i] == 'ة')
            {
                stem[i] = 'ه'; // a key is Search-normalized
            }
        }

        stem[..len].CopyTo(destination);
        return len;
    }
}
