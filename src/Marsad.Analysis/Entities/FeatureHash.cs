namespace Marsad.Analysis.Entities;

/// <summary>FNV-1a over UTF-16 code units, so features hash from spans without building strings.</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => Mix(Offset, (uint)template + 0x9E37u);

    public static ulong Mix(ulong h, uint value)
    {
        h = (h ^ (value & 0xFFFF)) * Prime;
        return (h ^ (value >> 16)) * Prime;
    }

    public static ulong Add(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            h = (h ^ c) * Prime;
        }

        // A separator so ("ab","c") and ("a","bc") differ.
        return (h ^ 0x1F) * Prime;
    }

    /// <summary>The 32-bit key the model stores: the high and low halves folded together.</summary>
    public static uint Key(ulong h) => (uint)(h ^ (h >> 32));

    public static ulong Of(ReadOnlySpan<char> s) => Add(Offset, s);

    /// <summary>Combines word hashes into a phrase hash (order-sensitive).</summary>
    public static ulong Chain(ulong phrase, ulong word) => (phrase ^ word) * Prime + 0x632BE59BD9B4E019UL;
}
