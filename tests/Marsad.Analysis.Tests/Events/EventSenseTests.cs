using Marsad.Core;

namespace Marsad.Analysis.Tests.Events;

/// <summary>Event types, sides and modality on the whole pipeline (sentences written for these tests).</summary>
public class EventSenseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    private List<PloverEvent> Events(string text) => models.AnalyzeFacts(text).Events;

    [Fact]
    public void An_office_holder_attacking_talks_criticizes_them_and_gunmen_attacking_a_post_assault_it()
    {
        var verbal = Events("هاجم وزير الخارجية الإسرائيلي يسرائيل كاتس المحادثات ووصفها بأنها مكافأة للإرهاب.");
        Assert.DoesNotContain(verbal, e => e.Type == "ASSAULT");
        Assert.Contains(verbal, e => e.Type == "ACCUSE" && e.SourceText!.Contains("كاتس", StringComparison.Ordinal));
        Assert.Contains(Events("هاجم مسلحون مجهولون نقطة تفتيش للجيش وقتلوا ثلاثة جنود."), e => e.Type == "ASSAULT" && !e.Hypothetical);
    }

    [Fact]
    public void A_source_asking_to_stay_anonymous_requests_nothing() =>
        Assert.DoesNotContain(Events("وقال المسؤول الذي طلب عدم الكشف عن اسمه إن الاجتماع سيعقد الأسبوع المقبل."), e => e.Type == "REQUEST");

    [Fact]
    public void A_threatened_withdrawal_is_a_threat_not_a_withdrawal()
    {
        var events = Events("وهددت إيران بالانسحاب من معاهدة عدم انتشار الأسلحة النووية.");
        Assert.Contains(events, e => e.Type == "THREATEN");
        Assert.DoesNotContain(events, e => e.Type == "RETREAT" && !e.Hypothetical);
    }

    [Fact]
    public void A_killing_told_in_denied_reports_is_denied() =>
        Assert.DoesNotContain(Events("ونفى مصدر في الشرطة تقارير تحدثت عن مقتل أحد المعتقلين داخل السجن."), e => e.Type == "ASSAULT");

    [Fact]
    public void An_announced_arrest_of_protesters_is_an_arrest_not_a_threat_nor_a_protest()
    {
        var events = Events("وأعلنت وزارة الداخلية توقيف عشرات المحتجين في نواكشوط.");
        Assert.Contains(events, e => e.Type == "COERCE" && e.Mode == "arrest" && !e.Hypothetical);
        Assert.DoesNotContain(events, e => e.Type is "THREATEN" or "PROTEST");
    }

    [Fact]
    public void A_court_conviction_is_a_sanction_and_a_condemnation_stays_an_accusation()
    {
        Assert.Contains(Events("وقضت المحكمة بسجنه ثلاث سنوات بعد إدانته بالإساءة إلى الذات الأميرية."), e => e.Type == "SANCTION" && e.Mode == "convict");
        var condemned = Events("وأدان الرئيس بشدة حكم المحكمة على الناشط.");
        Assert.Contains(condemned, e => e.Type == "ACCUSE");
        Assert.DoesNotContain(condemned, e => e.Type == "SANCTION");
    }

    [Fact]
    public void A_subject_whose_name_begins_with_ba_is_the_actor_not_the_recipient()
    {
        var welcome = Assert.Single(Events("ورحب وزير الخارجية المغربي ناصر بوريطة بالموقف الفرنسي الجديد."), e => e.Type == "SUPPORT");
        Assert.Contains("بوريطة", welcome.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain("بوريطة", welcome.TargetText ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void A_control_panel_is_no_brandished_threat() =>
        Assert.DoesNotContain(Events("وأبدى الأعضاء إعجابهم بلوحة التحكم التي أعدها الفريق في بروكسل."), e => e.Type == "THREATEN");

    [Fact]
    public void States_joined_in_a_condemnation_all_condemn_and_the_attack_is_no_recipient()
    {
        var condemned = Assert.Single(Events("كما دانت الولايات المتحدة وتركيا وقطر الهجوم الإرهابي الذي استهدف قوات الأمن."), e => e.Type == "ACCUSE");
        Assert.Contains("الولايات المتحدة", condemned.SourceText, StringComparison.Ordinal);
        Assert.Null(condemned.TargetText);
    }

    [Fact]
    public void A_place_between_commas_is_not_whom_the_envoy_met() =>
        Assert.DoesNotContain(Events("التقى المبعوث الأممي هانس غروندبرغ، في العاصمة العمانية مسقط، رئيس وفد الحوثيين محمد عبد السلام."),
            e => e.Type == "CONSULT" && (e.TargetText ?? string.Empty).Contains("العمانية", StringComparison.Ordinal));

    [Fact]
    public void A_title_its_genitive_and_its_holder_call_together_but_gunmen_and_their_captive_do_not()
    {
        var call = Assert.Single(Events("ودعا رئيس مفوضيتها عمر توراي إلى حوار بناء مع الدول الثلاث."), e => e.Type == "REQUEST");
        Assert.Contains("توراي", call.SourceText, StringComparison.Ordinal);
        var seized = Events("واختطف المسلحون الحوثيون الدكتور عبدالقادر الجنيد من منزله.");
        Assert.DoesNotContain(seized, e => (e.SourceText ?? string.Empty).Contains("الجنيد", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("ونفذ الطيران الإسرائيلي غارة على بلدة في جنوب لبنان.", "aerial")]
    [InlineData("واستهدفت طائرة مسيرة تركية سيارة تقل مدنيين قرب منبج.", "drone")]
    [InlineData("وقصفت المدفعية مواقع المسلحين في ريف حماة.", "heavy-weapons")]
    public void Strikes_from_the_air_are_aerial_or_drone_attacks(string sentence, string mode) =>
        Assert.Contains(Events(sentence), e => e.Type == "ASSAULT" && e.Mode == mode);

    [Fact]
    public void A_fuel_subsidy_is_no_political_support()
    {
        Assert.DoesNotContain(Events("وأعلنت الحكومة رفع دعم الوقود وزيادة أسعار الخبز المدعوم."), e => e.Type is "SUPPORT" or "AGREE");
        Assert.DoesNotContain(Events("وقال الدفاع المدني في غزة إن غارة إسرائيلية استهدفت منزلا في حي الزيتون."),
            e => (e.SourceText ?? string.Empty) == "المدني");
    }

    [Fact]
    public void A_decided_expulsion_of_embassy_staff_is_a_sanction_taken_and_deporting_migrants_stays_coercion()
    {
        var expelled = Assert.Single(Events("وقررت السلطات الجزائرية طرد 12 موظفاً في السفارة الفرنسية."), e => e.Type is "SANCTION" or "THREATEN" or "COERCE");
        Assert.Equal(("SANCTION", "expel"), (expelled.Type, expelled.Mode));
        Assert.False(expelled.Hypothetical);
        Assert.Contains("السلطات", expelled.SourceText, StringComparison.Ordinal);
        Assert.Contains(Events("وطردت الشرطة عشرات المهاجرين إلى الحدود."), e => e.Type == "COERCE" && e.Mode == "deport");
    }

    [Fact]
    public void A_promised_retaliation_is_a_threat_and_answering_questions_is_not()
    {
        Assert.Contains(Events("وقال المتحدث إن الجماعة سترد على العدوان الأميركي في الوقت المناسب."), e => e.Type == "THREATEN");
        Assert.Contains(Events("وأكد النائب أن أي توسيع للعدوان سيقابل برد حازم من المقاومة."), e => e.Type == "THREATEN");
        Assert.DoesNotContain(Events("ويرد الوزير على أسئلة النواب الأسبوع المقبل."), e => e.Type == "THREATEN");
    }

    [Theory]
    [InlineData("ونفت المديرية أن تكون قواتها قد استخدمت الرصاص المطاطي ضد المتظاهرين.", "ASSAULT")]
    [InlineData("وأكد رئيس الوزراء أن الحكومة لن تسمح باستخدام الأراضي العراقية منطلقا للاعتداء على دول الجوار.", "ASSAULT")]
    [InlineData("وقال إن هذه الهجمات تهدد سيادة العراق وأمن المنطقة.", "THREATEN")]
    public void Denied_ruled_out_and_endangering_are_no_events(string sentence, string type) =>
        Assert.DoesNotContain(Events(sentence), e => e.Type == type && !e.Hypothetical);

    [Fact]
    public void Who_comments_on_strikes_did_not_strike_but_who_expresses_condemnation_condemns()
    {
        Assert.DoesNotContain(Events("ولم يعلق الجيش اللبناني رسمياً على الغارات الإسرائيلية."),
            e => e.Type == "ASSAULT" && (e.SourceText ?? string.Empty).Contains("اللبناني", StringComparison.Ordinal));
        Assert.Contains(Events("وأعرب الأزهر الشريف عن استنكاره الشديد للهجوم على المسجد."),
            e => e.Type == "ACCUSE" && (e.SourceText ?? string.Empty).Contains("الأزهر", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وأعلنت القيادة المركزية الأميركية أن قواتها نفذت ضربات دقيقة على 6 مواقع للحوثيين في الحديدة.", true)]
    [InlineData("ووجه القرار ضربة قوية للاقتصاد المحلي.", false)]
    [InlineData("وافتتح الظهير التسجيل بضربة رأس في الدقيقة 11 قبل أن يضاعف المهاجم النتيجة.", false)]
    public void Strikes_on_positions_are_attacks_and_blows_headers_and_penalties_are_not(string sentence, bool attack) =>
        Assert.Equal(attack, Events(sentence).Any(e => e.Type == "ASSAULT" && !e.Hypothetical));

    [Fact]
    public void A_warning_to_a_named_party_is_a_threat_and_a_warning_of_a_danger_is_not()
    {
        var warned = Assert.Single(Events("وحذر وزير الخارجية المصري بدر عبد العاطي إثيوبيا من المساس بحقوق مصر المائية."), e => e.Type == "THREATEN");
        Assert.Contains("إثيوبيا", warned.TargetText, StringComparison.Ordinal);
        Assert.DoesNotContain(Events("وحذرت منظمة الصحة العالمية من انتشار وباء الكوليرا في اليمن."), e => e.Type == "THREATEN");
        Assert.DoesNotContain(Events("وحذرت مديرية الدفاع المدني بمنطقة جازان من التقلبات الجوية."), e => e.Type == "THREATEN");
    }

    [Fact]
    public void A_participle_of_calling_is_the_subjects_request_to_the_noun_after_it_and_a_preacher_calls_on_nobody()
    {
        var call = Assert.Single(Events("ودانت السفارة الأميركية الهجوم، داعية الحكومة العراقية إلى محاسبة المسؤولين."), e => e.Type == "REQUEST");
        Assert.Contains("السفارة", call.SourceText, StringComparison.Ordinal);
        Assert.Contains("الحكومة العراقية", call.TargetText, StringComparison.Ordinal);
        Assert.DoesNotContain(Events("وقال الداعية السعودي عائض القرني إن الصيام عبادة عظيمة."), e => e.Type == "REQUEST");
    }

    [Fact]
    public void The_hosts_title_in_apposition_is_not_the_guest_and_a_counterpart_after_a_preposition_is_the_other_side()
    {
        var met = Assert.Single(Events("واستقبل الأمير فيصل بن فرحان، وزير الخارجية السعودي، نظيره الإيراني عباس عراقجي."), e => e.Type == "CONSULT");
        Assert.Contains("عراقجي", met.SourceText, StringComparison.Ordinal); // the guest is PLOVER's ACTOR
        Assert.Contains("فيصل بن فرحان", met.TargetText, StringComparison.Ordinal);
        var call = Assert.Single(Events("وأجرى وزير الخارجية الأمريكي اتصالا هاتفيا بنظيره التركي هاكان فيدان."), e => e.Type == "CONSULT");
        Assert.Contains("فيدان", call.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Summoning_a_charge_daffaires_accuses_and_recalling_ones_own_ambassador_withdraws_from_the_host()
    {
        var summoned = Assert.Single(Events("واستدعت وزارة الخارجية الأردنية القائم بأعمال السفارة الإسرائيلية في عمان وسلمته مذكرة احتجاج."), e => e.Type == "ACCUSE");
        Assert.Contains("الخارجية الأردنية", summoned.SourceText, StringComparison.Ordinal);
        var recalled = Assert.Single(Events("واستدعت الخارجية الجزائرية سفيرها لدى فرنسا للتشاور."), e => e.Type == "SANCTION");
        Assert.Equal("فرنسا", recalled.TargetText);
    }

    [Fact]
    public void Looting_aid_is_seizure_not_aid()
    {
        var events = Events("وقال إن الميليشيا المتمردة نهبت شاحنات الإغاثة واستخدمتها لأغراض عسكرية.");
        Assert.Contains(events, e => e.Type == "COERCE" && e.Mode == "seize");
        Assert.DoesNotContain(events, e => e.Type == "AID" && !e.Hypothetical);
    }

    [Theory]
    [InlineData("ودعت اللجنة الحكومة إلى الحوار مع النقابات والإفراج عن الموقوفين في الاحتجاجات الأخيرة.", "RETREAT")]
    [InlineData("وطالب البرلمان العربي إسرائيل بالانسحاب من الجولان المحتل.", "RETREAT")]
    [InlineData("وقال المسؤول إن الخطة تركز على فتح المعابر لإيصال المساعدات إلى القطاع.", "AID")]
    [InlineData("وتجري أنقرة ودمشق مفاوضات حول جدول زمني لانسحاب القوات التركية من الشمال.", "RETREAT")]
    public void An_act_called_for_planned_or_under_talks_has_not_happened(string sentence, string type) =>
        Assert.DoesNotContain(Events(sentence), e => e.Type == type && !e.Hypothetical);

    [Fact]
    public void A_demand_made_of_a_state_names_the_state_as_recipient_not_part_of_the_demander()
    {
        var request = Assert.Single(Events("وطالب البرلمان العربي إسرائيل بالانسحاب من الجولان المحتل."), e => e.Type == "REQUEST");
        Assert.DoesNotContain("إسرائيل", request.SourceText, StringComparison.Ordinal);
        Assert.Equal("إسرائيل", request.TargetText);
    }

    [Theory]
    [InlineData("وأكد الوزير أن الأردن لن يقبل بأي حلول على حساب الشعب الفلسطيني.", "الأردن")]
    [InlineData("وقال رئيس الوفد إن الحكومة لن توقع على أي اتفاق لا يضمن عودة النازحين.", "الحكومة")]
    public void A_refusal_told_with_a_negated_verb_of_accepting_is_a_rejection(string sentence, string refuser)
    {
        var reject = Assert.Single(Events(sentence), e => e.Type == "REJECT");
        Assert.Contains(refuser, reject.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Sparing_no_effort_is_a_promise()
    {
        Assert.Contains(Events("وقال وزير الخارجية القطري إن بلاده لن تدخر جهدا لدعم الوساطة بين الطرفين."), e => e.Type == "AGREE" && !e.Hypothetical);
    }

    [Fact]
    public void Endangering_navigation_is_no_threat_and_drones_that_shell_are_no_march()
    {
        Assert.DoesNotContain(Events("ودعا المجلس الجماعة إلى الكف عن تهديد الملاحة الدولية في البحر الأحمر."), e => e.Type == "THREATEN");
        var events = Events("وأفاد شهود بأن مسيرات تابعة لحركة الشباب قصفت قاعدة عسكرية قرب مقديشو.");
        Assert.DoesNotContain(events, e => e.Type == "PROTEST");
        var attack = Assert.Single(events, e => e.Type == "ASSAULT");
        Assert.Contains("الشباب", attack.SourceText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وأعلنت وزارة الداخلية الجزائرية إيقاف شخصين يشتبه في انتمائهما إلى جماعة إرهابية.", "arrest")]
    [InlineData("وتمكنت المصالح الأمنية من تفكيك خلية إرهابية تنشط في ولاية سوسة.", "arrest")]
    [InlineData("وأسفرت المداهمة عن حجز أسلحة نارية وذخيرة في منزل المشتبه به.", "seize")]
    [InlineData("وضبطت الشرطة كميات من المتفجرات في مستودع بضواحي المدينة.", "seize")]
    public void Maghrebi_and_egyptian_words_of_arrest_and_seizure_are_coercion(string sentence, string mode) =>
        Assert.Contains(Events(sentence), e => e.Type == "COERCE" && e.Mode == mode);

    [Fact]
    public void Stopping_a_ceasefire_or_flights_is_no_arrest() =>
        Assert.DoesNotContain(Events("وقررت السلطات إيقاف الرحلات الجوية إلى المدينة بسبب الأحوال الجوية."), e => e.Type == "COERCE");

    [Fact]
    public void An_organ_named_after_lil_keeps_its_article()
    {
        var doc = models.AnalyzeFacts("وقال بيان للقوات المسلحة الأردنية إن طائرة مسيرة أسقطت قرب الحدود.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("لل", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_name_in_ta_marbuta_is_no_verb() =>
        Assert.DoesNotContain(Events("وامتدت الاشتباكات إلى أحياء عين زارة وصلاح الدين جنوب العاصمة."), e => e.Type == "CONSULT");

    [Theory]
    [InlineData("ونددت وزارة الخارجية الجزائرية بالتصريحات، واستدعت سفير فرنسا لدى الجزائر ستيفان روماتيه للاحتجاج.", "وزارة الخارجية الجزائرية", "سفير")]
    [InlineData("وشنت الشرطة حملة في المدينة، إذ اعتقلت، فجر اليوم، 12 ناشطا من المعارضة.", "الشرطة", "ناشطا")]
    public void A_feminine_verb_takes_no_masculine_noun_after_it_as_subject(string sentence, string actor, string recipient)
    {
        var e = Assert.Single(Events(sentence), x => x.Type is "ACCUSE" or "COERCE" && x.SourceText is not null && !x.SourceText.Contains("الاحتجاج", StringComparison.Ordinal)
            && x.TargetText is not null);
        Assert.Contains(actor, e.SourceText, StringComparison.Ordinal);
        Assert.Contains(recipient, e.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Who_arrives_somewhere_on_a_visit_visits_it()
    {
        var visit = Assert.Single(Events("ووصل الرئيس التركي رجب طيب أردوغان إلى العاصمة القطرية الدوحة في زيارة رسمية تستمر يومين."), e => e.Type == "CONSULT");
        Assert.Contains("أردوغان", visit.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain("الدوحة", visit.SourceText ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void An_attack_that_hit_someone_has_them_as_recipient_and_an_adjective_of_a_party_is_no_actor()
    {
        var attack = Assert.Single(Events("وأدان المجلس الهجوم الذي استهدف الصحفيين في مدينة كركوك."), e => e.Type == "ASSAULT");
        Assert.Null(attack.SourceText);
        Assert.Contains("الصحفيين", attack.TargetText, StringComparison.Ordinal);
        var criticism = Assert.Single(Events("وانتقد الحزب الديمقراطي المعارض القرار بشدة."), e => e.Type == "ACCUSE");
        Assert.DoesNotContain("المعارض", criticism.TargetText ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Urging_is_a_request_and_what_is_urged_has_not_happened()
    {
        var events = Events("وحث الأمين العام للأمم المتحدة الطرفين على العودة إلى طاولة المفاوضات دون شروط.");
        Assert.Contains(events, e => e.Type == "REQUEST" && e.SourceText is not null);
        Assert.DoesNotContain(events, e => e.Type == "CONSULT" && !e.Hypothetical);
    }

    [Fact]
    public void Financial_support_is_aid_carbon_capture_no_detention_and_a_march_in_rejection_one_protest()
    {
        Assert.Contains(Events("وقدم الاتحاد الأوروبي دعما ماليا للأردن بقيمة 500 مليون يورو."), e => e.Type == "AID");
        Assert.DoesNotContain(Events("وبحث الجانبان التعاون في مشاريع احتجاز الكربون وتخزينه."), e => e.Type == "COERCE");
        var protest = Events("وخرج المئات في مسيرة رفضا لارتفاع أسعار الخبز في وسط العاصمة.");
        Assert.Contains(protest, e => e.Type == "PROTEST");
        Assert.DoesNotContain(protest, e => e.Type == "REJECT");
    }

    [Fact]
    public void A_call_to_each_of_two_names_the_first()
    {
        var call = Assert.Single(Events("وأجرى وزير الخارجية المصري اتصالين هاتفيين بكل من وزير الخارجية التركي هاكان فيدان والقطري محمد بن عبدالرحمن آل ثاني."), e => e.Type == "CONSULT");
        Assert.Contains("فيدان", call.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_nationality_of_a_condemned_act_is_whom_the_condemnation_is_aimed_at()
    {
        var accuse = Assert.Single(Events("ودانت القمة العربية الغارات الإسرائيلية على جنوب لبنان."), e => e.Type == "ACCUSE");
        Assert.Contains("الإسرائيلية", accuse.TargetText, StringComparison.Ordinal);
        Assert.DoesNotContain("الإسرائيلية", accuse.SourceText ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Not_having_signed_yet_is_no_refusal_and_force_majeure_is_no_cairo()
    {
        Assert.DoesNotContain(Events("وقال المسؤول إن الطرفين لم يوقعا على الاتفاق بعد بانتظار الصياغة النهائية."), e => e.Type == "REJECT");
        var doc = models.AnalyzeFacts("وأعلنت المؤسسة الوطنية للنفط حالة القوة القاهرة في حقل الشرارة.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "القاهرة");
    }

    [Fact]
    public void A_count_before_qutilu_was_killed_and_who_shelled_did_it()
    {
        var attack = Assert.Single(Events("وقالت الشبكة إن 25 مدنيا قتلوا جراء قصف نفذته قوات الدعم السريع على المدينة."), e => e.Type == "ASSAULT");
        Assert.Contains("مدنيا", attack.TargetText, StringComparison.Ordinal);
        Assert.Contains("الدعم السريع", attack.SourceText ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void The_meeting_already_told_is_not_another_one()
    {
        var events = Events("والتقى وزير الخارجية المصري نظيره الأردني في عمّان. وأكد الوزيران خلال الاجتماع رفض التهجير.");
        Assert.Single(events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void A_message_of_support_received_from_someone_is_theirs()
    {
        var support = Assert.Single(Events("وتلقى ملك الأردن برقية تأييد من الرئيس المصري عبد الفتاح السيسي."), e => e.Type == "SUPPORT");
        Assert.Contains("السيسي", support.SourceText, StringComparison.Ordinal);
        Assert.Contains("ملك الأردن", support.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Taking_control_of_a_place_is_seizure_and_control_of_a_match_is_not()
    {
        var seize = Assert.Single(Events("وسيطرت قوات الدعم السريع على مدينة الجنينة بعد معارك استمرت أياما."), e => e.Type == "COERCE");
        Assert.Equal("seize", seize.Mode);
        Assert.Contains("الدعم السريع", seize.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain(Events("وسيطر الفريق الضيف على مجريات المباراة في الشوط الثاني."), e => e.Type == "COERCE");
    }

    [Fact]
    public void What_an_attack_was_done_with_is_no_recipient()
    {
        var attack = Assert.Single(Events("وقصفت قوات الدعم السريع بالمدفعية أحياء سكنية في مدينة الفاشر."), e => e.Type == "ASSAULT");
        Assert.DoesNotContain("بالمدفعية", attack.TargetText ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_danger_something_poses_and_embezzlement_are_no_threat_and_no_seizure()
    {
        Assert.DoesNotContain(Events("وقال الوزير إن تهريب المخدرات عبر الحدود يشكل تهديدا للأمن الإقليمي."), e => e.Type == "THREATEN");
        Assert.DoesNotContain(Events("وأحالت النيابة ثلاثة مسؤولين سابقين إلى المحاكمة بتهمة نهب المال العام."), e => e.Type == "COERCE" && e.Mode == "seize");
    }

    [Fact]
    public void Forces_with_a_pronoun_are_those_of_the_body_that_announced_them()
    {
        var strike = Assert.Single(Events("وأعلنت هيئة الأركان الأردنية أن طائراتها قصفت مواقع لمهربي المخدرات جنوب سوريا."), e => e.Type == "ASSAULT");
        // The annotation guideline's nearest mention naming the actor: the body whose pronoun the forces carry.
        Assert.Contains("هيئة الأركان", strike.SourceText, StringComparison.Ordinal);
        Assert.NotNull(strike.SourceCode);
        var raid = Assert.Single(Events("وقالت حركة الشباب إن مقاتليها هاجموا موقعا عسكريا تابعا للجيش قرب الحدود."), e => e.Type == "ASSAULT");
        Assert.Contains("الشباب", raid.SourceText, StringComparison.Ordinal);
        Assert.Equal("SOMREB", raid.SourceCode);
        Assert.Contains("لجيش", raid.TargetText ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void Who_carried_out_an_act_named_by_a_noun_did_it()
    {
        var raid = Assert.Single(Events("وأعلن الجيش العراقي أنه شن هجوما على مخابئ لتنظيم داعش في صحراء الأنبار."), e => e.Type == "ASSAULT");
        Assert.Contains("الجيش العراقي", raid.SourceText, StringComparison.Ordinal);
        var killed = Assert.Single(Events("وقتل خمسة مدنيين في قصف مدفعي نفذته قوات النظام على بلدة كفرنبل."), e => e.Type == "ASSAULT");
        Assert.Contains("قوات النظام", killed.SourceText, StringComparison.Ordinal);
        Assert.Contains("مدنيين", killed.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nisba_describing_an_act_is_nobody()
    {
        var threat = Assert.Single(Events("وهدد وزير الدفاع بتوسيع العمليات العسكرية في الجنوب."), e => e.Type == "THREATEN");
        Assert.Null(threat.TargetText);
        var killed = Assert.Single(Events("وقتل ثلاثة أشخاص جراء قصف مدفعي على حي سكني في المدينة."), e => e.Type == "ASSAULT");
        Assert.DoesNotContain("مدفعي", (killed.SourceText ?? "") + (killed.TargetText ?? ""), StringComparison.Ordinal);
    }

    [Fact]
    public void People_counted_by_their_nationality_are_its_civilians()
    {
        var arrest = Assert.Single(Events("واعتقلت قوات الاحتلال 12 فلسطينيا خلال حملة مداهمات في جنين."), e => e.Type == "COERCE");
        Assert.Contains("فلسطينيا", arrest.TargetText, StringComparison.Ordinal);
        Assert.Equal("PSECVL", arrest.TargetCode);
    }

    [Fact]
    public void Who_was_exposed_to_an_attack_is_its_recipient_and_who_fired_its_actor()
    {
        var fire = Assert.Single(Events("وتعرضت دورية للجيش اللبناني لإطلاق نار من مسلحين قرب الحدود."), e => e.Type == "ASSAULT");
        Assert.Contains("مسلحين", fire.SourceText, StringComparison.Ordinal);
        Assert.Equal("LBNMIL", fire.TargetCode);
    }

    [Fact]
    public void What_a_condemned_attack_fell_on_is_not_accused_and_its_doer_is()
    {
        var condemned = Assert.Single(Events("وأدانت الجامعة العربية الهجوم على مدينة الفاشر الذي نفذته قوات الدعم السريع."), e => e.Type == "ACCUSE");
        Assert.Contains("الدعم السريع", condemned.TargetText, StringComparison.Ordinal);
        var noDoer = Assert.Single(Events("وأدانت وزارة الخارجية الأردنية الغارات على دمشق وحمص."), e => e.Type == "ACCUSE");
        Assert.Null(noDoer.TargetText);
    }

    [Fact]
    public void A_crowd_after_security_forces_is_their_object()
    {
        var arrest = Assert.Single(Events("واعتقلت الشرطة المتظاهرين أمام مبنى البرلمان."), e => e.Type == "COERCE");
        Assert.Equal("الشرطة", arrest.SourceText);
        Assert.Contains("المتظاهرين", arrest.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Artillery_with_a_pronoun_is_the_armys_not_the_places_named_between()
    {
        var shelling = Assert.Single(Events("ونشر الجيش التركي تعزيزات عسكرية في ريف إدلب الجنوبي، فيما قصفت مدفعيته مواقع لهيئة تحرير الشام."), e => e.Type == "ASSAULT");
        Assert.Equal("TURMIL", shelling.SourceCode);
    }

    [Fact]
    public void A_measure_announced_as_a_masdar_is_taken_by_who_announced_it()
    {
        var expel = Assert.Single(Events("أعلنت البحرين، اليوم، طرد دبلوماسيين اثنين يعملان في السفارة الإيرانية بالمنامة."), e => e.Type is "SANCTION" or "COERCE");
        Assert.Contains("البحرين", expel.SourceText, StringComparison.Ordinal);
        Assert.Contains("دبلوماسيين", expel.TargetText ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void A_place_set_before_the_sentence_is_not_who_protests()
    {
        var protest = Assert.Single(Events("وفي الموصل، تظاهر مئات من الخريجين أمام مبنى المحافظة للمطالبة بفرص عمل."), e => e.Type == "PROTEST");
        // (The graduates are an agent since the twenty-first session; before, no one was named here.)
        Assert.DoesNotContain("الموصل", protest.SourceText ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("الخريجين", protest.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_parties_called_on_are_the_recipient_and_no_persons_name()
    {
        var doc = models.AnalyzeFacts("وحث وزير الخارجية النرويجي جميع الأطراف على احترام الهدنة.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("جميع الأطراف", call.TargetText);
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PER" && e.Name.Contains("الأطراف", StringComparison.Ordinal));
        var agreed = Assert.Single(Events("والتقى الوزيران في الرياض، واتفق الجانبان على تشكيل لجنة مشتركة."), e => e.Type == "AGREE");
        Assert.Equal("الجانبان", agreed.SourceText);
    }

    [Fact]
    public void Victims_counted_approximately_are_whom_the_attack_fell_on()
    {
        var killed = Assert.Single(Events("وقتل أكثر من 15 مدنيا في غارة استهدفت سوقا شعبيا في إدلب."), e => e.Type == "ASSAULT");
        Assert.Contains("مدنيا", killed.TargetText, StringComparison.Ordinal);
        var soldiers = Assert.Single(Events("قُتل ما لا يقل عن 12 جنديا في هجوم شنته حركة الشباب على قاعدة عسكرية."), e => e.Type == "ASSAULT");
        Assert.Contains("جنديا", soldiers.TargetText, StringComparison.Ordinal);
        Assert.Equal("SOMREB", soldiers.SourceCode);
    }

    [Fact]
    public void Young_men_and_suspects_are_people_acted_on()
    {
        var arrest = Assert.Single(Events("واعتقلت قوات الاحتلال خمسة شبان من مخيم الجلزون."), e => e.Type == "COERCE");
        Assert.Contains("شبان", arrest.TargetText, StringComparison.Ordinal);
        var suspects = Assert.Single(Events("وأوقفت الشرطة ثلاثة مشتبه بهم في عملية السطو."), e => e.Type == "COERCE");
        Assert.Contains("مشتبه", suspects.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_feminine_participle_of_accusing_is_an_accusation_by_the_sentences_subject()
    {
        var accused = Assert.Single(Events("وأعلنت حركة الشباب أنها صدت هجوما في شبيلي، متهمة القوات الصومالية بقصف المدنيين."), e => e.Type == "ACCUSE");
        Assert.Equal("SOMREB", accused.SourceCode);
        Assert.Contains("القوات الصومالية", accused.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spokesman_named_by_his_title_acts_for_whom_he_speaks()
    {
        var threat = Assert.Single(Events("وتوعد المتحدث العسكري باسم الحوثيين بمزيد من الهجمات على السفن."), e => e.Type == "THREATEN");
        Assert.Equal("YEMREB", threat.SourceCode);
        Assert.Null(threat.TargetText);
    }

    [Fact]
    public void Who_reports_a_killing_did_not_do_it()
    {
        var killed = Assert.Single(Events("وأفادت وزارة الصحة الفلسطينية بمقتل ثمانية أشخاص في القصف على المخيم."), e => e.Type == "ASSAULT");
        Assert.Null(killed.SourceText);
        Assert.Contains("ثمانية أشخاص", killed.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Raids_ambushes_and_seizures_are_acts_of_force()
    {
        Assert.Contains(Events("وأغارت طائرات التحالف على مواقع للمسلحين قرب الحدود."), e => e.Type == "ASSAULT" && e.Mode == "aerial");
        Assert.Contains(Events("ونصب مسلحون كمينا لقافلة عسكرية قرب مقديشو أمس."), e => e.Type == "ASSAULT");
        var seized = Assert.Single(Events("واستولى المسلحون على ثلاث عربات مدرعة قبل انسحابهم."), e => e.Type == "COERCE");
        Assert.Equal("seize", seized.Mode);
        Assert.Contains("المسلحون", seized.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispersing_a_crowd_with_no_weapon_named_restricts_it()
    {
        var dispersed = Assert.Single(Events("وفرقت الشرطة المعتصمين أمام مقر الحكومة فجر اليوم."), e => e.Type is "COERCE" or "ASSAULT");
        Assert.Equal("COERCE", dispersed.Type);
        Assert.Equal("restrict", dispersed.Mode);
        Assert.DoesNotContain(Events("وأوضح أن النظام الجديد يتم فيه التفريق بين الأراضي داخل المدن وخارجها."), e => e.Type is "ASSAULT" or "COERCE");
    }

    [Fact]
    public void A_forceful_act_joined_by_wa_goes_on_with_the_doer_of_the_one_before()
    {
        var held = Assert.Single(Events("وهاجم مسلحو حركة الشباب قاعدة عسكرية في جوبا السفلى واحتجزوا عشرة جنود."), e => e.Type == "COERCE");
        Assert.Equal("SOMREB", held.SourceCode);
    }

    [Fact]
    public void The_speakers_own_state_is_not_whom_he_threatens()
    {
        var threat = Assert.Single(Events("وهدد وزير الدفاع التركي بأن بلاده سترد بقوة على أي هجوم."), e => e.Type == "THREATEN");
        Assert.Null(threat.TargetText);
    }

    [Fact]
    public void Deploying_forces_is_mobilizing()
    {
        var deployed = Assert.Single(Events("وانتشرت قوات الجيش العراقي في أحياء الموصل القديمة صباح اليوم."), e => e.Type == "MOBILIZE");
        Assert.Equal("IRQMIL", deployed.SourceCode);
        Assert.Contains(Events("ودفعت القوات التركية بتعزيزات عسكرية إلى الحدود مع سوريا أمس."), e => e.Type == "MOBILIZE");
        Assert.DoesNotContain(Events("وانتشر الوباء في عدة مدن خلال الأسبوع الماضي."), e => e.Type == "MOBILIZE");
    }

    [Fact]
    public void Who_was_exposed_to_criticism_is_its_recipient()
    {
        var criticism = Assert.Single(Events("وتعرض وزير المالية لانتقادات حادة من نواب المعارضة بسبب الموازنة."), e => e.Type == "ACCUSE");
        Assert.Contains("وزير المالية", criticism.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_courts_sentence_convicts_and_a_prosecutors_detention_arrests()
    {
        var sentence = Assert.Single(Events("وحكمت محكمة أمن الدولة على الصحفي خالد العمري بالسجن ثلاث سنوات."), e => e.Type == "SANCTION");
        Assert.Equal("convict", sentence.Mode);
        Assert.Contains("خالد العمري", sentence.TargetText, StringComparison.Ordinal);
        var detention = Assert.Single(Events("وقررت النيابة العامة حبس 12 متظاهرا وأخلت سبيل خمسة آخرين."), e => e.Type == "COERCE");
        Assert.Contains("متظاهرا", detention.TargetText, StringComparison.Ordinal);
        Assert.Contains(Events("وقررت النيابة العامة حبس 12 متظاهرا وأخلت سبيل خمسة آخرين."), e => e.Type == "RETREAT" && e.SourceText == "النيابة العامة");
        Assert.DoesNotContain(Events("ونقل المعتقلون إلى سجن صيدنايا قرب دمشق."), e => e.Type is "SANCTION" or "COERCE");
    }

    [Fact]
    public void Two_states_joined_call_on_the_name_after_them()
    {
        var call = Assert.Single(Events("ودعت مصر وقطر الطرفين إلى العودة إلى طاولة المفاوضات."), e => e.Type == "REQUEST");
        Assert.Equal("EGY", call.SourceCode);
        Assert.Equal("الطرفين", call.TargetText);
    }

    [Fact]
    public void A_call_received_from_someone_is_theirs_even_when_the_receiver_is_not_named()
    {
        var call = Assert.Single(Events("وتلقى رئيس البرلمان اتصالا هاتفيا من الرئيس الفرنسي إيمانويل ماكرون."), e => e.Type == "CONSULT");
        Assert.Equal("FRAGOV", call.SourceCode);
    }

    [Fact]
    public void The_killed_named_after_a_short_circumstance_are_whom_the_act_fell_on()
    {
        var killed = Assert.Single(Events("وقتل في القصف سبعة مدنيين بينهم ثلاثة أطفال."), e => e.Type == "ASSAULT");
        Assert.Contains("سبعة مدنيين", killed.TargetText, StringComparison.Ordinal);
        var hurt = Assert.Single(Events("وأصيب خلال الاشتباكات أربعة جنود من الجيش اللبناني."), e => e.Type == "ASSAULT");
        Assert.Null(hurt.SourceText);
        Assert.Contains("أربعة جنود", hurt.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_member_of_a_named_body_is_a_side_with_the_bodys_code()
    {
        var arrest = Assert.Single(Events("واعتقلت الشرطة الفرنسية عنصرا في تنظيم داعش قرب مدينة ليون."), e => e.Type == "COERCE");
        Assert.Contains("عنصرا في تنظيم داعش", arrest.TargetText, StringComparison.Ordinal);
        Assert.NotNull(arrest.TargetCode);
        var killed = Assert.Single(Events("وقتل قيادي بارز في حركة حماس في غارة إسرائيلية على رفح."), e => e.Type == "ASSAULT");
        Assert.Contains("قيادي بارز في حركة حماس", killed.TargetText, StringComparison.Ordinal);
        Assert.Equal("ISR", killed.SourceCode);
    }

    [Fact]
    public void A_body_named_by_its_definite_head_before_another_body_calls_on_it()
    {
        var call = Assert.Single(Events("وطالبت النقابة الحكومة بصرف الرواتب المتأخرة."), e => e.Type == "REQUEST");
        Assert.Equal("النقابة", call.SourceText);
        Assert.Equal("الحكومة", call.TargetText);
    }

    [Fact]
    public void A_counted_group_after_the_subject_is_whom_the_arrest_fell_on_but_an_age_is_not()
    {
        var arrest = Assert.Single(Events("واعتقلت قوة من جهاز الأمن الوطني خمسة من أعضاء نقابة الأطباء بالعاصمة."), e => e.Type == "COERCE");
        Assert.Equal("خمسة من أعضاء نقابة الأطباء", arrest.TargetText);
        var aside = Assert.Single(Events("وأوقفت عناصر الشرطة القضائية، صباح الأحد، ستة شبان بالمدينة."), e => e.Type == "COERCE");
        Assert.Contains("ستة شبان", aside.TargetText, StringComparison.Ordinal);
        var named = Assert.Single(Events("واعتقلت الشرطة أحمد سالم (45 عاما) مساء أمس."), e => e.Type == "COERCE");
        Assert.DoesNotContain("عاما", named.TargetText ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Unnamed_parties_and_smuggling_gangs_are_whom_an_accusation_names()
    {
        var foreign = Assert.Single(Events("واتهمت الحكومة جهات أجنبية بإثارة الفوضى."), e => e.Type == "ACCUSE");
        Assert.Equal("جهات", foreign.TargetText);
        var gangs = Assert.Single(Events("واتهم وزير الداخلية خالد العلي عصابات التهريب باستغلال الحدود."), e => e.Type == "ACCUSE");
        Assert.Contains("خالد العلي", gangs.SourceText, StringComparison.Ordinal);
        Assert.DoesNotContain("عصابات", gangs.SourceText, StringComparison.Ordinal);
        Assert.Contains("عصابات", gangs.TargetText, StringComparison.Ordinal);
        Assert.DoesNotContain(Events("وتبادل الجانبان وجهات النظر حول القضايا الإقليمية."), e => e.SourceText == "جهات" || e.TargetText == "جهات");
    }

    [Fact]
    public void Threatening_while_condemning_is_a_threat()
    {
        var threat = Assert.Single(Events("وندد وزير الدفاع بالهجوم، متوعدا منفذيه بالعقاب."), e => e.Type == "THREATEN");
        Assert.Equal("وزير الدفاع", threat.SourceText);
    }

    [Fact]
    public void An_announced_arrest_named_by_a_masdar_is_the_announcers_against_its_genitive()
    {
        var arrest = Assert.Single(Events("وأعلنت السلطات الأمنية في مأرب اعتقال خمسة مسلحين."), e => e.Type == "COERCE");
        Assert.Contains("السلطات", arrest.SourceText, StringComparison.Ordinal);
        Assert.Contains("مسلحين", arrest.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_ministers_named_before_are_a_side()
    {
        var agreed = Assert.Single(Events("واتفق الوزيران على تشكيل لجنة مشتركة لمتابعة تنفيذ الاتفاقيات."), e => e.Type == "AGREE");
        Assert.Equal("الوزيران", agreed.SourceText);
    }

    [Fact]
    public void Air_raids_launched_after_a_conjunction_are_told()
    {
        var raid = Assert.Single(models.AnalyzeFacts("وشن الطيران الحربي غارات على مواقع المسلحين شرقي المدينة.").Events, e => e.Type == "ASSAULT");
        Assert.Contains("المسلحين", raid.TargetText, StringComparison.Ordinal);
        var army = Assert.Single(models.AnalyzeFacts("وشن الجيش الإسرائيلي غارات على مواقع حزب الله في الجنوب.").Events, e => e.Type == "ASSAULT");
        Assert.Equal("ISRMIL", army.SourceCode);
    }

    [Fact]
    public void Holding_leading_away_and_opposing_are_acts_but_an_incidental_illness_is_not()
    {
        Assert.Contains(models.AnalyzeFacts("وتحتجز السلطات جثامين عشرات الشبان منذ أشهر.").Events, e => e.Type == "COERCE");
        Assert.Contains(models.AnalyzeFacts("واقتادت الشرطة الناشط إلى مركز التحقيق.").Events, e => e.Type == "COERCE");
        Assert.Contains(models.AnalyzeFacts("وعارضت الكتلة الديمقراطية مشروع الموازنة.").Events, e => e.Type == "REJECT");
        Assert.DoesNotContain(models.AnalyzeFacts("وأصيب الطفل بمرض عارض خلال الرحلة.").Events, e => e.Type == "REJECT");
    }

    [Fact]
    public void Two_raids_solidarity_and_a_meeting_of_two_are_events()
    {
        var raids = Assert.Single(Events("وشنت مقاتلات أمريكية غارتين على مواقع للحوثيين في الحديدة."), e => e.Type == "ASSAULT");
        Assert.Contains("للحوثيين", raids.TargetText, StringComparison.Ordinal);
        var solidarity = Assert.Single(Events("وأعرب وزير الخارجية عن تضامن بلاده مع لبنان."), e => e.Type == "SUPPORT");
        Assert.Equal("LBN", solidarity.TargetCode);
        Assert.Contains(Events("وعقد الزعيمان لقاء ثنائيا مغلقا تناول التطورات الإقليمية."), e => e.Type == "CONSULT" && e.SourceText == "الزعيمان");
    }

    [Fact]
    public void Describing_in_words_of_blame_accuses_and_kind_words_do_not()
    {
        var blamed = Assert.Single(Events("ووصفت وزارة الخارجية الأردنية الاقتحام بأنه \"استفزاز خطير وانتهاك للقانون الدولي\"."), e => e.Type == "ACCUSE");
        Assert.Equal("JORGOV", blamed.SourceCode);
        var called = Assert.Single(Events("ووصف المجلس الهجوم على السوق بالإرهابي والجبان."), e => e.Type == "ACCUSE");
        Assert.Null(called.TargetText);
        Assert.DoesNotContain(Events("ووصف الرئيس المحادثات بأنها إيجابية ومثمرة."), e => e.Type == "ACCUSE");
    }

    [Fact]
    public void An_unnamed_subject_after_the_verb_leaves_the_name_in_the_object_as_the_recipient()
    {
        var raid = Assert.Single(Events("واستهدف الهجوم مواقع المسلحين شرق المدينة."), e => e.Type == "ASSAULT");
        Assert.Null(raid.SourceText);
        Assert.Contains("المسلحين", raid.TargetText, StringComparison.Ordinal);
        var named = Assert.Single(Events("وقصف الطيران الإسرائيلي مواقع لحزب الله في الجنوب."), e => e.Type == "ASSAULT");
        Assert.Equal("ISR", named.SourceCode);
    }

    [Theory]
    [InlineData("وقصف الطيران مواقع المسلحين في ريف المدينة الجنوبي.", "الطيران", "المسلحين")]
    [InlineData("وقالت مصادر محلية إن المسيرات استهدفت سيارة تقل عناصر من حركة الشباب.", "المسيرات", "حركة الشباب")]
    [InlineData("وأفاد شهود بأن المدفعية قصفت قرى في الريف الشرقي للمحافظة.", "المدفعية", null)]
    public void Arms_without_an_owner_as_the_subject_of_an_attack_verb_are_the_military(string sentence, string source, string? target)
    {
        var raid = Assert.Single(Events(sentence), e => e.Type == "ASSAULT");
        Assert.Equal(source, raid.SourceText);
        Assert.Equal("MIL", raid.SourceCode);
        if (target is null)
        {
            Assert.Null(raid.TargetText);
        }
        else
        {
            Assert.Contains(target, raid.TargetText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Civil_aviation_is_no_air_force_and_a_masdar_after_a_time_word_takes_no_side_before_it()
    {
        var condemned = Assert.Single(Events("وأدانت هيئة الطيران المدني استهداف المطار بالصواريخ."), e => e.Type == "ACCUSE");
        Assert.Equal("هيئة الطيران المدني", condemned.SourceText);
        Assert.Equal("GOV", condemned.SourceCode);
        var shelling = Assert.Single(Events("وقال الدفاع المدني إن طواقمه انتشلت جثث خمسة أشخاص بعد قصف المنزل."), e => e.Type == "ASSAULT");
        Assert.Null(shelling.SourceText);
    }

    [Fact]
    public void Holding_someone_responsible_accuses_them_with_the_object_between_the_verb_and_the_responsibility()
    {
        var blamed = Assert.Single(Events("وحمّلت وزارة الخارجية السودانية، في بيان، قوات الدعم السريع المسؤولية عن الحادث."), e => e.Type == "ACCUSE");
        Assert.Equal("SDNGOV", blamed.SourceCode);
        Assert.Contains("الدعم السريع", blamed.TargetText, StringComparison.Ordinal);
        Assert.DoesNotContain(Events("وحمل المسافرون حقائبهم إلى الطائرة قبل الإقلاع بساعة."), e => e.Type == "ACCUSE");
    }

    [Theory]
    [InlineData("وقضت المحكمة الإدارية بحل حزب النهضة الوطني.", "restrict")]
    [InlineData("وقررت الهيئة سحب ترخيص القناة لمدة ستة أشهر.", "restrict")]
    [InlineData("وأضرب المعتقل عن الطعام احتجاجا على تجديد حبسه احتياطيا.", "arrest")]
    public void Dissolving_a_party_revoking_a_licence_and_renewing_a_detention_coerce(string sentence, string mode)
    {
        var coerced = Assert.Single(Events(sentence), e => e.Type == "COERCE");
        Assert.Equal(mode, coerced.Mode);
    }

    [Theory]
    [InlineData("وثمنت الحكومة جهود الوساطة التي بذلتها قطر للتوصل إلى اتفاق.", "الوساطة", "QAT")]
    [InlineData("وأعربت الخارجية عن تقديرها للوساطة التي قادتها الإمارات بين البلدين.", "للوساطة", "ARE")]
    public void Who_led_or_made_an_effort_is_named_in_the_clause_that_describes_it(string sentence, string trigger, string code)
    {
        var doc = models.AnalyzeFacts(sentence);
        var mediation = Assert.Single(doc.Events, e => doc.Text[e.Trigger.Start..e.Trigger.End] == trigger);
        Assert.Equal(code, mediation.SourceCode);
    }

    [Theory]
    [InlineData("وقضت محكمة الجنايات أمس بالسجن المؤبد على 12 متهما في قضية التنظيم.", "متهما")]
    [InlineData("واعتقلت قوات الأمن خمسة مسعفين في أثناء نقلهم الجرحى إلى المستشفى.", "مسعفين")]
    [InlineData("واحتجز المسلحون ثلاثة سائقين ساعات عدة قبل الإفراج عنهم.", "سائقين")]
    public void Defendants_medics_and_drivers_are_recipients_though_no_entity_names_them(string sentence, string recipient)
    {
        var e = Assert.Single(Events(sentence), x => x.Type is "SANCTION" or "COERCE");
        Assert.Contains(recipient, e.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Accusing_is_no_accused()
    {
        // «متهمين» before a definite object is the participle (accusing), not the defendants.
        var events = Events("واحتج مئات المتظاهرين في موقع الهجوم متهمين الجنود الأميركيين بإطلاق النار على المدنيين.");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && (e.SourceText ?? "").Contains("متهمين", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وأجرى وزير الخارجية اتصالا بنظيره الأردني بحث خلاله التطورات.", "CONSULT", "الأردني")]
    [InlineData("جاء ذلك خلال اتصال هاتفي تلقاه عبد العاطي، أمس، من نظيره السوداني محيي الدين سالم.", "CONSULT", "عبد العاطي")]
    [InlineData("ووقع الجانبان مذكرتي تفاهم في مجالي الطاقة والنقل.", "SUPPORT", null)]
    [InlineData("وجدد الملك دعوته للوقوف إلى جانب الشعب الفلسطيني.", "SUPPORT", "الفلسطيني")]
    [InlineData("وعزز الجيش انتشاره على الحدود الشمالية.", "MOBILIZE", null)]
    public void Calls_memoranda_standing_by_and_reinforced_deployments_are_events(string sentence, string type, string? recipient)
    {
        var e = Assert.Single(Events(sentence), x => x.Type == type);
        if (recipient is not null)
        {
            Assert.Contains(recipient, e.TargetText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Who_made_a_call_another_took_is_named_after_from()
    {
        var call = Assert.Single(Events("جاء ذلك خلال اتصال هاتفي تلقاه عبد العاطي، أمس، من نظيره السوداني محيي الدين سالم."), x => x.Type == "CONSULT");
        Assert.Contains("محيي الدين سالم", call.SourceText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وتعهد وزير الداخلية بملاحقة المنفذين وتقديمهم للعدالة.")]
    [InlineData("وأكد رئيس الوزراء أن الحكومة لن تتهاون مع كل من يعبث بأمن البلاد.")]
    [InlineData("وأضاف الوزير أن القوات المسلحة لن تقف مكتوفة الأيدي أمام التهديدات.")]
    public void Vows_to_punish_and_warnings_of_no_leniency_are_threats_though_negated(string sentence)
    {
        var events = Events(sentence);
        Assert.Contains(events, e => e.Type == "THREATEN");
        Assert.DoesNotContain(events, e => e.Type == "AGREE");
    }

    [Theory]
    [InlineData("وأكد الوزير أن طواقم الصليب الأحمر ستزور مراكز التوقيف الأسبوع المقبل.")]
    [InlineData("وتبذل الحكومة جهودا مكثفة للتعرف على مكان احتجاز الرهينة.")]
    public void The_place_or_time_of_detention_is_no_arrest(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Type == "COERCE");
    }

    [Fact]
    public void A_domain_an_office_or_a_convoy_of_aid_is_no_aid_given_but_convoys_sent_are()
    {
        Assert.DoesNotContain(Events("وبحث الجانبان التعاون الثنائي في مجالات الإغاثة والتنمية."), e => e.Type == "AID");
        Assert.DoesNotContain(Events("وقالت الأمم المتحدة إن مسلحين نهبوا 12 شاحنة تابعة لقافلة مساعدات غذائية."), e => e.Type == "AID");
        Assert.Contains(Events("وأضاف الوزير أن الأردن سيّر منذ بدء الحرب أكثر من 150 قافلة مساعدات برية إلى القطاع."), e => e.Type == "AID");
    }

    [Theory]
    [InlineData("وقدمت قطر 50 مليون دولار للحكومة اليمنية لدعم الموازنة العامة.", "قطر", "اليمنية")]
    [InlineData("وخصصت المفوضية الأوروبية مليار يورو لمساعدة لبنان على تجاوز أزمته.", "المفوضية الأوروبية", "لبنان")]
    public void A_sum_of_money_given_or_set_aside_by_an_actor_is_aid(string sentence, string source, string? target)
    {
        var aid = Assert.Single(Events(sentence), e => e.Type == "AID");
        Assert.Contains(source, aid.SourceText, StringComparison.Ordinal);
        if (target is not null)
        {
            Assert.Contains(target, aid.TargetText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_announced_condemnation_is_made_and_the_condemned_attack_is_not_the_condemners()
    {
        var events = Events("وأعلنت مصر إدانتها للهجوم الإرهابي الذي استهدف الكنيسة.");
        Assert.Contains(events, e => e.Type == "ACCUSE" && !e.Hypothetical && e.SourceText == "مصر");
        Assert.DoesNotContain(events, e => e.Type == "THREATEN");
        Assert.DoesNotContain(events, e => e.Type == "ASSAULT" && e.SourceText == "مصر");
    }

    [Fact]
    public void Sanctions_in_force_are_no_act_and_suspending_them_eases_them()
    {
        Assert.DoesNotContain(Events("وأشار الوزير إلى العقوبات المفروضة على قطاع الطاقة."), e => e.Type == "SANCTION");
        var eased = Events("وكان الاتحاد الأوروبي قد قرر تعليق جزء من العقوبات المفروضة على قطاع الطاقة السوري.");
        Assert.DoesNotContain(eased, e => e.Type == "SANCTION");
        Assert.Contains(eased, e => e.Type == "RETREAT" && e.Mode == "ease" && e.SourceText == "الاتحاد الأوروبي");
    }

    [Fact]
    public void States_accused_or_called_on_as_a_group_are_the_recipient()
    {
        var accused = Assert.Single(Events("واتهم المندوب الروسي فاسيلي نيبينزيا الدول الغربية بخنق الشعب السوري."), e => e.Type == "ACCUSE");
        Assert.StartsWith("الدول", accused.TargetText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وناقش الجانبان آليات تنفيذ الاتفاق الموقع بينهما.", "الجانبان")]
    [InlineData("وأوضح البيان أن الوزيرين بحثا سبل دفع الجهود الرامية إلى وقف إطلاق النار.", "الوزيرين")]
    public void Talks_of_the_two_named_together_are_consultations_of_both(string sentence, string both)
    {
        var talks = Assert.Single(Events(sentence), e => e.Type == "CONSULT");
        Assert.Equal(both, talks.SourceText);
    }

    [Fact]
    public void A_search_is_no_talks() =>
        Assert.DoesNotContain(Events("وخرج الشاب من منزله بحثا عن عمل في العاصمة."), e => e.Type == "CONSULT");

    [Fact]
    public void Thanks_and_appreciation_expressed_support_whom_they_are_for_and_a_signing_intended_is_agreed()
    {
        var thanks = Assert.Single(Events("وأعرب أمير قطر عن تقديره لمواقف العراق."), e => e.Type == "SUPPORT");
        Assert.Contains("أمير قطر", thanks.SourceText, StringComparison.Ordinal);
        Assert.Equal("العراق", thanks.TargetText);
        Assert.Contains(Events("ويعتزم البلدان توقيع اتفاقية للتعاون الأمني."), e => e.Type == "AGREE");
    }

    [Fact]
    public void A_signing_to_come_is_a_promise_to_sign() =>
        Assert.Contains(Events("وسيوقع البلدان اتفاقية للتعاون الأمني خلال الزيارة."), e => e.Type == "AGREE" && e.SourceText == "البلدان");
}
