using System.Numerics;

namespace Marsad.Arabic;

/// <summary>
/// A thread-safe memo from a word (as written) to a small number (up to 21 bits). News vocabulary is Zipfian: a few
/// hundred thousand types cover millions of tokens, so nearly every lookup is one hash and one 8-byte read.
/// Each slot packs a 43-bit tag of the word's 64-bit hash with the value into one <see cref="long"/>, read and written
/// atomically, so readers never see a torn entry and nothing is allocated. Direct-mapped: a colliding word replaces the
/// older one. Two words are confused only if their 64-bit hashes agree on 62 bits (index and tag); with a million
/// distinct words that is about one chance in 10^13 over the cache's life.
/// </summary>
internal sealed class WordCache
{
    public const int ValueBits = 21;
    private const long ValueMask = (1L << ValueBits) - 1;

    private readonly long[] _slots;
    private readonly int _mask;

    public WordCache(int capacity = 1 << 19)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 16));
        _slots = new long[size];
        _mask = size - 1;
    }

    public bool TryGet(ReadOnlySpan<char> word, out int value)
    {
        var h = Hash(word);
        var slot = Volatile.Read(ref _slots[(int)(h & (ulong)_mask)]);
        if (slot != 0 && (ulong)slot >> ValueBits == h >> ValueBits)
        {
            value = (int)(slot & ValueMask) - 1;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> (0 ≤ value &lt; 2^21 − 1) for <paramref name="word"/>.</summary>
    public void Add(ReadOnlySpan<char> word, int value)
    {
        var h = Hash(word);
        var packed = (long)(h >> ValueBits << ValueBits) | ((value + 1L) & ValueMask);
        Volatile.Write(ref _slots[(int)(h & (ulong)_mask)], packed);
    }

    // FNV-1a, 64-bit, over UTF-16 units, with a final mix so that the low (index) bits depend on every unit.
    private static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 32);
    }
}
