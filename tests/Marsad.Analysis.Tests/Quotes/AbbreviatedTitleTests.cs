namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// The dot of an abbreviated title («د.», «م.») ends no clause, and a speech verb's letters after «أبو», «بن» are a name;
/// who published a statement speaks; a participle joined after a comma ends what the doers demand. Sentences written
/// for these tests, shipped models.
/// </summary>
public class AbbreviatedTitleTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وقال مدير إدارة الشؤون الصحية د. سالم الحربي إن الاستعدادات اكتملت لاستقبال الحجاج.", "د. سالم الحربي")]
    [InlineData("وأوضح الرئيس التنفيذي للشركة م. خالد العتيبي أن الطلب على الكهرباء بلغ ذروته هذا الأسبوع.", "م. خالد العتيبي")]
    public void The_dot_of_an_abbreviated_title_ends_no_speaker(string sentence, string named)
    {
        var doc = models.AnalyzeFacts(sentence);
        var q = Assert.Single(doc.Quotes);
        Assert.EndsWith(named, q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_speech_verb_after_abu_is_a_name()
    {
        var doc = models.AnalyzeFacts("وقال المدير العام يوسف أبو طالب إن الاجتماع ناقش خطة العام المقبل.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("يوسف أبو طالب", q.SpeakerText, StringComparison.Ordinal);
        Assert.Equal("الاجتماع ناقش خطة العام المقبل", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void Who_published_a_statement_speaks()
    {
        var doc = models.AnalyzeFacts("أقال الرئيس التونسي وزير الداخلية، بحسب بيان نشرته رئاسة الجمهورية على صفحتها الرسمية.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("رئاسة الجمهورية", q.SpeakerText);
    }

    [Fact]
    public void A_participle_joined_after_a_comma_ends_what_the_doers_demand()
    {
        var doc = models.AnalyzeFacts("وتظاهر مئات من أنصار المعارضة في العاصمة، مطالبين بالإفراج عن المعتقلين السياسيين، ورافعين شعارات تندد بالمحاكمات.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("الإفراج عن المعتقلين السياسيين", doc.Text[q.Start..q.End]);
    }
}
