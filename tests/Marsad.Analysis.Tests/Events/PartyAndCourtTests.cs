namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// Turkish parties and their leaders, a two-word rank between an office and a name, an affiliation without the preposition
/// its title wrote on it, a speaker described by an adjective and what it is for, what a call asks to be formed, and a
/// court upholding a ruling in the state it sits in. Sentences written for these tests, shipped models.
/// </summary>
public class PartyAndCourtTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Theory]
    [InlineData("ودعا حزب الشعب الجمهوري إلى انتخابات مبكرة.", "حزب الشعب الجمهوري")]
    [InlineData("ودعا حزب الحركة القومية إلى الإسراع في الإصلاحات.", "حزب الحركة القومية")]
    public void Turkish_parties_are_named_and_coded(string sentence, string party)
    {
        var doc = models.AnalyzeFacts(sentence);
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Equal(party, call.SourceText);
        Assert.Equal("TURPTY", call.SourceCode);
    }

    [Fact]
    public void A_rank_of_two_words_is_the_persons_not_the_offices()
    {
        var doc = models.AnalyzeFacts("ورفض رئيس مجلس السيادة الانتقالي الفريق أول عبد الفتاح البرهان مقترح الهدنة.");
        var burhan = Assert.Single(doc.Entities, e => e.Name.Contains("البرهان", StringComparison.Ordinal));
        Assert.Contains("رئيس مجلس السيادة الانتقالي", burhan.Roles);
        Assert.DoesNotContain(burhan.Roles, r => r.Contains("الفريق", StringComparison.Ordinal));
        var refusal = Assert.Single(doc.Events, e => e.Type == "REJECT");
        Assert.EndsWith("عبد الفتاح البرهان", refusal.SourceText, StringComparison.Ordinal);
    }

    [Fact]
    public void An_affiliation_is_the_bodys_name_without_the_preposition()
    {
        var doc = models.AnalyzeFacts("ونفى الأمين العام لحزب الله نعيم قاسم أن يكون الحزب قد أعاد تسليح نفسه.");
        var qassem = Assert.Single(doc.Entities, e => e.Name == "نعيم قاسم");
        Assert.Equal("حزب الله", qassem.Affiliation);
    }

    [Fact]
    public void A_speaker_ends_before_what_it_praised_after_an_adjective()
    {
        var doc = models.AnalyzeFacts("وأشاد حزب المساواة وديمقراطية الشعوب المؤيد للأكراد بالخطوة، مطالبا الحكومة بالإفراج عن المعتقلين.");
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("بالخطوة", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void What_a_call_asks_to_be_formed_is_not_whom_it_is_to()
    {
        var doc = models.AnalyzeFacts("ودعا رئيس الحزب إلى الإسراع في تشكيل لجنة برلمانية لإعداد الإطار القانوني.");
        var call = Assert.Single(doc.Events, e => e.Type == "REQUEST");
        Assert.Null(call.TargetText);
    }

    [Fact]
    public void A_court_upholding_sentences_backs_no_one_and_is_its_states_judiciary()
    {
        var doc = models.AnalyzeFacts("وكانت محكمة الاستئناف في تونس قد أيدت الأسبوع الماضي أحكاما بالسجن بحق عدد من المعارضين.");
        Assert.DoesNotContain(doc.Events, e => e.Type == "SUPPORT");
        var sentence = Assert.Single(doc.Events, e => e.Type == "SANCTION");
        Assert.Equal("TUNJUD", sentence.SourceCode);
    }

    [Fact]
    public void A_state_backing_a_ruling_still_supports()
    {
        var doc = models.AnalyzeFacts("وأيدت الولايات المتحدة حكم المحكمة الدولية.");
        Assert.Single(doc.Events, e => e.Type == "SUPPORT");
    }
}
