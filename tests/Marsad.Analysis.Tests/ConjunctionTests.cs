using Marsad.Analysis.Quotes;

namespace Marsad.Analysis.Tests;

public class ConjunctionTests
{
    private static string Strip(string word) => new(ArabicWords.StripConjunction(ArabicWords.Fold(word)));

    [Theory]
    [InlineData("وقال", "قال")]
    [InlineData("فقال", "قال")]
    [InlineData("والحكومة", "الحكومه")]
    [InlineData("وأكد", "اكد")]
    [InlineData("فالمتظاهرون", "المتظاهرون")]
    [InlineData("وسخالين", "سخالين")]
    [InlineData("وناشدت", "ناشدت")]
    [InlineData("وأضافوا", "اضافوا")]
    [InlineData("وتابعت", "تابعت")]
    [InlineData("وحمايتهم", "حمايتهم")]
    public void A_conjunction_comes_off(string word, string expected)
    {
        Assert.Equal(expected, Strip(word));
    }

    [Theory]
    [InlineData("فجر")]
    [InlineData("وعود")]
    [InlineData("فيضانات")]
    [InlineData("واسعة")]
    [InlineData("فحسب")]
    [InlineData("وزارة")]
    [InlineData("وصلت")]
    [InlineData("فصائل")]
    [InlineData("فوضى")]
    [InlineData("فائدة")]
    [InlineData("فساد")]
    [InlineData("وكالة")]
    public void A_first_letter_of_the_word_itself_stays(string word)
    {
        Assert.Equal(ArabicWords.Fold(word), Strip(word));
    }
}
