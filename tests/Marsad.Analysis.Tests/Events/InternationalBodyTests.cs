using Marsad.Core;

namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// International organizations, UN agencies and NGOs (models/events/groups.tsv) and the officials who speak for them,
/// through the whole analysis with the shipped tagger: sentences written for these tests.
/// </summary>
public class InternationalBodyTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("وقالت اليونيسف إن آلاف الأطفال نزحوا من المدينة خلال أسبوع.", "اليونيسف", "IGOUNOKID")]
    [InlineData("وقالت منظمة أطباء بلا حدود إن المستشفى تعرض للقصف مرتين.", "أطباء بلا حدود", "NGOHLHMSF")]
    [InlineData("وقالت المنظمة الدولية للهجرة إن آلاف المهاجرين عالقون على الحدود.", "المنظمة الدولية للهجرة", "IGOUNO")]
    [InlineData("وأدانت منظمة مراسلون بلا حدود اعتقال الصحفي في العاصمة.", "مراسلون بلا حدود", "NGOHRIMED")]
    [InlineData("وحذر برنامج الأغذية العالمي من مجاعة وشيكة في الإقليم.", "برنامج الأغذية العالمي", "IGOUNOWFP")]
    public void A_body_the_tagger_misses_or_cuts_is_one_entity_with_its_code(string text, string name, string code)
    {
        var doc = models.AnalyzeFacts(text);
        var body = Assert.Single(doc.Entities, e => e.Mentions.Any(m => m.Of(doc.Text).Contains(name, StringComparison.Ordinal)));
        Assert.Equal("ORG", body.Type);
        Assert.Equal(code, body.Code);
        Assert.Equal(name, body.Name);
    }

    [Fact]
    public void A_body_named_in_full_and_by_its_acronym_is_one_entity()
    {
        var doc = models.AnalyzeFacts("وقالت منظمة الأمم المتحدة للطفولة إن المدارس أغلقت. وأضافت اليونيسف أن نصف الأطفال بلا تعليم.");
        var unicef = Assert.Single(doc.Entities, e => e.Code == "IGOUNOKID");
        Assert.Equal(2, unicef.Mentions.Count);
        Assert.All(doc.Quotes, q => Assert.Equal(unicef.Id, q.Speaker));
    }

    [Fact]
    public void An_envoy_named_after_his_posting_speaks_and_is_not_of_the_state_he_serves_in()
    {
        var doc = models.AnalyzeFacts("وقال منسق الشؤون الإنسانية للأمم المتحدة في اليمن جوليان هارنيس إن الوضع كارثي.");
        var envoy = Assert.Single(doc.Entities, e => e.Type == "PER");
        Assert.Contains(envoy.Roles, r => r.StartsWith("منسق الشؤون الإنسانية", StringComparison.Ordinal));
        Assert.Null(envoy.Country);
        Assert.Equal(envoy.Id, Assert.Single(doc.Quotes).Speaker);

        var ambassador = Assert.Single(models.AnalyzeFacts("وقال سفير الاتحاد الأوروبي في ليبيا نيكولا أورلاندو إن الانتخابات ضرورية.").Entities, e => e.Type == "PER");
        Assert.NotEqual("LY", ambassador.Country);
        var governor = Assert.Single(models.AnalyzeFacts("وقال محافظ البنك المركزي في اليمن أحمد غالب إن العملة استقرت.").Entities, e => e.Type == "PER");
        Assert.Equal("YE", governor.Country);
    }

    [Fact]
    public void A_body_right_after_a_verb_of_describing_describes_though_its_office_was_in_a_title_before()
    {
        var doc = models.AnalyzeFacts("وقالت سارة أحمد، مديرة مكتب هيومن رايتس ووتش في تونس: \"لا مكان لمحاكمات عسكرية للمدنيين\". "
            + "ووصفت هيومن رايتس ووتش السماح بمحاكمة مدني أمام محكمة عسكرية بـ\"الانتهاك للحق في محاكمة عادلة\".");
        var hrw = Assert.Single(doc.Entities, e => e.Code == "NGOHRI");
        var described = Assert.Single(doc.Quotes, q => doc.Text[q.Start..q.End].StartsWith("الانتهاك", StringComparison.Ordinal));
        Assert.Equal(hrw.Id, described.Speaker);
    }

    [Fact]
    public void A_committee_whose_name_starts_with_lam_is_the_subject_a_joined_call_goes_on_with()
    {
        var doc = models.AnalyzeFacts("من جهتها، دانت لجنة حماية الصحفيين عملية الاغتيال، وطالبت السلطات العراقية بـ\"إجراء تحقيق شفاف وسريع وتقديم الجناة للعدالة\".");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("لجنة حماية الصحفيين", q.SpeakerText);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("NGOHRIMED", call.SourceCode);
        Assert.Contains("السلطات العراقية", call.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void Whom_a_host_met_with_after_a_time_aside_is_the_recipient_however_long_the_title()
    {
        var doc = models.AnalyzeFacts("بحث وزير الخارجية أيمن الصفدي، اليوم الخميس، مع الممثلة العليا للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية كايا كالاس، الجهود المبذولة لوقف إطلاق النار في قطاع غزة.");
        var talks = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Contains("كالاس", talks.TargetText, StringComparison.Ordinal);
    }

    [Fact]
    public void The_united_nations_is_coded_and_its_secretary_general_speaks_for_it()
    {
        var doc = models.AnalyzeFacts("ودعت الأمم المتحدة الأطراف إلى وقف القتال. وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الوضع كارثي.");
        var un = Assert.Single(doc.Entities, e => e.Type == "ORG" && e.Name == "الأمم المتحدة");
        Assert.Equal("IGOUNO", un.Code);
        Assert.Equal("IGOUNO", Assert.Single(doc.Entities, e => e.Type == "PER").Code);
        Assert.Equal("IGOUNO", Assert.Single(doc.Events, e => e.Type == "REQUEST").SourceCode);
    }

    [Theory]
    [InlineData("في المقابل، اتهم فصيل \"كتائب سيد الشهداء\" في بيان القوات الأمنية بـ\"الاعتداء على أبنائه\".", "كتائب سيد الشهداء", "فصيل \"كتائب سيد الشهداء\"")]
    [InlineData("وقالت حركة \"الصابرين\" في بيان إن عناصرها لم يشاركوا في الهجوم.", "الصابرين", "حركة \"الصابرين\"")]
    [InlineData("وأكد تنظيم «حراس الدين» أن مقاتليه صدوا الهجوم على مواقعهم.", "حراس الدين", "تنظيم «حراس الدين»")]
    public void A_name_in_quotation_marks_after_the_noun_that_heads_it_is_one_organization_and_one_speaker(string sentence, string name, string speaker)
    {
        var doc = models.AnalyzeFacts(sentence);
        var body = Assert.Single(doc.Entities, e => e.Name == name);
        Assert.Equal("ORG", body.Type);
        var q = Assert.Single(doc.Quotes);
        Assert.Equal(speaker, q.SpeakerText);
        Assert.Equal(body.Id, q.Speaker);
    }

    [Fact]
    public void A_quotation_after_a_definite_head_is_no_name()
    {
        var doc = models.AnalyzeFacts("وأكد رئيس الوفد الأوروبي أن الاتحاد \"يدعم السلطة الوطنية الفلسطينية وإصلاحاتها\" بلا تردد.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.Contains("يدعم", StringComparison.Ordinal));
    }

    [Fact]
    public void The_faction_later_is_the_faction_named_in_quotation_marks_before()
    {
        var doc = models.AnalyzeFacts("واتهم فصيل \"كتائب سيد الشهداء\" في بيان القوات الأمنية بالاعتداء على أبنائه. ونفى الفصيل أن يكون عناصره قد بادروا بإطلاق النار.");
        var faction = Assert.Single(doc.Entities, e => e.Name == "كتائب سيد الشهداء");
        Assert.Equal(faction.Id, Assert.Single(doc.Quotes).Speaker);
        var said = models.AnalyzeFacts("واتهم فصيل \"كتائب سيد الشهداء\" القوات الأمنية بـ\"الاعتداء على أبنائه\". ونفى الفصيل أن يكون عناصره قد بادروا بإطلاق النار.");
        Assert.All(said.Quotes, q => Assert.Equal("فصيل \"كتائب سيد الشهداء\"", q.SpeakerText));
        var surname = models.AnalyzeFacts("وقال نقيب الصحفيين خالد البلشي إن النقابة ترفض الاعتداء. وأضاف البلشي أن النقابة لن تسمح بذلك.");
        Assert.Equal("البلشي", surname.Quotes[^1].SpeakerText);
        var coalition = models.AnalyzeFacts("وحشدت قوات التحالف وقيادة الجيش الوطني أعدادا كبيرة من الجنود. وكان التحالف قد شن غارات على مواقع المسلحين.");
        Assert.DoesNotContain(coalition.Entities, e => e.Name.Contains("قيادة الجيش", StringComparison.Ordinal) && e.Mentions.Any(m => coalition.Text[m.Start..m.End] == "التحالف"));
    }
}
