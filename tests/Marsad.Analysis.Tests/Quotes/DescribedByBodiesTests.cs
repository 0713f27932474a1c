namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// A ministry that describes something in quoted words («ووصفت وزارة الخارجية … القرار بـ"…"», «… في بيان … بأنه "…"»),
/// not the speaker of the sentence before; accusations only commented on; an arrest by authorities in the genitive.
/// Sentences written for these tests, shipped models.
/// </summary>
public class DescribedByBodiesTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_ministry_describing_a_decision_in_quoted_words_is_the_speaker()
    {
        var doc = models.AnalyzeFacts("ووصفت وزارة الخارجية الجزائرية القرار بـ\"الخطوة الخطيرة\".");
        var said = Assert.Single(doc.Quotes);
        Assert.Equal("وزارة الخارجية الجزائرية", said.SpeakerText);
        Assert.Equal("الخطوة الخطيرة", doc.Text[said.Start..said.End]);
    }

    [Fact]
    public void A_ministry_describing_in_a_statement_is_not_the_previous_speaker()
    {
        var doc = models.AnalyzeFacts("ونقلت الوكالة عن وزير الخارجية الفرنسي جان نويل بارو قوله إن القرار سيئ.\n\nووصفت وزارة الخارجية الجزائرية في بيان توقيف الموظف القنصلي بأنه \"تطور غير مقبول وغير مبرر\".");
        var described = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("تطور غير مقبول", StringComparison.Ordinal));
        Assert.Equal("وزارة الخارجية الجزائرية", described.SpeakerText);
        // The thing described alone after the verb keeps the speaker named before.
        var objectFirst = models.AnalyzeFacts("وقال الوزير خالد العطية إن القرار سيئ. ووصف الاتحاد الأوروبي بأنه شريك مهم.");
        Assert.All(objectFirst.Quotes, q => Assert.Contains("العطية", q.SpeakerText, StringComparison.Ordinal));
    }

    [Fact]
    public void A_quotation_after_a_description_and_another_after_wa_adaf_are_two_quotes()
    {
        var doc = models.AnalyzeFacts("ووصف وزير الخارجية الإيراني المفاوضات بأنها \"عملية أخذ وعطاء\".. وأضاف: \"الاتفاق أدى إلى إنهاء القرارات الستة\".");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.Contains(doc.Quotes, q => doc.Text[q.Start..q.End] == "الاتفاق أدى إلى إنهاء القرارات الستة");
    }

    [Fact]
    public void Accusations_not_commented_on_are_no_new_accusation()
    {
        var doc = models.AnalyzeFacts("ولم تعلق قوات الدعم السريع على الاتهامات حتى الآن.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
        // Criticism aimed at someone, commented on, still tells whom it was aimed at, and not by the commenter.
        var aimed = models.AnalyzeFacts("وأضافت عمران، تعليقا على الانتقادات الموجهة للحزب بشأن تأخره، أنهم خيروا التريث.");
        var criticism = Assert.Single(aimed.Events, e => e.Type == "ACCUSE");
        Assert.Null(criticism.SourceText);
    }
}
