namespace Marsad.Analysis.Entities;

/// <summary>
/// Averaged structured perceptron: Viterbi-decode each training sentence, update towards the gold path, average
/// the weights over all steps. Deterministic (fixed shuffling seed), so <c>marsad train ner</c> is reproducible.
/// </summary>
internal sealed class NerTrainer(Gazetteer gazetteer, Dictionary<string, int>? clusters, Action<string>? log = null)
{
    private const int L = NerModel.L;
    private readonly NerFeatures _features = new(gazetteer, clusters);
    private readonly Dictionary<uint, int> _index = [];

    private sealed record Example(int[] Features, int[] Offsets, int[] Gold);

    public NerModel Train(IReadOnlyList<TaggedSentence> train, int epochs, IReadOnlyList<TaggedSentence>? dev = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        var examples = train.Select(s => ToExample(s, grow: true)).ToList();
        var f = _index.Count;
        log?.Invoke($"{examples.Count} sentences, {examples.Sum(e => e.Gold.Length)} tokens, {f} features");
        var w = new float[f * L];
        var acc = new double[f * L];
        var tw = new float[(L + 1) * L];
        var tacc = new double[(L + 1) * L];
        var c = 1.0;
        var rng = new Random(Seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var pred = new int[1024];
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            rng.Shuffle(order);
            var errors = 0;
            foreach (var idx in order)
            {
                var ex = examples[idx];
                var n = ex.Gold.Length;
                if (pred.Length < n)
                {
                    pred = new int[n * 2];
                }

                if (Dropout > 0 || WordDropout > 0)
                {
                    // Feature dropout: some features of each token vanish for this step, so the weights do not all
                    // go to the word's identity and the context, class and lexicon features learn too.
                    ex = Dropped(ex, rng, Dropout, WordDropout);
                }

                var emissions = Emissions(ex, w);
                if (RecallCost > 0 || Margin > 0)
                {
                    // Cost-augmented decoding (recall-oriented, as Mohit et al. 2012 for Arabic NER): missing an
                    // entity costs more than other mistakes, so updates push towards finding names.
                    for (var j = 0; j < n; j++)
                    {
                        for (var y = 0; y < L; y++)
                        {
                            if (y != ex.Gold[j])
                            {
                                emissions[j * L + y] += ex.Gold[j] != 0 && y == 0 ? RecallCost : Margin;
                            }
                        }
                    }
                }

                NerModel.Viterbi(emissions, tw, n, pred);
                for (var j = 0; j < n; j++)
                {
                    var g = ex.Gold[j];
                    var p = pred[j];
                    if (g != p)
                    {
                        errors++;
                        for (var k = ex.Offsets[j]; k < ex.Offsets[j + 1]; k++)
                        {
                            var row = ex.Features[k] * L;
                            w[row + g] += 1;
                            acc[row + g] += c;
                            w[row + p] -= 1;
                            acc[row + p] -= c;
                        }
                    }

                    var gp = j == 0 ? L : ex.Gold[j - 1];
                    var pp = j == 0 ? L : pred[j - 1];
                    if (gp != pp || g != p)
                    {
                        tw[gp * L + g] += 1;
                        tacc[gp * L + g] += c;
                        tw[pp * L + p] -= 1;
                        tacc[pp * L + p] -= c;
                    }
                }

                c++;
            }

            var line = $"epoch {epoch}: {errors} token errors";
            if (dev is not null)
            {
                var model = Average(w, acc, tw, tacc, c, prune: false);
                var f1 = Evaluate(model, dev).Of(null).F;
                DevScores.Add(f1);
                line += $", dev F1 {f1:F4}";
            }

            log?.Invoke(line);
        }

        return Average(w, acc, tw, tacc, c, prune: true, PruneThreshold);
    }

    /// <summary>Scores the full tagger on one document's sentences (in order), adding to <paramref name="score"/>.</summary>
    public static NerScore Evaluate(NerTagger tagger, IReadOnlyList<TaggedSentence> sentences, NerScore? score = null)
    {
        score ??= new NerScore();
        var labels = tagger.Tag([.. sentences.Select(s => s.Words)]);
        for (var i = 0; i < sentences.Count; i++)
        {
            score.Add(sentences[i].Tags, [.. labels[i].Select(t => NerModel.Labels[t])]);
        }

        return score;
    }

    public static NerScore Evaluate(NerModel model, IReadOnlyList<TaggedSentence> sentences)
    {
        var score = new NerScore();
        var scratch = new SentenceFeatures();
        foreach (var s in sentences)
        {
            var tags = model.Tag(s.Words, scratch, s.Votes);
            score.Add(s.Tags, [.. tags.Select(t => NerModel.Labels[t])]);
        }

        return score;
    }

