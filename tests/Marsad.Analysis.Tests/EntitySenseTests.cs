using Marsad.Core;

namespace Marsad.Analysis.Tests;

/// <summary>What the tagger's spans become (sentences written for these tests, on the shipped model).</summary>
public class EntitySenseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void What_a_province_head_names_is_a_place_not_a_person_titled_province()
    {
        var doc = models.Analyze("وأعلنت نقابة المعلمين في محافظة ذي قار الإضراب عن الدوام ثلاثة أيام.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PER" && e.Name.Contains("قار", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Roles.Contains("محافظة"));
    }

    [Fact]
    public void A_verb_run_into_a_name_is_cut_and_the_name_joins_the_person()
    {
        var doc = models.Analyze("استقبل وزير الخارجية العماني نظيره الإيراني حسين أمير عبداللهيان في مسقط. من جانبه، أشاد عبداللهيان بالموقف العماني من المحادثات.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PER" && e.Name.StartsWith("أشاد", StringComparison.Ordinal));
        var person = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains("عبداللهيان", StringComparison.Ordinal));
        Assert.Equal(2, person.Mentions.Count);
    }

    [Fact]
    public void A_counterpart_takes_the_nationality_before_the_name()
    {
        var doc = models.Analyze("واستقبل وزير الخارجية المصري سامح شكري نظيره الإيراني حسين أمير عبداللهيان في القاهرة أمس.");
        var guest = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains("عبداللهيان", StringComparison.Ordinal));
        Assert.Equal("IR", guest.Country);
    }

    [Fact]
    public void A_name_in_brackets_after_a_person_is_another_name_of_that_person()
    {
        var doc = models.Analyze("وقال قائد قوات الدعم السريع محمد حمدان دقلو (حميدتي) إن قواته لن تتوقف.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains("دقلو", StringComparison.Ordinal));
        Assert.Contains("حميدتي", person.Aliases);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "حميدتي");
    }

    [Fact]
    public void A_city_the_tagger_missed_after_from_is_a_place()
    {
        var doc = models.Analyze("ونزح آلاف السكان من أبو حمد إلى عطبرة خلال الأسبوع الماضي.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PER" && e.Name.Contains("أبو حمد", StringComparison.Ordinal));
        Assert.Contains(doc.Entities, e => e.Type is "LOC" or "GPE" && e.Name.Contains("أبو حمد", StringComparison.Ordinal) && e.Country == "SD");
    }

    [Fact]
    public void A_state_named_like_a_channel_is_a_place()
    {
        var doc = models.Analyze("وسيطرت القوات على مدينة ود مدني عاصمة ولاية الجزيرة وسط السودان.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "ORG" && e.Name.Contains("الجزيرة", StringComparison.Ordinal));
    }

    [Fact]
    public void A_preposition_and_a_common_noun_after_a_name_are_cut()
    {
        var doc = models.Analyze("أعلنت الهيئة العليا المستقلة للانتخابات في تونس، مساء الاثنين، فوز الرئيس قيس سعيّد بولاية رئاسية ثانية.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Equal("قيس سعيّد", person.Name);
    }

    [Fact]
    public void An_adjective_of_a_body_is_not_what_it_rejects()
    {
        var doc = models.AnalyzeFacts("ورفضت جبهة الخلاص الوطني المعارضة الاعتراف بالنتائج.");
        var rejection = Assert.Single(doc.Events, e => e.Type == "REJECT");
        Assert.Null(rejection.TargetText);
    }

    [Fact]
    public void Ali_written_with_ya_is_a_name_not_the_preposition()
    {
        var doc = models.Analyze("وأعلن الجيش أنه قضى على المدعو علي حسين برجي قائد المنطقة الساحلية. وقال محامي الدفاع خالد علي إن الدفاع سيطعن على الحكم.");
        Assert.Contains(doc.Entities, e => e.Type == "PER" && e.Name == "علي حسين برجي");
        Assert.Contains(doc.Entities, e => e.Type == "PER" && e.Name == "خالد علي");
    }

    [Theory]
    [InlineData("ودعا الاتحاد المغربي للشغل إلى إضراب عام يومي الأربعاء والخميس.", "الاتحاد المغربي للشغل")]
    [InlineData("وأعلنت الهيئة العامة للغذاء والدواء سحب المنتج من الأسواق.", "الهيئة العامة للغذاء والدواء")]
    public void A_union_or_an_authority_named_by_its_head_and_whom_it_serves_is_an_organization(string sentence, string name)
    {
        var doc = models.Analyze(sentence);
        Assert.Contains(doc.Entities, e => e.Type == "ORG" && e.Name == name);
    }

    [Fact]
    public void The_fund_is_an_organization_and_its_dollars_are_no_entity()
    {
        var doc = models.AnalyzeFacts("وقال صندوق النقد الدولي في بيان إن مصر ستحصل على 820 مليون دولار. واتهم رئيس الهيئة مصلحة السجون الإسرائيلية بالتنكيل بالأسرى.");
        Assert.Contains(doc.Entities, e => e.Type == "ORG" && e.Name == "صندوق النقد الدولي");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("دولار", StringComparison.Ordinal));
        var prisons = Assert.Single(doc.Entities, e => e.Name == "مصلحة السجون الإسرائيلية");
        Assert.Equal("ISRGOV", prisons.Code);
    }

    [Fact]
    public void Torrents_are_not_seoul()
    {
        var doc = models.Analyze("لقي 12 شخصاً مصرعهم جراء سيول جارفة اجتاحت مناطق واسعة في محافظة المهرة. وقال المحافظ إن السيول جرفت عشرات المنازل.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("سيول", StringComparison.Ordinal));
    }

    [Fact]
    public void The_delegation_after_a_title_is_not_part_of_it()
    {
        var doc = models.Analyze("استقبل أمير البلاد في الديوان الأميري اليوم الدكتور محمد اشتية رئيس الوزراء الفلسطيني والوفد المرافق له.");
        var guest = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name.Contains("اشتية", StringComparison.Ordinal));
        Assert.DoesNotContain(guest.Roles, r => r.Contains("الوفد", StringComparison.Ordinal));
    }

    [Fact]
    public void Institutions_named_by_a_head_and_definite_words_are_organizations()
    {
        var doc = models.Analyze("واتهم مجلس النواب حكومة الوحدة الوطنية بالفشل، فيما دعا المجلس الأعلى للدولة إلى الحوار. وأحالت النيابة العامة الملف إلى محكمة التمييز.");
        foreach (var name in new[] { "مجلس النواب", "حكومة الوحدة الوطنية", "المجلس الأعلى للدولة", "النيابة العامة", "محكمة التمييز" })
        {
            Assert.Contains(doc.Entities, e => e.Type == "ORG" && e.Name == name);
        }
    }

    [Fact]
    public void Led_by_a_state_a_device_and_an_object_after_a_name_make_no_institution()
    {
        var doc = models.Analyze("وشاركت قوات بقيادة المملكة في المناورة، وسحب جهاز السحب الأموال، ورفض الوزير محاولات مجلس النواب الالتفاف على القانون.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("بقيادة", StringComparison.Ordinal) || e.Name.Contains("جهاز", StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("الالتفاف", StringComparison.Ordinal));
    }

    [Fact]
    public void Amman_written_with_its_shadda_is_the_capital_and_kallas_keeps_her_first_letter()
    {
        var doc = models.Analyze("وصلت الممثلة العليا للاتحاد الأوروبي كايا كالاس إلى عمّان، حيث التقت وزير الخارجية. وقالت كالاس إن الزيارة مهمة.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("عمّان", StringComparison.Ordinal) && e.Country == "OM");
        Assert.Contains(doc.Entities, e => e.Name.Contains("عمّان", StringComparison.Ordinal) && e.Country == "JO");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "الاس");
    }

    [Fact]
    public void Political_parties_are_organizations_with_their_state_party_codes()
    {
        var doc = models.AnalyzeFacts("وحمّلت حركة النهضة السلطات المسؤولية، فيما اتهم الحزب الديمقراطي الكردستاني الحكومة الاتحادية بالتقصير.");
        Assert.Contains(doc.Entities, e => e.Type == "ORG" && e.Name == "حركة النهضة" && e.Code == "TUNPTY");
        Assert.Contains(doc.Entities, e => e.Type == "ORG" && e.Name == "الحزب الديمقراطي الكردستاني" && e.Code == "IRQPTY");
    }

    [Fact]
    public void A_nisba_between_an_organization_and_a_two_word_name_belongs_to_the_organization()
    {
        var doc = models.Analyze("وقال عضو المكتب السياسي للحزب الديمقراطي الكردستاني هوشيار زيباري إن الوضع خطير.");
        Assert.Contains(doc.Entities, e => e.Type == "PER" && e.Name == "هوشيار زيباري");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PER" && e.Name.StartsWith("الكردستاني", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("وهو ما اعتبرته الجزائر انحيازاً سافراً للمغرب.", "انحياز")]
    [InlineData("وأكد البلدان التزامهما بمبدأ حسن الجوار وعدم التدخل.", "حسن")]
    [InlineData("واستهدفت الجماعة السفينة ماريا ستار في البحر الأحمر.", "ماريا")]
    [InlineData("وفي نيسان الماضي وقعت الحكومة الاتفاق.", "نيسان")]
    public void Descriptions_ships_and_months_are_no_people_or_organizations(string sentence, string word)
    {
        var doc = models.Analyze(sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Type is "PER" or "ORG" && e.Name.Contains(word, StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_inside_a_persons_title_stays_the_titles_and_a_foreign_name_ending_in_alif_stays_a_person()
    {
        var doc = models.Analyze("استقبل الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء اللاعبة ماريا سافينوفا في الرياض.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "ORG" && e.Name == "مجلس الوزراء");
        Assert.Contains(doc.Entities, e => e.Type == "PER" && e.Name.Contains("سافينوفا", StringComparison.Ordinal));
    }

    [Fact]
    public void A_body_named_once_is_what_its_head_alone_refers_to_later()
    {
        var doc = models.Analyze("أعلنت مديرية الدفاع المدني بمنطقة جازان انتشال تسعة أشخاص. وقالت المديرية إن فرقها ما زالت تعمل.");
        var body = Assert.Single(doc.Entities, e => e.Type == "ORG" && e.Name == "مديرية الدفاع المدني");
        Assert.Equal(2, body.Mentions.Count);
    }

    [Fact]
    public void A_spokesman_for_another_body_is_not_the_spokesman_named_before()
    {
        var doc = models.Analyze("وقال المتحدث العسكري باسم الحوثيين يحيى سريع إن القوات استهدفت سفينة. من جهته، صرح المتحدث باسم وزارة الدفاع الأميركية إن الهجوم فشل.");
        var saree = Assert.Single(doc.Entities, e => e.Type == "PER" && e.Name == "يحيى سريع");
        Assert.Single(saree.Mentions);
    }

    [Theory]
    [InlineData("وتخرج الطالب في جامعة الإمام محمد بن سعود الإسلامية بالرياض.", "جامعة الإمام محمد بن سعود", "ORG")]
    [InlineData("وصلت الطائرة إلى مطار الملك عبدالعزيز الدولي في جدة.", "مطار الملك عبدالعزيز", "LOC")]
    [InlineData("وتعاون مركز الملك سلمان للإغاثة مع المنظمات الدولية.", "مركز الملك سلمان", "ORG")]
    public void A_facility_named_after_a_person_is_the_facility(string sentence, string name, string type)
    {
        var doc = models.Analyze(sentence);
        Assert.Contains(doc.Entities, e => e.Type == type && e.Name.StartsWith(name, StringComparison.Ordinal));
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PER");
    }

    [Fact]
    public void A_base_is_not_al_qaeda_and_ain_al_asad_is_not_the_syrian_president()
    {
        var doc = models.AnalyzeFacts("وأفادت مصادر بأن هجوما بطائرة مسيرة استهدف قاعدة عين الأسد الجوية غرب العراق.");
        Assert.DoesNotContain(doc.Events, e => e.SourceCode is "IMGMUSALQ" or "SYRGOV" || e.TargetCode is "IMGMUSALQ" or "SYRGOV");
    }

    [Fact]
    public void A_given_name_alone_joins_no_one_but_a_royal_name()
    {
        var doc = models.AnalyzeFacts("واستقبل رئيس المجلس الرئاسي الليبي محمد المنفي وفدا تونسيا. وقال محمد إن الزيارة ناجحة. وأكد وزير الخارجية السعودي الأمير فيصل بن فرحان دعم الحوار، وقال الأمير فيصل إن الرياض مستعدة.");
        var menfi = Assert.Single(doc.Entities, e => e.Name == "محمد المنفي");
        Assert.DoesNotContain(menfi.Mentions, m => doc.Text[m.Start..m.End] == "محمد");
        var faisal = Assert.Single(doc.Entities, e => e.Name.StartsWith("فيصل بن فرحان", StringComparison.Ordinal));
        Assert.Contains(faisal.Mentions, m => doc.Text[m.Start..m.End] == "فيصل");
    }

    [Fact]
    public void A_rank_between_the_office_and_the_name_is_no_part_of_the_office()
    {
        var doc = models.AnalyzeFacts("وقال وزير الخارجية السعودي الأمير فيصل بن فرحان إن المملكة تدعم الحوار.");
        var faisal = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Contains("وزير الخارجية السعودي", faisal.Roles);
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("وزير الخارجية", q.SpeakerText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("وقال الرئيس الجزائري عبد المجيد تبون إن بلاده ترفض أي تدخل أجنبي في ليبيا.", "عبد المجيد تبون", "DZAGOV", "DZ")]
    [InlineData("وأكد الرئيس اللبناني جوزاف عون أن الجيش سينتشر في الجنوب.", "جوزاف عون", "LBNGOV", "LB")]
    [InlineData("وقال وزير الخارجية الإيراني عباس عراقجي إن طهران لا تسعى إلى الحرب.", "عباس عراقجي", "IRNGOV", "IR")]
    public void Figures_the_old_dictionary_does_not_know_have_their_code_and_state(string sentence, string name, string code, string country)
    {
        var person = Assert.Single(models.AnalyzeFacts(sentence).Entities, e => e.Name == name);
        Assert.Equal(code, person.Code);
        Assert.Equal(country, person.Country);
    }

    [Fact]
    public void A_distinctive_family_name_alone_is_coded_and_a_common_given_name_is_not()
    {
        var doc = models.AnalyzeFacts("وقال نتنياهو في كلمة مساء أمس إن الحرب لن تتوقف قبل تحقيق أهدافها.");
        var bibi = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Equal("ISRGOV", bibi.Code);
    }

    [Theory]
    [InlineData("وحذر برنامج الأغذية العالمي (WFP) من مجاعة وشيكة في مخيمات النازحين.", "برنامج الأغذية العالمي")]
    [InlineData("وقالت وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين (الأونروا) إن مدارسها في غزة تعرضت للقصف.", "وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين")]
    [InlineData("ودعت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) المجلس العسكري إلى تسليم السلطة.", "المجموعة الاقتصادية لدول غرب أفريقيا")]
    public void A_body_written_out_before_its_acronym_is_one_organization(string sentence, string name)
    {
        // (A body listed in models/events/groups.tsv is shown by its listed name, «الأونروا»; the written-out name is
        // one of its mentions.)
        var doc = models.AnalyzeFacts(sentence);
        Assert.Single(doc.Entities, e => e.Type == "ORG" && e.Mentions.Any(m => m.Of(doc.Text) == name));
        Assert.Contains(name, Assert.Single(doc.Quotes).SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_verb_or_a_month_before_a_bracket_makes_no_body()
    {
        var doc = models.AnalyzeFacts("وكان مجلس الأمن الدولي فرض في أبريل (نيسان) الماضي عقوبات على قادة الجماعة.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("فرض", StringComparison.Ordinal) || e.Name.Contains("أبريل", StringComparison.Ordinal));
    }

    [Fact]
    public void A_later_mention_of_the_acronym_is_the_body()
    {
        var doc = models.AnalyzeFacts("ودعت قوة الأمم المتحدة المؤقتة في لبنان (يونيفيل) إلى ضبط النفس. وقالت اليونيفيل إن دورياتها مستمرة.");
        var body = Assert.Single(doc.Entities, e => e.Name.StartsWith("قوة الأمم المتحدة", StringComparison.Ordinal));
        Assert.Contains(body.Mentions, m => doc.Text[m.Start..m.End] == "اليونيفيل");
    }

    [Theory]
    [InlineData("وندد الرئيس اللبناني جوزاف عون بالغارات الإسرائيلية على الجنوب.", "جوزاف عون")]
    [InlineData("وأعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع استهداف سفينة في البحر الأحمر.", "يحيى سريع")]
    [InlineData("واستقبل الرئيس السوري أحمد الشرع في دمشق وفدا من الاتحاد الأوروبي.", "أحمد الشرع")]
    public void A_listed_figure_written_in_full_is_one_person_whatever_the_tagger_cut(string sentence, string name)
    {
        var doc = models.AnalyzeFacts(sentence);
        var person = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Equal(name, person.Name);
        Assert.NotNull(person.Code);
    }

    [Fact]
    public void A_delegation_received_is_the_guest()
    {
        var doc = models.AnalyzeFacts("واستقبل وزير الخارجية العماني وفدا من حركة حماس برئاسة خليل الحية.");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("وفدا", visit.SourceText, StringComparison.Ordinal); // the guest is PLOVER's ACTOR
    }

    [Fact]
    public void A_palace_named_after_a_place_is_one_place_and_no_town_of_its_own()
    {
        var doc = models.AnalyzeFacts("وتوجه الوفد إلى قصر بعبدا للقاء الرئيس اللبناني.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "قصر");
        var palace = Assert.Single(doc.Entities, e => e.Name == "قصر بعبدا");
        Assert.Equal("LB", palace.Country);
    }

    [Fact]
    public void The_revolutionary_guard_is_not_syrian()
    {
        var doc = models.AnalyzeFacts("وقال قائد في الحرس الثوري الإيراني إن الرد سيكون قاسيا.");
        Assert.DoesNotContain(doc.Entities, e => e.Country == "SY");
        Assert.Contains(doc.Entities, e => e.Name.Contains("الحرس الثوري", StringComparison.Ordinal) && e.Country == "IR");
    }

    [Theory]
    [InlineData("وتجددت الاشتباكات في طرابلس شمال لبنان، وانتشر الجيش اللبناني في أحياء المدينة.", "طرابلس", "LB")]
    [InlineData("وتجددت الاشتباكات في طرابلس بين كتائب مسلحة ليبية قرب مطار معيتيقة.", "طرابلس", "LY")]
    [InlineData("وقصفت المدفعية الإسرائيلية تلالا في ريف القنيطرة جنوب غربي سوريا.", "القنيطرة", "SY")]
    public void A_city_named_in_two_states_is_in_the_one_the_story_names(string sentence, string city, string state)
    {
        var doc = models.AnalyzeFacts(sentence);
        Assert.Equal(state, Assert.Single(doc.Entities, e => e.Name == city).Country);
    }

    [Fact]
    public void Cities_of_arab_news_the_city_list_lacks_are_places_of_their_state()
    {
        var doc = models.AnalyzeFacts("ووصل الوفد الحكومي إلى الموصل قادما من أربيل، قبل أن يتوجه إلى عدن.");
        Assert.Equal("IQ", Assert.Single(doc.Entities, e => e.Name == "الموصل").Country);
        Assert.Equal("YE", Assert.Single(doc.Entities, e => e.Name == "عدن").Country);
        Assert.DoesNotContain(models.AnalyzeFacts("وحقق المنتخب نجاحات في شتى الميادين خلال العام الماضي.").Entities, e => e.Type is "GPE" or "LOC");
    }

    [Fact]
    public void A_paper_named_after_a_city_is_no_body_of_that_citys_state()
    {
        var doc = models.AnalyzeFacts("وقال مصدر مطلع لـ«القدس العربي» إن المفاوضات متعثرة منذ أسابيع.");
        var paper = Assert.Single(doc.Entities, e => e.Name == "القدس العربي");
        Assert.Null(paper.Code);
        Assert.Null(paper.Country);
    }

    [Theory]
    [InlineData("وأعلنت الكتلة الإسلامية تعليق مشاركتها في جلسات المجلس.", "الكتلة الإسلامية")]
    [InlineData("وطالب الحزب الشيوعي بإجراء انتخابات مبكرة.", "الحزب الشيوعي")]
    [InlineData("واتهم الحزب الحاكم المعارضة بالتحريض على العنف.", "الحزب الحاكم")]
    public void A_definite_party_head_and_a_political_adjective_are_an_organization(string sentence, string name)
    {
        var doc = models.Analyze(sentence);
        Assert.Contains(doc.Entities, e => e.Type == "ORG" && e.Name == name);
    }

    [Theory]
    [InlineData("وانقطع التيار الكهربائي عن أحياء واسعة من المدينة.")]
    [InlineData("ودعا الوزير إلى تماسك الجبهة الداخلية في مواجهة التحديات.")]
    public void A_current_or_a_front_of_no_creed_is_no_organization(string sentence) =>
        Assert.DoesNotContain(models.Analyze(sentence).Entities, e => e.Type == "ORG");

    [Fact]
    public void A_foreign_name_after_a_title_and_its_nationality_is_the_person_not_a_place()
    {
        var doc = models.AnalyzeFacts("وعلى صعيد متصل، حذر الرئيس النيجيري بولا تينوبو، الذي يتولى الرئاسة الدورية للمجموعة، من أن «الفراغ الأمني في الساحل لن يبقى حبيس حدود تلك الدول»، داعيا إلى تعزيز التعاون.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Equal("بولا تينوبو", person.Name);
        Assert.All(doc.Quotes, q => Assert.Equal(person.Id, q.Speaker));
        Assert.NotEmpty(doc.Quotes);
        Assert.DoesNotContain(doc.Entities, e => e.Type is "LOC" or "GPE" && e.Name.Contains("تينوبو", StringComparison.Ordinal));
    }
}
