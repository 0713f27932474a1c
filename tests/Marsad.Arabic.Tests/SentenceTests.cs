using Marsad.Arabic.Sentences;
using Marsad.Arabic.Tokenization;

namespace Marsad.Arabic.Tests;

public class SentenceTests
{
    private static List<string> Sentences(string text) =>
        [.. SentenceSplitter.Split(text, ArabicTokenizer.Tokenize(text)).Select(s => text[s.Start..s.End])];

    [Fact]
    public void Splits_at_period_and_question_mark() =>
        Assert.Equal(["وصل الوفد إلى الرياض.", "هل تنجح المفاوضات؟", "لا أحد يعلم!"], Sentences("وصل الوفد إلى الرياض. هل تنجح المفاوضات؟ لا أحد يعلم!"));

    [Fact]
    public void Arabic_comma_and_semicolon_do_not_end_a_sentence() =>
        Assert.Single(Sentences("قال الوزير، في مؤتمر صحفي؛ إن الاتفاق قريب."));

    [Theory]
    [InlineData("التقى د. أحمد بالوفد أمس.")]
    [InlineData("حاضر أ.د. محمد علي في الجامعة.")]
    [InlineData("وقال م. خالد إن المشروع اكتمل.")]
    [InlineData("بلغ النمو 3.5 في المئة هذا العام.")]
    public void Abbreviations_and_decimals_do_not_end_a_sentence(string text) =>
        Assert.Single(Sentences(text));

    [Fact]
    public void Closing_quote_stays_with_its_sentence()
    {
        var sentences = Sentences("قال: «سنرد بقوة.» ثم غادر القاعة.");
        Assert.Equal(2, sentences.Count);
        Assert.EndsWith("»", sentences[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Paragraph_breaks_end_a_sentence() =>
        Assert.Equal(2, Sentences("عنوان الخبر بلا نقطة\n\nنص الخبر يبدأ هنا.").Count);

    [Fact]
    public void List_numbers_at_line_start_are_not_sentences() =>
        Assert.Equal(["1. خفض الضرائب", "2. رفع الأجور"], Sentences("1. خفض الضرائب\n2. رفع الأجور"));

    [Fact]
    public void Era_mark_after_a_year_ends_the_sentence() =>
        Assert.Equal(2, Sentences("ولد عام 1380 هـ. وتوفي في الرياض.").Count);

    [Fact]
    public void A_quotation_spanning_sentences_stays_one_sentence() =>
        Assert.Single(Sentences("قال الوزير: «نحن على الطريق الصحيح. الاتفاق سيخفض الانبعاثات» أمام الصحفيين."));

    [Fact]
    public void An_unclosed_quotation_does_not_swallow_the_text()
    {
        var text = "قال: «" + string.Concat(Enumerable.Repeat("هذه جملة قصيرة. ", 40));
        Assert.True(Sentences(text).Count > 1);
    }

    [Fact]
    public void An_ellipsis_inside_a_line_is_a_pause() =>
        Assert.Single(Sentences("إن ما تقوله وما تفعله... في الواقع أمر لا يصدق."));
}
