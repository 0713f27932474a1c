namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Threats stated in the idioms of news Arabic, and openness or commitment stated: PLOVER THREATEN and AGREE. Sentences
/// written for these tests, shipped models.
/// </summary>
public class StatedIntentTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وقال المتحدث إن الحكومة ستتعامل بكل حزم مع كل من يعبث بأمن البلاد.", "الحكومة")]
    [InlineData("وأكدت الوزارة أن الجيش سيواجه بالقوة أي محاولة لاقتحام الحدود.", "الجيش")]
    [InlineData("وقال إن القوات المسلحة ستواصل العمل بقوة ضد الجماعات الإرهابية.", "القوات")]
    [InlineData("وشدد على أن الحكومة ستتخذ إجراءات صارمة بحق المخالفين.", "الحكومة")]
    [InlineData("وقالت الحركة إن الاحتلال سيدفع الثمن غاليا.", null)]
    [InlineData("وقال الناطق إن هذا الاعتداء لن يمر دون رد.", null)]
    public void A_threat_in_news_idiom_is_a_threat(string sentence, string? doer)
    {
        var doc = models.AnalyzeFacts(sentence);
        var threat = Assert.Single(doc.Events, x => x.Type == "THREATEN");
        if (doer is not null)
        {
            Assert.Contains(doer, threat.SourceText, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("واتخذت الحكومة إجراءات لتحسين الاقتصاد.")]
    [InlineData("وتتعامل الحكومة بحزم مع ملف الفساد.")]
    [InlineData("ومر الموكب دون رد من المتظاهرين.")]
    public void What_is_done_or_said_plainly_is_no_threat(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.DoesNotContain(doc.Events, x => x.Type == "THREATEN");
    }

    [Fact]
    public void First_person_measures_in_a_quote_are_the_speakers_threat()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث باسم التحالف: \"سنتخذ الإجراءات العملياتية اللازمة لحماية المدنيين\".");
        var threat = Assert.Single(doc.Events, x => x.Type == "THREATEN");
        Assert.Equal(Assert.Single(doc.Quotes).SpeakerText, threat.SourceText);
        Assert.Null(threat.TargetText);
    }

    [Theory]
    [InlineData("وقال المتحدث إن الحكومة منفتحة على كل المبادرات الجادة.", "الحكومة")]
    [InlineData("وأكد البيان أن الحزب ملتزم بالاتفاق الموقع.", "الحزب")]
    public void Openness_and_commitment_are_stated_intent(string sentence, string doer)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.Equal(doer, Assert.Single(doc.Events, x => x.Type == "AGREE").SourceText);
    }

    [Fact]
    public void A_committed_band_is_no_commitment()
    {
        var doc = models.AnalyzeFacts("وأحيت الحفل فرقة الكرامة الملتزمة المعروفة في الأوساط الطلابية.");
        Assert.DoesNotContain(doc.Events, x => x.Type == "AGREE");
    }

    [Theory]
    [InlineData("وأكدت طهران أنها جادة في التوصل إلى اتفاق عادل يضمن رفع العقوبات بشكل فعلي.", "RETREAT")]
    [InlineData("ومن المقرر أن تبدأ مفاوضات المرحلة الثانية التي تشمل الإفراج عن باقي المحتجزين.", "RETREAT")]
    [InlineData("وعرضت الحكومة وقف القتال شريطة أن تنسحب الميليشيا من المدن.", "RETREAT")]
    [InlineData("وبحث الجانبان الجدول الزمني لانسحاب قوات التحالف الدولي من البلاد.", "RETREAT")]
    [InlineData("ولمح الوزير الإيراني إلى إمكانية الانسحاب من معاهدة عدم الانتشار.", "RETREAT")]
    public void The_terms_of_a_deal_are_not_acts_done(string sentence, string type)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.True(Assert.Single(doc.Events, x => x.Type == type).Hypothetical);
    }
}
