namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Who visits and who hosts when an aside names the place; who called when the receiver has a long title; acts a denial
/// names as its object; bodies named after a group of a state; an unvocalized passive after «أن». Sentences written for
/// these tests, shipped models.
/// </summary>
public class ReceptionAndDenialTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void The_guest_after_an_aside_ending_in_a_palace_name_is_the_visitor()
    {
        var doc = models.AnalyzeFacts("استقبل الرئيس اللبناني جوزاف عون، صباح اليوم في قصر بعبدا، المبعوثة الأمريكية مورغان أورتاغوس، وبحث معها الأوضاع في الجنوب.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT" && doc.Text[e.Trigger.Start..e.Trigger.End] == "استقبل");
        Assert.Contains("أورتاغوس", visit.SourceText, StringComparison.Ordinal);
        Assert.Contains("جوزاف عون", visit.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_taken_by_someone_with_a_long_title_is_from_the_one_after_min()
    {
        var doc = models.AnalyzeFacts("تلقى صاحب السمو الملكي الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اتصالاً هاتفياً من وزير الخارجية التركي هاكان فيدان، جرى خلاله بحث التطورات.");
        var call = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("هاكان فيدان", call.SourceText, StringComparison.Ordinal);
        Assert.Contains("فيصل بن فرحان", call.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ونفت الحركة، على لسان المتحدث باسمها، انسحاب مقاتليها من المدينة.", "RETREAT")]
    [InlineData("ونفى وزير الخارجية وجود أي مفاوضات مع الجانب الإسرائيلي.", "CONSULT")]
    public void An_act_a_denial_names_as_its_object_is_no_event(string sentence, string type)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.DoesNotContain(doc.Events, e => e.Type == type);
    }

    [Fact]
    public void A_body_named_after_a_group_of_a_state_is_one_organization()
    {
        var doc = models.AnalyzeFacts("واتهمت نقابة أطباء اليمن جماعة الحوثي باختطاف ثلاثة من منتسبيها في صنعاء.");
        Assert.Contains(doc.Entities, e => e.Type == "ORG" && e.Name == "نقابة أطباء اليمن");
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("نقابة أطباء اليمن", accusation.SourceText);
    }

    [Fact]
    public void A_person_before_an_arrest_verb_with_no_object_was_arrested()
    {
        var doc = models.AnalyzeFacts("وذكرت منظمة حقوقية أن الناشط أحمد سعيد اعتقل أمس في بنغازي.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Null(arrest.SourceText);
        Assert.Contains("أحمد سعيد", arrest.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Forces_before_an_arrest_verb_arrest()
    {
        var doc = models.AnalyzeFacts("وأكدت الوزارة أن قوات الأمن اعتقلت أمس ثلاثة مطلوبين في عدن.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Contains("قوات الأمن", arrest.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_call_with_someone_without_telephone_is_a_consultation()
    {
        var doc = models.AnalyzeFacts("وشدد وزير الخارجية الأردني أيمن الصفدي، خلال اتصال مع نظيره الفرنسي جان نويل بارو، على ضرورة وقف التصعيد.");
        var call = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("أيمن الصفدي", call.SourceText, StringComparison.Ordinal);
        Assert.Contains("جان نويل بارو", call.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Riot_police_are_one_actor()
    {
        var doc = models.AnalyzeFacts("وأطلقت قوات مكافحة الشغب الغاز المسيل للدموع لتفريق المحتجين أمام مبنى البرلمان.");
        Assert.Contains(doc.Events, e => e.SourceText == "قوات مكافحة الشغب");
    }

    [Theory]
    [InlineData("وأطلقت قوات الأمن الغاز المسيل للدموع باتجاه المحتجين قرب مبنى المحافظة.")]
    [InlineData("واستخدمت الشرطة خراطيم المياه لتفريق المتظاهرين في الساحة.")]
    public void Tear_gas_or_water_fired_at_a_crowd_is_an_assault(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        var assault = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("crowd-control", assault.Mode);
    }

    [Fact]
    public void Launching_a_product_or_a_campaign_is_no_assault()
    {
        var doc = models.AnalyzeFacts("وأطلقت الوزارة حملة وطنية لتطعيم الأطفال في المدارس.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Summoning_another_states_envoy_after_an_aside_is_an_accusation()
    {
        var doc = models.AnalyzeFacts("استدعت وزارة الخارجية المغربية، مساء الأحد، السفير الجزائري، وأبلغته احتجاجها الشديد على التصريحات.");
        var summons = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("وزارة الخارجية المغربية", summons.SourceText);
        Assert.StartsWith("السفير الجزائري", summons.TargetText, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void Recalling_ones_own_envoy_after_an_aside_reduces_relations()
    {
        var doc = models.AnalyzeFacts("واستدعت الحكومة التونسية، مساء أمس، سفيرها لدى ليبيا للتشاور.");
        var recall = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("الحكومة التونسية", recall.SourceText);
    }

    [Fact]
    public void Expelling_embassy_staff_with_bi_is_a_sanction()
    {
        var doc = models.AnalyzeFacts("وردت مدريد بطرد خمسة موظفين في السفارة الروسية.");
        var expulsion = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("مدريد", expulsion.SourceText);
    }

    [Fact]
    public void A_teen_number_counts_with_both_its_words()
    {
        var doc = models.AnalyzeFacts("وردت باريس بطرد اثني عشر موظفا في السفارة الجزائرية.");
        var expulsion = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("اثني عشر موظفا", expulsion.TargetText);
    }

    [Fact]
    public void A_refusal_whose_quotation_opens_after_its_subject_is_the_subjects()
    {
        var doc = models.AnalyzeFacts("ونقل موقع إخباري عن مسؤول أوروبي قوله إن بروكسل \"لن تقبل بأي تعديل على الاتفاق\".");
        var refusal = Assert.Single(doc.Events, e => e.Type == "REJECT");
        Assert.Equal("بروكسل", refusal.SourceText);
    }

    [Fact]
    public void A_refusal_after_lakinnahu_is_the_clauses_subjects()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث إن الأردن \"يرحب بكل المبادرات، لكنه لن يقبل بأي حل على حساب الفلسطينيين\".");
        var refusal = Assert.Single(doc.Events, e => e.Type == "REJECT");
        Assert.Equal("الأردن", refusal.SourceText);
    }

    [Fact]
    public void A_measure_announced_after_an_aside_about_the_body_is_the_bodys()
    {
        var doc = models.AnalyzeFacts("أعلن جهاز مكافحة الهجرة غير الشرعية في طرابلس، التابع لوزارة الداخلية في حكومة الوحدة الوطنية، ترحيل 450 مهاجرا إلى بلدانهم.");
        var quote = Assert.Single(doc.Quotes);
        Assert.StartsWith("ترحيل 450 مهاجرا", doc.Text[quote.Start..quote.End], StringComparison.Ordinal);
        var deportation = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.StartsWith("جهاز مكافحة الهجرة", deportation.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_set_off_by_commas_right_after_the_verb_stands_before_its_subject()
    {
        var doc = models.AnalyzeFacts("وقصفت، فجر اليوم، الطائرات الإسرائيلية مواقع لحركة حماس في رفح.");
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Contains("الإسرائيلية", strike.SourceText, StringComparison.Ordinal);
        Assert.Contains("حماس", strike.TargetText, StringComparison.Ordinal);
    }
}
