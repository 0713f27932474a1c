using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Marsad.Analysis.Entities;

/// <summary>A model's weights as stored: per feature key, one scale and nine int16 weights.</summary>
internal sealed record QuantizedWeights(uint[] Keys, short[] Weights, float[] Scales);

/// <summary>
/// Quantized tagger weights laid out for tagging: an open-addressing table of cache-line-aligned slots, each with a
/// feature key and, per column, a scale and nine int16 weights. One column is one model. Two columns are the two
/// passes of the document tagger side by side: the second pass finds a key's weights in the line the first pass
/// already read, so it probes only the keys the first pass did not have (the votes).
/// <para>
/// Rows are added in key order, and <c>(float)q * scale</c> is the very float a dequantized model holds, so the
/// sums (and the tags) are bit for bit those of adding float rows feature by feature.
/// </para>
/// </summary>
internal sealed class NerTable
{
    private const int L = NerModel.L;

    /// <summary>uints per column in a slot: key (column 0 only), scale, nine int16 weights, spare; the last uint of
    /// column 0 is 1 when the slot is taken.</summary>
    private const int ColumnWords = 8;
    private const int Taken = 7;
    private const nuint HugePage = 2 << 20;
    private const int MadviseHugePage = 14;

    /// <summary>The slots, in native memory aligned to 2 MB and (on Linux) backed by huge pages where the kernel
    /// allows: lookups land at random across tens of megabytes, and with 4 KB pages nearly each one also misses
    /// the TLB.</summary>
    private readonly unsafe ulong* _slots;
    private readonly nuint _bytes;
    private readonly int _mask;
    private readonly int _stride;

    public NerTable(IReadOnlyList<QuantizedWeights> columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count is < 1 or > 2)
        {
            throw new ArgumentException("one or two columns", nameof(columns));
        }

        Columns = columns.Count;
        _stride = ColumnWords * Columns;
        var distinct = new HashSet<uint>(columns.SelectMany(c => c.Keys));
        var cap = 1;
        while (cap < distinct.Count * 2)
        {
            cap <<= 1;
        }

        _mask = cap - 1;
        _bytes = (nuint)cap * (nuint)_stride * sizeof(uint);
        unsafe
        {
            _slots = (ulong*)NativeMemory.AlignedAlloc(_bytes, HugePage);
            if (OperatingSystem.IsLinux())
            {
                // Only a hint, before the pages are first touched; the table works the same without it.
                _ = Madvise(_slots, _bytes, MadviseHugePage);
            }

            NativeMemory.Clear(_slots, _bytes);
        }

