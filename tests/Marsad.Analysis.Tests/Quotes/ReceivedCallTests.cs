namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// What is said during a phone call: the caller of a call someone received speaks («تلقى … اتصالا من X، أكد خلاله»), and a
/// name after «خلاله» is the speaker without the pronoun. Sentences written for these tests, shipped models.
/// </summary>
public class ReceivedCallTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void During_a_received_call_the_caller_speaks()
    {
        var doc = models.AnalyzeFacts("وأفاد بيان للديوان الملكي بأن الملك تلقى اتصالا هاتفيا من رئيس الوزراء الإيطالي جورجيا ميلوني، أكدت خلاله «حرص بلادها على تعزيز الشراكة مع الأردن».");
        var quote = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("الشراكة", StringComparison.Ordinal));
        Assert.Contains("ميلوني", quote.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void During_a_call_one_made_the_maker_speaks()
    {
        var doc = models.AnalyzeFacts("وأجرى الرئيس التونسي قيس سعيد اتصالا هاتفيا مع نظيره الجزائري، أكد خلاله «عمق العلاقات بين البلدين».");
        var quote = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("العلاقات", StringComparison.Ordinal));
        Assert.Contains("قيس سعيد", quote.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_after_the_pronoun_of_the_call_is_the_speaker()
    {
        var doc = models.AnalyzeFacts("تلقى الرئيس المصري اتصالا هاتفيا من المستشار الألماني أولاف شولتس، جرى خلاله بحث التطورات، وأكد خلاله شولتس أن ألمانيا تدعم جهود التهدئة.");
        var quote = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("ألمانيا", StringComparison.Ordinal));
        Assert.Equal("شولتس", quote.SpeakerText);
    }
}
