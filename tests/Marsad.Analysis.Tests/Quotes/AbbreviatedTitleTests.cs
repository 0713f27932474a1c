namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// The dot of an abbreviated title («د.», «م.») ends no clause, and a speech verb's letters after «أبو», «بن» are a name.
/// Sentences written for these tests, shipped models.
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
}
