namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Who acts in relative clauses and in what was said, organs of states, titled actors and blessings. Sentences written
/// for these tests, shipped models.
/// </summary>
public class ClauseActorTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void The_subject_of_a_relative_clause_is_not_the_sentences_subject()
    {
        var doc = models.AnalyzeFacts("وأدان مجلس الأمن الدولي الهجوم الذي استهدف فندقا في العاصمة مقديشو الأسبوع الماضي.");
        var attack = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Null(attack.SourceText);
        var condemnation = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.NotEqual("مقديشو", condemnation.TargetText);
    }

    [Fact]
    public void An_actor_before_a_relative_pronoun_acts_on_what_follows_the_verb()
    {
        var doc = models.AnalyzeFacts("وقال شهود إن القوات التي هاجمت المتظاهرين كانت ترتدي زيا مدنيا.");
        var attack = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("القوات", attack.SourceText);
        Assert.Equal("المتظاهرين", attack.TargetText);
    }

    [Fact]
    public void A_verb_with_an_object_pronoun_acts_on_the_antecedent()
    {
        var doc = models.AnalyzeFacts("وبدأت المفاوضات في باكستان التي يتهمها تنظيم داعش بالتواطؤ مع الحكومة الأفغانية.");
        var accusation = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Contains("داعش", accusation.SourceText, StringComparison.Ordinal);
        Assert.Equal("باكستان", accusation.TargetText);
    }

    [Fact]
    public void A_pronoun_that_does_not_agree_with_the_relative_is_not_the_antecedent()
    {
        var doc = models.AnalyzeFacts("وكانت القوات الأمنية حاضرة في النزل وقت العملية الإرهابية التي استهدفته.");
        Assert.Null(Assert.Single(doc.Events, x => x.Type == "ASSAULT").TargetText);
    }

    [Fact]
    public void The_pronoun_after_inna_is_the_speaker_who_acted()
    {
        var doc = models.AnalyzeFacts("وقالت القوات الأمريكية إنها قتلت قياديا في التنظيم.");
        Assert.Equal("القوات الأمريكية", Assert.Single(doc.Events, x => x.Type == "ASSAULT").SourceText);
    }

    [Fact]
    public void Whom_a_pronoun_after_inna_stands_for_stays_unknown_when_the_speaker_is_not_named()
    {
        var doc = models.AnalyzeFacts("وأضافت الصحيفة أن الرجل ذكر للمحققين أنه اقتحم المنزل من خلال نافذة مفتوحة.");
        var raid = Assert.Single(doc.Events, x => x.Type == "COERCE");
        Assert.Null(raid.SourceText);
    }

    [Fact]
    public void What_is_announced_in_the_perfect_has_happened()
    {
        var doc = models.AnalyzeFacts("وأعلنت الشرطة أنها اعتقلت أحد المشاركين في الهجوم.");
        var arrest = Assert.Single(doc.Events, x => x.Type == "COERCE");
        Assert.Equal("arrest", arrest.Mode);
        Assert.Equal("الشرطة", arrest.SourceText);
        Assert.DoesNotContain(doc.Events, x => x.Type == "THREATEN");
    }

    [Fact]
    public void A_release_demanded_has_not_happened()
    {
        var doc = models.AnalyzeFacts("ونظم العشرات وقفة احتجاجية أمام المحكمة، رفعوا خلالها شعارات تطالب بإطلاق سراح المعتقلين السياسيين.");
        var release = Assert.Single(doc.Events, x => x.Type == "RETREAT");
        Assert.True(release.Hypothetical);
    }

    [Theory]
    [InlineData("وقالت الحكومة التونسية إن الإجراء قانوني.", "الحكومة التونسية", "TUNGOV")]
    [InlineData("وقالت وزارة الداخلية التونسية إن الإجراء قانوني.", "وزارة الداخلية التونسية", "TUNGOV")]
    [InlineData("وقالت الخارجية المصرية في بيان إن القاهرة ترفض التصعيد.", "الخارجية المصرية", "EGYGOV")]
    [InlineData("وقالت الشرطة الفرنسية إنها اعتقلت ثلاثة أشخاص.", "الشرطة الفرنسية", "FRACOP")]
    public void An_organ_named_by_its_nationality_is_an_organization_of_that_state_that_speaks(string sentence, string name, string code)
    {
        var doc = models.AnalyzeFacts(sentence);
        var organ = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal("ORG", organ.Type);
        Assert.Equal(code, organ.Code);
        Assert.Equal(organ.Id, Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void The_ministry_alone_is_the_ministry_named_before()
    {
        var doc = models.AnalyzeFacts("استدعت وزارة الخارجية المغربية القائم بالأعمال الجزائري. وقالت الوزارة في بيان إن الحادث خطير.");
        var ministry = Assert.Single(doc.Entities, e => e.Name == "وزارة الخارجية المغربية");
        Assert.Equal(2, ministry.Mentions.Count);
        Assert.Equal(ministry.Id, Assert.Single(doc.Quotes).Speaker);
    }

    [Fact]
    public void The_ministry_alone_is_no_one_when_two_were_named()
    {
        var doc = models.AnalyzeFacts("وقالت وزارة الخارجية المصرية إن الوفد وصل. وأكدت وزارة الداخلية المصرية الخبر. وقالت الوزارة في بيان إن الحادث خطير.");
        Assert.Null(Assert.Single(doc.Quotes, q => q.SpeakerText == "الوزارة").Speaker);
    }

    [Fact]
    public void A_minister_is_a_person_not_an_organ()
    {
        var doc = models.AnalyzeFacts("وقال وزير الداخلية التونسي إن الإجراء قانوني.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "ORG");
    }

    [Fact]
    public void A_titled_actor_keeps_the_title_found_for_the_person()
    {
        var doc = models.AnalyzeFacts("وكان الرئيس الصومالي حسن شيخ محمود قد تعهد في وقت سابق بالقضاء على الحركة.");
        var promise = Assert.Single(doc.Events, x => x.Type == "AGREE");
        Assert.Equal("الرئيس الصومالي حسن شيخ محمود", promise.SourceText);
    }

    [Fact]
    public void The_owner_of_what_was_shelled_is_the_recipient()
    {
        var doc = models.AnalyzeFacts("قصف الجيش مواقع لحزب الله في جنوب لبنان.");
        var hezbollah = Assert.Single(doc.Entities, e => e.Name == "حزب الله");
        Assert.Equal("LBNREB", hezbollah.Code);
        Assert.Equal(hezbollah.Id, Assert.Single(doc.Events, x => x.Type == "ASSAULT").Target);
    }

    [Fact]
    public void A_blessing_names_no_guest()
    {
        var doc = models.AnalyzeFacts("استقبل ولي العهد الأمير محمد بن نايف، حفظه الله، السفير الأمريكي في الرياض.");
        Assert.DoesNotContain(doc.Events, x => x.TargetText == "الله");
    }

    [Fact]
    public void A_weekday_does_not_count_the_noun_after_it()
    {
        var doc = models.AnalyzeFacts("أوقفت السلطات التونسية، مساء الإثنين، الناشط السياسي المعارض رضا بالحاج.");
        var arrest = Assert.Single(doc.Events, x => x.Type == "COERCE");
        Assert.DoesNotContain("الإثنين", arrest.TargetText ?? string.Empty, StringComparison.Ordinal);
    }
}

/// <summary>Speakers of attributions and of «وصف», with the shipped models.</summary>
public class AttributionTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void The_glue_of_an_attribution_is_not_part_of_the_speaker()
    {
        var doc = models.AnalyzeFacts("أوقفت السلطات الناشط رضا بالحاج، وفق ما أفاد به محاميه.");
        Assert.Equal("محاميه", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void An_unnamed_body_speaks_without_what_it_denied()
    {
        // What was denied is a quote of its own, and the participle after the comma another (each cue gives one).
        var doc = models.AnalyzeFacts("في المقابل، نفت وزارة الداخلية وجود أي دوافع سياسية وراء الإيقاف، مؤكدة أن الإجراء تم بإذن من النيابة العمومية.");
        Assert.Equal(2, doc.Quotes.Count);
        Assert.All(doc.Quotes, q => Assert.Equal("وزارة الداخلية", q.SpeakerText));
    }

    [Fact]
    public void A_title_keeps_the_name_the_tagger_missed()
    {
        var doc = models.AnalyzeFacts("وقال وكيل وزارة النقل المهندس هذلول الهذلول إن المشروع سيكتمل قريبا.");
        Assert.Contains("الهذلول", Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_description_named_after_a_preposition_is_no_cue()
    {
        var doc = models.AnalyzeFacts("وردا على سؤال حول وصف رئيس الحكومة الإسرائيلية بنيامين نتانياهو ما حصل بالعمل الإرهابي قال المتحدث باسم الأجهزة الأمنية إن الهدف امتصاص نقمة العالم.");
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("نتانياهو", q.SpeakerText ?? string.Empty, StringComparison.Ordinal);
    }
}

/// <summary>Masdars, mediators, long titles and Amman, with the shipped models.</summary>
public class MasdarAndTitleTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وبحث الوزير معه سبل دعم الوكالة في ظل الأزمة المالية.", "الوكالة")]
    [InlineData("وأكد الوزير حرص بلاده على دعم الحكومة اليمنية.", "الحكومة اليمنية")]
    public void The_genitive_of_a_support_masdar_is_what_is_supported(string sentence, string supported)
    {
        var doc = models.AnalyzeFacts(sentence);
        var e = Assert.Single(doc.Events, x => x.Type == "SUPPORT");
        Assert.Equal(supported, e.TargetText);
        Assert.NotEqual(supported, e.SourceText);
    }

    [Fact]
    public void Who_went_on_to_kill_is_the_actor_of_the_masdar()
    {
        var doc = models.AnalyzeFacts("وقال البيان إن المواطن ساير الرشيدي أقدم على قتل محمد العنزي بإطلاق النار عليه.");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Contains("الرشيدي", e.SourceText, StringComparison.Ordinal);
        Assert.Equal("محمد العنزي", e.TargetText);
    }

    [Fact]
    public void A_name_inside_a_prepositional_phrase_is_not_the_actor_of_what_follows()
    {
        var doc = models.AnalyzeFacts("وأعلن الجيش الصومالي استعادة السيطرة على بلدة مهداي بعد معارك عنيفة مع مقاتلي حركة الشباب أسفرت عن مقتل 17 مسلحا.");
        var killing = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.DoesNotContain("الشباب", killing.SourceText ?? string.Empty, StringComparison.Ordinal);
        Assert.Equal("17 مسلحا", killing.TargetText);
    }

    [Fact]
    public void Who_leads_a_mediation_is_its_actor()
    {
        var doc = models.AnalyzeFacts("قال الوزير إن مدريد تدعم جهود الوساطة التي تقودها مصر وقطر.");
        Assert.Equal("مصر", Assert.Single(doc.Events, x => x.Type == "CONSULT").SourceText);
    }

    [Theory]
    [InlineData("بحث نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين أيمن الصفدي مع نظيره الإسباني التطورات.", "أيمن الصفدي", "نائب رئيس الوزراء وزير الخارجية وشؤون المغتربين")]
    [InlineData("وكان الصفدي قد التقى أمس المفوض العام لوكالة الأونروا فيليب لازاريني.", "فيليب لازاريني", "المفوض العام لوكالة الأونروا")]
    public void A_title_runs_over_nouns_in_construct(string sentence, string person, string role)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.Contains(role, Assert.Single(doc.Entities, e => e.Name == person).Roles);
    }

    [Theory]
    [InlineData("وانتقد النائب عن تحالف السيادة خالد العبيدي التصويت.", "خالد العبيدي", "النائب عن تحالف السيادة")]
    [InlineData("فيما أعرب المتحدث باسم الأمين العام ستيفان دوجاريك عن قلق بالغ.", "ستيفان دوجاريك", "المتحدث باسم الأمين العام")]
    public void A_title_keeps_an_mp_for_a_bloc_and_the_secretary_general(string sentence, string person, string role)
    {
        Assert.Contains(role, Assert.Single(models.AnalyzeFacts(sentence).Entities, e => e.Name == person).Roles);
    }

    [Fact]
    public void Amman_in_jordanian_news_is_the_capital_not_oman()
    {
        var doc = models.AnalyzeFacts("وكان وزير الخارجية الأردني قد التقى أمس في عمان المفوض العام للوكالة.");
        var amman = Assert.Single(doc.Entities, e => e.Name == "عمان");
        Assert.Equal("JO", amman.Country);
        Assert.False(amman.State);
    }

    [Fact]
    public void Oman_named_with_its_capital_stays_the_sultanate()
    {
        var doc = models.AnalyzeFacts("وصل وزير الخارجية العماني إلى عمان قادما من مسقط.");
        Assert.Equal("OM", Assert.Single(doc.Entities, e => e.Name == "عمان").Country);
    }
}

/// <summary>Plural verbs, outcomes of attacks and joined calls, with the shipped models.</summary>
public class OutcomeAndCallTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void The_killed_named_by_the_outcome_are_the_recipients_of_the_raids()
    {
        var doc = models.AnalyzeFacts("شنت طائرات حربية إسرائيلية سلسلة غارات على بلدات في جنوب لبنان، ما أسفر عن مقتل شخصين.");
        var raids = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("شخصين", raids.TargetText);
    }

    [Fact]
    public void The_wounded_named_by_the_outcome_are_the_recipients_of_the_attack()
    {
        var doc = models.AnalyzeFacts("وأسفر الهجوم الذي وقع في بلدة طوز خورماتو عن إصابة 45 شخصا.");
        Assert.Equal("45 شخصا", Assert.Single(doc.Events, x => x.Type == "ASSAULT").TargetText);
    }

    [Fact]
    public void What_follows_a_plural_verb_is_its_object()
    {
        var doc = models.AnalyzeFacts("وأعلن الحزب في بيان أن مقاتليه استهدفوا قوات الجيش بالصواريخ.");
        var attack = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("قوات الجيش", attack.TargetText);
        Assert.NotEqual("قوات الجيش", attack.SourceText);
    }

    [Fact]
    public void A_call_joined_to_an_expression_of_concern_is_made_by_its_subject()
    {
        var doc = models.AnalyzeFacts("من جهتها، أعربت قوات اليونيفيل عن قلقها من التصعيد، وحثت الطرفين على ضبط النفس.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("قوات اليونيفيل", q.SpeakerText);
        Assert.Equal("قوات اليونيفيل", Assert.Single(doc.Events, x => x.Type == "REQUEST").SourceText);
    }

    [Fact]
    public void His_country_is_the_state_of_the_speaker()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن بلاده تدعم الحوار بين الطرفين.");
        var support = Assert.Single(doc.Events, x => x.Type == "SUPPORT");
        Assert.Equal("بلاده", support.SourceText);
        Assert.Equal("USA", support.SourceCode);
        Assert.Contains("بلينكن", Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void His_government_is_the_government_of_the_nationality_named_before()
    {
        var doc = models.AnalyzeFacts("وأكد رئيس الوزراء التركي أن حكومته ترفض التصعيد في المنطقة.");
        Assert.Equal("TURGOV", Assert.Single(doc.Events, x => x.Type == "REJECT").SourceCode);
    }

    [Fact]
    public void Going_on_supporting_is_done_by_the_subject_of_going_on()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية الإسباني خوسيه مانويل ألباريس إن بلاده ستواصل دعم الفلسطينيين.");
        var e = Assert.Single(doc.Events, x => x.Type is "SUPPORT" or "AGREE");
        Assert.Equal("بلاده", e.SourceText);
        Assert.Equal("الفلسطينيين", e.TargetText);
    }

    [Fact]
    public void An_announcement_with_its_own_subject_is_not_carried()
    {
        var doc = models.AnalyzeFacts("وتلقى الفنان خطاب تهنئة من رئيس الاتحاد مسعد فودة، أشاد فيه بالأنشطة الثقافية، وأعلن فودة عن اختيار الفنان منسقا عاما للاتحاد.");
        Assert.DoesNotContain(doc.Quotes, q => (q.SpeakerText ?? string.Empty).Contains("بالأنشطة", StringComparison.Ordinal));
    }
}

/// <summary>Joined verbs, generic acts and adjectives that look like organs, with the shipped models.</summary>
public class JoinedClauseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_joined_accusation_goes_on_with_the_sentences_subject()
    {
        var doc = models.AnalyzeFacts("في المقابل، نفت الجزائر الاتهامات المغربية، واتهمت الرباط بمحاولة التغطية على أزماتها.");
        var e = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Equal("الجزائر", e.SourceText);
        Assert.Equal("الرباط", e.TargetText);
    }

    [Fact]
    public void A_joined_demand_after_a_comma_is_the_subjects()
    {
        var doc = models.AnalyzeFacts("وأدان الرئيس الهجوم، وطالب الحكومة بمحاسبة المسؤولين.");
        Assert.Equal("الرئيس", Assert.Single(doc.Quotes).SpeakerText);
        var demand = Assert.Single(doc.Events, x => x.Type == "REQUEST");
        Assert.Equal("الرئيس", demand.SourceText);
        Assert.Equal("الحكومة", demand.TargetText);
    }

    [Fact]
    public void Any_attack_is_no_attack_in_particular()
    {
        var doc = models.AnalyzeFacts("وتوعد زعيم الجماعة عبد الملك الحوثي بالرد على أي اعتداء أمريكي.");
        Assert.All(doc.Events.Where(x => x.Type == "ASSAULT"), x => Assert.True(x.Hypothetical));
    }

    [Fact]
    public void Raids_carried_out_later_are_an_event_though_an_aside_stands_between()
    {
        var doc = models.AnalyzeFacts("وشنت الولايات المتحدة، في وقت لاحق، غارات على مواقع للحوثيين.");
        Assert.Equal("الولايات المتحدة", Assert.Single(doc.Events, x => x.Type == "ASSAULT").SourceText);
    }

    [Fact]
    public void An_adjective_after_a_definite_noun_is_no_organ()
    {
        var doc = models.AnalyzeFacts("من جانبها، أكدت هيئة عمليات التجارة البحرية البريطانية تلقيها بلاغا عن حادث، مشيرة إلى أن الطاقم بخير.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "ORG" && e.Name.StartsWith("البحرية", StringComparison.Ordinal));
        // (Now a named body, GBRMIL: what it confirmed, «تلقيها بلاغا», is its reported speech too.)
        Assert.Contains(doc.Quotes, q => doc.Text[q.Start..q.End] == "الطاقم بخير");
        Assert.All(doc.Quotes, q => Assert.Equal("هيئة عمليات التجارة البحرية البريطانية", q.SpeakerText));
    }

    [Fact]
    public void A_definite_plural_ends_a_titled_name_and_levantine_condemned_accuses()
    {
        var doc = models.AnalyzeFacts("ودان رئيس الحكومة اللبنانية نواف سلام الغارات، معتبرا أنها خرق فاضح للقرار 1701.");
        Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name == "نواف سلام");
        Assert.Contains("نواف سلام", Assert.Single(doc.Events, x => x.Type == "ACCUSE").SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_starting_with_dan_is_no_condemnation()
    {
        var doc = models.AnalyzeFacts("وقال مدير الاستخبارات الوطنية الأمريكي دان كوتس إن روسيا تتدخل.");
        Assert.DoesNotContain(doc.Events, x => x.Type == "ACCUSE");
    }

    [Fact]
    public void A_titled_name_ends_before_in_a_statement()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث العسكري باسم الجماعة يحيى سريع في بيان متلفز إن القوات نفذت عملية.");
        Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name == "يحيى سريع");
    }
}

/// <summary>Agreements with a time aside, guests, praise and shootings, with the shipped models.</summary>
public class AsideAndShootingTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_time_set_off_by_commas_does_not_hide_the_signing()
    {
        var doc = models.AnalyzeFacts("وقعت مصر وقطر، اليوم الثلاثاء، اتفاقية لتعزيز التعاون الاقتصادي.");
        var e = Assert.Single(doc.Events, x => x.Type == "SUPPORT"); // PLOVER: signing an agreement is SUPPORT
        Assert.Equal("مصر", e.SourceText);
        Assert.Equal("قطر", e.TargetText);
    }

    [Fact]
    public void The_guest_after_a_host_is_not_the_hosts_title()
    {
        var doc = models.AnalyzeFacts("واستقبل الرئيس عبد الفتاح السيسي أمير قطر في قصر الاتحادية.");
        var sisi = Assert.Single(doc.Entities, e => e.Name == "عبد الفتاح السيسي");
        Assert.DoesNotContain(sisi.Roles, r => r.Contains("قطر", StringComparison.Ordinal));
        Assert.NotEqual("QA", sisi.Country);
    }

    [Fact]
    public void Praise_in_a_participle_is_the_speakers()
    {
        var doc = models.AnalyzeFacts("وأكد الرئيس المصري عبد الفتاح السيسي أن مصر حريصة على تعزيز التنسيق مع قطر، مشيدا بالدور القطري في جهود الوساطة.");
        var praise = Assert.Single(doc.Events, x => x.Type == "SUPPORT");
        Assert.Contains("السيسي", praise.SourceText, StringComparison.Ordinal);
        Assert.Equal("QAT", praise.TargetCode);
    }

    [Fact]
    public void A_name_part_that_cannot_start_a_name_continues_the_person()
    {
        var doc = models.AnalyzeFacts("استقبل الرئيس الوزير الأمريكي بحضور وزير الخارجية بدر عبد العاطي ورئيس المخابرات العامة حسن رشاد.");
        Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name == "بدر عبد العاطي");
    }

    [Fact]
    public void Praise_of_a_states_role_is_for_the_state()
    {
        var doc = models.AnalyzeFacts("من جانبه، أشاد وزير الخارجية الأمريكي ماركو روبيو بالدور المصري في التوصل إلى الاتفاق.");
        Assert.Equal("EGY", Assert.Single(doc.Events, x => x.Type == "SUPPORT").TargetCode);
    }

    [Fact]
    public void The_arrested_after_a_time_aside_are_the_recipients()
    {
        var doc = models.AnalyzeFacts("اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الإثنين، 12 مواطنا من مناطق متفرقة في الضفة الغربية.");
        Assert.Equal("12 مواطنا", Assert.Single(doc.Events, x => x.Type == "COERCE").TargetText);
    }

    [Fact]
    public void The_speakers_bi_ism_is_no_demand_and_the_day_after_a_name_is_no_name()
    {
        var doc = models.AnalyzeFacts("وطالب المتحدث باسم الرئاسة نبيل أبو ردينة الدول العربية بالتدخل الفوري.");
        Assert.StartsWith("المتحدث باسم الرئاسة", Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
        var day = models.AnalyzeFacts("وقال المتحدث باسم الحكومة سامي الجعفري الخميس إن الوضع مستقر.");
        Assert.Single(day.Entities, e => e.Type == "PER" && e.Name == "سامي الجعفري");
    }

    [Fact]
    public void A_release_with_its_subject_before_an_is_found_with_the_prisoners()
    {
        var doc = models.AnalyzeFacts("وأفرجت سلطات الاحتلال أمس عن 30 أسيرا فلسطينيا ضمن صفقة تبادل.");
        var release = Assert.Single(doc.Events, x => x.Type == "RETREAT");
        Assert.Equal("release", release.Mode);
        Assert.Equal("سلطات الاحتلال", release.SourceText);
        Assert.Equal("30 أسيرا", release.TargetText);
    }

    [Fact]
    public void Joined_sides_of_an_agreement_are_actor_and_recipient_without_the_conjunction()
    {
        var doc = models.AnalyzeFacts("واتفقت الحكومة والمعارضة على تشكيل لجنة مشتركة.");
        var e = Assert.Single(doc.Events, x => x.Type == "AGREE");
        Assert.Equal("الحكومة", e.SourceText);
        Assert.Equal("المعارضة", e.TargetText);
    }

    [Fact]
    public void Beating_in_the_feminine_is_an_assault()
    {
        var doc = models.AnalyzeFacts("واعتدت قوات الأمن على المتظاهرين بالهراوات.");
        var e = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("قوات الأمن", e.SourceText);
        Assert.Equal("المتظاهرين", e.TargetText);
    }

    [Fact]
    public void Killed_by_someones_fire_names_the_shooter()
    {
        var doc = models.AnalyzeFacts("وقالت اللجنة في بيان إن متظاهرا قتل برصاص قوات الأمن في أم درمان.");
        var killing = Assert.Single(doc.Events, x => x.Type == "ASSAULT");
        Assert.Equal("قوات الأمن", killing.SourceText);
        Assert.DoesNotContain(doc.Events, x => x.Type == "PROTEST");
    }
}

/// <summary>Summoned envoys and denials by states, with the shipped models.</summary>
public class SummonAndDenialTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_summons_with_a_time_aside_is_the_ministrys_and_the_protest_reason_too()
    {
        var doc = models.AnalyzeFacts("استدعت وزارة الخارجية المغربية، أمس الخميس، القائم بالأعمال الجزائري في الرباط، احتجاجا على الاستفزازات المتكررة.");
        // PLOVER: summoning another state's envoy to present a grievance is ACCUSE (the protest reason is the same act).
        var summons = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Equal("MARGOV", summons.SourceCode);
        Assert.Equal("وزارة الخارجية المغربية", summons.SourceText);
        Assert.Contains("القائم بالأعمال", summons.TargetText, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, x => x.Type == "SANCTION");
    }

    [Fact]
    public void A_state_that_denies_speaks_without_what_it_denied()
    {
        var doc = models.AnalyzeFacts("في المقابل، نفت الجزائر الاتهامات المغربية، واتهمت الرباط بـ\"محاولة التغطية على أزماتها الداخلية\"، وفق ما نقلت وكالة الأنباء الجزائرية.");
        Assert.Contains(doc.Quotes, q => q.SpeakerText == "الجزائر");
        Assert.DoesNotContain(doc.Quotes, q => (q.SpeakerText ?? string.Empty).Contains("الاتهامات", StringComparison.Ordinal));
    }
}

