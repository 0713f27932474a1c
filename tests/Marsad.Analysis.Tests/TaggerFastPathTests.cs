using Marsad.Analysis.Entities;

namespace Marsad.Analysis.Tests;

/// <summary>
/// The tagger's fast paths (quantized inline weights, vector sums, keys shared between the two passes, Viterbi
/// without branches) against straightforward references on the shipped models: the tags must be the same.
/// </summary>
public class TaggerFastPathTests
{
    // Written for these tests (no corpus text): names, places, organisations, titles, clitics, digits, Latin.
    private static readonly string[] Paragraph =
    [
        "قال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحل السياسي في اليمن .",
        "وأضاف في مؤتمر صحفي بالرياض مع نظيره الأمريكي أنتوني بلينكن أن المحادثات كانت مثمرة .",
        "من جهتها ، أعلنت منظمة الصحة العالمية أن 12 حالة سجلت في جدة والدمام خلال أسبوع .",
        "وأكد بلينكن أن واشنطن ستواصل العمل مع الأمم المتحدة ومجلس التعاون الخليجي .",
        "وكانت وكالة الأنباء السعودية ( واس ) قد نقلت عن مصدر مسؤول أن الاجتماع المقبل في القاهرة .",
        "وشارك في الاجتماع ممثلون عن شركة أرامكو وبنك الرياض وجامعة الملك سعود .",
        "وقال المتحدث باسم الحركة إن حماس لن تشارك في الانتخابات ، بحسب Reuters .",
        "وزار الرئيس المصري عبد الفتاح السيسي العاصمة الأردنية عمان يوم الثلاثاء الماضي .",
    ];

    private static readonly string[][] Sentences = [.. Paragraph.Select(s => s.Split(' '))];

    private static readonly NerTagger Shipped = NerTagger.Load(NerTagger.ModelsDirectory());

    [Fact]
    public void The_shipped_tagger_tags_as_float_weights_extracted_pass_by_pass_do()
    {
        Assert.NotNull(Shipped.Second);
        // Float copies of the same weights (the mean of one model) take the plain table path.
        var first = NerModel.Average([Shipped.Model]);
        var second = NerModel.Average([Shipped.Second!]);
        var scratch = new SentenceFeatures();
        var expected = Sentences.Select(s => first.Tag(s, scratch)).ToArray();
        var votes = DocumentVotes.Compute(Sentences, expected);
        expected = [.. Sentences.Select((s, i) => second.Tag(s, scratch, votes[i]))];

        var actual = Shipped.Tag(Sentences);

        Assert.Equal(expected, actual);
        Assert.Contains(actual, labels => labels.Any(l => l != 0));
    }

    [Fact]
    public void Each_shipped_model_alone_tags_as_its_float_weights_do()
    {
        var first = NerModel.Average([Shipped.Model]);
        var scratch = new SentenceFeatures();
        foreach (var words in Sentences)
        {
            Assert.Equal(first.Tag(words, new SentenceFeatures()), Shipped.Model.Tag(words, scratch));
        }
    }

    [Fact]
    public void A_table_of_two_models_adds_to_each_column_only_the_keys_that_model_has()
    {
        short[] Row(short v) => [.. Enumerable.Repeat(v, NerModel.L)];
        var one = new QuantizedWeights([10, 20], [.. Row(1), .. Row(2)], [1f, 0.5f]);
        var two = new QuantizedWeights([20, 30], [.. Row(4), .. Row(8)], [0.25f, 2f]);
        var table = new NerTable([one, two]);
        uint[] keys = [10, 20, 30, 40];
        var slots = new int[keys.Length];

        table.Find(keys, slots);
        var first = new float[NerModel.L];
        table.Add(slots, 0, first);
        var second = new float[NerModel.L];
        table.Add(slots, 1, second);

        Assert.Equal(-1, slots[3]);
        Assert.Equal(3, slots.Take(3).Distinct().Count());
        Assert.All(first, v => Assert.Equal(1f + 1f, v));
        Assert.All(second, v => Assert.Equal(1f + 16f, v));
    }

    [Fact]
    public void No_two_words_of_the_shipped_clusters_share_a_hash()
    {
        var clusters = Shipped.Model.Clusters;
        Assert.NotNull(clusters);
        Assert.True(clusters.Count > 10_000);
        Assert.Equal(clusters.Count, clusters.Keys.Select(w => FeatureHash.Of(w)).Distinct().Count());
    }

