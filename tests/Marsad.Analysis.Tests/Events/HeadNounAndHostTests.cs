namespace Marsad.Analysis.Tests.Events;

/// <summary>
/// A movement's head noun alone refers back to the movement named before, also when the tagger found the name alone
/// («لحركة حماس») or made the head noun an organization of its own; a future verb is no place; hosts of talks are no
/// party to them; a blame joined after a comma goes on with the subject. Sentences written for these tests, shipped models.
/// </summary>
public class HeadNounAndHostTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void The_head_noun_written_before_a_one_word_name_refers_back_to_it()
    {
        var doc = models.AnalyzeFacts("وسلمت كتائب القسام، الجناح العسكري لحركة حماس، رفات رهينة إلى الصليب الأحمر. واتهم رئيس الوزراء الإسرائيلي الحركة بالمماطلة في تسليم بقية الجثث.");
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("PSEREB", accusation.TargetCode);
        var hamas = Assert.Single(doc.Entities, e => e.Name == "حماس");
        Assert.Contains(hamas.Mentions, m => doc.Text[m.Start..m.End] == "الحركة");
    }

    [Fact]
    public void A_head_noun_the_tagger_made_an_organization_is_the_movement_named_before()
    {
        var doc = models.AnalyzeFacts("وتظاهر أنصار جبهة الخلاص الوطني المعارضة في العاصمة. وقال رئيس الجبهة أحمد نجيب الشابي إن البلاد تعيش أسوأ مرحلة.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "الجبهة");
        var leader = Assert.Single(doc.Entities, e => e.Name.Contains("الشابي", StringComparison.Ordinal));
        Assert.Equal("جبهة الخلاص الوطني", leader.Affiliation);
        Assert.Equal("TUNOPP", leader.Code);
    }

    [Fact]
    public void A_future_verb_is_no_place_and_hosts_are_no_party_to_talks()
    {
        var doc = models.AnalyzeFacts("وأعلنت وزارة الخارجية القطرية أن الدوحة والقاهرة ستستضيفان الأسبوع المقبل جولة جديدة من المفاوضات حول المرحلة الثانية من الاتفاق.");
        Assert.DoesNotContain(doc.Entities, e => e.Name.StartsWith("ست", StringComparison.Ordinal));
        var talks = Assert.Single(doc.Events, e => e.Type == "CONSULT");
        Assert.Null(talks.SourceText);
        Assert.True(talks.Hypothetical);
    }

    [Fact]
    public void Talks_near_the_start_of_a_sentence_are_read_without_failing()
    {
        var doc = models.AnalyzeFacts("وأكد أن المحادثات كانت مثمرة.");
        Assert.Single(doc.Events, e => e.Type == "CONSULT");
    }

    [Fact]
    public void A_blame_joined_after_a_comma_goes_on_with_the_subject()
    {
        var doc = models.AnalyzeFacts("وأدانت الحكومة اليمنية الهجوم على السفينة، وحملت الحوثيين المسؤولية عن تهديد أمن الملاحة.");
        var accusation = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.Equal("الحكومة اليمنية", accusation.SourceText);
        Assert.Equal("الحوثيين", accusation.TargetText);
    }

    [Theory]
    [InlineData("واتهم رئيس الوزراء الإسرائيلي حركة حماس بالمماطلة في تسليم الجثث.", "ISRGOV")]
    [InlineData("وانتقد رئيس الوزراء العراقي قرار البرلمان.", "IRQGOV")]
    public void A_prime_minister_named_by_his_title_alone_is_one_actor(string sentence, string code)
    {
        var doc = models.AnalyzeFacts(sentence);
        var act = Assert.Single(doc.Events, e => e.Type == "ACCUSE");
        Assert.StartsWith("رئيس الوزراء", act.SourceText, StringComparison.Ordinal);
        Assert.Equal(code, act.SourceCode);
    }

    [Fact]
    public void An_international_bodys_head_noun_alone_refers_back_to_it()
    {
        var doc = models.AnalyzeFacts("وصل المدير العام للوكالة الدولية للطاقة الذرية رافائيل غروسي إلى طهران. وقال عراقجي إن طهران مستعدة للتعاون مع الوكالة في إطار القانون.");
        Assert.DoesNotContain(doc.Entities, e => e.Name == "الوكالة");
        var agency = Assert.Single(doc.Entities, e => e.Code == "IGOUNOIAE");
        Assert.Contains(agency.Mentions, m => doc.Text[m.Start..m.End] == "الوكالة");
    }

    [Fact]
    public void Fighters_counted_with_whose_they_are_hand_over_their_weapons()
    {
        var doc = models.AnalyzeFacts("وفي شمال العراق، سلم نحو 30 مسلحا من الحزب أسلحتهم في مراسم رمزية قرب مدينة السليمانية.");
        var disarm = Assert.Single(doc.Events, e => e.Type == "RETREAT");
        Assert.Equal("disarm", disarm.Mode);
    }
}
