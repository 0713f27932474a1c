namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Sentences of wire and agency style written for these tests (shipped models): a name in quotation marks that begins
/// like a future verb, a force before a verb with a number after it, an announced withdrawal, states that call
/// together, a place set off by commas before the guest, an apposition inside a subject gap, places and heads named
/// after «برئاسة» or before an act, a rejection of an act, what a statement was said to be, «حيد» and what is
/// neutralized, an act carried out «قام بها», a siege imposed, a time clause after a reference to sanctions, crowds,
/// a base told before, a participle phrase after the subject.
/// </summary>
public class ClauseAndListTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_quoted_name_that_begins_like_a_future_verb_is_no_intent()
    {
        var doc = models.AnalyzeFacts("وبعد ساعات، شنت القيادة المركزية الأمريكية \"سنتكوم\" غارات على مواقع في محافظة الحديدة.");
        var strikes = Assert.Single(doc.Events, e => e.Type is "ASSAULT" or "THREATEN");
        Assert.Equal("ASSAULT", strikes.Type);
        Assert.False(strikes.Hypothetical);
    }

    [Fact]
    public void A_force_before_a_verb_with_a_number_after_it_is_the_subject()
    {
        var doc = models.AnalyzeFacts("وأعلنت وزارة الداخلية أن قوات الأمن أوقفت 409 أشخاص خلال أعمال شغب.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("قوات الأمن", arrest.SourceText);
        Assert.Equal("409 أشخاص", arrest.TargetText);
    }

    [Fact]
    public void An_announced_withdrawal_is_done()
    {
        var doc = models.AnalyzeFacts("ميدانيا، أعلن الجيش السوداني انسحاب قواته من مقر الفرقة السادسة مشاة إلى مواقع أكثر أمانا.");
        var withdrawal = Assert.Single(doc.Events, e => e.Type is "RETREAT" or "AGREE");
        Assert.Equal("RETREAT", withdrawal.Type);
        Assert.False(withdrawal.Hypothetical);
    }

    [Fact]
    public void States_joined_by_wa_call_together()
    {
        var doc = models.AnalyzeFacts("ودعت السعودية ومصر والإمارات والولايات المتحدة، في بيان مشترك للرباعية، إلى هدنة إنسانية فورية.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("السعودية", call.SourceText);
        Assert.Null(call.TargetText);
    }

    [Fact]
    public void A_place_set_off_by_commas_before_the_guest_is_no_guest()
    {
        var doc = models.AnalyzeFacts("واستقبل وزير الشؤون الخارجية ناصر بوريطة، بالرباط، المبعوث الشخصي للأمين العام ستافان دي ميستورا.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("دي ميستورا", visit.SourceText, StringComparison.Ordinal);
        Assert.Contains("ناصر بوريطة", visit.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_apposition_inside_a_subject_gap_is_neither_subject_nor_object()
    {
        var doc = models.AnalyzeFacts("سلمت كتائب القسام، الجناح العسكري لحركة حماس، مساء اليوم الاثنين، جثث ثلاثة رهائن إلى اللجنة الدولية للصليب الأحمر.");
        var handover = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Equal("كتائب القسام", handover.SourceText);
        Assert.DoesNotContain("الجناح", handover.TargetText ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_heads_an_inquiry_is_not_whom_it_is_aimed_at()
    {
        var doc = models.AnalyzeFacts("بدوره، وجه رئيس الوزراء محمد شياع السوداني بتشكيل لجنة تحقيق عليا برئاسة مستشار الأمن القومي قاسم الأعرجي.");
        var inquiry = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Null(inquiry.TargetText);
    }

    [Fact]
    public void What_a_condemned_attack_was_called_names_no_one_accused()
    {
        var doc = models.AnalyzeFacts("وأدانت السفارة الأمريكية في بغداد الهجوم، ووصفته بأنه اعتداء على البنية التحتية الحيوية للعراق.");
        var condemnation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("السفارة الأمريكية", condemnation.SourceText);
        Assert.Null(condemnation.TargetText);
    }

    [Fact]
    public void A_rejected_act_is_not_the_rejecters()
    {
        var doc = models.AnalyzeFacts("وصرح المتحدث بأن مصر تؤكد \"رفضها التام لاستهداف قوات حفظ السلام\"، وتطالب الحكومة بإجراء تحقيق.");
        var attack = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(attack.SourceText);
    }

    [Theory]
    [InlineData("وتعرض حقل كورمور للغاز في قضاء جمجمال بمحافظة السليمانية، مساء اليوم الأربعاء، لهجوم بطائرة مسيرة مفخخة.")]
    [InlineData("ولقي ثلاثة أشخاص حتفهم في بلدة القليعة قرب أكادير، خلال محاولتهم اقتحام مركز للدرك.")]
    public void A_place_named_after_its_head_or_after_qurb_did_nothing(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.DoesNotContain(doc.Events, e => e.SourceText is "السليمانية" or "أكادير");
    }

    [Fact]
    public void Neutralizing_people_is_killing_them_and_neutralizing_risks_is_not()
    {
        var doc = models.AnalyzeFacts("وقالت وزارة الدفاع إن القوات المسلحة التركية حيدت 11 إرهابيا من حزب العمال الكردستاني.");
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("القوات المسلحة التركية", killing.SourceText);
        var risks = models.AnalyzeFacts("وأشاد بالجهود التي تبذلها المصالح الأمنية لتحييد مخاطر التهديد الإرهابي.");
        Assert.DoesNotContain(risks.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void A_visit_carried_out_by_a_delegation_is_the_delegations_and_a_reference_to_sanctions_aims_at_no_one()
    {
        var doc = models.AnalyzeFacts("وتأتي العقوبات بعد أسبوع من زيارة قام بها وفد من وزارة الخزانة إلى بيروت.");
        Assert.Equal("وفد", Assert.Single(doc.Events, e => e.Type == "CONSULT").SourceText);
        Assert.Null(Assert.Single(doc.Events, e => e.Type == "SANCTION").TargetText);
    }

    [Fact]
    public void A_siege_imposed_by_a_group_is_the_groups()
    {
        var doc = models.AnalyzeFacts("ويأتي الحادث في ظل حصار تفرضه حركة الشباب منذ سبتمبر الماضي على المدينة.");
        Assert.Equal("حركة الشباب", Assert.Single(doc.Events, e => e.Type == "COERCE").SourceText);
    }

    [Fact]
    public void Crowds_that_welcome_are_no_military_build_up()
    {
        var doc = models.AnalyzeFacts("ووصل معظمهم إلى مدينة رام الله، حيث استقبلتهم حشود من المواطنين.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "MOBILIZE");
        var buildUp = models.AnalyzeFacts("ودفع الجيش بحشود عسكرية إلى الحدود.");
        Assert.Contains(buildUp.Events, e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void The_base_told_before_is_not_al_qaeda()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث إن مسلحين مجهولين هاجموا قاعدة أممية ليلا، وإن المسلحين هاجموا القاعدة مرة أخرى صباحا.");
        Assert.DoesNotContain(doc.Events, e => e.TargetCode is { } code && code.StartsWith("IMG", StringComparison.Ordinal));
    }

    [Fact]
    public void A_participle_phrase_after_the_subject_leaves_the_addressee_after_it()
    {
        var doc = models.AnalyzeFacts("في المقابل، دعت الحكومة اليمنية المعترف بها دوليا المجتمع الدولي إلى تصنيف الحوثيين منظمة إرهابية.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("المجتمع الدولي", call.TargetText);
    }

    [Fact]
    public void Protests_in_cities_of_a_country_are_not_against_it()
    {
        var doc = models.AnalyzeFacts("خرج آلاف الشباب، مساء اليوم الخميس، في مظاهرات جديدة بعدة مدن مغربية، للمطالبة بإصلاح قطاعي الصحة والتعليم.");
        var protest = Assert.Single(doc.Events, e => e.Type == "PROTEST");
        Assert.Null(protest.TargetText);
    }

    [Fact]
    public void An_occupation_written_without_the_article_is_no_organ_of_israel()
    {
        var doc = models.AnalyzeFacts("بينما يواصل متظاهرون معارضون للحكومة احتلال مطار بانكوك الدولي.");
        Assert.Contains(doc.Events, e => e.Type == "PROTEST");
        Assert.DoesNotContain(doc.Events, e => e.SourceCode is "ISRGOV" || e.TargetCode is "ISRGOV");
        var organ = models.AnalyzeFacts("وحملت الرئاسة الفلسطينية حكومة الاحتلال المسؤولية.");
        Assert.Contains(organ.Events, e => e.TargetCode == "ISRGOV");
    }

    [Fact]
    public void What_is_imposed_is_the_noun_right_before_farad()
    {
        var doc = models.AnalyzeFacts("وفي حين واجه المتظاهرون المعارضون طوقا أمنيا فرضته الشرطة، رددوا هتافات مناهضة للحكومة.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "PROTEST" && e.SourceText == "الشرطة");
    }
}
