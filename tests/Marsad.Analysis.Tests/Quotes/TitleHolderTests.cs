namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// A speaker named only by a title is the person the title names: the name after it, or the last person named before whose
/// role holds it. Sentences written for these tests, shipped models.
/// </summary>
public class TitleHolderTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_title_with_a_nationality_points_back_to_the_person_holding_it()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية الأردني أيمن الصفدي إن التنسيق مع القاهرة مستمر. وأكد الوزير الأردني أن المملكة ستواصل إرسال المساعدات إلى القطاع.");
        var second = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith("المملكة", StringComparison.Ordinal));
        Assert.Equal("الوزير الأردني", second.SpeakerText);
        Assert.Equal(Assert.Single(doc.Entities, e => e.Name == "أيمن الصفدي").Id, second.Speaker);
    }

    [Fact]
    public void A_title_of_another_state_keeps_its_words()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية المصري بدر عبد العاطي إن الاجتماع كان مثمرا. وأكد الوزير الأردني أن بلاده تدعم جهود الوساطة.");
        var second = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith("بلاده", StringComparison.Ordinal));
        Assert.Equal("الوزير الأردني", second.SpeakerText);
    }

    [Fact]
    public void A_lone_president_is_no_chief_executive()
    {
        var doc = models.AnalyzeFacts("وقال الرئيس التنفيذي للشركة هيلج لوند إن الاستثمارات ستزيد هذا العام. ولفت الرئيس إلى أن مصر ملتزمة بسداد مستحقات الشركات.");
        var second = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith("مصر", StringComparison.Ordinal));
        Assert.Equal("الرئيس", second.SpeakerText);
        Assert.NotEqual(Assert.Single(doc.Entities, e => e.Name == "هيلج لوند").Id, second.Speaker);
    }

    [Fact]
    public void The_name_after_a_long_title_is_the_speaker()
    {
        var doc = models.AnalyzeFacts("ويرى الباحث في الشؤون الأفريقية في مركز الدراسات الاستراتيجية محمد عبد الله أن \"الوساطة تملك فرصا كبيرة للنجاح\".");
        Assert.Contains("محمد عبد الله", Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
    }
}
