namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// What was said after «قوله» and an aside set off by commas, a name something is known by (no one's words), and a
/// speaker phrase that reaches a quotation's «بـ». Sentences written for these tests, shipped models.
/// </summary>
public class RelayAsideTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void What_was_said_after_qawluh_and_an_aside_starts_after_inna()
    {
        var doc = models.AnalyzeFacts("ونقلت وكالة \"إرنا\" الرسمية عن عراقجي قوله، خلال لقائه نظيره العماني بدر البوسعيدي في طهران، إن \"الطرف الأمريكي هو من انسحب من طاولة الحوار\".");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("الطرف الأمريكي هو من انسحب من طاولة الحوار", doc.Text[quote.Start..quote.End]);
        Assert.Equal("عراقجي", quote.SpeakerText);
    }

    [Theory]
    [InlineData("أصدرت محكمة الاستئناف أحكاما بحق 37 متهما في القضية المعروفة إعلاميا بـ\"التآمر على أمن الدولة\"، من بينهم قياديون بارزون.")]
    [InlineData("وشاركت الفرق في الحملة الوطنية المعروفة باسم \"معا لحماية أطفالنا من العنف\" طوال الشهر.")]
    public void A_name_something_is_known_by_is_no_ones_words(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.Empty(doc.Quotes);
    }

    [Fact]
    public void A_call_joined_after_quoted_praise_keeps_the_subject_without_the_ba()
    {
        var doc = models.AnalyzeFacts("كما أشادت السفارة الأمريكية بـ\"سير الانتخابات بشكل سلمي\"، وحثت القوى السياسية على الحوار.");
        Assert.All(doc.Quotes, q => Assert.Equal("السفارة الأمريكية", q.SpeakerText));
        Assert.Equal(2, doc.Quotes.Count);
    }
}
