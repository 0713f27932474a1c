namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Acts named as a cause, a response or a kind: who died in shelling «جراء قصف», who undertook an act «أقدم … على»,
/// an act a strike answered («ردا على»), criticism given as the cause of a dismissal, «عنصر دعم» (a support element),
/// units of the army. Sentences written for these tests, shipped models.
/// </summary>
public class CauseAndResponseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void Who_died_in_shelling_is_whom_it_fell_on()
    {
        var doc = models.AnalyzeFacts("ولقي خمسة مدنيين حتفهم جراء قصف مدفعي استهدف سوقا شعبيا في مدينة الفاشر.");
        var shelling = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(shelling.SourceText);
        Assert.Equal("خمسة مدنيين", shelling.TargetText);
    }

    [Fact]
    public void Who_undertook_an_act_did_it()
    {
        var doc = models.AnalyzeFacts("وأقدم مسلحون مجهولون على خطف ثلاثة عمال إغاثة في مدينة سبها.");
        var kidnapping = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Contains("مسلحون", kidnapping.SourceText, StringComparison.Ordinal);
        Assert.Contains("ثلاثة عمال", kidnapping.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_act_a_strike_answered_lends_it_no_target()
    {
        var doc = models.AnalyzeFacts("وقال الجيش الإسرائيلي في بيان إنه استهدف \"بنى تحتية يستخدمها نظام الحوثي\"، مضيفا أن الضربات جاءت ردا على إطلاق صاروخ باليستي باتجاه مطار بن غوريون.");
        Assert.DoesNotContain(doc.Events, e => e.TargetText is { } t && t.Contains("بن غوريون", StringComparison.Ordinal));
    }

    [Fact]
    public void Criticism_given_as_a_cause_is_not_the_dismissed_ministers()
    {
        var doc = models.AnalyzeFacts("وكان الرئيس قد أقال، الشهر الماضي، وزير الداخلية إبراهيم مراد إثر انتقادات واسعة لإدارة أزمة حرائق الغابات.");
        Assert.All(doc.Events.Where(e => e.Type == "ACCUSE"), e => Assert.Null(e.SourceText));
    }

    [Fact]
    public void A_support_element_is_no_support_given_and_army_units_arrest()
    {
        var doc = models.AnalyzeFacts("وأعلنت الوزارة أن وحدات الجيش أوقفت 14 عنصر دعم للجماعات الإرهابية.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "SUPPORT");
        Assert.Equal("وحدات الجيش", Assert.Single(doc.Events, e => e.Type == "COERCE").SourceText);
        var backers = models.AnalyzeFacts("ودعا الرئيس مجموعات تدعم الاتفاق إلى مواصلة الضغط.");
        Assert.Contains(backers.Events, e => e.Type == "SUPPORT");
    }
}
