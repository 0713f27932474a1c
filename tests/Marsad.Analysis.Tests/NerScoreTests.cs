using Marsad.Analysis.Entities;

namespace Marsad.Analysis.Tests;

public class NerScoreTests
{
    [Fact]
    public void An_inside_tag_after_outside_starts_a_chunk_as_conlleval_does()
    {
        var chunks = NerScore.Chunks(["O", "I-PER", "I-PER", "O"]);
        Assert.Equal([(1, 3, "PER")], chunks);
    }

    [Fact]
    public void A_type_change_inside_a_run_splits_it()
    {
        var chunks = NerScore.Chunks(["B-ORG", "I-LOC"]);
        Assert.Equal(2, chunks.Count);
    }

    [Fact]
    public void A_partly_matching_entity_counts_as_both_a_false_positive_and_a_miss()
    {
        var score = new NerScore();
        score.Add(["B-PER", "I-PER", "O"], ["B-PER", "O", "O"]);
        var (p, r, f, support) = score.Of(null);
        Assert.Equal((0.0, 0.0, 0.0, 1), (p, r, f, support));
    }

    [Theory]
    [InlineData("B-PERS", "B-PER")]
    [InlineData("I-MIS1", "I-MISC")]
    [InlineData("B-GPE", "B-LOC")]
    [InlineData("I--ORG", "I-ORG")]
    [InlineData("OO", "O")]
    public void Corpus_tags_map_to_the_tagger_set(string tag, string expected)
    {
        Assert.Equal(expected, NerCorpus.MapTag(tag));
    }
}
