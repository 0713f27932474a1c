using System.IO.Compression;
using System.Text;

namespace Marsad.Analysis.Entities;

/// <summary>Lexicon classes a phrase can belong to; a phrase can be in several.</summary>
[Flags]
internal enum GazetteerClass : byte
{
    None = 0,
    Person = 1,
    Organization = 2,
    Location = 4,
    State = 8,
    Nationality = 16,
    Actor = 32,
    Title = 64,
    City = 128,
}

/// <summary>
/// Phrase lexicons matched over token sequences by hashed clitic-stripped forms (no strings built while matching).
/// One file, <c>gazetteer.tsv.gz</c>: <c>CLASS\tphrase</c> per line.
/// </summary>
internal sealed class Gazetteer
{
    public const int MaxPhraseWords = 6;
    /// <summary>
    /// Phrase hashes with their classes, and also every shorter prefix of a phrase (flagged <see cref="Longer"/>),
    /// so matching stops at the first word sequence no phrase continues instead of hashing six words at each token.
    /// </summary>
    private readonly Dictionary<ulong, int> _phrases = [];
    private const int Longer = 0x100;
    private const int Whole = 0x200;
    private int _count;
    private readonly HashSet<ulong> _exactWords = [];
    private readonly HashSet<ulong> _personWords = [];

    public static readonly string[] ClassNames = ["PER", "ORG", "LOC", "GPE", "NAT", "ACT", "TTL", "CITY"];

    public int Count => _count;

    public void Add(string phrase, GazetteerClass cls)
    {
        var words = phrase.Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is 0 or > MaxPhraseWords)
        {
            return;
        }

        ulong h = 0;
        Span<char> buf = stackalloc char[128];
        if (words.Length == 1 && words[0].Length <= 128)
        {
            var exact = FeatureHash.Of(buf[..NerText.Normalize(words[0], buf)]);
            _exactWords.Add(exact);
            if (cls == GazetteerClass.Person)
            {
                _personWords.Add(exact);
            }
        }

        Span<ulong> prefixes = stackalloc ulong[MaxPhraseWords];
        for (var i = 0; i < words.Length; i++)
        {
            if (words[i].Length > 128)
            {
                return;
            }

            h = FeatureHash.Chain(h, WordHash(words[i], buf));
            prefixes[i] = h;
        }

        for (var i = 0; i < words.Length - 1; i++)
        {
            _phrases[prefixes[i]] = _phrases.GetValueOrDefault(prefixes[i]) | Longer;
        }

        var old = _phrases.GetValueOrDefault(h);
        if ((old & Whole) == 0)
        {
            _count++;
        }

        _phrases[h] = old | Whole | (int)cls;
    }

    /// <summary>The hash a word contributes to phrases: its folded form without proclitics.</summary>
    public static ulong WordHash(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var n = NerText.Normalize(word, buffer);
        return FeatureHash.Of(NerText.Stem(buffer[..n]));
    }

    /// <summary>
    /// For every token, the classes of the longest phrase starting there (<paramref name="begin"/>) and of any
    /// phrase covering it without starting there (<paramref name="inside"/>).
    /// </summary>
    public void Match(ReadOnlySpan<ulong> wordHashes, Span<GazetteerClass> begin, Span<GazetteerClass> inside, Span<byte> length)
    {
        begin.Clear();
        inside.Clear();
        length.Clear();
        for (var i = 0; i < wordHashes.Length; i++)
        {
            ulong h = 0;
            var max = Math.Min(MaxPhraseWords, wordHashes.Length - i);
            for (var n = 1; n <= max; n++)
            {
                h = FeatureHash.Chain(h, wordHashes[i + n - 1]);
                if (!_phrases.TryGetValue(h, out var entry))
                {
                    break;
                }

                if ((entry & Whole) != 0)
                {
                    var cls = (GazetteerClass)(entry & 0xFF);
                    begin[i] |= cls;
                    length[i] = (byte)n;
                    for (var k = i + 1; k < i + n; k++)
                    {
                        inside[k] |= cls;
                    }
                }

                if ((entry & Longer) == 0)
                {
                    break;
                }
            }
        }
    }

    /// <summary>True when <paramref name="word"/>, exactly as written (folded, clitics kept), is a one-word entry.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[Math.Min(word.Length, 256)];
        return word.Length <= 256 && _exactWords.Contains(FeatureHash.Of(buf[..NerText.Normalize(word, buf)]));
    }

    /// <summary>True when <paramref name="word"/> is, exactly as written, a one-word person-name entry.</summary>
    public bool IsPersonName(ReadOnlySpan<char> word)
    {
        Span<char> buf = stackalloc char[Math.Min(word.Length, 256)];
        return word.Length <= 256 && _personWords.Contains(FeatureHash.Of(buf[..NerText.Normalize(word, buf)]));
    }

    public static Gazetteer Load(Stream gzip)
    {
        var g = new Gazetteer();
        using var z = new GZipStream(gzip, CompressionMode.Decompress);
        using var reader = new StreamReader(z, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var idx = Array.IndexOf(ClassNames, line[..tab]);
            if (idx >= 0)
            {
                g.Add(line[(tab + 1)..], (GazetteerClass)(1 << idx));
            }
        }

        return g;
    }
}
