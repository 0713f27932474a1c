using Marsad.Analysis.Events;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Armed and Islamist movements (models/events/groups.tsv) through the whole analysis, the shipped tagger included:
/// sentences written for these tests.
/// </summary>
public class ArmedGroupTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وأعلن تنظيم داعش مسؤوليته عن الهجوم على المسجد.", "داعش", "IMGREBRAD")]
    [InlineData("وقتل مسلحون من جماعة بوكو حرام عشرة أشخاص في شمال نيجيريا.", "بوكو حرام", "NGAREB")]
    [InlineData("واشتبكت جبهة النصرة مع قوات النظام في ريف إدلب.", "جبهة النصرة", "SYRREBRAD")]
    [InlineData("وقالت هيئة تحرير الشام إن مقاتليها صدوا الهجوم.", "هيئة تحرير الشام", "SYRREBRAD")]
    [InlineData("واندلعت اشتباكات بين جهاز الردع ومسلحين في منطقة سوق الجمعة.", "جهاز الردع", "LBYMIL")]
    [InlineData("وأعلنت المقاومة الإسلامية في العراق استهداف قاعدة عين الأسد بطائرة مسيرة.", "المقاومة الإسلامية في العراق", "IRQREB")]
    [InlineData("وقالت القيادة المركزية الأميركية إن مدمرة أسقطت صاروخا فوق البحر الأحمر.", "القيادة المركزية الأميركية", "USAMIL")]
    [InlineData("وقال قائد فيلق القدس إن المقاومة ستنتصر في نهاية المطاف.", "فيلق القدس", "IRNMIL")]
    public void A_movement_is_an_entity_with_its_code(string text, string name, string code)
    {
        var doc = models.AnalyzeFacts(text);
        var entity = Assert.Single(doc.Entities, e => e.Mentions.Any(m => m.Of(doc.Text).Contains(name, StringComparison.Ordinal)));
        Assert.Equal("ORG", entity.Type);
        Assert.Equal(code, entity.Code);
    }

    [Theory]
    [InlineData("داعش")]
    [InlineData("جبهة النصرة")]
    public void A_movement_the_tagger_typed_otherwise_is_still_the_movement(string name)
    {
        // Whatever type the tagger gave the bare name, the movement is one ORG entity under its display name.
        var doc = models.AnalyzeFacts($"وقال مصدر أمني إن {name} يقف وراء الهجوم، مضيفا أن {name} تبنى هجمات سابقة في المنطقة.");
        var movement = Assert.Single(doc.Entities, e => e.Mentions.Any(m => doc.Text[m.Start..m.End] == name));
        Assert.Equal("ORG", movement.Type);
        Assert.Equal(2, movement.Mentions.Count);
    }

    [Fact]
    public void A_later_anaphor_of_a_movement_joins_the_movement_not_a_rival_entity()
    {
        var doc = models.AnalyzeFacts("قُتل ثلاثة أشخاص، يُعتقد أنهم من مقاتلي حزب العمال الكردستاني، اليوم السبت، بضربة نفذتها طائرة مسيّرة تركية استهدفت سيارتهم على طريق قضاء العمادية في محافظة دهوك. "
            + "ولم تعلق أنقرة على الحادث، إلا أن وزارة الدفاع التركية أعلنت في وقت سابق من الأسبوع \"تحييد\" 17 عنصراً من الحزب في عمليات شمال العراق.");
        var pkk = Assert.Single(doc.Entities, e => e.Name.Contains("العمال الكردستاني", StringComparison.Ordinal));
        Assert.Equal("TURREB", pkk.Code);
        Assert.Contains(pkk.Mentions, m => doc.Text[m.Start..m.End] == "الحزب");
    }

    [Fact]
    public void The_names_of_one_movement_are_one_entity()
    {
        var doc = models.AnalyzeFacts("وتبنى تنظيم الدولة الإسلامية التفجير. وقال مصدر أمني إن داعش يقف وراء هجمات سابقة في المنطقة.");
        var isis = doc.Entities.Where(e => e.Code == "IMGREBRAD").ToList();
        var entity = Assert.Single(isis);
        Assert.Equal(2, entity.Mentions.Count);
    }

    [Fact]
    public void A_claimed_attack_has_the_claimant_as_actor()
    {
        var doc = models.AnalyzeFacts("وأعلنت حركة الشباب مسؤوليتها عن التفجير الذي استهدف فندقا في مقديشو.");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("SOMREB", e.SourceCode);
        Assert.False(e.Hypothetical);
    }

    [Theory]
    [InlineData("وحملت الحكومة اليمنية جماعة الحوثي المسؤولية عن الهجوم على الميناء.")]
    [InlineData("ونفت حركة حماس مسؤوليتها عن الهجوم على الحافلة.")]
    [InlineData("وقال المسؤول إن حركة حماس قد تكون تتحمل مسؤولية الهجوم على الحافلة.")]
    public void Responsibility_laid_on_someone_or_denied_is_no_claim(string text)
    {
        var doc = models.AnalyzeFacts(text);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && e.SourceCode is "YEMGOV" or "PSEREB");
    }

    [Fact]
    public void Holding_someone_responsible_is_an_accusation_of_them()
    {
        var e = Assert.Single(models.AnalyzeFacts("وحملت الحكومة اليمنية جماعة الحوثي المسؤولية عن الهجوم على الميناء.").Events, x => x.Type == "ACCUSE");
        Assert.Equal("YEMGOV", e.SourceCode);
        Assert.Equal("YEMREB", e.TargetCode);
    }

    [Fact]
    public void An_armed_movement_attacking_is_an_assault_and_its_object_stays_apart()
    {
        var doc = models.AnalyzeFacts("وهاجمت حركة الشباب الصومالية قاعدة عسكرية جنوب البلاد.");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("SOMREB", e.SourceCode);
        Assert.DoesNotContain("قاعدة", e.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_minister_attacking_the_opposition_is_no_assault()
    {
        var doc = models.AnalyzeFacts("وهاجم الوزير المعارضة في كلمته أمام البرلمان.");
        Assert.DoesNotContain(doc.Events, x => x.Type == "ASSAULT");
    }

    [Fact]
    public void Rockets_fired_after_the_subject_are_an_assault_on_the_target()
    {
        var doc = models.AnalyzeFacts("وأطلقت حركة الجهاد الإسلامي صواريخ على إسرائيل.");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("ISR", e.TargetCode);
    }

    [Theory]
    [InlineData("وأطلق الرئيس حملة وطنية لمكافحة الفساد.")]
    [InlineData("وقالت حركة طالبان إن مقاتليها سيطروا على المدينة.")]
    public void Launching_a_campaign_or_a_movement_named_like_a_verb_is_no_event(string text)
    {
        var doc = models.AnalyzeFacts(text);
        Assert.DoesNotContain(doc.Events, x => x.Type is "ASSAULT" or "REQUEST");
    }
}

/// <summary>Who did what to whom in sentences written for these tests, the shipped tagger included.</summary>
public class EventActorTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_call_joined_to_a_quote_keeps_the_speaker_and_is_his_request()
    {
        var doc = models.AnalyzeFacts("وأكد وزير الخارجية الأمريكي أنتوني بلينكن أن واشنطن تدعم جهود الوساطة، ودعا الطرفين إلى التوصل لاتفاق في أقرب وقت.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Contains("بلينكن", q.SpeakerText, StringComparison.Ordinal));
        var request = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Contains("بلينكن", request.SourceText, StringComparison.Ordinal);
        var deal = Assert.Single(doc.Events, e => e.Type == "AGREE");
        Assert.True(deal.Hypothetical);
    }

    [Fact]
    public void A_denied_accusation_named_with_a_demonstrative_is_no_new_event_and_the_speaker_stops_before_it()
    {
        var doc = models.AnalyzeFacts("ونفى مكتب رئيس الوزراء هذه الاتهامات، وقال في بيان إن الحكومة لن تتراجع عن قرارها.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("الاتهامات", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Talks_between_two_sides_name_both_even_when_the_second_has_its_head_noun()
    {
        var doc = models.AnalyzeFacts("وأعلنت قطر استئناف المفاوضات غير المباشرة بين إسرائيل وحركة حماس في الدوحة الأسبوع المقبل.");
        // Talks met (CONSULT) or, announced for next week, agreed to (AGREE, as PLOVER codes intent to meet).
        var talks = Assert.Single(doc.Events, e => e.Type is "CONSULT" or "AGREE");
        Assert.Equal("ISR", talks.SourceCode);
        Assert.Equal("PSEREB", talks.TargetCode);
    }

    [Fact]
    public void A_protest_takes_no_target_from_a_place_or_the_next_clause()
    {
        var doc = models.AnalyzeFacts("وتظاهر آلاف الإسرائيليين مساء أمس في تل أبيب للمطالبة بإبرام صفقة لتبادل الأسرى، فيما اتهم زعيم المعارضة الحكومة بعرقلة الاتفاق.");
        var protest = Assert.Single(doc.Events, e => e.Type == "PROTEST");
        Assert.Null(protest.TargetText);
        var accuse = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Contains("المعارضة", accuse.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void After_a_complementizer_the_actor_before_the_verb_is_its_subject()
    {
        var doc = models.AnalyzeFacts("وأكد الرئيس ماكرون في مؤتمر صحفي أن فرنسا تدعم الجهود السعودية لإحلال السلام في المنطقة.");
        var support = Assert.Single(doc.Events, e => e.Type == "SUPPORT");
        Assert.Equal("FRA", support.SourceCode);
    }

    [Fact]
    public void Tear_gas_on_protesters_is_a_crowd_control_assault_by_the_police()
    {
        var doc = models.AnalyzeFacts("من جهة أخرى، فرقت الشرطة الكينية بالغاز المسيل للدموع متظاهرين في نيروبي احتجوا على قانون المالية الجديد.");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("crowd-control", e.Mode);
        Assert.Contains("الشرطة", e.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, x => x.TargetCode == "MLI");
    }

    [Fact]
    public void A_host_receives_the_guest_named_after_time_and_place()
    {
        var doc = models.AnalyzeFacts("استقبل صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد، في قصر اليمامة بالرياض اليوم، فخامة الرئيس إيمانويل ماكرون رئيس الجمهورية الفرنسية.");
        var visit = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        // PLOVER: the visitor is the ACTOR, the host the RECIPIENT.
        Assert.Contains("ماكرون", visit.SourceText, StringComparison.Ordinal);
        Assert.Contains("محمد بن سلمان", visit.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأعلن الاتحاد العام للشغل إضرابا عاما في قطاع التعليم الأسبوع المقبل احتجاجا على تدهور الأوضاع.", true)]
    [InlineData("ونفذ المعلمون إضرابا عاما في قطاع التعليم أمس احتجاجا على تدهور الأوضاع.", false)]
    public void A_strike_dated_after_publication_has_not_happened_yet(string text, bool future)
    {
        var doc = models.AnalyzeFacts(text);
        var strike = Assert.Single(doc.Events, x => x.Type == "PROTEST");
        Assert.Equal(future, strike.Hypothetical);
    }

    [Fact]
    public void A_protest_purpose_is_the_protesters_demand()
    {
        var doc = models.AnalyzeFacts("تظاهر مئات التونسيين، السبت، وسط العاصمة تونس للمطالبة بالإفراج عن معارضين سياسيين موقوفين منذ أكثر من عام.");
        var request = Assert.Single(doc.Events, x => x.Type == "REQUEST");
        Assert.Contains("التونسيين", request.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_by_an_armed_wing_is_the_wing_not_the_movement_named_after_it()
    {
        var doc = models.AnalyzeFacts("وأعلنت كتائب القسام، الجناح العسكري لحركة حماس، مسؤوليتها عن استهداف دبابة إسرائيلية شرق مدينة رفح.");
        var attack = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Contains("القسام", attack.SourceText, StringComparison.Ordinal);
        Assert.Contains(doc.Entities, e => e.Name == "كتائب القسام");
    }
}

/// <summary>Verb patterns whose subject stands between the verb and its fixed object (VSO), with the shipped tagger.</summary>
public class SplitPatternTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("ووقعت مصر والسعودية اتفاقية للتعاون في مجال الطاقة.", "SUPPORT", "EGY", "SAU")] // PLOVER: signing is SUPPORT
    [InlineData("وقطعت الجزائر علاقاتها الدبلوماسية مع المغرب.", "SANCTION", "DZA", "MAR")]
    [InlineData("واستدعت وزارة الخارجية التركية السفير الإسرائيلي احتجاجا على الغارة.", "ACCUSE", "TURGOV", "ISR")]
    [InlineData("واستدعت الحكومة الأردنية سفيرها في تل أبيب للتشاور.", "SANCTION", "JORGOV", "ISR")] // withdrawn from Israel
    public void The_subject_inside_the_pattern_is_the_actor(string text, string type, string source, string? target)
    {
        var e = Assert.Single(models.AnalyzeFacts(text).Events, x => x.Type == type);
        Assert.Equal(source, e.SourceCode);
        Assert.Equal(target, e.TargetCode);
    }

    [Fact]
    public void A_release_names_who_releases_and_who_is_released()
    {
        var e = Assert.Single(models.AnalyzeFacts("وأطلقت السلطات الإيرانية سراح ناشطين بعد أشهر من الاحتجاز.").Events, x => x.Type == "RETREAT");
        Assert.Contains("السلطات", e.SourceText, StringComparison.Ordinal);
        Assert.Contains("ناشطين", e.TargetText, StringComparison.Ordinal);
    }
}

/// <summary>States and look-alike words, with the shipped tagger: sentences written for these tests.</summary>
public class StateNameTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وقدمت الحكومة دعما ماليا ودعم مالي للشركات في العام المالي الحالي.")]
    [InlineData("وقال وزير المالية إن الاقتصاد ينمو بثبات هذا العام.")]
    public void Financial_is_not_Mali(string text)
    {
        var doc = models.AnalyzeFacts(text);
        Assert.DoesNotContain(doc.Entities, e => e.Country == "ML");
    }

    [Fact]
    public void Mali_after_a_place_word_is_the_state()
    {
        var doc = models.AnalyzeFacts("وقتل عشرة جنود في شمال مالي في هجوم نفذه مسلحون.");
        var mali = Assert.Single(doc.Entities, e => e.Country == "ML");
        Assert.True(mali.State);
    }

    [Theory]
    [InlineData("وقال مسؤول في لندن إن الحكومة تدرس الخيارات المتاحة.", "لندن", "GB")]
    [InlineData("وشنت الطائرات غارات على مواقع في صنعاء أمس.", "صنعاء", "YE")]
    public void A_capital_the_city_list_lacks_belongs_to_its_state(string text, string city, string country)
    {
        var doc = models.AnalyzeFacts(text);
        Assert.Equal(country, Assert.Single(doc.Entities, e => e.Name == city).Country);
    }

    [Fact]
    public void A_bare_organization_noun_gets_no_code()
    {
        var doc = models.AnalyzeFacts("وبحسب منظمة أطباء بلا حدود، فإن أكثر من ثلاثين ألف شخص لقوا حتفهم منذ بدء النزاع.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "منظمة" && e.Code is not null);
    }

    [Fact]
    public void Markup_pasted_into_a_text_is_no_entity()
    {
        var doc = models.AnalyzeFacts("<img src=x onerror=\"alert(1)\"> ارتفعت أسعار الخضار في السوق <script>window.x=1</script> بسبب الأمطار.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("img", StringComparison.Ordinal) || e.Name.Contains("script", StringComparison.Ordinal));
    }

    [Fact]
    public void A_state_is_marked_as_one_and_its_city_is_not()
    {
        var doc = models.AnalyzeFacts("وزار الرئيس المصري السعودية الأسبوع الماضي، ثم توجه إلى جدة حيث التقى ولي العهد.");
        Assert.Contains(doc.Entities, e => e.Country == "SA" && e.State);
        Assert.Contains(doc.Entities, e => e.Name.Contains("جدة", StringComparison.Ordinal) && !e.State);
    }

    [Theory]
    [InlineData("وقال المتحدث العسكري باسم الحوثيين يحيى سريع إن قواته استهدفت سفينة تجارية في خليج عدن.", "YEMREB", "جماعة الحوثي")]
    [InlineData("وقال عضو المكتب السياسي للحزب الديمقراطي الكردستاني بنكين ريكاني إن أربيل لن تتنازل عن حقوقها.", "IRQPTY", "الحزب الديمقراطي الكردستاني")]
    [InlineData("وقال القيادي في حركة حماس أسامة حمدان إن الحركة سلمت ردها إلى الوسطاء.", "PSEREB", "حماس")]
    public void A_movement_in_a_persons_title_is_an_entity_and_lends_the_person_its_code(string text, string code, string movementName)
    {
        var doc = models.AnalyzeFacts(text);
        var movement = Assert.Single(doc.Entities, e => e.Type == "ORG" && e.Name.Contains(movementName, StringComparison.Ordinal));
        Assert.Equal(code, movement.Code);
        var person = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Equal(movement.Name, person.Affiliation);
        Assert.Equal(code, person.Code);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(person.Id, q.Speaker);
    }

    [Fact]
    public void A_person_whose_title_names_an_international_body_keeps_no_code_of_it()
    {
        var doc = models.AnalyzeFacts("وقالت سفيرة الولايات المتحدة لدى الأمم المتحدة ليندا توماس غرينفيلد إن بلادها ستواصل الضغط.");
        Assert.Contains(doc.Entities, e => e.Type == "PER");
        Assert.All(doc.Entities.Where(e => e.Type == "PER"), e => Assert.NotEqual("IGOUNO", e.Code));
    }

    [Fact]
    public void A_movement_and_an_organ_take_the_state_their_code_names()
    {
        var doc = models.AnalyzeFacts("وقالت حركة حماس في بيان إن وفدها وصل إلى القاهرة، فيما أعلنت القيادة المركزية الأميركية اعتراض صاروخ.");
        Assert.Equal("PS", Assert.Single(doc.Entities, e => e.Code == "PSEREB").Country);
        Assert.Equal("US", Assert.Single(doc.Entities, e => e.Code == "USAMIL").Country);
    }

    [Fact]
    public void A_government_named_by_its_heads_family_name_is_his_states()
    {
        var doc = models.AnalyzeFacts("وأكد رئيس الحكومة محمد شياع السوداني أن حكومة السوداني ماضية في الإصلاح.");
        var government = Assert.Single(doc.Entities, e => e.Name == "حكومة السوداني");
        Assert.Equal("IQ", government.Country);
        Assert.Equal("IRQGOV", government.Code);
    }
}
