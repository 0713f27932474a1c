namespace Marsad.Analysis.Tests;

/// <summary>
/// One person and one body per real-world entity where the tagger reads a later mention as another kind, runs a listed
/// name on into its object or an office's body into the name, and a body named after «لل» keeps its article. Sentences
/// written for these tests, shipped models.
/// </summary>
public class EntityJoinTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_family_name_the_tagger_types_a_place_or_a_body_joins_the_person_named_before()
    {
        var doc = models.Analyze("تعهد رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة، السبت، بإنهاء وجود التشكيلات المسلحة خارج سلطة الدولة في العاصمة طرابلس.\n\n"
            + "وقال الدبيبة إن \"زمن الميليشيات انتهى، ولن نسمح لأي جهة بابتزاز الدولة بالسلاح\".\n\n"
            + "في المقابل، انتقد رئيس المجلس الأعلى للدولة محمد تكالة تصريحات الدبيبة، واعتبرها \"محاولة لإطالة عمر الحكومة\"، مطالبا مجلس النواب بالتوافق على قوانين انتخابية.");
        var person = Assert.Single(doc.Entities, e => e.Name == "عبد الحميد الدبيبة");
        Assert.Equal(3, person.Mentions.Count);
        Assert.DoesNotContain(doc.Entities, e => e.Name == "الدبيبة");
    }

    [Fact]
    public void A_listed_figure_run_on_into_the_object_keeps_his_name_only()
    {
        var doc = models.Analyze("وأدان الرئيس الصومالي حسن شيخ محمود الهجوم، متوعدا بملاحقة منفذيه.");
        Assert.Contains(doc.Entities, e => e.Name == "حسن شيخ محمود" && e.Type == "PER");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("الهجوم", StringComparison.Ordinal));
    }

    [Fact]
    public void A_rank_inside_a_tagged_name_starts_the_name_after_it()
    {
        var doc = models.Analyze("وكان الرئيس السوري أحمد الشرع قد التقى في دمشق قائد سنتكوم الأدميرال براد كوبر، وبحثا سبل التنسيق.");
        Assert.Contains(doc.Entities, e => e.Name == "براد كوبر" && e.Type == "PER");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("الأدميرال", StringComparison.Ordinal));
    }

    [Fact]
    public void An_army_named_after_lil_has_its_article_back()
    {
        var doc = models.AnalyzeFacts("ونقلت المبعوثة الأمريكية دعم واشنطن للجيش اللبناني في تنفيذ خطته جنوب نهر الليطاني.");
        Assert.Contains(doc.Entities, e => e.Name == "الجيش اللبناني" && e.Code == "LBNMIL");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("لل", StringComparison.Ordinal));
    }

    [Fact]
    public void The_constitutional_oath_names_no_state()
    {
        var doc = models.AnalyzeFacts("واستقبل الرئيس الوزيرة الجديدة في قصر قرطاج، حيث أدت اليمين الدستورية.");
        Assert.DoesNotContain(doc.Events, e => e.SourceCode == "AFG" || e.TargetCode == "AFG");
        var visit = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Equal("الوزيرة", visit.SourceText);
    }

    [Fact]
    public void South_sudan_and_south_africa_are_states_of_their_own()
    {
        var doc = models.Analyze("وزار الرئيس جنوب أفريقيا ودولة جنوب السودان وشمال مقدونيا.");
        Assert.Contains(doc.Entities, e => e.Name == "جنوب السودان" && e.Country == "SS");
        Assert.Contains(doc.Entities, e => e.Name == "جنوب أفريقيا" && e.Country == "ZA");
        Assert.DoesNotContain(doc.Entities, e => e.Country == "SD");
    }

    [Fact]
    public void Lower_juba_is_a_region_not_the_capital_of_south_sudan()
    {
        var doc = models.Analyze("قتل 12 عنصرا من حركة الشباب في غارات جوية في إقليم جوبا السفلى جنوبي البلاد.");
        Assert.Contains(doc.Entities, e => e.Name == "جوبا السفلى" && e.Type == "LOC");
        Assert.DoesNotContain(doc.Entities, e => e.Country == "SS");
    }

    [Fact]
    public void A_facility_head_tagged_alone_before_a_definite_word_is_the_facility()
    {
        var court = models.Analyze("ونظم عشرات المحامين وقفة احتجاجية أمام قصر العدالة بالعاصمة، تنديدا بإحالة زميلهم على التحقيق.");
        Assert.DoesNotContain(court.Entities, e => e.Name == "قصر");
        var institute = models.Analyze("وأعلن مكتب رئيس الوزراء تسلم الجثة، مشيرا إلى أنها ستنقل إلى معهد الطب الشرعي للتعرف على هويتها.");
        Assert.Contains(institute.Entities, e => e.Name == "معهد الطب الشرعي" && e.Type == "ORG");
    }

    [Fact]
    public void A_mission_is_a_body_and_the_security_council_is_one_with_and_without_its_adjective()
    {
        var doc = models.Analyze("اتهم السفير المغربي الجزائر خلال جلسة لمجلس الأمن الدولي حول الوضع في الصحراء. وكان مجلس الأمن قد مدد الشهر الماضي ولاية بعثة المينورسو لمدة عام.");
        Assert.Contains(doc.Entities, e => e.Name == "بعثة المينورسو" && e.Type == "ORG");
        var council = Assert.Single(doc.Entities, e => e.Name.StartsWith("مجلس الأمن", StringComparison.Ordinal));
        Assert.Equal(2, council.Mentions.Count);
    }

    [Fact]
    public void Mr_before_a_full_name_is_no_part_of_it_but_a_name_that_is_sayyid_stays()
    {
        var doc = models.Analyze("استقبل رئيس الجمهورية، السيد عبد المجيد تبون، اليوم الاثنين بمقر رئاسة الجمهورية، وزير الشؤون الخارجية الإسباني خوسيه مانويل ألباريس.");
        Assert.Contains(doc.Entities, e => e.Name == "عبد المجيد تبون" && e.Code == "DZAGOV");
        var named = models.Analyze("وقال السيد البدوي رئيس حزب الوفد إن الحزب يرفض القرار.");
        Assert.Contains(named.Entities, e => e.Name == "السيد البدوي");
    }

    [Fact]
    public void A_spokesmans_kunya_is_his_whole_name_and_the_brigades_are_irans_iraqi_ally_not_lebanons_party()
    {
        var doc = models.AnalyzeFacts("وقال المتحدث باسم كتائب حزب الله أبو علي العسكري في تدوينة إن أي اعتداء سيقابل برد قاس.");
        Assert.Contains(doc.Entities, e => e.Name == "أبو علي العسكري" && e.Type == "PER" && e.Code == "IRQREB");
        Assert.Contains(doc.Entities, e => e.Name == "كتائب حزب الله" && e.Code == "IRQREB");
        Assert.DoesNotContain(doc.Entities, e => e.Code == "LBNREB");
    }

    [Fact]
    public void A_group_designated_a_terrorist_organization_is_no_named_body()
    {
        var doc = models.AnalyzeFacts("ودعت الحكومة اليمنية المجتمع الدولي إلى تصنيف الجماعة منظمة إرهابية.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "منظمة إرهابية");
        var designated = models.AnalyzeFacts("ورحبت الحكومة السودانية بالبيان، لكنها طالبت بـ\"تصنيف قوات الدعم السريع منظمة إرهابية\" قبل أي تفاوض.");
        Assert.DoesNotContain(designated.Events, e => e.SourceText == "منظمة إرهابية" || e.TargetText == "منظمة إرهابية");
        // A terrorist group that acts is still an actor.
        Assert.Equal("جماعة إرهابية", Assert.Single(models.AnalyzeFacts("وهاجمت جماعة إرهابية قرية في الولاية.").Events).SourceText);
    }

    [Fact]
    public void A_criminal_court_named_after_its_city_is_one_judicial_body()
    {
        var doc = models.AnalyzeFacts("قضت محكمة جنايات القاهرة، اليوم الأربعاء، بالسجن المشدد خمس سنوات على الناشط السياسي.");
        Assert.Contains(doc.Entities, e => e.Name == "محكمة جنايات القاهرة" && e.Code == "EGYJUD");
        Assert.Equal("EGYJUD", Assert.Single(doc.Events, e => e.Type == "SANCTION").SourceCode);
    }

    [Fact]
    public void A_ships_name_is_no_person()
    {
        var doc = models.Analyze("أعلنت جماعة الحوثي الإفراج عن طاقم سفينة \"غالاكسي ليدر\" المحتجز منذ نوفمبر 2023.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "PER");
    }
}
