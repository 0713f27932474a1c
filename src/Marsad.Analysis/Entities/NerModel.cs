using System.IO.Compression;
using System.Runtime.Intrinsics;
using System.Text;

namespace Marsad.Analysis.Entities;

/// <summary>
/// The trained tagger: a first-order structured perceptron over hashed features, decoded with Viterbi under BIO
/// constraints. A loaded model keeps its weights as stored (int16 rows with a scale each) and tags through a
/// <see cref="NerTable"/>.
/// </summary>
internal sealed class NerModel
{
    public static readonly string[] Labels = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];
    public const int L = 9;
    private const string Magic = "MARSAD-NER/1";

    /// <summary>
    /// Open-addressing table of a float model: key in the high half, row + 1 in the low half (0 = empty), so a probe
    /// reads one cache line instead of a key array and a row array. Built on first use for a loaded model, which
    /// tags through <see cref="Table"/> and needs it only to be averaged or saved.
    /// </summary>
    private ulong[]? _entries;
    private float[]? _weights;
    private readonly float[] _transitions;

    /// <summary>A loaded model's weights as stored (null for models made in memory, whose weights are floats).</summary>
    private readonly QuantizedWeights? _quantized;
    private NerTable? _table;

    public NerModel(uint[] keys, float[] weights, float[] transitions, Gazetteer gazetteer, Dictionary<string, int>? clusters)
        : this(keys, transitions, gazetteer, clusters)
    {
        ArgumentNullException.ThrowIfNull(weights);
        _weights = weights;
    }

    private NerModel(QuantizedWeights quantized, float[] transitions, Gazetteer gazetteer, Dictionary<string, int>? clusters)
        : this(quantized.Keys, transitions, gazetteer, clusters) => _quantized = quantized;

    private NerModel(uint[] keys, float[] transitions, Gazetteer gazetteer, Dictionary<string, int>? clusters)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _transitions = transitions;
        Gazetteer = gazetteer;
        Clusters = clusters;
        Features = new NerFeatures(gazetteer, clusters);
        FeatureCount = keys.Length;
        Keys = keys;
    }

    public Gazetteer Gazetteer { get; }

    public Dictionary<string, int>? Clusters { get; }

    public NerFeatures Features { get; }

    public int FeatureCount { get; }

    private uint[] Keys { get; }

    /// <summary>The weights as stored, when this model was loaded from a file.</summary>
    public QuantizedWeights? Quantized => _quantized;

    public ReadOnlySpan<float> Transitions => _transitions;

    /// <summary>Float weights, row by row (dequantized on first use for a loaded model).</summary>
    private float[] Weights => LazyInitializer.EnsureInitialized(ref _weights, () => Dequantize(_quantized!.Weights, _quantized.Scales));

    /// <summary>The lookup table of a loaded model, built on first use.</summary>
    private NerTable? Table => _quantized is null ? null : LazyInitializer.EnsureInitialized(ref _table, () => new NerTable([_quantized]));

    private ulong[] Entries => LazyInitializer.EnsureInitialized(ref _entries, BuildEntries);

    private ulong[] BuildEntries()
    {
        var cap = 1;
        while (cap < Keys.Length * 2)
        {
            cap <<= 1;
        }

        var mask = cap - 1;
        var entries = new ulong[cap];
        for (var r = 0; r < Keys.Length; r++)
        {
            var s = (int)(NerTable.Scramble(Keys[r]) & (uint)mask);
            while (entries[s] != 0)
            {
                s = (s + 1) & mask;
            }

            entries[s] = ((ulong)Keys[r] << 32) | (uint)(r + 1);
        }

        return entries;
    }

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
                    row[y] += m.Weights[r * L + y] / models.Count;
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

        if (Table is { } table)
        {
            TagQuantized(table, features, result);
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
        var weights = Weights;
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

    private void TagQuantized(NerTable table, SentenceFeatures features, int[] result)
    {
        var n = features.Count;
        var total = features.Offsets[n];
        if (features.Rows.Length < total)
        {
            features.Rows = new int[Math.Max(total, features.Rows.Length * 2)];
        }

        var slots = features.Rows.AsSpan(0, total);
        table.Find(features.Keys.AsSpan(0, total), slots);
        var emissions = new float[n * L];
        for (var j = 0; j < n; j++)
        {
            table.Add(slots[features.Offsets[j]..features.Offsets[j + 1]], 0, emissions.AsSpan(j * L, L));
        }

        Viterbi(emissions, _transitions, n, result);
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
        var entries = Entries;
        var mask = entries.Length - 1;
        var s = (int)(NerTable.Scramble(key) & (uint)mask);
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

            s = (s + 1) & mask;
        }
    }

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
            if (Vector256.IsHardwareAccelerated)
            {
                // Labels 0–7 in one vector, label 8 alone. Each lane runs the scalar loop's comparisons in the same
                // order (previous labels ascending, a strictly better score wins), so scores and choices are the same.
                var best = Vector256.Create(float.NegativeInfinity);
                var arg = Vector256<int>.Zero;
                var best8 = float.NegativeInfinity;
                var arg8 = 0;
                for (var p = 0; p < L; p++)
                {
                    var moves = allowed.Slice(p * L, L);
                    var s = Vector256.Create(previous[p]) + Vector256.Create<float>(moves);
                    var better = Vector256.GreaterThan(s, best);
                    best = Vector256.ConditionalSelect(better, s, best);
                    arg = Vector256.ConditionalSelect(better.AsInt32(), Vector256.Create(p), arg);
                    var s8 = previous[p] + moves[8];
                    if (s8 > best8)
                    {
                        (best8, arg8) = (s8, p);
                    }
                }

                var row = score.Slice(j * L, L);
                (best + Vector256.Create<float>(emissions.Slice(j * L, 8))).CopyTo(row);
                row[8] = best8 + emissions[j * L + 8];
                for (var y = 0; y < 8; y++)
                {
                    back[j * L + y] = (byte)arg[y];
                }

                back[j * L + 8] = (byte)arg8;
                continue;
            }

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
                max = Math.Max(max, Math.Abs(Weights[i * L + y]));
            }

            scales[i] = max / short.MaxValue;
            w.Write(scales[i]);
        }

        // Weights label by label: one label's column compresses better than mixed rows.
        for (var y = 0; y < L; y++)
        {
            foreach (var i in order)
            {
                w.Write7BitEncodedInt(ZigZag((short)Math.Round(Weights[i * L + y] / scales[i])));
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

        return new NerModel(new QuantizedWeights(keys, quantized, scales), trans, gazetteer, clusters);
    }

    private static int ZigZag(short v) => (v << 1) ^ (v >> 15);

    private static int UnZigZag(int v) => (v >>> 1) ^ -(v & 1);
}
