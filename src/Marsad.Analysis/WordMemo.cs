using System.Runtime.CompilerServices;

namespace Marsad.Analysis;

/// <summary>
/// A small direct-mapped memo of a function of a word, keyed by the string instance: the analysers ask the same
/// questions of the same word objects of a document many times over (normalize it, fold it to a skeleton, is it a
/// title), and an identity check is far cheaper than hashing the word's letters. Strings are immutable, so a hit is
/// always right; a collision only overwrites. Not thread-safe: keep one per thread (<c>[ThreadStatic]</c>).
/// </summary>
internal sealed class WordMemo<T>
{
    private readonly string?[] _words;
    private readonly T[] _values;
    private readonly int _mask;

    /// <param name="size">Entries; a power of two.</param>
    public WordMemo(int size = 2048)
    {
        if (size <= 0 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), "a power of two");
        }

        _words = new string?[size];
        _values = new T[size];
        _mask = size - 1;
    }

    public bool TryGet(string word, out T value)
    {
        var i = RuntimeHelpers.GetHashCode(word) & _mask;
        if (ReferenceEquals(_words[i], word))
        {
            value = _values[i];
            return true;
        }

        value = default!;
        return false;
    }

    public T Set(string word, T value)
    {
        var i = RuntimeHelpers.GetHashCode(word) & _mask;
        _words[i] = word;
        _values[i] = value;
        return value;
    }
}
