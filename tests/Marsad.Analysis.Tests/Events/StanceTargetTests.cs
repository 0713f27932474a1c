namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Whom a welcome, a praise or a condemnation is aimed at when it is aimed at something the actor did, and asides between
/// a verb and its preposition. Sentences written for these tests, shipped models.
/// </summary>
public class StanceTargetTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_welcome_of_a_decision_is_aimed_at_whose_decision_it_is()
    {
        var doc = models.AnalyzeFacts("ورحب وزير الخارجية الفرنسي بقرار الحكومة العراقية إجراء الانتخابات في موعدها.");
        Assert.Equal("الحكومة العراقية", Assert.Single(doc.Events, x => x.Type == "SUPPORT").TargetText);
    }

    [Fact]
    public void Praise_of_efforts_goes_to_the_doer_of_the_relative_clause()
    {
        var doc = models.AnalyzeFacts("وأشاد المبعوث الأممي بالجهود الكبيرة التي تبذلها الحكومة الأردنية لاستقبال اللاجئين.");
        Assert.Equal("الحكومة الأردنية", Assert.Single(doc.Events, x => x.Type == "SUPPORT").TargetText);
    }

    [Fact]
    public void Support_for_efforts_after_lam_goes_to_whoever_makes_them()
    {
        var doc = models.AnalyzeFacts("وجدد الوزير دعم بلاده للمساعي التي تقودها دولة قطر لإنهاء الحرب.");
        Assert.Contains("قطر", Assert.Single(doc.Events, x => x.Type == "SUPPORT").TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_aside_on_whose_word_does_not_hide_the_preposition()
    {
        var doc = models.AnalyzeFacts("ورحبت وزارة الخارجية الكويتية، في بيان نشرته وكالة الأنباء الرسمية، بالقرار الذي اتخذه مجلس الأمن الدولي.");
        var welcome = Assert.Single(doc.Events, x => x.Type == "SUPPORT");
        Assert.Equal("وزارة الخارجية الكويتية", welcome.SourceText);
        Assert.Equal("مجلس الأمن الدولي", welcome.TargetText);
    }

    [Fact]
    public void A_name_in_apposition_to_a_title_does_not_hide_the_preposition()
    {
        var doc = models.AnalyzeFacts("وندد وزير الخارجية الإيراني، عباس عراقجي، بتصريحات وزير الدفاع الإسرائيلي.");
        var condemnation = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Contains("عراقجي", condemnation.SourceText, StringComparison.Ordinal);
        Assert.Contains("وزير الدفاع", condemnation.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demand_after_an_attribution_aside_is_made_of_the_object()
    {
        var doc = models.AnalyzeFacts("وطالب الرئيس الفلسطيني، بحسب وكالة وفا، الإدارة الأمريكية بالتدخل الفوري.");
        Assert.Contains("الأمريكية", Assert.Single(doc.Events, x => x.Type == "REQUEST").TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Condemning_a_killing_does_not_make_the_victim_the_target()
    {
        var doc = models.AnalyzeFacts("ونددت نقابة الصحفيين بمقتل المصور أحمد سليمان أثناء تغطيته للمواجهات.");
        var condemnation = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.DoesNotContain("أحمد", condemnation.TargetText ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Condemning_an_attack_by_a_nationality_is_aimed_at_that_state()
    {
        var doc = models.AnalyzeFacts("ونددت الحكومة اللبنانية بالاغتيال الإسرائيلي في الضاحية الجنوبية.");
        Assert.Contains("الإسرائيلي", Assert.Single(doc.Events, x => x.Type == "ACCUSE").TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Talks_in_an_aside_are_the_subjects()
    {
        var doc = models.AnalyzeFacts("وأكد وزير الخارجية المصري، خلال اتصال هاتفي مع نظيره الفرنسي جان نويل بارو، ضرورة وقف الحرب.");
        var call = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Equal("وزير الخارجية المصري", call.SourceText);
        Assert.Contains("بارو", call.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_before_the_aside_did_not_meet_anyone()
    {
        var doc = models.AnalyzeFacts("ودعا الوزير التركي إلى وقف القتال في شمال سوريا، خلال لقاء مع نظيره الأمريكي في ماليزيا.");
        Assert.NotEqual("سوريا", Assert.Single(doc.Events, x => x.Type == "CONSULT").SourceText);
    }

    [Fact]
    public void A_title_with_the_preposition_on_it_is_whom_the_call_is_to()
    {
        var doc = models.AnalyzeFacts("وأجرى الرئيس التركي رجب طيب أردوغان، أمس، اتصالا هاتفيا برئيس الوزراء العراقي محمد شياع السوداني.");
        var call = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Contains("أردوغان", call.SourceText, StringComparison.Ordinal);
        Assert.Contains("السوداني", call.TargetText, StringComparison.Ordinal);
        var pm = Assert.Single(doc.Entities, e => e.Name.Contains("شياع", StringComparison.Ordinal));
        Assert.Contains("رئيس الوزراء العراقي", pm.Roles);
    }

    [Fact]
    public void Who_offers_to_mediate_between_two_parties_stays_the_actor()
    {
        var doc = models.AnalyzeFacts("وعرض الرئيس التركي استعداد أنقرة للتوسط بين السودان والإمارات.");
        var offer = Assert.Single(doc.Events, x => x.Type == "AGREE");
        Assert.Equal("أنقرة", offer.SourceText);
        Assert.Equal("السودان", offer.TargetText);
    }

    [Fact]
    public void A_nisba_after_a_counterpart_is_a_nationality_not_a_family_name()
    {
        var doc = models.AnalyzeFacts("واستقبل رئيس الوزراء العراقي محمد شياع السوداني وفدا أمريكيا. وتلقى وزير الخارجية فؤاد حسين اتصالا هاتفيا من نظيره السوداني علي يوسف الشريف.");
        var pm = Assert.Single(doc.Entities, e => e.Name.Contains("شياع", StringComparison.Ordinal));
        var second = doc.Text.IndexOf("نظيره السوداني", StringComparison.Ordinal) + "نظيره ".Length;
        Assert.DoesNotContain(pm.Mentions, m => m.Start == second);
        Assert.Contains(doc.Entities, e => e.Type == "GPE" && e.Mentions.Exists(m => m.Start == second));
    }

    [Theory]
    [InlineData("وأدان الأمين العام للأمم المتحدة الهجوم على الناقلة في البحر الأحمر.")]
    [InlineData("وأعربت الحكومة الأردنية عن إدانتها للتفجير الإرهابي الذي استهدف مسجدا في المدينة.")]
    public void A_condemned_attack_is_told_and_the_condemner_did_not_carry_it_out(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        var condemnation = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        var attack = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.NotNull(condemnation.SourceText);
        Assert.Null(attack.SourceText);
    }

    [Fact]
    public void A_condemned_attack_named_with_its_doer_is_that_doers()
    {
        var doc = models.AnalyzeFacts("وأدانت الحكومة الهجمات التي تشنها جماعة الحوثي على السفن التجارية.");
        Assert.Equal("جماعة الحوثي", Assert.Single(doc.Events, x => x.Type == "ASSAULT").SourceText);
        Assert.Equal("جماعة الحوثي", Assert.Single(doc.Events, x => x.Type == "ACCUSE").TargetText);
    }

    [Fact]
    public void A_condemnation_ending_on_a_state_with_its_preposition_written_on_it_is_coded()
    {
        // The mention «تركيا» starts inside the sentence's last word («بتركيا»); the victim check once read past the words.
        var doc = models.AnalyzeFacts("ونددت الحكومة بما تعرض له مواطنوها بتركيا.");
        Assert.Single(doc.Events, x => x.Type == "ACCUSE");
    }

    [Fact]
    public void Banners_condemning_an_execution_tell_no_attack()
    {
        var doc = models.AnalyzeFacts("وحمل المتظاهرون صور الرئيس السابق ولافتات تندد بإعدامه.");
        Assert.DoesNotContain(doc.Events, x => x.Type == "ASSAULT");
    }
}
