using Marsad.Arabic.Conllu;

namespace Marsad.Arabic.Tests;

public class ConlluTests
{
    private static string Write(string text, bool multiword = true)
    {
        var seg = ArabicText.Segment(text);
        var w = new StringWriter();
        ConlluWriter.Write(w, text, seg.Sentences, seg.Tokens, seg.Words, multiwordTokens: multiword);
        return w.ToString();
    }

    [Fact]
    public void Writes_multiword_token_ranges()
    {
        var conllu = Write("زار الوفد أنقرة والتركية.");
        Assert.Contains("# text = زار الوفد أنقرة والتركية.", conllu, StringComparison.Ordinal);
        Assert.Contains("4-5\tوالتركية\t", conllu, StringComparison.Ordinal);
        Assert.Contains("4\tو\t", conllu, StringComparison.Ordinal);
        Assert.Contains("5\tالتركية\t", conllu, StringComparison.Ordinal);
    }

    [Fact]
    public void A_segmentation_scores_perfectly_against_itself()
    {
        var conllu = Write("وصل الوفد إلى أنقرة. وقال الوزير إنه سيعود بالاتفاق.");
        var scores = SegmentationScorer.Score(conllu, conllu);
        Assert.Equal(1.0, scores.Sentences.F1);
        Assert.Equal(1.0, scores.Words.F1);
    }

    [Fact]
    public void Multiword_tokens_align_with_split_gold_by_form()
    {
        const string text = "زار الوفد والتركية.";
        var gold = Write(text, multiword: false);
        var system = Write(text);
        var scores = SegmentationScorer.Score(gold, system);
        Assert.Equal(1.0, scores.Words.F1);
        Assert.True(scores.Tokens.F1 < 1.0); // gold tokens are the clitics themselves
    }

    [Fact]
    public void Missing_split_costs_words()
    {
        const string gold = "1\tو\t_\t_\t_\t_\t0\troot\t_\tSpaceAfter=No\n2\tالتركية\t_\t_\t_\t_\t1\tdep\t_\t_\n\n";
        const string system = "1\tوالتركية\t_\t_\t_\t_\t0\troot\t_\t_\n\n";
        var scores = SegmentationScorer.Score(gold, system);
        Assert.Equal(0, scores.Words.Correct);
        Assert.Equal(2, scores.Words.Gold);
    }
}
