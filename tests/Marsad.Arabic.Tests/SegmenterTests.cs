using FsCheck.Xunit;

namespace Marsad.Arabic.Tests;

public class SegmenterTests
{
    private static string Seg(string word) => string.Join('+', CliticSegmenter.Default.Split(word));

    [Theory]
    [InlineData("وزير")]
    [InlineData("فلسطين")]
    [InlineData("كابول")]
    [InlineData("لبنان")]
    [InlineData("كان")]
    [InlineData("بين")]
    [InlineData("لكن")]
    [InlineData("الوزير")]
    [InlineData("مدرسة")]
    public void Words_that_only_look_like_clitics_stay_whole(string word) => Assert.Equal(word, Seg(word));

    [Theory]
    [InlineData("والتركية", "و+التركية")]
    [InlineData("بأنقرة", "ب+أنقرة")]
    [InlineData("وتركيا", "و+تركيا")]
    [InlineData("للسلطة", "ل+لسلطة")]
    [InlineData("وبالتالي", "و+ب+التالي")]
    [InlineData("سيكون", "س+يكون")]
    [InlineData("حكومته", "حكومت+ه")]
    [InlineData("عليها", "علي+ها")]
    [InlineData("أنه", "أن+ه")]
    [InlineData("فإن", "ف+إن")]
    [InlineData("بشأن", "ب+شأن")]
    public void Clitics_split_as_UD_Arabic_does(string word, string expected) => Assert.Equal(expected, Seg(word));

    [Fact]
    public void Harakat_stay_with_their_letter()
    {
        var parts = CliticSegmenter.Default.Split("وَالتُّركيّة");
        Assert.Equal("وَ", parts[0]);
        Assert.Equal("وَالتُّركيّة", string.Concat(parts));
    }

    [Theory]
    [InlineData("والتركية", "التركي")]
    [InlineData("بأنقرة", "أنقرة")]
    [InlineData("وتركيا", "تركيا")]
    [InlineData("بتركيا", "تركيا")]
    [InlineData("للسلطة", "السلطة")]
    public void Search_keys_meet(string a, string b) => Assert.Equal(SearchTerms.Key(b), SearchTerms.Key(a));

    [Fact]
    public void Search_keys_keep_different_words_apart() =>
        Assert.NotEqual(SearchTerms.Key("وزير"), SearchTerms.Key("زير"));

    [Fact]
    public void Index_terms_are_space_joined_keys_without_punctuation() =>
        Assert.Equal($"{SearchTerms.Key("وصل")} {SearchTerms.Key("الوفد")} {SearchTerms.Key("بأنقرة")}", SearchTerms.ForIndex("وصل الوفد، بأنقرة."));

    [Property(Arbitrary = [typeof(ArabicTextArbitrary)], MaxTest = 500)]
    public bool The_letter_prefilter_never_hides_a_split(string s)
    {
        Span<int> ends = stackalloc int[CliticSegmenter.MaxParts];
        foreach (var word in s.Split([' ', '\n', '\t', '.', ',', '،'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length >= 2 && Tokenization.ArabicTokenizer.IsArabicLetter(word[0]) && CliticSegmenter.CannotSplit(word))
            {
                if (CliticSegmenter.Default.SegmentUncached(word, ends) != 1)
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Theory]
    [InlineData("والتركيات")]
    [InlineData("وبالمسلمين")]
    [InlineData("للسلطات")]
    [InlineData("حكومته")]
    public void A_memoized_key_equals_the_first_one(string word)
    {
        var stemmer = new LightStemmer(new CliticSegmenter(ArabicLexicon.Default));
        var first = stemmer.Key(word);
        Assert.Equal(first, stemmer.Key(word));
        Assert.NotEmpty(first);
    }
}
