namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// A call («دعا إلى», «طالب بـ») whose addressee and preposition come after an aside, a call with whom it is to as a pronoun
/// on the verb, and plural participles. Sentences written for these tests, shipped models.
/// </summary>
public class CallAfterAsideTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private static string Content(Marsad.Core.Document doc, Marsad.Core.Quote q) => doc.Text[q.Start..q.End];

    [Theory]
    // An attribution, a statement and a time between commas, then whom the call is to and its preposition.
    [InlineData("وطالب وزير الخارجية الأردني، وفق بيان الوزارة، المجتمع الدولي بممارسة ضغوط حقيقية لوقف الحرب.", "وزير الخارجية الأردني", "ممارسة ضغوط حقيقية لوقف الحرب")]
    [InlineData("وطالب السفير، في تغريدة على منصة \"إكس\"، الدول المانحة بـ\"استئناف التمويل فورا\".", "السفير", "استئناف التمويل فورا")]
    [InlineData("ودعت المنظمة، في بيان مساء الأحد، الأطراف المتحاربة إلى «وقف القصف العشوائي على الأحياء».", "المنظمة", "وقف القصف العشوائي على الأحياء")]
    public void The_call_goes_on_after_an_aside(string sentence, string speaker, string content)
    {
        var doc = models.AnalyzeFacts(sentence);
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal(content, Content(doc, quote));
        Assert.StartsWith(speaker, quote.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_preposition_may_follow_an_aside_naming_some_addressees()
    {
        var doc = models.AnalyzeFacts("ودعا المفوض الأممي الدول الأوروبية، وفي مقدمتها فرنسا وألمانيا، إلى \"فتح ممرات آمنة للمهاجرين\".");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("فتح ممرات آمنة للمهاجرين", Content(doc, quote));
        Assert.Contains("المفوض", quote.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pronoun_on_the_verb_is_whom_the_call_is_to()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث إن الاجتماع كان صريحا. واتصل الرئيس التونسي بنظيره الفرنسي، وطالبه بـ\"موقف أوروبي حازم\".");
        var call = Assert.Single(doc.Quotes, q => Content(doc, q) == "موقف أوروبي حازم");
        Assert.Equal("الرئيس التونسي", call.SpeakerText);
    }

    [Theory]
    [InlineData("وألقى المدرب محاضرة على لاعبيه حثهم فيها على الالتزام بالتعليمات.")]
    [InlineData("ويستغل دعاة التطرف وسائل التواصل للوصول إلى الشباب.")]
    public void A_describing_clause_or_a_plural_noun_is_no_call(string sentence)
    {
        Assert.Empty(models.AnalyzeFacts(sentence).Quotes);
    }

    [Fact]
    public void A_plural_participle_calls()
    {
        var doc = models.AnalyzeFacts("وتظاهر المئات أمام البرلمان، مطالبين الحكومة بإلغاء القرار.");
        Assert.Equal("إلغاء القرار", Content(doc, Assert.Single(doc.Quotes)));
    }
}
