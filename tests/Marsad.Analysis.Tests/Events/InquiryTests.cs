namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Inquiries, questioning, cases sent to court and regret over another's act: PLOVER ACCUSE. Sentences written for these
/// tests, shipped models.
/// </summary>
public class InquiryTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("ووجه رئيس الوزراء بتشكيل لجنة تحقيق في أحداث الجامعة.", "investigate")]
    [InlineData("وأعلن البرلمان تشكيل لجنة لتقصي الحقائق حول الانفجار.", "investigate")]
    [InlineData("واستجوب المحقق العدلي وزير المالية السابق أمس.", "investigate")]
    [InlineData("وقالت الشرطة إن المتهمين أحيلوا إلى القضاء بعد انتهاء التحقيقات الأولية.", "allege")]
    public void An_inquiry_or_a_case_sent_to_court_is_an_accusation(string sentence, string mode)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.Contains(doc.Events, x => x.Type == "ACCUSE" && x.Mode == mode);
    }

    [Fact]
    public void Retirement_is_no_charge()
    {
        var doc = models.AnalyzeFacts("وأحيل اللواء إلى التقاعد بعد خدمة طويلة.");
        Assert.DoesNotContain(doc.Events, x => x.Type == "ACCUSE");
    }

    [Fact]
    public void Regret_over_a_decision_is_aimed_at_whose_decision_it_is()
    {
        var doc = models.AnalyzeFacts("وأعربت وزارة الخارجية الجزائرية عن أسفها لقرار الحكومة الفرنسية.");
        var regret = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Equal("وزارة الخارجية الجزائرية", regret.SourceText);
        Assert.Equal("الحكومة الفرنسية", regret.TargetText);
    }

    [Fact]
    public void A_title_that_runs_into_the_next_name_is_that_persons()
    {
        var doc = models.AnalyzeFacts("واستجوب المحقق العدلي طارق البيطار رئيس الحكومة السابق حسان دياب.");
        var judge = Assert.Single(doc.Entities, e => e.Name.Contains("البيطار", StringComparison.Ordinal));
        Assert.Empty(judge.Roles);
        var questioned = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Contains("البيطار", questioned.SourceText, StringComparison.Ordinal);
        Assert.Contains("دياب", questioned.TargetText, StringComparison.Ordinal);
    }
}
