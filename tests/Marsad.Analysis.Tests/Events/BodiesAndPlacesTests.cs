namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// International bodies that call together, a body whose name holds a trigger word (the OPCW's «حظر»), a state's strikes
/// with no other word of war in the sentence, adopting a text that claims no attack, a state's organ named by its seat
/// («السلطات في دمشق»), a threat one refuses to act under, a protest's reason and its square, aircraft that strike, a
/// title before a family name. Sentences written for these tests, shipped models.
/// </summary>
public class BodiesAndPlacesTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private static string Trigger(Marsad.Core.Document doc, Marsad.Core.PloverEvent e) => doc.Text[e.Trigger.Start..e.Trigger.End];

    [Fact]
    public void International_bodies_joined_by_wa_call_together_and_none_is_called_on()
    {
        var doc = models.AnalyzeFacts("ودعت الجامعة العربية والاتحاد الأفريقي ومنظمة التعاون الإسلامي إلى وقف إطلاق النار.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("الجامعة العربية", call.SourceText);
        Assert.Null(call.TargetText);
        // A government and its judiciary after the verb may still be called on (the subject named a sentence before).
        var addressed = models.AnalyzeFacts("ودعت الحكومة والسلطة القضائية إلى التحقيق.");
        Assert.NotNull(Assert.Single(addressed.Events, e => e.Type == "REQUEST").TargetText);
    }

    [Fact]
    public void The_chemical_weapons_body_is_one_organization_and_its_name_is_no_ban()
    {
        var doc = models.AnalyzeFacts("واقترحت موسكو تقديم طلب مشترك إلى منظمة حظر الأسلحة الكيميائية لتشكيل فريق خبراء.");
        var opcw = Assert.Single(doc.Entities, e => e.Name == "منظمة حظر الأسلحة الكيميائية");
        Assert.Equal("ORG", opcw.Type);
        Assert.DoesNotContain(doc.Events, e => e.Type == "COERCE");
        var oas = models.AnalyzeFacts("وطالبت منظمة الدول الأمريكية بإجراء انتخابات حرة.");
        Assert.Contains(oas.Entities, e => e.Name == "منظمة الدول الأمريكية" && e.Code == "IGOOAS");
        Assert.DoesNotContain(oas.Entities, e => e.Code == "USA");
    }

    [Fact]
    public void A_states_strikes_on_a_state_are_an_attack_without_other_words_of_war()
    {
        var doc = models.AnalyzeFacts("وأدانت روسيا الضربات الأمريكية على سوريا.");
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("USA", strike.SourceCode);
        Assert.Equal("SYR", strike.TargetCode);
        // A blow to a person is no strike.
        Assert.DoesNotContain(models.AnalyzeFacts("وهذا التصويت النادر يعتبر ضربة للرئيس الأميركي.").Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Adopting_a_document_claims_no_attack_and_the_strikes_keep_their_state()
    {
        var doc = models.AnalyzeFacts("وشدد سافرونكوف، بعد عملية التصويت، على أن تبني هذه الوثيقة كان سيعني المصادقة على الضربات الأمريكية على سوريا، التي تمثل انتهاكا سافرا للقانون الدولي.");
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("USA", strike.SourceCode);
        // A group that adopts the attack still claims it.
        var claimed = models.AnalyzeFacts("وتبنى تنظيم داعش الهجوم على الكنيسة.");
        Assert.Equal("تنظيم داعش", Assert.Single(claimed.Events, e => e.Type == "ASSAULT").SourceText);
    }

    [Fact]
    public void Authorities_named_by_their_seat_are_that_states_organ()
    {
        var doc = models.AnalyzeFacts("واعتقلت السلطات في دمشق عشرة ناشطين.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("SYRGOV", arrest.SourceCode);
        Assert.Equal("السلطات في دمشق", arrest.SourceText);
        var police = models.AnalyzeFacts("واعتقلت الشرطة في بغداد عشرة ناشطين.");
        Assert.Equal("IRQCOP", Assert.Single(police.Events, e => e.Type == "COERCE").SourceCode);
    }

    [Fact]
    public void A_threat_one_refuses_to_negotiate_under_is_no_threat()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية الإيراني عباس عراقجي إن بلاده لن تتفاوض تحت الضغط والتهديد.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "THREATEN");
        var under = models.AnalyzeFacts("وأكد عراقجي أن إيران لن تتفاوض تحت وطأة التهديدات الأمريكية.");
        Assert.DoesNotContain(under.Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void A_protests_reason_is_the_protesters_and_its_square_is_where_it_stood()
    {
        var doc = models.AnalyzeFacts("ونفذ الاتحاد العام التونسي للشغل وقفة احتجاجية أمام مقره بساحة محمد علي تنديدا بالتضييق على الحريات.");
        var protest = Assert.Single(doc.Events, e => e.Type == "PROTEST");
        Assert.Equal("TUNLAB", protest.SourceCode);
        Assert.Null(protest.TargetText);
        var condemned = Assert.Single(doc.Events, e => e.Type == "ACCUSE" && Trigger(doc, e) == "تنديدا");
        Assert.Equal("TUNLAB", condemned.SourceCode);
        // The square is a place, without the preposition written on it.
        Assert.Contains(doc.Entities, e => e.Type == "LOC" && e.Name.StartsWith("ساحة محمد", StringComparison.Ordinal));
        var downtown = models.AnalyzeFacts("وتجمع المحتجون في ساحة الشهداء وسط بيروت.");
        Assert.Null(Assert.Single(downtown.Events, e => e.Type == "PROTEST").TargetText);
    }

    [Fact]
    public void Aircraft_right_after_the_verb_struck_and_the_name_after_them_was_struck()
    {
        var doc = models.AnalyzeFacts("وقصفت الطائرات مستشفى الشفاء.");
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("الطائرات", strike.SourceText);
        Assert.StartsWith("مستشفى", strike.TargetText, StringComparison.Ordinal);
        var israeli = models.AnalyzeFacts("وقصفت الطائرات الإسرائيلية مستشفى الشفاء.");
        var byIsrael = Assert.Single(israeli.Events, e => e.Type == "ASSAULT");
        Assert.Equal("ISR", byIsrael.SourceCode);
        Assert.StartsWith("مستشفى", byIsrael.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_before_a_family_name_named_before_is_that_person()
    {
        var doc = models.AnalyzeFacts("استقبل رئيس الجمهورية العماد جوزاف عون وزير الخارجية الفرنسي.\n\nودعا الرئيس عون الولايات المتحدة وفرنسا إلى الضغط على إسرائيل.");
        var aoun = Assert.Single(doc.Entities, e => e.Name == "جوزاف عون");
        Assert.Equal(2, aoun.Mentions.Count);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal(aoun.Id, call.Source);
    }

    [Fact]
    public void A_missions_full_name_is_one_body()
    {
        var doc = models.AnalyzeFacts("ودعت بعثة الأمم المتحدة للدعم في ليبيا جميع الأطراف إلى ضبط النفس.");
        Assert.Contains(doc.Entities, e => e.Name == "بعثة الأمم المتحدة للدعم في ليبيا" && e.Code == "IGOUNO");
    }

    [Fact]
    public void Two_sides_sign_after_the_occasion_that_stands_between_them_and_the_memorandum()
    {
        var doc = models.AnalyzeFacts("ووقع الجانبان في ختام المباحثات مذكرة تفاهم للتعاون في مجال التدريب العسكري.");
        var signed = Assert.Single(doc.Events, e => e.Type == "SUPPORT");
        Assert.Equal("الجانبان", signed.SourceText);
    }

    [Fact]
    public void A_siege_imposed_by_a_force_is_that_forces()
    {
        var doc = models.AnalyzeFacts("وتشهد الفاشر حصارا مفروضا من قوات الدعم السريع منذ مايو الماضي، فيما يسيطر الجيش السوداني على المدينة.");
        var siege = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("قوات الدعم السريع", siege.SourceText);
    }

    [Fact]
    public void What_a_crowd_demands_as_a_noun_ends_where_the_narration_resumes_and_a_cause_has_no_doer()
    {
        var doc = models.AnalyzeFacts("خرج آلاف المتظاهرين إلى ميدان الشهداء، مطالبين برحيل الحكومة، وذلك على خلفية الاشتباكات الدامية.");
        var demand = Assert.Single(doc.Quotes);
        Assert.Equal("رحيل الحكومة", doc.Text[demand.Start..demand.End]);
        var clashes = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(clashes.SourceText);
        var slogans = models.AnalyzeFacts("ورفع المحتجون شعارات تندد بانتشار السلاح وتطالب بإجراء الانتخابات، كما توجه عدد منهم إلى مقر رئاسة الوزراء.");
        Assert.Contains(slogans.Quotes, q => slogans.Text[q.Start..q.End] == "إجراء الانتخابات");
    }

    [Fact]
    public void Talib_before_the_protesters_is_the_verb_and_a_student_asks_nothing()
    {
        var doc = models.AnalyzeFacts("وطالب المحتجون برحيل الحكومة.");
        Assert.DoesNotContain(doc.Events, e => e.SourceCode is { } code && code.Contains("EDU", StringComparison.Ordinal));
        Assert.Equal("المحتجون", Assert.Single(doc.Events, e => e.Type == "REQUEST").SourceText);
        Assert.DoesNotContain(models.AnalyzeFacts("واعتقلت الشرطة طالبا جامعيا.").Events, e => e.Type == "REQUEST");
        Assert.DoesNotContain(models.AnalyzeFacts("وقال طالب في الجامعة إن الأساتذة أضربوا.").Events, e => e.Type == "REQUEST");
        Assert.DoesNotContain(models.AnalyzeFacts("وشارك في الدورة 40 طالبا من المدارس.").Events, e => e.Type == "REQUEST");
        // The participle asks for what follows it.
        Assert.Single(models.AnalyzeFacts("وتوجه الوزير إلى منتقديه طالبا منهم أن يصمتوا.").Events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void What_a_state_hopes_others_lift_is_not_its_act()
    {
        var doc = models.AnalyzeFacts("وأشار وزير الخارجية السوري أسعد الشيباني إلى أن بلاده تتطلع إلى رفع كامل العقوبات المفروضة عليها.");
        var lifting = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Null(lifting.SourceText);
        Assert.True(lifting.Hypothetical);
    }

    [Fact]
    public void A_criminal_chamber_and_the_defence_are_judicial_actors()
    {
        var doc = models.AnalyzeFacts("قضت الدائرة الجنائية المختصة بقضايا الإرهاب بالمحكمة الابتدائية بتونس، فجر اليوم السبت، بأحكام بالسجن تراوحت بين 13 و66 عاما بحق نحو 40 متهما.");
        Assert.Equal("JUD", Assert.Single(doc.Events, e => e.Type == "SANCTION").SourceCode);
        var defence = models.AnalyzeFacts("وانتقدت هيئة الدفاع عن المتهمين الأحكام.");
        Assert.Equal("هيئة الدفاع", Assert.Single(defence.Events, e => e.Type == "ACCUSE").SourceText);
    }
}