    private NerModel Average(float[] w, double[] acc, float[] tw, double[] tacc, double c, bool prune, float threshold = 0)
    {
        var f = _index.Count;
        var keys = new uint[f];
        foreach (var (key, i) in _index)
        {
            keys[i] = key;
        }

        var avg = new float[f * L];
        for (var i = 0; i < avg.Length; i++)
        {
            avg[i] = (float)(w[i] - acc[i] / c);
        }

        var trans = new float[tw.Length];
        for (var i = 0; i < trans.Length; i++)
        {
            trans[i] = (float)(tw[i] - tacc[i] / c);
        }

        if (!prune)
        {
            return new NerModel(keys, avg, trans, gazetteer, clusters);
        }

        // Drop features whose averaged weights are all negligible: most of the table, little of the accuracy.
        var keep = new List<int>();
        for (var i = 0; i < f; i++)
        {
            var max = 0f;
            for (var y = 0; y < L; y++)
            {
                max = Math.Max(max, Math.Abs(avg[i * L + y]));
            }

            if (max >= threshold)
            {
                keep.Add(i);
            }
        }

        var k2 = new uint[keep.Count];
        var w2 = new float[keep.Count * L];
        for (var r = 0; r < keep.Count; r++)
        {
            k2[r] = keys[keep[r]];
            Array.Copy(avg, keep[r] * L, w2, r * L, L);
        }

        log?.Invoke($"kept {keep.Count} of {f} features");
        return new NerModel(k2, w2, trans, gazetteer, clusters);
    }

    /// <summary>Dev F1 after each epoch (the same as a run with that many epochs: shuffling is seeded).</summary>
    public List<double> DevScores { get; } = [];

    /// <summary>Shuffling seed; models trained with different seeds can be averaged (<see cref="NerModel.Average"/>).</summary>
    public int Seed { get; init; } = 20261129;

    /// <summary>Extra cost of predicting O for an entity token during training.</summary>
    public float RecallCost { get; init; }

    /// <summary>Cost of any other wrong label during training.</summary>
    public float Margin { get; init; }

    public float PruneThreshold { get; init; } = 1e-3f;

    /// <summary>Share of feature occurrences hidden at each training step.</summary>
    public double Dropout { get; init; }

    /// <summary>Share of tokens whose own identity features (see NerFeatures.IdentitySlots) are hidden at each step,
    /// as if the word were unknown.</summary>
    public double WordDropout { get; init; }

    private static Example Dropped(Example ex, Random rng, double p, double q)
    {
        var n = ex.Gold.Length;
        var feats = new List<int>(ex.Features.Length);
        var offsets = new int[n + 1];
        for (var j = 0; j < n; j++)
        {
            offsets[j] = feats.Count;
            var unknown = q > 0 && rng.NextDouble() < q;
            for (var k = ex.Offsets[j]; k < ex.Offsets[j + 1]; k++)
            {
                if (unknown && Array.IndexOf(NerFeatures.IdentitySlots, k - ex.Offsets[j]) >= 0)
                {
                    continue;
                }

                // The bias (first key of each token) always stays.
                if (k == ex.Offsets[j] || p == 0 || rng.NextDouble() >= p)
                {
                    feats.Add(ex.Features[k]);
                }
            }
        }

        offsets[n] = feats.Count;
        return new Example([.. feats], offsets, ex.Gold);
    }

    private static float[] Emissions(Example ex, float[] w)
    {
        var n = ex.Gold.Length;
        var e = new float[n * L];
        for (var j = 0; j < n; j++)
        {
            for (var k = ex.Offsets[j]; k < ex.Offsets[j + 1]; k++)
            {
                var row = ex.Features[k] * L;
                for (var y = 0; y < L; y++)
                {
                    e[j * L + y] += w[row + y];
                }
            }
        }

        return e;
    }

    private Example ToExample(TaggedSentence s, bool grow)
    {
        var sf = new SentenceFeatures();
        _features.Extract(s.Words, sf, s.Votes);
        var n = s.Words.Length;
        var feats = new List<int>(sf.Offsets[n]);
        var offsets = new int[n + 1];
        for (var j = 0; j < n; j++)
        {
            offsets[j] = feats.Count;
            foreach (var key in sf.Of(j))
            {
                if (!_index.TryGetValue(key, out var i))
                {
                    if (!grow)
                    {
                        continue;
                    }

                    i = _index.Count;
                    _index[key] = i;
                }

                feats.Add(i);
            }
        }

        offsets[n] = feats.Count;
        var gold = s.Tags.Select(t => Math.Max(0, Array.IndexOf(NerModel.Labels, t))).ToArray();
        return new Example([.. feats], offsets, gold);
    }
}
