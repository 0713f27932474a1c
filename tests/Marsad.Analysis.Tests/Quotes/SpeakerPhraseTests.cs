using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>Who speaks, with the shipped tagger: sentences written for these tests.</summary>
public class SpeakerPhraseTests(ShippedModels models) : IClassFixture<ShippedModels>
{
    [Fact]
    public void A_call_names_its_caller_not_whom_it_calls_on()
    {
        var doc = models.AnalyzeFacts("من جانبها، دعت الأمم المتحدة طرفي النزاع إلى وقف فوري لإطلاق النار وفتح ممرات آمنة للمساعدات.");
        var q = Assert.Single(doc.Quotes);
        Assert.Equal("الأمم المتحدة", q.SpeakerText);
    }

    [Fact]
    public void A_participle_speaks_for_its_own_sentence_subject()
    {
        var doc = models.AnalyzeFacts("ودعت الأمم المتحدة طرفي النزاع إلى وقف فوري لإطلاق النار. وكان قائد قوات الدعم السريع محمد حمدان دقلو قد رفض في وقت سابق دعوات الحوار، مؤكدا أن قواته ستواصل القتال.");
        var q = Assert.Single(doc.Quotes, x => doc.Text[x.Start..x.End].Contains("ستواصل", StringComparison.Ordinal));
        Assert.Contains("دقلو", q.SpeakerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_contrasting_clause_after_a_comma_ends_what_was_said()
    {
        var doc = models.AnalyzeFacts("وطالبت منظمة العفو الدولية السلطات بالإفراج عن الناشطين المعتقلين، فيما رفضت الحكومة هذه الاتهامات.");
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("رفضت", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }

    [Fact]
    public void An_accusing_participle_ends_the_quote_before_it()
    {
        var doc = models.AnalyzeFacts("وقال المندوب إن حكومته تتعاون بشكل كامل مع الوكالات الإنسانية، متهما قوات الدعم السريع بعرقلة وصول المساعدات.");
        var q = Assert.Single(doc.Quotes);
        Assert.DoesNotContain("متهما", doc.Text[q.Start..q.End], StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Events, e => e.Type == "AID"); // aid obstructed did not arrive
    }

    [Fact]
    public void An_attributed_clause_leaves_out_the_connective_that_opens_it()
    {
        var doc = models.AnalyzeFacts("وفي سياق متصل، قصفت الطائرات منزلا في مدينة خان يونس، ما أسفر عن مقتل خمسة أشخاص، بحسب ما أفادت وزارة الصحة في غزة.");
        var q = Assert.Single(doc.Quotes);
        Assert.StartsWith("قصفت", doc.Text[q.Start..q.End], StringComparison.Ordinal);
    }
}
