using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Marsad.Arabic;

/// <summary>
/// A thread-safe memo from a word (as written) to a small number (up to 25 bits). News vocabulary is Zipfian: a few
/// hundred thousand types cover millions of tokens, so nearly every lookup is one hash and one cache-line read (the
/// memo's cost is memory traffic: a word outside the few thousand commonest costs one line from RAM, so one line is
/// all it may cost). Each slot packs a tag of the word's 64-bit hash with the value into one <see cref="long"/>, read
/// and written atomically, so readers never see a torn entry and nothing is allocated. Eight-way set-associative: a
/// word may sit in any of the eight slots of its bucket, one 64-byte cache line, so a rare word rarely evicts a common
/// one; when a bucket is full a new word replaces one of the eight. Two words are confused only if their hashes agree
/// on the bucket index and the tag (16 + 39 bits at 25 value bits and the default size); with a million distinct
/// words that is about one chance in 10^5 over the memo's life, and the hash is a bijection per block of input, so
/// near-identical words do not collide by structure.
/// </summary>
internal sealed class WordCache
{
    private const int Ways = 8;

    private readonly long[] _slots;
    private readonly int _origin;
    private readonly int _bucketMask;
    private readonly int _valueBits;
    private readonly long _valueMask;

    public WordCache(int capacity = 1 << 19, int valueBits = 21)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(valueBits, 25);
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(capacity, 64));
        // Pinned, so its address is fixed and buckets can start on cache-line boundaries.
        _slots = GC.AllocateArray<long>(size + Ways, pinned: true);
        unsafe
        {
            var address = (long)Unsafe.AsPointer(ref _slots[0]);
            _origin = (int)((64 - (address & 63)) & 63) / sizeof(long);
        }

        _bucketMask = (size / Ways) - 1;
        _valueBits = valueBits;
        _valueMask = (1L << valueBits) - 1;
    }

    public bool TryGet(ReadOnlySpan<char> word, out int value) => TryGet(Hash(word), out value);

    public bool TryGet(ulong hash, out int value)
    {
        // A slot is self-contained and an aligned 8-byte read is atomic on 64-bit targets; no ordering with other
        // memory is needed, so plain reads there (which let the JIT keep the fields in registers). The size test is
        // a JIT-time constant.
        var bits = _valueBits;
        var tag = hash >> bits;
        ref var bucket = ref Bucket(hash);
        for (var i = 0; i < Ways; i++)
        {
            var slot = IntPtr.Size == 8 ? Unsafe.Add(ref bucket, i) : Volatile.Read(ref Unsafe.Add(ref bucket, i));
            if ((ulong)slot >> bits == tag && slot != 0)
            {
                value = (int)(slot & _valueMask) - 1;
                return true;
            }
        }

        value = 0;
        return false;
    }

    /// <summary>Stores <paramref name="value"/> (0 ≤ value &lt; 2^valueBits − 1) for <paramref name="word"/>.</summary>
    public void Add(ReadOnlySpan<char> word, int value) => Add(Hash(word), value);

    public void Add(ulong hash, int value)
    {
        var tag = hash >> _valueBits;
        var packed = (long)(tag << _valueBits) | ((value + 1L) & _valueMask);
        ref var bucket = ref Bucket(hash);
        for (var i = 0; i < Ways; i++)
        {
            var slot = Volatile.Read(ref Unsafe.Add(ref bucket, i));
            if (slot == 0 || (ulong)slot >> _valueBits == tag)
            {
                Volatile.Write(ref Unsafe.Add(ref bucket, i), packed);
                return;
            }
        }

        // Full: evict a way picked by hash bits the index does not use, so evictions spread.
        Volatile.Write(ref Unsafe.Add(ref bucket, (int)(hash >> 61)), packed);
    }

    /// <summary>
    /// Starts loading the bucket of <paramref name="hash"/> into the CPU cache without waiting for it: a caller that
    /// knows the next few words asks for them ahead, so their lines arrive from RAM in parallel rather than one by one.
    /// </summary>
    public unsafe void Prefetch(ulong hash)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref Bucket(hash)));
        }
    }

    private ref long Bucket(ulong hash) =>
        ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_slots), _origin + (((int)hash & _bucketMask) * Ways));

    /// <summary>Longest word <see cref="HashPadded"/> takes.</summary>
    public const int PaddedMax = 16;

    /// <summary>
    /// A 64-bit hash of the first <paramref name="length"/> (1..<see cref="PaddedMax"/>) units of
    /// <paramref name="rest"/>, a word followed by more text (at least <see cref="PaddedMax"/> units readable): two
    /// whole vectors are read and the lanes past the word masked off, so no step depends on the length but the mask.
    /// <see cref="Hash"/>'s length tests cost a mispredicted branch on about every third word; this costs none. A
    /// different family from <see cref="Hash"/>: a memo must be asked with the hash it was filled with. The blocks
    /// are combined by 64×64→128-bit multiplies folded to 64 bits (as xxh3 and wyhash do for short keys), two
    /// independent ones and a third over both, with the length in the last.
    /// </summary>
    public static ulong HashPadded(ReadOnlySpan<char> rest, int length)
    {
        ref var s = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(rest));
        var lanes = Vector128.Create((ushort)0, 1, 2, 3, 4, 5, 6, 7);
        var n = Vector128.Create((ushort)length);
        var lo = (Vector128.LoadUnsafe(ref s) & Vector128.LessThan(lanes, n)).AsUInt64();
        var hi = (Vector128.LoadUnsafe(ref s, 8) & Vector128.LessThan(lanes + Vector128.Create((ushort)8), n)).AsUInt64();
        var a = Fold(lo.GetElement(0) ^ 0x243F6A8885A308D3UL, lo.GetElement(1) ^ 0x13198A2E03707344UL);
        var b = Fold(hi.GetElement(0) ^ 0xA4093822299F31D0UL, hi.GetElement(1) ^ 0x082EFA98EC4E6C89UL);
        return Fold(a ^ ((ulong)length * 0x9E3779B97F4A7C15UL), b ^ 0x452821E638D01377UL);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Fold(ulong x, ulong y)
    {
        var high = Math.BigMul(x, y, out var low);
        return high ^ low;
    }

    /// <summary>
    /// A 64-bit hash of UTF-16 units, four at a time: each block is xored in and multiplied by an odd constant, then
    /// folded (both steps invertible), and a final mix spreads every input bit over the index bits. Most words are 2 to
    /// 8 units long and are taken in at most two (overlapping) blocks with no loop: the loop's exit, which depends on
    /// the length, was a branch mispredicted on about every other word.
    /// </summary>
    public static ulong Hash(ReadOnlySpan<char> s)
    {
        var h = (ulong)s.Length * 0x9E3779B97F4A7C15UL;
        var bytes = MemoryMarshal.AsBytes(s);
        if (bytes.Length >= 8)
        {
            if (bytes.Length > 16)
            {
                for (var i = 0; i + 8 < bytes.Length; i += 8)
                {
                    h = Mix(h, MemoryMarshal.Read<ulong>(bytes[i..]));
                }
            }
            else
            {
                h = Mix(h, MemoryMarshal.Read<ulong>(bytes));
            }

            // The last four units, overlapping the blocks already taken (the length is in the seed, so equal-length
            // words still differ wherever their units do).
            h = Mix(h, MemoryMarshal.Read<ulong>(bytes[^8..]));
        }
        else if (bytes.Length >= 4)
        {
            // Two or three units: the first two and the last two in one block.
            h = Mix(h, MemoryMarshal.Read<uint>(bytes) | ((ulong)MemoryMarshal.Read<uint>(bytes[^4..]) << 32));
        }
        else if (bytes.Length == 2)
        {
            h = Mix(h, MemoryMarshal.Read<ushort>(bytes));
        }

        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        return h ^ (h >> 32);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong h, ulong block)
    {
        h = (h ^ block) * 0xFF51AFD7ED558CCDUL;
        return h ^ (h >> 32);
    }
}
