using Marsad.Arabic;

namespace Marsad.Storage.Stories;

/// <summary>
/// MinHash signature of an article body over normalized word 5-gram shingles, and its LSH band keys.
/// 32 bands of 3 rows put the LSH threshold near Jaccard 0.3, so candidate pairs at 0.5 and above are found with
/// probability above 0.98; candidates are then confirmed on the estimated Jaccard.
/// </summary>
public sealed class StorySignature
{
    public const int Bands = 32;
    public const int Rows = 3;
    public const int Length = Bands * Rows;
    public const int ShingleSize = 5;

    /// <summary>Estimated Jaccard at or above which two articles are the same story.</summary>
    public const double SameStory = 0.5;

    private static readonly ulong[] Seeds = MakeSeeds();

    private StorySignature(uint[] values) => Values = values;

    public IReadOnlyList<uint> Values { get; }

    /// <summary>Normalized words (letters and digits only) of a text, for shingling and content hashing.</summary>
    public static List<string> Words(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ArabicNormalizer.Normalize(text, NormalizationLevel.Search);
        var words = new List<string>(normalized.Length / 5);
        var span = normalized.AsSpan();
        var i = 0;
        while (i < span.Length)
        {
            while (i < span.Length && !char.IsLetterOrDigit(span[i]))
            {
                i++;
            }

            var start = i;
            while (i < span.Length && (char.IsLetterOrDigit(span[i]) || char.GetUnicodeCategory(span[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(new string(span[start..i]));
            }
        }

        return words;
    }

    public static StorySignature? Of(IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count == 0)
        {
            return null;
        }

        var wordHashes = new ulong[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            wordHashes[w] = Fnv(words[w]);
        }

        var mins = new uint[Length];
        Array.Fill(mins, uint.MaxValue);
        var shingles = Math.Max(1, words.Count - ShingleSize + 1);
        for (var s = 0; s < shingles; s++)
        {
            var h = 0xcbf29ce484222325UL;
            for (var k = s; k < Math.Min(s + ShingleSize, words.Count); k++)
            {
                h = (h ^ wordHashes[k]) * 0x100000001b3UL;
            }

            for (var p = 0; p < Length; p++)
            {
                var v = (uint)(Mix(h ^ Seeds[p]) >> 32);
                if (v < mins[p])
                {
                    mins[p] = v;
                }
            }
        }

        return new StorySignature(mins);
    }

    public static StorySignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length * 4)
        {
            throw new ArgumentException($"a signature is {Length * 4} bytes", nameof(bytes));
        }

        var values = new uint[Length];
        for (var i = 0; i < Length; i++)
        {
            values[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * 4)..]);
        }

        return new StorySignature(values);
    }

    public byte[] ToBytes()
    {
        var bytes = new byte[Length * 4];
        for (var i = 0; i < Length; i++)
        {
            System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), Values[i]);
        }

        return bytes;
    }

    /// <summary>One key per band; two articles sharing any key are candidates.</summary>
    public long[] BandKeys()
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = Mix((ulong)b + 0x9E3779B97F4A7C15UL);
            for (var r = 0; r < Rows; r++)
            {
                h = Mix(h ^ Values[(b * Rows) + r]);
            }

            keys[b] = (long)h;
        }

        return keys;
    }

    public double Similarity(StorySignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var same = 0;
        for (var i = 0; i < Length; i++)
        {
            if (Values[i] == other.Values[i])
            {
                same++;
            }
        }

        return same / (double)Length;
    }

    private static ulong Fnv(string word)
    {
        var h = 0xcbf29ce484222325UL;
        foreach (var c in word)
        {
            h = (h ^ c) * 0x100000001b3UL;
        }

        return h;
    }

    // splitmix64 finalizer: a fast, well-mixed stand-in for a family of independent hash functions.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Length];
        var s = 0x5EED5EED5EED5EEDUL;
        for (var i = 0; i < Length; i++)
        {
            s += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(s);
        }

        return seeds;
    }
}
