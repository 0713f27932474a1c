namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Whom a call or an accusation is aimed at when it is a group named by a common noun («أنصاره», «القادة»), or when an
/// aside stands between the subject and the object. Sentences written for these tests, shipped models.
/// </summary>
public class GroupTargetTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("ودعا زعيم المعارضة أنصاره إلى الهدوء وعدم الرد على الاستفزازات.", "أنصاره")]
    [InlineData("ودعت الحكومة الكندية مواطنيها إلى مغادرة البلاد فورا.", "مواطنيها")]
    [InlineData("وحث الحزب الحاكم مؤيديه على المشاركة في الاقتراع.", "مؤيديه")]
    public void People_an_actor_calls_its_own_are_whom_it_calls_on(string sentence, string target)
    {
        var doc = models.AnalyzeFacts(sentence);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal(target, call.TargetText);
    }

    [Fact]
    public void Leaders_are_a_group_of_people()
    {
        var doc = models.AnalyzeFacts("دعت السفارة البريطانية في عمّان القادة السياسيين إلى الحوار.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.StartsWith("القادة", call.TargetText, StringComparison.Ordinal);
        Assert.StartsWith("السفارة البريطانية", call.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_embassy_the_dictionary_dates_is_an_organization_not_a_person()
    {
        // The dictionary lists «السفارة الأمريكية» with dated roles, as it does people; it acts here without a tagged name.
        var doc = models.AnalyzeFacts("دعت السفارة الأمريكية المواطنين إلى تجنب مناطق التظاهر.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal("السفارة الأمريكية", call.SourceText);
        Assert.Equal("المواطنين", call.TargetText);
    }

    [Fact]
    public void An_aside_through_whose_mouth_stands_between_subject_and_object()
    {
        var doc = models.AnalyzeFacts("واتهمت حركة النهضة، على لسان الناطق باسمها سامي العلي، الحكومة التونسية بالتضييق على المعارضين.");
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("الحكومة التونسية", accusation.TargetText);
    }

    [Fact]
    public void A_group_after_a_preposition_written_on_it_is_whom_one_meets()
    {
        var doc = models.AnalyzeFacts("وقال وزير الداخلية خلال اجتماع بقادة الأجهزة الأمنية إن الوضع تحت السيطرة.");
        var meeting = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.NotNull(meeting.TargetText);
        Assert.StartsWith("قادة", meeting.TargetText, StringComparison.Ordinal);
        Assert.False(meeting.SourceText?.StartsWith("بقادة", StringComparison.Ordinal) ?? false);
    }

    [Fact]
    public void A_feminine_adjective_is_no_possessed_group()
    {
        // «ملكية» (royal) ends as «ملك» + «ية», not as a noun with a pronoun: no king acts here.
        var doc = models.AnalyzeFacts("وكانت المملكة قد أرسلت، بتعليمات ملكية، مساعدات غذائية إلى السودان.");
        var aid = Assert.Single(doc.Events, e => e.Type == "AID");
        Assert.NotEqual("ملكية", aid.SourceText);
    }

    [Fact]
    public void An_official_of_ones_own_is_no_group_of_people()
    {
        // «سفيرها» is the state's own ambassador, not a generic group; the recall keeps the government as its actor.
        var doc = models.AnalyzeFacts("وحذرت الحكومة الموريتانية من الخطوة، واستدعت على إثرها سفيرها لدى مالي للتشاور احتجاجا على القرار.");
        Assert.DoesNotContain(doc.Events, e => e.TargetText == "سفيرها" && e.Type is "REQUEST" or "PROTEST");
    }
}
