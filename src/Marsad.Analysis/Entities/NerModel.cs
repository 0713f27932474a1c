using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using System.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// The trained tagger: a first-order structured perceptron over hashed features, decoded with Viterbi under BIO
/// constraints. Weights are stored as an open-addressing table of 32-bit feature keys to rows of int16 weights.
/// </summary>
internal sealed class NerModel
{
    public static readonly string[] Labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    public const int L = 9;
    private const string Magic = "MARSAD-NER/1";

    /// <summary>
    /// Open-addressing table: key in the high half, row + 1 in the low half (0 = empty), so a probe reads one
    /// cache line instead of a key array and a row array.
    /// </summary>
    private readonly ulong[] _entries;
    private readonly float[] _weights;
    private readonly float[] _transitions;
    private readonly int _mask;

    /// <summary>
    /// A loaded model's weights as stored (int16 per label, one scale per feature), inline in a second
    /// open-addressing table of 32-byte, cache-line-aligned slots: key, scale, nine weights. A lookup then reads
    /// one cache line, where the float table needs one for the key and one or two for the row; and
    /// <c>(float)q * scale</c> at tagging time is the very float the loader computes, so the tags are the same.
    /// Null for models made in memory (training), whose weights are not quantized.
    /// </summary>
    private readonly ulong[]? _slots;
    private readonly int _slotOffset;
    private readonly int _slotMask;
    private const int SlotUlongs = 4;

    public NerModel(uint[] keys, float[] weights, float[] transitions, Gazetteer gazetteer, Dictionary<string, int>? clusters)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _weights = weights;
        _transitions = transitions;
        Gazetteer = gazetteer;
        Clusters = clusters;
        Features = new NerFeatures(gazetteer, clusters);
        var cap = 1;
        while (cap < keys.Length * 2)
        {
            cap <<= 1;
        }

        _mask = cap - 1;
        _entries = new ulong[cap];
        for (var r = 0; r < keys.Length; r++)
        {
            var s = (int)(Scramble(keys[r]) & (uint)_mask);
            while (_entries[s] != 0)
            {
                s = (s + 1) & _mask;
            }

            _entries[s] = ((ulong)keys[r] << 32) | (uint)(r + 1);
        }

