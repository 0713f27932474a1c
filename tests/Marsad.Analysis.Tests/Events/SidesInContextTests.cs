namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// The sides of acts whose doer and object sit in shapes common in Arab news: an accusation answered «باتهام X بـ», prisoners
/// freed by the pronoun on the verb, a resolution that asks past a clause about it, an unnamed spokesman, strikes whose
/// verb names what they hit, an invitation to visit a state, criticism «وجهها» someone, the penal code, protests in a
/// province, the banners' bearers, the wounded and refugees received, a call set off as an aside, a crossing named after
/// a town, a ministry «وشؤون المغتربين», a second office after a titled name. Sentences written for these tests, shipped
/// models.
/// </summary>
public class SidesInContextTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private static string Trigger(Marsad.Core.Document doc, Marsad.Core.PloverEvent e) => doc.Text[e.Trigger.Start..e.Trigger.End];

    [Fact]
    public void An_accusation_answered_with_batiham_is_against_the_one_charged()
    {
        var doc = models.AnalyzeFacts("ورد المندوب الجزائري عمار بن جامع باتهام الرباط بعرقلة حق الشعب الصحراوي في تقرير المصير.");
        var accused = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Contains("بن جامع", accused.SourceText, StringComparison.Ordinal);
        Assert.Equal("الرباط", accused.TargetText);
    }

    [Fact]
    public void Prisoners_freed_by_the_pronoun_on_the_verb_are_freed_by_the_sentences_subject()
    {
        var doc = models.AnalyzeFacts("اقتحم مسلحون من الحركة سجنا في مدينة بلدوين، وأطلقوا سراح عشرات المعتقلين.");
        var release = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Equal("مسلحون", release.SourceText);
        Assert.Equal("عشرات المعتقلين", release.TargetText);
    }

    [Fact]
    public void A_resolution_asks_past_a_clause_about_it_and_what_follows_the_verb_is_whom_it_asks()
    {
        var doc = models.AnalyzeFacts("وتبنى مجلس الأمن قرارا، صاغته الولايات المتحدة، يطالب إسرائيل بالانسحاب.");
        var request = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("مجلس الأمن", request.SourceText);
        Assert.Equal("إسرائيل", request.TargetText);
        var asked = Assert.Single(doc.Quotes);
        Assert.Equal("مجلس الأمن", asked.SpeakerText);
    }

    [Fact]
    public void A_spokesman_named_by_his_body_alone_acts_for_it()
    {
        var doc = models.AnalyzeFacts("في المقابل، هدد المتحدث باسم وزارة الخارجية الأمريكية بفرض عقوبات إضافية على قطاع النفط الإيراني.");
        var threat = Assert.Single(doc.Events, e => e.Type == "THREATEN");
        Assert.Equal("المتحدث باسم وزارة الخارجية الأمريكية", threat.SourceText);
        Assert.Equal("USAGOV", threat.SourceCode);
        Assert.NotEqual("USAGOV", threat.TargetCode);
        // A spokesman named after the body keeps his name as the actor.
        var named = models.AnalyzeFacts("وانتقد المتحدث باسم الجيش الإسرائيلي أفيخاي أدرعي الحكومة.");
        Assert.Contains("أفيخاي أدرعي", Assert.Single(named.Events, e => e.Type == "ACCUSE").SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Strikes_whose_verb_names_what_they_hit_are_against_the_group_hit_not_a_place_named_later()
    {
        var doc = models.AnalyzeFacts("قتل 12 عنصرا من حركة الشباب في غارات جوية أمريكية.\n\n"
            + "وقالت الوزارة إن الغارات استهدفت تجمعا لمقاتلي الحركة كانوا يخططون لشن هجمات على قواعد الجيش في المنطقة.");
        var strikes = Assert.Single(doc.Events, e => Trigger(doc, e) == "الغارات");
        Assert.Equal("الحركة", strikes.TargetText);
        Assert.Equal("SOMREB", strikes.TargetCode);
    }

    [Fact]
    public void An_invitation_to_visit_a_state_is_the_invited_ones_visit_to_it()
    {
        var doc = models.AnalyzeFacts("ووجه الرئيس أردوغان دعوة للرئيس السيسي لزيارة تركيا، وقبلها الرئيس.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal("تركيا", visit.TargetText);
        Assert.Contains("رئيس", visit.SourceText, StringComparison.Ordinal);
        Assert.True(visit.Hypothetical);
        var begun = Assert.Single(models.AnalyzeFacts("وبدأ الرئيس التونسي زيارة الجزائر أمس.").Events, e => e.Type == "CONSULT");
        Assert.Equal("الرئيس التونسي", begun.SourceText);
        Assert.Equal("الجزائر", begun.TargetText);
    }

    [Fact]
    public void Criticism_addressed_by_someone_is_his()
    {
        var doc = models.AnalyzeFacts("ولم تكشف الرئاسة عن أسباب الإقالة، إلا أنها تأتي بعد أيام من انتقادات وجهها الرئيس لأداء الإدارة.");
        Assert.Equal("الرئيس", Assert.Single(doc.Events, e => e.Type == "ACCUSE").SourceText);
    }

    [Fact]
    public void The_penal_code_is_no_sanction()
    {
        var doc = models.AnalyzeFacts("وذكرت الهيئة أن فريقا نفذ أمر القبض الصادر بحق المتهم، استنادا إلى أحكام المادة 340 من قانون العقوبات.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "SANCTION");
    }

    [Fact]
    public void A_protest_in_a_province_named_after_its_head_is_against_no_one_and_by_the_graduates()
    {
        var doc = models.AnalyzeFacts("تظاهر مئات من خريجي الجامعات في مدينة الناصرية مركز محافظة ذي قار، للمطالبة بتوفير فرص عمل.");
        var protest = Assert.Single(doc.Events, e => e.Type == "PROTEST");
        Assert.Null(protest.TargetText);
        Assert.Contains("خريجي", protest.SourceText, StringComparison.Ordinal);
        Assert.Equal("EDU", protest.SourceCode);
        var request = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.DoesNotContain("ذي قار", request.SourceText ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void One_of_the_protesters_speaking_is_no_protest_told()
    {
        var doc = models.AnalyzeFacts("وقال أحد المتظاهرين إن \"الحكومة وعدتنا بالتعيين منذ سنتين ولم تنفذ شيئا\".");
        Assert.DoesNotContain(doc.Events, e => e.Type == "PROTEST");
        Assert.Equal("أحد المتظاهرين", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void Banners_raised_by_the_plural_verb_speak_for_the_counted_group_that_protested()
    {
        var doc = models.AnalyzeFacts("من جهة أخرى، نظم عشرات المحامين وقفة احتجاجية أمام قصر العدالة بالعاصمة، ورفعوا شعارات تطالب باحترام حق الدفاع.");
        Assert.Equal("عشرات المحامين", Assert.Single(doc.Events, e => e.Type == "REQUEST").SourceText);
        Assert.Equal("عشرات المحامين", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Theory]
    [InlineData("وأكدت المنظمة أن فرقها استقبلت أكثر من 60 جريحا في مستشفى الأبيض خلال يومين.")]
    [InlineData("واستقبل المستشفى عشرات المصابين.")]
    [InlineData("واستقبلت تركيا آلاف اللاجئين السوريين.")]
    public void Receiving_the_wounded_or_refugees_is_no_meeting(string sentence)
    {
        Assert.DoesNotContain(models.AnalyzeFacts(sentence).Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void A_delegation_received_is_still_a_meeting()
    {
        var visit = Assert.Single(models.AnalyzeFacts("واستقبل الرئيس وفدا من رجال الأعمال.").Events, e => e.Type == "CONSULT");
        Assert.Equal("الرئيس", visit.TargetText);
    }

    [Fact]
    public void The_second_of_two_places_after_fi_is_no_one_called_on()
    {
        var doc = models.AnalyzeFacts("ودعا غوتيريش إلى وقف فوري لإطلاق النار في كردفان ودارفور، معربا عن قلقه.");
        Assert.Null(Assert.Single(doc.Events, e => e.Type == "REQUEST").TargetText);
    }

    [Fact]
    public void A_call_set_off_as_an_aside_of_an_urging_happened()
    {
        var doc = models.AnalyzeFacts("وحث وزير الخارجية المصري، خلال اتصال هاتفي مع نظيره الأمريكي ماركو روبيو، على ضرورة الانتقال إلى المرحلة الثانية من الاتفاق.");
        var call = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.False(call.Hypothetical);
        Assert.Contains("روبيو", call.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_town_naming_a_crossing_is_no_side()
    {
        var doc = models.AnalyzeFacts("وطالبت مصر بفتح معبر رفح.");
        var request = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("مصر", request.SourceText);
        Assert.Null(request.TargetText);
    }

    [Fact]
    public void A_ministry_of_foreign_and_expatriate_affairs_is_one_actor_and_condemns_the_settlers_named_after_the_manner()
    {
        var doc = models.AnalyzeFacts("دانت وزارة الخارجية وشؤون المغتربين بأشد العبارات اقتحام مئات المستوطنين المتطرفين باحات المسجد الأقصى.");
        var condemned = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("وزارة الخارجية وشؤون المغتربين", condemned.SourceText);
        Assert.Equal("مئات المستوطنين", condemned.TargetText);
    }

    [Fact]
    public void A_second_office_after_a_titled_name_is_the_guest()
    {
        var doc = models.AnalyzeFacts("استقبل القائد العام للقوات المسلحة المشير خليفة حفتر السفير الفرنسي لدى ليبيا، وجرى خلال اللقاء بحث الأوضاع.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT" && Trigger(doc, e) == "استقبل");
        Assert.Equal("السفير الفرنسي", visit.SourceText);
        Assert.Contains("خليفة حفتر", visit.TargetText, StringComparison.Ordinal);
        // After an honorific a second title is the same person's: «الأمير … وزير الخارجية».
        var call = Assert.Single(models.AnalyzeFacts("تلقى الأمير فيصل بن فرحان وزير الخارجية، اتصالا هاتفيا من وزير الخارجية التركي هاكان فيدان.").Events, e => e.Type == "CONSULT");
        Assert.Contains("وزير الخارجية", call.TargetText, StringComparison.Ordinal);
        Assert.Contains("فيصل بن فرحان", call.TargetText, StringComparison.Ordinal);
        // So is the same office again with its state: «الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية».
        var again = Assert.Single(models.AnalyzeFacts("تلقى الملك سلمان اتصالا هاتفيا من فخامة الرئيس فرانسوا هولاند رئيس الجمهورية الفرنسية.").Events, e => e.Type == "CONSULT");
        Assert.Contains("رئيس الجمهورية الفرنسية", again.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feminine_title_is_an_actor_but_a_main_road_is_not()
    {
        var roads = models.AnalyzeFacts("وقطع المحتجون الطرق الرئيسة في المدينة.");
        Assert.DoesNotContain(roads.Events, e => e.TargetText == "الرئيسة");
        var criticized = Assert.Single(models.AnalyzeFacts("انتقد الرئيس الوزيرة.").Events, e => e.Type == "ACCUSE");
        Assert.Equal("الوزيرة", criticized.TargetText);
    }

    [Fact]
    public void Who_managed_an_arrest_made_it_and_a_seizure_after_a_participle_of_saying_is_not_the_clause_befores()
    {
        var doc = models.AnalyzeFacts("أعلنت وزارة الداخلية السورية، السبت، أن قوى الأمن الداخلي في محافظة إدلب تمكنت من تفكيك خلية تابعة لتنظيم الدولة الإسلامية.");
        Assert.Equal("قوى الأمن الداخلي", Assert.Single(doc.Events, e => e.Type == "COERCE").SourceText);
        var seized = models.AnalyzeFacts("وقال قائد الأمن إن الخلية كانت تخطط لتفجيرات تستهدف تجمعات مدنية، مشيرا إلى ضبط عبوات ناسفة وأسلحة خفيفة في مقرها.");
        Assert.DoesNotContain(seized.Events, e => e.Type == "COERCE" && e.SourceText is not null && e.SourceText.Contains("مدني", StringComparison.Ordinal));
    }

    [Fact]
    public void Who_reports_an_explosion_did_not_cause_it()
    {
        var doc = models.AnalyzeFacts("من جهتها، ذكرت هيئة عمليات التجارة البحرية البريطانية أن قبطان السفينة أبلغ عن انفجار قريب منها على بعد 70 ميلا بحريا غرب الحديدة، دون وقوع إصابات.");
        var blast = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(blast.SourceText);
    }

    [Fact]
    public void A_withdrawal_in_construct_with_its_own_doer_takes_no_name_from_before()
    {
        var doc = models.AnalyzeFacts("ورفض نعيم قاسم أي حديث عن نزع سلاح المقاومة قبل انسحاب العدو ووقف عدوانه.");
        Assert.Null(Assert.Single(doc.Events, e => e.Type == "RETREAT").SourceText);
        var named = models.AnalyzeFacts("ورفض الحزب نزع سلاح المقاومة قبل انسحاب إسرائيل.");
        Assert.Equal("إسرائيل", Assert.Single(named.Events, e => e.Type == "RETREAT").SourceText);
    }

    [Fact]
    public void Condolences_expressed_by_a_participle_are_the_subjects()
    {
        var doc = models.AnalyzeFacts("وقالت السفارة إن الولايات المتحدة تستنكر هذا العمل الإجرامي، معربة عن خالص التعازي وصادق المواساة لأسر الضحايا.");
        Assert.Contains(doc.Events, e => e.Type == "SUPPORT" && e.SourceText == "الولايات المتحدة");
    }

    [Fact]
    public void An_arrest_joined_after_a_comma_with_its_object_right_after_is_the_subjects()
    {
        var doc = models.AnalyzeFacts("وعقب الهجوم، دفع الجيش الإسرائيلي بتعزيزات عسكرية إلى المخيم، واعتقل 15 فلسطينيا على الأقل.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("الجيش الإسرائيلي", arrest.SourceText);
        Assert.Equal("15 فلسطينيا", arrest.TargetText);
    }

    [Fact]
    public void A_hedged_count_after_the_subject_is_the_object()
    {
        var arrest = Assert.Single(models.AnalyzeFacts("اعتقلت الشرطة أكثر من 40 شخصا في العاصمة.").Events, e => e.Type == "COERCE");
        Assert.Equal("40 شخصا", arrest.TargetText);
    }

    [Fact]
    public void A_local_brigade_claims_its_attack()
    {
        var doc = models.AnalyzeFacts("وتبنت كتيبة جنين التابعة لسرايا القدس العملية في بيان مقتضب، مؤكدة أن مقاتليها \"فجروا عبوة شديدة الانفجار بقوة راجلة\".");
        Assert.Contains(doc.Entities, e => e.Name == "كتيبة جنين" && e.Code == "PSEREB");
        Assert.Equal("كتيبة جنين", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void Two_states_by_their_formal_names_call_together()
    {
        var doc = models.AnalyzeFacts("دعت دولة الإمارات العربية المتحدة والمملكة العربية السعودية، في بيان مشترك صدر اليوم، طرفي النزاع في السودان إلى الالتزام بهدنة إنسانية فورية.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Contains("المملكة العربية السعودية", call.SourceText, StringComparison.Ordinal);
        Assert.NotEqual("SAU", call.TargetCode);
    }

    [Fact]
    public void What_pressure_is_asked_for_is_done_by_whom_it_presses()
    {
        var doc = models.AnalyzeFacts("وطالب الرئيس اللبناني الولايات المتحدة بالضغط على إسرائيل لوقف اعتداءاتها والانسحاب من النقاط الخمس.");
        var withdrawal = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Equal("إسرائيل", withdrawal.SourceText);
        Assert.True(withdrawal.Hypothetical);
    }

    [Fact]
    public void Taking_part_in_the_meeting_told_is_that_meeting()
    {
        var doc = models.AnalyzeFacts("اتفقت الحكومة السورية وقوات سوريا الديمقراطية، خلال اجتماع عقد في دمشق الأحد، على تشكيل لجان مشتركة. "
            + "وشارك في الاجتماع القائد العام لقسد مظلوم عبدي، ووزير الخارجية السوري أسعد الشيباني.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "COOPERATE");
        Assert.Single(doc.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void A_call_received_by_a_crown_prince_with_two_offices_is_from_the_premier_after_min()
    {
        var doc = models.AnalyzeFacts("تلقى صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز آل سعود ولي العهد رئيس مجلس الوزراء، اتصالاً هاتفياً اليوم، من دولة رئيس وزراء المملكة المتحدة كير ستارمر.");
        var call = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("كير ستارمر", call.SourceText, StringComparison.Ordinal);
        Assert.Contains("محمد بن سلمان", call.TargetText, StringComparison.Ordinal);
    }
}
