using Marsad.Analysis.Events;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Whether a sentence reports a PROTEST or an ASSAULT at all (sentence-level detection, docs/annotation.md "Event
/// detection"). Sentences written for these tests, each checking one rule.
/// </summary>
public class DetectionSenseTests
{
    private static List<PloverEvent> Events(string text, string type) => OccurrenceTests.Events(text, type);

    [Fact]
    public void A_verb_spelled_with_a_leading_fa_still_anchors_the_protest() =>
        Assert.Single(Events("فرقت قوات الأمن المظاهرة بالقوة قرب البرلمان.", "PROTEST"));

    [Fact]
    public void Wide_protests_are_one_occurrence() =>
        Assert.Single(Events("وأثار القرار احتجاجات واسعة في العاصمة.", "PROTEST"));

    [Fact]
    public void To_pretend_is_no_demonstration()
    {
        Assert.Empty(Events("وكان المتهم يتظاهر بالمرض كي يتجنب المحاكمة.", "PROTEST"));
        Assert.Single(Events("وتظاهر الآلاف بالقرب من مقر الحكومة ضد الغلاء.", "PROTEST"));
    }

    [Fact]
    public void A_career_with_a_pronoun_is_no_march() =>
        Assert.Empty(Events("وأنهى الحارس مسيرته مع المنتخب في الميدان بعد عشرين عاما.", "PROTEST"));

    [Fact]
    public void One_person_protesting_is_no_protest_but_a_counted_crowd_is()
    {
        Assert.Empty(Events("وبدا المدرب محتجا على قرار الحكم في الملعب.", "PROTEST"));
        Assert.Single(Events("وتجمع نحو 300 محتج أمام مبنى المحافظة رافعين لافتات.", "PROTEST"));
    }

    [Fact]
    public void A_crowd_come_to_watch_is_no_protest() =>
        Assert.Empty(Events("واحتشد الأهالي في الساحة لمشاهدة عرض الألعاب النارية.", "PROTEST"));

    [Fact]
    public void A_minister_protesting_disapproves()
    {
        const string text = "واحتجت الصين على تصريحات السفير الأمريكي في بكين.";
        Assert.Empty(Events(text, "PROTEST"));
        Assert.NotEmpty(Events(text, "ACCUSE"));
    }

    [Fact]
    public void A_letter_of_protest_disapproves() =>
        Assert.Empty(Events("وسلمت السفارة مذكرة احتجاج إلى وزارة الخارجية أمس.", "PROTEST"));

    [Fact]
    public void Any_of_a_list_joined_by_or_is_no_protest() =>
        Assert.Empty(Events("ويحظر القانون الجديد أي تجمعات أو اعتصامات أو مظاهرات في الجامعات.", "PROTEST"));

    [Fact]
    public void A_cancelled_march_did_not_happen() =>
        Assert.Empty(Events("وطالب الناشطون بإلغاء المظاهرة المقررة في المدينة.", "PROTEST"));

    [Fact]
    public void Charges_are_alleged_not_reported() =>
        Assert.Empty(Events("وأحيل المتهمون إلى المحكمة بتهم بينها التخطيط لتفجيرات في العاصمة.", "ASSAULT"));

    [Fact]
    public void Killing_in_a_sermon_is_no_assault()
    {
        Assert.Empty(Events("وحذر الخطيب من أن قتل النفس البريئة من أعظم الذنوب.", "ASSAULT"));
        Assert.NotEmpty(Events("وأقدم الجاني على قتل كل من شقيقه وابن عمه بإطلاق النار عليهما.", "ASSAULT"));
    }

    [Fact]
    public void Killing_time_is_no_assault() =>
        Assert.Empty(Events("ويلجأ المسافرون إلى الألعاب لقتل الوقت في صالات المطار.", "ASSAULT"));

    [Fact]
    public void A_campaign_that_targeted_groups_is_an_aim() =>
        Assert.Empty(Events("وأوقفت الشرطة مئة شخص في إطار حملة استهدفت عصابات تهريب المخدرات والسلاح.", "ASSAULT"));

    [Fact]
    public void Magazines_of_bullets_are_no_shots() =>
        Assert.Empty(Events("وعثر رجال الأمن في السيارة على مخازن رصاص وسلاح رشاش.", "ASSAULT"));

    [Fact]
    public void A_clash_between_players_is_football() =>
        Assert.Empty(Events("وشهدت المباراة اشتباكا بين لاعبي الفريقين في الشوط الثاني.", "ASSAULT"));

    [Fact]
    public void A_shark_attack_is_no_assault() =>
        Assert.Empty(Events("ونجا سباح من هجوم سمكة قرش قبالة الشاطئ أمس.", "ASSAULT"));

    [Fact]
    public void Martyrdom_of_a_soldier_is_an_assault_but_citing_a_verse_is_not()
    {
        Assert.Single(Events("وأعلنت القيادة استشهاد جندي بقذيفة أطلقت من خلف الحدود.", "ASSAULT"));
        Assert.Empty(Events("واستشهد الخطيب بآية من القرآن في درسه.", "ASSAULT"));
    }

    [Fact]
    public void A_flood_that_killed_is_no_assault() =>
        Assert.Empty(Events("وقتل عشرة أشخاص في فيضانات اجتاحت القرى الجبلية.", "ASSAULT"));

    [Fact]
    public void A_terrorist_incident_is_an_assault_despite_the_word_incident() =>
        Assert.NotEmpty(Events("وأسفر الحادث الإرهابي الذي استهدف مركز الشرطة عن مقتل ثلاثة جنود.", "ASSAULT"));

    [Fact]
    public void As_if_is_a_simile() =>
        Assert.Empty(Events("وشعرت كأنني نجوت من موجة إطلاق رصاص في ساحة معركة.", "ASSAULT"));

    [Fact]
    public void May_with_an_imperfect_before_a_masdar_is_possible() =>
        Assert.Empty(Events("وقال المحلل إن التصريحات قد تدفع البعض إلى الهجوم على السفارات.", "ASSAULT"));

    [Fact]
    public void Repelling_an_attack_reports_it() =>
        Assert.NotEmpty(Events("وصد الجيش هجوما لمسلحين على مواقعه في الجبل.", "ASSAULT"));

    [Fact]
    public void A_city_is_not_medina()
    {
        const string text = "وأطلقت قوات الأمن في مدينة الناصرية الرصاص الحي على المحتجين أمس.";
        var doc = new Document("t", text);
        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        Assert.DoesNotContain(doc.Entities, e => e.Code is { } code && code.StartsWith("SAU", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Events, e => e.Source is { } s && doc.Entities.Any(x => x.Id == s && x.Code is { } c && c.StartsWith("SAU", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_death_sentence_is_no_execution_and_defendants_accuse_no_one()
    {
        const string text = "وقضت محكمة الجنايات أمس بإعدام 15 متهماً وبسجن عشرين آخرين.";
        Assert.Empty(Events(text, "ASSAULT"));
        Assert.Empty(Events(text, "ACCUSE"));
    }

    [Fact]
    public void Who_survived_an_attack_on_his_convoy_is_its_target()
    {
        var attack = Assert.Single(Events("ونجا وزير الداخلية من هجوم استهدف موكبه جنوب العاصمة أمس.", "ASSAULT"));
        Assert.Null(attack.SourceText);
        Assert.Contains("وزير الداخلية", attack.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_owner_of_a_targeted_convoy_is_hit_not_the_hitter()
    {
        var attack = Assert.Single(Events("وأصيب المحافظ بجروح طفيفة في انفجار عبوة ناسفة استهدفت موكبه صباح اليوم.", "ASSAULT"));
        Assert.NotEqual("المحافظ", attack.SourceText);
        Assert.Contains("المحافظ", attack.TargetText ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_masdar_with_its_doer_in_the_genitive_and_an_object_after_it()
    {
        var doc = new Document("t", "وخرجت مظاهرات غاضبة بعد إعدام بغداد الناشط المعارض أمس.");
        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        var execution = Assert.Single(doc.Events, e => e.Type == "ASSAULT");
        Assert.Equal("بغداد", execution.SourceText);
        Assert.Contains("الناشط", execution.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Protesters_of_a_nationality_are_people_not_their_state()
    {
        var doc = new Document("t", "وتظاهر محتجون عراقيون أمام السفارة احتجاجا على قرار الحكومة.");
        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        var protest = Assert.Single(doc.Events, e => e.Type == "PROTEST");
        Assert.Equal("IRQOPP", protest.SourceCode);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ACCUSE");
    }

    [Fact]
    public void Hundreds_of_a_group_protest_and_the_group_is_the_actor()
    {
        // «مئات» folds to «ميات» (ئ → ي): word lists written with the hamza never matched before.
        var protest = Assert.Single(Events("وخرج مئات من الطلاب في مظاهرة وسط العاصمة.", "PROTEST"));
        Assert.Equal("الطلاب", protest.SourceText);
    }

    [Fact]
    public void People_of_a_city_protest_as_its_people()
    {
        var doc = new Document("t", "وخرج مئات من أهالي مدينة حلب في مظاهرة تنديدا بالقصف.");
        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        var protest = Assert.Single(doc.Events, e => e.Type == "PROTEST");
        Assert.Equal("SYRCVL", protest.SourceCode);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT"); // the shelling was told before: this sentence condemns it
    }

    [Fact]
    public void The_killers_of_protesters_are_no_act_of_killing() =>
        Assert.Empty(Events("ويواجه قتلة الصحفي المحاكمة أمس في القاهرة.", "ASSAULT"));

    [Fact]
    public void Fire_to_disperse_a_crowd_is_aimed_at_it()
    {
        var shots = Assert.Single(Events("وأطلقت الشرطة الرصاص المطاطي لتفريق مئات المحتجين في الساحة.", "ASSAULT"));
        Assert.Contains("المحتجين", shots.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_curfew_is_imposed_but_a_declared_intent_is_not()
    {
        Assert.Single(Events("وأعلنت السلطات حظراً للتجوال في العاصمة.", "COERCE"));
        Assert.Empty(Events("وأعلنت السلطات أنها ستفرض حظرا للتجوال في العاصمة.", "COERCE"));
    }

    [Fact]
    public void A_country_that_sees_attacks_is_not_their_attacker()
    {
        var attack = Assert.Single(Events("وشهدت باكستان أمس هجمات بأسلحة نارية أسفرت عن مقتل خمسة أشخاص.", "ASSAULT"));
        Assert.NotEqual("باكستان", attack.SourceText);
    }

    [Fact]
    public void An_intention_governs_the_next_masdar_only() =>
        Assert.Single(Events("وكان الحزب أعلن نيته المقاطعة عقب مقتل أحد أعضائه في مسيرة.", "ASSAULT"));

    [Fact]
    public void Protesters_after_kan_and_qad_protested()
    {
        var protest = Assert.Single(Events("وكان آلاف التونسيين قد تظاهروا في العاصمة قبل أيام من الاقتراع.", "PROTEST"));
        Assert.Equal("TUNCVL", protest.SourceCode);
    }

    [Fact]
    public void A_weekday_in_a_place_name_is_no_date()
    {
        var doc = new Document("t", "وأعلن المجلس الاجتماعي لسوق الجمعة مساء الثلاثاء التوصل إلى اتفاق مع الحكومة.")
        {
            Published = NewsDate.DayOnly(2023, 8, 16),
        };
        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        var agreement = Assert.Single(doc.Events, e => e.Type == "AGREE");
        Assert.Equal("2023-08-15", agreement.Date);
    }

    [Fact]
    public void Demands_met_are_no_new_call() =>
        Assert.Empty(Events("وقال الرئيس إن الحراك الشعبي حقق مطالبه الأساسية بعد عامين.", "REQUEST"));

    [Fact]
    public void Deaths_told_later_in_an_accident_story_are_no_assault()
    {
        var doc = new Document("t", "تحطمت طائرة صغيرة فوق حي سكني في ضواحي العاصمة اليوم. وقالت الشرطة إن اثنين من الركاب وامرأة تقيم في الحي قتلوا وجرح خمسة آخرون.")
        {
            Title = "مقتل ثلاثة أشخاص بتحطم طائرة صغيرة",
        };
        new QuoteProcessor().Process(doc);
        new EventProcessor().Process(doc);
        Assert.DoesNotContain(doc.Events, e => e.Type == "ASSAULT" && !e.Hypothetical);
    }

    [Fact]
    public void A_ceasefire_with_adjectives_and_an_agency_name_are_no_events()
    {
        Assert.Empty(Events("وبحث الجانبان الجهود المبذولة للتوصل إلى وقف فوري ودائم لإطلاق النار في القطاع.", "ASSAULT"));
        // The sum given is aid; the «إغاثة» of the agency's name is none.
        const string Given = "وقدم الصندوق 25 مليون دولار لوكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين.";
        Assert.DoesNotContain(Events(Given, "AID"), e => e.Trigger.Start >= Given.IndexOf("لإغاثة", StringComparison.Ordinal));
    }
}
