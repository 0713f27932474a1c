namespace Marsad.Analysis.Entities;

/// <summary>Feature keys of one sentence: for token i, <c>Keys[Offsets[i]..Offsets[i+1]]</c>.</summary>
internal sealed class SentenceFeatures
{
    public uint[] Keys = new uint[1024];
    public int[] Offsets = new int[65];
    public int Count;

    public ReadOnlySpan<uint> Of(int token) => Keys.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}

/// <summary>
/// Turns a sentence's words into hashed feature keys: words and clitic-stripped stems in a ±2 window, affixes,
/// shape, gazetteer membership around the token and word clusters. Templates are numbered; never renumber one
/// without retraining.
/// </summary>
internal sealed class NerFeatures(Gazetteer gazetteer, IReadOnlyDictionary<string, int>? clusters)
{
    private const int Window = 2;

    public void Extract(IReadOnlyList<string> words, SentenceFeatures into, byte[]? votes = null)
    {
        var n = words.Count;
        var norm = new string[n + 2 * Window];
        var stem = new string[n + 2 * Window];
        var shape = new int[n + 2 * Window];
        var cluster = new int[n + 2 * Window];
        for (var i = 0; i < norm.Length; i++)
        {
            var j = i - Window;
            if (j < 0 || j >= n)
            {
                norm[i] = stem[i] = j < 0 ? "<s>" : "</s>";
                shape[i] = 16;
                cluster[i] = -2;
                continue;
            }

            var w = NerText.Normalize(words[j]);
            norm[i] = w;
            var cl = NerText.CliticLength(w);
            stem[i] = cl == 0 ? w : w[cl..];
            shape[i] = NerText.Shape(w);
            cluster[i] = clusters is null ? -1 : clusters.TryGetValue(stem[i], out var c) ? c : -1;
        }

        Span<ulong> wordHashes = n <= 512 ? stackalloc ulong[n] : new ulong[n];
        for (var j = 0; j < n; j++)
        {
            wordHashes[j] = FeatureHash.Of(stem[j + Window]);
        }

        Span<GazetteerClass> gb = n <= 512 ? stackalloc GazetteerClass[n] : new GazetteerClass[n];
        Span<GazetteerClass> gi = n <= 512 ? stackalloc GazetteerClass[n] : new GazetteerClass[n];
        Span<byte> glen = n <= 512 ? stackalloc byte[n] : new byte[n];
        gazetteer.Match(wordHashes, gb, gi, glen);

        if (into.Offsets.Length < n + 1)
        {
            into.Offsets = new int[n * 2 + 1];
        }

        into.Count = n;
        var k = 0;
        for (var j = 0; j < n; j++)
        {
            into.Offsets[j] = k;
            EnsureRoom(into, k + 96);
            var keys = into.Keys;
            var i = j + Window;
            var w0 = norm[i].AsSpan();
            var s0 = stem[i].AsSpan();
            keys[k++] = Key(0);
            keys[k++] = Key(1, w0);
            keys[k++] = Key(2, norm[i - 1]);
            keys[k++] = Key(3, norm[i + 1]);
            keys[k++] = Key(4, norm[i - 2]);
            keys[k++] = Key(5, norm[i + 2]);
            keys[k++] = Key(6, s0);
            keys[k++] = Key(7, stem[i - 1]);
            keys[k++] = Key(8, stem[i + 1]);
            for (var a = 1; a <= 3; a++)
            {
                if (w0.Length > a)
                {
                    keys[k++] = Key(8 + a, w0[..a]);
                    keys[k++] = Key(11 + a, w0[^a..]);
                }

                if (s0.Length > a)
                {
                    keys[k++] = Key(14 + a, s0[..a]);
                    keys[k++] = Key(17 + a, s0[^a..]);
                }
            }

            keys[k++] = Key(21, (uint)shape[i]);
            keys[k++] = Key(22, (uint)(shape[i - 1] | (shape[i] << 5) | (shape[i + 1] << 10)));
            keys[k++] = Key(23, (uint)Math.Min(s0.Length, 12));
            keys[k++] = Key(24, norm[i - 1], w0);
            keys[k++] = Key(25, w0, norm[i + 1]);
            keys[k++] = Key(26, norm[i - 2], norm[i - 1]);
            keys[k++] = Key(27, norm[i + 1], norm[i + 2]);
            keys[k++] = Key(28, stem[i - 1], s0);
            keys[k++] = Key(29, w0[..(w0.Length - s0.Length)]);
            if (j == 0)
            {
                keys[k++] = Key(30);
            }

            // Gazetteer classes of this token and its neighbours, as begin/inside and phrase length.
            k = AddGazetteer(keys, k, 31, gb[j], gi[j]);
            if (gb[j] != 0)
            {
                keys[k++] = Key(32, (uint)((int)gb[j] | (Math.Min((int)glen[j], 4) << 8)));
            }

            if (j > 0)
            {
                k = AddGazetteer(keys, k, 33, gb[j - 1], gi[j - 1]);
            }

            if (j + 1 < n)
            {
                k = AddGazetteer(keys, k, 34, gb[j + 1], gi[j + 1]);
            }

            if (j > 0 && (gb[j - 1] & (GazetteerClass.Title | GazetteerClass.Nationality)) != 0)
            {
                keys[k++] = Key(35, (uint)gb[j - 1], s0[..Math.Min(2, s0.Length)]);
            }

            if (votes is not null)
            {
                // How the first pass tagged the same word elsewhere in the document (see DocumentVotes).
                keys[k++] = Key(60, votes[j]);
                keys[k++] = Key(61, votes[j], (uint)(j > 0 ? votes[j - 1] : 255));
                keys[k++] = Key(62, votes[j], (uint)(j + 1 < n ? votes[j + 1] : 255));
            }

            if (clusters is not null)
            {
                // Fine class (high bits) and coarse class (low byte) of the word and its neighbours.
                uint Fine(int c) => c < 0 ? (uint)(c + 2) << 20 : (uint)(c >> 8) + 2;
                uint Coarse(int c) => c < 0 ? (uint)(c + 2) << 20 : (uint)(c & 0xFF) + 2;
                keys[k++] = Key(36, Fine(cluster[i]));
                keys[k++] = Key(37, Fine(cluster[i - 1]));
                keys[k++] = Key(38, Fine(cluster[i + 1]));
                keys[k++] = Key(39, Coarse(cluster[i - 1]), Coarse(cluster[i]));
                keys[k++] = Key(40, Coarse(cluster[i]), Coarse(cluster[i + 1]));
                keys[k++] = Key(41, Coarse(cluster[i]));
                keys[k++] = Key(42, Fine(cluster[i - 1]), Fine(cluster[i]));
                keys[k++] = Key(43, Fine(cluster[i]), Fine(cluster[i + 1]));
                keys[k++] = Key(44, Coarse(cluster[i - 2]));
                keys[k++] = Key(45, Coarse(cluster[i + 2]));
            }
        }

        into.Offsets[n] = k;
    }