        GC.AddMemoryPressure((long)_bytes);
        var words = Words;
        var weights = Weights;
        for (var c = 0; c < columns.Count; c++)
        {
            var column = columns[c];
            for (var r = 0; r < column.Keys.Length; r++)
            {
                var s = Probe(column.Keys[r]);
                if (s < 0)
                {
                    s = (int)(Scramble(column.Keys[r]) & (uint)_mask);
                    while (words[s * _stride + Taken] != 0)
                    {
                        s = (s + 1) & _mask;
                    }

                    words[s * _stride] = column.Keys[r];
                    words[s * _stride + Taken] = 1;
                }

                var b = s * _stride + c * ColumnWords;
                // Stored scales are never 0 (see NerModel.Save): 0 marks a key this column lacks.
                words[b + 1] = BitConverter.SingleToUInt32Bits(column.Scales[r]);
                for (var y = 0; y < L; y++)
                {
                    weights[b * 2 + 4 + y] = column.Weights[r * L + y];
                }
            }
        }
    }

    ~NerTable()
    {
        unsafe
        {
            NativeMemory.AlignedFree(_slots);
        }

        GC.RemoveMemoryPressure((long)_bytes);
    }

    public int Columns { get; }

    private unsafe Span<uint> Words => new(_slots, (int)(_bytes / sizeof(uint)));

    private unsafe Span<short> Weights => new(_slots, (int)(_bytes / sizeof(short)));

    public static uint Scramble(uint k) => k * 0x9E3779B1u ^ (k >> 15);

    /// <summary>The slot of each key, or -1 when no column has it.</summary>
    public void Find(ReadOnlySpan<uint> keys, Span<int> slots)
    {
        for (var k = 0; k < keys.Length; k++)
        {
            slots[k] = (int)(Scramble(keys[k]) & (uint)_mask);
        }

        Prefetch(slots[..keys.Length]);
        ReadOnlySpan<uint> words = Words;
        var stride = _stride;
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            var s = slots[k];
            while (true)
            {
                if (words[s * stride + Taken] == 0)
                {
                    s = -1;
                    break;
                }

                if (words[s * stride] == key)
                {
                    break;
                }

                s = (s + 1) & _mask;
            }

            slots[k] = s;
        }

        // The spans point into native memory the finalizer frees: keep this table alive until they are done.
        GC.KeepAlive(this);
    }

    /// <summary>Adds a column's weight rows of <paramref name="slots"/>, in order, to a row of nine label scores.</summary>
    public void Add(ReadOnlySpan<int> slots, int column, Span<float> row)
    {
        ReadOnlySpan<uint> words = Words;
        ReadOnlySpan<short> weights = Weights;
        var stride = _stride;
        var at = column * ColumnWords;
        if (Vector256.IsHardwareAccelerated)
        {
            // Labels 0–7 in one vector, label 8 alone; each lane adds the same products in the same order as the
            // scalar loop, so the sums are bit for bit the same.
            var sum = Vector256.Create<float>(row);
            var last = row[8];
            foreach (var s in slots)
            {
                if (!Weighted(words, s, stride, at, out var b, out var scale))
                {
                    continue;
                }

                var q = Vector128.Create<short>(weights.Slice(b * 2 + 4, 8));
                var (lo, hi) = Vector128.Widen(q);
                var w = Vector256.Create(Vector128.ConvertToSingle(lo), Vector128.ConvertToSingle(hi));
                sum += w * Vector256.Create(scale);
                last += weights[b * 2 + 12] * scale;
            }

            sum.CopyTo(row);
            row[8] = last;
            GC.KeepAlive(this);
            return;
        }

        foreach (var s in slots)
        {
            if (!Weighted(words, s, stride, at, out var b, out var scale))
            {
                continue;
            }

            var q = weights.Slice(b * 2 + 4, L);
            for (var y = 0; y < L; y++)
            {
                row[y] += q[y] * scale;
            }
        }

        GC.KeepAlive(this);
    }

    /// <summary>Whether slot <paramref name="s"/> has weights in the column at <paramref name="at"/>: where they begin
    /// (in uints) and their scale. A missing key (-1) and a key only the other column has (scale 0) have none.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Weighted(ReadOnlySpan<uint> words, int s, int stride, int at, out int b, out float scale)
    {
        if (s < 0)
        {
            (b, scale) = (0, 0);
            return false;
        }

        b = s * stride + at;
        var bits = words[b + 1];
        scale = BitConverter.UInt32BitsToSingle(bits);
        return bits != 0;
    }

    private int Probe(uint key)
    {
        ReadOnlySpan<uint> words = Words;
        var s = (int)(Scramble(key) & (uint)_mask);
        while (words[s * _stride + Taken] != 0)
        {
            if (words[s * _stride] == key)
            {
                return s;
            }

            s = (s + 1) & _mask;
        }

        return -1;
    }

    /// <summary>
    /// Asks for the cache lines of the slots before probing them: nearly every key is a miss in a table of
    /// megabytes, and the hints let the memory system fetch many at once. Only a hint; no effect on results.
    /// </summary>
    private unsafe void Prefetch(ReadOnlySpan<int> slots)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        var ulongs = _stride / 2;
        foreach (var s in slots)
        {
            Sse.Prefetch0(_slots + s * ulongs);
        }
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern unsafe int Madvise(void* address, nuint length, int advice);
}
