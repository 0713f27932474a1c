using Marsad.Core;

namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Who did an act and to whom when the words are not in their usual order: a state in a masdar's genitive with an
/// indefinite object after it, victims before «برصاص», the verb that describes an attack noun, a repelled attack, an
/// aside between «نفذت» and the strike, one sentenced in a relative clause; and acts that were not done: a plan, a strike
/// dated after publication. Adjectives that the agent list also holds as nouns («مسلح», «دبلوماسية», «صحافي», «قانوني»)
/// are no one. Sentences written for these tests, shipped models.
/// </summary>
public class ActAndDoerTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وقالت الوزارة إن اعتقال السلطات الإيرانية صحفيا فرنسيا غير مقبول.", "السلطات الإيرانية", null)]
    [InlineData("وقالت الحركة إن اعتقال الجيش الإسرائيلي 25 فلسطينيا جريمة.", "الجيش الإسرائيلي", "25 فلسطينيا")]
    public void A_state_or_force_in_a_masdars_genitive_with_an_indefinite_object_is_who_acts(string sentence, string doer, string? done)
    {
        var doc = models.AnalyzeFacts(sentence);
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal(doer, arrest.SourceText);
        Assert.Equal(done, arrest.TargetText);
    }

    [Fact]
    public void A_person_in_the_genitive_before_an_adverb_is_still_whom_the_act_fell_on()
    {
        var doc = models.AnalyzeFacts("وقالت الحركة إن اعتقال الناشط أحمد سعيد مجددا غير مقبول.");
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Contains("أحمد سعيد", arrest.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Victims_named_before_by_whose_fire_are_whom_the_shooting_killed()
    {
        var doc = models.AnalyzeFacts("وأعلنت وزارة الصحة في غزة مقتل أربعة فلسطينيين برصاص الجيش الإسرائيلي شرق مدينة خان يونس.");
        var shooting = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("الجيش الإسرائيلي", shooting.SourceText);
        Assert.Contains("فلسطينيين", shooting.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("قتل 11 جنديا في هجوم انتحاري استهدف قاعدة عسكرية في بلدة مهاس.")]
    [InlineData("قتل 11 جنديا في هجوم استهدف قوات الجيش قرب الحدود.")]
    public void What_an_attack_targeted_is_not_who_attacked(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(killing.SourceText);
        Assert.Contains("جنديا", killing.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Armed_after_a_storming_describes_it()
    {
        var doc = models.AnalyzeFacts("وقتل جنديان في هجوم تلاه اقتحام مسلح استهدف القاعدة.");
        Assert.DoesNotContain(doc.Events, e => e.SourceText == "مسلح" || e.TargetText == "مسلح");
        var gunman = models.AnalyzeFacts("وقتل مسلح ثلاثة أشخاص في السوق.");
        Assert.Equal("مسلح", Assert.Single(gunman.Events, e => e.Type == "ASSAULT").SourceText);
    }

    [Theory]
    [InlineData("وأكد الوزير أن القوات الحكومية صدت الهجوم.", null, "القوات")]
    [InlineData("وصد الجيش هجوما لمسلحي داعش على الحاجز.", "داعش", "الجيش")]
    public void Who_repelled_an_attack_is_whom_it_was_aimed_at(string sentence, string? attacker, string defender)
    {
        var doc = models.AnalyzeFacts(sentence);
        var attack = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Contains(defender, attack.TargetText, StringComparison.Ordinal);
        if (attacker is null)
        {
            Assert.Null(attack.SourceText);
        }
        else
        {
            Assert.Contains(attacker, attack.SourceText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_aside_between_the_carrying_verb_and_the_strike_leaves_the_speaker_the_doer()
    {
        var doc = models.AnalyzeFacts("وأعلنت القيادة الأمريكية في أفريقيا أنها نفذت، بالتنسيق مع الحكومة الصومالية، غارة جوية استهدفت عناصر من حركة الشباب.");
        var strike = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("القيادة الأمريكية في أفريقيا", strike.SourceText);
        Assert.Contains("حركة الشباب", strike.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void One_sentenced_in_a_relative_clause_is_whom_the_sentence_fell_on()
    {
        var doc = models.AnalyzeFacts("واعتبر رئيس جبهة الخلاص أحمد نجيب الشابي، الذي صدر بحقه حكم غيابي بالسجن 12 عاما، أن الأحكام سياسية.");
        var sentence = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Null(sentence.SourceText);
        Assert.Contains("أحمد نجيب الشابي", sentence.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_planned_attack_is_no_attack_done_nor_a_threat()
    {
        var doc = models.AnalyzeFacts("وأعلن الجيش أمس اعتقال خلية قال إنها خططت لتنفيذ عمليات إطلاق نار ضد أهداف إسرائيلية.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && !e.Hypothetical);
        Assert.DoesNotContain(doc.Events, e => e.Type == "THREATEN");
        Assert.Contains(doc.Events, e => e.Type == "COERCE" && e.TargetText == "خلية");
    }

    [Fact]
    public void A_strike_dated_after_publication_has_not_happened_and_carries_its_date()
    {
        var doc = new Document("t", "وقررت الهيئة الإدارية للاتحاد تنفيذ إضراب عام يوم 21 يناير المقبل.") { Published = NewsDate.DayOnly(2025, 11, 28) };
        new Marsad.Analysis.Quotes.QuoteProcessor().Process(doc);
        new Marsad.Analysis.Events.EventProcessor().Process(doc);
        var strike = Assert.Single(doc.Events, e => e.Type == "PROTEST");
        Assert.True(strike.Hypothetical);
        Assert.Equal("2026-01-21", strike.Date);
    }

    [Theory]
    [InlineData("وكانت القوات قد اعتقلت الناشط في 3 نوفمبر.", "2025-11-03")]
    [InlineData("وقتل الجندي في 12 مارس 2024.", "2024-03-12")]
    [InlineData("وقتل الجندي في 30 فبراير الماضي.", "2025-02")]
    public void A_day_of_the_month_before_its_name_makes_a_whole_date(string sentence, string date)
    {
        var doc = new Document("t", sentence) { Published = NewsDate.DayOnly(2025, 11, 28) };
        new Marsad.Analysis.Events.EventProcessor().Process(doc);
        var act = Assert.Single(doc.Events);
        Assert.Equal(date, act.Date);
        Assert.False(act.Hypothetical);
    }

    [Fact]
    public void An_agreement_dated_later_may_take_effect_later_and_is_still_made()
    {
        var doc = new Document("t", "ووقع الطرفان اتفاقا يدخل حيز التنفيذ في 1 يناير المقبل.") { Published = NewsDate.DayOnly(2025, 11, 28) };
        new Marsad.Analysis.Events.EventProcessor().Process(doc);
        Assert.All(doc.Events, e => Assert.False(e.Hypothetical));
    }

    [Theory]
    [InlineData("وقال عراقجي إن طهران منفتحة على أي مبادرة دبلوماسية تحترم حقوقها.", "دبلوماسية")]
    [InlineData("وقالت الخارجية الجزائرية في بيان إن التوقيف غير قانوني.", "قانوني")]
    public void An_adjective_after_a_noun_or_after_ghayr_is_no_party(string sentence, string adjective)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.DoesNotContain(doc.Events, e => e.SourceText == adjective || e.TargetText == adjective);
    }

    [Fact]
    public void A_press_statement_has_no_journalist_in_it()
    {
        var doc = models.AnalyzeFacts("وقالت المستشارة في بيان صحافي إن البرلمان تسلم قانون حظر حزب البعث.");
        Assert.DoesNotContain(doc.Events, e => e.SourceText == "صحافي");
    }

    [Fact]
    public void Organs_of_the_occupation_are_israels()
    {
        var doc = models.AnalyzeFacts("وحملت الرئاسة الفلسطينية حكومة الاحتلال المسؤولية، فيما هدمت جرافات الاحتلال منازل في جنين.");
        Assert.Contains(doc.Events, e => e.TargetCode == "ISRGOV");
        Assert.Contains(doc.Events, e => e.Type == "COERCE" && e.SourceCode == "ISRMIL");
    }

    [Fact]
    public void The_sides_of_clashes_may_follow_a_long_time_and_place()
    {
        var doc = models.AnalyzeFacts("اندلعت اشتباكات عنيفة فجر اليوم الاثنين في عدة أحياء من العاصمة الليبية طرابلس بين قوات جهاز الردع واللواء 444 قتال.");
        var clash = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Contains("جهاز الردع", clash.SourceText, StringComparison.Ordinal);
        Assert.Contains("اللواء 444", clash.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وزعم الجيش الإسرائيلي أنه قضى على عنصرين من حزب الله.", "الجيش الإسرائيلي", "عنصرين")]
    [InlineData("وأعلن الجيش القضاء على 20 إرهابيا في سيناء.", "الجيش", "20 إرهابيا")]
    public void Eliminating_people_is_killing_them(string sentence, string doer, string killed)
    {
        var doc = models.AnalyzeFacts(sentence);
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal(doer, killing.SourceText);
        Assert.Equal(killed, killing.TargetText);
    }

    [Theory]
    [InlineData("وأكد الرئيس أن الحكومة قضت على الفساد في المؤسسات.")]
    [InlineData("وقال الوزير إن التكاتف نجح في القضاء على منابع هذا الفكر ولله الحمد.")]
    public void Eliminating_a_thing_is_no_attack(string sentence)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT");
    }

    [Theory]
    [InlineData("واعتقلت القوات عنصرين من الخلية.", "القوات", "عنصرين")]
    [InlineData("واعتقلت الشرطة خلية خططت لشن هجمات في العاصمة.", "الشرطة", "خلية")]
    public void An_indefinite_noun_after_a_definite_force_starts_the_object(string sentence, string doer, string done)
    {
        var doc = models.AnalyzeFacts(sentence);
        var arrest = Assert.Single(doc.Events, e => e.Type == "COERCE");
        Assert.Equal(doer, arrest.SourceText);
        Assert.Equal(done, arrest.TargetText);
    }

    [Fact]
    public void People_in_a_predicate_before_a_kill_verb_with_no_object_were_killed()
    {
        var doc = models.AnalyzeFacts("وقال المرصد إن الكثير من القتلى مدنيون قتلوا على الأرض في البلدة.");
        var killing = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Null(killing.SourceText);
        Assert.Equal("مدنيون", killing.TargetText);
    }
}