    private static int AddGazetteer(uint[] keys, int k, int template, GazetteerClass begin, GazetteerClass inside)
    {
        for (var b = 0; b < 8; b++)
        {
            var bit = (GazetteerClass)(1 << b);
            if ((begin & bit) != 0)
            {
                keys[k++] = Key(template, (uint)(b * 2));
            }

            if ((inside & bit) != 0)
            {
                keys[k++] = Key(template, (uint)(b * 2 + 1));
            }
        }

        return k;
    }

    private static void EnsureRoom(SentenceFeatures f, int size)
    {
        if (f.Keys.Length < size)
        {
            Array.Resize(ref f.Keys, Math.Max(size, f.Keys.Length * 2));
        }
    }

    private static uint Key(int t) => FeatureHash.Key(FeatureHash.Start(t));

    private static uint Key(int t, ReadOnlySpan<char> a) => FeatureHash.Key(FeatureHash.Add(FeatureHash.Start(t), a));

    private static uint Key(int t, ReadOnlySpan<char> a, ReadOnlySpan<char> b) =>
        FeatureHash.Key(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(t), a), b));

    private static uint Key(int t, uint v) => FeatureHash.Key(FeatureHash.Mix(FeatureHash.Start(t), v));

    private static uint Key(int t, uint v, uint u) => FeatureHash.Key(FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(t), v), u));

    private static uint Key(int t, uint v, ReadOnlySpan<char> a) => FeatureHash.Key(FeatureHash.Add(FeatureHash.Mix(FeatureHash.Start(t), v), a));
}
