using Marsad.Analysis.Entities;

namespace Marsad.Analysis.Tests;

public class TaggerTrainingTests
{
    private static readonly TaggedSentence[] Tiny =
    [
        new(["زار", "سمير", "خوري", "بيروت", "."], ["O", "B-PER", "I-PER", "B-LOC", "O"]),
        new(["قال", "سمير", "خوري", "إن", "بيروت", "آمنة", "."], ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"]),
        new(["غادر", "ناجي", "حداد", "دمشق", "."], ["O", "B-PER", "I-PER", "B-LOC", "O"]),
    ];

    [Fact]
    public void A_model_survives_saving_and_loading_with_the_same_predictions()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("بيروت", GazetteerClass.City);
        var model = new NerTrainer(gazetteer, null).Train(Tiny, 5);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = NerModel.Load(stream, gazetteer);
        var scratch = new SentenceFeatures();
        foreach (var s in Tiny)
        {
            Assert.Equal(model.Tag(s.Words, scratch), loaded.Tag(s.Words, scratch));
        }
    }

    [Fact]
    public void Training_learns_its_own_small_corpus()
    {
        var model = new NerTrainer(new Gazetteer(), null).Train(Tiny, 8);
        Assert.Equal(1.0, NerTrainer.Evaluate(model, Tiny).Of(null).F);
    }

    [Fact]
    public void Training_with_dropout_is_reproducible_for_a_seed()
    {
        // marsad train ner must rebuild byte-identical models: the dropout draws come from the seeded generator.
        byte[] Trained()
        {
            var model = new NerTrainer(new Gazetteer(), null) { Dropout = 0.25, WordDropout = 0.2, Seed = 7 }.Train(Tiny, 6);
            using var stream = new MemoryStream();
            model.Save(stream);
            return stream.ToArray();
        }

        Assert.Equal(Trained(), Trained());
    }

    [Fact]
    public void Decoding_never_starts_an_entity_with_an_inside_tag()
    {
        // Emissions that favour I-PER everywhere: the constraint must still give a valid BIO sequence.
        var n = 3;
        var emissions = new float[n * NerModel.L];
        for (var j = 0; j < n; j++)
        {
            emissions[j * NerModel.L + 2] = 10;
        }

        var output = new int[n];
        NerModel.Viterbi(emissions, new float[(NerModel.L + 1) * NerModel.L], n, output);
        var tags = output.Select(t => NerModel.Labels[t]).ToArray();
        Assert.NotEqual("I-PER", tags[0]);
        for (var j = 1; j < n; j++)
        {
            Assert.True(NerModel.Allowed(output[j - 1], output[j]));
        }
    }

    [Fact]
    public void Gazetteer_phrases_match_through_clitics_and_mark_begin_and_inside()
    {
        var gazetteer = new Gazetteer();
        gazetteer.Add("الولايات المتحدة", GazetteerClass.State);
        var words = new[] { "وقالت", "والولايات", "المتحدة", "أمس" };
        var buf = new char[64];
        var hashes = words.Select(w => Gazetteer.WordHash(w, buf)).ToArray();
        var begin = new GazetteerClass[4];
        var inside = new GazetteerClass[4];
        var length = new byte[4];
        gazetteer.Match(hashes, begin, inside, length);
        Assert.Equal(GazetteerClass.State, begin[1]);
        Assert.Equal(GazetteerClass.State, inside[2]);
        Assert.Equal(GazetteerClass.None, begin[0] | inside[0] | begin[3] | inside[3]);
    }

    [Fact]
    public void Fallback_tokens_split_punctuation_but_keep_decimals()
    {
        const string text = "قال «بلينكن»: النمو 3.5 في المئة.";
        var tokens = TextTokens.Split(text).Select(t => text[t.Start..t.End]).ToArray();
        Assert.Contains("«", tokens);
        Assert.Contains("بلينكن", tokens);
        Assert.Contains("3.5", tokens);
        Assert.Equal(".", tokens[^1]);
    }
}
