namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Blame («حمّل … مسؤولية»), envoys recalled and staff expelled in one decision, a feminine verb before a man's title,
/// hosts and guests around a palace's name, arrivals with a time aside, and the code of an office holder no dictionary
/// knows by name. Sentences written for these tests, shipped models.
/// </summary>
public class DiplomaticMeasureTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void Holding_someone_responsible_with_the_object_before_the_responsibility_accuses_them()
    {
        var doc = models.AnalyzeFacts("وحمّل الاتحاد العام التونسي للشغل الحكومة مسؤولية تدهور القدرة الشرائية.");
        var blame = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Contains("الاتحاد العام التونسي للشغل", blame.SourceText, StringComparison.Ordinal);
        Assert.Equal("الحكومة", blame.TargetText);
    }

    [Fact]
    public void The_feminine_participle_of_blame_after_a_statement_accuses()
    {
        var doc = models.AnalyzeFacts("وعقدت الوزارة اجتماعا طارئا، محملة سلطات الاحتلال المسؤولية الكاملة عن التصعيد.");
        var blame = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("محملة", doc.Text[blame.Trigger.Start..blame.Trigger.End]);
        Assert.Equal("الوزارة", blame.SourceText);
    }

    [Fact]
    public void Loaded_trucks_accuse_no_one()
    {
        var doc = models.AnalyzeFacts("ووصلت إلى المعبر عشر شاحنات محملة بالأدوية والأغذية.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void A_decision_to_recall_the_ambassador_and_expel_diplomats_is_two_sanctions_by_the_state()
    {
        var doc = models.AnalyzeFacts("وقررت تونس، أمس الجمعة، استدعاء سفيرها لدى ليبيا للتشاور، وطرد ثلاثة دبلوماسيين ليبيين.");
        var sanctions = doc.Events.Where(e => e.Type == "SANCTION").ToList();
        Assert.Equal(2, sanctions.Count);
        Assert.All(sanctions, e => Assert.Equal("تونس", e.SourceText));
        Assert.Contains(sanctions, e => e.TargetText == "ليبيا");
        Assert.Contains(sanctions, e => e.TargetText is { } t && t.Contains("دبلوماسيين", StringComparison.Ordinal));
    }

    [Fact]
    public void Summoning_another_states_envoy_announced_as_a_masdar_is_a_grievance()
    {
        var doc = models.AnalyzeFacts("وأعلنت الخارجية الموريتانية استدعاء السفير المالي في نواكشوط.");
        var summons = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Contains("الخارجية الموريتانية", summons.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.Type == "SANCTION");
    }

    [Fact]
    public void Recalling_the_announcers_own_envoys_named_with_its_state_is_a_sanction()
    {
        var doc = models.AnalyzeFacts("وأعلنت وزارة الخارجية التونسية، مساء الثلاثاء، استدعاء سفيري تونس لدى ليبيا والجزائر للتشاور.");
        Assert.Contains(doc.Events, e => e.Type == "SANCTION");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void A_mans_title_after_a_feminine_verb_is_its_object()
    {
        var doc = models.AnalyzeFacts("واستدعت الكويت سفيرها لدى العراق وطردت السفير العراقي.");
        var expel = Assert.Single(doc.Events, e => e.Type == "SANCTION" && doc.Text[e.Trigger.Start..e.Trigger.End] == "وطردت");
        Assert.Equal("الكويت", expel.SourceText);
        Assert.Equal("السفير العراقي", expel.TargetText);
    }

    [Fact]
    public void The_guest_right_after_a_palace_name_is_the_visitor()
    {
        var doc = models.AnalyzeFacts("استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا المبعوث الأممي هانز غروندبرغ.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("غروندبرغ", visit.SourceText, StringComparison.Ordinal);
        Assert.Contains("جوزاف عون", visit.TargetText, StringComparison.Ordinal);
        var guest = Assert.Single(doc.Entities, e => e.Name == "هانز غروندبرغ");
        Assert.Equal(["المبعوث الأممي"], guest.Roles);
    }

    [Fact]
    public void A_hosts_title_held_in_a_city_is_not_the_guests_role()
    {
        var doc = models.AnalyzeFacts("استقبل الرئيس العراقي في بغداد المبعوث الأمريكي توم باراك.");
        var guest = Assert.Single(doc.Entities, e => e.Name == "توم باراك");
        Assert.Equal(["المبعوث الأمريكي"], guest.Roles);
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("توم باراك", visit.SourceText, StringComparison.Ordinal);
        Assert.Equal("الرئيس العراقي", visit.TargetText);
    }

    [Fact]
    public void A_guest_is_not_sought_past_the_next_clause()
    {
        var doc = models.AnalyzeFacts("واستقبلت الحكومة البعثة ثم طردت الوزارة القنصل الإثيوبي.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Null(visit.SourceText);
    }

    [Fact]
    public void An_arrival_with_a_time_aside_is_the_visitors_visit()
    {
        var doc = models.AnalyzeFacts("وصل الرئيس الإيراني مسعود بزشكيان، مساء أمس، إلى العاصمة العمانية مسقط في زيارة رسمية.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("مسعود بزشكيان", visit.SourceText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقال وزير الداخلية البلجيكي برنار كوينتين إن الحكومة ستشدد الرقابة.", "برنار كوينتين", "BELGOV")]
    [InlineData("وقال وزير الزراعة البرازيلي كارلوس فافارو إن الصادرات سترتفع.", "كارلوس فافارو", "BRAGOV")]
    public void An_office_holder_no_dictionary_knows_codes_as_his_office(string sentence, string name, string codePrefix)
    {
        var doc = models.AnalyzeFacts(sentence);
        var person = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.StartsWith(codePrefix, person.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plural_participle_of_blame_takes_the_sentences_subject()
    {
        var doc = models.AnalyzeFacts("وطالب القادة العرب المجتمع الدولي بالتحرك العاجل، محملين سلطات الاحتلال مسؤولية التصعيد في الضفة الغربية.");
        var blame = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("القادة", blame.SourceText);
        Assert.Equal("سلطات الاحتلال", blame.TargetText);
    }

    [Fact]
    public void Suspects_accuse_no_one()
    {
        var doc = models.AnalyzeFacts("وألقت الشرطة القبض على متهمين اثنين بعد ساعات من الحادث.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Excessive_force_is_no_armed_force()
    {
        var doc = models.AnalyzeFacts("وانتقدت منظمة العفو الدولية استخدام القوة المفرطة ضد المحتجين في العاصمة.");
        Assert.DoesNotContain(doc.Events, e => e.SourceText == "القوة" || e.TargetText == "القوة");
    }

    [Fact]
    public void A_presidency_near_which_a_blast_went_off_is_not_the_capitals_organ()
    {
        var doc = models.AnalyzeFacts("وقتل عشرة أشخاص في تفجير استهدف مطعما قرب مقر الرئاسة في العاصمة الكينية نيروبي.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("الرئاسة في", StringComparison.Ordinal));
    }

    [Fact]
    public void A_head_of_state_no_dictionary_knows_by_name_codes_as_the_office_with_his_nationality()
    {
        var doc = models.AnalyzeFacts("وتوعد الرئيس الصومالي حسن شيخ محمود بملاحقة منفذي الهجوم.");
        var threat = Assert.Single(doc.Events, e => e.Type == "THREATEN");
        Assert.Equal("SOMGOV", threat.SourceCode);
    }
}
