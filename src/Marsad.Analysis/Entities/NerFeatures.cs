namespace Marsad.Analysis.Entities;

/// <summary>Feature keys of one sentence: for token i, <c>Keys[Offsets[i]..Offsets[i+1]]</c>.</summary>
internal sealed class SentenceFeatures
{
    public uint[] Keys = new uint[1024];
    public int[] Offsets = new int[65];
    public int Count;

    /// <summary>Scratch for the tagger: the weight row of each key (-1 when the model has none).</summary>
    public int[] Rows = new int[1024];

    /// <summary>Scratch for extraction: folded words of the padded sentence and, per position, where each starts,
    /// its length, where its stem begins, its shape and its word cluster.</summary>
    public char[] Chars = new char[4096];
    public int[] Start = new int[68];
    public int[] Length = new int[68];
    public int[] Cut = new int[68];
    public int[] Shape = new int[68];
    public int[] Cluster = new int[68];

    public void Prepare(int positions, int chars)
    {
        if (Chars.Length < chars)
        {
            Chars = new char[Math.Max(chars, Chars.Length * 2)];
        }

        if (Start.Length < positions)
        {
            var size = Math.Max(positions, Start.Length * 2);
            Start = new int[size];
            Length = new int[size];
            Cut = new int[size];
            Shape = new int[size];
            Cluster = new int[size];
        }
    }

    public ReadOnlySpan<uint> Of(int token) => Keys.AsSpan(Offsets[token], Offsets[token + 1] - Offsets[token]);
}

/// <summary>
/// Turns a sentence's words into hashed feature keys: words and clitic-stripped stems in a ±2 window, affixes,
/// shape, gazetteer membership around the token and word clusters. Templates are numbered; never renumber one
/// without retraining.
/// </summary>
internal sealed class NerFeatures
{
    private const int Window = 2;

    /// <summary>Positions, within each token's keys, of those that name the word itself (word, stem, bigrams).</summary>
    public static readonly int[] IdentitySlots = [1, 6, 9, 10, 11];

    /// <summary>Keys per token after the vote templates (the cluster templates), when clusters are used.</summary>
    private const int ClusterKeys = 10;

    private readonly Gazetteer _gazetteer;
    private readonly Dictionary<string, int>? _clusters;

    /// <summary>
    /// Clusters by the hash of the word (<see cref="FeatureHash.Of"/>), which extraction computes anyway for the
    /// gazetteer: one probe of a table of numbers, where a table of strings hashes and compares the letters again.
    /// A 64-bit hash of a word outside the list meeting a listed word's is as unlikely as the gazetteer's lookups,
    /// which work the same way.
    /// </summary>
    private readonly Dictionary<ulong, int>? _clustersByHash;

    public NerFeatures(Gazetteer gazetteer, Dictionary<string, int>? clusters)
    {
        _gazetteer = gazetteer;
        _clusters = clusters;
        if (clusters is not null)
        {
            _clustersByHash = new Dictionary<ulong, int>(clusters.Count);
            foreach (var (word, c) in clusters)
            {
                _clustersByHash[FeatureHash.Of(word)] = c;
            }
        }
    }

    /// <summary>True when <paramref name="other"/> extracts the same keys as this (same lexicons, same clusters).</summary>
    public bool SameAs(NerFeatures other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (!ReferenceEquals(_gazetteer, other._gazetteer))
        {
            return false;
        }

        if (_clusters is null || other._clusters is null)
        {
            return _clusters is null && other._clusters is null;
        }

        return ReferenceEquals(_clusters, other._clusters) || (_clusters.Count == other._clusters.Count
            && _clusters.All(p => other._clusters.TryGetValue(p.Key, out var c) && c == p.Value));
    }

    public void Extract(IReadOnlyList<string> words, SentenceFeatures into, byte[]? votes = null)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentNullException.ThrowIfNull(into);
        var n = words.Count;
        var m = n + 2 * Window;
        // Folded forms go into one buffer; position i is chars[start[i]..start[i]+length[i]], its stem begins
        // cut[i] characters in. The padding tokens are written there too, so every template reads a span.
        var totalChars = 16;
        for (var j = 0; j < n; j++)
        {
            totalChars += words[j].Length;
        }

        into.Prepare(m, totalChars);
        // Each word's stem hash, for the gazetteer and the clusters.
        Span<ulong> wordHashes = n <= 512 ? stackalloc ulong[n] : new ulong[n];
        var chars = into.Chars;
        var start = into.Start;
        var length = into.Length;
        var cut = into.Cut;
        var shape = into.Shape;
        var cluster = into.Cluster;
        var used = 0;
        for (var i = 0; i < m; i++)
        {
            var j = i - Window;
            start[i] = used;
            if (j < 0 || j >= n)
            {
                var pad = j < 0 ? "<s>" : "</s>";
                pad.CopyTo(chars.AsSpan(used));
                used += pad.Length;
                length[i] = pad.Length;
                cut[i] = 0;
                shape[i] = 16;
                cluster[i] = -2;
                continue;
            }

            var len = NerText.Normalize(words[j], chars.AsSpan(used, words[j].Length));
            var w = chars.AsSpan(used, len);
            used += len;
            length[i] = len;
            var cl = NerText.CliticLength(w);
            cut[i] = cl;
            shape[i] = NerText.Shape(w);
            var hash = wordHashes[j] = FeatureHash.Of(w[cl..]);
            cluster[i] = _clustersByHash is null ? -1 : _clustersByHash.TryGetValue(hash, out var c) ? c : -1;
        }

