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
}
