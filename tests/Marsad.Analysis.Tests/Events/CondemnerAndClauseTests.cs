namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Who condemns goes on speaking, also with the subject before «قد» and a manner adverb after it; a new subject after a
/// comma with its own object; a denial before a comma does not negate the next clause; what a call asks for goes on past
/// a comma; monitors, juntas' heads, roads and «القضاء على». Sentences written for these tests, shipped models.
/// </summary>
public class CondemnerAndClauseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_denial_before_a_comma_does_not_negate_the_next_clause()
    {
        var doc = models.AnalyzeFacts("ونفت الجزائر الاتهامات، واتهمت الرباط بالتصعيد.");
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("الجزائر", accusation.SourceText);
        Assert.Equal("الرباط", accusation.TargetText);
    }

    [Fact]
    public void A_new_subject_with_its_own_object_after_a_comma_condemns_and_speaks()
    {
        var doc = models.AnalyzeFacts("إلى ذلك، شنت طائرات إسرائيلية غارات على مواقع عسكرية في ريف دمشق، ودانت وزارة الخارجية السورية الغارات، واصفة إياها بأنها \"انتهاك صارخ للسيادة السورية\".");
        var condemnation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("وزارة الخارجية السورية", condemnation.SourceText);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("وزارة الخارجية السورية", q.SpeakerText);
    }

    [Fact]
    public void Who_condemned_before_qad_goes_on_speaking()
    {
        var doc = models.AnalyzeFacts("وكانت الخارجية السعودية قد أدانت الأسبوع الماضي استهداف الحوثيين منشأة نفطية في محافظة شبوة، معتبرة أن ذلك الهجوم يمثل تصعيدا خطيرا.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("الخارجية السعودية", q.SpeakerText);
    }

    [Fact]
    public void A_manner_adverb_ends_who_condemns()
    {
        var doc = models.AnalyzeFacts("وأدانت المنامة بشدة تلك التصريحات المؤسفة، مؤكدة أنها ستتخذ جميع الإجراءات اللازمة.");
        Assert.All(doc.Quotes, q => Assert.Equal("المنامة", q.SpeakerText));
        Assert.NotEmpty(doc.Quotes);
    }

    [Fact]
    public void A_masdar_joined_after_the_comma_that_ends_a_demand_is_asked_for()
    {
        var doc = models.AnalyzeFacts("وطالب الوزير المصري الجانب الأمريكي بممارسة ضغوط على الحكومة الإسرائيلية للسماح بدخول المساعدات الإنسانية دون قيود، وإعادة فتح معبر رفح من الجانب الفلسطيني.");
        Assert.All(doc.Events.Where(e => e.Type == "RETREAT"), e => Assert.True(e.Hypothetical));
        Assert.Contains(doc.Events, e => e.Type == "RETREAT");
    }

    [Fact]
    public void The_syrian_observatory_is_a_monitor_not_the_syrian_state()
    {
        var doc = models.AnalyzeFacts("واتهم المرصد السوري لحقوق الإنسان عناصر من قوات الأمن العام بتنفيذ إعدامات ميدانية في ريف حماة، داعيا الحكومة إلى محاسبة المتورطين.");
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("المرصد السوري لحقوق الإنسان", accusation.SourceText);
        Assert.Equal("SYRNGO", accusation.SourceCode);
        Assert.Equal("المرصد السوري لحقوق الإنسان", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void Wiping_out_is_no_judiciary()
    {
        var doc = models.AnalyzeFacts("من جانبه، تعهد الرئيس الصومالي حسن شيخ محمود بالقضاء على الإرهاب.");
        Assert.All(doc.Events, e => Assert.NotEqual("JUD", e.TargetCode));
    }

    [Fact]
    public void The_ends_of_a_road_are_no_sides_of_an_attack()
    {
        var doc = models.AnalyzeFacts("وأعلنت جماعة نصرة الإسلام والمسلمين مسؤوليتها عن هجوم استهدف قافلة وقود على الطريق بين باماكو وسيغو.");
        var attack = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(attack.TargetText);
        Assert.Contains("نصرة الإسلام", attack.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_head_of_nigers_junta_is_coded()
    {
        var doc = models.AnalyzeFacts("واتهم رئيس المجلس العسكري في النيجر الجنرال عبد الرحمن تياني باريس بدعم الإرهابيين في منطقة الساحل.");
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("NERGOV", accusation.SourceCode);
        Assert.Equal("FRA", accusation.TargetCode);
    }

    [Fact]
    public void A_place_named_before_a_killing_did_not_kill()
    {
        var doc = models.AnalyzeFacts("واتهمت شبكة أطباء السودان قوات الدعم السريع بارتكاب جرائم في قرى محيطة بمدينة بارا، مشيرة إلى مقتل 47 مدنيا على الأقل.");
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.NotEqual("بارا", killing.SourceText);
        Assert.Contains("مدنيا", killing.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ورفعت السلطات الحصار عن المدينة بعد ثلاثة أشهر.", false)]
    [InlineData("وأكد المتحدث أن العمليات ستستمر حتى رفع الحصار عن غزة.", true)]
    public void Lifting_a_blockade_eases_it_and_until_it_is_lifted_it_has_not_been(string sentence, bool hypothetical)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.DoesNotContain(doc.Events, e => e.Type == "COERCE");
        var easing = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Equal("ease", easing.Mode);
        Assert.Equal(hypothetical, easing.Hypothetical);
    }

    [Fact]
    public void A_noun_of_an_act_has_no_genitive_past_a_comma()
    {
        var doc = models.AnalyzeFacts("من جهتها، دانت لجنة حماية الصحفيين عملية الاغتيال، وطالبت السلطات العراقية بإجراء تحقيق شفاف.");
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(killing.TargetText);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Contains("السلطات العراقية", call.TargetText, StringComparison.Ordinal);
    }
}
