using System.Numerics;

namespace Marsad.Arabic;

/// <summary>
/// A thread-safe memo from a word (as written) to a small result. News vocabulary is Zipfian: a few hundred thousand
/// types cover millions of tokens, so nearly every lookup is one hash and one compare with no allocation.
/// Direct-mapped (a colliding word replaces the older one), so it never grows or locks; each slot holds an immutable
/// entry whose reference is published atomically.
/// </summary>
internal sealed class WordCache<T>
{
    private readonly Entry?[] _slots;
    private readonly int _mask;

    public WordCache(int capacity = 1 << 19)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 16));
        _slots = new Entry?[size];
        _mask = size - 1;
    }

    public bool TryGet(ReadOnlySpan<char> word, out T value)
    {
        var h = Hash(word);
        var e = Volatile.Read(ref _slots[h & _mask]);
        if (e is not null && e.Hash == h && word.SequenceEqual(e.Key))
        {
            value = e.Value;
            return true;
        }

        value = default!;
        return false;
    }

    public void Add(ReadOnlySpan<char> word, T value)
    {
        var h = Hash(word);
        Volatile.Write(ref _slots[h & _mask], new Entry(h, word.ToString(), value));
    }

    // FNV-1a over UTF-16 units: cheap and good enough for a cache (a collision only costs a recomputation).
    private static int Hash(ReadOnlySpan<char> s)
    {
        var h = 2166136261u;
        foreach (var c in s)
        {
            h = (h ^ c) * 16777619u;
        }

        return (int)(h ^ (h >> 15)) & int.MaxValue;
    }

    // The full hash is kept so most misses are told apart without touching the key's characters.
    private sealed record Entry(int Hash, string Key, T Value);
}
