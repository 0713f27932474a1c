namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Who met, called, agreed or asked whom when the clause is long: a subject between «توصل» and «إلى اتفاق», a guest after
/// a time and a place set off by commas, talks held «في اتصال هاتفي» by the clause's subject with its object, a meeting
/// on the speaker's masdar («خلال لقائه»), a call joined after words quoted with «بـ», a resolution that asks. Sentences
/// written for these tests, shipped models.
/// </summary>
public class MeetingAndCallTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void An_agreement_reached_after_a_long_subject_and_a_time_is_agreed_by_both()
    {
        var doc = models.AnalyzeFacts("توصلت الحكومة اليمنية وجماعة الحوثي، مساء اليوم الأحد، إلى اتفاق لتبادل نحو 400 أسير.");
        var agreement = Assert.Single(doc.Events, e => e.Type == "AGREE");
        Assert.Equal("الحكومة اليمنية", agreement.SourceText);
        Assert.Contains("جماعة الحوثي", agreement.TargetText, StringComparison.Ordinal);
        Assert.False(agreement.Hypothetical);
    }

    [Fact]
    public void Support_expressed_after_the_subject_is_read_over_it()
    {
        var doc = models.AnalyzeFacts("وأعرب الرئيس الفرنسي عن دعمه للحكومة اللبنانية في مواجهة الأزمة.");
        var support = Assert.Single(doc.Events, e => e.Type == "SUPPORT");
        Assert.Equal("الرئيس الفرنسي", support.SourceText);
    }

    [Fact]
    public void A_guest_after_a_time_and_a_palace_set_off_by_commas_is_the_visitor()
    {
        var doc = models.AnalyzeFacts("استقبل العاهل الأردني الملك عبد الله الثاني، اليوم الثلاثاء، في قصر الحسينية، الرئيس الفلسطيني محمود عباس.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("محمود عباس", visit.SourceText, StringComparison.Ordinal);
        Assert.Contains("عبد الله الثاني", visit.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_after_a_time_aside_is_the_guest_not_the_hosts_title()
    {
        var doc = models.AnalyzeFacts("استقبل الوزير سامح شكري، اليوم الأربعاء، السفير عمر صديق، وزير الخارجية السوداني، بمقر الوزارة.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("عمر صديق", visit.SourceText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وهنأ الرئيس الإيراني مسعود بزشكيان نظيره العراقي عبد اللطيف رشيد في اتصال هاتفي بنجاح الانتخابات.")]
    [InlineData("وأكد الرئيس الإيراني مسعود بزشكيان لنظيره العراقي عبد اللطيف رشيد في اتصال هاتفي دعم بلاده.")]
    public void A_call_the_clause_was_held_in_is_its_subjects_with_its_object(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        var call = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("مسعود بزشكيان", call.SourceText, StringComparison.Ordinal);
        Assert.Contains("عبد اللطيف رشيد", call.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_right_after_the_speaker_with_no_comma_is_the_speakers()
    {
        var doc = models.AnalyzeFacts("وقال الرئيس المصري في اتصال هاتفي إن مصر تدعم لبنان.");
        var call = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal("الرئيس المصري", call.SourceText);
    }

    [Theory]
    [InlineData("وقال عراقجي خلال لقائه نظيره العماني بدر البوسعيدي إن الطرف الأمريكي انسحب من الحوار.", "عراقجي", "بدر البوسعيدي")]
    [InlineData("وأكد الرئيس المصري، خلال لقائه السفير البريطاني، أن بلاده تدعم الحل.", "الرئيس المصري", "السفير البريطاني")]
    public void A_meeting_on_the_speakers_masdar_is_the_speakers_with_whom_follows(string sentence, string host, string met)
    {
        var doc = models.AnalyzeFacts(sentence);
        var meeting = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal(host, meeting.SourceText);
        Assert.Contains(met, meeting.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_joined_after_quoted_praise_is_the_praisers_and_whom_it_urges_said_nothing()
    {
        var doc = models.AnalyzeFacts("كما أشادت السفارة الأمريكية بـ\"سير الانتخابات بشكل سلمي\"، وحثت القوى السياسية على تشكيل حكومة.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("السفارة الأمريكية", call.SourceText);
        Assert.Equal("القوى السياسية", call.TargetText);
        Assert.All(doc.Quotes, q => Assert.Equal("السفارة الأمريكية", q.SpeakerText));
        Assert.Contains(doc.Quotes, q => doc.Text[q.Start..q.End] == "سير الانتخابات بشكل سلمي");
    }

    [Fact]
    public void A_resolution_asks_for_whoever_adopted_it_and_the_name_after_the_verb_is_whom_it_asks()
    {
        var doc = models.AnalyzeFacts("وتبنى مجلس الأمن قرارا يدعو إسرائيل إلى الانسحاب من المنطقة العازلة.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("مجلس الأمن", call.SourceText);
        Assert.Equal("إسرائيل", call.TargetText);
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("مجلس الأمن", quote.SpeakerText);
    }

    [Fact]
    public void A_statement_that_says_is_still_its_issuers()
    {
        var doc = models.AnalyzeFacts("وأصدرت وزارة الخارجية السعودية بيانا قالت فيه إن المملكة تدين الهجوم.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("وزارة الخارجية السعودية", quote.SpeakerText);
    }

    [Fact]
    public void Whom_a_release_is_asked_for_is_not_whom_the_demand_is_made_of()
    {
        var doc = models.AnalyzeFacts("وقالت الخارجية إن التوقيف مرفوض، مطالبة بالإفراج الفوري عن السفير.");
        var demand = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Null(demand.TargetText);
    }

    [Fact]
    public void Brandishing_a_blow_after_a_refusal_and_a_comma_is_a_threat()
    {
        var doc = models.AnalyzeFacts("وحذر رئيس الوزراء الإسرائيلي من أن إسرائيل \"لن تسمح لإيران بإعادة بناء برنامجها النووي\"، ملوحا بتوجيه ضربة جديدة.");
        var threat = Assert.Single(doc.Events, e => e.Type == "THREATEN");
        Assert.Equal("رئيس الوزراء الإسرائيلي", threat.SourceText);
        var quote = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("ملوحا", doc.Text[quote.Start..quote.End], StringComparison.Ordinal);
    }

    [Fact]
    public void What_will_not_be_allowed_before_no_comma_still_does_not_happen()
    {
        var doc = models.AnalyzeFacts("وقال الوزير إن بلاده لن تسمح باستخدام أراضيها منطلقا للهجوم على أي دولة.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && !e.Hypothetical);
    }
}
