using Marsad.Analysis.Events;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Tests.Events;

/// <summary>PLOVER events on sentences written for these tests (no corpus text).</summary>
public class EventProcessorTests
{
    private static Document Analyze(string text, NewsDate? published = null)
    {
        var doc = new Document("t", text) { Published = published };
        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        return doc;
    }

    [Fact]
    public void Protest_verb_gives_protest_with_its_actor()
    {
        var e = Assert.Single(Analyze("وتظاهر آلاف الطلاب أمام مبنى البرلمان.").Events);
        Assert.Equal("PROTEST", e.Type);
        Assert.Equal("الطلاب", e.SourceText);
    }

    [Fact]
    public void Attack_subject_after_the_verb_is_the_actor()
    {
        var e = Assert.Single(Analyze("وهاجم مسلحون مركزا للشرطة في المدينة.").Events, x => x.Type == "ASSAULT");
        Assert.Equal("مسلحون", e.SourceText);
    }

    [Fact]
    public void Negated_event_is_not_coded()
    {
        Assert.DoesNotContain(Analyze("ولم تعتقل الشرطة أحدا من المتظاهرين.").Events, e => e.Type == "COERCE");
    }

    [Fact]
    public void Future_release_is_an_agreement()
    {
        var e = Assert.Single(Analyze("والحكومة ستفرج عن المعتقلين خلال أيام.").Events);
        Assert.Equal("AGREE", e.Type);
        Assert.Equal("المعتقلين", e.TargetText);
    }

    [Fact]
    public void Event_inside_reported_speech_is_marked_reported()
    {
        var e = Assert.Single(Analyze("وقال مصدر أمني إن مسلحين هاجموا نقطة تفتيش.").Events);
        Assert.True(e.Reported);
    }

    [Fact]
    public void Conditional_event_is_hypothetical()
    {
        var e = Assert.Single(Analyze("وإذا هاجم المسلحون القرية فإن الجيش سيرد.").Events, x => x.Type == "ASSAULT");
        Assert.True(e.Hypothetical);
    }

    [Fact]
    public void Accident_deaths_are_not_an_assault()
    {
        Assert.DoesNotContain(Analyze("قتل ثلاثة أشخاص في تحطم طائرة صغيرة.").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Meeting_with_mae_names_the_recipient()
    {
        var e = Assert.Single(Analyze("واجتمع وزير الخارجية مع نظيره الفرنسي في باريس.").Events);
        Assert.Equal("CONSULT", e.Type);
        Assert.NotNull(e.TargetText);
    }

    [Fact]
    public void Yesterday_resolves_against_the_publication_date()
    {
        var e = Assert.Single(Analyze("وتظاهر المئات أمس في العاصمة.", NewsDate.DayOnly(2024, 9, 5)).Events);
        Assert.Equal("2024-09-04", e.Date);
    }

    [Theory]
    [InlineData("وتظاهر المئات أول أمس في العاصمة.")]
    [InlineData("وتظاهر المئات مساء أول من أمس في العاصمة.")]
    public void The_day_before_yesterday_is_two_days_back(string sentence) =>
        Assert.Equal("2024-09-03", Assert.Single(Analyze(sentence, NewsDate.DayOnly(2024, 9, 5)).Events).Date);

    [Theory]
    [InlineData("وكانت القوات قد أعلنت في أيلول الماضي مقتل القيادي في التنظيم بضربة جوية.", "2024-09")]
    [InlineData("وكانت القوات قد أعلنت في أيلول الماضي مقتل القيادي في التنظيم بضربة جوية وقتل ثلاثة أمس في هجوم آخر على المدينة.", "2024-09")]
    [InlineData("وأفرج بموجب الاتفاق عن نحو 900 محتجز في نيسان 2023.", "2023-04")]
    [InlineData("وشنت الجماعة منذ نوفمبر 2023 أكثر من 100 هجوم على سفن.", null)]
    public void A_month_near_the_trigger_dates_the_act_and_a_span_since_gives_no_day(string sentence, string? date)
    {
        // 2024-10-09: «أيلول الماضي» is September 2024.
        var e = Analyze(sentence, NewsDate.DayOnly(2024, 10, 9)).Events[0];
        Assert.Equal(date, e.Date);
    }

    [Fact]
    public void Last_wednesday_is_the_wednesday_before_publication()
    {
        // 2024-09-05 is a Thursday.
        var e = Assert.Single(Analyze("وتظاهر المئات الأربعاء الماضي في العاصمة.", NewsDate.DayOnly(2024, 9, 5)).Events);
        Assert.Equal("2024-09-04", e.Date);
    }

    [Fact]
    public void Vague_time_gives_no_date()
    {
        var e = Assert.Single(Analyze("وتظاهر المئات في الأيام الأخيرة في العاصمة.", NewsDate.DayOnly(2024, 9, 5)).Events);
        Assert.Null(e.Date);
    }

    [Fact]
    public void No_time_expression_gives_the_publication_day()
    {
        var e = Assert.Single(Analyze("وتظاهر المئات في العاصمة.", NewsDate.DayOnly(2024, 9, 5)).Events);
        Assert.Equal("2024-09-05", e.Date);
    }

    [Fact]
    public void Unknown_publication_date_gives_no_date()
    {
        Assert.Null(Assert.Single(Analyze("وتظاهر المئات أمس في العاصمة.").Events).Date);
    }

    [Fact]
    public void Source_and_target_are_entity_ids_when_entities_exist()
    {
        const string text = "وهاجمت قوات الأمن أنصار الحزب في المدينة.";
        var d = new Document("t", text);
        d.Entities.Add(new Entity { Id = "E1", Type = "ORG", Name = "قوات الأمن", Mentions = [new TextSpan(7, 17)] });
        d.Entities.Add(new Entity { Id = "E2", Type = "ORG", Name = "أنصار الحزب", Mentions = [new TextSpan(18, 29)] });
        new QuoteProcessor().Process(d);
        new EventProcessor().Process(d);
        var e = Assert.Single(d.Events);
        Assert.Equal("E1", e.Source);
        Assert.Equal("E2", e.Target);
    }
}
