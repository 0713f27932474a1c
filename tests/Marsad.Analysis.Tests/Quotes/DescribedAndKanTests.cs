namespace Marsad.Analysis.Tests.Quotes;

/// <summary>
/// Who said what when the subject stands between «كان» and «قد», when words quoted with «بـ» come after a describer named
/// between the verb and them, and when a meeting on the speaker's pronoun follows a place. Sentences written for these
/// tests, shipped models.
/// </summary>
public class DescribedAndKanTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_subject_of_four_words_between_kan_and_qad_is_the_whole_speaker()
    {
        var doc = models.AnalyzeFacts("وكان رئيس الحكومة نواف سلام قد أعلن الأسبوع الماضي أن الجيش أنجز نحو 80 في المئة من المهام.");
        Assert.Equal("رئيس الحكومة نواف سلام", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void Words_quoted_after_ba_with_the_describer_between_are_the_describers()
    {
        var doc = models.AnalyzeFacts("كما أدانت الرئاسة الفلسطينية الاقتحام، ووصفه الناطق باسمها نبيل أبو ردينة بـ\"الاستفزاز الخطير\".");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("الاستفزاز الخطير", doc.Text[q.Start..q.End]);
        Assert.Contains("أبو ردينة", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_on_the_speakers_pronoun_after_a_place_is_the_persons()
    {
        var doc = models.AnalyzeFacts("تعهد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، السبت، بإنهاء وجود التشكيلات المسلحة في العاصمة طرابلس \"قبل نهاية العام\"، وذلك خلال لقائه عددا من أعيان المنطقة الغربية.");
        var met = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("عبد الحميد الدبيبة", met.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_published_with_no_publisher_named_is_the_subjects()
    {
        var doc = models.AnalyzeFacts("في المقابل، اتهمت قوات الدعم السريع الجيش بشن غارات جوية على أحياء سكنية، وفق بيان نشرته على منصة تلغرام.");
        Assert.Equal("قوات الدعم السريع", Assert.Single(doc.Quotes).SpeakerText);
    }
}
