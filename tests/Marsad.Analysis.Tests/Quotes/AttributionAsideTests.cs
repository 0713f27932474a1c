namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// «بحسب/وفقا لـ» a statement: an aside of a verb of saying, or the source itself with its issuer. Sentences written for
/// these tests, shipped models.
/// </summary>
public class AttributionAsideTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void An_attribution_aside_after_a_verb_of_saying_is_no_second_quote()
    {
        var doc = models.AnalyzeFacts("وأكد عون، بحسب بيان لمكتب الإعلام في الرئاسة، أن \"الجيش اللبناني يقوم بواجباته كاملة في الجنوب\".");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("عون", quote.SpeakerText);
        Assert.StartsWith("الجيش", doc.Text[quote.Start..quote.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_participle_after_the_aside_goes_on_with_the_speaker()
    {
        var doc = models.AnalyzeFacts("وأكد وزير الخارجية العراقي، بحسب البيان، أن \"العراق يتابع بقلق التصعيد في البحر الأحمر\"، داعيا إلى \"تغليب لغة الحوار والحلول الدبلوماسية\".");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Contains("وزير الخارجية", q.SpeakerText, StringComparison.Ordinal));
    }

    [Fact]
    public void Who_issued_the_statement_is_the_source()
    {
        var doc = models.AnalyzeFacts("وصدر حكم بالسجن ست سنوات بحق مدير سابق في دائرة التسجيل العقاري، وفقا لبيان صادر عن مجلس القضاء الأعلى.");
        Assert.Equal("مجلس القضاء الأعلى", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Theory]
    // A quoted outlet or platform inside the aside of the channel.
    [InlineData("وقالت وزارة الداخلية العراقية، في بيان نشرته على منصة \"إكس\"، إن قواتها \"اعتقلت خمسة مطلوبين\" في بغداد.", "وزارة الداخلية العراقية", "قواتها")]
    [InlineData("وقال المتحدث الرسمي، في تصريح لـ\"الرياض\"، إن \"الأعمال ستنتهي قبل نهاية العام\".", "المتحدث الرسمي", "الأعمال ستنتهي")]
    // A colon after the aside opens the quoted words.
    [InlineData("وقال المفوض العام، في إحاطة قدمها أمس أمام اللجنة الاستشارية في عمان: \"لقد طرقنا كل الأبواب دون جدوى\".", "المفوض العام", "لقد طرقنا")]
    public void What_was_said_follows_an_aside_with_a_quoted_channel_or_a_colon(string sentence, string speaker, string opens)
    {
        var doc = models.AnalyzeFacts(sentence);
        var quote = Assert.Single(doc.Quotes);
        Assert.StartsWith(opens, doc.Text[quote.Start..quote.End], StringComparison.Ordinal);
        Assert.Equal(speaker, quote.SpeakerText);
    }

    [Fact]
    public void A_preposition_inside_a_long_title_before_the_name_does_not_end_the_cue()
    {
        var doc = models.AnalyzeFacts("وقال المشرف العام على المهرجان السيد خالد بن سعيد الغامدي، في تصريح صحفي، إن \"الفعاليات ستستمر عشرة أيام\".");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("الفعاليات ستستمر عشرة أيام", doc.Text[quote.Start..quote.End]);
        Assert.Contains("الغامدي", quote.SpeakerText, StringComparison.Ordinal);
    }
}
