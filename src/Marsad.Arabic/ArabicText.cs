using Marsad.Arabic.Sentences;
using Marsad.Arabic.Tokenization;
using Marsad.Core;

namespace Marsad.Arabic;

/// <summary>Text split into tokens, sentences and syntactic words, all as spans of <see cref="Text"/>.</summary>
public sealed record SegmentedText(string Text, List<Token> Tokens, List<Sentence> Sentences, List<SyntacticWord> Words);

/// <summary>One call for the whole Arabic layer: tokens (glued words split), sentences, clitic segmentation.</summary>
public static class ArabicText
{
    public static SegmentedText Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = ArabicTokenizer.Tokenize(text, ArabicLexicon.Default);
        var sentences = SentenceSplitter.Split(text, tokens);
        var words = new List<SyntacticWord>(tokens.Count + tokens.Count / 4);
        SyntacticWords.Segment(text, tokens, words);
        return new SegmentedText(text, tokens, sentences, words);
    }
}
