using Marsad.Analysis.Events;
using Marsad.Analysis.Quotes;
using Marsad.Core;

namespace Marsad.Analysis.Tests.Quotes;

/// <summary>Quotes on sentences written for these tests (no corpus text).</summary>
public class QuoteProcessorTests
{
    private static Document Analyze(string text)
    {
        var doc = new Document("t", text);
        new QuoteProcessor().Process(doc);
        return doc;
    }

    private static string ContentOf(Document d, Quote q) => d.Text[q.Start..q.End];

    [Fact]
    public void Reported_speech_after_qala_inna_covers_the_content_not_the_cue()
    {
        var d = Analyze("قال وزير الخارجية التركي إن بلاده مستعدة للوساطة بين الطرفين.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("بلاده مستعدة للوساطة بين الطرفين", ContentOf(d, q));
        Assert.Equal("قال", d.TextOf(q.Cue!.Value));
        Assert.False(q.Direct);
    }

    [Fact]
    public void Speaker_is_the_subject_after_the_verb()
    {
        var d = Analyze("وأكد المتحدث باسم الوزارة أن الاجتماع سيعقد غدا.");
        Assert.Equal("المتحدث باسم الوزارة", Assert.Single(d.Quotes).SpeakerText);
    }

    [Fact]
    public void Statement_channel_is_not_part_of_the_speaker()
    {
        var d = Analyze("وقال المجلس في بيان إن الحكومة ستواصل الإصلاحات.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("المجلس", q.SpeakerText);
        Assert.Equal("الحكومة ستواصل الإصلاحات", ContentOf(d, q));
    }

    [Fact]
    public void Speaker_carries_over_to_wa_adafa()
    {
        var d = Analyze("قال المدير العام للشركة إن الأرباح ارتفعت. وأضاف أن التوسع سيستمر العام المقبل.");
        Assert.Equal(2, d.Quotes.Count);
        Assert.Equal(d.Quotes[0].SpeakerText, d.Quotes[1].SpeakerText);
    }

    [Theory]
    [InlineData("وقال الوزير: «سنواصل العمل مع شركائنا في المنطقة».")]
    [InlineData("وقال الوزير: \"سنواصل العمل مع شركائنا في المنطقة\".")]
    [InlineData("وقال الوزير: “سنواصل العمل مع شركائنا في المنطقة”.")]
    public void Direct_quotes_in_every_quotation_style(string text)
    {
        var d = Analyze(text);
        var q = Assert.Single(d.Quotes);
        Assert.True(q.Direct);
        Assert.Equal("سنواصل العمل مع شركائنا في المنطقة", ContentOf(d, q));
    }

    [Fact]
    public void Direct_quote_continues_over_sentences()
    {
        var d = Analyze("وقال الوزير: «لن نتراجع. سنمضي في الخطة حتى النهاية».");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("لن نتراجع. سنمضي في الخطة حتى النهاية", ContentOf(d, q));
    }

    [Fact]
    public void Attribution_with_bihasab_covers_the_clause_before_it()
    {
        var d = Analyze("قتل خمسة أشخاص في الانفجار، بحسب مصادر أمنية.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("قتل خمسة أشخاص في الانفجار", ContentOf(d, q));
        Assert.Equal("مصادر أمنية", q.SpeakerText);
    }

    [Fact]
    public void Relay_names_the_original_source()
    {
        var d = Analyze("ونقلت الوكالة عن مصدر مسؤول قوله إن المفاوضات ستستأنف الأسبوع المقبل.");
        Assert.Equal("مصدر مسؤول", Assert.Single(d.Quotes).SpeakerText);
    }

    [Fact]
    public void Prepositional_cue_shaddada_ala_starts_content_after_the_preposition()
    {
        var d = Analyze("وشدد الأمين العام على ضرورة وقف إطلاق النار فورا.");
        var q = Assert.Single(d.Quotes);
        Assert.Equal("ضرورة وقف إطلاق النار فورا", ContentOf(d, q));
    }

    [Fact]
    public void Quoted_names_are_not_quotes()
    {
        var d = Analyze("وشارك فريق «النجوم» في البطولة التي أقيمت في المدينة.");
        Assert.Empty(d.Quotes);
    }

    [Fact]
    public void Negated_cue_is_not_a_quote()
    {
        var d = Analyze("ولم يقل الوزير إن الاتفاق انتهى.");
        Assert.Empty(d.Quotes);
    }

    [Fact]
    public void Quote_inside_a_quote_is_found_with_its_own_speaker()
    {
        var d = Analyze("وقالت الصحيفة: «الأزمة تتفاقم في المنطقة كلها، بحسب قول أحد الخبراء».");
        Assert.Equal(2, d.Quotes.Count);
        Assert.Contains(d.Quotes, q => q.SpeakerText == "أحد الخبراء");
    }

    [Fact]
    public void Speaker_links_to_the_entity_when_entities_exist()
    {
        var d = new Document("t", "وقال أحمد سالم إن الفريق جاهز للمباراة.");
        d.Entities.Add(new Entity { Id = "E1", Type = "PER", Name = "أحمد سالم", Mentions = [new TextSpan(5, 14)] });
        new QuoteProcessor().Process(d);
        Assert.Equal("E1", Assert.Single(d.Quotes).Speaker);
    }
}
