namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Clashes whose two sides follow a time and a place, names written with the conjunction, captives' remains handed over,
/// and a long-titled subject between a verb and the rest of its fixed phrase. Sentences written for these tests, shipped
/// models.
/// </summary>
public class ClashAndReleaseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void The_sides_of_a_clash_may_follow_its_time_and_place()
    {
        var doc = models.AnalyzeFacts("واندلعت اشتباكات عنيفة مساء أمس في مدينة الفاشر غرب البلاد بين الجيش السوداني وقوات الدعم السريع.");
        var clash = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("الجيش السوداني", clash.SourceText);
        Assert.Contains("الدعم السريع", clash.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Talks_named_far_before_between_take_no_sides_from_it()
    {
        var doc = models.AnalyzeFacts("وتناولت المباحثات التي جرت في العاصمة العمانية مسقط أمس سبل تعزيز العلاقات بين البلدين.");
        Assert.All(doc.Events.Where(e => e.Type == "CONSULT"), e => Assert.Null(e.SourceText));
    }

    [Fact]
    public void A_name_written_with_the_conjunction_starts_after_it()
    {
        var doc = models.AnalyzeFacts("وأكد صندوق النقد الدولي والبنك الدولي أن النمو سيتباطأ.");
        var bank = Assert.Single(doc.Entities, e => e.Name.Contains("البنك الدولي", StringComparison.Ordinal));
        Assert.All(bank.Mentions, m => Assert.NotEqual('و', doc.Text[m.Start]));
    }

    [Theory]
    [InlineData("وسلمت حركة الجهاد الإسلامي مساء أمس جثة أسير إلى اللجنة الدولية للصليب الأحمر في رفح.", "الجهاد")]
    [InlineData("وسلمت كتائب القسام رفات ثلاثة رهائن إلى الصليب الأحمر.", "القسام")]
    public void Handing_over_captives_or_their_remains_is_a_release(string sentence, string by)
    {
        var doc = models.AnalyzeFacts(sentence);
        var release = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Equal("release", release.Mode);
        Assert.Contains(by, release.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Handing_over_a_city_is_no_release()
    {
        var doc = models.AnalyzeFacts("وسلم الجيش المدينة إلى قوات الأمن المحلية.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "RETREAT");
    }

    [Fact]
    public void A_long_titled_subject_stands_between_a_verb_and_the_rest_of_its_phrase()
    {
        var doc = models.AnalyzeFacts("وأعلن رئيس المجلس العسكري الانتقالي في تشاد الجنرال محمد إدريس ديبي وقف إطلاق النار في شرق البلاد.");
        var ceasefire = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Equal("ceasefire", ceasefire.Mode);
        Assert.Contains("محمد إدريس ديبي", ceasefire.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_approximated_count_after_an_is_the_subject_of_the_verb_after_it()
    {
        var doc = models.AnalyzeFacts("وقال رئيس المجلس البلدي إن نحو 40 مستوطنا اقتحموا أطراف البلدة واعتدوا على الأهالي بالحجارة.");
        var attack = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("40 مستوطنا", attack.SourceText);
    }

    [Fact]
    public void What_a_body_is_held_responsible_for_is_no_part_of_its_name()
    {
        var doc = models.AnalyzeFacts("وأدانت الخارجية الفلسطينية الاعتداء، محملة حكومة الاحتلال المسؤولية الكاملة عن التصعيد.");
        Assert.Contains(doc.Entities, e => e.Name == "حكومة الاحتلال");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("المسؤولية", StringComparison.Ordinal));
    }

    [Fact]
    public void A_response_promised_in_the_passive_is_the_speakers_threat_at_the_aggressor()
    {
        var doc = models.AnalyzeFacts("وحذر المتحدث باسم الجيش الإيراني من أن \"أي اعتداء أمريكي جديد سيقابل برد حازم\".");
        var threat = Assert.Single(doc.Events, e => e.Type == "THREATEN");
        Assert.Contains("الجيش الإيراني", threat.SourceText, StringComparison.Ordinal);
        Assert.Equal("USA", threat.TargetCode);
    }

    [Fact]
    public void A_message_that_calls_on_someone_is_its_senders_call()
    {
        var doc = models.AnalyzeFacts("وسلم المبعوث الأممي رسالة من الأمم المتحدة تدعو الحكومة السودانية إلى فتح المعابر أمام المساعدات.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("الأمم المتحدة", call.SourceText);
        Assert.Equal("الحكومة السودانية", call.TargetText);
        Assert.Contains(doc.Quotes, q => q.SpeakerText == "الأمم المتحدة");
    }

    [Fact]
    public void Joined_doers_of_a_sanction_are_not_its_target()
    {
        var doc = models.AnalyzeFacts("وفرضت فرنسا وألمانيا عقوبات على قادة قوات الدعم السريع.");
        var sanction = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("فرنسا", sanction.SourceText);
        Assert.NotEqual("ألمانيا", sanction.TargetText);
    }

    [Fact]
    public void Who_welcomes_a_decision_says_what_the_participle_after_it_says()
    {
        var doc = models.AnalyzeFacts("رحبت تونس بقرار مجلس الأمن بشأن ليبيا، معتبرة أنه خطوة مهمة نحو الحل السياسي.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("تونس", quote.SpeakerText);
    }
}
