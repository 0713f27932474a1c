namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Shapes of agency reports from Gaza, the West Bank, Baghdad and Doha: the shooter named by «برصاص» after the wounded, an
/// arrest after «فيما» with no subject of its own, a raid and an arrest in one sentence, a strike protested to an envoy, a
/// briefing on acts others did, posing a threat, a spokesman with a long title before «، أن». Sentences written for these
/// tests, shipped models.
/// </summary>
public class RaidsAndBriefingsTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void The_wounded_before_birasas_are_hit_by_the_forces_after_it_who_then_arrest()
    {
        var doc = models.AnalyzeFacts("أصيب شابان برصاص قوات الاحتلال الإسرائيلي خلال اقتحامها بلدة بيتا، فيما اعتقلت 12 مواطنا من مناطق متفرقة في الضفة.");
        var shot = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("ISRMIL", shot.SourceCode);
        Assert.Null(shot.TargetText);
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE" && e.Mode == "arrest");
        Assert.Equal("ISRMIL", arrest.SourceCode);
        Assert.Equal("12 مواطنا", arrest.TargetText);
        // The hurt after the act's noun, where no genitive names a shooter, are still whom it hit.
        var clashes = models.AnalyzeFacts("وأصيب خلال الاشتباكات ثلاثة جنود.");
        Assert.Equal("ثلاثة جنود", Assert.Single(clashes.Events, e => e.Type == "ASSAULT").TargetText);
    }

    [Fact]
    public void A_raid_and_an_arrest_in_one_sentence_are_two_acts()
    {
        var doc = models.AnalyzeFacts("اقتحمت قوات الاحتلال بلدة بيتا، فيما اعتقلت 12 مواطنا.");
        Assert.Equal(2, doc.Events.Count(e => e.Type == "COERCE"));
        Assert.Contains(doc.Events, e => e.Type == "COERCE" && e.Mode == "arrest" && e.SourceCode == "ISRMIL");
    }

    [Fact]
    public void A_strike_protested_to_a_summoned_envoy_is_not_the_envoys()
    {
        var doc = models.AnalyzeFacts("استدعت وزارة الخارجية العراقية، اليوم الأربعاء، القائم بالأعمال الأمريكي في بغداد، وسلمته مذكرة احتجاج على الغارة الجوية التي استهدفت مقرا لفصائل الحشد الشعبي في منطقة جرف النصر، وأسفرت عن مقتل أربعة عناصر.");
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(strike.SourceText);
        var summoned = models.AnalyzeFacts("واستدعت الخارجية السفير احتجاجا على الغارات الإسرائيلية على جنوب لبنان.");
        Assert.DoesNotContain(summoned.Events, e => e.Type == "PROTEST");
        // Workers who stop work in protest still protest.
        Assert.Single(models.AnalyzeFacts("وعلق العمال العمل احتجاجا على تأخر الرواتب.").Events, e => e.Type == "PROTEST");
    }

    [Fact]
    public void Who_briefs_on_attacks_did_not_carry_them_out()
    {
        var doc = models.AnalyzeFacts("وأطلع الرئيس الفلسطيني محمود عباس الضيف الإسباني على آخر المستجدات، خاصة جرائم المستعمرين واعتداءاتهم المتواصلة في الضفة الغربية، واحتجاز أموال المقاصة الفلسطينية.");
        Assert.DoesNotContain(doc.Events, e => e.SourceText is { } src && src.Contains("عباس", StringComparison.Ordinal));
        Assert.Equal("المستعمرين", Assert.Single(doc.Events, e => e.Type == "ASSAULT").SourceText);
    }

    [Fact]
    public void Posing_a_threat_is_no_threat()
    {
        var doc = models.AnalyzeFacts("وقال الجيش الإسرائيلي إن قواته أطلقت النار على مشتبه بهم اقتربوا من الخط الأصفر وشكلوا تهديدا مباشرا.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "THREATEN");
    }

    [Fact]
    public void A_named_spokesman_with_a_long_office_before_the_comma_is_the_speaker()
    {
        var doc = models.AnalyzeFacts("أكد الدكتور ماجد بن محمد الأنصاري المستشار لرئيس مجلس الوزراء المتحدث الرسمي باسم وزارة الخارجية، أن دولة قطر ومصر والولايات المتحدة تواصل اتصالاتها المكثفة مع الطرفين.");
        var said = Assert.Single(doc.Quotes);
        Assert.Contains("الأنصاري", said.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith("دولة قطر", doc.Text[said.Start..said.End], StringComparison.Ordinal);
    }

    [Fact]
    public void A_masculine_nisba_after_a_feminine_verb_is_the_one_arrested_by_the_police_named_before()
    {
        var doc = models.AnalyzeFacts("وأوضحت النيابة أن الشرطة داهمت 54 موقعا في عدد من المدن واوقفت التونسي بشبهة أنه يقود خلية محلية لتنظيم داعش.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE" && e.Mode == "arrest");
        Assert.Equal("الشرطة", arrest.SourceText);
        Assert.Equal("TUN", arrest.TargetCode);
    }

    [Fact]
    public void An_imminent_danger_is_no_raid()
    {
        var doc = models.AnalyzeFacts("وأشاد الوزير بتفكيك خلية كانت تشكل \"خطرا داهما\".");
        Assert.DoesNotContain(doc.Events, e => e.Type == "COERCE" && e.Mode == "seize");
    }

    [Fact]
    public void A_place_named_after_its_head_before_a_raid_did_not_raid()
    {
        var doc = models.AnalyzeFacts("وتلقت فرق مكافحة الإرهاب بلاغا حول إقامة منفذ الهجوم في منزل بمنطقة أسنيورت بإسطنبول، فداهمت المنزل وألقت القبض عليه.");
        Assert.NotEmpty(doc.Events);
        Assert.DoesNotContain(doc.Events, e => e.SourceText is { } src && src.Contains("أسنيورت", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_arrest_announced_with_wa_ilqa_is_the_announcers()
    {
        var doc = models.AnalyzeFacts("أعلنت دائرة المخابرات العامة، اليوم الثلاثاء، إحباط مخططات كانت تهدف إلى المساس بالأمن الوطني، وإلقاء القبض على 16 شخصا متورطين فيها.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal("دائرة المخابرات العامة", arrest.SourceText);
    }

    [Fact]
    public void A_fire_after_an_attack_by_drone_boats_and_a_missile_is_no_accident()
    {
        var doc = models.AnalyzeFacts("أعلنت الهيئة تعرض سفينة تجارية لهجوم بزورقين مسيرين وصاروخ قرب ميناء الحديدة، ما أدى إلى اندلاع حريق على متنها.");
        Assert.Single(doc.Events, e => e.Type == "ASSAULT");
    }

    [Fact]
    public void Clashes_between_a_force_with_its_bracketed_alias_and_gunmen_after_a_time_aside_have_both_sides()
    {
        var doc = models.AnalyzeFacts("اندلعت اشتباكات عنيفة، فجر اليوم، بين قوات سوريا الديمقراطية (قسد) ومسلحين من العشائر العربية في بلدة ذيبان.");
        var clashes = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("SYRREB", clashes.SourceCode);
        Assert.NotNull(clashes.TargetText);
    }

    [Fact]
    public void An_organ_of_the_subjects_state_after_a_joined_call_is_who_calls()
    {
        var doc = models.AnalyzeFacts("من جهتها، أدانت الولايات المتحدة الهجوم، ودعت وزارة الخارجية الأمريكية في بيان الحوثيين إلى وقف اعتداءاتهم على الملاحة الدولية فورا.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("USAGOV", call.SourceCode);
        Assert.Equal("YEMREB", call.TargetCode);
        Assert.Equal("وزارة الخارجية الأمريكية", Assert.Single(doc.Quotes).SpeakerText);
        // Whom a body's joined call is to stays after the verb.
        var unifil = models.AnalyzeFacts("أعربت قوات اليونيفيل عن قلقها، وحثت الطرفين على ضبط النفس.");
        Assert.Equal("الطرفين", Assert.Single(unifil.Events, e => e.Type == "REQUEST").TargetText);
    }
}
