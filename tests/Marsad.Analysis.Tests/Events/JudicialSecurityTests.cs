namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Arrests, sentences, charges and releases as security and court news write them: a place between the verb and
/// whom it arrests, «بحق/في حق», a count of some of them, charges brought, and a body's own forces in what it says.
/// Sentences written for these tests, shipped models.
/// </summary>
public class JudicialSecurityTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void An_arrest_with_a_place_before_ala_still_has_whom_it_arrested()
    {
        var doc = models.AnalyzeFacts("وألقت الشرطة القبض في مدينة الزرقاء على أربعة متهمين بسرقة السيارات.");
        var e = Assert.Single(doc.Events, x => x.Type == "COERCE");
        Assert.Equal("arrest", e.Mode);
        Assert.Contains("متهمين", e.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأصدرت محكمة الجنايات حكما بالإعدام بحق المدان في قضية التفجير.", "المدان")]
    [InlineData("وأصدرت المحكمة الابتدائية أحكاما بالسجن النافذ في حق سبعة متهمين.", "متهمين")]
    public void A_sentence_is_passed_on_whom_bihaqq_names(string sentence, string convicted)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == "SANCTION");
        Assert.Contains(convicted, e.TargetText, StringComparison.Ordinal);
        Assert.Contains("محكمة", e.SourceText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأفرجت السلطات الباكستانية عن ثلاثة من قادة طالبان.", "طالبان")]
    [InlineData("واعتقلت قوات الأمن عددا من عناصر حزب العمال الكردستاني.", "حزب العمال الكردستاني")]
    public void A_count_of_some_of_a_group_is_that_group(string sentence, string group)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type is "RETREAT" or "COERCE");
        Assert.Contains(group, e.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ووجهت النيابة العامة إليهم تهما بتمويل جماعة مسلحة.", "النيابة العامة")]
    [InlineData("وأعلنت الشرطة توجيه تهم القتل العمد إلى ثلاثة موقوفين.", "الشرطة")]
    public void Charges_brought_are_an_accusation_by_whom_brings_them(string sentence, string accuser)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Equal(accuser, e.SourceText);
        Assert.False(e.Hypothetical);
    }

    [Fact]
    public void Terrorism_the_concept_is_no_actor()
    {
        var doc = models.AnalyzeFacts("وقال جهاز مكافحة الإرهاب إن طائراته قصفت مخبأ في وادي حوران.");
        Assert.DoesNotContain(doc.Events, x => x.SourceText == "الإرهاب" || x.TargetText == "الإرهاب");
    }

    [Theory]
    [InlineData("وقال جهاز مكافحة الإرهاب إن قواته قتلت أربعة مسلحين في وادي حوران.", "ASSAULT", "جهاز مكافحة الإرهاب")]
    [InlineData("وأعلنت وزارة الداخلية العراقية أن مفارزها اعتقلت 14 شخصا في البصرة.", "COERCE", "وزارة الداخلية العراقية")]
    public void A_bodys_own_forces_named_by_its_pronoun_act_for_it(string sentence, string type, string body)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == type);
        Assert.Equal(body, e.SourceText);
    }

    [Fact]
    public void What_a_foiled_plot_aimed_at_is_no_attack()
    {
        var doc = models.AnalyzeFacts("وأحبطت الأجهزة الأمنية مخططا إرهابيا كان يستهدف مراكز تجارية في العاصمة.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
        var attack = models.AnalyzeFacts("وقالت الشرطة إن مسلحين استهدفوا مركزا تجاريا في العاصمة بالرصاص.");
        Assert.Contains(attack.Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("وأمهلت الفصائل المسلحة الحكومة ثلاثة أيام لتلبية مطالبها.", "الفصائل")]
    [InlineData("وأمهل الجيش السكان 24 ساعة لإخلاء القرى الحدودية.", "الجيش")]
    public void An_ultimatum_is_a_threat(string sentence, string source)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == "THREATEN");
        Assert.Contains(source, e.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_receiving_a_guest_while_speaking_is_the_visits_recipient()
    {
        var doc = models.AnalyzeFacts("وأكد الرئيس اللبناني جوزاف عون، خلال استقباله وزير الخارجية الفرنسي، أن لبنان ملتزم بوقف إطلاق النار.");
        var visit = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Contains("وزير الخارجية الفرنسي", visit.SourceText, StringComparison.Ordinal);
        Assert.Contains("عون", visit.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وفتحت النيابة العامة تحقيقا في ملابسات مقتل الصحفي.", "ACCUSE", "investigate", "النيابة العامة")]
    [InlineData("وأطلقت الفصائل صواريخ على مستوطنات غلاف غزة.", "ASSAULT", "heavy-weapons", "الفصائل")]
    [InlineData("واقتحم مسلحون مصرفا في المدينة واحتجزوا رهائن لساعات.", "ASSAULT", "abduct", "مسلحون")]
    [InlineData("وأعادت السلطات الأردنية فتح معبر جابر الحدودي أمام الشاحنات.", "RETREAT", "ease", "السلطات الأردنية")]
    public void Investigations_rockets_hostages_and_crossings_are_events(string sentence, string type, string mode, string source)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == type && x.Mode == mode);
        Assert.Contains(source, e.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Closing_a_crossing_is_a_sanction()
    {
        var doc = models.AnalyzeFacts("وأغلقت السلطات الإسرائيلية معبر كرم أبو سالم أمام المساعدات.");
        var e = Assert.Single(doc.Events, x => x.Type == "SANCTION");
        Assert.Contains("السلطات الإسرائيلية", e.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_investigates_a_killing_did_not_kill()
    {
        var doc = models.AnalyzeFacts("وفتحت النيابة العامة تحقيقا في ملابسات مقتل الناشط الحقوقي.");
        var killing = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Null(killing.SourceText);
    }
}