/// <summary>Bodies the tagger does not know, named by their head noun, with the shipped models.</summary>
public class UnnamedBodyTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وقالت قوى الحرية والتغيير في بيان إن الوضع خطير.", "قوى الحرية والتغيير")]
    [InlineData("وانتقد تحالف السيادة التصويت على القانون.", "تحالف السيادة")]
    public void A_body_named_by_its_head_and_definite_words_is_an_organization(string sentence, string name)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.Equal("ORG", Assert.Single(doc.Entities, e => e.Name == name).Type);
    }

    [Theory]
    [InlineData("وانطلقت حركة الاحتجاجات أمس في بلدة بر الياس.")]
    [InlineData("وتشهد حركة المرور في العاصمة ازدحاما كبيرا.")]
    public void Traffic_and_protests_are_no_bodies(string sentence)
    {
        Assert.DoesNotContain(models.AnalyzeFacts(sentence).Entities, e => e.Type == "ORG" && e.Name.StartsWith("حركة", StringComparison.Ordinal));
    }

    [Fact]
    public void The_object_after_a_body_is_not_part_of_its_name()
    {
        var doc = models.AnalyzeFacts("وحملت قوى الحرية والتغيير السلطات مسؤولية مقتل المتظاهر.");
        var e = Assert.Single(doc.Events, x => x.Type == "ACCUSE");
        Assert.Equal("قوى الحرية والتغيير", e.SourceText);
        Assert.Equal("السلطات", e.TargetText);
    }
}

