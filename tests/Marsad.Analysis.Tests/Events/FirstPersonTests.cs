namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Verbs in the first person plural inside what someone said: the speaker acts. Sentences written for these tests,
/// shipped models.
/// </summary>
public class FirstPersonTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وقال المتحدث باسم الحركة: \"نرفض أي وصاية على قرارنا الوطني\".", "REJECT")]
    [InlineData("وقال وزير الخارجية الأردني: \"ندين بأشد العبارات هذا الاعتداء\".", "ACCUSE")]
    [InlineData("وقالت رئيسة البعثة: \"نرحب بكل خطوة نحو الحوار\".", "SUPPORT")]
    [InlineData("وقال قائد الجيش: \"سنرد بحزم على أي اعتداء\".", "THREATEN")]
    [InlineData("وأضاف القيادي في الحركة: \"لن نقبل بأي اتفاق منقوص\".", "REJECT")]
    [InlineData("وتابع الوزير مضيفا: \"اتفقنا على تشكيل لجنة مشتركة\".", "AGREE")]
    public void The_speaker_does_what_we_do(string sentence, string type)
    {
        var doc = models.AnalyzeFacts(sentence);
        var quote = Assert.Single(doc.Quotes);
        var e = Assert.Single(doc.Events, x => x.Type == type);
        Assert.NotNull(quote.SpeakerText);
        Assert.Equal(quote.SpeakerText, e.SourceText);
    }

    [Fact]
    public void Whom_we_demand_of_is_the_target_not_the_subject()
    {
        var doc = models.AnalyzeFacts("وقال رئيس الكتلة: \"نطالب الحكومة العراقية بالكشف عن نتائج التحقيق\".");
        var demand = Assert.Single(doc.Events, x => x.Type == "REQUEST");
        Assert.Equal("رئيس الكتلة", demand.SourceText);
        Assert.Equal("الحكومة العراقية", demand.TargetText);
    }

    [Fact]
    public void A_first_person_verb_outside_any_quote_has_no_named_doer()
    {
        var doc = models.AnalyzeFacts("نرفض هذه السياسة جملة وتفصيلا.");
        Assert.Null(Assert.Single(doc.Events, x => x.Type == "REJECT").SourceText);
    }

    [Fact]
    public void An_anthem_is_no_praise()
    {
        var doc = models.AnalyzeFacts("وعزفت الفرقة نشيد الجامعة في ختام الحفل.");
        Assert.DoesNotContain(doc.Events, x => x.Type == "SUPPORT");
    }

    [Fact]
    public void A_first_person_killing_on_a_banner_is_passive_and_no_attack()
    {
        var doc = models.AnalyzeFacts("ورفع المتظاهرون لافتات كتب على إحداها «نقتل بالسلاح الأميركي ونحاصر بقرار أميركي».");
        Assert.DoesNotContain(doc.Events, x => x.Type is "ASSAULT" or "COERCE");
    }
}
