namespace Marsad.Analysis.Tests.Events;

/// <summary>State organs, condemnations, ceasefires and passive killings, with the shipped models: sentences written for these tests.</summary>
public class StateOrganTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void An_army_named_by_its_state_is_an_organization_of_that_state_that_speaks()
    {
        var doc = models.AnalyzeFacts("وقال الجيش الإسرائيلي في بيان إنه استهدف مخزنا للأسلحة في جنوب لبنان.");
        var army = Assert.Single(doc.Entities, e => e.Name == "الجيش الإسرائيلي");
        Assert.Equal("ORG", army.Type);
        Assert.Equal("ISRMIL", army.Code);
        Assert.Equal("IL", army.Country);
        Assert.Equal(army.Id, Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void A_government_condemning_with_the_levantine_verb_accuses()
    {
        var doc = models.AnalyzeFacts("ودانت الحكومة الأردنية الهجوم على القافلة الإنسانية.");
        var e = Assert.Single(doc.Events);
        Assert.Equal("ACCUSE", e.Type);
        Assert.Equal("الحكومة الأردنية", e.SourceText);
    }

    [Theory]
    [InlineData("واعتبر الوزير أن القصف خرق فاضح لاتفاق وقف إطلاق النار.")]
    [InlineData("ويسري منذ أشهر اتفاق للهدنة بين الطرفين.")]
    public void An_agreement_or_ceasefire_only_named_is_no_event(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.DoesNotContain(doc.Events, e => e.Type is "AGREE" or "RETREAT");
    }

    [Fact]
    public void Announcing_a_ceasefire_is_a_retreat()
    {
        var doc = models.AnalyzeFacts("وأعلن الجيش السوداني وقف إطلاق النار لمدة ثلاثة أيام في الخرطوم.");
        var e = Assert.Single(doc.Events, x => x.Type == "RETREAT");
        Assert.Equal("ceasefire", e.Mode);
    }

    [Theory]
    [InlineData("قُتل خمسة أشخاص في قصف على مدينة حلب.")]
    [InlineData("قتل ثلاثة مدنيين في قصف على مدينة حلب.")]
    public void The_killed_after_a_passive_verb_are_the_recipients(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Null(e.Source);
        Assert.NotNull(e.TargetText);
    }
}

/// <summary>Actors made of a title, a nationality and a name; announced agreements.</summary>
public class TitledActorTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_nationality_before_a_name_is_part_of_one_actor()
    {
        var doc = models.AnalyzeFacts("والتقى الرئيس التونسي قيس سعيد نظيره الجزائري عبد المجيد تبون في العاصمة الجزائرية.");
        var e = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Contains("قيس سعيد", e.SourceText, StringComparison.Ordinal);
        Assert.Contains("تبون", e.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agreement_announced_as_signed_has_happened()
    {
        var doc = models.AnalyzeFacts("وأعلن البلدان توقيع ثلاث اتفاقيات للتعاون في مجالات الطاقة والنقل.");
        var e = Assert.Single(doc.Events, x => x.Type == "SUPPORT"); // signed: SUPPORT, not a promise (AGREE)
        Assert.False(e.Hypothetical);
    }
}

/// <summary>Office holders are not organizations; done in protest is disapproval.</summary>
public class OfficeTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void An_unnamed_minister_is_an_actor_but_no_organization()
    {
        var doc = models.AnalyzeFacts("من جهته، أكد الوزير الفرنسي أن باريس تحترم سيادة الجزائر.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "ORG" && e.Name.Contains("الوزير", StringComparison.Ordinal));
        Assert.Contains("الوزير الفرنسي", Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Recalling_an_ambassador_in_protest_is_no_demonstration()
    {
        var doc = models.AnalyzeFacts("واستدعت الجزائر سفيرها لدى باريس للتشاور احتجاجا على موقف فرنسا من قضية الصحراء الغربية.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "PROTEST");
        Assert.Contains(doc.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Done_in_protest_by_a_movement_is_a_protest()
    {
        var doc = models.AnalyzeFacts("وقاطع حزب العدالة والتنمية جلسة البرلمان احتجاجا على قانون الانتخابات الجديد.");
        Assert.Contains(doc.Events, e => e.Type == "PROTEST");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void What_a_call_asks_for_far_after_the_verb_is_hypothetical()
    {
        var doc = models.AnalyzeFacts("بدوره، دعا المبعوث الأممي الأطراف الليبية إلى تقديم تنازلات متبادلة من أجل التوصل إلى قاعدة دستورية.");
        Assert.All(doc.Events.Where(e => e.Type == "CONCEDE"), e => Assert.True(e.Hypothetical));
        Assert.Contains(doc.Events, e => e.Type == "REQUEST");
    }
}

/// <summary>Other names of states, raids and towns that differ by one letter.</summary>
public class StateEpithetTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وتواصل الدولة العبرية شن غارات على جنوب لبنان رغم الاتفاق.", "ISR")]
    [InlineData("وشنت قوات الاحتلال غارات على مخيم جنين فجر اليوم.", "ISRMIL")]
    public void A_state_named_by_an_epithet_has_its_code(string sentence, string code)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.Equal(code, Assert.Single(doc.Events, e => e.Type == "ASSAULT").SourceCode);
    }

    [Fact]
    public void A_raid_by_security_forces_is_coercion()
    {
        var doc = models.AnalyzeFacts("اقتحمت قوات الأمن مقر الصحيفة في العاصمة وصادرت أجهزة الحاسوب.");
        var e = Assert.Single(doc.Events, x => x.Type == "COERCE" && x.Mode == "seize" && doc.Text[x.Trigger.Start..x.Trigger.End].StartsWith("اقتحمت", StringComparison.Ordinal));
        Assert.Contains("قوات الأمن", e.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Jenin_is_not_el_geneina_in_sudan()
    {
        var doc = models.AnalyzeFacts("وقالت مصادر محلية إن مواجهات اندلعت في مدينة جنين شمال الضفة الغربية.");
        Assert.DoesNotContain(doc.Entities, e => e.Country == "SD");
    }
}

/// <summary>What is condemned or named is not a new event.</summary>
public class ReferenceTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_campaign_of_arrests_condemned_is_the_condemnation_only()
    {
        var doc = models.AnalyzeFacts("ونددت وزارة الخارجية الفلسطينية بحملة الاعتقالات الواسعة في مدن الضفة الغربية.");
        Assert.Equal("ACCUSE", Assert.Single(doc.Events).Type);
    }

    [Fact]
    public void The_occupation_named_as_the_occupier_is_no_seizure()
    {
        var doc = models.AnalyzeFacts("وطالبت الوزارة المجتمع الدولي بالتدخل لوقف جرائم الاحتلال بحق المدنيين.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "COERCE");
    }
}

/// <summary>Participles and needs.</summary>
public class ParticipleEventTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void An_accusing_participle_has_the_sentence_subject_as_actor()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية السوداني إن حكومته تتعاون مع الوكالات الإنسانية، متهما قوات الدعم السريع بعرقلة وصول المساعدات.");
        var e = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Contains("وزير الخارجية", e.SourceText, StringComparison.Ordinal);
        Assert.Equal("قوات الدعم السريع", e.TargetText);
    }

    [Fact]
    public void Trucks_loaded_with_aid_accuse_no_one()
    {
        var doc = models.AnalyzeFacts("وأرسلت المملكة سبع شاحنات محملة بالمساعدات الغذائية إلى اليمن.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Agreeing_on_something_is_an_agreement()
    {
        var doc = models.AnalyzeFacts("وأكد الوزير أنه تم الاتفاق على جميع الجوانب الفنية للمشروع مع الجانب الصيني.");
        Assert.Contains(doc.Events, e => e.Type == "AGREE");
    }

    [Fact]
    public void Aid_that_is_needed_is_no_aid_given()
    {
        var doc = models.AnalyzeFacts("ويحتاج نحو 25 مليون شخص إلى مساعدات عاجلة في البلاد.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "AID");
    }
}

/// <summary>Subjects before «قد», long claimants, Sahel movements.</summary>
public class SubjectOrderTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void The_subject_between_kan_and_qad_is_the_actor_and_the_noun_after_the_verb_its_object()
    {
        var doc = models.AnalyzeFacts("وكان رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان قد استقبل ولي العهد السعودي في قصر الوطن.");
        var e = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        // The host received the guest: PLOVER codes the guest as ACTOR and the host as RECIPIENT.
        Assert.Contains("محمد بن زايد", e.TargetText, StringComparison.Ordinal);
        Assert.Contains("ولي العهد", e.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_movement_with_a_long_name_claims_the_attack()
    {
        var doc = models.AnalyzeFacts("وتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم في بيان نشرته على قنواتها.");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("MLIREBRAD", e.SourceCode);
        Assert.Contains(doc.Entities, x => x.Code == "IMGMUSALQ");
    }
}

/// <summary>Calls and meetings with long subjects.</summary>
public class CallTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("تلقى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا من وزير الخارجية الإيراني عباس عراقجي.", "الإيراني", "الأردني")]
    [InlineData("وتلقى ولي العهد اتصالا هاتفيا، اليوم، من الرئيس الفرنسي إيمانويل ماكرون.", "الفرنسي", "ولي العهد")]
    public void Who_took_a_call_is_the_recipient_and_the_caller_the_actor(string sentence, string caller, string receiver)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Contains(caller, e.SourceText, StringComparison.Ordinal);
        Assert.Contains(receiver, e.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_meeting_with_a_long_titled_subject_is_found_with_its_holder()
    {
        var doc = models.AnalyzeFacts("بحث رئيس الوزراء العراقي محمد شياع السوداني مع وفد أمريكي جدول انسحاب القوات.");
        var e = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Contains("السوداني", e.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_ministry_with_a_joined_name_and_its_state_is_one_organ_and_stops_at_another_states_organ()
    {
        var doc = models.AnalyzeFacts("وطالبت وزارة الأوقاف والشؤون الدينية الأردنية الإدارة الأمريكية بحماية المقدسات.");
        var ministry = Assert.Single(doc.Entities, e => e.Name == "وزارة الأوقاف والشؤون الدينية الأردنية");
        Assert.Equal("JORGOV", ministry.Code);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("الإدارة الأمريكية", call.TargetText);
        Assert.DoesNotContain(models.AnalyzeFacts("واشتبك محتجون مع قوات الأمن في مدينة الناصرية.").Entities, e => e.Name.StartsWith("قوات الأمن في", StringComparison.Ordinal));
    }
}
