namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Acts told in someone's words whose doer is the speaker: a pronoun on «إن» that agrees with the speech verb, a threat in
/// the future with no one named to carry it out; what a call asks for however far from its verb; whom a call addresses
/// after a long aside. Sentences written for these tests, shipped models.
/// </summary>
public class SpeakerSideTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وقالت القوات الأمريكية إنها قتلت قياديا في تنظيم داعش شرق سوريا.", "ASSAULT", "القوات الأمريكية", "داعش")]
    [InlineData("وقال الجيش الإسرائيلي في بيان إنه اعتقل ثلاثة فلسطينيين في مدينة جنين.", "COERCE", "الجيش الإسرائيلي", "فلسطينيين")]
    [InlineData("وأكد الحوثيون أنهم استهدفوا سفينة تابعة لشركة يونانية في البحر الأحمر.", "ASSAULT", "الحوثيون", null)]
    public void A_pronoun_on_inna_that_agrees_with_the_speech_verb_is_the_doer(string sentence, string type, string doer, string? done)
    {
        var doc = models.AnalyzeFacts(sentence);
        var act = Assert.Single(doc.Events, e => e.Type == type);
        Assert.Equal(doer, act.SourceText);
        if (done is not null)
        {
            Assert.Contains(done, act.TargetText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_masculine_pronoun_after_a_feminine_verb_is_the_pronoun_of_the_matter()
    {
        var doc = models.AnalyzeFacts("وأعلنت وزارة الصحة أنه قتل ثلاثة أشخاص في الغارة على البلدة.");
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(killing.SourceText);
        Assert.Contains("أشخاص", killing.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقال الرئيس التركي إن من يحاول تخريب هذه العملية سيدفع الثمن غاليا.", "الرئيس التركي")]
    [InlineData("وحذر وزير الخارجية الإيراني من أن أي قرار جديد ضد بلاده في مجلس محافظي الوكالة الدولية للطاقة الذرية سيقابل برد مناسب.", "وزير الخارجية الإيراني")]
    public void A_threat_in_the_future_with_no_doer_named_is_the_speakers(string sentence, string speaker)
    {
        var doc = models.AnalyzeFacts(sentence);
        var threat = Assert.Single(doc.Events, e => e.Type == "THREATEN");
        Assert.Equal(speaker, threat.SourceText);
    }

    [Fact]
    public void Any_act_opened_by_ayy_is_what_the_response_will_meet()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث إن أي قرار جديد ضد إيران في مجلس محافظي الوكالة الدولية للطاقة الذرية سيقابل برد مناسب.");
        var threat = Assert.Single(doc.Events, e => e.Type == "THREATEN");
        Assert.Contains("الوكالة الدولية للطاقة الذرية", threat.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_masdar_far_into_what_a_call_asks_for_is_asked_for()
    {
        var doc = models.AnalyzeFacts("من جهته، دعا الأمين العام للأمم المتحدة أنطونيو غوتيريش طرفي النزاع إلى وقف فوري لإطلاق النار والسماح بوصول المساعدات الإنسانية دون عوائق.");
        Assert.All(doc.Events.Where(e => e.Type is "AID" or "RETREAT"), e => Assert.True(e.Hypothetical));
        Assert.Contains(doc.Events, e => e.Type == "AID");
    }

    [Fact]
    public void A_killing_named_in_a_demand_for_an_inquiry_still_happened()
    {
        var doc = models.AnalyzeFacts("وطالبت نقابة الصحفيين السلطات بفتح تحقيق شفاف في مقتل المصور الصحفي أحمد منصور برصاص قوات الأمن.");
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.False(killing.Hypothetical);
    }

    [Theory]
    [InlineData("وطالب الرئيس اللبناني، خلال استقباله السفير الأمريكي ميشال عيسى في قصر بعبدا، الولايات المتحدة بالضغط على إسرائيل.", "الولايات المتحدة")]
    [InlineData("ودعا قادة دول الخليج، في البيان الختامي للقمة التي عقدت في الرياض، إيران إلى وقف تدخلاتها في شؤون المنطقة.", "إيران")]
    public void Whom_a_call_addresses_may_follow_a_long_aside(string sentence, string addressed)
    {
        var doc = models.AnalyzeFacts(sentence);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal(addressed, call.TargetText);
    }

    [Fact]
    public void A_name_stops_before_by_whose_fire()
    {
        var doc = models.AnalyzeFacts("وقتل الشاب محمد علي برصاص الشرطة في المدينة.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("برصاص", StringComparison.Ordinal));
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("الشرطة", killing.SourceText);
        Assert.Contains("محمد علي", killing.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_people_of_a_nationality_in_the_dual_are_its_civilians()
    {
        var doc = models.AnalyzeFacts("وقتل فلسطينيان برصاص الجيش الإسرائيلي شرق مدينة غزة.");
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("الجيش الإسرائيلي", killing.SourceText);
        Assert.Equal("فلسطينيان", killing.TargetText);
        Assert.Equal("PSECVL", killing.TargetCode);
    }

    [Fact]
    public void Whom_a_condemned_killing_befell_does_not_condemn()
    {
        var doc = models.AnalyzeFacts("وأدانت النقابة مقتل المصور الصحفي أحمد منصور برصاص قوات الأمن.");
        var condemnation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.DoesNotContain("منصور", condemnation.SourceText ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void The_genitive_of_a_strike_with_an_object_after_it_did_it()
    {
        var doc = models.AnalyzeFacts("وكانت الخارجية السعودية قد أدانت استهداف الحوثيين منشأة نفطية في محافظة شبوة.");
        var condemnation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Contains("الحوثيين", condemnation.TargetText, StringComparison.Ordinal);
    }
}
