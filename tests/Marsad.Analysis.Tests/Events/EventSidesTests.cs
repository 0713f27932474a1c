namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// ACTOR and RECIPIENT found beyond the trigger's own phrase: counted victims, the doer of a described attack, the
/// second telling of one act, and possessed nouns («زيارته»). Sentences written for these tests, shipped models.
/// </summary>
public class EventSidesTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("قتل 12 شخصا في هجوم على قرية نائية.", "12 شخصا")]
    [InlineData("قتل الجيش 12 مدنيا في قصف على القرية.", "12 مدنيا")]
    [InlineData("قتل مسلحون ثلاثة أشخاص في هجوم على قرية.", "ثلاثة أشخاص")]
    public void Counted_victims_with_their_number_are_the_recipient(string sentence, string victims)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal(victims, e.TargetText);
    }

    [Fact]
    public void A_counted_noun_is_not_part_of_the_subject_before_it()
    {
        var doc = models.AnalyzeFacts("قتل مسلحون ثلاثة أشخاص في هجوم على قرية.");
        Assert.Equal("مسلحون", Assert.Single(doc.Events, x => x.Type == "ASSAULT").SourceText);
    }

    [Theory]
    [InlineData("سقط 20 قتيلا في غارات شنتها طائرات التحالف على صنعاء.", "التحالف")]
    [InlineData("قتل خمسة أشخاص في هجوم شنه مسلحون على مركز للشرطة.", "مسلحون")]
    public void The_doer_named_in_the_clause_describing_an_attack_is_its_actor(string sentence, string doer)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Contains(doer, e.SourceText);
    }

    [Fact]
    public void The_second_telling_of_an_attack_completes_the_first()
    {
        var doc = models.AnalyzeFacts("قتل 12 شخصا على الأقل أمس عندما هاجم انتحاريان حمام سباحة مزدحما في شمال البلاد.");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("انتحاريان", e.SourceText);
        Assert.Equal("12 شخصا", e.TargetText);
    }

    [Fact]
    public void A_visit_with_a_pronoun_is_the_subjects_and_its_object_is_the_place_visited()
    {
        var doc = models.AnalyzeFacts("وصل الرئيس الأميركي باراك أوباما إلى نيروبي في اليوم الأول من زيارته كينيا.");
        var e = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Equal("visit", e.Mode);
        Assert.Contains("أوباما", e.SourceText);
        Assert.Equal("كينيا", e.TargetText);
    }

    [Fact]
    public void Talks_with_a_pronoun_are_the_subjects_and_the_other_side_follows_ma()
    {
        var doc = models.AnalyzeFacts("قال الرئيس الأميركي بعد محادثاته مع الرئيس الكيني أوهورو كينياتا إن الوضع تحسن.");
        var e = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Equal("الرئيس الأميركي", e.SourceText);
        Assert.Contains("كينياتا", e.TargetText);
    }

    [Fact]
    public void A_ta_marbuta_is_not_a_pronoun()
    {
        // «للإغاثة»: the folded ة looks like the pronoun ه; the relief centre is no possessor.
        var doc = models.AnalyzeFacts("وأوضح المسؤول أن المركز يواصل جهوده، حيث ظل مركز الملك سلمان للإغاثة يقدم المساعدات لليمنيين.");
        Assert.DoesNotContain(doc.Events, x => x.SourceText == "المسؤول");
    }

    [Fact]
    public void A_three_letter_state_after_a_glued_preposition_is_the_state_and_the_place_visited()
    {
        var doc = models.AnalyzeFacts("اختتم ولي العهد زيارة عمل لمصر التقى خلالها الرئيس المصري.");
        var egypt = Assert.Single(doc.Entities, e => e.Name == "مصر");
        Assert.Equal("EGY", egypt.Code);
        Assert.Equal(2, egypt.Mentions.Count);
        var visit = Assert.Single(doc.Events, x => x.Type == "CONSULT");
        Assert.Equal(egypt.Id, visit.Target);
    }

    [Fact]
    public void A_place_after_a_glued_preposition_is_not_an_actor()
    {
        var doc = models.AnalyzeFacts("وقال المدرب إن مشاركة المنتخب في البطولة المقبلة بكوريا تأتي استعدادا للبطولات العالمية.");
        Assert.DoesNotContain(doc.Events, x => x.SourceText == "كوريا");
    }

    [Fact]
    public void An_office_a_comma_an_honorific_and_the_holder_are_one_side()
    {
        var doc = models.AnalyzeFacts("استقبل رئيس الجمهورية، السيد عبد المجيد تبون، يوم الثلاثاء بمقر الرئاسة، رئيسة الحكومة التونسية، السيدة سارة الزعفراني الزنزري، التي تقوم بزيارة عمل.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        // The host is PLOVER's RECIPIENT, the guest its ACTOR.
        Assert.Contains("عبد المجيد تبون", visit.TargetText, StringComparison.Ordinal);
        Assert.Contains("سارة الزعفراني", visit.SourceText, StringComparison.Ordinal);
        var said = Assert.Single(models.AnalyzeFacts("وقال وزير الخارجية، السيد أحمد عطاف، إن العلاقات بين البلدين متميزة.").Quotes);
        Assert.Contains("أحمد عطاف", said.SpeakerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأكد التيار الوطني الحر رفضه للقرار الحكومي.", "REJECT", "التيار الوطني الحر")]
    [InlineData("وأكدت وزارة الخارجية المصرية دعمها الكامل للشعب الفلسطيني.", "SUPPORT", "وزارة الخارجية المصرية")]
    public void A_stance_with_the_speakers_pronoun_opening_what_was_said_is_the_speakers(string sentence, string type, string source)
    {
        var e = Assert.Single(models.AnalyzeFacts(sentence).Events, x => x.Type == type);
        Assert.Contains(source, e.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain("الفلسطيني", e.SourceText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ودعا الرئيس السيسي المجتمع الدولي إلى التحرك العاجل لوقف الحرب.", "الرئيس السيسي", "المجتمع الدولي")]
    [InlineData("وقال السفير داني دانون إن الوكالة فشلت. وطالب دانون الدول المانحة بوقف تمويل الوكالة.", "دانون", "الدول المانحة")]
    [InlineData("وحثت المنظمة المنظمات الإنسانية على زيادة مساعداتها للنازحين.", "المنظمة", "المنظمات الإنسانية")]
    public void The_international_community_donors_and_organizations_called_on_are_the_recipient(string sentence, string source, string target)
    {
        var call = Assert.Single(models.AnalyzeFacts(sentence).Events, e => e.Type == "REQUEST");
        Assert.Equal(source, call.SourceText);
        Assert.Equal(target, call.TargetText);
    }

    [Theory]
    [InlineData("وأدان الوزير الهجمات التي تشنها جماعة الحوثي على السفن التجارية.", "جماعة الحوثي")]
    [InlineData("وأعربت الإمارات عن إدانتها الشديدة للهجوم الإرهابي الذي شنته ميليشيا الحوثي على سفينة تجارية.", "ميليشيا الحوثي")]
    public void A_condemned_attack_with_its_doer_names_whom_the_condemnation_is_of_and_who_attacked(string sentence, string doer)
    {
        var events = models.AnalyzeFacts(sentence).Events;
        Assert.Contains(events, e => e.Type == "ACCUSE" && e.TargetText == doer);
        var attack = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Equal(doer, attack.SourceText);
    }

    [Theory]
    [InlineData("وتم الإفراج عن نحو 900 أسير في إطار الصفقة.", "900 أسير")]
    [InlineData("ويقضي الاتفاق بأن يفرج عن أكثر من 700 محتجز من الطرفين.", "700 محتجز")]
    public void An_approximated_count_after_a_release_is_whom_it_freed(string sentence, string freed)
    {
        var release = Assert.Single(models.AnalyzeFacts(sentence).Events, e => e.Type == "RETREAT");
        Assert.Contains(freed, release.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_attack_a_group_announced_was_made_and_martyrs_announced_were_not_killed_by_the_announcer()
    {
        var claimed = Assert.Single(models.AnalyzeFacts("وكانت سرايا القدس قد أعلنت مساء أمس استهداف حاجز عسكري إسرائيلي قرب طولكرم.").Events, e => e.Type is "ASSAULT" or "THREATEN");
        Assert.Equal("ASSAULT", claimed.Type);
        Assert.Equal("سرايا القدس", claimed.SourceText);
        var counted = Assert.Single(models.AnalyzeFacts("وأعلن الدفاع المدني في غزة استشهاد 37 فلسطينيا على الأقل.").Events, e => e.Type == "ASSAULT");
        Assert.Null(counted.SourceText);
    }
}