        FeatureCount = keys.Length;
        Keys = keys;
    }

    private NerModel(uint[] keys, short[] quantized, float[] scales, float[] transitions, Gazetteer gazetteer, Dictionary<string, int>? clusters)
        : this(keys, Dequantize(quantized, scales), transitions, gazetteer, clusters)
    {
        var cap = 1;
        while (cap < keys.Length * 2)
        {
            cap <<= 1;
        }

        _slotMask = cap - 1;
        // Pinned so the 64-byte alignment found here holds for good; 8 spare ulongs to reach it.
        _slots = GC.AllocateArray<ulong>(cap * SlotUlongs + 8, pinned: true);
        var address = (long)Marshal.UnsafeAddrOfPinnedArrayElement(_slots, 0);
        _slotOffset = (int)((64 - (address & 63)) & 63) / sizeof(ulong);
        var words = MemoryMarshal.Cast<ulong, uint>(_slots.AsSpan(_slotOffset));
        var weights = MemoryMarshal.Cast<ulong, short>(_slots.AsSpan(_slotOffset));
        for (var r = 0; r < keys.Length; r++)
        {
            var s = (int)(Scramble(keys[r]) & (uint)_slotMask);
            // A slot is empty while its scale is 0; stored scales are never 0 (see Save).
            while (words[s * 8 + 1] != 0)
            {
                s = (s + 1) & _slotMask;
            }

            words[s * 8] = keys[r];
            words[s * 8 + 1] = BitConverter.SingleToUInt32Bits(scales[r]);
            for (var y = 0; y < L; y++)
            {
                weights[s * 16 + 4 + y] = quantized[r * L + y];
            }
        }
    }

    public Gazetteer Gazetteer { get; }

    public Dictionary<string, int>? Clusters { get; }

    public NerFeatures Features { get; }

    public int FeatureCount { get; }

    private uint[] Keys { get; }

    /// <summary>
    /// The mean of several models' weights (same features and lexicons, different shuffling): one model, the
    /// variance of a single perceptron run averaged away, at no cost when tagging.
    /// </summary>
    public static NerModel Average(IReadOnlyList<NerModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        var sums = new Dictionary<uint, float[]>();
        var trans = new float[(L + 1) * L];
        foreach (var m in models)
        {
            for (var r = 0; r < m.Keys.Length; r++)
            {
                if (!sums.TryGetValue(m.Keys[r], out var row))
                {
                    sums[m.Keys[r]] = row = new float[L];
                }

                for (var y = 0; y < L; y++)
                {
                    row[y] += m._weights[r * L + y] / models.Count;
                }
            }

            for (var i = 0; i < trans.Length; i++)
            {
                trans[i] += m._transitions[i] / models.Count;
            }
        }

        var keys = sums.Keys.Order().ToArray();
        var weights = new float[keys.Length * L];
        for (var r = 0; r < keys.Length; r++)
        {
            Array.Copy(sums[keys[r]], 0, weights, r * L, L);
        }

        return new NerModel(keys, weights, trans, models[0].Gazetteer, models[0].Clusters);
    }

    /// <summary>Tags words (already tokenized); returns label indices into <see cref="Labels"/>.</summary>
    public int[] Tag(IReadOnlyList<string> words, SentenceFeatures scratch, byte[]? votes = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(scratch);
        if (words.Count == 0)
        {
            return [];
        }

        Features.Extract(words, scratch, votes);
        return Tag(scratch);
    }

    /// <summary>Tags a sentence whose feature keys are already extracted (by this model's <see cref="Features"/>).</summary>
    public int[] Tag(SentenceFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var n = features.Count;
        var result = new int[n];
        if (n == 0)
        {
            return result;
        }

        if (_slots is not null)
        {
            TagQuantized(features, result);
            return result;
        }

        // All rows first, then the sums: the lookups are independent cache misses the CPU can overlap, where
        // probing and adding token by token would wait on each in turn. The sums keep the feature order, so
        // the floats (and the tags) are exactly those of adding feature by feature.
        var total = features.Offsets[n];
        if (features.Rows.Length < total)
        {
            features.Rows = new int[Math.Max(total, features.Rows.Length * 2)];
        }

        var keys = features.Keys.AsSpan(0, total);
        var rows = features.Rows.AsSpan(0, total);
        for (var k = 0; k < keys.Length; k++)
        {
            rows[k] = Find(keys[k]);
        }

        var emissions = new float[n * L];
        var weights = _weights;
        for (var j = 0; j < n; j++)
        {
            var row = emissions.AsSpan(j * L, L);
            var end = features.Offsets[j + 1];
            for (var k = features.Offsets[j]; k < end; k++)
            {
                var r = rows[k];
                if (r >= 0)
                {
                    var w = weights.AsSpan(r * L, L);
                    for (var y = 0; y < L; y++)
                    {
                        row[y] += w[y];
                    }
                }
            }
        }

        Viterbi(emissions, _transitions, n, result);
        return result;
    }

    private void TagQuantized(SentenceFeatures features, int[] result)
    {
        var n = features.Count;
        var total = features.Offsets[n];
        if (features.Rows.Length < total)
        {
            features.Rows = new int[Math.Max(total, features.Rows.Length * 2)];
        }

        var words = MemoryMarshal.Cast<ulong, uint>(_slots.AsSpan(_slotOffset));
        var weights = MemoryMarshal.Cast<ulong, short>(_slots.AsSpan(_slotOffset));
        var keys = features.Keys.AsSpan(0, total);
        var slots = features.Rows.AsSpan(0, total);
        for (var k = 0; k < keys.Length; k++)
        {
            slots[k] = (int)(Scramble(keys[k]) & (uint)_slotMask);
        }

        Prefetch(slots);
        for (var k = 0; k < keys.Length; k++)
        {
            var key = keys[k];
            var s = slots[k];
            while (true)
            {
                if (words[s * 8 + 1] == 0)
                {
                    s = -1;
                    break;
                }

                if (words[s * 8] == key)
                {
                    break;
                }

                s = (s + 1) & _slotMask;
            }

            slots[k] = s;
        }

        var emissions = new float[n * L];
        var vectors = Vector256.IsHardwareAccelerated;
        for (var j = 0; j < n; j++)
        {
            var end = features.Offsets[j + 1];
            if (vectors)
            {
                // Labels 0–7 in one vector, label 8 alone; each lane adds the same products in the same order
                // as the scalar loop, so the sums are bit for bit the same.
                var sum = Vector256<float>.Zero;
                var last = 0f;
                for (var k = features.Offsets[j]; k < end; k++)
                {
                    var s = slots[k];
                    if (s >= 0)
                    {
                        var scale = BitConverter.UInt32BitsToSingle(words[s * 8 + 1]);
                        var q = Vector128.Create<short>(weights.Slice(s * 16 + 4, 8));
                        var (lo, hi) = Vector128.Widen(q);
                        var w = Vector256.Create(Vector128.ConvertToSingle(lo), Vector128.ConvertToSingle(hi));
                        sum += w * Vector256.Create(scale);
                        last += weights[s * 16 + 12] * scale;
                    }
                }

                sum.CopyTo(emissions.AsSpan(j * L, 8));
                emissions[j * L + 8] = last;
                continue;
            }

            var row = emissions.AsSpan(j * L, L);
            for (var k = features.Offsets[j]; k < end; k++)
            {
                var s = slots[k];
                if (s >= 0)
                {
                    var scale = BitConverter.UInt32BitsToSingle(words[s * 8 + 1]);
                    var q = weights.Slice(s * 16 + 4, L);
                    for (var y = 0; y < L; y++)
                    {
                        row[y] += q[y] * scale;
                    }
                }
            }
        }

        Viterbi(emissions, _transitions, n, result);
    }

    /// <summary>
    /// Asks for the cache lines of a sentence's slots before probing them: nearly every key is a miss in a table
    /// of megabytes, and the hints let the memory system fetch many at once. Only a hint; no effect on results.
    /// </summary>
    private unsafe void Prefetch(ReadOnlySpan<int> slots)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (ulong* table = &_slots![_slotOffset])
        {
            foreach (var s in slots)
            {
                Sse.Prefetch0(table + s * SlotUlongs);
            }
        }
    }

    private static float[] Dequantize(short[] quantized, float[] scales)
    {
        var weights = new float[quantized.Length];
        for (var i = 0; i < scales.Length; i++)
        {
            for (var y = 0; y < L; y++)
            {
                weights[i * L + y] = quantized[i * L + y] * scales[i];
            }
        }

        return weights;
    }

    private int Find(uint key)
    {
        var entries = _entries;
        var s = (int)(Scramble(key) & (uint)_mask);
        while (true)
        {
            var e = entries[s];
            if (e == 0)
            {
                return -1;
            }

            if ((uint)(e >> 32) == key)
            {
                return (int)(uint)e - 1;
            }

            s = (s + 1) & _mask;
        }
    }

    private static uint Scramble(uint k) => k * 0x9E3779B1u ^ (k >> 15);

    /// <summary>BIO constraint: I-X only continues B-X or I-X. Index <see cref="L"/> as previous means sentence start.</summary>
    public static bool Allowed(int previous, int label)
    {
        if (label == 0 || label % 2 == 1)
        {
            return true;
        }

        return previous != L && (previous == label || previous == label - 1);
    }

    /// <summary>Best label sequence; <paramref name="transitions"/> is (L+1)×L with row L for the start.</summary>
    public static void Viterbi(ReadOnlySpan<float> emissions, ReadOnlySpan<float> transitions, int n, Span<int> output)
    {
        // Disallowed moves as -∞ transitions: a -∞ score never beats the running best (which starts at -∞),
        // exactly as skipping them did, and the inner loop needs no test.
        Span<float> allowed = stackalloc float[(L + 1) * L];
        for (var p = 0; p <= L; p++)
        {
            for (var y = 0; y < L; y++)
            {
                allowed[p * L + y] = Allowed(p, y) ? transitions[p * L + y] : float.NegativeInfinity;
            }
        }

        var score = n <= 256 ? stackalloc float[n * L] : new float[n * L];
        var back = n <= 256 ? stackalloc byte[n * L] : new byte[n * L];
        for (var y = 0; y < L; y++)
        {
            score[y] = Allowed(L, y) ? emissions[y] + allowed[L * L + y] : float.NegativeInfinity;
        }

        for (var j = 1; j < n; j++)
        {
            var previous = score.Slice((j - 1) * L, L);
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < L; p++)
                {
                    var s = previous[p] + allowed[p * L + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[j * L + y] = best + emissions[j * L + y];
                back[j * L + y] = (byte)arg;
            }
        }

        var last = 0;
        for (var y = 1; y < L; y++)
        {
            if (score[(n - 1) * L + y] > score[(n - 1) * L + last])
            {
                last = y;
            }
        }

        for (var j = n - 1; j >= 0; j--)
        {
            output[j] = last;
            last = back[j * L + last];
        }
    }

    public void Save(Stream stream)
    {
        using var z = new GZipStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(z, Encoding.UTF8);
        w.Write(Magic);
        w.Write(L);
        foreach (var t in _transitions)
        {
            w.Write(t);
        }

        w.Write(Keys.Length);
        // Keys sorted and delta-coded so gzip can shrink them.
        var order = Enumerable.Range(0, Keys.Length).OrderBy(i => Keys[i]).ToArray();
        uint prev = 0;
        foreach (var i in order)
        {
            w.Write7BitEncodedInt((int)(Keys[i] - prev));
            prev = Keys[i];
        }

        // One scale per feature row: weights span orders of magnitude across features (bias vs rare words),
        // so a global int16 scale would zero the rare ones.
        var scales = new float[Keys.Length];
        foreach (var i in order)
        {
            var max = 1e-12f;
            for (var y = 0; y < L; y++)
            {
                max = Math.Max(max, Math.Abs(_weights[i * L + y]));
            }

            scales[i] = max / short.MaxValue;
            w.Write(scales[i]);
        }

        // Weights label by label: one label's column compresses better than mixed rows.
        for (var y = 0; y < L; y++)
        {
            foreach (var i in order)
            {
                w.Write7BitEncodedInt(ZigZag((short)Math.Round(_weights[i * L + y] / scales[i])));
            }
        }

        w.Write(Clusters?.Count ?? 0);
        if (Clusters is not null)
        {
            foreach (var (word, c) in Clusters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                w.Write(word);
                w.Write7BitEncodedInt(c);
            }
        }
    }

    public static NerModel Load(Stream model, Gazetteer gazetteer)
    {
        using var z = new GZipStream(model, CompressionMode.Decompress);
        using var r = new BinaryReader(new BufferedStream(z, 1 << 16), Encoding.UTF8);
        if (r.ReadString() != Magic || r.ReadInt32() != L)
        {
            throw new InvalidDataException("not a Marsad NER model (or a different version)");
        }

        var trans = new float[(L + 1) * L];
        for (var i = 0; i < trans.Length; i++)
        {
            trans[i] = r.ReadSingle();
        }

        var n = r.ReadInt32();
        var keys = new uint[n];
        uint prev = 0;
        for (var i = 0; i < n; i++)
        {
            prev += (uint)r.Read7BitEncodedInt();
            keys[i] = prev;
        }

        var scales = new float[n];
        for (var i = 0; i < n; i++)
        {
            scales[i] = r.ReadSingle();
        }

        var quantized = new short[n * L];
        for (var y = 0; y < L; y++)
        {
            for (var i = 0; i < n; i++)
            {
                quantized[i * L + y] = (short)UnZigZag(r.Read7BitEncodedInt());
            }
        }

        var nc = r.ReadInt32();
        Dictionary<string, int>? clusters = nc > 0 ? new Dictionary<string, int>(nc, StringComparer.Ordinal) : null;
        for (var i = 0; i < nc; i++)
        {
            var word = r.ReadString();
            clusters![word] = r.Read7BitEncodedInt();
        }

        return new NerModel(keys, quantized, scales, trans, gazetteer, clusters);
    }

    private static int ZigZag(short v) => (v << 1) ^ (v >> 15);

    private static int UnZigZag(int v) => (v >>> 1) ^ -(v & 1);
}
