namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Subjects described by whom they belong to, detached object pronouns, disengagement, one's own state in a threat,
/// sentence-opening adverbs, names the tagger ran into a verb, cities that end like a nisba, relayed and nested speech, and
/// a feminine verb's subject carried along «و». Sentences written for these tests, shipped models.
/// </summary>
public class AffiliationAndCarryTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void Forces_belonging_to_a_movement_act_for_it_and_the_object_comes_after_the_place()
    {
        var doc = models.AnalyzeFacts("واعتقلت الأجهزة الأمنية التابعة للحوثيين في صنعاء سبعة من موظفي المنظمات الدولية.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("YEMREB", arrest.SourceCode);
        Assert.NotNull(arrest.TargetText);
        Assert.DoesNotContain("الحوثي", arrest.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Factions_loyal_to_a_state_are_not_that_state()
    {
        var doc = models.AnalyzeFacts("وهاجمت الفصائل الموالية لإيران قاعدة أمريكية في شرق سوريا.");
        var attack = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("الفصائل", attack.SourceText);
    }

    [Fact]
    public void A_detached_object_pronoun_is_the_previous_acts_object()
    {
        var doc = models.AnalyzeFacts("واعتقلت الشرطة الإيرانية ثلاثة صحفيين بريطانيين، متهمة إياهم بالتجسس لصالح إسرائيل.");
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Contains("صحفيين", accusation.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Disengagement_is_no_clash()
    {
        var doc = models.AnalyzeFacts("وطالبت الحكومة بالعودة إلى اتفاق فض الاشتباك الموقع عام 1974.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void An_officials_own_state_named_in_his_threat_is_not_its_target()
    {
        var doc = models.AnalyzeFacts("واتهم وزير الخارجية الإسرائيلي جدعون ساعر حماس بخرق الاتفاق، مهددا بأن إسرائيل سترد بقوة.");
        var threat = Assert.Single(doc.Events, e => e.Type == "THREATEN");
        Assert.Equal("حماس", threat.TargetText);
    }

    [Fact]
    public void An_adverb_opening_a_sentence_is_no_place()
    {
        var doc = models.AnalyzeFacts("ميدانيا، قالت مصادر محلية إن الاشتباكات تجددت. ليبيا، التي تعاني من الانقسام، تستعد للانتخابات.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "ميدانيا");
        Assert.Contains(doc.Entities, e => e.Name == "ليبيا");
    }

    [Fact]
    public void A_verb_after_a_name_is_no_part_of_it_but_a_name_after_bin_keeps_its_last_word()
    {
        var doc = models.AnalyzeFacts("وأعلنت القيادة العامة أن المشير خليفة حفتر استقبل في بنغازي السفير الإيطالي. وقال المواطن خالد بن طالب إن الأسعار ارتفعت.");
        var haftar = Assert.Single(doc.Entities, e => e.Name.Contains("حفتر", StringComparison.Ordinal));
        Assert.Equal("خليفة حفتر", haftar.Name);
        Assert.Equal(haftar.Mentions.Count, haftar.Mentions.Select(m => (m.Start, m.End)).Distinct().Count());
        Assert.DoesNotContain(doc.Events, e => e.Type == "REQUEST");
    }

    [Fact]
    public void A_city_ending_like_a_nisba_does_not_join_the_title_after_it()
    {
        var doc = models.AnalyzeFacts("وأكدت القيادة العامة أن المشير خليفة حفتر استقبل في بنغازي وزير الخارجية الإيطالي أنطونيو تاياني.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal("وزير الخارجية الإيطالي أنطونيو تاياني", visit.SourceText);
    }

    [Fact]
    public void A_relayed_affirmation_is_the_named_persons_quote()
    {
        var doc = models.AnalyzeFacts("ونقل البيان عن المبعوث الأممي تأكيده دعم المنظمة الدولية لجهود التهدئة في اليمن.");
        var quote = Assert.Single(doc.Quotes);
        Assert.Equal("المبعوث الأممي", quote.SpeakerText);
        Assert.StartsWith("دعم المنظمة", doc.Text[quote.Start..quote.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_statement_reporting_a_named_persons_words_holds_his_quote()
    {
        var doc = models.AnalyzeFacts("وذكر بيان للرئاسة أن الرئيس اللبناني جوزاف عون أكد \"رفض لبنان لأي اعتداء على سيادته وأراضيه\".");
        var inner = Assert.Single(doc.Quotes, q => q.SpeakerText is { } sp && sp.Contains("جوزاف عون", StringComparison.Ordinal));
        Assert.Equal("رفض لبنان لأي اعتداء على سيادته وأراضيه", doc.Text[inner.Start..inner.End]);
        Assert.True(inner.Direct);
    }

    [Fact]
    public void A_feminine_verb_joined_by_wa_goes_on_with_the_subject_of_the_feminine_verb_before()
    {
        var doc = models.AnalyzeFacts("وفي ريف درعا، توغلت قوة إسرائيلية في بلدة معربة، ونفذت عمليات دهم، واعتقلت أربعة مواطنين.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("ISR", arrest.SourceCode);
    }

    [Fact]
    public void The_kurdistan_regional_government_is_one_iraqi_organ_and_does_not_do_the_attack_it_describes()
    {
        var doc = models.AnalyzeFacts("واستنكرت حكومة إقليم كردستان القصف، ووصفته بأنه عمل إرهابي يستهدف البنية التحتية للإقليم.");
        var krg = Assert.Single(doc.Entities, e => e.Name == "حكومة إقليم كردستان");
        Assert.Equal("IRQGOV", krg.Code);
        Assert.All(doc.Events.Where(e => e.Type == "ASSAULT"), e => Assert.Null(e.SourceText));
    }

    [Fact]
    public void A_speaker_named_again_by_the_head_of_its_phrase_is_the_subject_not_the_addressee()
    {
        var doc = models.AnalyzeFacts("دعا قادة دول مجلس التعاون الخليجي إيران إلى احترام سيادة دول المنطقة. وطالب القادة المجتمع الدولي بالتحرك العاجل.");
        var demand = Assert.Single(doc.Events, e => e.Type == "REQUEST" && doc.Text[e.Trigger.Start..e.Trigger.End] == "وطالب");
        Assert.Equal("المجتمع الدولي", demand.TargetText);
    }

    [Fact]
    public void A_name_with_ali_written_with_ya_and_a_family_name_closing_the_clause_is_whole()
    {
        var doc = models.AnalyzeFacts("وكان وزير الكهرباء العراقي زياد علي فاضل قد أرجع الأزمة إلى توقف إمدادات الغاز.");
        Assert.Contains(doc.Entities, e => e.Type == "PER" && e.Name == "زياد علي فاضل");
    }
}