    [Fact]
    public void Adding_votes_to_first_pass_keys_gives_the_keys_of_extracting_with_votes()
    {
        var features = Shipped.Model.Features;
        var random = new Random(7);
        foreach (var words in Sentences)
        {
            var votes = Enumerable.Range(0, words.Length).Select(_ => (byte)random.Next(0, 10)).ToArray();
            var plain = new SentenceFeatures();
            features.Extract(words, plain);
            var direct = new SentenceFeatures();
            features.Extract(words, direct, votes);

            var added = new SentenceFeatures();
            features.WithVotes(plain.Keys.AsSpan(0, plain.Offsets[plain.Count]), plain.Offsets.AsSpan(0, plain.Count + 1), votes, added);

            Assert.Equal(direct.Offsets.AsSpan(0, direct.Count + 1).ToArray(), added.Offsets.AsSpan(0, added.Count + 1).ToArray());
            Assert.Equal(direct.Keys.AsSpan(0, direct.Offsets[direct.Count]).ToArray(), added.Keys.AsSpan(0, added.Offsets[added.Count]).ToArray());
        }
    }

    [Fact]
    public void Extraction_gives_the_same_keys_when_the_scratch_is_reused_across_sentences()
    {
        var features = Shipped.Model.Features;
        var reused = new SentenceFeatures();
        foreach (var words in Sentences.Reverse())
        {
            features.Extract(words, reused);
            var fresh = new SentenceFeatures();
            features.Extract(words, fresh);
            Assert.Equal(fresh.Keys.AsSpan(0, fresh.Offsets[fresh.Count]).ToArray(), reused.Keys.AsSpan(0, reused.Offsets[reused.Count]).ToArray());
        }
    }

    [Fact]
    public void Viterbi_matches_a_decoder_that_tests_every_move()
    {
        var random = new Random(11);
        const int L = NerModel.L;
        for (var trial = 0; trial < 200; trial++)
        {
            var n = random.Next(1, 40);
            var emissions = Enumerable.Range(0, n * L).Select(_ => (float)(random.NextDouble() * 8 - 4)).ToArray();
            // Ties on purpose now and then: the first best move must win in both.
            if (trial % 3 == 0)
            {
                for (var i = 0; i < emissions.Length; i++)
                {
                    emissions[i] = MathF.Round(emissions[i]);
                }
            }

            var transitions = Enumerable.Range(0, (L + 1) * L).Select(_ => (float)Math.Round(random.NextDouble() * 4 - 2, trial % 2)).ToArray();
            var actual = new int[n];
            NerModel.Viterbi(emissions, transitions, n, actual);
            Assert.Equal(ReferenceViterbi(emissions, transitions, n), actual);
        }
    }

    private static int[] ReferenceViterbi(float[] emissions, float[] transitions, int n)
    {
        const int L = NerModel.L;
        var score = new float[n * L];
        var back = new int[n * L];
        for (var y = 0; y < L; y++)
        {
            score[y] = NerModel.Allowed(L, y) ? emissions[y] + transitions[L * L + y] : float.NegativeInfinity;
        }

        for (var j = 1; j < n; j++)
        {
            for (var y = 0; y < L; y++)
            {
                var best = float.NegativeInfinity;
                var arg = 0;
                for (var p = 0; p < L; p++)
                {
                    if (!NerModel.Allowed(p, y))
                    {
                        continue;
                    }

                    var s = score[(j - 1) * L + p] + transitions[p * L + y];
                    if (s > best)
                    {
                        best = s;
                        arg = p;
                    }
                }

                score[j * L + y] = best + emissions[j * L + y];
                back[j * L + y] = arg;
            }
        }

        var output = new int[n];
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

        return output;
    }

    [Fact]
    public void A_phrase_whose_start_is_also_a_phrase_matches_at_its_full_length()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("مجلس", GazetteerClass.Organization);
        gazetteer.Add("مجلس التعاون الخليجي", GazetteerClass.Organization);
        gazetteer.Add("الخليجي", GazetteerClass.Nationality);
        var words = "اجتمع مجلس التعاون الخليجي أمس".Split(' ');
        var buffer = new char[64];
        var hashes = words.Select(w => Gazetteer.WordHash(w, buffer)).ToArray();
        var begin = new GazetteerClass[words.Length];
        var inside = new GazetteerClass[words.Length];
        var length = new byte[words.Length];

        gazetteer.Match(hashes, begin, inside, length);

        Assert.Equal(3, length[1]);
        Assert.Equal(GazetteerClass.Organization, begin[1]);
        Assert.Equal(GazetteerClass.Organization, inside[2]);
        Assert.Equal(GazetteerClass.Nationality, begin[3]);
        Assert.Equal(GazetteerClass.Organization, inside[3]);
        Assert.Equal(GazetteerClass.None, begin[2]);
        Assert.Equal(3, gazetteer.Count);
    }
}
