namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// A subject written before the verb of saying, after «غير أن», «لكن» or «فيما» (subject, verb, object): it speaks, and the
/// noun after the verb is whom it accuses or calls on. Sentences written for these tests, shipped models.
/// </summary>
public class FrontedSubjectTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void After_ghayr_anna_the_name_before_the_verb_calls()
    {
        var doc = models.AnalyzeFacts("غير أن وزير الخارجية الأردني أيمن الصفدي دعا الطرفين إلى \"وقف التصعيد فورا\".");
        Assert.Contains("أيمن الصفدي", Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Contains("أيمن الصفدي", call.SourceText, StringComparison.Ordinal);
        Assert.Equal("الطرفين", call.TargetText);
    }

    [Fact]
    public void After_lakin_the_name_before_the_verb_accuses()
    {
        var doc = models.AnalyzeFacts("لكن رئيس الوزراء العراقي محمد شياع السوداني اتهم الفصائل المسلحة بـ\"تقويض هيبة الدولة\".");
        Assert.Contains("السوداني", Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Contains("السوداني", accusation.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_before_its_subject_keeps_the_subject_after_it()
    {
        var doc = models.AnalyzeFacts("وأضاف أن الاتفاق صامد، ودعا وزير الخارجية المصري بدر عبد العاطي الأطراف إلى \"ضبط النفس\".");
        var quote = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].Contains("ضبط", StringComparison.Ordinal));
        Assert.Contains("بدر عبد العاطي", quote.SpeakerText, StringComparison.Ordinal);
    }
}
