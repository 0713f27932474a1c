using System.Text;
using System.Text.RegularExpressions;

namespace Marsad.Analysis.Entities;

/// <summary>
/// Distributional word classes from unlabeled text, so the tagger generalizes to names it never saw labeled: every
/// frequent word gets a vector of its left and right neighbours, and spherical k-means groups the vectors at two
/// granularities. The value stored per word is <c>fine &lt;&lt; 8 | coarse</c>. Deterministic.
/// </summary>
internal static partial class WordClusters
{
    private const int ContextWords = 3000;
    private const int MaxVocabulary = 40000;
    private const int MinCount = 3;
    private const int MaxContextsPerWord = 120;

    public static Dictionary<string, int> Build(IEnumerable<string> texts, int fine, int coarse, Action<string>? log = null)
    {
        // Sentences of stems (the tagger's clitic-stripped forms).
        var sentences = new List<int[]>();
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var counts = new List<int>();
        var names = new List<string>();
        foreach (var text in texts)
        {
            foreach (var line in text.Split('\n'))
            {
                var words = WordPattern().Matches(line);
                if (words.Count < 3)
                {
                    continue;
                }

                var s = new int[words.Count];
                for (var i = 0; i < s.Length; i++)
                {
                    var w = NerText.Normalize(words[i].Value);
                    var stem = w[NerText.CliticLength(w)..];
                    if (!ids.TryGetValue(stem, out var id))
                    {
                        id = ids.Count;
                        ids[stem] = id;
                        counts.Add(0);
                        names.Add(stem);
                    }

                    counts[id]++;
                    s[i] = id;
                }

                sentences.Add(s);
            }
        }

        var byFreq = Enumerable.Range(0, ids.Count).OrderByDescending(i => counts[i]).ThenBy(i => names[i], StringComparer.Ordinal).ToArray();
        var contextIndex = new Dictionary<int, int>();
        for (var r = 0; r < Math.Min(ContextWords, byFreq.Length); r++)
        {
            contextIndex[byFreq[r]] = r;
        }

        var vocab = byFreq.Where(i => counts[i] >= MinCount).Take(MaxVocabulary).ToArray();
        var row = new Dictionary<int, int>();
        for (var r = 0; r < vocab.Length; r++)
        {
            row[vocab[r]] = r;
        }

        log?.Invoke($"clusters: {sentences.Count} lines, {ids.Count} distinct stems, {vocab.Length} clustered");
        var ctx = new Dictionary<int, float>[vocab.Length];
        for (var r = 0; r < ctx.Length; r++)
        {
            ctx[r] = [];
        }

        foreach (var s in sentences)
        {
            for (var i = 0; i < s.Length; i++)
            {
                if (!row.TryGetValue(s[i], out var r))
                {
                    continue;
                }

                if (i > 0 && contextIndex.TryGetValue(s[i - 1], out var left))
                {
                    ctx[r][left] = ctx[r].GetValueOrDefault(left) + 1;
                }

                if (i + 1 < s.Length && contextIndex.TryGetValue(s[i + 1], out var right))
                {
                    ctx[r][ContextWords + right] = ctx[r].GetValueOrDefault(ContextWords + right) + 1;
                }
            }
        }

        // Sparse, log-scaled, unit-length vectors; keep each word's strongest contexts.
        var vectors = new (int[] Idx, float[] Val)[vocab.Length];
        for (var r = 0; r < vocab.Length; r++)
        {
            var top = ctx[r].OrderByDescending(p => p.Value).ThenBy(p => p.Key).Take(MaxContextsPerWord).OrderBy(p => p.Key).ToArray();
            var val = top.Select(p => (float)Math.Log(1 + p.Value)).ToArray();
            var norm = (float)Math.Sqrt(val.Sum(v => v * v));
            for (var k = 0; k < val.Length; k++)
            {
                val[k] /= norm > 0 ? norm : 1;
            }

            vectors[r] = (top.Select(p => p.Key).ToArray(), val);
        }

        var fineOf = KMeans(vectors, fine, log);
        var coarseOf = KMeans(vectors, coarse, log);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var r = 0; r < vocab.Length; r++)
        {
            result[names[vocab[r]]] = (fineOf[r] << 8) | coarseOf[r];
        }

        return result;
    }

    private static int[] KMeans((int[] Idx, float[] Val)[] vectors, int k, Action<string>? log)
    {
        const int dims = 2 * ContextWords;
        var n = vectors.Length;
        k = Math.Min(k, n);
        var centroids = new float[k * dims];
        // Seeds spread over the frequency ranks, skipping the very top (function words).
        for (var c = 0; c < k; c++)
        {
            var (idx, val) = vectors[(int)((long)c * n / k)];
            for (var j = 0; j < idx.Length; j++)
            {
                centroids[c * dims + idx[j]] = val[j];
            }
        }

        var assign = new int[n];
        for (var iter = 0; iter < 10; iter++)
        {
            var changed = 0;
            Parallel.For(0, n, r =>
            {
                var (idx, val) = vectors[r];
                var best = 0;
                var bestScore = float.NegativeInfinity;
                for (var c = 0; c < k; c++)
                {
                    var s = 0f;
                    var basis = c * dims;
                    for (var j = 0; j < idx.Length; j++)
                    {
                        s += centroids[basis + idx[j]] * val[j];
                    }

                    if (s > bestScore)
                    {
                        bestScore = s;
                        best = c;
                    }
                }

                if (assign[r] != best)
                {
                    Interlocked.Increment(ref changed);
                }

                assign[r] = best;
            });

            Array.Clear(centroids);
            for (var r = 0; r < n; r++)
            {
                var (idx, val) = vectors[r];
                var basis = assign[r] * dims;
                for (var j = 0; j < idx.Length; j++)
                {
                    centroids[basis + idx[j]] += val[j];
                }
            }

            for (var c = 0; c < k; c++)
            {
                var span = centroids.AsSpan(c * dims, dims);
                var norm = 0f;
                foreach (var v in span)
                {
                    norm += v * v;
                }

                norm = MathF.Sqrt(norm);
                if (norm > 0)
                {
                    for (var j = 0; j < span.Length; j++)
                    {
                        span[j] /= norm;
                    }
                }
            }

            log?.Invoke($"k-means k={k} iteration {iter + 1}: {changed} moved");
            if (changed < n / 500)
            {
                break;
            }
        }

        return assign;
    }

    /// <summary>The bodies and titles of ANT corpus articles (TREC-like files).</summary>
    public static IEnumerable<string> AntTexts(string antDir)
    {
        foreach (var file in Directory.EnumerateFiles(antDir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(file, Encoding.UTF8);
            foreach (var tag in new[] { "TITLE", "TEXT" })
            {
                var a = text.IndexOf($"<{tag}>", StringComparison.Ordinal);
                var b = text.IndexOf($"</{tag}>", StringComparison.Ordinal);
                if (a >= 0 && b > a)
                {
                    yield return text[(a + tag.Length + 2)..b];
                }
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