/// <summary>Warnings with a time aside, «قوله» with a colon, pronouns on nouns and «بلاده» across sentences.</summary>
public class WarningAndReportTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_warning_with_a_time_aside_and_an_addressee_is_a_quote_of_the_speaker()
    {
        var doc = models.AnalyzeFacts("حذر وزير الخارجية الإيراني عباس عراقجي، اليوم الأربعاء، إسرائيل من أن أي اعتداء على الأراضي الإيرانية سيواجه برد حاسم.");
        var q = Assert.Single(doc.Quotes);
        Assert.Contains("عراقجي", q.SpeakerText, StringComparison.Ordinal);
        Assert.StartsWith("أي اعتداء", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void What_was_said_after_a_circumstance_starts_at_the_colon()
    {
        var doc = models.AnalyzeFacts("ونقلت الوكالة عن وزير الخارجية الإيراني عباس عراقجي قوله خلال لقائه نظيره العماني في طهران: \"لن نسمح لأحد بتهديد أمننا\".");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("لن نسمح", doc.Text[q.Start..q.End], StringComparison.Ordinal);
        Assert.Contains("عراقجي", Assert.Single(doc.Events, x => x.Type == "CONSULT").SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void His_country_in_the_next_sentence_is_the_state_of_the_person_named_before()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية الإيراني عباس عراقجي إن الحوار ممكن. وأضاف أن بلاده مستعدة لاستئناف المفاوضات.");
        Assert.Equal("IRN", Assert.Single(doc.Events, x => x.Type == "AGREE").SourceCode);
    }
}

/// <summary>Sports pages: coaches and idioms, with the shipped models.</summary>
public class SportsPageTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_coach_is_a_title_and_the_club_does_not_criticize()
    {
        var doc = models.AnalyzeFacts("في المقابل، انتقد مدرب النصر ستيفانو بيولي التحكيم، مطالبا الاتحاد السعودي بالتحقيق في قرارات الحكم.");
        Assert.Contains("مدرب النصر", Assert.Single(doc.Entities, e => e.Name == "ستيفانو بيولي").Roles);
        Assert.Contains("بيولي", Assert.Single(doc.Events, x => x.Type == "ACCUSE" && x.Mode == "disapprove").SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coup_de_grace_is_no_shot()
    {
        var doc = models.AnalyzeFacts("لكن البرازيلي مالكوم أطلق رصاصة الرحمة في الدقائق الأخيرة من المباراة.");
        Assert.DoesNotContain(doc.Events, x => x.Type == "ASSAULT");
    }
}

/// <summary>Welcoming and affirming, with the shipped models.</summary>
public class WelcomeTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void Welcoming_a_decision_endorses_it()
    {
        var doc = models.AnalyzeFacts("ورحب الاتحاد الأوروبي بالاتفاق بين الطرفين.");
        Assert.Equal("الاتحاد الأوروبي", Assert.Single(doc.Events, x => x.Type == "SUPPORT").SourceText);
    }

    [Theory]
    [InlineData("ثم ألقى رئيس البلدية كلمة رحب فيها بالحضور.")]
    [InlineData("ورحب سموه بأعضاء اللجنة.")]
    [InlineData("أعلنت الإدارة ترحيبها بالمعلمين الجدد.")]
    public void Welcoming_people_greets_them(string sentence)
    {
        Assert.DoesNotContain(models.AnalyzeFacts(sentence).Events, x => x.Type == "SUPPORT");
    }

    [Fact]
    public void A_titled_official_affirms_a_noun_starting_with_waw()
    {
        var doc = models.AnalyzeFacts("وأكد ولي العهد السعودي وقوف المملكة إلى جانب الشعب السوري.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("وقوف المملكة", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }
}

/// <summary>Statements issued by a body and calls on unnamed parties, with the shipped models.</summary>
public class StatementTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_statement_issued_by_a_body_is_the_bodys()
    {
        var doc = models.AnalyzeFacts("وقال بيان صادر عن إدارة العلاقات العامة للجيش إن قوات الأمن داهمت مخبأ للمسلحين.");
        Assert.Equal("إدارة العلاقات العامة للجيش", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void A_participle_after_what_someone_denied_is_the_deniers()
    {
        var doc = models.AnalyzeFacts("واتهمت إسلام آباد حكومة طالبان بإيواء المسلحين، وهو ما نفته وزارة الخارجية الأفغانية، مؤكدة أنها لا تسمح باستخدام أراضيها ضد أي دولة.");
        Assert.Equal("وزارة الخارجية الأفغانية", Assert.Single(doc.Quotes).SpeakerText);
    }

    [Fact]
    public void The_parties_called_on_are_not_part_of_who_calls()
    {
        var doc = models.AnalyzeFacts("ودعا الأمين العام للأمم المتحدة البلدين إلى حل خلافاتهما عبر الحوار.");
        Assert.Equal("الأمين العام للأمم المتحدة", Assert.Single(doc.Quotes).SpeakerText);
    }
}
