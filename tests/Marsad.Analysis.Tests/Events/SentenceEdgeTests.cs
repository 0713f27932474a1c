namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Sentences that made the coder throw before this session (found by running all 30,897 SaudiNewsNet bodies through
/// `marsad analyze --jsonl`): overlapping names in a subject gap, and a masdar with «بـ» opening a sentence. Sentences
/// written for these tests in the same shape, shipped models.
/// </summary>
public class SentenceEdgeTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void Overlapping_names_in_a_subject_gap_are_read_without_failing()
    {
        var doc = models.AnalyzeFacts("وقعت جامعة الملك عبدالعزيز وجامعة جدة اتفاقية تعاون مع وزارة الصحة.");
        Assert.NotEmpty(doc.Events);
    }

    [Fact]
    public void A_masdar_with_bi_opening_a_sentence_is_read_without_failing()
    {
        var doc = models.AnalyzeFacts("وبدعمه للحوثيين تمكن المتمردون من السيطرة على العاصمة.");
        Assert.Single(doc.Events, e => e.Type == "SUPPORT");
    }
}
