namespace Marsad.Analysis.Tests;

/// <summary>
/// Spans the tagger reads wrong in shapes common in Arab news: the masdar «فتح» before what is opened (not Fatah), a
/// rank before a listed figure's name, an ordinal adverb after a name, a judge's rank after a council, a royal court after
/// «لل», a ministry named with «وشؤون», figures and bodies added to the hand lists. Sentences written for these tests,
/// shipped models.
/// </summary>
public class EntityShapeTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("ودعا المجلس الرئاسي الليبي النائب العام إلى فتح تحقيق عاجل.")]
    [InlineData("وطالبت الحركة بفتح تحقيق دولي في الحادثة.")]
    [InlineData("وقررت السلطات إعادة فتح المعابر أمام الشاحنات.")]
    public void Opening_an_inquiry_or_a_crossing_is_not_fatah(string sentence)
    {
        var doc = models.Analyze(sentence);
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("فتح", StringComparison.Ordinal));
    }

    [Fact]
    public void Fatah_named_as_a_movement_stays()
    {
        var doc = models.Analyze("وقال المتحدث باسم حركة فتح إن الحركة ترفض القرار.");
        Assert.Contains(doc.Entities, e => e.Name == "حركة فتح" && e.Code == "PSEPTY");
    }

    [Fact]
    public void A_rank_before_a_listed_figure_is_no_part_of_the_name()
    {
        var doc = models.Analyze("وندد رئيس الجمهورية اللبنانية العماد جوزاف عون بالغارة على الجنوب.");
        var president = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Equal("جوزاف عون", president.Name);
        Assert.Equal("LBNGOV", president.Code);
    }

    [Theory]
    [InlineData("وندد الرئيس الصومالي حسن شيخ محمود بالهجوم.", "حسن شيخ محمود", "SOMGOV")]
    [InlineData("وقال الأمين العام للاتحاد نور الدين الطبوبي إن الاتحاد لن يركع.", "نور الدين الطبوبي", "TUNLAB")]
    public void Figures_added_to_the_hand_list_are_whole_and_coded(string sentence, string name, string code)
    {
        var doc = models.Analyze(sentence);
        var person = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Equal(name, person.Name);
        Assert.Equal(code, person.Code);
    }

    [Fact]
    public void An_ordinal_adverb_ends_no_name()
    {
        var doc = models.Analyze("وجاء تحالف \"تقدم\" بزعامة رئيس البرلمان السابق محمد الحلبوسي ثانيا، تلاه ائتلاف دولة القانون.");
        Assert.Contains(doc.Entities, e => e.Type == "PER" && e.Name == "محمد الحلبوسي");
    }

    [Fact]
    public void A_judges_rank_after_a_council_is_no_part_of_the_council()
    {
        var doc = models.Analyze("وقالت رئيسة مجلس المفوضين القاضية جمانة الغلاي في مؤتمر صحفي إن النسبة بلغت 56 في المئة.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == "ORG" && e.Name.Contains("القاضية", StringComparison.Ordinal));
    }

    [Fact]
    public void A_royal_court_after_lil_is_a_body()
    {
        var doc = models.Analyze("وشدد العاهل الأردني على ضرورة تثبيت وقف إطلاق النار، بحسب بيان للديوان الملكي الهاشمي.");
        var court = Assert.Single(doc.Entities, e => e.Name.Contains("الديوان", StringComparison.Ordinal));
        Assert.Equal("ORG", court.Type);
    }

    [Fact]
    public void A_ministry_named_with_wa_shuun_is_one_organ_of_its_state()
    {
        var doc = models.AnalyzeFacts("وأدانت وزارة الخارجية وشؤون المغتربين الأردنية اقتحام وزير الأمن القومي الإسرائيلي إيتمار بن غفير باحات المسجد الأقصى.");
        var ministry = Assert.Single(doc.Entities, e => e.Name == "وزارة الخارجية وشؤون المغتربين الأردنية");
        Assert.Equal("JORGOV", ministry.Code);
        var condemnation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("وزارة الخارجية وشؤون المغتربين الأردنية", condemnation.SourceText);
        Assert.Contains("إيتمار بن غفير", condemnation.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_tunisian_labour_union_and_a_tripoli_armed_group_are_named_bodies()
    {
        var doc = models.AnalyzeFacts("وقال الاتحاد العام التونسي للشغل في بيان إنه يرفض القرار، فيما اشتبكت قوات جهاز دعم الاستقرار مع مسلحين.");
        Assert.Contains(doc.Entities, e => e.Name == "الاتحاد العام التونسي للشغل" && e.Code == "TUNLAB");
        Assert.Contains(doc.Entities, e => e.Name == "جهاز دعم الاستقرار" && e.Code == "LBYMIL");
        Assert.DoesNotContain(doc.Events, e => e.Type == "SUPPORT");
    }

    [Fact]
    public void Political_forces_are_parties_an_actor_can_urge()
    {
        var doc = models.AnalyzeFacts("وحثت السفارة الأمريكية القوى السياسية على تشكيل حكومة جديدة.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("السفارة الأمريكية", call.SourceText);
        Assert.Equal("القوى السياسية", call.TargetText);
    }

    [Fact]
    public void A_listed_figure_named_with_one_more_link_of_descent_keeps_the_code()
    {
        var doc = models.Analyze("التقى صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، في الرياض اليوم، وزيرة الخارجية البريطانية.");
        Assert.Contains(doc.Entities, e => e.Name == "فيصل بن فرحان بن عبدالله" && e.Code == "SAUGOV");
    }

    [Fact]
    public void A_definite_noun_after_a_listed_figure_is_the_object()
    {
        var doc = models.Analyze("واستقبل رئيس وزراء إثيوبيا آبي أحمد الوفد في أديس أبابا.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Equal("آبي أحمد", person.Name);
        Assert.Equal("ETHGOV", person.Code);
    }

    [Fact]
    public void A_states_formal_name_is_the_state()
    {
        var doc = models.Analyze("أدانت جمهورية مصر العربية بأشد العبارات الهجوم على القاعدة الأممية.");
        var egypt = Assert.Single(doc.Entities, e => e.Type == "GPE");
        Assert.Equal("EG", egypt.Country);
        Assert.Equal("EGY", egypt.Code);
    }

    [Fact]
    public void A_single_given_name_before_bin_is_no_listed_figure()
    {
        var doc = models.Analyze("وقال عمار بن جامع إن الجزائر ترفض القرار.");
        var person = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Null(person.Code);
    }
}
