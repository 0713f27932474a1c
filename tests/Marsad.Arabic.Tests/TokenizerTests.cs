using FsCheck.Xunit;
using Marsad.Arabic.Sentences;
using Marsad.Arabic.Tokenization;
using Marsad.Core;

namespace Marsad.Arabic.Tests;

public class TokenizerTests
{
    private static List<(string Text, TokenKind Kind)> Tokens(string text, ArabicLexicon? lexicon = null) =>
        [.. ArabicTokenizer.Tokenize(text, lexicon).Select(t => (text[t.Start..t.End], t.Kind))];

    [Fact]
    public void Words_punctuation_and_numbers()
    {
        var tokens = Tokens("قال الوزير، إن النمو بلغ ٣٫٥٪ في 2015.");
        Assert.Contains(("الوزير", TokenKind.Word), tokens);
        Assert.Contains(("،", TokenKind.Punctuation), tokens);
        Assert.Contains(("٣٫٥", TokenKind.Number), tokens);
        Assert.Contains(("2015", TokenKind.Number), tokens);
        Assert.Equal((".", TokenKind.Punctuation), tokens[^1]);
    }

    [Theory]
    [InlineData("زوروا https://www.spa.gov.sa/news?id=1. الآن", "https://www.spa.gov.sa/news?id=1", TokenKind.Url)]
    [InlineData("راسلونا على info@example.com اليوم", "info@example.com", TokenKind.Email)]
    [InlineData("وسم #السعودية_تتحدث انتشر", "#السعودية_تتحدث", TokenKind.Hashtag)]
    [InlineData("كتب @KingSalman تغريدة", "@KingSalman", TokenKind.Mention)]
    [InlineData("قمة G20 في الرياض", "G20", TokenKind.Latin)]
    [InlineData("الساعة 6:30 صباحا", "6:30", TokenKind.Number)]
    [InlineData("نسبة 103,7 مليون", "103,7", TokenKind.Number)]
    public void Recognizes_special_tokens(string text, string expected, TokenKind kind) =>
        Assert.Contains((expected, kind), Tokens(text));

    [Fact]
    public void Glued_words_split_when_the_lexicon_is_clear()
    {
        var tokens = Tokens("وذلك علىالرغم من الخلاف", ArabicLexicon.Default);
        Assert.Contains(("على", TokenKind.Word), tokens);
        Assert.Contains(("الرغم", TokenKind.Word), tokens);
    }

    [Fact]
    public void Known_words_are_not_split_as_glued() =>
        Assert.Contains(("المملكة", TokenKind.Word), Tokens("في المملكة", ArabicLexicon.Default));

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)])]
    public bool Tokens_and_gaps_give_back_the_text(string s)
    {
        var tokens = ArabicTokenizer.Tokenize(s, ArabicLexicon.Default);
        var rebuilt = new System.Text.StringBuilder();
        var at = 0;
        foreach (var t in tokens)
        {
            if (t.Start < at || t.End <= t.Start || t.End > s.Length)
            {
                return false;
            }

            var gap = s.AsSpan(at, t.Start - at);
            foreach (var c in gap)
            {
                if (!char.IsWhiteSpace(c) && !ArabicNormalizer.IsInvisible(c))
                {
                    return false; // only spacing may fall between tokens
                }
            }

            rebuilt.Append(gap).Append(s.AsSpan(t.Start, t.End - t.Start));
            at = t.End;
        }

        rebuilt.Append(s.AsSpan(at));
        return rebuilt.ToString() == s;
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)])]
    public bool Sentences_are_ordered_spans_inside_the_text(string s)
    {
        var tokens = ArabicTokenizer.Tokenize(s);
        var sentences = SentenceSplitter.Split(s, tokens);
        var at = 0;
        foreach (var sentence in sentences)
        {
            if (sentence.Start < at || sentence.End <= sentence.Start || sentence.End > s.Length)
            {
                return false;
            }

            at = sentence.End;
        }

        // Every token lies in exactly one sentence.
        return tokens.All(t => sentences.Count(x => x.Start <= t.Start && t.End <= x.End) == 1);
    }

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)])]
    public bool Syntactic_words_tile_their_tokens(string s)
    {
        var seg = ArabicText.Segment(s);
        foreach (var group in seg.Words.GroupBy(w => w.Token))
        {
            var token = seg.Tokens[group.Key];
            var at = token.Start;
            foreach (var w in group)
            {
                if (w.Start != at || w.End <= w.Start)
                {
                    return false;
                }

                at = w.End;
            }

            if (at != token.End)
            {
                return false;
            }
        }

        return seg.Words.Select(w => w.Token).Distinct().Count() == seg.Tokens.Count;
    }

    [Fact]
    public void The_character_class_table_agrees_with_the_predicates_on_every_unit()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var ch = (char)c;
            Assert.Equal(char.IsWhiteSpace(ch) || ArabicNormalizer.IsInvisible(ch), ArabicTokenizer.IsGap(ch));
            Assert.Equal(ArabicTokenizer.IsArabicLetter(ch), ArabicTokenizer.IsArabicLetterFast(ch));
            Assert.Equal(ArabicTokenizer.IsArabicLetter(ch) || ArabicTokenizer.IsWordInner(ch), ArabicTokenizer.IsArabicWordUnit(ch));
        }
    }

    [Fact]
    public void The_block_scan_skips_only_word_units()
    {
        // The vector scan's ranges must lie inside what the scalar scan accepts, or a word would run past its end.
        for (var c = 0x0621; c <= 0x063A; c++)
        {
            Assert.True(ArabicTokenizer.IsArabicWordUnit((char)c), $"U+{c:X4}");
        }

        for (var c = 0x0640; c <= 0x065F; c++)
        {
            Assert.True(ArabicTokenizer.IsArabicWordUnit((char)c), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("الاستراتيجيةُ،والمفاوضاتِ")]
    [InlineData("ببببببببببببببببب ججججج")]
    [InlineData("كلمةٌ طويلةٌ جداًجداًجداً؟")]
    public void Long_words_end_where_the_letters_end(string text)
    {
        var tokens = ArabicTokenizer.Tokenize(text);
        var words = tokens.Where(t => t.Kind == TokenKind.Word).Select(t => text[t.Start..t.End]);
        var expected = text.Split([' ', '،', '؟'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected, words);
    }
}