        ReadOnlySpan<char> Norm(int i) => chars.AsSpan(start[i], length[i]);
        ReadOnlySpan<char> Stem(int i) => chars.AsSpan(start[i] + cut[i], length[i] - cut[i]);

        Span<GazetteerClass> gb = n <= 512 ? stackalloc GazetteerClass[n] : new GazetteerClass[n];
        Span<GazetteerClass> gi = n <= 512 ? stackalloc GazetteerClass[n] : new GazetteerClass[n];
        Span<byte> glen = n <= 512 ? stackalloc byte[n] : new byte[n];
        _gazetteer.Match(wordHashes, gb, gi, glen);

        if (into.Offsets.Length < n + 1)
        {
            into.Offsets = new int[n * 2 + 1];
        }

        into.Count = n;
        var k = 0;
        for (var j = 0; j < n; j++)
        {
            into.Offsets[j] = k;
            EnsureRoom(into, k + 128);
            var keys = into.Keys;
            var i = j + Window;
            var w0 = Norm(i);
            var s0 = Stem(i);
            keys[k++] = Key(0);
            keys[k++] = Key(1, w0);
            keys[k++] = Key(2, Norm(i - 1));
            keys[k++] = Key(3, Norm(i + 1));
            keys[k++] = Key(4, Norm(i - 2));
            keys[k++] = Key(5, Norm(i + 2));
            keys[k++] = Key(6, s0);
            keys[k++] = Key(7, Stem(i - 1));
            keys[k++] = Key(8, Stem(i + 1));
            // Keys that name the word itself sit at fixed places (IdentitySlots) for word dropout in training.
            keys[k++] = Key(24, Norm(i - 1), w0);
            keys[k++] = Key(25, w0, Norm(i + 1));
            keys[k++] = Key(28, Stem(i - 1), s0);
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

            // Four-letter stem affixes: patterns such as «-يون», «-اوي», «-ستان» and name endings need more than three.
            if (s0.Length > 4)
            {
                keys[k++] = Key(51, s0[..4]);
                keys[k++] = Key(52, s0[^4..]);
            }

            keys[k++] = Key(21, (uint)shape[i]);
            keys[k++] = Key(22, (uint)(shape[i - 1] | (shape[i] << 5) | (shape[i + 1] << 10)));
            keys[k++] = Key(23, (uint)Math.Min(s0.Length, 12));
            keys[k++] = Key(26, Norm(i - 2), Norm(i - 1));
            keys[k++] = Key(27, Norm(i + 1), Norm(i + 2));
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
                k = AddVotes(keys, k, votes, j, n);
            }

            if (_clusters is not null)
            {
                // Fine class (high bits) and coarse class (low byte) of the word and its neighbours.
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

    /// <summary>
    /// The keys <see cref="Extract"/> gives with <paramref name="votes"/>, from those it gave without: the vote
    /// templates go in before each token's cluster templates, so a second pass need not extract a sentence again.
    /// </summary>
    public void WithVotes(ReadOnlySpan<uint> plainKeys, ReadOnlySpan<int> plainOffsets, byte[] votes, SentenceFeatures into)
    {
        ArgumentNullException.ThrowIfNull(votes);
        ArgumentNullException.ThrowIfNull(into);
        var n = plainOffsets.Length - 1;
        var tail = TailKeys;
        if (into.Offsets.Length < n + 1)
        {
            into.Offsets = new int[n * 2 + 1];
        }

        EnsureRoom(into, plainOffsets[n] + n * VoteKeyCount);
        into.Count = n;
        var keys = into.Keys;
        var k = 0;
        for (var j = 0; j < n; j++)
        {
            into.Offsets[j] = k;
            var own = plainKeys[plainOffsets[j]..plainOffsets[j + 1]];
            own[..^tail].CopyTo(keys.AsSpan(k));
            k += own.Length - tail;
            k = AddVotes(keys, k, votes, j, n);
            own[^tail..].CopyTo(keys.AsSpan(k));
            k += tail;
        }

        into.Offsets[n] = k;
    }

    /// <summary>How many keys each token has after its vote keys (the cluster keys).</summary>
    public int TailKeys => _clusters is null ? 0 : ClusterKeys;

    /// <summary>How many vote keys each token has.</summary>
    public const int VoteKeyCount = 3;

    /// <summary>How the first pass tagged the same word elsewhere in the document (see DocumentVotes): token
    /// <paramref name="j"/>'s vote keys, which go in before its <see cref="TailKeys"/>.</summary>
    public static void VoteKeys(byte[] votes, int j, int n, Span<uint> into)
    {
        ArgumentNullException.ThrowIfNull(votes);
        into[0] = Key(60, votes[j]);
        into[1] = Key(61, votes[j], (uint)(j > 0 ? votes[j - 1] : 255));
        into[2] = Key(62, votes[j], (uint)(j + 1 < n ? votes[j + 1] : 255));
    }

    private static int AddVotes(uint[] keys, int k, byte[] votes, int j, int n)
    {
        VoteKeys(votes, j, n, keys.AsSpan(k, VoteKeyCount));
        return k + VoteKeyCount;
    }

    private static uint Fine(int c) => c < 0 ? (uint)(c + 2) << 20 : (uint)(c >> 8) + 2;

    private static uint Coarse(int c) => c < 0 ? (uint)(c + 2) << 20 : (uint)(c & 0xFF) + 2;

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
